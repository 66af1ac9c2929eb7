// API latency under load: 20,000 reports stored in PGlite, then the store reopened and a local server
// started on loopback (a fresh start): the first request to each route, then autocannon requests
// (bounded by count and time) for the overview, searches and claims; p50/p95 from every response.
// BENCH_API_REPORTS shrinks the store; BENCH_API_SECONDS bounds each load run (default 10 s; 0: first
// requests only). BENCH_API_STORE=<folder> keeps the store there and, when it already holds reports, opens
// it without storing any: run again, a new process gives the first requests of a cold start (and of a
// store made by older code, its migrations applied on opening). The overview is kept in the store
// (kept_answers): a run of the same code as the last reads it, as after a restart; other code computes it.
import { existsSync } from 'node:fs';
import type { EventEmitter } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { buildApp } from '../src/api/app.ts';
import { extract } from '../src/pipeline/extract.ts';
import { BATCH } from '../src/services/ingest.service.ts';
import { prepareSearch } from '../src/services/search.service.ts';
import type { Repository } from '../src/storage/repository.ts';
import { benchReports, storable } from './reports.ts';
import { formatCount, formatSeconds, percentile } from './run.ts';
import { linker } from '../src/services/link.service.ts';

const REPORTS = Number(process.env.BENCH_API_REPORTS ?? 20_000);
const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 10);
const KEPT_STORE = process.env.BENCH_API_STORE;
const MAX_REQUESTS = 5_000;
const CONNECTIONS = 8;

const TARGETS: { name: string; path: string }[] = [
  { name: 'overview', path: '/api/overview' },
  { name: 'search "children"', path: '/api/search?q=children' },
  { name: 'search "Казахстан" (cross-language)', path: `/api/search?q=${encodeURIComponent('Казахстан')}` },
  { name: 'search facets only (children, KZ)', path: '/api/search?population=children&country=KZ' },
  { name: 'claims list (returned, page 2)', path: '/api/claims?status=returned&limit=50&offset=50' },
  { name: 'releases registry (page 1)', path: '/api/releases?limit=20' },
];

async function store(repo: Repository): Promise<{ claims: number; seconds: number }> {
  const corpus = benchReports(REPORTS);
  const started = performance.now();
  let claims = 0;
  for (let at = 0; at < corpus.length; at += BATCH) {
    const chunk = corpus.slice(at, at + BATCH).map((r, k) => {
      const extraction = extract(r.text, { lang: r.lang, published: r.published });
      claims += extraction.claims.length;
      const i = at + k;
      return storable(r, i, extraction, {
        outlet: `outlet-${i % 17}`,
        title: r.text.split('\n', 1)[0]!.slice(0, 120),
      });
    });
    await repo.storeDocuments(chunk, 'bench', { link: false });
  }
  await repo.linkPending();
  return { claims, seconds: (performance.now() - started) / 1000 };
}

async function load(
  url: string,
): Promise<{ count: number; rps: number; p50: number; p95: number; errors: number }> {
  const times: number[] = [];
  let errors = 0;
  const instance = autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
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

export async function run(): Promise<void> {
  console.log(
    `api: ${formatCount(REPORTS)} reports in PGlite, server on 127.0.0.1, autocannon ${CONNECTIONS} connections, ` +
      `at most ${SECONDS} s or ${formatCount(MAX_REQUESTS)} requests per route`,
  );
  const { openRepository } = await import('../src/storage/drivers/pglite.ts');
  const kept = KEPT_STORE !== undefined && KEPT_STORE !== '';
  const dir = kept ? KEPT_STORE : await mkdtemp(join(tmpdir(), 'tessera-api-bench-'));
  try {
    const reused = kept && existsSync(join(dir, 'pg', 'PG_VERSION'));
    if (reused) {
      console.log(`  the store kept in ${dir}, opened as it is (no reports stored by this run)`);
    } else {
      const filling = await openRepository(dir, linker);
      try {
        const stored = await store(filling);
        console.log(
          `  stored ${formatCount(REPORTS)} reports, ${formatCount(stored.claims)} claims in ${formatSeconds(stored.seconds * 1000)} (engine included)`,
        );
      } finally {
        await filling.close();
      }
      if (kept) console.log(`  the store is kept in ${dir}: run again with BENCH_API_STORE to open it cold`);
    }
    // A fresh start, as `tessera serve` after a restart: the store opened again (its own buffers empty),
    // the app built, and each route asked once before anything else has run.
    const opening = performance.now();
    const repo = await openRepository(dir, linker);
    try {
      const app = await buildApp({ repo, user: 'bench', maxUploadBytes: 1e6, fetchTimeoutMs: 1000 });
      await prepareSearch(repo); // as `tessera serve` does before it listens
      const base = await app.listen({ port: 0, host: '127.0.0.1' });
      const ready = performance.now() - opening;
      try {
        const firsts: string[] = [];
        for (const target of TARGETS) {
          const started = performance.now();
          const first = await fetch(base + target.path);
          await first.arrayBuffer();
          if (first.status !== 200) throw new Error(`${target.path} answered ${first.status}`);
          firsts.push(`${target.name} ${(performance.now() - started).toFixed(0)} ms`);
        }
        console.log(
          `  fresh start: store opened and app listening in ${ready.toFixed(0)} ms; then, in order,`,
        );
        console.log(`  first request after start (target < 1000 ms each): ${firsts.join('; ')}`);
        // Counted after the first requests, whose reads it would otherwise warm.
        const stats = await repo.stats();
        console.log(
          `  (the store: ${formatCount(stats.documents)} reports, ${formatCount(stats.claims)} claims)`,
        );
        for (const target of SECONDS > 0 ? TARGETS : []) {
          const r = await load(base + target.path);
          console.log(
            `  ${target.name.padEnd(40)} ${formatCount(r.count).padStart(6)} requests, ` +
              `${r.rps.toFixed(0).padStart(5)} req/s, p50 ${r.p50.toFixed(1).padStart(6)} ms, p95 ${r.p95.toFixed(1).padStart(6)} ms` +
              (r.errors ? `, ${r.errors} errors` : ''),
          );
        }
      } finally {
        await app.close();
      }
    } finally {
      await repo.close();
    }
  } finally {
    if (!kept) await rm(dir, { recursive: true, force: true });
  }
}
