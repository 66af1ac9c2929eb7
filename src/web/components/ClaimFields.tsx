// A claim's extracted fields as a definition list; values from reports are isolated (<bdi>) so a
// Latin name or a number inside Arabic, or Arabic inside English, keeps its own direction.
import type { Schemas } from '../api/client.ts';
import { placeName, t } from '../i18n/index.ts';

type Claim = Schemas['Claim'];

export function formatBounds(v: { min: number | null; max: number | null }): string {
  if (v.min !== null && v.max !== null) return v.min === v.max ? `${v.min}` : `${v.min}–${v.max}`;
  if (v.min !== null) return `≥ ${v.min}`;
  if (v.max !== null) return `≤ ${v.max}`;
  return '?';
}

export const places = (codes: string[] | null) => (codes?.length ? codes.map(placeName).join(', ') : '—');

export function ClaimFields({ claim, extra }: { claim: Claim; extra?: [string, string][] }) {
  const rows: [string, string][] = [
    [t.fields.value, `${formatBounds(claim.value)} (${claim.qualifier.replace('_', ' ')})`],
    [t.fields.population, claim.population],
    [t.fields.origin, places(claim.origin)],
    [t.fields.status, claim.status],
    [t.fields.location, places(claim.location)],
    [t.fields.affiliation, claim.affiliation ?? '—'],
    [t.fields.age, claim.age.min === null && claim.age.max === null ? '—' : formatBounds(claim.age)],
    [t.fields.source, claim.source ?? '—'],
    [t.fields.date, claim.date ?? '—'],
    ...(extra ?? []),
  ];
  return (
    <dl className="fields">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>
            <bdi>{v}</bdi>
          </dd>
        </div>
      ))}
    </dl>
  );
}
