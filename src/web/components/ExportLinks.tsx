// Download links for the claims the page shows, with its filters: the same export as `tessera export`.
import { t } from '../i18n/index.ts';

const FORMATS = ['csv', 'stix', 'jsonl'] as const;

/**
 * `filters` uses the export's names (origin, population, status, group, since, until; a search's q, lang,
 * outlet, country, from, to, sort); a list gives each of its values (the name repeated, so an outlet with a
 * comma stays whole); empty ones are left out.
 */
export function ExportLinks({
  filters,
}: {
  filters: Record<string, string | readonly string[] | null | undefined>;
}) {
  const query = (format: string) => {
    const q = new URLSearchParams({ format });
    for (const [k, v] of Object.entries(filters))
      for (const value of typeof v === 'string' ? [v] : (v ?? [])) if (value) q.append(k, value);
    return `/api/export?${q.toString()}`;
  };
  return (
    <p className="export-links">
      {t.exports.label}{' '}
      {FORMATS.map((f, i) => (
        <span key={f}>
          {i > 0 && ' · '}
          <a href={query(f)} download title={t.exports.help[f]}>
            {t.exports.formats[f]}
          </a>
        </span>
      ))}
    </p>
  );
}
