// Ingestion from the browser: uploaded files (multipart, size-limited) and URLs fetched with the
// CLI's safety rules (http(s) only, size and time limits, no private addresses).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { invalidInput, unsupportedFormat } from '../../domain/errors.ts';
import { ingest, type IngestEvent } from '../../services/ingest.service.ts';
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

export function registerIngestRoutes(app: ZodApp, ctx: ApiContext): void {
  /** Queues a job per input for the workers (`serve --queue`); null when ingestion runs here. */
  const enqueue = async (
    inputs: string[],
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
    inputs: string[],
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
          'Fetch and store reports from http(s) URLs (public addresses only). With `serve --queue`, each ' +
          'is queued for the workers instead: 202 with the job ids',
        tags: ['ingest'],
        body: z.object({
          urls: z.array(z.string().min(1).max(2000)).min(1).max(50),
          /** The collection the reports go into; general by default. */
          collection: z.string().max(64).optional(),
        }),
        response: { 200: IngestResponse, 202: QueuedResponse, ...errors(400, 403) },
      },
    },
    async (request, reply) => {
      const urls = request.body.urls.map((u) => u.trim());
      const bad = urls.find((u) => !/^https?:\/\//i.test(u));
      if (bad) throw unsupportedFormat(bad, 'only http:// and https:// URLs can be fetched');
      const reader = await ctx.readerOf(request);
      const collection = await ingestCollection(ctx.repo, request.body.collection, reader);
      const queued = await enqueue(urls, ctx.actorOf(request), (input) => input, collection.id);
      if (queued) return reply.code(202).send(queued);
      return run(urls, ctx.actorOf(request), (input) => input, collection.id, reader);
    },
  );
}
