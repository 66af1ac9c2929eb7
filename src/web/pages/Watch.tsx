// Watched feeds and pages: each URL's state, collection and timeline of fetches, its history as a table,
// its WARC; a form to watch another URL (into a collection the account may ingest into, as the Ingest
// page offers them); the latest alerts.
import { useState, type FormEvent } from 'react';
import { api, call, type Schemas } from '../api/client.ts';
import { CollectionSelect } from '../components/CollectionSelect.tsx';
import { Status } from '../components/Status.tsx';
import { StateBadge, WatchTimeline, type Capture } from '../components/WatchTimeline.tsx';
import { useLoad } from '../hooks.ts';
import { POPULATIONS } from '../../domain/claim.ts';
import { t } from '../i18n/index.ts';
import { Link } from '../router.tsx';

type Watch = Schemas['Watch'];

const EVERY = ['30m', '1h', '6h', '12h', '1d'];

async function loadWatches(): Promise<{ watch: Watch; history: Capture[] }[]> {
  const { items } = await call(api.GET('/api/watches'));
  return Promise.all(
    items.map(async (watch) => ({
      watch,
      history: (await call(api.GET('/api/watches/history', { params: { query: { url: watch.url } } }))).items,
    })),
  );
}

export function WatchPage() {
  const watches = useLoad(loadWatches, []);
  const alerts = useLoad(() => call(api.GET('/api/alerts', { params: { query: { limit: 50 } } })), []);
  const [url, setUrl] = useState('');
  const [every, setEvery] = useState('6h');
  const [watchItems, setWatchItems] = useState(false);
  const [collection, setCollection] = useState('general');
  // Watches go into the collections this account may ingest into: those where it is analyst or admin.
  const collections = useLoad(() => call(api.GET('/api/collections')), []);
  const writable = (collections.data?.items ?? []).filter((c) => c.role !== 'viewer');
  // A viewer everywhere neither watches nor stops watching; it is told so instead of offered forms.
  const mayWatch = writable.length > 0;
  const writableNames = new Set(writable.map((c) => c.name));
  const restricted = new Set((collections.data?.items ?? []).filter((c) => c.restricted).map((c) => c.name));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const add = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const { watch } = await call(
        api.POST('/api/watches', {
          body: { url: url.trim(), every, collection, ...(watchItems ? { watchItems } : {}) },
        }),
      );
      setMessage({ ok: true, text: t.watch.added(watch.url, watch.collection) });
      setUrl('');
      watches.reload();
    } catch (err) {
      setMessage({ ok: false, text: err instanceof Error ? err.message : String(err) });
    }
  };
  const remove = async (target: string) => {
    await call(api.DELETE('/api/watches', { params: { query: { url: target } } }));
    watches.reload();
  };
  const move = async (target: string, to: string) => {
    try {
      const { watch } = await call(api.POST('/api/watches/move', { body: { url: target, collection: to } }));
      setMessage({ ok: true, text: t.watch.moved(watch.url, watch.collection) });
      watches.reload();
    } catch (err) {
      setMessage({ ok: false, text: err instanceof Error ? err.message : String(err) });
    }
  };

  return (
    <>
      <h1>{t.watch.title}</h1>
      <p className="muted">{t.watch.note}</p>
      {collections.data && !mayWatch && <p className="muted">{t.watch.viewerNote}</p>}
      {mayWatch && (
        <form className="watch-add" onSubmit={(e) => void add(e)}>
          <label className="block">
            {t.watch.url}
            <input type="url" required value={url} onChange={(e) => setUrl(e.target.value)} />
          </label>
          <label className="block">
            {t.watch.every}
            <select value={every} onChange={(e) => setEvery(e.target.value)}>
              {EVERY.map((v) => (
                <option key={v}>{v}</option>
              ))}
            </select>
          </label>
          <CollectionSelect
            label={t.watch.collection}
            writable={writable}
            value={collection}
            onChange={setCollection}
          />
          <label className="inline">
            <input type="checkbox" checked={watchItems} onChange={(e) => setWatchItems(e.target.checked)} />{' '}
            {t.watch.watchItems}
          </label>
          <button type="submit">{t.watch.add}</button>
        </form>
      )}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'muted' : 'error'}>
          {message.text}
        </p>
      )}
      <Status loading={watches.loading && !watches.data} error={watches.error} onRetry={watches.reload} />
      {watches.data?.length === 0 && <p className="muted">{t.watch.none}</p>}
      {watches.data && (
        <ul className="watches">
          {watches.data.map(({ watch, history }) => (
            <li key={watch.url} data-testid="watch">
              <div className="watch-head">
                <bdi className="url">{watch.url}</bdi>
                <StateBadge state={watch.state} />
                <span className="muted small">
                  <span data-testid="watch-collection">
                    {t.watch.inCollection(watch.collection, restricted.has(watch.collection))}
                  </span>
                  {watch.kind ? ` · ${t.watch.kind[watch.kind]}` : ''} · {t.watch.every.toLowerCase()}{' '}
                  {watch.every} · {t.watch.lastFetch} {watch.lastAt?.replace('T', ' ').slice(0, 16) ?? '—'} ·{' '}
                  {t.watch.nextFetch} {watch.nextAt.replace('T', ' ').slice(0, 16)}
                </span>
              </div>
              <WatchTimeline url={watch.url} history={history} />
              <details>
                <summary>{t.watch.history(history.length)}</summary>
                <div className="table-wrap">
                  <table>
                    <thead>
                      <tr>
                        <th>{t.watch.at}</th>
                        <th>{t.watch.httpStatus}</th>
                        <th>{t.watch.state}</th>
                        <th>{t.watch.sha256}</th>
                        <th>{t.watch.finalUrl}</th>
                        <th>{t.watch.why}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {history.map((c, i) => (
                        <tr key={`${c.at}-${i}`}>
                          <td>{c.at.replace('T', ' ').slice(0, 19)}</td>
                          <td>{c.httpStatus ?? '—'}</td>
                          <td>
                            <StateBadge state={c.state} />
                          </td>
                          <td className="hash">
                            <code className="hash" title={c.sha256 ?? undefined}>
                              {c.sha256?.slice(0, 12) ?? '—'}
                            </code>
                          </td>
                          <td className="wrap">
                            <bdi>{c.finalUrl ?? '—'}</bdi>
                          </td>
                          <td>{c.reason}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </details>
              <p>
                <a
                  className="button"
                  href={`/api/watches/warc?url=${encodeURIComponent(watch.url)}`}
                  download
                >
                  {t.watch.warc}
                </a>{' '}
                {writableNames.has(watch.collection) && writable.length > 1 && (
                  <label className="inline">
                    {t.watch.moveTo}{' '}
                    <select value="" onChange={(e) => e.target.value && void move(watch.url, e.target.value)}>
                      <option value="">—</option>
                      {writable
                        .filter((c) => c.name !== watch.collection)
                        .map((c) => (
                          <option key={c.id} value={c.name}>
                            {c.restricted ? t.ingest.restricted(c.name) : c.name}
                          </option>
                        ))}
                    </select>
                  </label>
                )}{' '}
                {writableNames.has(watch.collection) && (
                  <button type="button" className="bad" onClick={() => void remove(watch.url)}>
                    {t.watch.remove}
                  </button>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
      <AlertRules onChange={alerts.reload} mayAdd={mayWatch} />
      <h2>{t.watch.alerts}</h2>
      <Status loading={alerts.loading && !alerts.data} error={alerts.error} onRetry={alerts.reload} />
      {alerts.data?.items.length === 0 && <p className="muted">{t.watch.noAlerts}</p>}
      {alerts.data && alerts.data.items.length > 0 && (
        <ol className="items" data-testid="alerts">
          {alerts.data.items.map((a) => (
            <li key={a.id} className="item">
              <strong>{a.ruleName}</strong>{' '}
              <span className="muted small">{a.at.replace('T', ' ').slice(0, 16)}</span>
              <div dir="auto">
                {typeof a.details.documentId === 'number' ? (
                  <Link href={`/reader/${a.details.documentId}`}>
                    <bdi>{a.message}</bdi>
                  </Link>
                ) : (
                  <bdi>{a.message}</bdi>
                )}
              </div>
              {a.delivery && <div className="muted small">{t.watch.webhook(a.delivery)}</div>}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

/**
 * The alert rules, with a form for a claim rule (origin, population) or a state rule (a URL or any) for
 * accounts that may add one; each rule's maker, and a remove button where the account may remove it.
 */
function AlertRules({ onChange, mayAdd }: { onChange: () => void; mayAdd: boolean }) {
  const rules = useLoad(() => call(api.GET('/api/alert-rules')), []);
  const [name, setName] = useState('');
  const [on, setOn] = useState<'claim' | 'state'>('claim');
  const [origin, setOrigin] = useState('');
  const [population, setPopulation] = useState('');
  const [url, setUrl] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const add = async (e: FormEvent) => {
    e.preventDefault();
    const filter = Object.fromEntries(
      Object.entries({ origin: origin.trim(), population }).filter(([, v]) => v !== ''),
    );
    try {
      const rule = await call(
        api.POST('/api/alert-rules', {
          body:
            on === 'claim' ? { name, on, filter } : { name, on, ...(url.trim() ? { url: url.trim() } : {}) },
        }),
      );
      setMessage({ ok: true, text: t.watch.ruleAdded(rule.name) });
      setName('');
      rules.reload();
      onChange();
    } catch (err) {
      setMessage({ ok: false, text: err instanceof Error ? err.message : String(err) });
    }
  };
  const remove = async (id: number) => {
    await call(api.DELETE('/api/alert-rules/{id}', { params: { path: { id } } }));
    rules.reload();
    onChange();
  };

  return (
    <section aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t.watch.rules}</h2>
      <p className="muted">{t.watch.rulesNote}</p>
      {mayAdd && (
        <form className="watch-add" onSubmit={(e) => void add(e)}>
          <label className="block">
            {t.watch.ruleName}
            <input required value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <label className="block">
            {t.watch.ruleOn}
            <select value={on} onChange={(e) => setOn(e.target.value === 'state' ? 'state' : 'claim')}>
              <option value="claim">{t.watch.ruleOnClaim}</option>
              <option value="state">{t.watch.ruleOnState}</option>
            </select>
          </label>
          {on === 'claim' ? (
            <>
              <label className="block">
                {t.watch.origin}
                <input value={origin} size={6} onChange={(e) => setOrigin(e.target.value)} />
              </label>
              <label className="block">
                {t.watch.population}
                <select value={population} onChange={(e) => setPopulation(e.target.value)}>
                  <option value="">{t.watch.anyPopulation}</option>
                  {POPULATIONS.map((p) => (
                    <option key={p}>{p}</option>
                  ))}
                </select>
              </label>
            </>
          ) : (
            <label className="block">
              {t.watch.ruleUrl}
              <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
            </label>
          )}
          <button type="submit">{t.watch.addRule}</button>
        </form>
      )}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'muted' : 'error'}>
          {message.text}
        </p>
      )}
      <Status loading={rules.loading && !rules.data} error={rules.error} onRetry={rules.reload} />
      {rules.data?.items.length === 0 && <p className="muted">{t.watch.noRules}</p>}
      {rules.data && rules.data.items.length > 0 && (
        <ul className="plain" data-testid="rules">
          {rules.data.items.map((r) => (
            <li key={r.id}>
              <strong>{r.name}</strong> · {r.on === 'claim' ? t.watch.ruleOnClaim : t.watch.ruleOnState} ·{' '}
              <bdi>
                {r.on === 'state'
                  ? (r.url ?? t.watch.anyUrl)
                  : Object.entries(r.filter)
                      .map(([k, v]) => `${k} ${v}`)
                      .join(', ') || '—'}
              </bdi>
              {r.webhook && <span className="muted small"> · {r.webhook}</span>}
              <span className="muted small"> · {t.watch.ruleBy(r.createdBy)}</span>{' '}
              {r.mayRemove && (
                <button type="button" onClick={() => void remove(r.id)}>
                  {t.watch.removeRule}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
