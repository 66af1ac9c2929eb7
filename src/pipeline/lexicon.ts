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
}

const TOKEN = /[\p{L}\p{M}]+|\d+|\S/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text))
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

// The stages scan the same sentence with many lexicons: tokenise it once.
let cachedText = '';
let cachedTokens: Token[] = [];
function tokensOf(text: string): Token[] {
  if (text !== cachedText) {
    cachedTokens = tokenize(text);
    cachedText = text;
  }
  return cachedTokens;
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

export class Lexicon<V> {
  private readonly byFirst = new Map<string, Entry<V>[]>();
  private readonly byStem = new Map<string, Entry<V>[]>();
  private stemLengths: number[] = [];
  private readonly clitics: string[];
  private count = 0;

  constructor(entries: Iterable<readonly [string, V]>, options: LexiconOptions = {}) {
    this.clitics = options.clitics ? cliticPrefixes(options.clitics) : [];
    const lengths = new Set<number>();
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
      const first = tokens[0]!;
      const index = first.stem ? this.byStem : this.byFirst;
      const list = index.get(first.text) ?? [];
      list.push(entry);
      index.set(first.text, list);
      if (first.stem) lengths.add(first.text.length);
      this.count++;
    }
    this.stemLengths = [...lengths].sort((a, b) => a - b);
  }

  get size(): number {
    return this.count;
  }

  /** Every match in text (normalised); original (unfolded) text lets case-sensitive entries check case. */
  scan(text: string, original?: string, toOriginal?: Int32Array): LexiconMatch<V>[] {
    const out: LexiconMatch<V>[] = [];
    if (!this.count) return out;
    const tokens = tokensOf(text);
    for (let i = 0; i < tokens.length;) {
      const best = this.longestAt(text, tokens, i, original, toOriginal);
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

  /** Matches inside text[from, to), with offsets into the whole text. */
  scanRange(
    text: string,
    from: number,
    to: number,
    original?: string,
    toOriginal?: Int32Array,
  ): LexiconMatch<V>[] {
    const out = this.scan(text.slice(from, to), original, toOriginal ? toOriginal.subarray(from) : undefined);
    for (const m of out) {
      m.start += from;
      m.end += from;
    }
    return out;
  }

  /** The entry for one word or phrase, already normalised, matched whole. */
  get(phrase: string): V | undefined {
    const tokens = tokenize(phrase);
    if (!tokens.length) return undefined;
    const best = this.longestAt(phrase, tokens, 0, undefined, undefined);
    return best && best.last === tokens.length - 1 ? best.entry.value : undefined;
  }

  private longestAt(
    text: string,
    tokens: Token[],
    i: number,
    original: string | undefined,
    toOriginal: Int32Array | undefined,
  ): { entry: Entry<V>; last: number } | null {
    const token = tokens[i]!.text;
    let best = this.bestFor(text, tokens, i, token, 0, null, original, toOriginal);
    if (this.clitics.length && ARABIC_LETTERS.test(token)) {
      for (const c of this.clitics) {
        if (token.length > c.length + 1 && token.startsWith(c)) {
          best = this.bestFor(text, tokens, i, token.slice(c.length), c.length, best, original, toOriginal);
        }
      }
    }
    return best;
  }

  // A method, not a closure: closures in this hot loop cost more than the lookups themselves.
  private bestFor(
    text: string,
    tokens: Token[],
    i: number,
    core: string,
    skip: number,
    best: { entry: Entry<V>; last: number } | null,
    original: string | undefined,
    toOriginal: Int32Array | undefined,
  ): { entry: Entry<V>; last: number } | null {
    const exact = this.byFirst.get(core);
    if (exact) best = this.pick(text, tokens, i, exact, skip, best, original, toOriginal);
    for (const len of this.stemLengths) {
      if (len > core.length) break;
      const stems = this.byStem.get(core.slice(0, len));
      if (stems) best = this.pick(text, tokens, i, stems, skip, best, original, toOriginal);
    }
    return best;
  }

  private pick(
    text: string,
    tokens: Token[],
    i: number,
    candidates: Entry<V>[],
    skip: number,
    best: { entry: Entry<V>; last: number } | null,
    original: string | undefined,
    toOriginal: Int32Array | undefined,
  ): { entry: Entry<V>; last: number } | null {
    for (const entry of candidates) {
      const last = this.matchRest(text, tokens, i, entry);
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

  /** Index of the last text token the entry covers from token i, or -1. */
  private matchRest(text: string, tokens: Token[], i: number, entry: Entry<V>): number {
    for (let k = 1; k < entry.tokens.length; k++) {
      const t = tokens[i + k];
      if (!t) return -1;
      const prev = tokens[i + k - 1]!;
      if (t.start > prev.end && !/^\s+$/.test(text.slice(prev.end, t.start))) return -1;
      const p = entry.tokens[k]!;
      if (p.stem ? !t.text.startsWith(p.text) : t.text !== p.text) return -1;
    }
    return i + entry.tokens.length - 1;
  }
}
