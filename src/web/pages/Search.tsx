// One box over reports and claims in any language; facets narrow the result and show its make-up.
import { useEffect, useState } from 'react';
import { api, call } from '../api/client.ts';
import { formatBounds, places } from '../components/ClaimFields.tsx';
import { ExportLinks } from '../components/ExportLinks.tsx';
import { Status } from '../components/Status.tsx';
import { useLoad } from '../hooks.ts';
import { languageName, placeName, t } from '../i18n/index.ts';
import { Link, navigate } from '../router.tsx';
import { Pager } from './Releases.tsx';

const FACETS = ['lang', 'country', 'population', 'status', 'group', 'outlet', 'year'] as const;
const PARAMS = [
  'q',
  'lang',
  'country',
  'population',
  'status',
  'group',
  'outlet',
  'from',
  'to',
  'offset',
] as const;
const PAGE = 20;

export function SearchPage({ query }: { query: URLSearchParams }) {
  const key = query.toString();
  const [box, setBox] = useState(query.get('q') ?? '');
  useEffect(() => setBox(query.get('q') ?? ''), [key]);
  const { data, error, loading, reload } = useLoad(() => {
    const q: Record<string, string | number> = { limit: PAGE };
    for (const p of PARAMS) {
      const v = query.get(p);
      if (v) q[p] = p === 'offset' ? Number(v) : v;
    }
    return call(api.GET('/api/search', { params: { query: q as never } }));
  }, [key]);
  const go = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(query);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('offset' in changes)) next.delete('offset');
    navigate(`/search?${next.toString()}`);
  };
  const facetValue = (f: string, v: string) =>
    f === 'lang' ? languageName(v) : f === 'country' ? placeName(v) : v;
  const paramOf = (f: string) => (f === 'year' ? 'from' : f);
  const active = FACETS.filter((f) => query.get(paramOf(f)));

  return (
    <>
      <h1>{t.search.title}</h1>
      <form
        role="search"
        className="searchbox"
        onSubmit={(e) => {
          e.preventDefault();
          go({ q: box.trim() || null });
        }}
      >
        <label htmlFor="q" className="sr-only">
          {t.search.label}
        </label>
        <input
          id="q"
          type="search"
          dir="auto"
          value={box}
          placeholder={t.search.placeholder}
          onChange={(e) => setBox(e.target.value)}
        />
        <button type="submit">{t.search.submit}</button>
      </form>
      <Status loading={loading && !data} error={error} onRetry={reload} />
      {/* The claim filters of the search; words and language narrow reports, not the export. */}
      <ExportLinks
        filters={{
          origin: query.get('country'),
          population: query.get('population'),
          status: query.get('status'),
          group: query.get('group'),
          since: query.get('from'),
          until: query.get('to'),
        }}
      />
      {data && (
        <div className="search">
          <aside className="facets" aria-label={t.search.facets}>
            <h2>{t.search.facets}</h2>
            {active.length > 0 && (
              <button
                type="button"
                onClick={() =>
                  go(
                    Object.fromEntries<string | null>([
                      ...FACETS.map((f) => [paramOf(f), null] as const),
                      ['to', null],
                    ]),
                  )
                }
              >
                {t.search.clear}
              </button>
            )}
            {FACETS.map((f) => {
              const values = data.facets[f];
              if (!values.length) return null;
              const chosen = query.get(paramOf(f));
              return (
                <fieldset key={f}>
                  <legend>{t.search.facetNames[f]}</legend>
                  <ul className="plain">
                    {values.map((v) => {
                      const on = f === 'year' ? chosen === v.value : chosen === v.value;
                      return (
                        <li key={v.value}>
                          <button
                            type="button"
                            className={`facet${on ? ' on' : ''}`}
                            aria-pressed={on}
                            onClick={() =>
                              f === 'year'
                                ? go({ from: on ? null : v.value, to: on ? null : v.value })
                                : go({ [f]: on ? null : v.value })
                            }
                          >
                            <bdi>{facetValue(f, v.value)}</bdi> <span className="count">{v.count}</span>
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                </fieldset>
              );
            })}
          </aside>
          <section aria-live="polite">
            <h2>{t.search.results(data.total)}</h2>
            <ol className="results">
              {data.items.map((h) => (
                <li key={h.document.id} data-lang={h.document.lang ?? ''}>
                  <Link href={`/reader/${h.document.id}`}>
                    <bdi dir="auto">{h.document.title ?? h.document.name}</bdi>
                  </Link>
                  <div className="muted small">
                    {languageName(h.document.lang)} · <bdi>{h.document.outlet ?? '—'}</bdi> ·{' '}
                    {h.document.published ?? '—'} · {h.claimCount} ·{' '}
                    {h.matchedCodes.map(placeName).join(', ')}
                  </div>
                  {h.snippet && (
                    <p className="snippet" dir="auto">
                      {h.snippet}
                    </p>
                  )}
                </li>
              ))}
            </ol>
            <Pager
              offset={data.offset}
              total={data.total}
              page={PAGE}
              onChange={(o) => go({ offset: String(o) })}
            />
            <h2>{t.search.claims(data.claims.total)}</h2>
            <ul className="cards">
              {data.claims.items.map((c) => (
                <li key={c.id}>
                  <Link href={`/reader/${c.documentId}?claim=${c.id}`}>
                    <bdi>{formatBounds(c.claim.value)}</bdi> {c.claim.population} · {places(c.claim.origin)} ·{' '}
                    {c.claim.status}
                  </Link>{' '}
                  <q dir="auto" className="muted">
                    {c.claim.quote}
                  </q>
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}
    </>
  );
}
