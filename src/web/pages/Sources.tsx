// Sources: outlets and attributed speakers apart, each grade with its Admiralty meaning; one source's
// claims with their credibility. The chosen source and the name filter are kept in the address.
// Possible aliases (the same source in another script or spelling) are suggested with their reasons and
// merged by an analyst; a merged source lists its aliases, each of which can be unmerged again.
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
  aliases: { id: number; name: string }[];
}

/** What the last merge or unmerge did, with its undo. */
interface Done {
  message: string;
  undo: () => Promise<unknown>;
}

const merge = (id: number, into: number) =>
  call(api.POST('/api/sources/{id}/merge', { params: { path: { id } }, body: { into } }));
const unmerge = (id: number) => call(api.POST('/api/sources/{id}/unmerge', { params: { path: { id } } }));

function Aliases({
  source,
  onDone,
}: {
  source: Graded;
  onDone: (done: Done | null, error?: string) => void;
}) {
  if (!source.aliases.length) return null;
  return (
    <div className="aliases">
      <span className="muted">{t.sources.aliases}:</span>{' '}
      {source.aliases.map((a, i) => (
        <span key={a.id} data-alias={a.id}>
          {i > 0 && ' · '}
          <bdi dir="auto">{a.name}</bdi>{' '}
          <button
            type="button"
            className="link"
            aria-label={t.sources.unmerge(a.name)}
            onClick={() =>
              void unmerge(a.id).then(
                () => onDone({ message: t.sources.unmerged(a.name), undo: () => merge(a.id, source.id) }),
                (e: unknown) => onDone(null, e instanceof Error ? e.message : String(e)),
              )
            }
          >
            {t.sources.unmergeShort}
          </button>
        </span>
      ))}
    </div>
  );
}

function DoneNote({
  done,
  error,
  onUndone,
}: {
  done: Done | null;
  error: string | null;
  onUndone: () => void;
}) {
  if (error)
    return (
      <p role="alert" className="error">
        {error}
      </p>
    );
  if (!done) return null;
  return (
    <p role="status" className="done">
      {done.message}{' '}
      <button type="button" onClick={() => void done.undo().then(onUndone, onUndone)}>
        {t.sources.undo}
      </button>
    </p>
  );
}

function Suggestions({
  version,
  onDone,
}: {
  version: number;
  onDone: (done: Done | null, error?: string) => void;
}) {
  const { data } = useLoad(
    () => call(api.GET('/api/sources/suggestions', { params: { query: { limit: 30 } } })),
    [version],
  );
  if (!data?.items.length) return null;
  return (
    <section className="suggestions" aria-labelledby="alias-suggestions">
      <h2 id="alias-suggestions">{t.sources.suggestions(data.items.length)}</h2>
      <p className="muted small">{t.sources.suggestionsNote}</p>
      <ul className="cards">
        {data.items.map((s) => (
          <li key={`${s.a.id}:${s.b.id}`} data-suggestion={`${s.a.id}:${s.b.id}`}>
            <bdi dir="auto">{s.b.name}</bdi> <span className="muted">{t.sources.mayBe}</span>{' '}
            <bdi dir="auto">{s.a.name}</bdi>{' '}
            <span className="muted small">
              ({s.reasons.map((r) => t.sources.reasons[r.code] ?? r.code).join(', ')})
            </span>{' '}
            <button
              type="button"
              aria-label={t.sources.merge(s.b.name, s.a.name)}
              onClick={() =>
                void merge(s.b.id, s.a.id).then(
                  (r) => onDone({ message: t.sources.merged(r.source.name), undo: () => unmerge(s.b.id) }),
                  (e: unknown) => onDone(null, e instanceof Error ? e.message : String(e)),
                )
              }
            >
              {t.sources.mergeShort}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Grade({ letter, meaning, graded }: { letter: string | number; meaning: string; graded: boolean }) {
  return (
    <span className="grade">
      <strong>{letter}</strong> {meaning}
      {!graded && <span className="muted"> ({t.sources.ungraded})</span>}
    </span>
  );
}

function SourceTable({
  caption,
  items,
  onDone,
}: {
  caption: string;
  items: Graded[];
  onDone: (done: Done | null, error?: string) => void;
}) {
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
              <Aliases source={s} onDone={onDone} />
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

function SourceClaims({
  id,
  version,
  onDone,
}: {
  id: number;
  version: number;
  onDone: (done: Done | null, error?: string) => void;
}) {
  const { data, error, loading, reload } = useLoad(
    () =>
      call(
        api.GET('/api/sources/{id}/claims', { params: { path: { id }, query: { limit: 200, offset: 0 } } }),
      ),
    [id, version],
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
          <Aliases source={data.source} onDone={onDone} />
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
  const [version, setVersion] = useState(0);
  const [done, setDone] = useState<Done | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const onDone = (d: Done | null, e?: string) => {
    setDone(d);
    setFailed(e ?? null);
    setVersion((v) => v + 1);
  };
  const { data, error, loading, reload } = useLoad(
    () => call(api.GET('/api/sources/by-kind', { params: { query: words ? { q: words } : {} } })),
    [words, version],
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
      <DoneNote
        done={done}
        error={failed}
        onUndone={() => {
          setDone(null);
          setVersion((v) => v + 1);
        }}
      />
      {id !== null ? (
        <SourceClaims id={id} version={version} onDone={onDone} />
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
              <SourceTable
                caption={t.sources.outlets(data.outlet.length)}
                items={data.outlet}
                onDone={onDone}
              />
              <SourceTable
                caption={t.sources.speakers(data.attributed.length)}
                items={data.attributed}
                onDone={onDone}
              />
            </div>
          )}
          <Suggestions version={version} onDone={onDone} />
        </>
      )}
    </>
  );
}
