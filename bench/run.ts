// Benchmark harness: `npm run bench` runs every bench/*.bench.ts module in name order;
// `npm run bench -- engine storage` runs only the named ones. A module exports
// `async function run(): Promise<void>` and prints its own heading and figures.
// The measuring and formatting helpers below are shared so that all modules report alike.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const BENCH_SUFFIX = '.bench.ts';
const benchDir = fileURLToPath(new URL('.', import.meta.url));

/** Megabytes as 10^6 bytes, the unit of the MB/s figures. */
export const BYTES_PER_MB = 1_000_000;

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

/** `24000` → `24,000`: grouped like the figures in reports, whatever the machine's locale. */
/** The p-th percentile of values sorted ascending (NaN when there are none). */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

export function formatMegabytes(bytes: number): string {
  return `${(bytes / BYTES_PER_MB).toFixed(1)} MB`;
}

export function formatSeconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(1)} s`;
}

export interface Workload {
  bytes: number;
  reports: number;
}

/** `7.3 MB/s, 2,150 reports/s`: throughput of one pass over a workload that took `milliseconds`. */
export function formatThroughput(workload: Workload, milliseconds: number): string {
  const seconds = milliseconds / 1000;
  const megabytesPerSecond = workload.bytes / BYTES_PER_MB / seconds;
  const digits = megabytesPerSecond < 10 ? 2 : 1;
  return `${megabytesPerSecond.toFixed(digits)} MB/s, ${formatCount(workload.reports / seconds)} reports/s`;
}

export interface TimingOptions {
  /** Runs wanted; the median of them is reported. */
  maxRuns: number;
  /** Start another run only if it is expected to end within this many milliseconds of the first. */
  budgetMs: number;
}

/**
 * Times `pass` up to `maxRuns` times and returns each duration in milliseconds.
 * Always runs once; stops early when the next run would overrun the budget, so a slow
 * engine still gets a figure in bounded time.
 */
export function timeRuns(pass: () => void, options: TimingOptions): number[] {
  const durations: number[] = [];
  const started = performance.now();
  while (durations.length < options.maxRuns) {
    const runStart = performance.now();
    pass();
    const runEnd = performance.now();
    durations.push(runEnd - runStart);
    const projectedEnd = runEnd - started + median(durations);
    if (projectedEnd > options.budgetMs) break;
  }
  return durations;
}

/** `median of 3 runs` or `1 run`: how a reported figure was obtained. */
export function describeRuns(durations: readonly number[]): string {
  return durations.length === 1 ? '1 run' : `median of ${durations.length} runs`;
}

interface BenchModule {
  run: () => Promise<void>;
}

function isBenchModule(value: unknown): value is BenchModule {
  return typeof value === 'object' && value !== null && typeof (value as BenchModule).run === 'function';
}

function availableBenchmarks(): string[] {
  return readdirSync(benchDir)
    .filter((file) => file.endsWith(BENCH_SUFFIX))
    .map((file) => file.slice(0, -BENCH_SUFFIX.length))
    .sort();
}

/** Runs the selected benchmarks and returns the process exit code. */
async function main(requested: readonly string[]): Promise<number> {
  const available = availableBenchmarks();
  if (requested.includes('--help') || requested.includes('-h')) {
    console.log(`usage: npm run bench [-- NAME...]\navailable: ${available.join(', ')}`);
    return 0;
  }
  // Accept `engine`, `engine.bench.ts` and `bench/engine.bench.ts` alike.
  const names = requested.map((arg) => arg.replace(/^.*\//, '').replace(/\.bench\.ts$/, ''));
  const unknown = names.filter((name) => !available.includes(name));
  if (unknown.length > 0) {
    console.error(`unknown benchmark: ${unknown.join(', ')} (available: ${available.join(', ')})`);
    return 2;
  }
  const selected = names.length > 0 ? available.filter((name) => names.includes(name)) : available;

  let failures = 0;
  for (const [index, name] of selected.entries()) {
    if (index > 0) console.log('');
    const started = performance.now();
    try {
      const loaded: unknown = await import(pathToFileURL(resolve(benchDir, name + BENCH_SUFFIX)).href);
      if (!isBenchModule(loaded)) throw new Error(`${name}${BENCH_SUFFIX} does not export run()`);
      await loaded.run();
      console.log(`(${name} took ${formatSeconds(performance.now() - started)})`);
    } catch (error) {
      // One failing benchmark should not hide the figures of the others.
      failures++;
      console.error(`${name}: failed:`, error);
    }
  }
  return failures > 0 ? 1 : 0;
}

// Run only when executed (`tsx bench/run.ts`), not when a bench module imports the helpers.
// No top-level await: bench modules import this file, and awaiting here would deadlock that cycle.
const entryPath = process.argv[1];
if (entryPath !== undefined && pathToFileURL(resolve(entryPath)).href === import.meta.url) {
  main(process.argv.slice(2)).then(
    (exitCode) => {
      process.exitCode = exitCode;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
