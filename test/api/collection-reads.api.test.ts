/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call -- JSON bodies read loosely in tests */
// Jobs, watches and alerts follow need-to-know collections too: an account without a grant on a
// restricted collection learns nothing of its reports from the alerts list (alerts of a rule only name
// claims its maker may read, and a reader sees only alerts about reports it may read), from a report's
// availability, or (on PostgreSQL, with a queue) from the jobs list; a granted account does. Watches in
// restricted collections: test/api/watch-collections.api.test.ts.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { loadConfig } from '../../src/config.ts';
import { addUser, createToken } from '../../src/services/accounts.service.ts';
import { alertOnNewClaims, createAlertRule } from '../../src/services/alerts.service.ts';
import { addCollection, grantCollection } from '../../src/services/collections.service.ts';
import { ingest } from '../../src/services/ingest.service.ts';
import { enqueueReports, startWorker } from '../../src/services/jobs.service.ts';
import { linker } from '../../src/services/link.service.ts';
import { openDatabase } from '../../src/storage/drivers/postgres.ts';
import { openRepository } from '../../src/storage/drivers/pglite.ts';
import { openJobQueue, type JobQueue } from '../../src/storage/queue.ts';
import type { Repository } from '../../src/storage/repository.ts';
import { multipart } from './harness.ts';

const OPEN = 'Officials said 14 children returned from Syria to Tajikistan in April 2021.';
const SECRET = 'Quillonite officials said 9 children returned from Iraq to Tajikistan in June 2021.';
const OPTIONS = { actor: 'test', maxBytes: 1e6, fetchTimeoutMs: 1000, allowPrivate: false };
const ACCOUNTS = [
  ['outsider', 'analyst'],
  ['granted', 'viewer'],
  ['boss', 'admin'],
] as const;

async function accountsAndGrant(repo: Repository, token: Record<string, string>): Promise<number> {
  const minors = await addCollection(repo, { name: 'minors', restricted: true }, 'root');
  for (const [name, role] of ACCOUNTS) {
    await addUser(repo, { name, role, password: `${name} password 1` }, 'root');
    token[name] = (await createToken(repo, name, 'root')).token;
  }
  await grantCollection(repo, { collection: 'minors', user: 'granted', role: 'viewer' }, 'root');
  return minors.id;
}

