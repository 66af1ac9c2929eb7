// Ingestion: files, folders and URLs → original bytes + hash + text → engine → one transaction per document.
import { basename, extname } from 'node:path';
import type { Extraction } from '../domain/claim.ts';
import { TesseraError, unreadableInput } from '../domain/errors.ts';
import { findFiles } from '../ingest/files.ts';
import { sha256Hex } from '../ingest/hash.ts';
import { kindOfMediaType, MEDIA_TYPES, type DocumentKind } from '../ingest/kinds.ts';
import { readText } from '../ingest/read.ts';
import { readReportFile } from '../ingest/read-file.ts';
import type { Sidecar } from '../ingest/sidecar.ts';
import { fetchUrl } from '../ingest/url.ts';
import { extract, EXTRACTOR_VERSION } from '../pipeline/extract.ts';
import type {
  DocumentSummary,
  ExtractionToStore,
  NewDocument,
  Repository,
  StoreOutcome,
} from '../storage/repository.ts';
import { placeCodesOf } from './place-codes.ts';

export interface IngestOptions {
  /** Recorded as the collector and in the change log. */
  actor: string;
  maxBytes: number;
  fetchTimeoutMs: number;
  /** Lets URLs reach loopback, link-local and private addresses (tests, intranets). */
  allowPrivate: boolean;
  /** Injected so tests and benches control the clock. */
  now?: () => Date;
  /**
   * Link what was stored into copies and facts before returning (the default). Queued ingestion passes
   * false and leaves linking to a linking job (services/jobs.service.ts).
   */
  link?: boolean;
  /**
   * The collection new reports go into (services/collections.service.ts ingestCollection resolves a name);
   * the built-in `general` when absent. Bytes stored already stay in the collection they were stored in.
   */
  collectionId?: number;
}

export type IngestEvent =
  | { type: 'planned'; total: number }
  | {
      type: 'stored';
      input: string;
      document: DocumentSummary;
      claims: number;
      releases: number;
      /** What the engine could not read, e.g. a language it does not read: why there may be no claims. */
      notices: string[];
    }
  | { type: 'already_stored'; input: string; document: DocumentSummary }
  | { type: 'skipped'; input: string; reason: string }
  | { type: 'failed'; input: string; code: string; reason: string }
  /** Copies and facts decided for stored documents; running totals of this ingestion. */
  | { type: 'linked'; documents: number; claims: number };

export interface IngestSummary {
  stored: number;
  alreadyStored: number;
  skipped: number;
  failed: number;
  seconds: number;
}

/** A URL with what the feed that links it says of it: it becomes the document's URL, title and date. */
export interface LinkedUrl {
  url: string;
  title: string | null;
  /** ISO date. */
  published: string | null;
}

/**
 * A URL with the details an analyst gave for it (title, outlet, date, language): each given one wins over
 * what the fetched page says, as a file's NAME.meta.json does; what is not given comes from the page.
 */
export interface DetailedUrl {
  url: string;
  details: Sidecar;
}

/**
 * A report read already (a queued job carries its bytes): `input` is how events name it, `report` what
 * was read when it was queued.
 */
export interface ReadInput {
  input: string;
  report: ReadReport;
}

/**
 * One input to ingest: a path, a URL, a URL with an analyst's details, a feed's link with what the feed
 * says of it, or a report read already.
 */
export type IngestInput = string | LinkedUrl | DetailedUrl | ReadInput;

export type Work =
  | { type: 'file'; path: string; kind: DocumentKind }
  | { type: 'url'; url: string; linked?: LinkedUrl; details?: Sidecar }
  | { type: 'read'; input: string; report: ReadReport };

const isReadInput = (i: IngestInput): i is ReadInput => typeof i !== 'string' && 'report' in i;
const isDetailedUrl = (i: IngestInput): i is DetailedUrl => typeof i !== 'string' && 'details' in i;

const isUrlLike = (s: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s);

