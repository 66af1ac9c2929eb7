// Queued ingestion on PostgreSQL (TESSERA_TEST_PG_URL; a database of each test's own, dropped after):
// queued → taken by a worker → stored and linked; a job that fails is listed failed with its error; a
// worker killed with SIGKILL in the middle of a job → the job is run again by another worker and every
// report and claim is stored once. Without PostgreSQL, `--queue` and `worker` refuse with exit 2.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { extract } from '../../src/pipeline/extract.ts';
import { ingest } from '../../src/services/ingest.service.ts';
import { addCollection } from '../../src/services/collections.service.ts';
import {
  enqueueIngest,
  LINK_JOB_TIMEOUT_SECONDS,
  listJobs,
  startWorker,
  type WorkerEvent,
} from '../../src/services/jobs.service.ts';
import { openDatabase } from '../../src/storage/drivers/postgres.ts';
import { openJobQueue, type JobQueue, type StoredJob } from '../../src/storage/queue.ts';
import type { Repository } from '../../src/storage/repository.ts';
import { CLI, cliEnv, type CliResult } from './cli-helpers.ts';
import { linker } from '../../src/services/link.service.ts';

const adminUrl = loadConfig().testPgUrl;

const report = (i: number) =>
  `Report ${i}. About ${300 + i} minors from Kazakhstan were returned from camps in Syria in ${2015 + (i % 6)}, ` +
  `and ${40 + i} women were detained on their return, officials said.`;
const claimsIn = (text: string) => extract(text, { lang: null, published: null }).claims.length;

const options = (jobTimeoutSeconds = 60) => ({
  actor: 'queue-test',
  maxBytes: 10_000_000,
  fetchTimeoutMs: 30_000,
  allowPrivate: true,
  jobTimeoutSeconds,
});

async function createDatabase(url: string) {
  const name = `tessera_jobs_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`).finally(() => admin.end());
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => c.end());
    },
  };
}

