// A team's store: generated reports queued on a fresh PostgreSQL database and ingested by 2 `tessera worker`
// processes (the real CLI, each with its default concurrency), then linked by the debounced linking job.
// Prints the ingest rate (reports/s, overall and per worker), the queue latency (queued → started), the
// time until everything is linked, and the time of a search and of an estimates query at that size.
// BENCH_TEAM_REPORTS sets the size (default 200,000: a long run; try 2,000 first). Needs a server in
// TESSERA_TEST_PG_URL (or DATABASE_URL); creates a database of its own there and drops it after.
import { spawn, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { estimates } from '../src/services/estimates.service.ts';
import { enqueueReports } from '../src/services/jobs.service.ts';
import { search } from '../src/services/search.service.ts';
import { openDatabase } from '../src/storage/drivers/postgres.ts';
import { openJobQueue } from '../src/storage/queue.ts';
import { buildCorpus } from './corpus.ts';
import { formatCount, formatSeconds, median } from './run.ts';
import { linker } from '../src/services/link.service.ts';

const REPORTS = Number(process.env.BENCH_TEAM_REPORTS ?? 200_000);
const WORKERS = 2;
/** Reports generated and queued at a time, so that 200,000 never sit in memory at once. */
const SLICE = 5_000;
const CLI = fileURLToPath(new URL('../bin/tessera.mjs', import.meta.url));
const SEARCHES = ['children Syria', 'Kazakhstan', 'детей', 'الأطفال'];
const ROUNDS = 5;

export async function run(): Promise<void> {
  const config = loadConfig();
  const server = config.testPgUrl ?? config.databaseUrl;
  console.log(
    `team: ${formatCount(REPORTS)} generated reports through the PostgreSQL job queue, ${WORKERS} workers`,
  );
  if (!server) {
    console.log('  skipped: set TESSERA_TEST_PG_URL (or DATABASE_URL) to a PostgreSQL server');
    return;
  }
  if (!Number.isInteger(REPORTS) || REPORTS < 1)
    throw new Error(`BENCH_TEAM_REPORTS must be a positive integer`);
  const name = `tessera_bench_team_${process.pid}`;
  await adminQuery(server, `CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const workers: ChildProcess[] = [];
  const sql = new pg.Client({ connectionString: databaseUrl });
  try {
    const { repo } = await openDatabase(databaseUrl, linker); // applies the migrations
    const queue = await openJobQueue(databaseUrl);
    await sql.connect();

    // Workers first, so that their start-up is not counted.
    const stored = Array<number>(WORKERS).fill(0);
    await Promise.all(
      Array.from({ length: WORKERS }, (_, i) =>
        startWorker(databaseUrl, (line) => {
          if (/: stored #/.test(line)) stored[i]!++;
        }).then((child) => workers.push(child)),
      ),
    );

    const started = performance.now();
    let queuedMs = 0;
    for (let at = 0, slice = 0; at < REPORTS; at += SLICE, slice++) {
      const count = Math.min(SLICE, REPORTS - at);
      const reports = buildCorpus({ targetBytes: count * 2_500, seed: 0x7ea3 + slice })
        .slice(0, count)
        .map((r, i) => {
          const bytes = new TextEncoder().encode(r.text);
          return {
            name: `${r.id}-${at + i}`,
            bytes,
            kind: 'text' as const,
            how: 'file' as const,
            from: `bench/team/${at + i}.txt`,
            url: null,
            sidecar: { lang: r.lang, published: r.published },
          };
        });
      const t = performance.now();
      await enqueueReports(queue, reports, {
        actor: 'bench',
        maxBytes: config.maxBytes,
        fetchTimeoutMs: config.fetchTimeoutMs,
        allowPrivate: false,
        jobTimeoutSeconds: config.jobTimeoutSeconds,
      });
      queuedMs += performance.now() - t;
    }

    const open = async (queueName: string) =>
      Number(
        (
          await sql.query<{ n: string }>(
            `SELECT count(*) AS n FROM pgboss.job WHERE name = $1 AND state < 'completed'`,
            [queueName],
          )
        ).rows[0]!.n,
      );
    while ((await open('tessera-ingest')) > 0) await sleep(500);
    const ingestedMs = performance.now() - started;
    const unlinked = async () =>
      Number(
        (
          await sql.query<{ n: string }>(
            `SELECT count(*) AS n FROM documents d
             WHERE NOT EXISTS (SELECT 1 FROM document_signatures s WHERE s.document_id = d.id)`,
          )
        ).rows[0]!.n,
      );
    while ((await unlinked()) > 0 || (await open('tessera-link')) > 0) await sleep(500);
    const linkedMs = performance.now() - started;

    for (const w of workers) w.kill('SIGTERM');
    await Promise.all(
      workers.map((w) => new Promise((r) => (w.exitCode !== null ? r(null) : w.once('close', r)))),
    );

    const outcome = (
      await sql.query<{ state: string; n: string }>(
        `SELECT state::text, count(*) AS n FROM pgboss.job WHERE name = 'tessera-ingest' GROUP BY 1`,
      )
    ).rows;
    const latency = (
      await sql.query<{ p50: number; p95: number; max: number }>(
        `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY s) AS p50,
           percentile_cont(0.95) WITHIN GROUP (ORDER BY s) AS p95, max(s) AS max
         FROM (SELECT extract(epoch FROM started_on - created_on) AS s FROM pgboss.job
               WHERE name = 'tessera-ingest' AND started_on IS NOT NULL) j`,
      )
    ).rows[0]!;
    const counts = (
      await sql.query<{ documents: string; claims: string; facts: string }>(
        `SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM claims) AS claims,
           (SELECT count(*) FROM facts) AS facts`,
      )
    ).rows[0]!;

    const rate = (n: number) => `${formatCount(n / (ingestedMs / 1000))} reports/s`;
    console.log(
      `  queued in ${formatSeconds(queuedMs)} (${formatCount(REPORTS / (queuedMs / 1000))} jobs/s)`,
    );
    console.log(
      `  ingested in ${formatSeconds(ingestedMs)}: ${rate(REPORTS)} ` +
        `(${stored.map((n, i) => `worker ${i + 1}: ${rate(n)}`).join(', ')}); ` +
        `jobs ${outcome.map((o) => `${o.state} ${formatCount(Number(o.n))}`).join(', ')}`,
    );
    console.log(
      `  linked ${formatSeconds(linkedMs)} after the first job was queued: ` +
        `${formatCount(Number(counts.documents))} documents, ${formatCount(Number(counts.claims))} claims, ` +
        `${formatCount(Number(counts.facts))} facts`,
    );
    console.log(
      `  queue latency (queued → started): p50 ${formatSeconds(latency.p50 * 1000)}, ` +
        `p95 ${formatSeconds(latency.p95 * 1000)}, max ${formatSeconds(latency.max * 1000)}`,
    );
    for (const query of SEARCHES) {
      await search(repo, { query, limit: 20 }); // warm
      const times: number[] = [];
      let hits = 0;
      for (let i = 0; i < ROUNDS; i++) {
        const t = performance.now();
        hits = (await search(repo, { query, limit: 20 })).length;
        times.push(performance.now() - t);
      }
      console.log(`  search "${query}": ${median(times).toFixed(1)} ms (median of ${ROUNDS}, ${hits} hits)`);
    }
    const question = { population: 'children' as const, origin: ['KZ'] };
    await estimates(repo, question);
    const times: number[] = [];
    let points = 0;
    for (let i = 0; i < ROUNDS; i++) {
      const t = performance.now();
      points = (await estimates(repo, question)).series.points.length;
      times.push(performance.now() - t);
    }
    console.log(
      `  estimates children from KZ: ${median(times).toFixed(1)} ms (median of ${ROUNDS}, ${points} points)`,
    );
    await queue.stop(0);
    await repo.close();
  } finally {
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
    await sql.end().catch(() => {});
    await adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

/** A `tessera worker` on the database; resolves once it takes jobs. Each line it prints goes to `onLine`. */
function startWorker(databaseUrl: string, onLine: (line: string) => void): Promise<ChildProcess> {
  const child = spawn(process.execPath, [CLI, 'worker'], {
    // The source this bench measures, not whatever dist/cli was last built from.
    env: { ...process.env, DATABASE_URL: databaseUrl, TESSERA_FROM_SOURCE: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let rest = '';
    let errors = '';
    child.stdout.on('data', (d: Buffer) => {
      const lines = (rest + d.toString()).split('\n');
      rest = lines.pop()!;
      for (const line of lines) {
        if (line.startsWith('worker ')) resolve(child);
        onLine(line);
      }
    });
    child.stderr.on('data', (d: Buffer) => (errors += d.toString()));
    child.once('close', (code) => reject(new Error(`the worker ended (${code}): ${errors.slice(-500)}`)));
  });
}

async function adminQuery(url: string, query: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(query);
  } finally {
    await c.end();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
