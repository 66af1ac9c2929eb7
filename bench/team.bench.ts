// A team's store: generated reports queued on a fresh PostgreSQL database and ingested by 2 `tessera worker`
// processes (the real CLI, each with its default concurrency), then linked by the linking job
// (one waits and one runs at a time).
// Prints the ingest rate (reports/s, overall and per worker), the queue latency (queued → started), the
// time until everything is linked, and the time of a search and of an estimates query at that size.
// Then the API under load: the real server (`tessera serve`, a process of its own) over the same database,
// asked with an account's bearer token by 16 concurrent autocannon connections for the overview, a search
// with facets, a page of claims and an estimates question; p50/p95 of each against the target p95 < 100 ms.
// The database is ANALYZEd after linking (statistics for the planner, as autovacuum would make them).
// Last, what the database weighs: pg_total_relation_size of each table, and bytes per report.
// BENCH_TEAM_REPORTS sets the size (default 200,000: a long run; try 2,000 first). Needs a server in
// TESSERA_TEST_PG_URL (or DATABASE_URL); creates a database of its own there and drops it after, unless
// BENCH_TEAM_KEEP=1 (it prints the name). BENCH_TEAM_DATABASE=NAME measures the API phase (and the sizes)
// on a database kept before, without generating or ingesting anything. BENCH_TEAM_SECONDS bounds each load
// run (default 10 s).
import { spawn, type ChildProcess } from 'node:child_process';
import type { EventEmitter } from 'node:events';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { addUser, createToken, removeUser } from '../src/services/accounts.service.ts';
import { estimates } from '../src/services/estimates.service.ts';
import { enqueueReports } from '../src/services/jobs.service.ts';
import { search } from '../src/services/search.service.ts';
import { openDatabase } from '../src/storage/drivers/postgres.ts';
import { openJobQueue } from '../src/storage/queue.ts';
import { buildCorpus } from './corpus.ts';
import { formatCount, formatSeconds, median, percentile } from './run.ts';
import { linker } from '../src/services/link.service.ts';

const REPORTS = Number(process.env.BENCH_TEAM_REPORTS ?? 200_000);
const WORKERS = 2;
/** Reports generated and queued at a time, so that 200,000 never sit in memory at once. */
const SLICE = 5_000;
const CLI = fileURLToPath(new URL('../bin/tessera.mjs', import.meta.url));
const SEARCHES = ['children Syria', 'Kazakhstan', 'детей', 'الأطفال'];
const ROUNDS = 5;
const KEEP = process.env.BENCH_TEAM_KEEP === '1';
const EXISTING = process.env.BENCH_TEAM_DATABASE?.trim() || null;
const LOAD_SECONDS = Number(process.env.BENCH_TEAM_SECONDS ?? 10);
const CLIENTS = 16;
const MAX_REQUESTS = 20_000;
const TARGET_P95_MS = 100;
/** What a team asks most: the first page, a search narrowed by facets, a page of claims, an estimates question. */
export const API_TARGETS: { name: string; path: string }[] = [
  { name: 'overview', path: '/api/overview' },
  {
    name: 'search "children" with facets (lang, country)',
    path: '/api/search?q=children&lang=en,fr&country=KZ',
  },
  { name: 'claims list (returned, page 2)', path: '/api/claims?status=returned&limit=50&offset=50' },
  { name: 'estimates children from KZ', path: '/api/estimates?population=children&origin=KZ' },
];

