// Linking at scale: 20,000 reports ingested through the store's path (chunks of 32, one statement each),
// then, as the CLI does, every document signed, its near copies found through indexed LSH band keys and
// its claims linked to the facts under their keys, a large batch per transaction; then the latency of
// estimate-series queries over them.
// PGlite always; PostgreSQL when TESSERA_TEST_PG_URL (or DATABASE_URL) names a server (a database of its
// own is created and dropped). BENCH_LINKING_REPORTS shrinks the run.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { EstimateQuestion } from '../src/analysis/estimates.ts';
import { loadConfig } from '../src/config.ts';
import { estimates } from '../src/services/estimates.service.ts';
import { BATCH } from '../src/services/ingest.service.ts';
import type { Repository } from '../src/storage/repository.ts';
import type { Db } from '../src/storage/sql.repository.ts';
import { benchReports, ingestAll, storable, type StorableReport } from './reports.ts';
import { formatCount, formatSeconds, percentile } from './run.ts';
import { linker } from '../src/services/link.service.ts';

const REPORTS = Number(process.env.BENCH_LINKING_REPORTS ?? 20_000);
const QUESTIONS: EstimateQuestion[] = [
  { population: 'children', origin: ['KZ'] },
  { population: 'children', origin: ['KZ'], status: 'returned' },
  { population: 'fighters', origin: ['KZ'] },
  { population: 'people', origin: ['KZ'], status: 'returned' },
  { population: 'children', origin: ['KG'], location: 'SY' },
  { population: 'women', origin: ['TJ'] },
  { population: 'fighters', origin: ['region:central-asia'], affiliation: 'isis' },
];
const ROUNDS = 15;

interface Figures {
  driver: string;
  seconds: number;
  storedSeconds: number;
  facts: number;
  linked: number;
  multi: number;
  copies: number;
  p50: number;
  p95: number;
  perQuestion: { label: string; p50: number; points: number }[];
}

function prepare(): StorableReport[] {
  return benchReports(REPORTS).map((r, i) => storable(r, i));
}

const label = (q: EstimateQuestion) =>
  [q.population, q.origin?.join(',') ?? 'none', q.status, q.location && `in ${q.location}`, q.affiliation]
    .filter(Boolean)
    .join(' ');

async function measure(driver: string, repo: Repository, db: Db, items: StorableReport[]): Promise<Figures> {
  const times = await ingestAll(repo, items);
  const result: unknown = await db.execute(sql`SELECT
    (SELECT count(*) FROM facts)::int AS facts,
    (SELECT count(*) FROM fact_claims)::int AS linked,
    (SELECT count(*) FROM facts WHERE document_count > 1)::int AS multi,
    (SELECT count(*) FROM document_signatures WHERE copy_of IS NOT NULL)::int AS copies`);
  const counts = (result as { rows: Record<string, number>[] }).rows[0]!;
  for (const q of QUESTIONS) await estimates(repo, q); // warm caches and plans
  const all: number[] = [];
  const perQuestion: Figures['perQuestion'] = [];
  for (const q of QUESTIONS) {
    const times: number[] = [];
    let points = 0;
    for (let i = 0; i < ROUNDS; i++) {
      const t = performance.now();
      points = (await estimates(repo, q)).series.points.length;
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    perQuestion.push({ label: label(q), p50: percentile(times, 50), points });
    all.push(...times);
  }
  all.sort((a, b) => a - b);
  return {
    driver,
    seconds: times.linked,
    storedSeconds: times.stored,
    facts: Number(counts.facts),
    linked: Number(counts.linked),
    multi: Number(counts.multi),
    copies: Number(counts.copies),
    p50: percentile(all, 50),
    p95: percentile(all, 95),
    perQuestion,
  };
}

async function onPglite(items: StorableReport[]): Promise<Figures> {
  const { openDatabase } = await import('../src/storage/drivers/pglite.ts');
  const dir = await mkdtemp(join(tmpdir(), 'tessera-bench-linking-'));
  const { repo, db } = await openDatabase(dir, linker);
  try {
    return await measure('PGlite', repo, db, items);
  } finally {
    await repo.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function onPostgres(url: string, items: StorableReport[]): Promise<Figures> {
  const { openDatabase } = await import('../src/storage/drivers/postgres.ts');
  const name = `tessera_bench_linking_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  try {
    const { repo, db } = await openDatabase(target.toString(), linker);
    try {
      return await measure('PostgreSQL', repo, db, items);
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
    `linking: ${formatCount(REPORTS)} reports stored, signed, checked for copies and linked into facts, in chunks of ${BATCH}`,
  );
  const started = performance.now();
  const items = prepare();
  const claims = items.reduce((n, i) => n + i.extraction.claims.length, 0);
  console.log(
    `  engine beforehand: ${formatCount(claims)} claims in ${formatSeconds(performance.now() - started)} (not counted below)`,
  );
  const figures: Figures[] = [await onPglite(items)];
  if (pgUrl) figures.push(await onPostgres(pgUrl, items));

  const w = 14;
  const col = (s: string) => s.padStart(w);
  const row = (name: string, cells: string[], target = '') =>
    console.log(`  ${name.padEnd(30)}${cells.map(col).join('')}${target ? `   ${target}` : ''}`);
  row(
    '',
    figures.map((f) => f.driver),
    'target',
  );
  row(
    'ingest + link time',
    figures.map((f) => formatSeconds(f.seconds * 1000)),
  );
  row(
    '  of which storing',
    figures.map((f) => formatSeconds(f.storedSeconds * 1000)),
  );
  row(
    'ingest + link (reports/s)',
    figures.map((f) => formatCount(REPORTS / f.seconds)),
  );
  row(
    'facts',
    figures.map((f) => formatCount(f.facts)),
  );
  row(
    '  claims linked',
    figures.map((f) => formatCount(f.linked)),
  );
  row(
    '  facts from 2+ documents',
    figures.map((f) => formatCount(f.multi)),
  );
  row(
    'near copies found',
    figures.map((f) => formatCount(f.copies)),
  );
  row(
    'estimates p50 (ms)',
    figures.map((f) => f.p50.toFixed(1)),
  );
  row(
    'estimates p95 (ms)',
    figures.map((f) => f.p95.toFixed(1)),
    '< 100',
  );
  for (const [i, q] of figures[0]!.perQuestion.entries()) {
    row(
      `  ${q.label}`,
      figures.map((f) => `${f.perQuestion[i]!.p50.toFixed(1)} (${f.perQuestion[i]!.points})`),
    );
  }
  console.log(`  (per question: p50 ms over ${ROUNDS} runs, estimates in the series in parentheses)`);
  if (!pgUrl)
    console.log(
      '  PostgreSQL: not run (set TESSERA_TEST_PG_URL to a server where a database may be created)',
    );
}
