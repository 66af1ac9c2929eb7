// Compiles a word list (data) into a lookup scanned over normalised text, token by token, so a
// lexicon of thousands of names costs a few hash lookups per word, not a regex alternative each.
// Patterns: "more than" (words), "дет*" (a stem: any word starting so), "!IS" (case-sensitive,
// checked against the original text). The longest match at a position wins.
import { CHAR_KIND, DIGIT, SPACE, WORD } from './chars.ts';
import { fold } from './normalize.ts';

export interface LexiconMatch<V> {
  readonly start: number;
  readonly end: number;
  readonly value: V;
  /** The normalised pattern that matched (without clitics). */
  readonly pattern: string;
}

/**
 * Matches are made by a constructor, not an object literal: V8 tracks a literal's allocation site and,
 * once many of its objects outlive a young-generation collection (a document's matches are kept until
 * the next document, longer while languages alternate), allocates all later ones in the old
 * generation, slower to fill and to collect. Profiled on the bench (a mixed warm-up, then one language
 * at a time), making matches took 2.6% of the time from a literal, 0.8% from this class (and from the
 * literal with V8's pretenuring turned off).
 */
class Match<V> implements LexiconMatch<V> {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly value: V,
    readonly pattern: string,
  ) {}
}

/**
 * A match with another value (a status read again, "detained" → "present"): made by the constructor,
 * like every match, so a lexicon's matches keep one shape (a spread `{ ...m, value }` makes another).
 */
export function withValue<V>(m: LexiconMatch<unknown>, value: V): LexiconMatch<V> {
  return new Match(m.start, m.end, value, m.pattern);
}

/** A match moved to [start, end), made by the constructor for the same reason. */
export function movedMatch<V>(m: LexiconMatch<V>, start: number, end: number): LexiconMatch<V> {
  return new Match(start, end, m.value, m.pattern);
}

export interface LexiconOptions {
  /** A regex source for clitics that may be glued before a word (Arabic و، ب، ال ...). */
  clitics?: string;
}

interface TokenPattern {
  text: string;
  stem: boolean;
  /** The word's interned id (-1 for digits): matching compares ids, not strings. Kept across resets. */
  id: number;
}

interface Entry<V> {
  tokens: TokenPattern[];
  pattern: string;
  caseSensitive: string | null;
  value: V;
  /** Whether a word of the pattern is a stem: an exact pattern is more specific. */
  hasStem: boolean;
}

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Interned id of text: lexicons memoise by it in arrays, cheaper than hashing strings again. */
  id: number;
}

// Word ids shared by every lexicon, interned in an open-addressing table keyed by a word's
// characters: tokenising finds a known word's id and string without slicing it out of the text
// and hashing the slice again. Reset (with every memo) when the vocabulary grows too large.
const VOCABULARY_LIMIT = 1_000_000;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
let generation = 0;

// A slot of the table: word id (-1 if free), hash, and where the word's characters are in the pool
// and how many: a probe and the comparison that confirms it read one place, then the pool in a row.
const SLOT_ID = 0;
const SLOT_HASH = 1;
const SLOT_OFFSET = 2;
const SLOT_LENGTH = 3;
const SLOT_SIZE = 4;

class Vocabulary {
  words: string[] = [];
  private pool = new Uint16Array(8192);
  private poolSize = 0;
  private slots = newSlots(4096);

  /** The id of text[start, end), whose FNV-1a hash is given; a new word gets the next id. */
  idOf(text: string, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const wrap = slots.length - 1; // the table's length is a power of two
    const length = end - start;
    let at = Math.imul(hash, SLOT_SIZE) & wrap;
    for (let id = slots[at + SLOT_ID]!; id >= 0; id = slots[at + SLOT_ID]!) {
      if (
        slots[at + SLOT_HASH] === hash &&
        slots[at + SLOT_LENGTH] === length &&
        this.sameChars(slots[at + SLOT_OFFSET]!, text, start, length)
      )
        return id;
      at = (at + SLOT_SIZE) & wrap;
    }
    return this.add(text, start, end, hash, at);
  }

  private sameChars(offset: number, text: string, start: number, length: number): boolean {
    const pool = this.pool;
    for (let k = 0; k < length; k++) if (pool[offset + k] !== text.charCodeAt(start + k)) return false;
    return true;
  }

