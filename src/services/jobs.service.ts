// Queued ingestion on a PostgreSQL store. Queuing reads and hashes each file at once and puts its bytes in
// the job (a URL is queued as it is, and fetched by the worker); workers take jobs a batch at a time and
// run them through ingest(), the same ingestion as `tessera ingest`, storing without linking; each batch
// then asks for a linking job, which the queue keeps to one waiting and one running across every worker
// (so jobs neither pile up nor wait on each other; linking is also serialised by the store against
// reviews). A job run again after its worker died finds its report stored
// already (the store keys reports by SHA-256 and stores each whole in one statement), so nothing is
// stored twice; the linking job it asks for links whatever the dead run left unlinked.
import { randomUUID } from 'node:crypto';
import { TesseraError } from '../domain/errors.ts';
import { sha256Hex } from '../ingest/hash.ts';
import type { DocumentKind } from '../ingest/kinds.ts';
import type { Sidecar } from '../ingest/sidecar.ts';
import { checkUrl } from '../ingest/url.ts';
import type { JobFilter, JobQueue, StoredJob, WorkJob } from '../storage/queue.ts';
import type { DocumentSummary, Repository } from '../storage/repository.ts';
import { GENERAL_COLLECTION, type Reader } from './collections.service.ts';
import {
  failure,
  ingest,
  linkStored,
  planWork,
  readWork,
  type DetailedUrl,
  type IngestEvent,
  type IngestInput,
  type IngestOptions,
  type ReadInput,
  type ReadReport,
} from './ingest.service.ts';

export type { JobFilter, JobState, StoredJob } from '../storage/queue.ts';
export { JOB_STATES } from '../storage/queue.ts';

/** Runs after the first when a run fails or its worker dies; the waits between them grow (2 s, 4 s...). */
const RETRIES = 2;
const RETRY_DELAY_SECONDS = 2;
/**
 * A linking job's time limit, at most: it starts no batch after half of it (startWorker), so a run is half
 * this plus one batch (6 s for 1,000 documents at 200,000 reports on a quiet machine, a minute or two
 * under heavy load). pg-boss has no heartbeat: a worker killed while linking holds the one running
 * linking job (the queue is stately) until this passes, so it is much shorter than an ingestion job's
 * (TESSERA_JOB_TIMEOUT_SECONDS, 15 minutes), which it never exceeds.
 */
export const LINK_JOB_TIMEOUT_SECONDS = 300;
/** Jobs queued per statement, and the bytes they may carry together. */
const INSERT_JOBS = 100;
const INSERT_BYTES = 16 * 1024 * 1024;

/** Where an ingestion job carries its report's bytes (IngestJobData), dropped once it completes. */
const REPORT_BYTES = ['report', 'bytes'] as const;

/** What a queued ingestion job carries. */
export interface IngestJobData {
  /** Who queued it: recorded as the collector and in the change log. */
  actor: string;
  allowPrivate: boolean;
  maxBytes: number;
  fetchTimeoutMs: number;
  /** The collection its report goes into (resolved when queued); general when absent. */
  collectionId?: number;
  /** A file read when it was queued, its bytes in base64... */
  report?: {
    name: string;
    kind: DocumentKind;
    from: string;
    sha256: string;
    sidecar: Sidecar | null;
    bytes: string;
  };
  /** ... or a URL, fetched by the worker... */
  url?: string;
  /** ... with the details an analyst gave for it (they win over what the page says). */
  urlDetails?: Sidecar;
}

export interface QueueSettings {
  /** A run longer than this counts as lost and is tried again (config.jobTimeoutSeconds). */
  jobTimeoutSeconds: number;
}

export type EnqueueEvent =
  | { type: 'queued'; input: string; jobId: string; sha256: string | null }
  | Extract<IngestEvent, { type: 'skipped' | 'failed' }>;

export interface EnqueueSummary {
  queued: number;
  skipped: number;
  failed: number;
  jobIds: string[];
}

const addOptions = (s: QueueSettings) => ({
  timeoutSeconds: s.jobTimeoutSeconds,
  retries: RETRIES,
  retryDelaySeconds: RETRY_DELAY_SECONDS,
});

