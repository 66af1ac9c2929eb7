// Facts: one count of one population reported by several reports (in any language), with each
// report's words and the reasons they were linked; filters kept in the address; the claims they
// select downloadable as the CLI exports them.
import { POPULATIONS, STATUSES } from '../../domain/claim.ts';
import { api, call } from '../api/client.ts';
import { formatBounds, places } from '../components/ClaimFields.tsx';
import { ExportLinks } from '../components/ExportLinks.tsx';
import { Status } from '../components/Status.tsx';
import { useLoad } from '../hooks.ts';
import { placeCodeOf, t } from '../i18n/index.ts';
import { Link, navigate } from '../router.tsx';

const PAGE = 50;

export function FactsPage({ query }: { query: URLSearchParams }) {
  const population = (query.get('population') || '') as (typeof POPULATIONS)[number] | '';
  const status = (query.get('status') || '') as (typeof STATUSES)[number] | '';
  const originTyped = query.get('origin') ?? '';
  // A country's name or code; half-typed names wait until they name a place.
  const origin = originTyped ? placeCodeOf(originTyped) : null;
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  const facts = useLoad(
    () =>
      call(
        api.GET('/api/facts', {
          params: {
            query: {
              limit: PAGE,
              offset,
              ...(population ? { population } : {}),
              ...(status ? { status } : {}),
              ...(origin ? { origin } : {}),
            },
          },
        }),
      ),
    [population, status, origin, offset],
  );
  const set = (k: string, v: string) => {
    const q = new URLSearchParams(query);
    if (v) q.set(k, v);
    else q.delete(k);
    if (k !== 'offset') q.delete('offset');
    navigate(`/facts?${q.toString()}`, true);
  };
  const total = facts.data?.total ?? 0;
  return (
    <>
      <h1>{t.facts.title}</h1>
      <p className="muted">{t.facts.note}</p>
      <form className="controls" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t.estimates.population}
          <select value={population} onChange={(e) => set('population', e.target.value)}>
            <option value="">{t.estimates.any}</option>
            {POPULATIONS.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
        <label>
          {t.estimates.origin}
          <input
            value={originTyped}
            placeholder="Kazakhstan"
            size={14}
            onChange={(e) => set('origin', e.target.value)}
          />
        </label>
        <label>
          {t.estimates.status}
          <select value={status} onChange={(e) => set('status', e.target.value)}>
            <option value="">{t.estimates.any}</option>
            {STATUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
      </form>
      {originTyped && !origin && <p className="problems">{t.review.unknownPlace(originTyped)}</p>}
      <ExportLinks filters={{ population, status, origin }} />
      <Status loading={facts.loading && !facts.data} error={facts.error} onRetry={facts.reload} />
      {facts.data && (
        <>
          <p className="muted">{t.facts.count(total)}</p>
          <ol className="facts" start={offset + 1}>
            {facts.data.items.map((f) => (
              <li key={f.id} className="panel" data-testid="fact">
                <h2>
                  <bdi>{formatBounds(f.value)}</bdi> {f.population} · {places(f.origin)} · {f.status}
                  {f.date ? ` · ${f.date}` : ''}
                </h2>
                <p className="muted small">
                  {t.estimates.reports(f.claims.length)} · {t.facts.origins(f.origins)}
                </p>
                <ul className="plain">
                  {f.claims.map((c) => (
                    <li key={c.claim}>
                      <Link href={`/reader/${c.documentId}?claim=${c.claim}`}>
                        <bdi dir="auto">{c.outlet ?? c.document}</bdi>
                      </Link>{' '}
                      · {c.published ?? c.date ?? t.estimates.undated}
                      {c.source && (
                        <>
                          {' '}
                          · <bdi dir="auto">{c.source}</bdi>
                        </>
                      )}{' '}
                      ·{' '}
                      <q dir="auto" lang={c.lang ?? undefined}>
                        {c.quote}
                      </q>
                      {c.why.length > 0 && <span className="muted small"> ({c.why.join('; ')})</span>}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
          <p className="actions">
            <button
              type="button"
              disabled={offset === 0}
              onClick={() => set('offset', String(offset - PAGE))}
            >
              {t.previous}
            </button>
            <span>{t.pageOf(total ? offset + 1 : 0, Math.min(offset + PAGE, total), total)}</span>
            <button
              type="button"
              disabled={offset + PAGE >= total}
              onClick={() => set('offset', String(offset + PAGE))}
            >
              {t.next}
            </button>
          </p>
        </>
      )}
    </>
  );
}
