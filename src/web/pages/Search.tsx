// One box over reports and claims in any language; facets (several values each) narrow the result and
// show its make-up; a date range and an order; every choice is kept in the address.
import { useEffect, useState, type ReactNode } from 'react';
import { api, call } from '../api/client.ts';
import { formatBounds, places } from '../components/ClaimFields.tsx';
import { ExportLinks } from '../components/ExportLinks.tsx';
import { Status } from '../components/Status.tsx';
import { useLoad } from '../hooks.ts';
import { languageName, placeName, t } from '../i18n/index.ts';
import { Link, navigate } from '../router.tsx';
import { Pager } from './Releases.tsx';

const FACETS = ['lang', 'country', 'population', 'status', 'group', 'outlet', 'year'] as const;
/** Facets whose values are codes, kept as one comma-separated parameter; outlets repeat theirs (names hold commas). */
const LISTS = ['lang', 'country', 'population', 'status', 'group'] as const;
const PAGE = 20;

/** The values chosen for a facet in the address. */
function chosenOf(query: URLSearchParams, f: string): string[] {
  if (f === 'outlet') return query.getAll('outlet');
  return (query.get(f) ?? '').split(',').filter(Boolean);
}

/** The snippet with its matches in <mark>: offsets come from the API, the text stays text. */
export function Marked({
  snippet,
  highlights,
}: {
  snippet: string;
  highlights: { start: number; end: number }[];
}) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const h of highlights) {
    if (h.start < at || h.end > snippet.length) continue;
    parts.push(snippet.slice(at, h.start), <mark key={h.start}>{snippet.slice(h.start, h.end)}</mark>);
    at = h.end;
  }
  parts.push(snippet.slice(at));
  return <>{parts}</>;
}

export function SearchPage({ query }: { query: URLSearchParams }) {
  const key = query.toString();
  const [box, setBox] = useState(query.get('q') ?? '');
  const [from, setFrom] = useState(query.get('from') ?? '');
  const [to, setTo] = useState(query.get('to') ?? '');
  useEffect(() => {
    setBox(query.get('q') ?? '');
    setFrom(query.get('from') ?? '');
    setTo(query.get('to') ?? '');
  }, [key]);
  const { data, error, loading, reload } = useLoad(() => {
    const q: Record<string, string | number | string[]> = { limit: PAGE };
    for (const p of ['q', 'from', 'to', 'sort', ...LISTS]) {
      const v = query.get(p);
      if (v) q[p] = v;
    }
    const outlets = query.getAll('outlet');
    if (outlets.length) q.outlet = outlets;
    const offset = query.get('offset');
    if (offset) q.offset = Number(offset);
    return call(api.GET('/api/search', { params: { query: q as never } }));
  }, [key]);
  const go = (changes: Record<string, string | string[] | null>) => {
    const next = new URLSearchParams(query);
    for (const [k, v] of Object.entries(changes)) {
      next.delete(k);
      if (Array.isArray(v)) for (const one of v) next.append(k, one);
      else if (v) next.set(k, v);
    }
    if (!('offset' in changes)) next.delete('offset');
    navigate(`/search?${next.toString()}`);
  };
  /** Adds or removes one value of a facet, keeping the others. */
  const toggle = (f: string, value: string) => {
    const chosen = chosenOf(query, f);
    const next = chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value];
    go({ [f]: f === 'outlet' ? next : next.join(',') || null });
  };
  const facetValue = (f: string, v: string) =>
    f === 'lang' ? languageName(v) : f === 'country' ? placeName(v) : v;
  const active = FACETS.some((f) => (f === 'year' ? query.get('from') : chosenOf(query, f).length));

  return (
    <>
      <h1>{t.search.title}</h1>
      <form
        role="search"
        className="searchbox"
        onSubmit={(e) => {
          e.preventDefault();
          go({ q: box.trim() || null, from: from.trim() || null, to: to.trim() || null });
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
        <span className="range">
          <label>
            {t.search.from}{' '}
            <input
              name="from"
              size={10}
              value={from}
              placeholder={t.search.datePlaceholder}
              onChange={(e) => setFrom(e.target.value)}
            />
          </label>{' '}
          <label>
            {t.search.to}{' '}
            <input
              name="to"
              size={10}
              value={to}
              placeholder={t.search.datePlaceholder}
              onChange={(e) => setTo(e.target.value)}
            />
          </label>{' '}
          <label>
            {t.search.sort}{' '}
            <select
              name="sort"
              value={query.get('sort') ?? 'relevance'}
              onChange={(e) => go({ sort: e.target.value === 'relevance' ? null : e.target.value })}
            >
              {Object.entries(t.search.sorts).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        </span>
      </form>
      <Status loading={loading && !data} error={error} onRetry={reload} />
      {/* The export of what the search shows: its words, every value of every facet, the dates and the order. */}
      <ExportLinks
        filters={{
          q: query.get('q'),
          lang: chosenOf(query, 'lang'),
          outlet: chosenOf(query, 'outlet'),
          country: chosenOf(query, 'country'),
          population: chosenOf(query, 'population'),
          status: chosenOf(query, 'status'),
          group: chosenOf(query, 'group'),
          from: query.get('from'),
          to: query.get('to'),
          sort: query.get('sort'),
        }}
      />
      {data && (
        <div className="search">
          <aside className="facets" aria-label={t.search.facets}>
            <h2>{t.search.facets}</h2>
            <p className="muted small">{t.search.anyOf}</p>
            {active && (
              <button
                type="button"
                onClick={() =>
                  go(
                    Object.fromEntries<string | null>(
                      [...LISTS, 'outlet', 'from', 'to'].map((f) => [f, null]),
                    ),
                  )
                }
              >
                {t.search.clear}
              </button>
            )}
            {FACETS.map((f) => {
              const values = data.facets[f];
              if (!values.length) return null;
              const chosen = chosenOf(query, f);
              return (
                <fieldset key={f}>
                  <legend>{t.search.facetNames[f]}</legend>
                  <ul className="plain">
                    {values.map((v) => {
                      const on =
                        f === 'year'
                          ? query.get('from') === v.value && query.get('to') === v.value
                          : chosen.includes(v.value);
                      return (
                        <li key={v.value}>
                          <button
                            type="button"
                            className={`facet${on ? ' on' : ''}`}
                            aria-pressed={on}
                            data-facet={f}
                            data-value={v.value}
                            onClick={() =>
                              f === 'year'
                                ? go({ from: on ? null : v.value, to: on ? null : v.value })
                                : toggle(f, v.value)
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
          <section aria-live="polite" aria-busy={loading}>
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
                    <p className="snippet" dir="auto" lang={h.document.lang ?? undefined}>
                      <Marked snippet={h.snippet} highlights={h.highlights} />
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
