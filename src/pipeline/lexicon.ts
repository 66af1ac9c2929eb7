// Compiles a word list (data) into a lookup scanned over normalised text, token by token, so a
// lexicon of thousands of names costs a few hash lookups per word, not a regex alternative each.
// Patterns: "more than" (words), "дет*" (a stem: any word starting so), "!IS" (case-sensitive,
// checked against the original text). The longest match at a position wins.
import { fold } from './normalize.ts';

export interface LexiconMatch<V> {
  start: number;
  end: number;
  value: V;
  /** The normalised pattern that matched (without clitics). */
  pattern: string;
}

export interface LexiconOptions {
  /** A regex source for clitics that may be glued before a word (Arabic و، ب، ال ...). */
  clitics?: string;
}

interface TokenPattern {
  text: string;
  stem: boolean;
}

interface Entry<V> {
  tokens: TokenPattern[];
  pattern: string;
  caseSensitive: string | null;
  value: V;
}

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Interned id of text: lexicons memoise by it in arrays, cheaper than hashing strings again. */
  id: number;
}

// Word ids shared by every lexicon; reset (with every memo) when the vocabulary grows too large.
const wordIds = new Map<string, number>();
let generation = 0;
const VOCABULARY_LIMIT = 1_000_000;

function wordId(text: string): number {
  // Numbers are endless and lexicons hold no digits: they share one id that never matches.
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) return -1;
  let id = wordIds.get(text);
  if (id === undefined) {
    if (wordIds.size >= VOCABULARY_LIMIT) {
      wordIds.clear();
      generation++;
    }
    id = wordIds.size;
    wordIds.set(text, id);
  }
  return id;
}

const TOKEN = /[\p{L}\p{M}]+|\d+|\S/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, id: wordId(m[0]) });
  }
  return out;
}

// Every stage scans ranges of the same document with many lexicons: tokenise it once. Short
// strings (a phrase, a gap between words) are tokenised on the spot and never evict the document.
let cachedText = '';
let cachedTokens: Token[] = [];
function tokensOf(text: string): Token[] {
  if (text.length < 256) return tokenize(text);
  if (text !== cachedText) {
    cachedTokens = tokenize(text);
    cachedText = text;
  }
  return cachedTokens;
}

/** Index of the first token starting at or after offset. */
function firstTokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
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
  const stemA = a.tokens.some((t) => t.stem);
  const stemB = b.tokens.some((t) => t.stem);
  if (stemA !== stemB) return !stemA;
  return a.pattern.length > b.pattern.length;
}