  /** Adds text[start, end) at the free slot starting at index `at` of the table. */
  private add(text: string, start: number, end: number, hash: number, at: number): number {
    if (this.words.length >= VOCABULARY_LIMIT) {
      this.words = [];
      this.poolSize = 0;
      this.slots = newSlots(this.slots.length / SLOT_SIZE);
      generation++;
      // Lexicons' words keep an id: their entries compare it with tokens' ids.
      for (const word of patternWords) if (word.id >= 0) word.id = wordId(word.text);
      return this.idOf(text, start, end, hash);
    }
    const id = this.words.length;
    const length = end - start;
    this.words.push(text.slice(start, end));
    if (this.poolSize + length > this.pool.length) {
      const pool = new Uint16Array(Math.max(this.pool.length * 2, this.poolSize + length));
      pool.set(this.pool);
      this.pool = pool;
    }
    for (let k = 0; k < length; k++) this.pool[this.poolSize + k] = text.charCodeAt(start + k);
    const slots = this.slots;
    slots[at + SLOT_ID] = id;
    slots[at + SLOT_HASH] = hash;
    slots[at + SLOT_OFFSET] = this.poolSize;
    slots[at + SLOT_LENGTH] = length;
    this.poolSize += length;
    // At most half full, so probe chains stay short.
    if (this.words.length * 2 * SLOT_SIZE > slots.length) this.rehash((slots.length / SLOT_SIZE) * 2);
    return id;
  }

  private rehash(count: number): void {
    const slots = newSlots(count);
    const mask = count - 1;
    const old = this.slots;
    for (let from = 0; from < old.length; from += SLOT_SIZE) {
      if (old[from + SLOT_ID]! < 0) continue;
      let slot = old[from + SLOT_HASH]! & mask;
      while (slots[slot * SLOT_SIZE + SLOT_ID]! >= 0) slot = (slot + 1) & mask;
      slots.set(old.subarray(from, from + SLOT_SIZE), slot * SLOT_SIZE);
    }
    this.slots = slots;
  }
}

/** A table of `count` empty slots (id -1). */
function newSlots(count: number): Int32Array {
  const slots = new Int32Array(SLOT_SIZE * count);
  for (let slot = 0; slot < count; slot++) slots[SLOT_SIZE * slot + SLOT_ID] = -1;
  return slots;
}

function grow(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(size);
  grown.set(array);
  return grown;
}

const vocabulary = new Vocabulary();
/** Every word of every lexicon's patterns, re-interned when the vocabulary is reset. */
const patternWords: TokenPattern[] = [];

function wordId(text: string): number {
  // Numbers are endless and lexicons hold no digits: they share one id that never matches.
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) return -1;
  let hash = FNV_OFFSET;
  for (let k = 0; k < text.length; k++) hash = Math.imul(hash ^ text.charCodeAt(k), FNV_PRIME);
  return vocabulary.idOf(text, 0, text.length, hash);
}

/**
 * A text's tokens as parallel arrays, refilled in place: tokenising a document makes no object per
 * token, and the scans below read offsets and word ids from typed arrays. A token's string is read
 * only when needed (textAt): most tokens are matched by id alone, and touching every word's string
 * costs a cache miss each.
 */
class TokenList {
  count = 0;
  source = '';
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  /** Interned word ids; -1 for digit runs. */
  ids = new Int32Array(256);

  push(start: number, end: number, id: number): void {
    const at = this.count;
    if (at === this.starts.length) {
      this.starts = grow(this.starts, at * 2);
      this.ends = grow(this.ends, at * 2);
      this.ids = grow(this.ids, at * 2);
    }
    this.starts[at] = start;
    this.ends[at] = end;
    this.ids[at] = id;
    this.count = at + 1;
  }

  /** Token k's text: the interned string of a word, a slice for a digit run. */
  textAt(k: number): string {
    const id = this.ids[k]!;
    return id >= 0 ? vocabulary.words[id]! : this.source.slice(this.starts[k], this.ends[k]);
  }
}

/** Words (letters and marks), digit runs, and single other characters; spaces separate. */
export function tokenize(text: string): Token[] {
  const list = tokenizeInto(text, phraseTokens);
  const out: Token[] = [];
  for (let k = 0; k < list.count; k++) {
    out.push({ text: list.textAt(k), start: list.starts[k]!, end: list.ends[k]!, id: list.ids[k]! });
  }
  return out;
}

