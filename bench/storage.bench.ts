// The evidence store: ingestion rate into PGlite and PostgreSQL for 20,000 reports, and search latency over
// them, side by side. PostgreSQL runs when TESSERA_TEST_PG_URL (or DATABASE_URL) names a server; the bench
// creates a database of its own there and drops it after. BENCH_STORAGE_REPORTS shrinks the run.
// Ingestion is the CLI's path (chunks of 32 reports: one already-stored check, then one statement storing
// each document whole with its bytes, claims and log entry), with the engine's output computed beforehand
// so the figure is the store's; the engine's own rate is printed beside it (its bench is engine.bench.ts).
// The rate is until every report is stored and searchable; linking into copies and facts follows, as in
// the CLI, and the time until it is done is printed below it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { BATCH } from '../src/services/ingest.service.ts';
import { search } from '../src/services/search.service.ts';
import type { Repository } from '../src/storage/repository.ts';
import { benchReports, ingestAll, storable, type StorableReport } from './reports.ts';
import { formatCount, formatSeconds, percentile } from './run.ts';
import { linker } from '../src/services/link.service.ts';

const REPORTS = Number(process.env.BENCH_STORAGE_REPORTS ?? 20_000);
const QUERIES = [
  'children',
  'Kyrgyzstan',
  'children Syria',
  'repatriated orphans',
  'الأطفال',
  'قرغيزستان',
  'детей',
  'Казахстан боевики',
  'enfants rapatriés',
  '"training camps"',
  'zzyzx-not-there',
];
const SEARCH_ROUNDS = 15;

interface DriverFigures {
  driver: string;
  rate: number;
  seconds: number;
  /** Until every report was also linked (copies and facts), which follows the storing. */
  linkedSeconds: number;
  p50: number;
  p95: number;
  perQuery: Map<string, { p50: number; hits: number }>;
}

function prepare(): { items: StorableReport[]; engineSeconds: number } {
  const corpus = benchReports(REPORTS);
  const started = performance.now();
  const items = corpus.map((r, i) => storable(r, i));
  return { items, engineSeconds: (performance.now() - started) / 1000 };
}

async function measure(
  driver: string,
  repo: Repository,
  items: StorableReport[],
  afterLoad: () => Promise<void> = async () => {},
): Promise<DriverFigures> {
  const times = await ingestAll(repo, items);
  await afterLoad();
  const all: number[] = [];
  const perQuery = new Map<string, { p50: number; hits: number }>();
  for (const q of QUERIES) await search(repo, { query: q }); // warm caches and plans
  for (const q of QUERIES) {
    const times: number[] = [];
    let hits = 0;
    for (let i = 0; i < SEARCH_ROUNDS; i++) {
      const t = performance.now();
      hits = (await search(repo, { query: q, limit: 20 })).length;
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    perQuery.set(q, { p50: percentile(times, 50), hits });
    all.push(...times);
  }
  all.sort((a, b) => a - b);
  return {
    driver,
    rate: items.length / times.stored,
    seconds: times.stored,
    linkedSeconds: times.linked,
    p50: percentile(all, 50),
    p95: percentile(all, 95),
    perQuery,
  };
}

async function onPglite(items: StorableReport[]): Promise<DriverFigures> {
  const { openRepository } = await import('../src/storage/drivers/pglite.ts');
  const dir = await mkdtemp(join(tmpdir(), 'tessera-bench-'));
  const repo = await openRepository(dir, linker);
  try {
    return await measure('PGlite', repo, items);
  } finally {
    await repo.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function onPostgres(url: string, items: StorableReport[]): Promise<DriverFigures> {
  const { openRepository } = await import('../src/storage/drivers/postgres.ts');
  const name = `tessera_bench_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  try {
    const repo = await openRepository(target.toString(), linker);
    // A server without autovacuum (this machine's) would plan every search without statistics after
    // the load; docs/SCALING.md says to run ANALYZE after a bulk load, so the bench does, and says so.
    const analyzeIfNoAutovacuum = async () => {
      const db = new pg.Client({ connectionString: target.toString() });
      await db.connect();
      try {
        const { rows } = await db.query<{ autovacuum: string }>('SHOW autovacuum');
        if (rows[0]?.autovacuum === 'off') {
          await db.query('ANALYZE');
          console.log(
            '  (PostgreSQL runs without autovacuum here: ANALYZE after the load, before searching)',
          );
        }
      } finally {
        await db.end();
      }
    };
    try {
      return await measure('PostgreSQL', repo, items, analyzeIfNoAutovacuum);
    } finally {
      await repo.close();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

export async function run(): Promise<void> {
  const config = loadConfig();
  const pgUrl = config.testPgUrl ?? config.databaseUrl;
  console.log(
    `storage: ${formatCount(REPORTS)} reports in chunks of ${BATCH}, each document stored whole (bytes, claims, log)`,
  );
  const { items, engineSeconds } = prepare();
  const claims = items.reduce((n, i) => n + i.extraction.claims.length, 0);
  console.log(
    `  engine beforehand: ${formatCount(claims)} claims in ${formatSeconds(engineSeconds * 1000)} ` +
      `(${formatCount(REPORTS / engineSeconds)} reports/s, not counted below)`,
  );
  const figures: DriverFigures[] = [await onPglite(items)];
  if (pgUrl) figures.push(await onPostgres(pgUrl, items));

  const col = (s: string, w: number) => s.padStart(w);
  const w = 14;
  console.log(`  ${''.padEnd(26)}${figures.map((f) => col(f.driver, w)).join('')}   target`);
  console.log(
    `  ${'ingestion (reports/s)'.padEnd(26)}${figures.map((f) => col(formatCount(f.rate), w)).join('')}   300 PGlite, 1,500 PostgreSQL`,
  );
  console.log(
    `  ${'ingestion time'.padEnd(26)}${figures.map((f) => col(formatSeconds(f.seconds * 1000), w)).join('')}`,
  );
  console.log(
    `  ${'then linked, total time'.padEnd(26)}${figures.map((f) => col(formatSeconds(f.linkedSeconds * 1000), w)).join('')}   (copies and facts; see the linking bench)`,
  );
  console.log(`  ${'search p50 (ms)'.padEnd(26)}${figures.map((f) => col(f.p50.toFixed(1), w)).join('')}`);
  console.log(
    `  ${'search p95 (ms)'.padEnd(26)}${figures.map((f) => col(f.p95.toFixed(1), w)).join('')}   < 50`,
  );
  for (const q of QUERIES) {
    const cells = figures.map((f) => {
      const m = f.perQuery.get(q)!;
      return col(`${m.p50.toFixed(1)} (${m.hits})`, w);
    });
    console.log(`    ${`"${q}"`.padEnd(24)}${cells.join('')}`);
  }
  console.log(`  (per query: p50 ms over ${SEARCH_ROUNDS} runs, hits shown in parentheses, at most 20)`);
  if (!pgUrl)
    console.log(
      '  PostgreSQL: not run (set TESSERA_TEST_PG_URL to a server where a database may be created)',
    );
}
