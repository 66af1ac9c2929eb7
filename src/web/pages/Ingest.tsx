// Ingestion: drop or choose files (one upload each, so each has its own progress) or paste URLs. A
// report's details travel with it as NAME.meta.json: the one dropped beside it, or one written from
// the details form; the server checks them as it checks a sidecar on disk. The same form gives the URLs
// fetched next their details (all but the URL, which is their own), sent beside each URL.
import { useRef, useState, type DragEvent } from 'react';
import { api, call, UNAUTHORIZED_EVENT, type IngestResponse, type Schemas } from '../api/client.ts';
import { useLoad } from '../hooks.ts';
import { t } from '../i18n/index.ts';
import { Link } from '../router.tsx';
import { CollectionSelect } from '../components/CollectionSelect.tsx';

interface Row {
  key: string;
  name: string;
  progress: number;
  state: 'uploading' | 'reading' | 'done' | 'failed';
  result?: Answer['results'][number];
  error?: string;
}

/** Stored at once (200), or queued for the workers when the server runs with `--queue` (202). */
type Answer = IngestResponse | Schemas['QueuedIngestResponse'];

const SIDECAR = '.meta.json';
const DETAIL_FIELDS = ['title', 'outlet', 'url', 'published', 'lang'] as const;
type Details = Record<(typeof DETAIL_FIELDS)[number], string>;
const NO_DETAILS: Details = { title: '', outlet: '', url: '', published: '', lang: '' };

/** What is wrong with the typed details, in plain words; null when nothing (the server checks again). */
function detailsProblem(details: Details): string | null {
  const date = details.published.trim();
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$/.exec(date);
  const month = m?.[2] === undefined ? 1 : Number(m[2]);
  const day = m?.[3] === undefined ? 1 : Number(m[3]);
  const days = m ? new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate() : 0;
  if (date && (!m || month < 1 || month > 12 || day < 1 || day > days)) return t.ingest.badDate(date);
  const lang = details.lang.trim();
  if (lang && !/^[a-z]{2}$/.test(lang)) return t.ingest.badLang(lang);
  return null;
}

/** The typed details a fetched URL takes: all but the URL. */
function urlDetails(details: Details) {
  return Object.fromEntries(
    DETAIL_FIELDS.filter((f) => f !== 'url' && details[f].trim()).map((f) => [f, details[f].trim()]),
  );
}

/** A file's name without its extension: what its sidecar is named after. */
const baseName = (name: string) => name.replace(/\.[^.]*$/, '');

/** The details typed in the form as a sidecar, or null when none is filled in. */
function detailsSidecar(details: Details): Blob | null {
  const filled = Object.fromEntries(
    DETAIL_FIELDS.filter((f) => details[f].trim()).map((f) => [f, details[f].trim()]),
  );
  return Object.keys(filled).length ? new Blob([JSON.stringify(filled)], { type: 'application/json' }) : null;
}

function upload(
  file: File,
  sidecar: Blob | null,
  collection: string,
  onProgress: (pct: number) => void,
): Promise<Answer> {
  // XMLHttpRequest, not fetch: only it reports upload progress.
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/ingest');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      const body = xhr.response as (Answer & { message?: string }) | null;
      if ((xhr.status === 200 || xhr.status === 202) && body) resolve(body);
      else {
        // Not through the API client: a session that ended shows the login page here too.
        if (xhr.status === 401) window.dispatchEvent(new Event(UNAUTHORIZED_EVENT));
        reject(new Error(body?.message ?? `HTTP ${xhr.status}`));
      }
    };
    xhr.onerror = () => reject(new Error('network error'));
    const form = new FormData();
    // Before the files, so the server knows where they go as it reads them.
    if (collection) form.append('collection', collection);
    form.append('file', file, file.name);
    if (sidecar) form.append('file', sidecar, `${baseName(file.name)}${SIDECAR}`);
    xhr.send(form);
  });
}

