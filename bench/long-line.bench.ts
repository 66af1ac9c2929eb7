// The hostile case: 2 MB of reports run together into one sentence (no full stop, no line break), as a
// badly converted file gives. Timed beside the same 2 MB as written, the engine's normal rate: with
// sentence pieces capped, the two take about the same time (before the cap, one line took minutes).
import { extract } from '../src/pipeline/extract.ts';
import { buildCorpus, corpusBytes, type BenchReport } from './corpus.ts';
import { BYTES_PER_MB, describeRuns, formatSeconds, median, timeRuns } from './run.ts';

const TARGET_BYTES = 2 * BYTES_PER_MB;
const TIMING = { maxRuns: 3, budgetMs: 20_000 };

/** Every sentence end and line break turned into a comma or a space: one sentence, one line. */
const oneSentence = (text: string) => text.replace(/[.!?؟…]+(?=\s|$)/g, ',').replace(/\s+/g, ' ');

export function run(): Promise<void> {
  console.log('## long line: 2 MB in one sentence, beside the same 2 MB as written');
  // English reports up to 2 MB (about a quarter of a mixed corpus is English).
  const reports: BenchReport[] = [];
  let total = 0;
  for (const r of buildCorpus({ targetBytes: 6 * TARGET_BYTES })) {
    if (r.lang !== 'en' || total >= TARGET_BYTES) continue;
    reports.push(r);
    total += Buffer.byteLength(r.text, 'utf8');
  }
  const asWritten = reports.map((r) => r.text).join('\n\n');
  const oneLine = oneSentence(asWritten);
  const bytes = corpusBytes(reports);
  const mbps = (ms: number) => `${(bytes / BYTES_PER_MB / (ms / 1000)).toFixed(2)} MB/s`;
  extract(asWritten.slice(0, 200_000), { lang: 'en' }); // warm up
  const normal = timeRuns(() => void extract(asWritten, { lang: 'en' }), TIMING);
  const long = timeRuns(() => void extract(oneLine, { lang: 'en' }), TIMING);
  console.log(
    `as written: ${formatSeconds(median(normal))} (${mbps(median(normal))}; ${describeRuns(normal)})\n` +
      `one line:   ${formatSeconds(median(long))} (${mbps(median(long))}; ${describeRuns(long)}), ` +
      `${(median(long) / median(normal)).toFixed(2)}× the time as written, ` +
      `over ${(bytes / BYTES_PER_MB).toFixed(1)} MB of English reports`,
  );
  return Promise.resolve();
}
