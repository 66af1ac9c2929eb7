// Compiles a word list (data) into one regular expression scanned over normalised text.
// Patterns: "more than" (words), "дет*" (a stem: any word starting so), "!IS" (case-sensitive,
// checked against the original text). Longest patterns win.
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

interface CompiledEntry<V> {
  pattern: string;
  /** Set when some word is a stem: the whole entry is checked with this anchored regex. */
  stemRegex: RegExp | null;
  caseSensitive: string | null;
  value: V;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const STEM_TAIL = '[\\p{L}\\p{M}]*';

export class Lexicon<V> {
  private readonly regex: RegExp | null;
  private readonly exact = new Map<string, CompiledEntry<V>[]>();
  private readonly stems: CompiledEntry<V>[] = [];

  constructor(entries: Iterable<readonly [string, V]>, options: LexiconOptions = {}) {
    const alternatives = new Set<string>();
    for (const [raw, value] of entries) {
      let pattern = raw.trim();
      let caseSensitive: string | null = null;
      if (pattern.startsWith('!')) {
        pattern = pattern.slice(1);
        caseSensitive = pattern.replace(/\*/g, '');
      }
      const words = pattern
        .split(/\s+/)
        .map((w) => ({ stem: w.endsWith('*') && w.length > 1, word: fold(w.endsWith('*') && w.length > 1 ? w.slice(0, -1) : w) }))
        .filter((w) => w.word);
      if (!words.length) continue;
      const body = words.map((w) => escape(w.word) + (w.stem ? STEM_TAIL : '')).join('\\s+');
      const hasStem = words.some((w) => w.stem);
      pattern = words.map((w) => w.word).join(' ');
      const entry: CompiledEntry<V> = {
        pattern,
        stemRegex: hasStem ? new RegExp(`^${body}$`, 'u') : null,
        caseSensitive,
        value,
      };
      if (hasStem) this.stems.push(entry);
      else {
        const list = this.exact.get(pattern) ?? [];
        list.push(entry);
        this.exact.set(pattern, list);
      }
      alternatives.add(body);
    }
    this.stems.sort((a, b) => b.pattern.length - a.pattern.length);
    const sorted = [...alternatives].sort((a, b) => b.length - a.length);
    const clitics = options.clitics ? `(?:${options.clitics})` : '';
    this.regex = sorted.length
      ? new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${clitics}(${sorted.join('|')})(?![\\p{L}\\p{N}\\p{M}])`, 'gu')
      : null;
  }

  get size(): number {
    return this.exact.size + this.stems.length;
  }

  /** Every match in text (normalised); original (unfolded) text lets case-sensitive entries check case. */
  scan(text: string, original?: string, toOriginal?: Int32Array): LexiconMatch<V>[] {
    const out: LexiconMatch<V>[] = [];
    if (!this.regex) return out;
    this.regex.lastIndex = 0;
    for (let m = this.regex.exec(text); m; m = this.regex.exec(text)) {
      const core = m[1]!;
      const start = m.index + m[0].length - core.length;
      const entry = this.lookup(core.replace(/\s+/g, ' '), original, toOriginal, start);
      if (entry) out.push({ start: m.index, end: m.index + m[0].length, value: entry.value, pattern: entry.pattern });
    }
    return out;
  }

  /** Matches inside text[from, to), with offsets into the whole text. */
  scanRange(text: string, from: number, to: number, original?: string, toOriginal?: Int32Array): LexiconMatch<V>[] {
    const slice = text.slice(from, to);
    const out = this.scan(slice, original, toOriginal ? toOriginal.subarray(from) : undefined);
    for (const m of out) {
      m.start += from;
      m.end += from;
    }
    return out;
  }

  /** The entry for one word or phrase, already normalised. */
  get(word: string): V | undefined {
    return this.lookup(word, undefined, undefined, 0)?.value;
  }

  private lookup(
    core: string,
    original: string | undefined,
    toOriginal: Int32Array | undefined,
    start: number,
  ): CompiledEntry<V> | undefined {
    const ok = (c: CompiledEntry<V>) => {
      if (!c.caseSensitive) return true;
      if (!original || !toOriginal) return false;
      return original.startsWith(c.caseSensitive, toOriginal[start]!);
    };
    for (const c of this.exact.get(core) ?? []) if (ok(c)) return c;
    for (const c of this.stems) if (c.stemRegex!.test(core) && ok(c)) return c;
    return undefined;
  }
}