export function IngestPage() {
  const [rows, setRows] = useState<Row[]>([]);
  const [urls, setUrls] = useState('');
  const [over, setOver] = useState(false);
  const [details, setDetails] = useState<Details>(NO_DETAILS);
  // Why the typed details cannot be sent: shown by the form, and nothing is sent until they are fixed.
  const [problem, setProblem] = useState<string | null>(null);
  const [collection, setCollection] = useState('general');
  // The collections this account may ingest into: those where it is analyst or admin.
  const collections = useLoad(() => call(api.GET('/api/collections')), []);
  const writable = (collections.data?.items ?? []).filter((c) => c.role !== 'viewer');
  const input = useRef<HTMLInputElement>(null);
  const patch = (key: string, p: Partial<Row>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...p } : r)));

  /** Checks the typed details before anything is sent with them; false (and says why) when they are bad. */
  const detailsOk = () => {
    const why = detailsProblem(details);
    setProblem(why);
    return !why;
  };

  const addFiles = (files: FileList | File[]) => {
    if (!detailsOk()) return;
    const all = Array.from(files);
    const sidecars = new Map(
      all
        .filter((f) => f.name.toLowerCase().endsWith(SIDECAR))
        .map((f) => [f.name.slice(0, -SIDECAR.length), f] as const),
    );
    const reports = all.filter((f) => !f.name.toLowerCase().endsWith(SIDECAR));
    const typed = detailsSidecar(details);
    for (const [base, f] of sidecars)
      if (!reports.some((r) => baseName(r.name) === base))
        setRows((rs) => [
          ...rs,
          {
            key: `${f.name}-${Date.now()}`,
            name: f.name,
            progress: 0,
            state: 'failed',
            error: t.ingest.detailsOnly(f.name),
          },
        ]);
    for (const file of reports) {
      const key = `${file.name}-${Date.now()}-${Math.random()}`;
      setRows((rs) => [...rs, { key, name: file.name, progress: 0, state: 'uploading' }]);
      const sidecar = sidecars.get(baseName(file.name)) ?? typed;
      upload(file, sidecar, collection, (pct) =>
        patch(key, { progress: pct, state: pct >= 100 ? 'reading' : 'uploading' }),
      ).then(
        (res) => {
          const r = res.results[0];
          patch(key, {
            progress: 100,
            state: r && r.outcome !== 'failed' && r.outcome !== 'skipped' ? 'done' : 'failed',
            result: r,
          });
        },
        (e: Error) => patch(key, { state: 'failed', error: e.message }),
      );
    }
  };
  const fetchUrls = async () => {
    const list = urls.split(/\s+/).filter(Boolean);
    if (!list.length || !detailsOk()) return;
    const given = urlDetails(details);
    // With details, each URL is sent as an item carrying them; without, as before.
    const body = Object.keys(given).length
      ? { items: list.map((url) => ({ url, ...given })), collection }
      : { urls: list, collection };
    const key = `urls-${Date.now()}`;
    setRows((rs) => [
      ...rs,
      ...list.map((u, i) => ({ key: `${key}-${i}`, name: u, progress: 0, state: 'reading' as const })),
    ]);
    try {
      const res: Answer = await call(api.POST('/api/ingest/urls', { body }));
      list.forEach((u, i) => {
        const r = res.results.find((x: Answer['results'][number]) => x.input === u);
        patch(`${key}-${i}`, {
          progress: 100,
          state: r && r.outcome !== 'failed' ? 'done' : 'failed',
          result: r,
        });
      });
      setUrls('');
    } catch (e) {
      list.forEach((_, i) => patch(`${key}-${i}`, { state: 'failed', error: (e as Error).message }));
    }
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    addFiles(e.dataTransfer.files);
  };
  const describe = (r: Row) => {
    if (r.error) return r.error;
    if (r.state === 'uploading') return t.ingest.uploading(r.progress);
    if (r.state === 'reading') return t.ingest.reading;
    const res = r.result;
    if (!res) return '';
    if (res.outcome === 'stored')
      return t.ingest.stored(res.claims ?? 0, res.releases ?? 0) + (res.reason ? ` (${res.reason})` : '');
    if (res.outcome === 'already_stored') return t.ingest.already;
    if (res.outcome === 'queued' && 'jobId' in res && res.jobId) return t.ingest.queued(res.jobId);
    return `${res.code ?? res.outcome}: ${res.reason ?? ''}`;
  };

  return (
    <>
      <h1>{t.ingest.title}</h1>
      <CollectionSelect
        label={t.ingest.collection}
        writable={writable}
        value={collection}
        onChange={setCollection}
      />
      <div
        className={`drop${over ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <p>{t.ingest.drop}</p>
        <input
          ref={input}
          id="files"
          type="file"
          multiple
          accept=".txt,.md,.html,.htm,.pdf,.json,text/plain,text/html,application/pdf,application/json"
          onChange={(e) => {
            if (e.target.files) addFiles(e.target.files);
            e.target.value = '';
          }}
        />
        <label htmlFor="files" className="button">
          {t.ingest.choose}
        </label>
      </div>
      <details className="panel ingest-details">
        <summary>{t.ingest.details}</summary>
        <p className="muted small">{t.ingest.detailsNote}</p>
        {DETAIL_FIELDS.map((f) => (
          <label key={f} className="block">
            {t.ingest.detailsLabels[f]}
            <input
              name={f}
              dir="auto"
              value={details[f]}
              aria-invalid={problem !== null && (f === 'published' || f === 'lang') ? true : undefined}
              aria-describedby={problem ? 'details-problem' : undefined}
              onChange={(e) => {
                setDetails({ ...details, [f]: e.target.value });
                setProblem(null);
              }}
            />
          </label>
        ))}
      </details>
      {problem && (
        <p id="details-problem" className="error" role="alert">
          {problem}
        </p>
      )}
      <label className="block">
        {t.ingest.urls}
        <textarea rows={3} value={urls} onChange={(e) => setUrls(e.target.value)} placeholder="https://…" />
      </label>
      <button type="button" onClick={() => void fetchUrls()}>
        {t.ingest.fetch}
      </button>
      {rows.length > 0 && (
        <section>
          <h2>{t.ingest.progress}</h2>
          <ul className="uploads" data-testid="uploads">
            {rows.map((r) => (
              <li key={r.key} className={`upload ${r.state}`}>
                <bdi className="name">{r.name}</bdi>
                <progress max={100} value={r.progress} aria-label={r.name} />
                <span className="what" role="status">
                  {describe(r)}
                </span>
                {r.result && 'documentId' in r.result && r.result.documentId && (
                  <Link href={`/reader/${r.result.documentId}`}>{t.ingest.open}</Link>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
