// GET /api/jobs and queued web ingestion. On an embedded store there is no queue (an empty list, and
// ingestion answers 200 as before); on PostgreSQL (TESSERA_TEST_PG_URL) with the queue on, uploads and URLs
// are answered 202 with job ids, listed, and stored once a worker runs them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { loadConfig } from '../../src/config.ts';
import { startWorker } from '../../src/services/jobs.service.ts';
import { openDatabase } from '../../src/storage/drivers/postgres.ts';
import { openRepository } from '../../src/storage/drivers/pglite.ts';
import { openJobQueue, type JobQueue } from '../../src/storage/queue.ts';
import type { Repository } from '../../src/storage/repository.ts';
import { linker } from '../../src/services/link.service.ts';

const adminUrl = loadConfig().testPgUrl;
const TEXT = 'In 2019, 156 children from Kazakhstan were repatriated from camps in Syria, officials said.';

interface JobBody {
  id: string;
  kind: string;
  input: string | null;
  state: string;
  attempts: number;
  maxAttempts: number;
  error: string | null;
  documentId: number | null;
}
interface JobListBody {
  queue: boolean;
  ingestQueued: boolean;
  jobs: JobBody[];
}
interface QueuedBody {
  results: { input: string; outcome: string; jobId: string | null; code: string | null }[];
  queued: number;
  failed: number;
}