/** A linking job's time limit under these settings: LINK_JOB_TIMEOUT_SECONDS, or less when jobs get less. */
export const linkJobTimeoutSeconds = (s: QueueSettings) =>
  Math.min(s.jobTimeoutSeconds, LINK_JOB_TIMEOUT_SECONDS);
const linkAddOptions = (s: QueueSettings) => ({ ...addOptions(s), timeoutSeconds: linkJobTimeoutSeconds(s) });

/**
 * Queues one ingestion job per file (folders walked as `ingest` walks them) and per URL. A file that
 * cannot be read is reported at once and queues nothing. `rename` gives the name events and jobs show
 * for an input (an upload's own file name rather than where the server put it).
 */
export async function enqueueIngest(
  queue: JobQueue,
  inputs: readonly (string | DetailedUrl)[],
  options: Omit<IngestOptions, 'now' | 'link'> & QueueSettings,
  onEvent: (e: EnqueueEvent) => void,
  rename: (input: string) => string = (input) => input,
): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { queued: 0, skipped: 0, failed: 0, jobIds: [] };
  const emit = (e: EnqueueEvent) => {
    if (e.type === 'queued') {
      summary.queued++;
      summary.jobIds.push(e.jobId);
    } else if (e.type === 'skipped') summary.skipped++;
    else summary.failed++;
    onEvent(e.type === 'queued' ? e : { ...e, input: rename(e.input) });
  };
  const common = {
    actor: options.actor,
    allowPrivate: options.allowPrivate,
    maxBytes: options.maxBytes,
    fetchTimeoutMs: options.fetchTimeoutMs,
    ...(options.collectionId !== undefined ? { collectionId: options.collectionId } : {}),
  };
  const pending: { id: string; data: IngestJobData; input: string; sha256: string | null; size: number }[] =
    [];
  let pendingBytes = 0;
  const flush = async () => {
    const batch = pending.splice(0);
    pendingBytes = 0;
    await queue.add('ingest', batch, addOptions(options));
    for (const j of batch) emit({ type: 'queued', input: j.input, jobId: j.id, sha256: j.sha256 });
  };
  for (const item of await planWork(inputs, emit)) {
    if (item.type === 'read') continue; // not among string inputs
    const input = rename(item.type === 'file' ? item.path : item.url);
    if (item.type === 'url') {
      // What can be told now (scheme, credentials, a private address named literally) fails now, not
      // three times in a worker; the worker checks again as it connects.
      try {
        checkUrl(item.url, options.allowPrivate);
      } catch (e) {
        emit(failure(item.url, e));
        continue;
      }
      const data: IngestJobData = {
        ...common,
        url: item.url,
        ...(item.details ? { urlDetails: item.details } : {}),
      };
      pending.push({ id: randomUUID(), data, input, sha256: null, size: 0 });
    } else {
      let report: ReadReport;
      try {
        report = await readWork(item, options);
      } catch (e) {
        emit(failure(item.path, e));
        continue;
      }
      const job = reportJob(report, common);
      pending.push({ ...job, input, size: report.bytes.length });
      pendingBytes += report.bytes.length;
    }
    if (pending.length >= INSERT_JOBS || pendingBytes >= INSERT_BYTES) await flush();
  }
  if (pending.length) await flush();
  return summary;
}

/** Queues reports read already (generated, or from another reader): one job each; their ids in order. */
export async function enqueueReports(
  queue: JobQueue,
  reports: readonly ReadReport[],
  options: Omit<IngestOptions, 'now' | 'link'> & QueueSettings,
): Promise<string[]> {
  const common = {
    actor: options.actor,
    allowPrivate: options.allowPrivate,
    maxBytes: options.maxBytes,
    fetchTimeoutMs: options.fetchTimeoutMs,
    ...(options.collectionId !== undefined ? { collectionId: options.collectionId } : {}),
  };
  const ids: string[] = [];
  for (let at = 0; at < reports.length; at += INSERT_JOBS) {
    const jobs = reports.slice(at, at + INSERT_JOBS).map((r) => ({ ...reportJob(r, common), input: r.from }));
    await queue.add('ingest', jobs, addOptions(options));
    ids.push(...jobs.map((j) => j.id));
  }
  return ids;
}