/** Ingests every input; problems with one input are reported as events and never stop the others. */
export async function ingest(
  repo: Repository,
  inputs: IngestInput[],
  options: IngestOptions,
  onEvent: (e: IngestEvent) => void,
): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = { stored: 0, alreadyStored: 0, skipped: 0, failed: 0, seconds: 0 };
  const emit = (e: IngestEvent) => {
    if (e.type === 'stored') summary.stored++;
    else if (e.type === 'already_stored') summary.alreadyStored++;
    else if (e.type === 'skipped') summary.skipped++;
    else if (e.type === 'failed') summary.failed++;
    onEvent(e);
  };

  const work = await planWork(inputs, emit);
  emit({ type: 'planned', total: work.length });

  // Reports are read and extracted a chunk at a time and stored a chunk per statement (much faster than one
  // by one); a server takes a few chunks at once, which is where its throughput comes from. Copies and
  // facts are decided once everything is stored (and searchable), a large batch at a time, so each fact
  // is read once per batch rather than once per chunk; the run ends when all it stored is linked.
  const inFlight = new Set<Promise<void>>();
  for (let at = 0; at < work.length; at += BATCH) {
    const ready = await prepareChunk(repo, work.slice(at, at + BATCH), options, emit);
    if (!ready.length) continue;
    const p = storeChunk(repo, ready, options.actor, emit).finally(() => inFlight.delete(p));
    inFlight.add(p);
    if (inFlight.size >= Math.max(1, repo.concurrency)) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (options.link !== false) await linkStored(repo, emit);
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/**
 * The work the inputs name: folders walked (each file once), URLs as they are. Files that are not
 * reports and paths that cannot be read are reported through `emit` and left out.
 */
export async function planWork(
  inputs: readonly IngestInput[],
  emit: (e: Extract<IngestEvent, { type: 'skipped' | 'failed' }>) => void,
): Promise<Work[]> {
  const work: Work[] = [];
  const visited = new Set<string>();
  for (const input of inputs) {
    if (typeof input !== 'string') {
      work.push(
        isReadInput(input)
          ? { type: 'read', ...input }
          : isDetailedUrl(input)
            ? { type: 'url', url: input.url, details: input.details }
            : { type: 'url', url: input.url, linked: input },
      );
      continue;
    }
    if (isUrlLike(input)) {
      work.push({ type: 'url', url: input });
      continue;
    }
    for (const found of await findFiles(input, visited)) {
      if (found.type === 'file') work.push(found);
      else if (found.type === 'skipped') emit({ type: 'skipped', input: found.path, reason: found.reason });
      else emit(failure(found.path, found.error));
    }
  }
  return work;
}

/** The name events give a piece of work. */
export const workInput = (item: Work): string =>
  item.type === 'file' ? item.path : item.type === 'url' ? item.url : item.input;

export function failure(input: string, e: unknown): Extract<IngestEvent, { type: 'failed' }> {
  if (e instanceof TesseraError) {
    // Messages from readers start with the input's name; the event carries it already.
    const reason = e.message.startsWith(`${input}: `) ? e.message.slice(input.length + 2) : e.message;
    return { type: 'failed', input, code: e.code, reason };
  }
  const code = (e as NodeJS.ErrnoException | null)?.code;
  const reason =
    code === 'ENOENT'
      ? 'no such file or folder'
      : code === 'EACCES'
        ? 'permission denied'
        : e instanceof Error
          ? e.message
          : String(e);
  return { type: 'failed', input, code: 'unreadable_input', reason };
}

/** A report's bytes as read, with what is known of it: all ingestion needs to store it. */
export interface ReadReport {
  name: string;
  bytes: Uint8Array;
  kind: DocumentKind;
  how: 'file' | 'url';
  from: string;
  url: string | null;
  sidecar: Sidecar | null;
}

/** Reads a file (with its sidecar) or fetches a URL; a report read already is returned as it is. */
export async function readWork(
  item: Work,
  options: Pick<IngestOptions, 'allowPrivate' | 'maxBytes' | 'fetchTimeoutMs'>,
): Promise<ReadReport> {
  if (item.type === 'read') return item.report;
  if (item.type === 'url') {
    const fetched = await fetchUrl(item.url, {
      allowPrivate: options.allowPrivate,
      maxBytes: options.maxBytes,
      timeoutMs: options.fetchTimeoutMs,
    });
    const kind = kindOfMediaType(fetched.contentType, fetched.url);
    if (!kind)
      throw unreadableInput(item.url, `a ${fetched.contentType ?? 'untyped'} response, not a report`);
    return {
      name: item.url,
      bytes: fetched.bytes,
      kind,
      how: 'url',
      from: fetched.url,
      url: fetched.url,
      sidecar: item.details
        ? item.details
        : item.linked
          ? { url: item.linked.url, title: item.linked.title, published: item.linked.published }
          : null,
    };
  }
  const { bytes, sidecar } = await readReportFile(item.path, options.maxBytes);
  return {
    name: basename(item.path, extname(item.path)),
    bytes,
    kind: item.kind,
    how: 'file',
    from: item.path,
    url: null,
    sidecar,
  };
}

interface Ready {
  input: string;
  doc: NewDocument;
  extraction: ExtractionToStore;
  notices: string[];
}

/** Reports read, extracted and stored together; a kill loses at most the chunks in flight. */
export const BATCH = 32;

/** Reads a chunk of inputs, drops those already stored (one query for the chunk), extracts the rest. */
async function prepareChunk(
  repo: Repository,
  chunk: Work[],
  options: IngestOptions,
  emit: (e: IngestEvent) => void,
): Promise<Ready[]> {
  const collected: { input: string; c: ReadReport; sha256: string }[] = [];
  for (const item of chunk) {
    const input = workInput(item);
    try {
      const c = await readWork(item, options);
      collected.push({ input, c, sha256: sha256Hex(c.bytes) });
    } catch (e) {
      emit(failure(input, e));
    }
  }
  const known = await repo.findDocumentsBySha256(collected.map((x) => x.sha256));
  const ready: Ready[] = [];
  for (const { input, c, sha256 } of collected) {
    const document = known.get(sha256);
    if (document) {
      emit({ type: 'already_stored', input, document });
      continue;
    }
    try {
      ready.push({ input, ...(await prepare(c, sha256, input, options)) });
    } catch (e) {
      emit(failure(input, e));
    }
  }
  return ready;
}

async function prepare(
  c: ReadReport,
  sha256: string,
  input: string,
  options: IngestOptions,
): Promise<{ doc: NewDocument; extraction: ExtractionToStore; notices: string[] }> {
  const read = await readText(c.bytes, c.kind, input);
  const published = c.sidecar?.published ?? null;
  const extraction = extract(read.text, { lang: c.sidecar?.lang ?? null, published });
  // The language most of the text is in, read or not: a German report is stored as German, not French.
  const lang = c.sidecar?.lang ?? extraction.languages?.[0] ?? extraction.lang;
  return {
    doc: {
      name: c.name,
      sha256,
      size: c.bytes.length,
      mediaType: MEDIA_TYPES[c.kind],
      encoding: read.encoding,
      bytes: c.bytes,
      text: read.text,
      lang,
      // A sidecar's language holds for the whole text.
      languages: c.sidecar?.lang ? [c.sidecar.lang] : (extraction.languages ?? (lang ? [lang] : [])),
      url: c.sidecar?.url ?? c.url,
      outlet: c.sidecar?.outlet ?? null,
      title: c.sidecar?.title ?? read.title,
      // A dateline at the head of the report ("ASTANA, 12 March 2023 —") dates it when nothing else does.
      published: published ?? extraction.dateline ?? null,
      collectedAt: options.now?.() ?? new Date(),
      collectedHow: c.how,
      collectedFrom: c.from,
      collectedBy: options.actor,
      codes: documentCodes(read.text, extraction),
      collectionId: options.collectionId,
    },
    extraction: {
      extractorVersion: EXTRACTOR_VERSION,
      claims: extraction.claims,
      releases: extraction.releases,
    },
    notices: extraction.notices,
  };
}

/**
 * Decides copies and facts for everything stored and not linked yet (this run's reports, and any an
 * interrupted run left), a large batch per transaction, reporting running totals.
 */
export async function linkStored(
  repo: Repository,
  emit: (e: IngestEvent) => void,
  options: { until?: Date } = {},
): Promise<{ documents: number; claims: number; unfinished?: true }> {
  try {
    return await repo.linkPending((done) => emit({ type: 'linked', ...done }), options);
  } catch (e) {
    throw new TesseraError(
      'storage_failed',
      `the reports were stored, but linking them into facts failed (the next ingest retries): ${
        e instanceof Error ? e.message : String(e)
      }`,
      { cause: e },
    );
  }
}

/** Stores a chunk in one statement; if that fails, one by one, so only the document at fault is lost. */
async function storeChunk(repo: Repository, ready: Ready[], actor: string, emit: (e: IngestEvent) => void) {
  const report = (r: Ready, o: StoreOutcome) =>
    emit(
      o.status === 'stored'
        ? {
            type: 'stored',
            input: r.input,
            document: o.document,
            claims: o.claimIds.length,
            releases: o.releaseIds.length,
            notices: r.notices,
          }
        : { type: 'already_stored', input: r.input, document: o.document },
    );
  try {
    const outcomes = await repo.storeDocuments(ready, actor, { link: false });
    ready.forEach((r, i) => report(r, outcomes[i]!));
  } catch {
    for (const r of ready) {
      try {
        report(r, (await repo.storeDocuments([r], actor, { link: false }))[0]!);
      } catch (e) {
        emit(failure(r.input, e));
      }
    }
  }
}

/** Places named in the text plus the claims' origins and locations: what `Kyrgyzstan` should find. */
export function documentCodes(text: string, extraction: Pick<Extraction, 'claims'>): string[] {
  const codes = new Set(placeCodesOf(text));
  for (const c of extraction.claims) {
    for (const code of c.origin ?? []) codes.add(code);
    for (const code of c.location) codes.add(code);
  }
  return [...codes].sort();
}
