// Sources: outlets and attributed speakers apart, each grade with its Admiralty meaning; one source's
// claims with their credibility. The chosen source and the name filter are kept in the address.
import { useEffect, useState } from 'react';
import { api, call } from '../api/client.ts';
import { formatBounds, places } from '../components/ClaimFields.tsx';
import { Status } from '../components/Status.tsx';
import { CREDIBILITIES, CREDIBILITY_LABELS, RELIABILITIES, RELIABILITY_LABELS } from '../../domain/grade.ts';
import { useLoad } from '../hooks.ts';
import { t } from '../i18n/index.ts';
import { Link, navigate } from '../router.tsx';

interface Graded {
  id: number;
  name: string;
  reliability: string | null;
  grade: string;
  meaning: string;
}

function Grade({ letter, meaning, graded }: { letter: string | number; meaning: string; graded: boolean }) {
  return (
    <span className="grade">
      <strong>{letter}</strong> {meaning}
      {!graded && <span className="muted"> ({t.sources.ungraded})</span>}
    </span>
  );
}

function SourceTable({ caption, items }: { caption: string; items: Graded[] }) {
  return (
    <table className="sources">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.sources.name}</th>
          <th scope="col">{t.sources.reliability}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((s) => (
          <tr key={s.id} data-source={s.id}>
            <td>
              <Link href={`/sources?id=${s.id}`}>
                <bdi dir="auto">{s.name}</bdi>
              </Link>
            </td>
            <td>
              <Grade letter={s.grade} meaning={s.meaning} graded={s.reliability !== null} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SourceClaims({ id }: { id: number }) {
  const { data, error, loading, reload } = useLoad(
    () =>
      call(
        api.GET('/api/sources/{id}/claims', { params: { path: { id }, query: { limit: 200, offset: 0 } } }),
      ),
    [id],
  );
  return (
    <>
      <p>
        <Link href="/sources">{t.sources.back}</Link>
      </p>
      <Status loading={loading && !data} error={error} onRetry={reload} />
      {data && (
        <section className="source-claims">
          <h2>
            <bdi dir="auto">{data.source.name}</bdi>{' '}
            <Grade
              letter={data.source.grade}
              meaning={data.source.meaning}
              graded={data.source.reliability !== null}
            />
          </h2>
          <h3>{t.sources.claims(data.total)}</h3>
          <ul className="cards">
            {data.claims.map((c) => (
              <li key={c.claim.id} data-claim={c.claim.id}>
                <Link href={`/reader/${c.claim.documentId}?claim=${c.claim.id}`}>
                  <bdi>{formatBounds(c.claim.claim.value)}</bdi> {c.claim.claim.population} ·{' '}
                  {places(c.claim.claim.origin)} · {c.claim.claim.status}
                </Link>{' '}
                · {t.sources.credibility}:{' '}
                <Grade letter={c.credibility} meaning={c.meaning} graded={c.graded} />{' '}
                <q dir="auto" lang={c.claim.documentLang ?? undefined} className="muted">
                  {c.claim.claim.quote}
                </q>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

export function SourcesPage({ query }: { query: URLSearchParams }) {
  const id = Number(query.get('id')) || null;
  const words = query.get('q') ?? '';
  const [box, setBox] = useState(words);
  useEffect(() => setBox(words), [words]);
  const { data, error, loading, reload } = useLoad(
    () => call(api.GET('/api/sources/by-kind', { params: { query: words ? { q: words } : {} } })),
    [words],
  );
  return (
    <>
      <h1>{t.sources.title}</h1>
      <p className="muted">{t.sources.note}</p>
      <details className="scale">
        <summary>{t.sources.scale}</summary>
        <dl>
          {RELIABILITIES.map((r) => (
            <div key={r}>
              <dt>{r}</dt>
              <dd>{RELIABILITY_LABELS[r]}</dd>
            </div>
          ))}
          {CREDIBILITIES.map((c) => (
            <div key={c}>
              <dt>{c}</dt>
              <dd>{CREDIBILITY_LABELS[c]}</dd>
            </div>
          ))}
        </dl>
      </details>
      {id !== null ? (
        <SourceClaims id={id} />
      ) : (
        <>
          <form
            role="search"
            onSubmit={(e) => {
              e.preventDefault();
              navigate(box.trim() ? `/sources?q=${encodeURIComponent(box.trim())}` : '/sources');
            }}
          >
            <label>
              {t.sources.filter}{' '}
              <input name="q" dir="auto" value={box} onChange={(e) => setBox(e.target.value)} />
            </label>
          </form>
          <Status loading={loading && !data} error={error} onRetry={reload} />
          {data && (
            <div className="sources-apart">
              <SourceTable caption={t.sources.outlets(data.outlet.length)} items={data.outlet} />
              <SourceTable caption={t.sources.speakers(data.attributed.length)} items={data.attributed} />
            </div>
          )}
        </>
      )}
    </>
  );
}