describe('watches and alerts', () => {
  let dir: string;
  let repo: Repository;
  let app: FastifyInstance;
  const token: Record<string, string> = {};
  let openDoc: number;
  let secretDoc: number;
  const get = (who: string, url: string) =>
    app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token[who]}` } });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tessera-collection-reads-'));
    repo = await openRepository(join(dir, 'data'), linker);
    const minors = await accountsAndGrant(repo, token);
    // Rules see what is stored after them: made first, by an outsider and by a granted account.
    await createAlertRule(repo, { name: 'outsider returns', on: 'claim' }, 'outsider');
    await createAlertRule(repo, { name: 'granted returns', on: 'claim' }, 'granted');
    await writeFile(join(dir, 'open-report.txt'), OPEN);
    await writeFile(join(dir, 'secret-minors.txt'), SECRET);
    await ingest(repo, [join(dir, 'open-report.txt')], OPTIONS, () => {});
    await ingest(repo, [join(dir, 'secret-minors.txt')], { ...OPTIONS, collectionId: minors }, () => {});
    const docs = await repo.listDocuments();
    openDoc = docs.find((d) => d.name === 'open-report')!.id;
    secretDoc = docs.find((d) => d.name === 'secret-minors')!.id;
    await alertOnNewClaims(repo, { fetchTimeoutMs: 1000 });
    await repo.saveWatch({
      url: 'https://watch.example/feed.xml',
      everySeconds: 3600,
      allowPrivate: false,
      nextAt: new Date(),
      actor: 'granted',
    });
    app = await buildApp({ repo, user: 'os', maxUploadBytes: 65536, fetchTimeoutMs: 1000 });
    await app.ready();
  });

  afterAll(async () => {
    await app?.close();
    await repo?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('fires a rule only on claims its maker may read (its message and details name no others)', async () => {
    const fired = await repo.listAlerts();
    const of = (rule: string) =>
      fired
        .filter((a) => a.ruleName === rule)
        .map((a) => a.details.documentId)
        .sort();
    expect(of('outsider returns')).toEqual([openDoc]);
    expect(of('granted returns')).toEqual([openDoc, secretDoc].sort());
  });

  it('lists to an outsider no alert about a restricted report; a granted account sees it, logged', async () => {
    const outsider = await get('outsider', '/api/alerts');
    expect(outsider.statusCode).toBe(200);
    expect(outsider.body).not.toMatch(/Quillonite|secret-minors/);
    // Both rules' alerts about the open report, none about the restricted one.
    expect(
      outsider.json().items.map((a: { details: { documentId: number } }) => a.details.documentId),
    ).toEqual([openDoc, openDoc]);
    const granted = await get('granted', '/api/alerts');
    expect(granted.body).toMatch(/secret-minors|Quillonite/);
    const reads = (await repo.listChanges({ entity: 'collection' })).filter(
      (c) => c.action === 'collection.read' && c.actor === 'granted' && c.details.read === 'alerts',
    );
    expect(reads.length).toBe(1);
    expect(reads[0]!.details.documentIds).toEqual([secretDoc]);
    expect((await get('boss', '/api/alerts')).json().items.length).toBe(3);
  });

  it('tells an outsider uploading a restricted report’s bytes that they are stored, not which report', async () => {
    const upload = (who: string) => {
      const body = multipart([{ name: 'copy.txt', content: SECRET }]);
      return app.inject({
        method: 'POST',
        url: '/api/ingest',
        payload: body.payload,
        headers: { ...body.headers, authorization: `Bearer ${token[who]}` },
      });
    };
    const outsider: unknown = (await upload('outsider')).json().results[0];
    expect(outsider).toMatchObject({ outcome: 'already_stored', documentId: null });
    const boss: unknown = (await upload('boss')).json().results[0];
    expect(boss).toMatchObject({ outcome: 'already_stored', documentId: secretDoc });
  });

  it("answers a restricted report's availability 404 to an outsider, as the report itself", async () => {
    expect((await get('outsider', `/api/documents/${secretDoc}/availability`)).statusCode).toBe(404);
    expect((await get('outsider', `/api/documents/${secretDoc}`)).statusCode).toBe(404);
    expect((await get('outsider', `/api/documents/${openDoc}/availability`)).statusCode).toBe(200);
    const granted = await get('granted', `/api/documents/${secretDoc}/availability`);
    expect(granted.statusCode).toBe(200);
    expect(granted.json()).toEqual({ availability: null });
  });

  it('estimates and the overview show an outsider no restricted claim; a granted reader is logged every time', async () => {
    const estimates = '/api/estimates?population=children&origin=TJ&status=returned';
    const values = (body: { points: { value: { min: number } }[] }) =>
      body.points.map((p) => p.value.min).sort((a, b) => a - b);
    expect(values((await get('outsider', estimates)).json())).toEqual([14]);
    expect((await get('outsider', '/api/overview')).body).not.toMatch(/Quillonite|secret-minors/);
    const logged = async (read: string) =>
      (await repo.listChanges({ entity: 'collection' })).filter(
        (c) => c.action === 'collection.read' && c.actor === 'granted' && c.details.read === read,
      );
    // The second request is answered from the kept, serialised answer: it is logged all the same.
    for (const time of [1, 2]) {
      const granted = await get('granted', estimates);
      expect(granted.headers['content-type']).toMatch(/^application\/json/);
      expect(values(granted.json())).toEqual([9, 14]);
      const reads = await logged('estimates');
      expect(reads.length).toBe(time);
      expect(reads[0]!.details.documentIds).toEqual([secretDoc]);
      expect(reads[0]!.details.claimIds).toHaveLength(1);
      expect((await get('granted', '/api/overview')).body).toMatch(/secret-minors/);
      expect((await logged('overview')).length).toBe(time);
    }
    expect(await logged('estimates')).toHaveLength(2);
    // After a restart (a new app on the same store) each reader's overview is read from the store as it
    // was kept for the collections they read, the same bytes, and a granted read is logged all the same.
    const outsiderBefore = (await get('outsider', '/api/overview')).body;
    const grantedBefore = (await get('granted', '/api/overview')).body;
    const kept = await repo.readKeptAnswer('overview|json|*');
    expect(kept).not.toBeNull();
    const first = app;
    app = await buildApp({ repo, user: 'os', maxUploadBytes: 65536, fetchTimeoutMs: 1000 });
    await first.close();
    expect((await get('outsider', '/api/overview')).body).toBe(outsiderBefore);
    expect((await get('granted', '/api/overview')).body).toBe(grantedBefore);
    expect(outsiderBefore).not.toMatch(/Quillonite|secret-minors/);
    expect((await logged('overview')).length).toBe(4);
    // An outsider's reads touch no restricted collection: nothing is logged for them.
    const outsiderReads = (await repo.listChanges({ entity: 'collection' })).filter(
      (c) => c.action === 'collection.read' && c.actor === 'outsider',
    );
    expect(outsiderReads).toEqual([]);
  });

  it('shows a watch of general (where a watch goes unless a collection is named) to every account that reads general', async () => {
    for (const who of ['outsider', 'granted']) {
      const res = await get(who, '/api/watches');
      expect(res.json().items.map((w: { url: string }) => w.url)).toEqual(['https://watch.example/feed.xml']);
      const history = await get(who, '/api/watches/history?url=https://watch.example/feed.xml');
      expect(history.statusCode).toBe(200);
    }
  });
});

const adminUrl = loadConfig().testPgUrl;

describe.skipIf(!adminUrl)('jobs (postgres; skipped unless TESSERA_TEST_PG_URL names a server)', () => {
  let name: string;
  let repo: Repository;
  let queue: JobQueue;
  let app: FastifyInstance;
  const token: Record<string, string> = {};
  let secretDoc: number;
  let ids: { secret: string; open: string; again: string };
  const admin = async (q: string) => {
    const c = new pg.Client({ connectionString: adminUrl! });
    await c.connect();
    await c.query(q).finally(() => c.end());
  };
  const jobs = async (who: string) => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/jobs?kind=ingest',
      headers: { authorization: `Bearer ${token[who]}` },
    });
    expect(res.statusCode).toBe(200);
    return res.json().jobs as { id: string; input: string; state: string; documentId: number | null }[];
  };

  beforeAll(async () => {
    name = `tessera_collection_jobs_${process.pid}_${Date.now().toString(36)}`;
    await admin(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl!);
    url.pathname = `/${name}`;
    ({ repo } = await openDatabase(url.toString(), linker));
    queue = await openJobQueue(url.toString(), { sweepSeconds: 1 });
    const minors = await accountsAndGrant(repo, token);
    const bytes = (text: string) => new TextEncoder().encode(text);
    const report = (from: string, text: string) => ({
      name: from.replace(/\.txt$/, ''),
      bytes: bytes(text),
      kind: 'text' as const,
      how: 'file' as const,
      from,
      url: null,
      sidecar: null,
    });
    // The restricted report, stored already: queued again into general, its job finds it there.
    const dir = await mkdtemp(join(tmpdir(), 'tessera-collection-jobs-'));
    await writeFile(join(dir, 'secret-minors.txt'), SECRET);
    await ingest(repo, [join(dir, 'secret-minors.txt')], { ...OPTIONS, collectionId: minors }, () => {});
    await rm(dir, { recursive: true, force: true });
    secretDoc = (await repo.listDocuments())[0]!.id;
    const settings = { ...OPTIONS, jobTimeoutSeconds: 60 };
    const secret = await enqueueReports(queue, [report('quillonite-upload.txt', SECRET.replace('9', '11'))], {
      ...settings,
      collectionId: minors,
    });
    const open = await enqueueReports(queue, [report('open-upload.txt', OPEN)], settings);
    const again = await enqueueReports(queue, [report('again.txt', SECRET)], settings);
    ids = { secret: secret[0]!, open: open[0]!, again: again[0]! };
    app = await buildApp({
      repo,
      user: 'os',
      maxUploadBytes: 1e6,
      fetchTimeoutMs: 1000,
      queue: { jobs: queue, ingest: true, jobTimeoutSeconds: 60 },
    });
    await app.ready();
  });

  afterAll(async () => {
    await app?.close();
    await queue?.stop(0);
    await repo?.close();
    if (name) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('lists to an outsider no job into a restricted collection; a granted account sees it', async () => {
    const outsider = await jobs('outsider');
    expect(outsider.map((j) => j.id).sort()).toEqual([ids.open, ids.again].sort());
    expect(JSON.stringify(outsider)).not.toMatch(/quillonite/);
    const granted = await jobs('granted');
    expect(granted.map((j) => j.id).sort()).toEqual([ids.secret, ids.open, ids.again].sort());
    expect(granted.find((j) => j.id === ids.secret)?.input).toBe('quillonite-upload.txt');
  });

  it('does not name a restricted report that a job into general found stored already', async () => {
    await startWorker(queue, repo, { concurrency: 1, batchSize: 8, jobTimeoutSeconds: 60 }, () => {});
    const until = Date.now() + 60_000;
    while (!(await jobs('boss')).every((j) => j.state === 'completed')) {
      if (Date.now() > until) throw new Error('the jobs did not finish');
      await new Promise((r) => setTimeout(r, 250));
    }
    expect((await jobs('granted')).find((j) => j.id === ids.again)?.documentId).toBe(secretDoc);
    const outsider = await jobs('outsider');
    expect(outsider.find((j) => j.id === ids.again)).toMatchObject({ state: 'completed', documentId: null });
    expect(outsider.find((j) => j.id === ids.open)?.documentId).toEqual(expect.any(Number));
    expect(outsider.map((j) => j.id)).not.toContain(ids.secret);
  });
});