export async function run(): Promise<void> {
  const config = loadConfig();
  const server = config.testPgUrl ?? config.databaseUrl;
  console.log(
    EXISTING
      ? `team: the API and table sizes of the kept database ${EXISTING}`
      : `team: ${formatCount(REPORTS)} generated reports through the PostgreSQL job queue, ${WORKERS} workers`,
  );
  if (!server) {
    console.log('  skipped: set TESSERA_TEST_PG_URL (or DATABASE_URL) to a PostgreSQL server');
    return;
  }
  if (!Number.isInteger(REPORTS) || REPORTS < 1)
    throw new Error(`BENCH_TEAM_REPORTS must be a positive integer`);
  if (!(LOAD_SECONDS > 0)) throw new Error(`BENCH_TEAM_SECONDS must be a positive number of seconds`);
  if (EXISTING && !/^[a-z_][a-z0-9_]{0,62}$/.test(EXISTING))
    throw new Error(`BENCH_TEAM_DATABASE must be a database name such as tessera_bench_team_123`);
  const name = EXISTING ?? `tessera_bench_team_${process.pid}`;
  if (!EXISTING) await adminQuery(server, `CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  try {
    if (EXISTING) console.log(`  database ${name} as kept: no generation, no ingestion`);
    else await ingestPhase(databaseUrl, config);
    await apiPhase(databaseUrl);
    await sizes(databaseUrl);
  } finally {
    if (KEEP || EXISTING)
      console.log(`  kept the database ${name} (BENCH_TEAM_DATABASE=${name} measures it again)`);
    else await adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

async function ingestPhase(databaseUrl: string, config: ReturnType<typeof loadConfig>): Promise<void> {
  const workers: ChildProcess[] = [];
  const sql = new pg.Client({ connectionString: databaseUrl });
  try {
    const { repo } = await openDatabase(databaseUrl, linker); // applies the migrations
    const queue = await openJobQueue(databaseUrl);
    await sql.connect();

    // Workers first, so that their start-up is not counted.
    const stored = Array<number>(WORKERS).fill(0);
    /** Jobs whose report a worker stored or found stored already (a generated text may repeat). */
    let ended = 0;
    await Promise.all(
      Array.from({ length: WORKERS }, (_, i) =>
        startWorker(databaseUrl, (line) => {
          if (/: stored #/.test(line)) stored[i]!++;
          if (/: (?:already )?stored #/.test(line)) ended++;
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

    // Polled cheaply: counting the job table or the unsigned documents reads each whole (350 MB of jobs
    // at 200,000), which twice a second took a core from the workers and the linker being measured.
    const open = async (queueName: string) =>
      Number(
        (
          await sql.query<{ n: string }>(
            `SELECT count(*) AS n FROM pgboss.job WHERE name = $1 AND state < 'completed'`,
            [queueName],
          )
        ).rows[0]!.n,
      );
    // The workers' own lines say when every report is stored; the job table, read every 10 s (or then),
    // says when every job ended (some may fail).
    for (let checked = 0; ; await sleep(250)) {
      if (ended < REPORTS && performance.now() - checked < 10_000) continue;
      checked = performance.now();
      if ((await open('tessera-ingest')) === 0) break;
    }
    const ingestedMs = performance.now() - started;
    const documents = Number(
      (await sql.query<{ n: string }>('SELECT count(*) AS n FROM documents')).rows[0]!.n,
    );
    const signed = async () =>
      Number((await sql.query<{ n: string }>('SELECT count(*) AS n FROM document_signatures')).rows[0]!.n);
    while ((await signed()) < documents || (await open('tessera-link')) > 0) await sleep(1_000);
    const linkedMs = performance.now() - started;
    // The planner needs statistics of the new rows: without them (a server with autovacuum off, or
    // before autovacuum comes by) a faceted search took seconds at 2,000 reports instead of tenths.
    const analyzing = performance.now();
    await sql.query('ANALYZE');
    const analyzedMs = performance.now() - analyzing;
    const autovacuum = (await sql.query<{ autovacuum: string }>('SHOW autovacuum')).rows[0]!.autovacuum;

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
      `  ANALYZE after linking: ${formatSeconds(analyzedMs)} (autovacuum is ${autovacuum} on this server)`,
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
  }
}

/**
 * The real server over the database, with a viewer's token (an account made for the run and removed
 * after), each route asked by CLIENTS connections at once for LOAD_SECONDS (or MAX_REQUESTS requests).
 */
async function apiPhase(databaseUrl: string): Promise<void> {
  const { repo } = await openDatabase(databaseUrl, linker);
  const account = `bench-${process.pid}`;
  let server: ChildProcess | null = null;
  try {
    await addUser(repo, { name: account, role: 'viewer', password: `bench-${Math.random()}` }, 'bench');
    const { token } = await createToken(repo, account, 'bench');
    const started = await startServer(databaseUrl);
    server = started.child;
    console.log(
      `  API: tessera serve over the database, ${CLIENTS} concurrent clients (autocannon), a viewer's token, ` +
        `at most ${LOAD_SECONDS} s or ${formatCount(MAX_REQUESTS)} requests per route; target p95 < ${TARGET_P95_MS} ms`,
    );
    for (const target of API_TARGETS) {
      const headers = { authorization: `Bearer ${token}` };
      const t = performance.now();
      const first = await fetch(started.url + target.path, { headers });
      await first.arrayBuffer();
      if (first.status !== 200) throw new Error(`${target.path} answered ${first.status}`);
      const cold = performance.now() - t;
      const r = await load(started.url + target.path, headers);
      const verdict = r.p95 < TARGET_P95_MS ? 'met' : 'MISSED';
      console.log(
        `  ${target.name.padEnd(46)} first ${cold.toFixed(0).padStart(5)} ms | ${formatCount(r.count).padStart(6)} requests, ` +
          `${r.rps.toFixed(0).padStart(5)} req/s, p50 ${r.p50.toFixed(1).padStart(6)} ms, p95 ${r.p95.toFixed(1).padStart(6)} ms ` +
          `(target < ${TARGET_P95_MS} ms: ${verdict})` +
          (r.errors ? `, ${r.errors} errors` : ''),
      );
    }
  } finally {
    if (server && server.exitCode === null) {
      const child = server;
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('close', r)));
    }
    await removeUser(repo, account, 'bench').catch(() => {});
    await repo.close();
  }
}

