// Shared attribution: two outlets quoting the same minister are one origin, not two.
// Sources are compared as folded word sequences without titles and function words;
// vague attributions ("sources", "officials") identify no one and never merge.

import { LANGUAGE_PACKS } from '../pipeline/languages/index.ts';
import type { SourceNameWords } from '../pipeline/language-pack.ts';
import { foldedWords, foldText } from './fold.ts';

// What each language pack says of sources' names, folded as the names are.
const folded = (words: (names: SourceNameWords) => string[]) =>
  LANGUAGE_PACKS.flatMap((pack) => words(pack.sourceNames).map(foldText));
/** Function words and reporting verbs: "according to", "said", "по словам", "قال". */
const STOPWORDS = new Set(folded((n) => n.functionWords));
/** Titles: "President Tokayev" and "Tokayev" are one person. Prefixes, so inflected forms match too. */
const TITLE_PREFIXES = folded((n) => n.titles);
/** Words that on their own identify nobody. */
const VAGUE_PREFIXES = folded((n) => n.vague);

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  қ: 'k',
  ә: 'a',
  ө: 'o',
  ү: 'u',
  ұ: 'u',
  ғ: 'g',
  ң: 'n',
  һ: 'h',
};

/** The words of a source that identify someone, transliterated to Latin when Cyrillic; [] when none do. */
export function sourceIdentity(source: string | null): string[] {
  if (!source) return [];
  const known = identityMemo.get(source);
  if (known) return known;
  const identity = computeIdentity(source);
  // A memo, not state: bounded so a long-running service does not grow it without end.
  if (identityMemo.size >= 10_000) identityMemo.clear();
  identityMemo.set(source, identity);
  return identity;
}

const identityMemo = new Map<string, string[]>();

function computeIdentity(source: string): string[] {
  const words = foldedWords(source)
    .filter((w) => !STOPWORDS.has(w))
    .filter((w) => !TITLE_PREFIXES.some((p) => w.startsWith(p)));
  if (words.every((w) => VAGUE_PREFIXES.some((p) => w.startsWith(p)))) return [];
  return words.map(transliterate);
}

/**
 * The shared name when one source's identifying words appear, in order, inside the other's
 * ("Tokayev" in "Kazakh President Kassym-Jomart Tokayev"); null when they do not.
 */
export function sharedAttribution(a: string | null, b: string | null): string | null {
  const x = sourceIdentity(a);
  const y = sourceIdentity(b);
  if (x.length === 0 || y.length === 0) return null;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  for (let start = 0; start + short.length <= long.length; start++) {
    if (short.every((word, i) => sameWord(word, long[start + i]!))) return short.join(' ');
  }
  return null;
}

/**
 * Equal, or close enough for transliteration and Russian case endings: one edit for words of
 * five letters or more (Tokaev/Tokayev), two from seven (Токаева → tokaeva/Tokayev).
 */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  // "Brigade 17" and "Brigade 11" are different names, however close the spelling.
  if (/\d/.test(a) || /\d/.test(b)) return false;
  const shorter = Math.min(a.length, b.length);
  const allowed = shorter >= 7 ? 2 : shorter >= 5 ? 1 : 0;
  return allowed > 0 && Math.abs(a.length - b.length) <= allowed && editDistance(a, b) <= allowed;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

function transliterate(word: string): string {
  return /[\u0400-\u04ff]/.test(word) ? [...word].map((c) => CYRILLIC_TO_LATIN[c] ?? c).join('') : word;
}