function reportJob(report: ReadReport, common: Omit<IngestJobData, 'report' | 'url'>) {
  const sha256 = sha256Hex(report.bytes);
  const data: IngestJobData = {
    ...common,
    report: {
      name: report.name,
      kind: report.kind,
      from: report.from,
      sha256,
      sidecar: report.sidecar,
      bytes: Buffer.from(report.bytes.buffer, report.bytes.byteOffset, report.bytes.byteLength).toString(
        'base64',
      ),
    },
  };
  return { id: randomUUID(), data, sha256 };
}

/** What a worker did with each job. */
export type WorkerEvent =
  | {
      type: 'stored' | 'already_stored';
      jobId: string;
      input: string;
      document: DocumentSummary;
      claims: number;
    }
  | { type: 'failed'; jobId: string; input: string; reason: string }
  | { type: 'linked'; jobId: string; documents: number; claims: number };

export interface WorkerOptions {
  /** Batches of ingestion jobs taken at once by this process. */
  concurrency: number;
  /** Ingestion jobs taken together (stored a chunk per statement, as `ingest` stores them). */
  batchSize: number;
}

/** What a completed ingestion job returns (shown by `tessera jobs` and GET /api/jobs). */
export interface IngestJobOutput {
  outcome: 'stored' | 'already_stored';
  documentId: number;
  claims: number | null;
  releases: number | null;
  notices: string[];
}

/**
 * Starts taking jobs: `concurrency` batches of ingestion jobs at a time, and linking jobs one at a time.
 * Returns once the workers are started; they run until the queue is stopped.
 */
export async function startWorker(
  queue: JobQueue,
  repo: Repository,
  options: WorkerOptions & QueueSettings,
  onEvent: (e: WorkerEvent) => void,
): Promise<void> {
  const handleIngest = (jobs: WorkJob<IngestJobData>[]) => runIngestJobs(queue, repo, jobs, options, onEvent);
  for (let i = 0; i < options.concurrency; i++) await queue.work('ingest', options.batchSize, handleIngest);
  await queue.work('link', 1, async (jobs: WorkJob<unknown>[]) => {
    for (const job of jobs) {
      // While reports keep coming, there is always more to link: a job links for at most half its
      // timeout, then hands the rest to a new job, rather than running until the queue counts it lost.
      const until = new Date(Date.now() + (linkJobTimeoutSeconds(options) * 1000) / 2);
      const done = await linkStored(repo, () => {}, { until });
      await queue.complete('link', [{ id: job.id, output: done }]);
      if (done.unfinished) await queue.addOnce('link', 'link', linkAddOptions(options));
      onEvent({ type: 'linked', jobId: job.id, documents: done.documents, claims: done.claims });
    }
  });
}

/**
 * Runs a batch of ingestion jobs through ingest() (grouped by the options they were queued with), then
 * completes or fails each by its report's outcome and asks for a linking job. A failure of the store
 * itself fails the whole batch, to be tried again.
 */