function tokenizeInto(text: string, out: TokenList): TokenList {
  out.count = 0;
  out.source = text;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const kind = CHAR_KIND[c]!;
    if (kind === SPACE) {
      i++;
      continue;
    }
    let j = i + 1;
    if (kind === DIGIT) {
      while (j < n && CHAR_KIND[text.charCodeAt(j)] === DIGIT) j++;
      out.push(i, j, -1);
      i = j;
      continue;
    }
    // The word's hash is taken while its end is sought.
    let hash = Math.imul(FNV_OFFSET ^ c, FNV_PRIME);
    if (kind === WORD) {
      for (let d = text.charCodeAt(j); j < n && CHAR_KIND[d] === WORD; d = text.charCodeAt(++j)) {
        hash = Math.imul(hash ^ d, FNV_PRIME);
      }
    } else if (j < n && c >= 0xd800 && c <= 0xdbff) {
      hash = Math.imul(hash ^ text.charCodeAt(j), FNV_PRIME);
      j++; // a surrogate pair is one character
    }
    out.push(i, j, vocabulary.idOf(text, i, j, hash));
    i = j;
  }
  return out;
}

// Every stage scans ranges of the same document with many lexicons: tokenise it once. Short
// strings (a phrase, a gap between words) are tokenised on the spot and never evict the document.
// Both lists are refilled in place; no scan tokenises while it reads one (lookups intern words, they
// do not tokenise).
let cachedText = '';
const documentTokens = new TokenList();
const phraseTokens = new TokenList();
function tokensOf(text: string): TokenList {
  if (text.length < 256) return tokenizeInto(text, phraseTokens);
  if (text !== cachedText) {
    tokenizeInto(text, documentTokens);
    cachedText = text;
  }
  return documentTokens;
}

