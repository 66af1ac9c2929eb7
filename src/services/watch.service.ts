// Watching feeds and pages: each fetch is captured whole (status, final URL, headers, body and its
// SHA-256) and classified (analysis/watch-state.ts); new feed items go through ingestion once each;
// state changes and new claims fire alerts. Both surfaces (CLI, API) and the scheduler call these.
// A watch belongs to a collection (general unless named), as a report does: it is seen (listed, its
// history and WARC read, its state alerts and a report's availability shown) only where that collection
// may be read, reads of a restricted one are logged, and its feed items are stored into it.
import { WARCRecord, WARCSerializer } from 'warcio';
import {
  classifyFetch,
  feedItemKeys,
  newFeedItems,
  nextDue,
  type FetchOutcome,
} from '../analysis/watch-state.ts';
import { notFound, TesseraError } from '../domain/errors.ts';
import { parseQuestion } from '../domain/filters.ts';
import { intervalText, WatchInterval, WatchUrl, type WatchState } from '../domain/watch.ts';
import { captureUrl, WATCH_USER_AGENT } from '../ingest/capture.ts';
import { decodeText } from '../ingest/decode.ts';
import { readFeed } from '../ingest/feed.ts';
import { hostOf, oneAtATime } from '../ingest/host-gate.ts';
import { sha256Hex } from '../ingest/hash.ts';
import { checkUrl } from '../ingest/url.ts';
import type { CaptureRecord, NewCapture, Repository, WatchRecord } from '../storage/repository.ts';
import { alertOnNewClaims, alertOnStateChange, type FieldNamer } from './alerts.service.ts';
import {
  auditRead,
  EVERYONE,
  ingestCollection,
  mayRead,
  requireRead,
  requireWrite,
  type Reader,
} from './collections.service.ts';
import { ingest, type IngestEvent } from './ingest.service.ts';

export const DEFAULT_INTERVAL = '6h';

export interface WatchOptions {
  actor: string;
  maxBytes: number;
  fetchTimeoutMs: number;
  now?: () => Date;
}

/** A watch as both surfaces show it. */
export interface WatchView {
  url: string;
  kind: WatchRecord['kind'];
  every: string;
  allowPrivate: boolean;
  watchItems: boolean;
  active: boolean;
  state: WatchState | null;
  lastAt: string | null;
  nextAt: string;
  /** The collection it belongs to, by name: its captures and feed items are read and stored there. */
  collection: string;
}

/** One line of a URL's history: `[{at, httpStatus, state, sha256, finalUrl}]` and why. */
export interface HistoryEntry {
  at: string;
  httpStatus: number | null;
  state: WatchState;
  sha256: string | null;
  finalUrl: string | null;
  size: number | null;
  reason: string;
}

export type WatchEvent =
  | { type: 'captured'; url: string; state: WatchState; httpStatus: number | null; reason: string }
  | { type: 'item'; url: string; link: string; outcome: 'stored' | 'already_stored'; documentId: number }
  | { type: 'item_failed'; url: string; link: string; reason: string }
  /** A feed item's page, watched from now on (feeds watched with `watchItems`). */
  | { type: 'item_watched'; url: string; link: string }
  | { type: 'malformed'; url: string; position: number; title: string | null; reason: string }
  | { type: 'alert'; message: string }
  /** A scheduler pass that failed (the store busy or gone); the next pass tries again. */
  | { type: 'error'; error: unknown };

/** Collection names by id, for views (ids of collections gone are shown as the id). */
async function collectionNames(repo: Repository): Promise<(id: number) => string> {
  const names = new Map((await repo.listCollections({ counts: false })).map((c) => [c.id, c.name]));
  return (id) => names.get(id) ?? String(id);
}

