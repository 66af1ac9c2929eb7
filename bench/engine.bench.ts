// Engine throughput on one core: extract() over a 50 MB corpus in a plain loop on the main
// thread, then wink-nlp's English pipeline (lite model) over the English part as a yardstick:
// the ratio puts our extraction's cost next to that of a widely used tokenizer + NER.
// BENCH_CORPUS_MB=5 shrinks the corpus for a quick check; figures are quoted at the default 50 MB.
import { performance } from 'node:perf_hooks';
import type winkNLP from 'wink-nlp';
import { extract } from '../src/pipeline/extract.ts';
import { buildCorpus, corpusBytes, DEFAULT_CORPUS_BYTES, type BenchReport } from './corpus.ts';
import {
  BYTES_PER_MB,
  describeRuns,
  formatCount,
  formatMegabytes,
  formatSeconds,
  formatThroughput,
  median,
  timeRuns,
  type Workload,
} from './run.ts';

const MAX_RUNS = 3;
// Keeps the whole benchmark near a minute: most of it for the engine, the rest for wink-nlp.
const ENGINE_BUDGET_MS = 30_000;
const WINK_BUDGET_MS = 25_000;
// Enough calls for V8 to optimise the hot paths before anything is timed.
const WARM_UP_BYTES = 2 * BYTES_PER_MB;

function workloadOf(reports: readonly BenchReport[]): Workload {
  return { bytes: corpusBytes(reports), reports: reports.length };
}

function warmUpSlice(reports: readonly BenchReport[]): BenchReport[] {
  const slice: BenchReport[] = [];
  let bytes = 0;
  for (const report of reports) {
    if (bytes >= WARM_UP_BYTES) break;
    slice.push(report);
    bytes += Buffer.byteLength(report.text, 'utf8');
  }
  return slice;
}

/** Reports grouped by language, so each language is timed on its own without per-call timers. */
function groupByLanguage(reports: readonly BenchReport[]): Map<string, BenchReport[]> {
  const groups = new Map<string, BenchReport[]>();
  for (const report of reports) {
    const group = groups.get(report.lang) ?? [];
    group.push(report);
    groups.set(report.lang, group);
  }
  return new Map([...groups.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** Runs extract() over the reports; returns what it found so the work cannot be optimised away. */
function extractAll(reports: readonly BenchReport[]): { claims: number; releases: number } {
  let claims = 0;
  let releases = 0;
  for (const report of reports) {
    const extraction = extract(report.text, { lang: report.lang, published: report.published });
    claims += extraction.claims.length;
    releases += extraction.releases.length;
  }
  return { claims, releases };
}

type WinkReader = ReturnType<typeof winkNLP>;

function readAllWithWink(nlp: WinkReader, reports: readonly BenchReport[]): number {
  let items = 0;
  for (const report of reports) {
    const doc = nlp.readDoc(report.text);
    items += doc.tokens().out().length + doc.entities().out().length;
  }
  return items;
}

export async function run(): Promise<void> {
  console.log('## engine: extract() throughput, one core');

  const targetBytes =
    Number(process.env.BENCH_CORPUS_MB ?? DEFAULT_CORPUS_BYTES / BYTES_PER_MB) * BYTES_PER_MB;
  const buildStart = performance.now();
  const corpus = buildCorpus({ targetBytes });
  const byLanguage = groupByLanguage(corpus);
  const total = workloadOf(corpus);
  const languageSummary = [...byLanguage]
    .map(([lang, reports]) => `${lang} ${formatMegabytes(corpusBytes(reports))}`)
    .join(', ');
  console.log(
    `corpus: ${formatMegabytes(total.bytes)}, ${formatCount(total.reports)} reports (${languageSummary}), ` +
      `built in ${formatSeconds(performance.now() - buildStart)}`,
  );

  extractAll(warmUpSlice(corpus));

  // Per-language durations of every run; the total of a run is the sum over languages.
  const languageDurations = new Map<string, number[]>([...byLanguage.keys()].map((lang) => [lang, []]));
  let found = { claims: 0, releases: 0 };
  const totalDurations = timeRuns(
    () => {
      found = { claims: 0, releases: 0 };
      for (const [lang, reports] of byLanguage) {
        const start = performance.now();
        const result = extractAll(reports);
        languageDurations.get(lang)?.push(performance.now() - start);
        found.claims += result.claims;
        found.releases += result.releases;
      }
    },
    { maxRuns: MAX_RUNS, budgetMs: ENGINE_BUDGET_MS },
  );
  const engineMs = median(totalDurations);
  console.log(
    `engine: ${formatThroughput(total, engineMs)} (one core, ${formatMegabytes(total.bytes)}, ` +
      `${formatCount(total.reports)} reports; ${describeRuns(totalDurations)}; ` +
      `${formatCount(found.claims)} claims, ${formatCount(found.releases)} releases)`,
  );
  for (const [lang, reports] of byLanguage) {
    const durations = languageDurations.get(lang) ?? [];
    const workload = workloadOf(reports);
    console.log(
      `  ${lang}: ${formatThroughput(workload, median(durations))} ` +
        `(${formatMegabytes(workload.bytes)}, ${formatCount(workload.reports)} reports)`,
    );
  }

  const english = byLanguage.get('en') ?? [];
  if (english.length === 0) {
    console.log('wink-nlp: skipped, the corpus has no English reports');
    return;
  }
  const englishWorkload = workloadOf(english);
  const engineEnglishMs = median(languageDurations.get('en') ?? []);

  // Loaded only now: the model takes a while to load and is not needed when there is no English.
  const [{ default: createWink }, { default: model }] = await Promise.all([
    import('wink-nlp'),
    import('wink-eng-lite-web-model'),
  ]);
  const nlp = createWink(model);
  readAllWithWink(nlp, warmUpSlice(english));
  const winkDurations = timeRuns(() => void readAllWithWink(nlp, english), {
    maxRuns: MAX_RUNS,
    budgetMs: WINK_BUDGET_MS,
  });
  const winkMs = median(winkDurations);

  console.log(`English part, side by side (one core, ${formatMegabytes(englishWorkload.bytes)}):`);
  console.log(`  tessera extract():          ${formatThroughput(englishWorkload, engineEnglishMs)}`);
  console.log(
    `  wink-nlp + eng-lite model:  ${formatThroughput(englishWorkload, winkMs)} ` +
      `(readDoc, tokens, entities; ${describeRuns(winkDurations)})`,
  );
  console.log(`  ratio: tessera is ${(winkMs / engineEnglishMs).toFixed(2)}x the speed of wink-nlp`);
}