async function waitFor<T>(
  what: string,
  probe: () => T | null | undefined | false | Promise<T | null | undefined | false>,
  ms = 90_000,
) {
  const until = Date.now() + ms;
  for (;;) {
    const got = await probe();
    if (got) return got;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const counts = async (db: pg.Client) => {
  const { rows } = await db.query<{ documents: string; claims: string; signed: string }>(
    `SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM claims) AS claims,
       (SELECT count(*) FROM document_signatures) AS signed`,
  );
  return {
    documents: Number(rows[0]!.documents),
    claims: Number(rows[0]!.claims),
    signed: Number(rows[0]!.signed),
  };
};

const finished = (jobs: StoredJob[]) => jobs.every((j) => j.state === 'completed' || j.state === 'failed');

describe.skipIf(!adminUrl)(
  'queued ingestion (postgres; skipped unless TESSERA_TEST_PG_URL names a server)',
  () => {
    let root: string;
    let database: { url: string; drop: () => Promise<void> };
    let repo: Repository;
    let queue: JobQueue;
    let sql: pg.Client;
    const children: ChildProcess[] = [];

    beforeAll(async () => {
      root = await mkdtemp(join(tmpdir(), 'tessera-jobs-'));
    });
    afterAll(() => rm(root, { recursive: true, force: true }));

    const open = async () => {
      database = await createDatabase(adminUrl!);
      ({ repo } = await openDatabase(database.url, linker));
      queue = await openJobQueue(database.url, { sweepSeconds: 1 });
      sql = new pg.Client({ connectionString: database.url });
      await sql.connect();
    };
    afterEach(async () => {
      for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
      await queue?.stop(0).catch(() => {});
      await repo?.close().catch(() => {});
      await sql?.end().catch(() => {});
      await database?.drop();
    });

    it('linking jobs: one waits and one runs across every worker, however many batches ask', async () => {
      await open();
      const o = { timeoutSeconds: 60, retries: 0, retryDelaySeconds: 1 };
      const first = await queue.addOnce('link', 'link', o);
      expect(first).toEqual(expect.any(String));
      expect(await queue.addOnce('link', 'link', o)).toBeNull(); // one is waiting already
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      const ran: string[] = [];
      // Two consumers, as two workers would have: the second finds nothing it may take while one runs.
      for (let i = 0; i < 2; i++)
        await queue.work('link', 1, async (jobs) => {
          for (const j of jobs) ran.push(j.id);
          if (ran.length === 1) await held;
        });
      await waitFor('the first linking job to run', () => ran.length === 1);
      // While it runs, one more may wait (it will start after the run, so it sees what was stored since).
      const second = await queue.addOnce('link', 'link', o);
      expect(second).toEqual(expect.any(String));
      expect(await queue.addOnce('link', 'link', o)).toBeNull();
      await new Promise((r) => setTimeout(r, 2_500)); // both consumers poll every second meanwhile
      expect(ran).toEqual([first]);
      expect((await listJobs(queue, { kind: 'link' })).map((j) => j.state).sort()).toEqual([
        'active',
        'queued',
      ]);
      release();
      await waitFor('the waiting job to run after it', () => ran.length === 2);
      expect(ran).toEqual([first, second]);
      const jobs = await waitFor('both to complete', async () => {
        const all = await listJobs(queue, { kind: 'link' });
        return all.every((j) => j.state === 'completed') && all;
      });
      expect(jobs).toHaveLength(2);
    });

    it('queues one job per file, and a worker stores each report with its claims, then links them', async () => {
      await open();
      const dir = join(root, 'three');
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir);
      for (let i = 0; i < 3; i++) await writeFile(join(dir, `r${i}.txt`), report(i));
      await writeFile(join(dir, 'notes.xyz'), 'not a report');
      const queued: string[] = [];
      const summary = await enqueueIngest(queue, [dir], options(), (e) => {
        if (e.type === 'queued') queued.push(e.input);
      });
      expect(summary).toMatchObject({ queued: 3, skipped: 1, failed: 0 });
      expect(queued.sort()).toEqual([0, 1, 2].map((i) => join(dir, `r${i}.txt`)));
      // Nothing is stored until a worker runs.
      expect((await counts(sql)).documents).toBe(0);
      expect((await listJobs(queue, { state: 'queued' })).map((j) => j.id).sort()).toEqual(
        [...summary.jobIds].sort(),
      );

      const events: WorkerEvent[] = [];
      // The default time limit (15 minutes) for ingestion; a linking job's is LINK_JOB_TIMEOUT_SECONDS.
      await startWorker(queue, repo, { concurrency: 1, batchSize: 2, jobTimeoutSeconds: 900 }, (e) =>
        events.push(e),
      );
      const jobs = await waitFor('the jobs and a linking job to finish', async () => {
        const all = await listJobs(queue);
        return all.some((j) => j.kind === 'link' && j.state === 'completed') && finished(all) && all;
      });
      const ingestJobs = jobs.filter((j) => j.kind === 'ingest');
      expect(ingestJobs.map((j) => [j.state, j.attempts, j.error])).toEqual(
        Array(3).fill(['completed', 1, null]),
      );
      const c = await counts(sql);
      expect(c.documents).toBe(3);
      expect(c.claims).toBe([0, 1, 2].reduce((n, i) => n + claimsIn(report(i)), 0));
      expect(c.signed).toBe(3); // linked: each report has its signature
      expect(events.filter((e) => e.type === 'stored')).toHaveLength(3);
      const stored = ingestJobs.find((j) => j.input === join(dir, 'r1.txt'))!;
      expect(stored.output).toMatchObject({ outcome: 'stored', claims: claimsIn(report(1)) });
      expect(stored.startedAt!.getTime()).toBeGreaterThanOrEqual(stored.createdAt.getTime());
      // A worker killed while linking holds the one running linking job until its time limit passes.
      const limits = await sql.query<{ name: string; seconds: number }>(
        `SELECT DISTINCT name, extract(epoch FROM expire_in)::int AS seconds FROM pgboss.job ORDER BY name`,
      );
      expect(limits.rows).toEqual([
        { name: 'tessera-ingest', seconds: 60 },
        { name: 'tessera-link', seconds: LINK_JOB_TIMEOUT_SECONDS },
      ]);
      expect(LINK_JOB_TIMEOUT_SECONDS).toBeLessThan(900);
      // A completed job keeps what it was (input, hash) but not the bytes the store now holds.
      const kept = await sql.query<{ input: string; sha256: string | null; bytes: boolean }>(
        `SELECT data->>'input' AS input, data->'report'->>'sha256' AS sha256,
           data->'report' ? 'bytes' AS bytes FROM pgboss.job WHERE name = 'tessera-ingest' ORDER BY 1`,
      );
      expect(kept.rows.map((r) => [r.input, r.bytes, r.sha256?.length])).toEqual(
        [0, 1, 2].map((i) => [join(dir, `r${i}.txt`), false, 64]),
      );
    });

    it('a queued job carries its collection: the worker stores the report there', async () => {
      await open();
      const minors = await addCollection(repo, { name: 'minors', restricted: true }, 'queue-test');
      const file = join(root, 'collected.txt');
      await writeFile(file, report(11));
      const plain = join(root, 'plain.txt');
      await writeFile(plain, report(12));
      await enqueueIngest(queue, [file], { ...options(), collectionId: minors.id }, () => {});
      await enqueueIngest(queue, [plain], options(), () => {});
      await startWorker(queue, repo, { concurrency: 1, batchSize: 32, jobTimeoutSeconds: 60 }, () => {});
      await waitFor('both reports', async () => (await counts(sql)).documents === 2);
      const { rows } = await sql.query<{ name: string; collection: string }>(
        `SELECT d.name, c.name AS collection FROM documents d JOIN collections c ON c.id = d.collection_id
         ORDER BY d.name`,
      );
      expect(rows).toEqual([
        { name: 'collected', collection: 'minors' },
        { name: 'plain', collection: 'general' },
      ]);
    });

    it('a report stored by a run that died before finishing its job: the job completes as already stored, claims once', async () => {
      await open();
      const file = join(root, 'half.txt');
      await writeFile(file, report(7));
      // What the dead run left: the report stored (one statement), not linked, the job still to do.
      await ingest(repo, [file], { ...options(), link: false }, () => {});
      expect(await counts(sql)).toEqual({ documents: 1, claims: claimsIn(report(7)), signed: 0 });
      const { jobIds } = await enqueueIngest(queue, [file], options(), () => {});
      await startWorker(queue, repo, { concurrency: 1, batchSize: 32, jobTimeoutSeconds: 60 }, () => {});
      const jobs = await waitFor('the job and its linking', async () => {
        const all = await listJobs(queue);
        return all.some((j) => j.kind === 'link' && j.state === 'completed') && finished(all) && all;
      });
      expect(jobs.find((j) => j.id === jobIds[0])).toMatchObject({
        state: 'completed',
        output: { outcome: 'already_stored' },
      });
      expect(await counts(sql)).toEqual({ documents: 1, claims: claimsIn(report(7)), signed: 1 });
    });

    it('lists a job that fails as failed, with its error, after its retries', async () => {
      await open();
      const bad = join(root, 'broken.pdf');
      await writeFile(bad, 'this is no PDF at all');
      const good = join(root, 'fine.txt');
      await writeFile(good, report(3));
      const { jobIds } = await enqueueIngest(queue, [bad, good], options(), () => {});
      await startWorker(queue, repo, { concurrency: 1, batchSize: 32, jobTimeoutSeconds: 60 }, () => {});
      const failed = await waitFor('the broken report to fail', async () => {
        const [job] = await listJobs(queue, { state: 'failed' });
        return job;
      });
      expect(failed.id).toBe(jobIds[0]);
      expect(failed.input).toBe(bad);
      expect(failed.attempts).toBe(3);
      expect(failed.maxAttempts).toBe(3);
      expect(failed.error).toMatch(/pdf/i);
      const done = await listJobs(queue, { state: 'completed', kind: 'ingest' });
      expect(done.map((j) => j.id)).toEqual([jobIds[1]]);
      expect((await counts(sql)).documents).toBe(1);
      // The CLI lists the same, as JSON.
      const cli = await runTessera(['jobs', '--state', 'failed', '--format', 'json'], root, {
        DATABASE_URL: database.url,
      });
      expect(cli.code).toBe(0);
      const listed = JSON.parse(cli.stdout) as StoredJob[];
      expect(listed.map((j) => [j.id, j.state, j.attempts])).toEqual([[failed.id, 'failed', 3]]);
      expect(listed[0]!.error).toBe(failed.error);
    });

    it('a worker killed with SIGKILL mid-job: another worker runs the job again, every report and claim stored once', async () => {
      await open();
      // A report served slowly the first time (the worker is killed while it waits), at once after.
      let asked = 0;
      const slow = report(11);
      const server: Server = createServer((_req, res) => {
        asked++;
        if (asked === 1) return; // never answers: the worker hangs here until it is killed
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(slow);
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/report.txt`;
      try {
        const files = [0, 1, 2, 3].map((i) => join(root, `k${i}.txt`));
        for (const [i, f] of files.entries()) await writeFile(f, report(20 + i));
        // Runs longer than 8 s count as lost: the killed worker's job is taken again after that.
        const { jobIds } = await enqueueIngest(queue, [url, ...files], options(8), () => {});
        await queue.stop(0); // this process only queues; the workers are separate processes
        // The workers' own jobs (linking) outrun their time in 8 s too: the first worker may be killed while
        // it links the reports it stored before reaching the slow one, and no other linking job starts while
        // that one counts as running (one runs at a time), so with the default limits (15 minutes, 5 for a
        // linking job) the test would wait on it.
        const env = {
          DATABASE_URL: database.url,
          TESSERA_QUEUE_SWEEP_SECONDS: '1',
          TESSERA_JOB_TIMEOUT_SECONDS: '8',
        };
        const first = spawnWorker(root, env, ['--concurrency', '1', '--batch', '1']);
        children.push(first.child);
        await waitFor('the worker to ask for the slow report', () => asked >= 1);
        first.child.kill('SIGKILL');
        await new Promise((r) => first.child.once('close', r));
        const second = spawnWorker(root, env, ['--concurrency', '2']);
        children.push(second.child);

        queue = await openJobQueue(database.url);
        const jobs = await waitFor('every job to finish', async () => {
          const all = await listJobs(queue, { kind: 'ingest' });
          return all.length === 5 && finished(all) && all;
        });
        const urlJob = jobs.find((j) => j.id === jobIds[0])!;
        expect(urlJob).toMatchObject({ state: 'completed', attempts: 2, output: { outcome: 'stored' } });
        expect(jobs.every((j) => j.state === 'completed')).toBe(true);
        expect(asked).toBe(2);
        await waitFor('the linking', async () => (await counts(sql)).signed === 5);
        const texts = [slow, ...[0, 1, 2, 3].map((i) => report(20 + i))];
        expect(await counts(sql)).toEqual({
          documents: 5,
          claims: texts.reduce((n, t) => n + claimsIn(t), 0),
          signed: 5,
        });
        const dupes = await sql.query(
          'SELECT document_id, span_start, count(*) FROM claims GROUP BY 1, 2 HAVING count(*) > 1',
        );
        expect(dupes.rows).toEqual([]);
        expect(second.output()).toContain(`job ${jobIds[0]}: stored`);
      } finally {
        await new Promise((r) => server.close(r));
        server.closeAllConnections();
      }
    });

    it('a worker stopped by SIGTERM mid-job hands the job back (exit 0); another worker completes it', async () => {
      await open();
      let asked = 0;
      const server: Server = createServer((_req, res) => {
        asked++;
        if (asked === 1) return; // the first worker is stopped while it waits for this
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(report(30));
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/term.txt`;
      try {
        const { jobIds } = await enqueueIngest(queue, [url], options(), () => {});
        const env = { DATABASE_URL: database.url };
        const first = spawnWorker(root, env, ['--grace', '1']);
        children.push(first.child);
        await waitFor('the worker to ask for the report', () => asked >= 1);
        first.child.kill('SIGTERM');
        const code = await new Promise((r) => first.child.once('close', r));
        expect(code).toBe(0);
        expect(first.output()).toContain('worker stopped');
        const [handedBack] = await listJobs(queue, { kind: 'ingest' });
        expect(handedBack).toMatchObject({ id: jobIds[0], state: 'queued', attempts: 1 });
        expect(handedBack!.error).toMatch(/shut down/);
        expect((await counts(sql)).documents).toBe(0);
        const second = spawnWorker(root, env, []);
        children.push(second.child);
        const done = await waitFor('the job to complete', async () => {
          const [job] = await listJobs(queue, { kind: 'ingest', state: 'completed' });
          return job;
        });
        expect(done.attempts).toBe(2);
        expect((await counts(sql)).documents).toBe(1);
      } finally {
        await new Promise((r) => server.close(r));
        server.closeAllConnections();
      }
    });
  },
);

/** The CLI in a child process, with the environment of cli-helpers plus `env`. */
function runTessera(args: string[], dataDir: string, env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...cliEnv(dataDir), ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function spawnWorker(root: string, env: Record<string, string>, args: string[]) {
  const child = spawn(process.execPath, [CLI, 'worker', ...args], { env: { ...cliEnv(root), ...env } });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  return { child, output: () => out };
}

describe('queued ingestion without PostgreSQL', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'tessera-noqueue-'));
    await writeFile(join(root, 'r.txt'), report(1));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('ingest --queue, worker and jobs refuse on the embedded store with exit 2, naming why', async () => {
    const data = join(root, 'data');
    for (const args of [['ingest', '--queue', join(root, 'r.txt')], ['worker'], ['jobs']]) {
      const r = await runTessera(args, data);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/needs a PostgreSQL store \(set DATABASE_URL\)/);
      expect(r.stderr).toMatch(/embedded store/);
    }
    // Nothing was created or stored.
    await expect(stat(data)).rejects.toThrow();
  });
});