/** Index of the last text token the entry covers from token i (tokens before limit), or -1. */
function matchEntry(text: string, tokens: Token[], i: number, limit: number, entry: Entry<unknown>): number {
  for (let k = 1; k < entry.tokens.length; k++) {
    if (i + k >= limit) return -1;
    const t = tokens[i + k]!;
    const prev = tokens[i + k - 1]!;
    if (t.start > prev.end && !/^\s+$/.test(text.slice(prev.end, t.start))) return -1;
    const p = entry.tokens[k]!;
    if (p.stem ? !t.text.startsWith(p.text) : t.text !== p.text) return -1;
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
const splitsById: CliticSplit[][] = [];
let splitsGeneration = 0;
const NO_SPLITS: CliticSplit[] = [];

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
  if (id >= 0) splitsById[id] = splits;
  return splits;
}

/**
 * Items indexed by the first word of their entry, exactly or by stem, with the lookup memoised per
 * interned word id: words recur through a corpus, so most lookups are one typed-array read.
 */
class FirstWordIndex<T> {
  private readonly byFirst = new Map<string, T[]>();
  private readonly byStem = new Map<string, T[]>();
  private stemLengths: number[] = [];
  // memo[wordId]: 0 not looked up yet, 1 nothing starts with this word, k + 2 memoLists[k].
  private memo = new Int32Array(1024);
  private memoLists: T[][] = [];
  private memoGeneration = 0;

  add(first: TokenPattern, item: T): void {
    const index = first.stem ? this.byStem : this.byFirst;
    const list = index.get(first.text) ?? [];
    list.push(item);
    index.set(first.text, list);
    if (first.stem && !this.stemLengths.includes(first.text.length)) {
      this.stemLengths = [...this.stemLengths, first.text.length].sort((a, b) => a - b);
    }
  }

  /** Items whose first word matches this word (a digit run has id -1 and no memo). */
  lookup(core: string, id: number): T[] | null {
    if (id < 0) return this.byFirst.get(core) ?? null;
    if (this.memoGeneration !== generation) {
      this.memo = new Int32Array(1024);
      this.memoLists = [];
      this.memoGeneration = generation;
    }
    if (id >= this.memo.length) {
      const grown = new Int32Array(Math.max(id + 1, this.memo.length * 2));
      grown.set(this.memo);
      this.memo = grown;
    }
    const hit = this.memo[id]!;
    if (hit === 1) return null;
    if (hit > 1) return this.memoLists[hit - 2]!;
    let found: T[] | null = this.byFirst.get(core) ?? null;
    for (const len of this.stemLengths) {
      if (len > core.length) break;
      const stems = this.byStem.get(core.slice(0, len));
      if (stems) found = found ? [...found, ...stems] : stems;
    }
    if (found) {
      this.memoLists.push(found);
      this.memo[id] = this.memoLists.length + 1;
    } else this.memo[id] = 1;
    return found;
  }
}

export class Lexicon<V> {
  /** Every entry, for LexiconGroup to index together with other lexicons. */
  readonly entries: Entry<V>[] = [];
  /** Matches over a whole document, filled by LexiconGroup.index and answered by range. */
  private docText: string | null = null;
  private docMatches: LexiconMatch<V>[] = [];
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
        parts.forEach((p, i) => tokens.push({ text: p.text, stem: stem && i === parts.length - 1 }));
      }
      if (!tokens.length) continue;
      const entry: Entry<V> = { tokens, pattern: tokens.map((t) => t.text).join(' '), caseSensitive, value };
      this.entries.push(entry);
      this.index.add(tokens[0]!, entry);
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
    if (!this.count) return out;
    const tokens = tokensOf(text);
    let end = firstTokenAt(tokens, to);
    if (end > 0 && tokens[end - 1]!.end > to) end--;
    for (let i = firstTokenAt(tokens, from); i < end;) {
      const best = this.longestAt(text, tokens, i, end, original, toOriginal);
      if (best) {
        out.push({
          start: tokens[i]!.start,
          end: tokens[best.last]!.end,
          value: best.entry.value,
          pattern: best.entry.pattern,
        });
        i = best.last + 1;
      } else i++;
    }
    return out;
  }

  /** Takes the matches LexiconGroup found over a whole document. */
  setDocument(text: string, matches: LexiconMatch<V>[]): void {
    this.docText = text;
    this.docMatches = matches;
  }

  private indexedRange(from: number, to: number): LexiconMatch<V>[] {
    const list = this.docMatches;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]!.start < from) lo = mid + 1;
      else hi = mid;
    }
    const out: LexiconMatch<V>[] = [];
    for (let i = lo; i < list.length && list[i]!.start < to; i++) {
      const m = list[i]!;
      if (m.end <= to) out.push({ ...m });
    }
    return out;
  }

  /** The entry for one word or phrase, already normalised, matched whole. */
  get(phrase: string): V | undefined {
    const tokens = tokenize(phrase);
    if (!tokens.length) return undefined;
    const best = this.longestAt(phrase, tokens, 0, tokens.length, undefined, undefined);
    return best && best.last === tokens.length - 1 ? best.entry.value : undefined;
  }

  private longestAt(
    text: string,
    tokens: Token[],
    i: number,
    limit: number,
    original: string | undefined,
    toOriginal: Int32Array | undefined,
  ): { entry: Entry<V>; last: number } | null {
    const token = tokens[i]!.text;
    let best = this.bestFor(text, tokens, i, limit, token, tokens[i]!.id, 0, null, original, toOriginal);
    if (this.clitics.length) {
      for (const split of cliticSplits(token, tokens[i]!.id, this.clitics)) {
        best = this.bestFor(
          text,
          tokens,
          i,
          limit,
          split.core,
          split.id,
          split.skip,
          best,
          original,
          toOriginal,
        );
      }
    }
    return best;
  }

  // A method, not a closure: closures in this hot loop cost more than the lookups themselves.
  private bestFor(
    text: string,
    tokens: Token[],
    i: number,
    limit: number,
    core: string,
    id: number,
    skip: number,
    best: { entry: Entry<V>; last: number } | null,
    original: string | undefined,
    toOriginal: Int32Array | undefined,
  ): { entry: Entry<V>; last: number } | null {
    const candidates = this.index.lookup(core, id);
    return candidates
      ? this.pick(text, tokens, i, limit, candidates, skip, best, original, toOriginal)
      : best;
  }

  private pick(
    text: string,
    tokens: Token[],
    i: number,
    limit: number,
    candidates: Entry<V>[],
    skip: number,
    best: { entry: Entry<V>; last: number } | null,
    original: string | undefined,
    toOriginal: Int32Array | undefined,
  ): { entry: Entry<V>; last: number } | null {
    for (const entry of candidates) {
      const last = matchEntry(text, tokens, i, limit, entry);
      if (last < 0) continue;
      if (entry.caseSensitive) {
        if (!original || !toOriginal) continue;
        if (!original.startsWith(entry.caseSensitive, toOriginal[tokens[i]!.start + skip])) continue;
      }
      // Longest text wins; on a tie the more specific entry (exact over stem, longer stem).
      if (
        !best ||
        tokens[last]!.end > tokens[best.last]!.end ||
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
}

/**
 * Several lexicons scanned in one pass over a document: one lookup per word finds the entries of
 * every lexicon that may start there, instead of one lookup per lexicon. Each lexicon then answers
 * range queries (scanRange) from the document's matches.
 */
export class LexiconGroup {
  private readonly words = new FirstWordIndex<SlottedEntry>();
  private readonly clitics: string[];

  constructor(private readonly members: Lexicon<unknown>[]) {
    members.forEach((lexicon, slot) => {
      for (const entry of lexicon.entries) this.words.add(entry.tokens[0]!, { slot, entry });
    });
    this.clitics = members.find((m) => m.clitics.length)?.clitics ?? [];
  }

  /** Scans text once for every member lexicon; their scanRange on this text is then a lookup. */
  index(text: string, original: string, toOriginal: Int32Array): void {
    const tokens = tokensOf(text);
    const n = this.members.length;
    const results: LexiconMatch<unknown>[][] = this.members.map(() => []);
    const nextFree = new Int32Array(n);
    const bestLast = new Int32Array(n).fill(-1);
    const bestEntry: (Entry<unknown> | null)[] = new Array<Entry<unknown> | null>(n).fill(null);
    const touched: number[] = [];
    const consider = (i: number, candidates: SlottedEntry[] | null, skip: number, cliticOnly: boolean) => {
      if (!candidates) return;
      for (const { slot, entry } of candidates) {
        if (i < nextFree[slot]!) continue;
        if (cliticOnly && !this.members[slot]!.clitics.length) continue;
        const last = matchEntry(text, tokens, i, tokens.length, entry);
        if (last < 0) continue;
        if (
          entry.caseSensitive &&
          !original.startsWith(entry.caseSensitive, toOriginal[tokens[i]!.start + skip])
        )
          continue;
        const current = bestLast[slot]!;
        if (current < 0) touched.push(slot);
        if (current < 0 || last > current || (last === current && moreSpecific(entry, bestEntry[slot]!))) {
          bestLast[slot] = last;
          bestEntry[slot] = entry;
        }
      }
    };
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      consider(i, this.words.lookup(token.text, token.id), 0, false);
      if (this.clitics.length) {
        for (const split of cliticSplits(token.text, token.id, this.clitics)) {
          consider(i, this.words.lookup(split.core, split.id), split.skip, true);
        }
      }
      for (const slot of touched) {
        const entry = bestEntry[slot]!;
        const last = bestLast[slot]!;
        results[slot]!.push({
          start: token.start,
          end: tokens[last]!.end,
          value: entry.value,
          pattern: entry.pattern,
        });
        nextFree[slot] = last + 1;
        bestLast[slot] = -1;
        bestEntry[slot] = null;
      }
      touched.length = 0;
    }
    this.members.forEach((lexicon, slot) => lexicon.setDocument(text, results[slot]!));
  }
}