async function load(
  url: string,
  headers: Record<string, string>,
): Promise<{ count: number; rps: number; p50: number; p95: number; errors: number }> {
  const times: number[] = [];
  let errors = 0;
  const instance = autocannon({
    url,
    headers,
    connections: CLIENTS,
    duration: LOAD_SECONDS,
    maxOverallRequests: MAX_REQUESTS,
  });
  (instance as unknown as EventEmitter).on(
    'response',
    (_client: unknown, status: number, _bytes: number, ms: number) => {
      times.push(ms);
      if (status !== 200) errors++;
    },
  );
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    count: times.length,
    rps: result.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    errors: errors + result.errors + result.timeouts,
  };
}

/** What each table weighs with its indexes and TOAST (pg_total_relation_size), and per report. */
async function sizes(databaseUrl: string): Promise<void> {
  const sql = new pg.Client({ connectionString: databaseUrl });
  await sql.connect();
  try {
    const documents = Number(
      (await sql.query<{ n: string }>('SELECT count(*) AS n FROM documents')).rows[0]!.n,
    );
    const rows = (
      await sql.query<{ table: string; total: string; indexes: string }>(
        `SELECT c.relname AS table, pg_total_relation_size(c.oid) AS total, pg_indexes_size(c.oid) AS indexes
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE c.relkind IN ('r', 'p') AND n.nspname = 'public'
         ORDER BY pg_total_relation_size(c.oid) DESC`,
      )
    ).rows;
    const database = Number(
      (await sql.query<{ b: string }>('SELECT pg_database_size(current_database()) AS b')).rows[0]!.b,
    );
    const per = (bytes: number) => (documents ? formatCount(bytes / documents) : '-');
    console.log(
      `  database ${(database / 1e6).toFixed(1)} MB for ${formatCount(documents)} documents ` +
        `(${per(database)} bytes per report, pg-boss's schema included); tables with their indexes and TOAST:`,
    );
    for (const r of rows.filter((r) => Number(r.total) > 16_384))
      console.log(
        `    ${r.table.padEnd(24)} ${(Number(r.total) / 1e6).toFixed(2).padStart(9)} MB ` +
          `(indexes ${(Number(r.indexes) / 1e6).toFixed(2).padStart(8)} MB), ${per(Number(r.total)).padStart(7)} bytes/report`,
      );
  } finally {
    await sql.end();
  }
}

/** `tessera serve` on a free loopback port over the database; resolves with its address once it listens. */
function startServer(databaseUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, TESSERA_FROM_SOURCE: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let errors = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Tessera is serving (http:\/\/[^\s/]+)\//.exec(out);
      if (m) resolve({ child, url: m[1]! });
    });
    child.stderr.on('data', (d: Buffer) => (errors += d.toString()));
    child.once('close', (code) => reject(new Error(`the server ended (${code}): ${errors.slice(-500)}`)));
  });
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