function multipart(files: { name: string; content: string }[]) {
  const boundary = '----tessera' + Math.random().toString(16).slice(2);
  const body = Buffer.concat([
    ...files.map((f) =>
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${f.name}"\r\n` +
          `Content-Type: text/plain\r\n\r\n${f.content}\r\n`,
      ),
    ),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
  return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('jobs API on the embedded store', () => {
  let dir: string;
  let repo: Repository;
  let app: FastifyInstance;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tessera-jobs-api-'));
    repo = await openRepository(join(dir, 'data'), linker);
    app = await buildApp({ repo, user: 'tester', maxUploadBytes: 1e6, fetchTimeoutMs: 1000 });
  });
  afterAll(async () => {
    await app?.close();
    await repo?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('lists no jobs and says there is no queue; an upload is stored at once (200)', async () => {
    const list = await app.inject({ method: 'GET', url: '/api/jobs' });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual({ queue: false, ingestQueued: false, jobs: [] });
    const up = await app.inject({
      method: 'POST',
      url: '/api/ingest',
      ...multipart([{ name: 'a.txt', content: TEXT }]),
    });
    expect(up.statusCode).toBe(200);
    expect(up.json<{ stored: number }>().stored).toBe(1);
  });

  it('refuses a state it does not know with 400 {code, message}', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/jobs?state=sleeping' });
    expect(res.statusCode).toBe(400);
    const err = res.json<{ code: string; message: string }>();
    expect(err.code).toBe('invalid_input');
    expect(err.message).toMatch(/state/);
  });
});

describe.skipIf(!adminUrl)(
  'jobs API with a queue (postgres; skipped unless TESSERA_TEST_PG_URL names a server)',
  () => {
    let name: string;
    let repo: Repository;
    let queue: JobQueue;
    let app: FastifyInstance;
    const admin = async (q: string) => {
      const c = new pg.Client({ connectionString: adminUrl! });
      await c.connect();
      await c.query(q).finally(() => c.end());
    };
    beforeAll(async () => {
      name = `tessera_jobs_api_${process.pid}_${Date.now().toString(36)}`;
      await admin(`CREATE DATABASE ${name}`);
      const url = new URL(adminUrl!);
      url.pathname = `/${name}`;
      ({ repo } = await openDatabase(url.toString(), linker));
      queue = await openJobQueue(url.toString(), { sweepSeconds: 1 });
      app = await buildApp({
        repo,
        user: 'tester',
        maxUploadBytes: 1e6,
        fetchTimeoutMs: 1000,
        queue: { jobs: queue, ingest: true, jobTimeoutSeconds: 60 },
      });
    });
    afterAll(async () => {
      await app?.close();
      await queue?.stop(0);
      await repo?.close();
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    });

    it('queues uploads and URLs (202 with job ids), lists them, and a worker stores the uploads', async () => {
      const upload = multipart([
        { name: 'kz.txt', content: TEXT },
        { name: 'other.txt', content: TEXT.replace('156', '212') },
      ]);
      const queued = await app.inject({
        method: 'POST',
        url: '/api/ingest',
        payload: upload.payload,
        headers: { ...upload.headers, 'x-tessera-user': 'analyst-1' },
      });
      expect(queued.statusCode).toBe(202);
      const body = queued.json<QueuedBody>();
      expect(body.queued).toBe(2);
      expect(body.results.map((r) => [r.input, r.outcome])).toEqual([
        ['kz.txt', 'queued'],
        ['other.txt', 'queued'],
      ]);
      // A URL that may not be fetched (a private address, named literally) is refused at once: no job.
      const refused = await app.inject({
        method: 'POST',
        url: '/api/ingest/urls',
        payload: { urls: ['http://127.0.0.1:9/x.txt'] },
      });
      expect(refused.statusCode).toBe(202);
      expect(refused.json<QueuedBody>()).toMatchObject({
        queued: 0,
        failed: 1,
        results: [
          { input: 'http://127.0.0.1:9/x.txt', outcome: 'failed', jobId: null, code: 'forbidden_address' },
        ],
      });
      // A public name is queued; the worker's fetch fails (the name does not resolve), and it is listed failed.
      const urls = await app.inject({
        method: 'POST',
        url: '/api/ingest/urls',
        payload: { urls: ['http://tessera-test.invalid/x.txt'] },
      });
      expect(urls.statusCode).toBe(202);
      const urlJob = urls.json<QueuedBody>().results[0]!;
      expect(urlJob).toMatchObject({ outcome: 'queued', input: 'http://tessera-test.invalid/x.txt' });

      const waiting = (await app.inject({ method: 'GET', url: '/api/jobs' })).json<JobListBody>();
      expect(waiting.queue).toBe(true);
      expect(waiting.ingestQueued).toBe(true);
      expect(waiting.jobs.map((j) => [j.id, j.state]).sort()).toEqual(
        [...body.results.map((r) => r.jobId), urlJob.jobId].map((id) => [id, 'queued']).sort(),
      );

      await startWorker(queue, repo, { concurrency: 1, batchSize: 8, jobTimeoutSeconds: 60 }, () => {});
      const until = Date.now() + 60_000;
      let done: JobListBody;
      for (;;) {
        done = (await app.inject({ method: 'GET', url: '/api/jobs?kind=ingest' })).json<JobListBody>();
        if (done.jobs.every((j) => j.state === 'completed' || j.state === 'failed')) break;
        if (Date.now() > until) throw new Error('the jobs did not finish');
        await new Promise((r) => setTimeout(r, 250));
      }
      const byId = new Map(done.jobs.map((j) => [j.id, j]));
      for (const r of body.results) {
        const job = byId.get(r.jobId!)!;
        expect(job.state).toBe('completed');
        expect(job.input).toBe(r.input);
        // Stored as queued by whoever queued it, not by the worker.
        const doc = await app.inject({ method: 'GET', url: `/api/documents/${job.documentId}` });
        expect(doc.statusCode).toBe(200);
        expect(JSON.stringify(doc.json())).toContain('analyst-1');
      }
      const failed = byId.get(urlJob.jobId!)!;
      expect(failed).toMatchObject({ state: 'failed', attempts: 3, documentId: null });
      expect(failed.error).toMatch(/host not found/);
      const onlyFailed = (
        await app.inject({ method: 'GET', url: '/api/jobs?state=failed' })
      ).json<JobListBody>();
      expect(onlyFailed.jobs.map((j) => j.id)).toEqual([urlJob.jobId]);
    });
  },
);
