// Ingestion from the browser: uploaded files (multipart, size-limited) and URLs fetched with the
// CLI's safety rules (http(s) only, size and time limits, no private addresses).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { invalidInput, unsupportedFormat } from '../../domain/errors.ts';
import { sidecarSchema } from '../../ingest/sidecar.ts';
import { ingest, type DetailedUrl, type IngestEvent } from '../../services/ingest.service.ts';
import { enqueueIngest, type EnqueueEvent } from '../../services/jobs.service.ts';
import { ingestCollection } from '../../services/collections.service.ts';
import type { Reader } from '../../services/collections.service.ts';
import type { ApiContext, ZodApp } from '../context.ts';
import { errors, IngestResult } from '../schemas.ts';

const IngestResponse = z
  .object({ results: z.array(IngestResult), stored: z.number().int(), failed: z.number().int() })
  .meta({ id: 'IngestResponse' });

type Result = z.output<typeof IngestResult>;

/** With `serve --queue`: each file or URL queued for the workers (or named as skipped or failed). */
const QueuedResult = z
  .object({
    input: z.string(),
    outcome: z.enum(['queued', 'skipped', 'failed']),
    jobId: z.string().nullable().describe('GET /api/jobs shows its state'),
    code: z.string().nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'QueuedIngestResult' });

const QueuedResponse = z
  .object({ results: z.array(QueuedResult), queued: z.number().int(), failed: z.number().int() })
  .meta({ id: 'QueuedIngestResponse' });

/** The ending of a report's details file (ingest/sidecar.ts reads it beside the report). */
const SIDECAR = '.meta.json';

const URL_MAX = 2000;
/** The details an analyst may give a URL: those of a file's NAME.meta.json but its URL (the URL itself). */
const URL_DETAILS = ['title', 'outlet', 'published', 'lang'] as const;

const UrlItem = z
  .object({
    url: z.string().min(1).max(URL_MAX),
    title: z.string().max(500).optional().describe("wins over the page's own title"),
    outlet: z.string().max(200).optional(),
    published: z
      .string()
      .max(40)
      .optional()
      .describe('a real date such as 2019, 2019-05 or 2019-05-10 (as in NAME.meta.json)'),
    lang: z.string().max(10).optional().describe('an ISO 639-1 code such as en (as in NAME.meta.json)'),
  })
  .meta({ id: 'IngestUrlItem' });

/**
 * A URL's details checked as a file's NAME.meta.json is checked (ingest/sidecar.ts): empty ones are not
 * given; a bad one is a 400 naming the field and the URL.
 */
function detailsOf(item: z.output<typeof UrlItem>, url: string): DetailedUrl | string {
  const given = Object.fromEntries(
    URL_DETAILS.flatMap((f) => {
      const v = item[f]?.trim();
      return v ? [[f, v]] : [];
    }),
  );
  if (!Object.keys(given).length) return url;
  const parsed = sidecarSchema.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => {
      const field = i.path.join('.');
      return `${field} of ${url} must be ${i.message}, not ${JSON.stringify(given[field])}`;
    });
    throw invalidInput(problems.join('; '));
  }
  return { url, details: parsed.data };
}

