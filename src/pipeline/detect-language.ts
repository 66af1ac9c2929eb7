// Language identification with franc, restricted to the languages Tessera reads plus the ones reports
// are often confused with, so a Kazakh or German text is told apart, not misread; and decided per
// paragraph where the script changes, so a report with an Arabic and a Russian part is read in both.
import { francAll } from 'franc';
import type { LanguagePack, Script } from './language-pack.ts';

/** What a language pack says of how its language is recognised. */
export type ReadLanguage = Pick<LanguagePack, 'code' | 'francCode' | 'script' | 'functionWords'>;

/** The read languages in the lookups detection needs, built once per list of packs. */
interface Readers {
  /** ISO 639-3 (franc) → ISO 639-1, for the languages with a pack. */
  byFranc: Map<string, string>;
  scriptOf: Map<string, Script>;
  /** Every language franc may answer (read or confused with), by ISO 639-3 code. */
  known: Map<string, { script: Script; iso1: string }>;
  /** Function words of the languages that declare them, by ISO 639-1 code. */
  functionWords: Map<string, ReadonlySet<string>>;
}

const compiled = new WeakMap<readonly ReadLanguage[], Readers>();

function readersOf(languages: readonly ReadLanguage[]): Readers {
  let readers = compiled.get(languages);
  if (!readers) {
    readers = {
      byFranc: new Map(languages.map((l) => [l.francCode, l.code])),
      scriptOf: new Map(languages.map((l) => [l.code, l.script])),
      known: new Map([
        ...Object.entries(CONFUSED_WITH),
        ...languages.map((l) => [l.francCode, { script: l.script, iso1: l.code }] as const),
      ]),
      functionWords: new Map(
        languages.flatMap((l) => (l.functionWords ? [[l.code, new Set(l.functionWords)] as const] : [])),
      ),
    };
    compiled.set(languages, readers);
  }
  return readers;
}

/**
 * Languages reports are confused with (franc's ISO 639-3 codes, with their script and ISO 639-1 code):
 * franc may answer them beside the read languages, and their text yields a notice, not claims.
 */
const CONFUSED_WITH: Record<string, { script: Script; iso1: string }> = {
  deu: { script: 'latin', iso1: 'de' },
  spa: { script: 'latin', iso1: 'es' },
  ita: { script: 'latin', iso1: 'it' },
  por: { script: 'latin', iso1: 'pt' },
  nld: { script: 'latin', iso1: 'nl' },
  pol: { script: 'latin', iso1: 'pl' },
  tur: { script: 'latin', iso1: 'tr' },
  swe: { script: 'latin', iso1: 'sv' },
  ron: { script: 'latin', iso1: 'ro' },
  ces: { script: 'latin', iso1: 'cs' },
  hun: { script: 'latin', iso1: 'hu' },
  ind: { script: 'latin', iso1: 'id' },
  azj: { script: 'latin', iso1: 'az' },
  uzn: { script: 'latin', iso1: 'uz' },
  tuk: { script: 'latin', iso1: 'tk' },
  kmr: { script: 'latin', iso1: 'ku' },
  ukr: { script: 'cyrillic', iso1: 'uk' },
  bel: { script: 'cyrillic', iso1: 'be' },
  bul: { script: 'cyrillic', iso1: 'bg' },
  srp: { script: 'cyrillic', iso1: 'sr' },
  kaz: { script: 'cyrillic', iso1: 'kk' },
  kir: { script: 'cyrillic', iso1: 'ky' },
  tgk: { script: 'cyrillic', iso1: 'tg' },
  pes: { script: 'arabic', iso1: 'fa' },
  prs: { script: 'arabic', iso1: 'fa' },
  urd: { script: 'arabic', iso1: 'ur' },
  pbu: { script: 'arabic', iso1: 'ps' },
  ckb: { script: 'arabic', iso1: 'ku' },
  uig: { script: 'arabic', iso1: 'ug' },
};

const SAMPLE = 2000;
/** Below this many letters franc guesses; the script decides alone. */
const FEW_LETTERS = 40;
/**
 * On short texts franc's trigram scores of neighbouring languages are close (plain English scores just
 * under Swedish): a language Tessera reads wins when it scores within this much of the best.
 */
const SHORT_TEXT_MARGIN = 0.05;
const SHORT_TEXT = 400;

export interface Detection {
  /** ISO 639-1 code of a supported language, or null. */
  lang: string | null;
  /** franc's ISO 639-3 answer, for the notice when unsupported ('und' when undecided). */
  detected: string;
  /** ISO 639-1 code of the language detected, supported or not (null when undecided). */
  iso1: string | null;
}

/** Counts letters of each script in text[start, end) (a table-free range test: cheap on any size). */
function scriptCounts(text: string, start: number, end: number): Record<Script, number> {
  const n = { latin: 0, cyrillic: 0, arabic: 0 };
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
    )
      n.latin++;
    else if (c >= 0x400 && c <= 0x52f) n.cyrillic++;
    else if (
      (c >= 0x620 && c <= 0x64a) ||
      (c >= 0x66e && c <= 0x6d3) ||
      (c >= 0x6fa && c <= 0x6ff) ||
      (c >= 0x750 && c <= 0x77f) ||
      (c >= 0xfb50 && c <= 0xfdff) ||
      (c >= 0xfe70 && c <= 0xfefc)
    )
      n.arabic++;
  }
  return n;
}

function dominant(n: Record<Script, number>): Script | null {
  const best = Math.max(n.latin, n.cyrillic, n.arabic);
  if (best === 0) return null;
  return best === n.arabic ? 'arabic' : best === n.cyrillic ? 'cyrillic' : 'latin';
}