export const viewOf = (w: WatchRecord, collection: string): WatchView => ({
  url: w.url,
  kind: w.kind,
  every: intervalText(w.everySeconds),
  allowPrivate: w.allowPrivate,
  watchItems: w.watchItems,
  active: w.active,
  state: w.state,
  lastAt: w.lastAt?.toISOString() ?? null,
  nextAt: w.nextAt.toISOString(),
  collection,
});

export const historyEntry = (c: CaptureRecord): HistoryEntry => ({
  at: c.at.toISOString(),
  httpStatus: c.httpStatus,
  state: c.state,
  sha256: c.sha256,
  finalUrl: c.finalUrl,
  size: c.size,
  reason: c.reason,
});

/**
 * Watches a URL every `every` (6h by default), first at the next run, in the collection named (general
 * when none is; the reader must be analyst there). The URL must be one ingestion may fetch: a private
 * address only with the allowance. The same URL again updates its interval, in the collection it is in
 * (a watch keeps its collection and history for good): naming another collection is a conflict, and
 * changing it needs analyst in its collection.
 *
 * A URL watched already in a collection the reader may not read is refused with a conflict that names
 * nothing of it (no collection, state or history): one watch per URL means the refusal itself cannot be
 * avoided, as uploading a restricted report's bytes again says only that they are stored.
 */
export async function addWatch(
  repo: Repository,
  input: { url: unknown; every?: unknown; allowPrivate?: boolean; watchItems?: boolean; collection?: string },
  options: Pick<WatchOptions, 'actor' | 'now'>,
  nameOf: FieldNamer = (f) => f,
  reader: Reader = EVERYONE,
): Promise<{ watch: WatchView; created: boolean }> {
  const url = parseQuestion(WatchUrl, input.url, () => nameOf('url'));
  const everySeconds = parseQuestion(WatchInterval, input.every ?? DEFAULT_INTERVAL, () => nameOf('every'));
  const allowPrivate = input.allowPrivate ?? false;
  checkUrl(url, allowPrivate);
  const named = input.collection?.trim() || undefined;
  const existing = await repo.getWatch(url);
  if (existing && !mayRead(reader, existing.collectionId)) {
    // Refusals the reader would get anyway come first (an unknown name, no analyst role there).
    await ingestCollection(repo, named, reader);
    throw new TesseraError(
      'conflict',
      `${url} cannot be watched by this account${named ? ` in "${named}"` : ''}; an admin can say why`,
    );
  }
  const names = await collectionNames(repo);
  if (existing) {
    const target = named ? await ingestCollection(repo, named, reader) : null;
    if (target && target.id !== existing.collectionId)
      throw new TesseraError(
        'conflict',
        `${url} is watched in the collection "${names(existing.collectionId)}" already (a watch keeps its collection and history): add it there, not to "${target.name}"`,
      );
    requireWrite(reader, existing.collectionId, { kind: 'watched URL', id: url });
  }
  const collectionId = existing?.collectionId ?? (await ingestCollection(repo, named, reader)).id;
  const { watch, created } = await repo.saveWatch({
    url,
    everySeconds,
    allowPrivate,
    watchItems: input.watchItems,
    nextAt: options.now?.() ?? new Date(),
    actor: options.actor,
    collectionId,
  });
  return { watch: viewOf(watch, names(watch.collectionId)), created };
}

/** The watch of a URL where the reader may read its collection; unknown (404) otherwise, as if absent. */
async function watchOf(repo: Repository, url: string, reader: Reader = EVERYONE): Promise<WatchRecord> {
  const watch = await repo.getWatch(url.trim());
  if (!watch) throw notFound('watched URL', url);
  requireRead(reader, watch.collectionId, { kind: 'watched URL', id: url });
  return watch;
}

/** Stops watching a URL: unknown (404) where its collection may not be read, 403 below analyst there. */
export async function removeWatch(
  repo: Repository,
  url: string,
  actor: string,
  reader: Reader = EVERYONE,
): Promise<WatchView> {
  const found = await repo.getWatch(url.trim());
  if (!found || !found.active) throw notFound('watched URL', url);
  requireWrite(reader, found.collectionId, { kind: 'watched URL', id: url });
  const watch = await repo.deactivateWatch(url.trim(), actor);
  if (!watch) throw notFound('watched URL', url);
  return viewOf(watch, (await collectionNames(repo))(watch.collectionId));
}

