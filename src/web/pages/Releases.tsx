import { useState } from 'react';
import { api, call } from '../api/client.ts';
import { Status } from '../components/Status.tsx';
import { useLoad } from '../hooks.ts';
import { languageName, t } from '../i18n/index.ts';
import { Link } from '../router.tsx';

const PAGE = 50;

export function ReleasesPage() {
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  const { data, error, loading, reload } = useLoad(
    () => call(api.GET('/api/releases', { params: { query: { limit: PAGE, offset, ...(q ? { q } : {}) } } })),
    [q, offset],
  );
  return (
    <>
      <h1>{t.releases.title}</h1>
      <p className="muted">{t.releases.note}</p>
      <label className="inline">
        {t.releases.filter}{' '}
        <input
          type="search"
          dir="auto"
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setOffset(0);
          }}
        />
      </label>
      <Status loading={loading && !data} error={error} onRetry={reload} />
      {data && (
        <>
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
                </tr>
              </thead>
              <tbody>
                {data.items.map((r) => (
                  <tr key={r.id}>
                    <td dir="auto">
                      <bdi>{r.release.title ?? '—'}</bdi>
                    </td>
                    <td>{r.release.media}</td>
                    <td>{r.release.date ?? '—'}</td>
                    <td>
                      {[...r.release.spoken, ...r.release.subtitles].map(languageName).join(', ') || '—'}
                    </td>
                    <td>
                      <bdi>{r.release.producer ?? '—'}</bdi>
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
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager offset={offset} total={data.total} page={PAGE} onChange={setOffset} />
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