/** Index of the first token starting at or after offset. */
function firstTokenAt(tokens: TokenList, offset: number): number {
  const starts = tokens.starts;
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const ARABIC_LETTERS = /^[\u0621-\u064a]+$/;
const cliticCache = new Map<string, string[]>();

/** Every prefix (up to four letters) the clitic pattern accepts, longest first. */
function cliticPrefixes(source: string): string[] {
  const hit = cliticCache.get(source);
  if (hit) return hit;
  const re = new RegExp(`^(?:${source})$`, 'u');
  const letters = [...new Set(source.match(/[\u0621-\u064a]/gu) ?? [])];
  const found = new Set<string>();
  let frontier = [''];
  for (let len = 1; len <= 4; len++) {
    const next: string[] = [];
    for (const f of frontier) for (const l of letters) next.push(f + l);
    for (const s of next) if (re.test(s)) found.add(s);
    frontier = next;
  }
  const list = [...found].sort((a, b) => b.length - a.length);
  cliticCache.set(source, list);
  return list;
}

function moreSpecific<V>(a: Entry<V>, b: Entry<V>): boolean {
  if (a.hasStem !== b.hasStem) return !a.hasStem;
  return a.pattern.length > b.pattern.length;
}

/**
 * Index of the last text token the entry covers from token i (tokens before limit), or -1.
 * Consecutive tokens are separated by nothing or by spaces only (tokenize skips nothing else), so
 * an entry's words match consecutive tokens.
 */
function matchEntry(tokens: TokenList, i: number, limit: number, entry: Entry<unknown>): number {
  for (let k = 1; k < entry.tokens.length; k++) {
    if (i + k >= limit) return -1;
    const p = entry.tokens[k]!;
    // Same word, same id; digits (id -1) and stems compare text.
    if (
      p.stem
        ? !tokens.textAt(i + k).startsWith(p.text)
        : p.id >= 0
          ? tokens.ids[i + k] !== p.id
          : tokens.textAt(i + k) !== p.text
    )
      return -1;
  }
  return i + entry.tokens.length - 1;
}

interface CliticSplit {
  core: string;
  id: number;
  skip: number;
}

// The ways a word splits into clitics and a core (والأطفال → و|الأطفال, وال|أطفال), per word id:
// every Arabic lexicon asks for the same splits of the same words.
const splitsById: (CliticSplit[] | undefined)[] = [];
let splitsGeneration = 0;
const NO_SPLITS: CliticSplit[] = [];

/** cliticSplits of token i, its text read only when its splits are not remembered yet. */
function cliticSplitsOf(tokens: TokenList, i: number, clitics: string[]): CliticSplit[] {
  const id = tokens.ids[i]!;
  if (id >= 0 && splitsGeneration === generation) {
    const hit = splitsById[id];
    if (hit) return hit;
  }
  return cliticSplits(tokens.textAt(i), id, clitics);
}

function cliticSplits(token: string, id: number, clitics: string[]): CliticSplit[] {
  if (splitsGeneration !== generation) {
    splitsById.length = 0;
    splitsGeneration = generation;
  }
  if (id >= 0) {
    const hit = splitsById[id];
    if (hit) return hit;
  }
  let splits = NO_SPLITS;
  if (ARABIC_LETTERS.test(token)) {
    for (const c of clitics) {
      if (token.length > c.length + 1 && token.startsWith(c)) {
        const core = token.slice(c.length);
        if (splits === NO_SPLITS) splits = [];
        splits.push({ core, id: wordId(core), skip: c.length });
      }
    }
  }
  if (id >= 0) {
    // Filled up to id, so the array never turns sparse (a slow dictionary) when ids jump.
    while (splitsById.length < id) splitsById.push(undefined);
    splitsById[id] = splits;
  }
  return splits;
}

/**
 * Items indexed by the first word of their entry, exactly or by stem, with the lookup memoised per
 * interned word id: words recur through a corpus, so most lookups are one typed-array read.
 */
interface Bucket<T> {
  /** Entries of one word: checked at every occurrence. */
  any: T[];
  /** Entries of several words by their exact second word's id: only those that can still match. */
  bySecond: Map<number, T[]> | null;
  /** The same for a second word of digits (id -1), by its text. */
  bySecondDigits: Map<string, T[]> | null;
  /** Entries whose second word is a stem ("enfants syrien*"), by that stem, and the stems' lengths. */
  bySecondStem: Map<string, T[]> | null;
  secondStemLengths: number[];
}

interface Indexed<T> {
  item: T;
  /** The entry's second word; its id is read when a bucket is made, after any vocabulary reset. */
  second: TokenPattern | null;
}

const DIGIT_START = /^[0-9]/;

const NO_MATCHES: LexiconMatch<unknown>[] = [];
/** What Lexicon.get remembers for a phrase that has no entry. */
const NO_ENTRY: unique symbol = Symbol('no entry');

class FirstWordIndex<T> {
  private readonly byFirst = new Map<string, Indexed<T>[]>();
  private readonly byStem = new Map<string, Indexed<T>[]>();
  private stemLengths: number[] = [];
  // memo[wordId]: 0 not looked up yet, 1 nothing starts with this word, k + 2 memoBuckets[k].
  private memo = new Int32Array(1024);
  private memoBuckets: Bucket<T>[] = [];
  private memoGeneration = 0;
  /** Whether an entry starts with digits: if none does, a number is looked up in no time. */
  private digitFirst = false;

  add(tokens: TokenPattern[], item: T): void {
    const first = tokens[0]!;
    if (DIGIT_START.test(first.text)) this.digitFirst = true;
    const index = first.stem ? this.byStem : this.byFirst;
    const list = index.get(first.text) ?? [];
    list.push({ item, second: tokens[1] ?? null });
    index.set(first.text, list);
    if (first.stem && !this.stemLengths.includes(first.text.length)) {
      this.stemLengths = [...this.stemLengths, first.text.length].sort((a, b) => a - b);
    }
  }

  /**
   * The remembered answer of lookup for a word id: its bucket, null when nothing starts with the word,
   * undefined when not known yet (or for digits), so that most words are answered without their text.
   */
  memoised(id: number): Bucket<T> | null | undefined {
    if (id < 0 || this.memoGeneration !== generation || id >= this.memo.length) return undefined;
    const hit = this.memo[id]!;
    return hit === 0 ? undefined : hit === 1 ? null : this.memoBuckets[hit - 2]!;
  }

  /** Entries whose first word matches this word (a digit run has id -1 and no memo). */
  lookup(core: string, id: number): Bucket<T> | null {
    if (id < 0) return this.digitFirst ? this.bucket(this.byFirst.get(core) ?? []) : null;
    if (this.memoGeneration !== generation) {
      this.memo = new Int32Array(1024);
      this.memoBuckets = [];
      this.memoGeneration = generation;
    }
    if (id >= this.memo.length) {
      const grown = new Int32Array(Math.max(id + 1, this.memo.length * 2));
      grown.set(this.memo);
      this.memo = grown;
    }
    const hit = this.memo[id]!;
    if (hit === 1) return null;
    if (hit > 1) return this.memoBuckets[hit - 2]!;
    const found = [...(this.byFirst.get(core) ?? [])];
    for (const len of this.stemLengths) {
      if (len > core.length) break;
      found.push(...(this.byStem.get(core.slice(0, len)) ?? []));
    }
    const bucket = this.bucket(found);
    if (bucket) {
      this.memoBuckets.push(bucket);
      this.memo[id] = this.memoBuckets.length + 1;
    } else this.memo[id] = 1;
    return bucket;
  }

  private bucket(found: Indexed<T>[]): Bucket<T> | null {
    if (!found.length) return null;
    const any: T[] = [];
    let bySecond: Map<number, T[]> | null = null;
    let bySecondDigits: Map<string, T[]> | null = null;
    let bySecondStem: Map<string, T[]> | null = null;
    const secondStemLengths: number[] = [];
    for (const { item, second } of found) {
      if (second === null) any.push(item);
      else if (second.stem) {
        bySecondStem ??= new Map();
        const list = bySecondStem.get(second.text) ?? [];
        list.push(item);
        bySecondStem.set(second.text, list);
        if (!secondStemLengths.includes(second.text.length)) secondStemLengths.push(second.text.length);
      } else if (second.id >= 0) {
        bySecond ??= new Map();
        const list = bySecond.get(second.id) ?? [];
        list.push(item);
        bySecond.set(second.id, list);
      } else {
        bySecondDigits ??= new Map();
        const list = bySecondDigits.get(second.text) ?? [];
        list.push(item);
        bySecondDigits.set(second.text, list);
      }
    }
    return { any, bySecond, bySecondDigits, bySecondStem, secondStemLengths };
  }
}

/** The entries of a bucket that may match at token i: all single ones, and those whose second word follows. */
function candidatesAt<T>(bucket: Bucket<T>, tokens: TokenList, i: number, limit: number): T[] | undefined {
  if (i + 1 >= limit) return undefined;
  const next = tokens.ids[i + 1]!;
  if (next >= 0) return bucket.bySecond ? bucket.bySecond.get(next) : undefined;
  return bucket.bySecondDigits ? bucket.bySecondDigits.get(tokens.textAt(i + 1)) : undefined;
}

/** The entries of a bucket whose second word is a stem of the given length that the word after token i starts with. */
function stemCandidatesAt<T>(
  bucket: Bucket<T>,
  tokens: TokenList,
  i: number,
  limit: number,
  length: number,
): T[] | undefined {
  if (!bucket.bySecondStem || i + 1 >= limit) return undefined;
  const next = tokens.textAt(i + 1);
  if (length > next.length) return undefined;
  return bucket.bySecondStem.get(length === next.length ? next : next.slice(0, length));
}

export class Lexicon<V> {
  /** Every entry, for LexiconGroup to index together with other lexicons. */
  readonly entries: Entry<V>[] = [];
  /**
   * Matches over a whole document, filled by LexiconGroup.index and answered by range: offsets and
   * entries in parallel arrays, refilled per document. Their objects are made when one is first
   * asked for (many lexicons are never asked about a document), then kept: a match is always the
   * same object.
   */
  private docText: string | null = null;
  private docCount = 0;
  private docStarts = new Int32Array(64);
  private docEnds = new Int32Array(64);
  private docEntries: Entry<V>[] = [];
  private docObjects: LexiconMatch<V>[] = [];
  private docObjectCount = 0;
  private readonly index = new FirstWordIndex<Entry<V>>();
  readonly clitics: string[];
  private count = 0;

  constructor(entries: Iterable<readonly [string, V]>, options: LexiconOptions = {}) {
    this.clitics = options.clitics ? cliticPrefixes(options.clitics) : [];
    for (const [raw, value] of entries) {
      let pattern = raw.trim();
      let caseSensitive: string | null = null;
      if (pattern.startsWith('!')) {
        pattern = pattern.slice(1);
        caseSensitive = pattern.replace(/\*/g, '');
      }
      const tokens: TokenPattern[] = [];
      for (const word of pattern.split(/\s+/)) {
        const stem = word.endsWith('*') && word.length > 1;
        const parts = tokenize(fold(stem ? word.slice(0, -1) : word));
        parts.forEach((p, i) =>
          tokens.push({ text: p.text, stem: stem && i === parts.length - 1, id: p.id }),
        );
      }
      if (!tokens.length) continue;
      patternWords.push(...tokens);
      const entry: Entry<V> = {
        tokens,
        pattern: tokens.map((t) => t.text).join(' '),
        caseSensitive,
        value,
        hasStem: tokens.some((t) => t.stem),
      };
      this.entries.push(entry);
      this.index.add(tokens, entry);
      this.count++;
    }
  }

  get size(): number {
    return this.count;
  }

  /** Every match in text (normalised); original (unfolded) text lets case-sensitive entries check case. */
  scan(text: string, original?: string, toOriginal?: Int32Array): LexiconMatch<V>[] {
    return this.scanRange(text, 0, text.length, original, toOriginal);
  }

  /** Matches inside text[from, to), with offsets into the whole text. */
  scanRange(
    text: string,
    from: number,
    to: number,
    original?: string,
    toOriginal?: Int32Array,
  ): LexiconMatch<V>[] {
    if (text === this.docText) return this.indexedRange(from, to);
    const out: LexiconMatch<V>[] = [];
    this.scanTokens(text, from, to, original, toOriginal, out);
    return out;
  }

  /** Whether text[from, to) holds a match: scanRange(...).length > 0 without making the list. */
  anyIn(text: string, from: number, to: number, original?: string, toOriginal?: Int32Array): boolean {
    if (text === this.docText) return this.firstDocumentMatchIn(from, to) >= 0;
    return this.scanTokens(text, from, to, original, toOriginal, null) !== undefined;
  }

  /** The first match inside text[from, to): scanRange(...)[0] without making the list. */
  firstIn(
    text: string,
    from: number,
    to: number,
    original?: string,
    toOriginal?: Int32Array,
  ): LexiconMatch<V> | undefined {
    if (text === this.docText) {
      const k = this.firstDocumentMatchIn(from, to);
      return k >= 0 ? this.documentMatch(k) : undefined;
    }
    return this.scanTokens(text, from, to, original, toOriginal, null);
  }

  /**
   * Scans the tokens of text[from, to): pushes every match onto `into`, or with no list returns the
   * first match as soon as it is found.
   */
  private scanTokens(
    text: string,
    from: number,
    to: number,
    original: string | undefined,
    toOriginal: Int32Array | undefined,
    into: LexiconMatch<V>[] | null,
  ): LexiconMatch<V> | undefined {
    if (!this.count) return undefined;
    const tokens = tokensOf(text);
    let end = firstTokenAt(tokens, to);
    if (end > 0 && tokens.ends[end - 1]! > to) end--;
    for (let i = firstTokenAt(tokens, from); i < end;) {
      const best = this.longestAt(tokens, i, end, original, toOriginal);
      if (best) {
        const match = new Match(
          tokens.starts[i]!,
          tokens.ends[best.last]!,
          best.entry.value,
          best.entry.pattern,
        );
        if (!into) return match;
        into.push(match);
        i = best.last + 1;
      } else i++;
    }
    return undefined;
  }

  /** Starts the matches of a document, which LexiconGroup.index then adds in order. */
  beginDocument(text: string): void {
    this.docText = text;
    this.docCount = 0;
    this.docObjectCount = 0;
  }

  /** Adds a match of the document begun last; matches come in text order and do not overlap. */
  addDocumentMatch(start: number, end: number, entry: Entry<V>): void {
    const at = this.docCount;
    if (at === this.docStarts.length) {
      this.docStarts = grow(this.docStarts, at * 2);
      this.docEnds = grow(this.docEnds, at * 2);
    }
    this.docStarts[at] = start;
    this.docEnds[at] = end;
    this.docEntries[at] = entry;
    this.docCount = at + 1;
  }

  /** Index of the document's first match starting at or after offset. */
  private firstDocumentMatchAt(offset: number): number {
    const starts = this.docStarts;
    let lo = 0;
    let hi = this.docCount;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the document's first match inside [from, to), or -1. */
  private firstDocumentMatchIn(from: number, to: number): number {
    for (let k = this.firstDocumentMatchAt(from); k < this.docCount && this.docStarts[k]! < to; k++) {
      if (this.docEnds[k]! <= to) return k;
    }
    return -1;
  }

  private documentMatch(k: number): LexiconMatch<V> {
    // The first match asked for makes all of them: one tight loop rather than a check per match.
    if (this.docObjectCount < this.docCount) {
      const objects = this.docObjects;
      for (let j = this.docObjectCount; j < this.docCount; j++) {
        const entry = this.docEntries[j]!;
        objects[j] = new Match(this.docStarts[j]!, this.docEnds[j]!, entry.value, entry.pattern);
      }
      this.docObjectCount = this.docCount;
    }
    return this.docObjects[k]!;
  }

  private indexedRange(from: number, to: number): LexiconMatch<V>[] {
    // Most ranges hold no match: they share one empty list rather than allocate one each (callers read
    // results, or pop and reverse them, which leaves an empty list empty).
    let out: LexiconMatch<V>[] | null = null;
    // Matches are shared, not copied: nothing writes to them (their fields are readonly).
    for (let k = this.firstDocumentMatchAt(from); k < this.docCount && this.docStarts[k]! < to; k++) {
      if (this.docEnds[k]! <= to) (out ??= []).push(this.documentMatch(k));
    }
    return out ?? (NO_MATCHES as LexiconMatch<V>[]);
  }

  /** The entry for one word or phrase, already normalised, matched whole. */
  get(phrase: string): V | undefined {
    // The same few words are asked again and again (the word before each number, joiners): remembered,
    // a word without an entry as NO_ENTRY, so that one lookup answers both.
    const known = this.answers.get(phrase);
    if (known !== undefined) return known === NO_ENTRY ? undefined : known;
    const tokens = tokenizeInto(phrase, phraseTokens);
    const best = tokens.count ? this.longestAt(tokens, 0, tokens.count, undefined, undefined) : null;
    const value = best && best.last === tokens.count - 1 ? best.entry.value : undefined;
    if (this.answers.size >= 4096) this.answers.clear();
    this.answers.set(phrase, value === undefined ? NO_ENTRY : value);
    return value;
  }

  private readonly answers = new Map<string, V | typeof NO_ENTRY>();

  private longestAt(
    tokens: TokenList,
    i: number,
    limit: number,
    original: string | undefined,
    toOriginal: Int32Array | undefined,
  ): { entry: Entry<V>; last: number } | null {
    // Most words are answered by id from the memo; a word's text is read only the first time.
    const id = tokens.ids[i]!;
    let bucket = this.index.memoised(id);
    if (bucket === undefined) bucket = this.index.lookup(tokens.textAt(i), id);
    let best = bucket ? this.bestFor(tokens, i, limit, bucket, 0, null, original, toOriginal) : null;
    if (this.clitics.length) {
      for (const split of cliticSplitsOf(tokens, i, this.clitics)) {
        const core = this.index.lookup(split.core, split.id);
        if (core) best = this.bestFor(tokens, i, limit, core, split.skip, best, original, toOriginal);
      }
    }
    return best;
  }

  // A method, not a closure: closures in this hot loop cost more than the lookups themselves.
  private bestFor(
    tokens: TokenList,
    i: number,
    limit: number,
    bucket: Bucket<Entry<V>>,
    skip: number,
    best: { entry: Entry<V>; last: number } | null,
    original: string | undefined,
    toOriginal: Int32Array | undefined,
  ): { entry: Entry<V>; last: number } | null {
    best = this.pick(tokens, i, limit, bucket.any, skip, best, original, toOriginal);
    const paired = candidatesAt(bucket, tokens, i, limit);
    if (paired) best = this.pick(tokens, i, limit, paired, skip, best, original, toOriginal);
    for (const length of bucket.secondStemLengths) {
      const stemmed = stemCandidatesAt(bucket, tokens, i, limit, length);
      if (stemmed) best = this.pick(tokens, i, limit, stemmed, skip, best, original, toOriginal);
    }
    return best;
  }

  private pick(
    tokens: TokenList,
    i: number,
    limit: number,
    candidates: Entry<V>[],
    skip: number,
    best: { entry: Entry<V>; last: number } | null,
    original: string | undefined,
    toOriginal: Int32Array | undefined,
  ): { entry: Entry<V>; last: number } | null {
    for (const entry of candidates) {
      const last = matchEntry(tokens, i, limit, entry);
      if (last < 0) continue;
      if (entry.caseSensitive) {
        if (!original || !toOriginal) continue;
        if (!original.startsWith(entry.caseSensitive, toOriginal[tokens.starts[i]! + skip])) continue;
      }
      // Longest text wins; on a tie the more specific entry (exact over stem, longer stem).
      if (
        !best ||
        tokens.ends[last]! > tokens.ends[best.last]! ||
        (last === best.last && moreSpecific(entry, best.entry))
      ) {
        best = { entry, last };
      }
    }
    return best;
  }
}

interface SlottedEntry {
  slot: number;
  entry: Entry<unknown>;
  // Copied from the entry: the index loop reads them for every candidate, and most candidates fail
  // or are one word long, so the entry itself is seldom read.
  words: number;
  caseSensitive: string | null;
}

/**
 * Several lexicons scanned in one pass over a document: one lookup per word finds the entries of
 * every lexicon that may start there, instead of one lookup per lexicon. Each lexicon then answers
 * range queries (scanRange) from the document's matches.
 */
export class LexiconGroup {
  private readonly words = new FirstWordIndex<SlottedEntry>();
  /** The entries of the lexicons that take clitics, for the cores of words split off them. */
  private readonly cliticWords = new FirstWordIndex<SlottedEntry>();
  private readonly clitics: string[];
  // Per lexicon while indexing: the first token a match may start at, and the best match starting
  // at the current token (last token, entry); touched lists the lexicons that have one.
  private readonly nextFree: Int32Array;
  private readonly bestLast: Int32Array;
  private readonly bestEntry: (Entry<unknown> | null)[];
  private readonly touched: Int32Array;
  private touchedCount = 0;

  constructor(private readonly members: Lexicon<unknown>[]) {
    members.forEach((lexicon, slot) => {
      for (const entry of lexicon.entries) {
        const slotted = { slot, entry, words: entry.tokens.length, caseSensitive: entry.caseSensitive };
        this.words.add(entry.tokens, slotted);
        if (lexicon.clitics.length) this.cliticWords.add(entry.tokens, slotted);
      }
    });
    this.clitics = members.find((m) => m.clitics.length)?.clitics ?? [];
    const n = members.length;
    this.nextFree = new Int32Array(n);
    this.bestLast = new Int32Array(n);
    this.bestEntry = new Array<Entry<unknown> | null>(n).fill(null);
    this.touched = new Int32Array(n);
  }

  /** Whether a lexicon is scanned with the group (else each scanRange reads its range again). */
  includes(lexicon: Lexicon<unknown>): boolean {
    return this.members.includes(lexicon);
  }

  /** Scans text once for every member lexicon; their scanRange on this text is then a lookup. */
  index(text: string, original: string, toOriginal: Int32Array): void {
    const tokens = tokensOf(text);
    const members = this.members;
    for (const lexicon of members) lexicon.beginDocument(text);
    this.nextFree.fill(0);
    this.bestLast.fill(-1);
    for (let i = 0; i < tokens.count; i++) {
      const id = tokens.ids[i]!;
      // Most words are answered by id; a word's text is read the first time it is seen.
      let bucket = this.words.memoised(id);
      if (bucket === undefined) bucket = this.words.lookup(tokens.textAt(i), id);
      if (bucket) this.considerBucket(bucket, tokens, i, 0, original, toOriginal);
      if (this.clitics.length) {
        for (const split of cliticSplitsOf(tokens, i, this.clitics)) {
          const core = this.cliticWords.lookup(split.core, split.id);
          if (core) this.considerBucket(core, tokens, i, split.skip, original, toOriginal);
        }
      }
      for (let k = 0; k < this.touchedCount; k++) {
        const slot = this.touched[k]!;
        const last = this.bestLast[slot]!;
        members[slot]!.addDocumentMatch(tokens.starts[i]!, tokens.ends[last]!, this.bestEntry[slot]!);
        this.nextFree[slot] = last + 1;
        this.bestLast[slot] = -1;
        this.bestEntry[slot] = null;
      }
      this.touchedCount = 0;
    }
  }

  private considerBucket(
    bucket: Bucket<SlottedEntry>,
    tokens: TokenList,
    i: number,
    skip: number,
    original: string,
    toOriginal: Int32Array,
  ): void {
    if (bucket.any.length) this.consider(bucket.any, tokens, i, skip, original, toOriginal);
    const paired = candidatesAt(bucket, tokens, i, tokens.count);
    if (paired) this.consider(paired, tokens, i, skip, original, toOriginal);
    for (const length of bucket.secondStemLengths) {
      const stemmed = stemCandidatesAt(bucket, tokens, i, tokens.count, length);
      if (stemmed) this.consider(stemmed, tokens, i, skip, original, toOriginal);
    }
  }

  // A method, not a closure: closures in this hot loop cost more than the lookups themselves.
  private consider(
    candidates: SlottedEntry[],
    tokens: TokenList,
    i: number,
    skip: number,
    original: string,
    toOriginal: Int32Array,
  ): void {
    for (let c = 0; c < candidates.length; c++) {
      const { slot, entry, words, caseSensitive } = candidates[c]!;
      if (i < this.nextFree[slot]!) continue;
      const last = words === 1 ? i : matchEntry(tokens, i, tokens.count, entry);
      if (last < 0) continue;
      if (caseSensitive && !original.startsWith(caseSensitive, toOriginal[tokens.starts[i]! + skip]))
        continue;
      const current = this.bestLast[slot]!;
      if (current < 0) this.touched[this.touchedCount++] = slot;
      if (current < 0 || last > current || (last === current && moreSpecific(entry, this.bestEntry[slot]!))) {
        this.bestLast[slot] = last;
        this.bestEntry[slot] = entry;
      }
    }
  }
}
