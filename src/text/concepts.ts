// Search by concept: a word an analyst types (дети, wives, rapatriés, المعتقلين, propaganda video) stands
// for a value of the annotation guideline (population children, status returned, media video), and
// that value's words in every language come from the same language packs the engine reads. So a
// concept is a guideline value, and the packs are its thesaurus.
import { SCRIPT_LETTERS, type LanguagePack } from '../pipeline/language-pack.ts';
import { LANGUAGE_PACKS } from '../pipeline/languages/index.ts';
import { foldText } from './fold.ts';

export type ConceptKind = 'population' | 'status' | 'media';

/** One entry of a pack as search reads it: folded words, each matched whole or, ending in `*`, as a prefix. */
export interface ConceptTerm {
  lang: string;
  words: { text: string; prefix: boolean }[];
}

export interface Concept {
  /** `population:children`, `status:returned`, `media:video`. */
  id: string;
  kind: ConceptKind;
  value: string;
  terms: ConceptTerm[];
}

// Values too wide to search by: everyone ("people") and whatever the guideline leaves unnamed ("other").
const NOT_CONCEPTS = new Set(['population:people', 'status:other', 'media:other']);

const fold = (w: string) => foldText(w).trim();

function termOf(lang: string, entry: string): ConceptTerm | null {
  const words = fold(entry)
    .split(/[\s\-'’]+/u)
    .filter(Boolean)
    .map((w) => ({ text: w.replace(/\*+$/, ''), prefix: w.endsWith('*') }))
    .filter((w) => /^[\p{L}\p{N}]+$/u.test(w.text));
  return words.length ? { lang, words } : null;
}

function entriesOf(pack: LanguagePack): [ConceptKind, string, string][] {
  const out: [ConceptKind, string, string][] = [];
  for (const [word, e] of Object.entries(pack.populationWords)) {
    // Generic, anaphoric, deferred, role and nationality nouns count people only beside other words.
    if (e.generic || e.deferred || e.anaphoric || e.role || e.citizenship || e.origin) continue;
    out.push(['population', e.population, word]);
  }
  for (const [word, status] of Object.entries(pack.statusWords)) out.push(['status', status, word]);
  for (const [word, media] of Object.entries(pack.mediaWords)) out.push(['media', media, word]);
  return out;
}

let table: Concept[] | null = null;
/** Every entry, phrases included, for reading a query: "propaganda video" is one mention, not two words. */
let readable: { id: string; term: ConceptTerm }[] = [];

/** Every concept with its words in every language, built once from the packs. */
export function concepts(): readonly Concept[] {
  if (table) return table;
  const byId = new Map<string, Concept>();
  const seen = new Set<string>();
  for (const pack of LANGUAGE_PACKS) {
    const general = new Set(pack.tooGeneralToSearch ?? []);
    for (const [kind, value, word] of entriesOf(pack)) {
      const id = `${kind}:${value}`;
      if (NOT_CONCEPTS.has(id) || general.has(kind === 'media' ? `media:${word}` : word)) continue;
      const term = termOf(pack.code, word);
      if (!term) continue;
      let concept = byId.get(id);
      if (!concept) byId.set(id, (concept = { id, kind, value, terms: [] }));
      const key = `${id}|${term.lang}|${term.words.map((w) => w.text + (w.prefix ? '*' : '')).join(' ')}`;
      if (!seen.has(key)) {
        seen.add(key);
        concept.terms.push(term);
      }
    }
  }
  readable = [...byId.values()].flatMap((c) => c.terms.map((term) => ({ id: c.id, term })));
  // A phrase holding a shorter term of its concept adds nothing ("enfants soldats" after "enfants").
  // Readings are worked out once per phrase: this pass compares every phrase with every shorter one.
  for (const c of byId.values()) {
    c.terms = c.terms.filter((t) => {
      if (t.words.length < 2) return true;
      const words = wordReadings(t.words.map((w) => w.text));
      return !c.terms.some(
        (s) =>
          s.lang === t.lang &&
          s.words.length < t.words.length &&
          words.some((_, at) => termMatchesReadings(s, words, at)),
      );
    });
  }
  table = [...byId.values()];
  return table;
}

/** Each pack that glues clitics to words (Arabic و، ب، ال): its script and the clitics, anchored. */
const CLITIC_PACKS = LANGUAGE_PACKS.flatMap((p) =>
  p.clitics ? [{ script: SCRIPT_LETTERS[p.script], clitics: new RegExp(`^${p.clitics}`, 'u') }] : [],
);

/** A folded word as a term's word may match it: itself and, in a language that glues clitics, without them. */
function readings(word: string): string[] {
  for (const { script, clitics } of CLITIC_PACKS) {
    if (!script.test(word)) continue;
    const bare = word.replace(clitics, '');
    return bare && bare !== word ? [word, bare] : [word];
  }
  return [word];
}

const wordReadings = (words: readonly string[]) => words.map(readings);

const readingMatches = (w: { text: string; prefix: boolean }, wordReadings: readonly string[]) =>
  wordReadings.some((r) => (w.prefix ? r.startsWith(w.text) : r === w.text));

/** Whether a term matches, at `at`, words given by their readings. */
function termMatchesReadings(term: ConceptTerm, words: readonly (readonly string[])[], at: number): boolean {
  if (at + term.words.length > words.length) return false;
  return term.words.every((w, i) => readingMatches(w, words[at + i]!));
}

/** Folded words as terms match them: each word with its readings (itself and, where clitics glue, without). */
export const readWords = (words: readonly string[]): readonly (readonly string[])[] => wordReadings(words);

/**
 * The first of `terms` (in their order) that matches the read words at a position. Terms are indexed by
 * their first word, whole or as a prefix by its first letter, so a report's every word is tried against
 * the few terms it may start rather than against all of a concept's hundreds.
 */
export function termFinder(
  terms: readonly ConceptTerm[],
): (words: readonly (readonly string[])[], at: number) => ConceptTerm | undefined {
  const whole = new Map<string, number[]>();
  const prefixes = new Map<string, number[]>();
  terms.forEach((t, i) => {
    const first = t.words[0]!;
    const [index, key] = first.prefix ? [prefixes, first.text.slice(0, 1)] : [whole, first.text];
    const list = index.get(key);
    if (list) list.push(i);
    else index.set(key, [i]);
  });
  return (words, at) => {
    let best = -1;
    for (const r of words[at]!) {
      const candidates = [
        ...(whole.get(r) ?? []),
        ...(prefixes.get(r.slice(0, 1)) ?? []),
        ...(prefixes.get('') ?? []),
      ];
      for (const i of candidates) {
        if ((best < 0 || i < best) && termMatchesReadings(terms[i]!, words, at)) best = i;
      }
    }
    return best < 0 ? undefined : terms[best];
  };
}

export interface ConceptMention {
  concepts: string[];
  /** Offsets into the query of the words that named them. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/** The concepts one word names alone. */
function singleConcepts(words: readonly (readonly string[])[], at: number): string[] {
  const ids = readable
    .filter(({ term }) => term.words.length === 1 && termMatchesReadings(term, words, at))
    .map((r) => r.id);
  return [...new Set(ids)];
}

/**
 * Where a query names concepts: the longest run of words matching a pack entry, read left to right.
 * Words in "quotes" or after a minus are the analyst's exact words and are left alone.
 */
export function conceptMentions(query: string): ConceptMention[] {
  const tokens = [...query.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    folded: fold(m[0]),
    literal: (query.slice(0, m.index).split('"').length - 1) % 2 === 1 || query[m.index - 1] === '-',
  }));
  const words = wordReadings(tokens.map((t) => t.folded));
  concepts();
  const out: ConceptMention[] = [];
  for (let i = 0; i < tokens.length;) {
    if (tokens[i]!.literal) {
      i++;
      continue;
    }
    let best = 0;
    let found: string[] = [];
    for (const { id, term } of readable) {
      const n = term.words.length;
      if (n < best || !termMatchesReadings(term, words, i)) continue;
      if (tokens.slice(i, i + n).some((tok) => tok.literal)) continue;
      if (n > best) [best, found] = [n, []];
      if (!found.includes(id)) found.push(id);
    }
    if (!best) {
      i++;
      continue;
    }
    // A phrase whose words name more concepts apart ("enfants rapatriés": children, returned) is read word by word.
    const apart =
      best > 1 ? tokens.slice(i, i + best).map((tok, k) => ({ tok, ids: singleConcepts(words, i + k) })) : [];
    if (apart.some((a) => a.ids.some((id) => !found.includes(id)))) {
      for (const a of apart)
        if (a.ids.length) out.push({ concepts: a.ids.sort(), start: a.tok.start, end: a.tok.end });
    } else out.push({ concepts: found.sort(), start: tokens[i]!.start, end: tokens[i + best - 1]!.end });
    i += best;
  }
  return out;
}

export const conceptById = (id: string): Concept | undefined => concepts().find((c) => c.id === id);
