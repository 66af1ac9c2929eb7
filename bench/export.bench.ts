// Exports at scale: 20,000 reports stored and linked as the CLI does, then each format written whole
// (every claim, its report, grades and facts) to a sink that discards it: claims per second, bytes, and
// the peak memory while writing (JS heap and the process's resident set, PGlite's included), against
// the memory before it started: a streamed export stays flat however many claims it writes.
// PGlite only. BENCH_EXPORT_REPORTS shrinks the run.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { EXPORT_FORMATS, type ExportFormat } from '../src/domain/filters.ts';
import { exportChunks } from '../src/services/export.service.ts';
import type { Repository } from '../src/storage/repository.ts';
import { benchReports, ingestAll, storable } from './reports.ts';
import { formatCount, formatMegabytes, formatSeconds } from './run.ts';
import { linker } from '../src/services/link.service.ts';

const REPORTS = Number(process.env.BENCH_EXPORT_REPORTS ?? 20_000);

// A collection before each export, so its memory is measured from what the store and the process hold,
// not from the garbage the storing left.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

interface Figures {
  format: ExportFormat;
  claims: number;
  bytes: number;
  seconds: number;
  heapBefore: number;
  heapPeak: number;
  rssBefore: number;
  rssPeak: number;
}

async function measure(repo: Repository, format: ExportFormat): Promise<Figures> {
  collectGarbage();
  const before = process.memoryUsage();
  let heapPeak = before.heapUsed;
  let rssPeak = before.rss;
  let bytes = 0;
  let claims = 0;
  const sample = () => {
    const m = process.memoryUsage();
    heapPeak = Math.max(heapPeak, m.heapUsed);
    rssPeak = Math.max(rssPeak, m.rss);
  };
  const timer = setInterval(sample, 20);
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done();
    },
  });
  const started = performance.now();
  try {
    await pipeline(Readable.from(exportChunks(repo, { format }, (p) => (claims = p.done))), sink);
  } finally {
    clearInterval(timer);
  }
  sample();
  return {
    format,
    claims,
    bytes,
    seconds: (performance.now() - started) / 1000,
    heapBefore: before.heapUsed,
    heapPeak,
    rssBefore: before.rss,
    rssPeak,
  };
}

export async function run(): Promise<void> {
  console.log(
    `export: ${formatCount(REPORTS)} reports stored and linked, then every claim exported in each format`,
  );
  const started = performance.now();
  const items = benchReports(REPORTS).map((r, i) => storable(r, i));
  console.log(`  engine beforehand: ${formatSeconds(performance.now() - started)} (not counted)`);
  const { openRepository } = await import('../src/storage/drivers/pglite.ts');
  const dir = await mkdtemp(join(tmpdir(), 'tessera-bench-export-'));
  const repo = await openRepository(dir, linker);
  try {
    const times = await ingestAll(repo, items);
    items.length = 0;
    const stats = await repo.stats();
    console.log(
      `  stored and linked in ${formatSeconds(times.linked * 1000)}: ${formatCount(stats.documents)} reports, ` +
        `${formatCount(stats.claims)} claims, ${formatCount(await repo.countFacts())} facts`,
    );
    const figures: Figures[] = [];
    for (const format of EXPORT_FORMATS) figures.push(await measure(repo, format));
    const row = (cells: string[]) =>
      console.log(`  ${cells.map((c, i) => (i ? c.padStart(14) : c.padEnd(8))).join('')}`);
    row(['format', 'claims', 'time', 'claims/s', 'size', 'heap peak', 'heap +', 'RSS peak', 'RSS +']);
    for (const f of figures)
      row([
        f.format,
        formatCount(f.claims),
        formatSeconds(f.seconds * 1000),
        formatCount(f.claims / f.seconds),
        formatMegabytes(f.bytes),
        formatMegabytes(f.heapPeak),
        formatMegabytes(f.heapPeak - f.heapBefore),
        formatMegabytes(f.rssPeak),
        formatMegabytes(f.rssPeak - f.rssBefore),
      ]);
    console.log(
      '  (heap + and RSS +: the peak while exporting, garbage included, over the figure after a collection before it)',
    );
  } finally {
    await repo.close();
    await rm(dir, { recursive: true, force: true });
  }
}