/**
 * Puts a watch in another collection: its history, WARC and state alerts follow it, and its feed items
 * are stored there from now on (reports it ingested already stay where they are). Unknown (404) where
 * the watch's collection may not be read; the reader must be analyst both where it is and where it goes.
 */
export async function moveWatch(
  repo: Repository,
  url: string,
  collection: string,
  actor: string,
  reader: Reader = EVERYONE,
): Promise<{ watch: WatchView; moved: boolean }> {
  const found = await watchOf(repo, url, reader);
  requireWrite(reader, found.collectionId, { kind: 'watched URL', id: url });
  const target = await ingestCollection(repo, collection, reader);
  const names = await collectionNames(repo);
  if (target.id === found.collectionId)
    return { watch: viewOf(found, names(found.collectionId)), moved: false };
  const watch = await repo.moveWatch(found.url, target.id, actor);
  if (!watch) throw notFound('watched URL', url);
  return { watch: viewOf(watch, names(watch.collectionId)), moved: true };
}

/** The watches a reader may see: those of collections it reads (reads of restricted ones logged). */
export async function listWatches(
  repo: Repository,
  includeInactive = false,
  reader: Reader = EVERYONE,
): Promise<WatchView[]> {
  const watches = await repo.listWatches({ includeInactive, collections: reader.visible });
  await auditRead(
    repo,
    reader,
    'watches',
    watches.map((w) => ({ collectionId: w.collectionId, url: w.url })),
  );
  const names = await collectionNames(repo);
  return watches.map((w) => viewOf(w, names(w.collectionId)));
}

/** Every capture of a URL, oldest first (a removed watch keeps its history). */
export async function watchHistory(
  repo: Repository,
  url: string,
  reader: Reader = EVERYONE,
): Promise<HistoryEntry[]> {
  const watch = await watchOf(repo, url, reader);
  await auditRead(repo, reader, 'watch history', [{ collectionId: watch.collectionId, url: watch.url }]);
  return (await repo.listCaptures(watch.id)).map(historyEntry);
}

/**
 * Whether a stored report's page is still there: the history of the watched URL it came from (its
 * URL, or where it was collected), or null when nobody watches it, or when its watch is in a
 * collection the reader may not read (as if nobody did).
 */
export async function documentAvailability(
  repo: Repository,
  documentId: number,
  reader: Reader = EVERYONE,
): Promise<{ url: string; state: WatchState | null; history: HistoryEntry[] } | null> {
  const doc = await repo.getDocument(documentId);
  // The report's collection decides, as for the report itself: unknown where it may not be read.
  if (!doc) throw notFound('document', String(documentId));
  requireRead(reader, doc.collectionId, { kind: 'document', id: String(documentId) });
  let watch: WatchRecord | null = null;
  for (const url of new Set([doc.url, doc.collectedFrom])) {
    const found = url ? await repo.getWatch(url) : null;
    if (found && mayRead(reader, found.collectionId)) {
      watch = found;
      break;
    }
  }
  // One entry per restricted collection read: the report's, and the watch's where it is another.
  await auditRead(repo, reader, 'availability', [
    { collectionId: doc.collectionId, documentId },
    ...(watch ? [{ collectionId: watch.collectionId, url: watch.url }] : []),
  ]);
  if (!watch) return null;
  const history = (await repo.listCaptures(watch.id)).map(historyEntry);
  return { url: watch.url, state: watch.state, history };
}

export interface RunSummary {
  fetched: number;
  states: Partial<Record<WatchState, number>>;
  itemsStored: number;
  alerts: number;
}