export async function runIngestJobs(
  queue: JobQueue,
  repo: Repository,
  jobs: readonly WorkJob<IngestJobData>[],
  settings: QueueSettings,
  onEvent: (e: WorkerEvent) => void,
): Promise<void> {
  const groups = new Map<string, WorkJob<IngestJobData>[]>();
  for (const job of jobs) {
    const d = job.data;
    const key = JSON.stringify([
      d.actor,
      d.allowPrivate,
      d.maxBytes,
      d.fetchTimeoutMs,
      d.collectionId ?? null,
    ]);
    groups.set(key, [...(groups.get(key) ?? []), job]);
  }
  let stored = 0;
  for (const group of groups.values()) {
    const first = group[0]!.data;
    // Events name their input: a report by its job's id, a URL by itself (the same URL twice: in order).
    const waiting = new Map<string, string[]>();
    const inputs: IngestInput[] = group.map((job) => {
      const input = inputOf(job);
      const key = typeof input === 'string' ? input : 'url' in input ? input.url : input.input;
      waiting.set(key, [...(waiting.get(key) ?? []), job.id]);
      return input;
    });
    const shown = new Map(group.map((j) => [j.id, (j.data as { input?: string }).input ?? j.id]));
    const outcomes = new Map<string, IngestEvent>();
    await ingest(
      repo,
      inputs,
      {
        actor: first.actor,
        allowPrivate: first.allowPrivate,
        maxBytes: first.maxBytes,
        fetchTimeoutMs: first.fetchTimeoutMs,
        collectionId: first.collectionId,
        link: false,
      },
      (e) => {
        if (e.type === 'planned' || e.type === 'linked') return;
        const id = waiting.get(e.input)?.shift();
        if (id) outcomes.set(id, e);
      },
    );
    // The group's stored reports complete in one statement once all are stored (a worker dying before
    // it leaves them to be run again, and a run again finds them stored); failures go one by one.
    const completed: { id: string; output: IngestJobOutput; event: WorkerEvent }[] = [];
    for (const job of group) {
      const e = outcomes.get(job.id);
      const input = shown.get(job.id)!;
      if (e?.type === 'stored' || e?.type === 'already_stored') {
        stored++;
        const output: IngestJobOutput =
          e.type === 'stored'
            ? {
                outcome: e.type,
                documentId: e.document.id,
                claims: e.claims,
                releases: e.releases,
                notices: e.notices,
              }
            : { outcome: e.type, documentId: e.document.id, claims: null, releases: null, notices: [] };
        const event: WorkerEvent = {
          type: e.type,
          jobId: job.id,
          input,
          document: e.document,
          claims: output.claims ?? 0,
        };
        completed.push({ id: job.id, output, event });
      } else {
        const reason =
          e?.type === 'failed' || e?.type === 'skipped' ? e.reason : 'the ingestion reported nothing for it';
        await queue.fail('ingest', job.id, new Error(reason));
        onEvent({ type: 'failed', jobId: job.id, input, reason });
      }
    }
    // The store holds the report now, with its hash: the job's copy of its bytes would stay in the queue's
    // tables until pg-boss deletes the archive (7 days), ~4 KB a report.
    await queue.complete('ingest', completed, REPORT_BYTES);
    for (const c of completed) onEvent(c.event);
  }
  // Reports stored now, or by an earlier run of these jobs that died before linking them.
  if (stored) await queue.addOnce('link', 'link', linkAddOptions(settings));
}

function inputOf(job: WorkJob<IngestJobData>): string | ReadInput | DetailedUrl {
  const { report, url, urlDetails } = job.data;
  if (report) {
    const bytes = new Uint8Array(Buffer.from(report.bytes, 'base64'));
    return {
      input: job.id,
      report: {
        name: report.name,
        bytes,
        kind: report.kind,
        how: 'file',
        from: report.from,
        url: null,
        sidecar: report.sidecar,
      },
    };
  }
  if (url) return urlDetails ? { url, details: urlDetails } : url;
  throw new TesseraError('invalid_input', `job ${job.id} names neither a report nor a URL`);
}

/**
 * Jobs, newest first, with their state, attempts and last error: for a reader who may not read every
 * collection, only the ingestion jobs into collections it reads (a job queued without one goes into
 * general) and the linking jobs (which name no report); a completed job whose report was stored already
 * in a collection the reader may not read (bytes keep the collection they were first stored in) shows
 * no output, so it names no report of it. The local CLI reads everything.
 */
export async function listJobs(
  queue: JobQueue,
  filter: Omit<JobFilter, 'collections'> = {},
  scope: { repo: Repository; reader: Reader } | null = null,
): Promise<StoredJob[]> {
  const visible = scope?.reader.visible;
  if (!scope || !visible) return queue.list(filter);
  const general = await scope.repo.getCollection(GENERAL_COLLECTION);
  const jobs = await queue.list({ ...filter, collections: { ids: visible, general: general?.id ?? -1 } });
  const documentOf = (job: StoredJob) => {
    const id = (job.output as { documentId?: unknown } | null)?.documentId;
    return typeof id === 'number' ? id : null;
  };
  const named = [...new Set(jobs.map(documentOf).filter((id) => id !== null))];
  const readable = new Set(
    named.length
      ? (await scope.repo.listDocuments({ ids: named, collections: visible, limit: named.length })).map(
          (d) => d.id,
        )
      : [],
  );
  return jobs.map((job) => {
    const id = documentOf(job);
    return id === null || readable.has(id) ? job : { ...job, output: null };
  });
}
