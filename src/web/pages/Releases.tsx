// The releases registry: one row per release across the scripts its reports write its title in, with
// the reports describing it and the counts of children and fighters they give. Filters and the page
// are kept in the address, so a view can be shared and survives opening the reader.
import { MEDIA_TYPES } from '../../domain/claim.ts';
import { api, call } from '../api/client.ts';
import { formatBounds } from '../components/ClaimFields.tsx';
import { Status } from '../components/Status.tsx';
import { useLoad } from '../hooks.ts';
import { languageName, t } from '../i18n/index.ts';
import { Link, navigate } from '../router.tsx';

const PAGE = 50;
type Media = (typeof MEDIA_TYPES)[number];

export function ReleasesPage({ query }: { query: URLSearchParams }) {
  const q = query.get('q') ?? '';
  const mediaParam = query.get('media') ?? '';
  const media = (MEDIA_TYPES as readonly string[]).includes(mediaParam) ? (mediaParam as Media) : '';
  const lang = query.get('lang') ?? '';
  const producer = query.get('producer') ?? '';
  const year = query.get('year') ?? '';
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  const { data, error, loading, reload } = useLoad(
    () =>
      call(
        api.GET('/api/releases', {
          params: {
            query: {
              limit: PAGE,
              offset,
              ...(q ? { q } : {}),
              ...(media ? { media } : {}),
              ...(lang ? { lang } : {}),
              ...(producer ? { producer } : {}),
              ...(year ? { year } : {}),
            },
          },
        }),
      ),
    [q, media, lang, producer, year, offset],
  );
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(query);
    if (v) next.set(k, v);
    else next.delete(k);
    if (k !== 'offset') next.delete('offset');
    navigate(`/releases?${next.toString()}`, true);
  };
  const facet = (name: 'media' | 'producer' | 'year' | 'lang', label: string, value: string) => {
    const options = data?.facets[name] ?? [];
    const named = (v: string) => (name === 'lang' ? languageName(v) : v);
    return (
      <label>
        {label}
        <select value={value} onChange={(e) => set(name, e.target.value)}>
          <option value="">{t.releases.any}</option>
          {/* The chosen value stays offered even when the other filters leave it no release. */}
          {value && !options.some((o) => o.value === value) && <option value={value}>{named(value)}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {named(o.value)} ({o.count})
            </option>
          ))}
        </select>
      </label>
    );
  };
  return (
    <>
      <h1>{t.releases.title}</h1>
      <p className="muted">{t.releases.note}</p>
      <form className="controls" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t.releases.filter}
          <input type="search" dir="auto" value={q} onChange={(e) => set('q', e.target.value)} />
        </label>
        {facet('media', t.releases.media, media)}
        {facet('year', t.releases.year, year)}
        {facet('lang', t.releases.language, lang)}
        {facet('producer', t.releases.producer, producer)}
      </form>
      <Status loading={loading && !data} error={error} onRetry={reload} />
      {data && (
        <>
          <p className="muted" aria-live="polite">
            {data.total ? t.releases.found(data.total) : t.releases.none}
          </p>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>{t.fields.title}</th>
                  <th>{t.fields.media}</th>
                  <th>{t.fields.date}</th>
                  <th>{t.fields.spoken}</th>
                  <th>{t.fields.producer}</th>
                  <th>{t.releases.describedIn}</th>
                  <th>{t.releases.counts}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((r) => (
                  <tr key={r.id} data-testid="release">
                    <td>
                      <bdi dir="auto">{r.release.title ?? '—'}</bdi>
                      {r.spellings.length > 1 && (
                        <div className="muted small">
                          {t.releases.spellings}:{' '}
                          {r.spellings.slice(1).map((s, i) => (
                            <span key={s}>
                              {i > 0 && ', '}
                              <bdi dir="auto" data-testid="spelling">
                                {s}
                              </bdi>
                            </span>
                          ))}
                        </div>
                      )}
                    </td>
                    <td>{r.release.media}</td>
                    <td>{r.release.date ?? '—'}</td>
                    <td>
                      {[...r.release.spoken, ...r.release.subtitles].map(languageName).join(', ') || '—'}
                    </td>
                    <td>
                      <bdi dir="auto">{r.release.producer ?? '—'}</bdi>
                    </td>
                    <td>
                      <Link href={`/reader/${r.documentId}?claim=r${r.id}`}>
                        <bdi dir="auto">{r.documentTitle ?? r.documentName}</bdi>
                      </Link>
                      {r.alsoIn.map((o) => (
                        <span key={o.releaseId}>
                          {', '}
                          <Link href={`/reader/${o.documentId}?claim=r${o.releaseId}`}>
                            <bdi dir="auto">{o.documentName}</bdi>
                          </Link>
                        </span>
                      ))}
                      {r.releases > 1 + r.alsoIn.length && (
                        <span className="muted" data-testid="more-reports">
                          {' '}
                          {t.releases.moreReports(r.releases - 1 - r.alsoIn.length)}
                        </span>
                      )}
                    </td>
                    <td>
                      {r.counts.length ? (
                        <ul className="plain small">
                          {r.counts.map((c) => (
                            <li key={c.claimId} data-testid="release-count">
                              <Link href={`/reader/${c.documentId}?claim=${c.claimId}`}>
                                <bdi>{formatBounds(c.value)}</bdi> {c.population}
                              </Link>{' '}
                              <q dir="auto">{c.quote}</q>
                            </li>
                          ))}
                        </ul>
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager offset={offset} total={data.total} page={PAGE} onChange={(o) => set('offset', String(o))} />
        </>
      )}
    </>
  );
}

export function Pager({
  offset,
  total,
  page,
  onChange,
}: {
  offset: number;
  total: number;
  page: number;
  onChange: (o: number) => void;
}) {
  if (total <= page) return null;
  return (
    <nav className="pager" aria-label="pages">
      <button type="button" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - page))}>
        {t.previous}
      </button>
      <span>{t.pageOf(offset + 1, Math.min(total, offset + page), total)}</span>
      <button type="button" disabled={offset + page >= total} onClick={() => onChange(offset + page)}>
        {t.next}
      </button>
    </nav>
  );
}