/**
 * Fetches the watches due by now (every active one with `all`), one request per host at a time, hosts
 * side by side; then checks new claims against the alert rules.
 */
export async function runWatches(
  repo: Repository,
  options: WatchOptions,
  { all = false }: { all?: boolean } = {},
  onEvent: (e: WatchEvent) => void = () => {},
): Promise<RunSummary> {
  const now = options.now?.() ?? new Date();
  const due = await repo.listWatches(all ? {} : { dueBy: now });
  const summary: RunSummary = { fetched: 0, states: {}, itemsStored: 0, alerts: 0 };
  const emit = (e: WatchEvent) => {
    if (e.type === 'captured') {
      summary.fetched++;
      summary.states[e.state] = (summary.states[e.state] ?? 0) + 1;
    } else if (e.type === 'item' && e.outcome === 'stored') summary.itemsStored++;
    else if (e.type === 'alert') summary.alerts++;
    onEvent(e);
  };
  const byHost = new Map<string, WatchRecord[]>();
  for (const w of due) {
    const host = hostOf(w.url);
    byHost.set(host, [...(byHost.get(host) ?? []), w]);
  }
  // The embedded store takes one writer; a server takes a few hosts at once.
  const lanes = [...byHost.values()];
  const width = Math.max(1, Math.min(4, repo.concurrency));
  const next = async (): Promise<void> => {
    for (let lane = lanes.shift(); lane; lane = lanes.shift()) {
      for (const w of lane) await captureWatch(repo, w, options, emit);
    }
  };
  await Promise.all(Array.from({ length: width }, next));
  for (const alert of await alertOnNewClaims(repo, options)) emit({ type: 'alert', message: alert.message });
  return summary;
}

/** Fetches one watched URL now, records the capture and what follows from it. */
export async function captureWatch(
  repo: Repository,
  watch: WatchRecord,
  options: WatchOptions,
  emit: (e: WatchEvent) => void = () => {},
): Promise<CaptureRecord> {
  const capture = await captureUrl(watch.url, {
    allowPrivate: watch.allowPrivate,
    maxBytes: options.maxBytes,
    timeoutMs: options.fetchTimeoutMs,
    etag: watch.etag,
    lastModified: watch.lastModified,
  });
  const at = options.now?.() ?? new Date();
  const ok = capture.kind === 'response' && capture.httpStatus >= 200 && capture.httpStatus < 300;
  const notModified = capture.kind === 'response' && capture.httpStatus === 304;
  const sha256 =
    capture.kind !== 'response' ? null : notModified ? watch.liveSha256 : sha256Hex(capture.bytes);
  const outcome: FetchOutcome =
    capture.kind === 'response'
      ? { kind: 'response', httpStatus: capture.httpStatus, sha256, text: textOf(capture.bytes, watch.url) }
      : { kind: 'failure', failure: capture.failure };
  const previous = watch.state ? { state: watch.state, liveSha256: watch.liveSha256 } : null;
  const { state, reason } = classifyFetch(outcome, previous);
  // A block page answered with 200 is not the page: it neither becomes what `changed` compares with
  // nor is read as a feed.
  const answered = ok && state !== 'blocked';
  const feed = answered && capture.kind === 'response' ? readFeed(capture.bytes, capture.finalUrl) : null;
  const header = (name: string) =>
    capture.kind === 'response' ? (capture.headers.find(([n]) => n === name)?.[1] ?? null) : null;

  const record: NewCapture = {
    at,
    httpStatus: capture.kind === 'response' ? capture.httpStatus : null,
    statusLine: capture.kind === 'response' ? capture.statusLine : null,
    finalUrl: capture.finalUrl,
    sha256,
    size: capture.kind === 'response' && !notModified ? capture.bytes.length : null,
    headers: capture.kind === 'response' ? capture.headers : null,
    bytes: capture.kind === 'response' && !notModified ? capture.bytes : null,
    state,
    reason:
      capture.kind === 'failure' && capture.message !== reason ? `${reason}: ${capture.message}` : reason,
  };
  const stored = await repo.recordCapture(watch.id, record, {
    kind: feed ? 'feed' : answered ? 'page' : watch.kind,
    state,
    liveSha256: answered ? sha256 : watch.liveSha256,
    etag: answered ? header('etag') : watch.etag,
    lastModified: answered ? header('last-modified') : watch.lastModified,
    lastAt: at,
    nextAt: nextDue(at, watch.everySeconds),
  });
  emit({ type: 'captured', url: watch.url, state, httpStatus: record.httpStatus, reason: record.reason });

  if (previous && previous.state !== state) {
    for (const alert of await alertOnStateChange(repo, watch, previous.state, state, at, options))
      emit({ type: 'alert', message: alert.message });
  }
  if (feed) {
    for (const m of feed.malformed)
      emit({ type: 'malformed', url: watch.url, position: m.position, title: m.title, reason: m.reason });
    await ingestNewItems(repo, watch, feed.items, at, options, emit);
  }
  return stored;
}

