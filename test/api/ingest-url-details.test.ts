/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment -- JSON bodies read loosely in tests */
// URLs ingested with an analyst's details (POST /api/ingest/urls `items`): the details given win over what
// the fetched page says, what is not given comes from the page, bad details are a 400 naming the field and
// the URL, and a queued URL job keeps its details for the worker. A local server serves the pages.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { enqueueIngest, runIngestJobs, type IngestJobData } from '../../src/services/jobs.service.ts';
import { linker } from '../../src/services/link.service.ts';
import { openRepository } from '../../src/storage/drivers/pglite.ts';
import type { JobQueue, WorkJob } from '../../src/storage/queue.ts';
import type { Repository } from '../../src/storage/repository.ts';

/** Each path its own page (its own bytes), titled by the page itself and in English. */
const page = (path: string, n: number) =>
  `<html lang="en"><head><title>Page title ${path}</title></head><body>` +
  `<p>Officials said ${n} children were brought home to Kyrgyzstan from the camps in Syria.</p></body></html>`;

let repo: Repository;
let app: FastifyInstance;
let server: Server;
let base: string;

beforeAll(async () => {
  repo = await openRepository('memory://', linker);
  app = await buildApp({
    repo,
    user: 'tester',
    maxUploadBytes: 1e6,
    fetchTimeoutMs: 3000,
    allowPrivate: true,
  });
  let n = 10;
  server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' }).end(page(req.url ?? '/', n++));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app.close();
  await repo.close();
  await new Promise((resolve) => server.close(resolve));
});

const post = async (payload: object) => {
  const res = await app.inject({ method: 'POST', url: '/api/ingest/urls', payload });
  return { status: res.statusCode, body: res.json<any>() };
};

const documentOf = async (result: any) => (await repo.getDocument(result.documentId as number))!;

describe('POST /api/ingest/urls with details', () => {
  it('stores the details given, keeps what the page says where none is given', async () => {
    const url = `${base}/with-details`;
    const res = await post({
      items: [{ url, outlet: 'Bishkek Herald', published: '2021-05-10', lang: 'ru' }],
    });
    expect(res.status).toBe(200);
    expect(res.body.results[0]).toMatchObject({ input: url, outcome: 'stored' });
    const doc = await documentOf(res.body.results[0]);
    expect(doc).toMatchObject({
      outlet: 'Bishkek Herald',
      published: '2021-05-10',
      lang: 'ru',
      // Not given: the page's own title and address.
      title: 'Page title /with-details',
      url,
      collectedHow: 'url',
    });
  });

  it('lets a given title win over the page’s, ignores empty details, and mixes with plain urls', async () => {
    const titled = `${base}/titled`;
    const plain = `${base}/plain`;
    const res = await post({
      urls: [plain],
      items: [{ url: titled, title: 'Children flown home', outlet: '  ', published: '' }],
    });
    expect(res.status).toBe(200);
    const [first, second] = res.body.results;
    expect(first).toMatchObject({ input: plain, outcome: 'stored' });
    expect(second).toMatchObject({ input: titled, outcome: 'stored' });
    expect(await documentOf(first)).toMatchObject({ title: 'Page title /plain', outlet: null });
    expect(await documentOf(second)).toMatchObject({
      title: 'Children flown home',
      outlet: null,
      lang: 'en',
    });
  });

  it('answers bad details with a 400 naming the field and the URL, storing nothing', async () => {
    const url = `${base}/bad`;
    const before = (await repo.listDocuments({ limit: 100 })).length;
    const date = await post({ items: [{ url, published: '2021-13-40' }] });
    expect(date.status).toBe(400);
    expect(date.body.code).toBe('invalid_input');
    expect(date.body.message).toContain(`published of ${url} must be a real date`);
    expect(date.body.message).toContain('"2021-13-40"');
    const lang = await post({ items: [{ url, lang: 'english' }] });
    expect(lang.status).toBe(400);
    expect(lang.body.message).toContain(`lang of ${url} must be an ISO 639-1 language code`);
    expect((await post({ items: [{ url: 'ftp://example.org/x', outlet: 'x' }] })).status).toBe(415);
    expect((await post({ items: [] })).status).toBe(400);
    expect((await post({})).status).toBe(400);
    expect((await post({ urls: [] })).status).toBe(400);
    expect((await repo.listDocuments({ limit: 100 })).length).toBe(before);
  });
});

describe('queued URL jobs with details', () => {
  it('carries the details in the job, and the worker stores them', async () => {
    const added: WorkJob<IngestJobData>[] = [];
    const done: string[] = [];
    const queue = {
      add: (_kind: string, jobs: readonly { id: string; data: object }[]) => {
        added.push(...jobs.map((j) => ({ id: j.id, data: j.data as IngestJobData })));
        return Promise.resolve();
      },
      complete: (_kind: string, jobs: readonly { id: string }[]) => {
        done.push(...jobs.map((j) => j.id));
        return Promise.resolve();
      },
      fail: (_kind: string, id: string, e: Error) =>
        Promise.reject(new Error(`job ${id} failed: ${e.message}`)),
      addOnce: () => Promise.resolve(null),
    } as unknown as JobQueue;
    const url = `${base}/queued`;
    const details = { outlet: 'Asia Wire', published: '2022-01-20' };
    const summary = await enqueueIngest(
      queue,
      [{ url, details }, `${base}/queued-plain`],
      { actor: 'queuer', maxBytes: 1e6, fetchTimeoutMs: 3000, allowPrivate: true, jobTimeoutSeconds: 60 },
      () => {},
    );
    expect(summary.queued).toBe(2);
    // The job is JSON in the queue: the details must survive it.
    const jobs = added.map((j) => ({ id: j.id, data: JSON.parse(JSON.stringify(j.data)) as IngestJobData }));
    expect(jobs[0]!.data).toMatchObject({ url, urlDetails: details });
    expect(jobs[1]!.data.urlDetails).toBeUndefined();
    await runIngestJobs(queue, repo, jobs, { jobTimeoutSeconds: 60 }, () => {});
    expect(done.sort()).toEqual(jobs.map((j) => j.id).sort());
    const docs = await repo.listDocuments({ limit: 100 });
    expect(docs.find((d) => d.name === url)).toMatchObject({
      outlet: 'Asia Wire',
      published: '2022-01-20',
      title: 'Page title /queued',
    });
    expect(docs.find((d) => d.name === `${base}/queued-plain`)).toMatchObject({ outlet: null });
  });
});
