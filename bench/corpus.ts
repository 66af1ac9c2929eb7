// A deterministic benchmark corpus built from samples/*.txt: each report takes a sample's
// headline and paragraphs from samples in the same language, in shuffled order, with sentences
// sometimes shuffled and numbers varied, so that the engine never sees the same string twice
// (no warm caches, no identical-input shortcuts) while the text keeps the shape of real reports.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BenchReport {
  id: string;
  /** ISO 639-1, taken from the sample's meta. */
  lang: string;
  text: string;
  /** The sample's publication date, so relative dates resolve as they would in real use. */
  published: string | null;
}

export interface CorpusOptions {
  /** Stop once the corpus reaches this many UTF-8 bytes. */
  targetBytes?: number;
  seed?: number;
  samplesDir?: string;
}

export const DEFAULT_CORPUS_BYTES = 50 * 1_000_000;
const DEFAULT_SEED = 0x7e55e4a;
const defaultSamplesDir = fileURLToPath(new URL('../samples/', import.meta.url));

interface Sample {
  name: string;
  lang: string;
  published: string | null;
  headline: string;
  paragraphs: string[];
}

/** mulberry32: tiny, fast and good enough to vary text; the same seed gives the same corpus. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

const EASTERN_ARABIC_ZERO = 0x0660;
const DIGIT_RUN = /[0-9]+|[\u0660-\u0669]+/g;
const SENTENCE_BREAK = /(?<=[.!?؟])\s+/;

function toEasternArabic(digits: string): string {
  return digits.replace(/[0-9]/g, (d) => String.fromCharCode(EASTERN_ARABIC_ZERO + Number(d)));
}

function toWestern(digits: string): string {
  return digits.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - EASTERN_ARABIC_ZERO));
}

/**
 * Replaces each run of digits with another of the same length and script, so `4,000`, `4 000`,
 * `4.000` and `٤٠٠` keep their form; years stay plausible years.
 */
function varyNumbers(random: Random, text: string): string {
  return text.replace(DIGIT_RUN, (run) => {
    const eastern = run.charCodeAt(0) >= EASTERN_ARABIC_ZERO;
    const western = eastern ? toWestern(run) : run;
    const value = Number(western);
    let varied: string;
    if (western.length === 4 && value >= 1990 && value <= 2030) {
      varied = String(value + randomInt(random, -3, 3));
    } else if (western.length === 1) {
      varied = String(randomInt(random, 1, 9));
    } else {
      const low = 10 ** (western.length - 1);
      varied = String(randomInt(random, low, low * 10 - 1));
    }
    return eastern ? toEasternArabic(varied) : varied;
  });
}

function varySentenceOrder(random: Random, paragraph: string): string {
  const sentences = paragraph.split(SENTENCE_BREAK);
  return sentences.length > 2 ? shuffled(random, sentences).join(' ') : paragraph;
}

function readSamples(samplesDir: string): Sample[] {
  const files = existsSync(samplesDir) ? readdirSync(samplesDir).filter((f) => f.endsWith('.txt')) : [];
  return files.sort().map((file) => {
    const name = file.slice(0, -'.txt'.length);
    const metaPath = join(samplesDir, `${name}.meta.json`);
    const meta = existsSync(metaPath)
      ? (JSON.parse(readFileSync(metaPath, 'utf8')) as { lang?: string; published?: string | null })
      : {};
    const blocks = readFileSync(join(samplesDir, file), 'utf8')
      .split(/\n\s*\n/)
      .map((block) => block.trim())
      .filter((block) => block.length > 0);
    const [headline = '', ...paragraphs] = blocks;
    return {
      name,
      // The file name starts with the language (`en-...`) when the meta lacks it.
      lang: meta.lang ?? name.slice(0, 2),
      published: meta.published ?? null,
      headline,
      paragraphs,
    };
  });
}

export function corpusBytes(reports: readonly BenchReport[]): number {
  let bytes = 0;
  for (const report of reports) bytes += Buffer.byteLength(report.text, 'utf8');
  return bytes;
}

/** Builds at least `targetBytes` (default 50 MB) of reports, the same ones for the same seed. */
export function buildCorpus(options: CorpusOptions = {}): BenchReport[] {
  const targetBytes = options.targetBytes ?? DEFAULT_CORPUS_BYTES;
  const samples = readSamples(options.samplesDir ?? defaultSamplesDir);
  if (samples.length === 0) throw new Error(`no samples/*.txt in ${options.samplesDir ?? defaultSamplesDir}`);
  const random = createRandom(options.seed ?? DEFAULT_SEED);

  const paragraphsByLang = new Map<string, string[]>();
  for (const sample of samples) {
    const pool = paragraphsByLang.get(sample.lang) ?? [];
    pool.push(...sample.paragraphs);
    paragraphsByLang.set(sample.lang, pool);
  }

  const reports: BenchReport[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const sample = pick(random, samples);
    const pool = paragraphsByLang.get(sample.lang) ?? sample.paragraphs;
    const paragraphCount = randomInt(random, 3, 7);
    const body: string[] = [];
    for (let i = 0; i < paragraphCount; i++) {
      const paragraph = pick(random, pool);
      body.push(random() < 0.3 ? varySentenceOrder(random, paragraph) : paragraph);
    }
    const text = varyNumbers(random, [sample.headline, ...body].join('\n\n')) + '\n';
    reports.push({
      id: `${sample.lang}-bench-${String(reports.length).padStart(6, '0')}`,
      lang: sample.lang,
      text,
      published: sample.published,
    });
    bytes += Buffer.byteLength(text, 'utf8');
  }
  return reports;
}