/** The language of a text among the read languages (and those it is confused with). */
export function detectLanguage(text: string, languages: readonly ReadLanguage[]): Detection {
  const sample = text.slice(0, SAMPLE);
  const counts = scriptCounts(sample, 0, sample.length);
  const script = dominant(counts);
  const letters = counts.latin + counts.cyrillic + counts.arabic;
  const { byFranc, known } = readersOf(languages);
  if (!script) return { lang: null, detected: 'und', iso1: null };
  // Only languages written in the text's script compete: Uyghur trigrams cannot win on English words.
  const candidates = [...known].filter(([, l]) => l.script === script).map(([code]) => code);
  // Too few letters to tell: the first read language registered in the script (English for Latin).
  const fallback = (): Detection => {
    const only = languages.find((l) => l.script === script)?.francCode;
    return only && byFranc.has(only)
      ? { lang: byFranc.get(only)!, detected: only, iso1: byFranc.get(only)! }
      : { lang: null, detected: 'und', iso1: null };
  };
  if (letters < FEW_LETTERS) return fallback();
  const ranked = francAll(sample, { only: candidates, minLength: 10 });
  const [top] = ranked;
  if (!top || top[0] === 'und') return fallback();
  if (!byFranc.has(top[0]) && letters < SHORT_TEXT) {
    const close = ranked.find(([l, score]) => byFranc.has(l) && score >= top[1] - SHORT_TEXT_MARGIN);
    if (close) return { lang: byFranc.get(close[0])!, detected: close[0], iso1: byFranc.get(close[0])! };
  }
  return { lang: byFranc.get(top[0]) ?? null, detected: top[0], iso1: known.get(top[0])?.iso1 ?? null };
}

/** A stretch of the text read in one language: whole paragraphs, [start, end). */
export interface LanguageRun extends Detection {
  start: number;
  end: number;
}

/**
 * The text as runs of paragraphs in one language. The document's language holds wherever its script
 * does; a paragraph of enough letters in another script is identified on its own (franc is slow, so
 * paragraphs are only sent to it when the script says the language changed).
 */
export function languageRuns(text: string, languages: readonly ReadLanguage[]): LanguageRun[] {
  const readers = readersOf(languages);
  const whole = detectLanguage(text, languages);
  const mainScript =
    readers.known.get(whole.detected)?.script ?? (whole.lang ? readers.scriptOf.get(whole.lang) : undefined);
  const runs: LanguageRun[] = [];
  const add = (start: number, end: number, d: Detection) => {
    const last = runs.at(-1);
    if (last && last.lang === d.lang && last.detected === d.detected) last.end = end;
    else runs.push({ lang: d.lang, detected: d.detected, iso1: d.iso1, start, end });
  };
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    end = end < 0 ? text.length : end + 1;
    const counts = scriptCounts(text, start, end);
    const script = dominant(counts);
    const previous = runs.at(-1);
    if (
      script &&
      script === mainScript &&
      whole.lang &&
      otherLanguageOfScript(text, start, end, whole.lang, readers.functionWords)
    ) {
      // A paragraph of the same script whose function words are another language's ("le", "les",
      // "dans" in an English report): franc decides it on its own.
      add(start, end, detectLanguage(text.slice(start, end), languages));
    } else if (!script || !mainScript || script === mainScript) {
      // Lines without letters take the language of the line before them; lines in the document's
      // script, the document's language.
      add(start, end, !script && previous ? previous : whole);
    } else if (previous && readers.known.get(previous.detected)?.script === script) {
      // The next line of a block in another script: the block was identified at its first line.
      add(start, end, previous);
    } else if (counts.latin + counts.cyrillic + counts.arabic >= FEW_LETTERS / 2) {
      add(
        start,
        end,
        detectLanguage(text.slice(start, blockEnd(text, end, script, start + SAMPLE)), languages),
      );
    } else {
      add(start, end, whole);
    }
    start = end;
  }
  if (!runs.length) runs.push({ ...whole, start: 0, end: text.length });
  return runs;
}

/** A paragraph shorter than this keeps the document's language: too few words to tell. */
const PARAGRAPH_LETTERS = 120;

/**
 * Whether text[start, end) reads as another read language of the same script than `lang`, by the
 * function words the packs give (franc is slow: it is asked only when these disagree with the document).
 */
function otherLanguageOfScript(
  text: string,
  start: number,
  end: number,
  lang: string,
  functionWords: ReadonlyMap<string, ReadonlySet<string>>,
): boolean {
  const own = functionWords.get(lang);
  if (!own || end - start < PARAGRAPH_LETTERS) return false;
  const words =
    text
      .slice(start, end)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  let ownHits = 0;
  let best = 0;
  for (const [other, set] of functionWords) {
    let hits = 0;
    for (const w of words) if (set.has(w)) hits++;
    if (other === lang) ownHits = hits;
    else best = Math.max(best, hits);
  }
  return best >= 4 && best >= 3 * ownHits;
}

/** Where the block of lines in `script` (and lines without letters) that goes on at `from` ends, up to `limit`. */
function blockEnd(text: string, from: number, script: Script, limit: number): number {
  let at = from;
  while (at < text.length && at < limit) {
    let end = text.indexOf('\n', at);
    end = end < 0 ? text.length : end + 1;
    const s = dominant(scriptCounts(text, at, Math.min(end, limit)));
    if (s && s !== script) break;
    at = end;
  }
  return Math.min(at, limit);
}