/** The start of a body as text, for block-page signatures; null for what is no text. */
function textOf(bytes: Uint8Array, name: string): string | null {
  try {
    return decodeText(bytes.subarray(0, 64 * 1024), name).text;
  } catch {
    return null;
  }
}

async function ingestNewItems(
  repo: Repository,
  watch: WatchRecord,
  items: Parameters<typeof newFeedItems>[0],
  at: Date,
  options: WatchOptions,
  emit: (e: WatchEvent) => void,
): Promise<void> {
  const known = await repo.knownFeedItemKeys(watch.id, items.flatMap(feedItemKeys));
  const fresh = newFeedItems(items, known);
  if (!fresh.length) return;
  const byLink = new Map(fresh.map((i) => [i.link, i]));
  const seen: { key: string; documentId: number | null }[] = [];
  const storedLinks = new Set<string>();
  const byHost = new Map<string, typeof fresh>();
  for (const item of fresh) byHost.set(hostOf(item.link), [...(byHost.get(hostOf(item.link)) ?? []), item]);
  // The items of one host are fetched while no other request of this process goes to it.
  for (const [host, hostItems] of byHost) {
    await oneAtATime(host, () =>
      ingest(
        repo,
        hostItems.map((i) => ({ url: i.link, title: i.title, published: i.published })),
        {
          actor: options.actor,
          maxBytes: options.maxBytes,
          fetchTimeoutMs: options.fetchTimeoutMs,
          allowPrivate: watch.allowPrivate,
          now: options.now,
          // The watch's reports go into its collection.
          collectionId: watch.collectionId,
        },
        onIngestEvent,
      ),
    );
  }
  function onIngestEvent(e: IngestEvent): void {
    if (e.type === 'stored' || e.type === 'already_stored') {
      const item = byLink.get(e.input);
      if (item) for (const key of feedItemKeys(item)) seen.push({ key, documentId: e.document.id });
      storedLinks.add(e.input);
      emit({ type: 'item', url: watch.url, link: e.input, outcome: e.type, documentId: e.document.id });
    } else if (e.type === 'failed' || e.type === 'skipped') {
      // Not recorded as seen: the next run tries again.
      emit({ type: 'item_failed', url: watch.url, link: e.input, reason: e.reason });
    }
  }
  await repo.recordFeedItems(watch.id, seen, at);
  if (!watch.watchItems) return;
  // Each report's page is watched too, from the next pass: its reader then shows its availability.
  for (const item of fresh) {
    if (!storedLinks.has(item.link) || (await repo.getWatch(item.link))) continue;
    await repo.saveWatch({
      url: item.link,
      everySeconds: watch.everySeconds,
      allowPrivate: watch.allowPrivate,
      nextAt: at,
      actor: options.actor,
      collectionId: watch.collectionId,
    });
    emit({ type: 'item_watched', url: watch.url, link: item.link });
  }
}