export function registerIngestRoutes(app: ZodApp, ctx: ApiContext): void {
  /** Queues a job per input for the workers (`serve --queue`); null when ingestion runs here. */
  const enqueue = async (
    inputs: (string | DetailedUrl)[],
    actor: string,
    rename: (input: string) => string,
    collectionId: number,
  ) => {
    const queue = ctx.options.queue;
    if (!queue?.ingest) return null;
    const results: z.output<typeof QueuedResult>[] = [];
    const collect = (e: EnqueueEvent) =>
      results.push(
        e.type === 'queued'
          ? { input: e.input, outcome: 'queued', jobId: e.jobId, code: null, reason: null }
          : e.type === 'skipped'
            ? {
                input: e.input,
                outcome: 'skipped',
                jobId: null,
                code: 'unsupported_format',
                reason: e.reason,
              }
            : { input: e.input, outcome: 'failed', jobId: null, code: e.code, reason: e.reason },
      );
    const summary = await enqueueIngest(
      queue.jobs,
      inputs,
      {
        actor,
        maxBytes: ctx.options.maxUploadBytes,
        fetchTimeoutMs: ctx.options.fetchTimeoutMs,
        allowPrivate: Boolean(ctx.options.allowPrivate),
        jobTimeoutSeconds: queue.jobTimeoutSeconds,
        collectionId,
      },
      collect,
      rename,
    );
    return { results, queued: summary.queued, failed: summary.failed };
  };

  const run = async (
    inputs: (string | DetailedUrl)[],
    actor: string,
    rename: (input: string) => string,
    collectionId: number,
    reader: Reader,
  ) => {
    const results: Result[] = [];
    const collect = (e: IngestEvent) => {
      if (e.type === 'planned' || e.type === 'linked') return;
      const base = {
        input: rename(e.input),
        documentId: null,
        claims: null,
        releases: null,
        code: null,
        reason: null,
      };
      if (e.type === 'stored')
        results.push({
          ...base,
          outcome: 'stored',
          documentId: e.document.id,
          claims: e.claims,
          releases: e.releases,
          // Why a stored report may hold no claims (a language Tessera does not read).
          reason: e.notices.length ? e.notices.join('; ') : null,
        });
      else if (e.type === 'already_stored')
        // Stored already in a collection the account may not read: said, but not which report it is.
        results.push({
          ...base,
          outcome: 'already_stored',
          documentId: reader.roleIn(e.document.collectionId) ? e.document.id : null,
        });
      else if (e.type === 'skipped')
        results.push({ ...base, outcome: 'skipped', code: 'unsupported_format', reason: e.reason });
      else results.push({ ...base, outcome: 'failed', code: e.code, reason: e.reason });
    };
    await ingest(
      ctx.repo,
      inputs,
      {
        actor,
        maxBytes: ctx.options.maxUploadBytes,
        fetchTimeoutMs: ctx.options.fetchTimeoutMs,
        allowPrivate: Boolean(ctx.options.allowPrivate),
        collectionId,
      },
      collect,
    );
    return {
      results,
      stored: results.filter((r) => r.outcome === 'stored').length,
      failed: results.filter((r) => r.outcome === 'failed').length,
    };
  };

  app.post(
    '/ingest',
    {
      schema: {
        summary:
          'Upload report files (multipart/form-data, field "file", one or more; field "collection" names the ' +
          'collection they go into, general by default); 413 past the size limit. ' +
          'With `serve --queue`, each is queued for the workers instead: 202 with the job ids',
        tags: ['ingest'],
        consumes: ['multipart/form-data'],
        response: { 200: IngestResponse, 202: QueuedResponse, ...errors(400, 403, 413, 415) },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw invalidInput('send the files as multipart/form-data');
      const dir = await mkdtemp(join(tmpdir(), 'tessera-upload-'));
      try {
        const names = new Map<string, string>();
        // NAME.meta.json sent beside NAME.txt is its sidecar: written next to it, not stored as a report.
        const sidecars = new Map<string, Buffer>();
        const folderOf = new Map<string, string>();
        let n = 0;
        let collectionName: string | undefined;
        for await (const part of request.parts()) {
          if (part.type !== 'file') {
            if (part.fieldname === 'collection' && typeof part.value === 'string')
              collectionName = part.value.trim() || undefined;
            continue;
          }
          const original = part.filename || `upload-${n}`;
          const safe = original.replace(/[\\/]/g, '_').replace(/^\.+/, '_').slice(0, 200) || `upload-${n}`;
          if (safe.toLowerCase().endsWith(SIDECAR)) {
            sidecars.set(safe.slice(0, -SIDECAR.length), await part.toBuffer());
            continue;
          }
          const folder = join(dir, String(n++));
          await mkdir(folder);
          const path = join(folder, safe);
          await writeFile(path, await part.toBuffer());
          names.set(path, original);
          folderOf.set(safe.replace(/\.[^.]*$/, ''), folder);
        }
        if (!names.size) throw invalidInput('no report in the upload (use the field "file")');
        for (const [base, bytes] of sidecars) {
          const folder = folderOf.get(base);
          if (!folder)
            throw invalidInput(
              `${base}${SIDECAR}: no report named ${base} in the upload for these details (send both together)`,
            );
          await writeFile(join(folder, `${base}${SIDECAR}`), bytes);
        }
        const rename = (input: string) => names.get(input) ?? input;
        const reader = await ctx.readerOf(request);
        const collection = await ingestCollection(ctx.repo, collectionName, reader);
        // Queued jobs carry the bytes, read before the folder is removed.
        const queued = await enqueue([...names.keys()], ctx.actorOf(request), rename, collection.id);
        if (queued) return reply.code(202).send(queued);
        return await run([...names.keys()], ctx.actorOf(request), rename, collection.id, reader);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );

  app.post(
    '/ingest/urls',
    {
      schema: {
        summary:
          'Fetch and store reports from http(s) URLs (public addresses only): `urls`, and/or `items` giving ' +
          "a URL's details (title, outlet, published, lang; checked as NAME.meta.json is, and winning over " +
          'what the page says). With `serve --queue`, each is queued for the workers instead: 202 with the job ids',
        tags: ['ingest'],
        body: z.object({
          urls: z.array(z.string().min(1).max(URL_MAX)).min(1).max(50).optional(),
          /** URLs with the details an analyst gives them. */
          items: z.array(UrlItem).min(1).max(50).optional(),
          /** The collection the reports go into; general by default. */
          collection: z.string().max(64).optional(),
        }),
        response: { 200: IngestResponse, 202: QueuedResponse, ...errors(400, 403) },
      },
    },
    async (request, reply) => {
      const { urls: plain = [], items = [] } = request.body;
      if (!plain.length && !items.length) throw invalidInput('no URL given: send `urls` or `items`');
      if (plain.length + items.length > 50) throw invalidInput('at most 50 URLs at once');
      const urls = [...plain, ...items.map((i) => i.url)].map((u) => u.trim());
      const bad = urls.find((u) => !/^https?:\/\//i.test(u));
      if (bad) throw unsupportedFormat(bad, 'only http:// and https:// URLs can be fetched');
      const inputs = [
        ...urls.slice(0, plain.length),
        ...items.map((item, i) => detailsOf(item, urls[plain.length + i]!)),
      ];
      const reader = await ctx.readerOf(request);
      const collection = await ingestCollection(ctx.repo, request.body.collection, reader);
      const queued = await enqueue(inputs, ctx.actorOf(request), (input) => input, collection.id);
      if (queued) return reply.code(202).send(queued);
      return run(inputs, ctx.actorOf(request), (input) => input, collection.id, reader);
    },
  );
}