/**
 * Runs the watches as they fall due until `signal` aborts: after each pass it sleeps until the next
 * watch is due (at most `maxSleepMs`, so watches added meanwhile are seen). `withRepo` opens the store
 * for one pass (the CLI, so other commands can use an embedded store between passes) or lends the one
 * a server holds.
 */
export async function runScheduler(
  withRepo: <T>(use: (repo: Repository) => Promise<T>) => Promise<T>,
  options: WatchOptions,
  signal: AbortSignal,
  onEvent: (e: WatchEvent) => void = () => {},
  maxSleepMs = 60_000,
): Promise<void> {
  while (!signal.aborted) {
    let wait = maxSleepMs;
    try {
      wait = await withRepo(async (repo) => {
        await runWatches(repo, options, {}, onEvent);
        const next = (await repo.listWatches()).reduce<number | null>(
          (min, w) => (min === null || w.nextAt.getTime() < min ? w.nextAt.getTime() : min),
          null,
        );
        const now = (options.now?.() ?? new Date()).getTime();
        return next === null ? maxSleepMs : Math.max(1000, Math.min(maxSleepMs, next - now));
      });
    } catch (e) {
      onEvent({ type: 'error', error: e });
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, wait);
      signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
    });
  }
}

/**
 * The captures of a URL as a WARC 1.1 file (warcio): a warcinfo record, then for each capture that got
 * an answer a `response` record with its status line, headers and raw body as received (a 304 has no
 * body), dated at capture time; fetches that got no answer become `metadata` records saying why.
 */
export async function exportWarc(
  repo: Repository,
  url: string,
  reader: Reader = EVERYONE,
): Promise<Uint8Array> {
  const watch = await watchOf(repo, url, reader);
  await auditRead(repo, reader, 'watch warc', [{ collectionId: watch.collectionId, url: watch.url }]);
  const warcVersion = 'WARC/1.1';
  const parts: Uint8Array[] = [];
  const info = WARCRecord.createWARCInfo(
    { filename: 'tessera-watch.warc', warcVersion },
    { software: WATCH_USER_AGENT, description: `captures of ${watch.url}` },
  );
  parts.push(await WARCSerializer.serialize(info));
  for (const c of await repo.listCaptures(watch.id)) {
    const date = c.at.toISOString();
    if (c.httpStatus === null) {
      const body = JSON.stringify({ url: c.url, at: date, state: c.state, reason: c.reason });
      const record = WARCRecord.create(
        {
          url: c.url,
          date,
          type: 'metadata',
          warcVersion,
          warcHeaders: { 'Content-Type': 'application/json', 'WARC-Tessera-State': c.state },
        },
        [new TextEncoder().encode(body)],
      );
      parts.push(await WARCSerializer.serialize(record));
      continue;
    }
    const body = c.size !== null && c.sha256 ? await repo.getCaptureBody(c.sha256) : null;
    const record = WARCRecord.create(
      {
        url: c.finalUrl ?? c.url,
        date,
        type: 'response',
        warcVersion,
        statusline: c.statusLine ?? `HTTP/1.1 ${c.httpStatus}`,
        httpHeaders: Object.fromEntries(
          // The body is kept de-chunked (undici reads it so), so the chunked framing is not claimed.
          (c.headers ?? []).filter(([n]) => !/^transfer-encoding$/i.test(n)),
        ),
        warcHeaders: {
          'WARC-Tessera-State': c.state,
          ...(c.sha256 ? { 'WARC-Tessera-SHA256': c.sha256 } : {}),
          ...(c.finalUrl && c.finalUrl !== c.url ? { 'WARC-Tessera-Requested-URI': c.url } : {}),
        },
      },
      [body ?? new Uint8Array()],
    );
    parts.push(await WARCSerializer.serialize(record));
  }
  return new Uint8Array(Buffer.concat(parts));
}
