// Sentences and paragraphs over normalised text: the units claims are read within.
import { isLetterPoint, isSpace } from './chars.ts';

export interface Segment {
  start: number;
  end: number;
  paragraph: number;
}

// Module constants, not literals in the functions: tsx (esbuild) turns a \p{..} regex literal into
// `new RegExp(...)`, which would then be built again at every call.
const LOWERCASE_LETTER = /\p{Ll}/u;
const LETTER_DIGIT_OR_COMMA = /[\p{L}\p{N},]/u;

/** . ! ? ؟ … 。 */
function isTerminator(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x2026 || c === 0x3002;
}

/**
 * The longest sentence piece claims are read within. Real sentences stay far below it (the longest in the
 * dev reports is under 500 characters); a text without full stops (a badly converted file, a hostile one)
 * is cut into pieces, so the work per number stays bounded and extraction time linear in the text.
 */
export const MAX_SENTENCE = 1200;

/** Adds text[start, end) without its surrounding spaces, unless nothing is left; cuts it when too long. */
function pushTrimmed(out: Segment[], text: string, start: number, end: number, paragraph: number): void {
  let s = start;
  while (s < end && isSpace(text.charCodeAt(s))) s++;
  let e = end;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  while (e - s > MAX_SENTENCE) {
    const cut = pieceEnd(text, s);
    out.push({ start: s, end: cut, paragraph });
    s = cut;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
  }
  if (e > s) out.push({ start: s, end: e, paragraph });
}

/**
 * Whether the newline at i only wraps a sentence, as in reports laid out from PDF: the line before ends
 * in a word or a comma and the next begins with a lower-case letter (read in the original, since the
 * normalised text is lower-cased throughout).
 */
function wrappedLine(text: string, i: number, original: Original | undefined): boolean {
  if (!original || i + 1 >= text.length) return false;
  const next = original.text[original.toOriginal[i + 1]!];
  if (!next || !LOWERCASE_LETTER.test(next)) return false;
  let k = i - 1;
  while (k >= 0 && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k--;
  return k >= 0 && LETTER_DIGIT_OR_COMMA.test(text[k]!);
}

// A table's row set as a line of its own: a name, a colon or a dash, a count, perhaps a closing mark
// ("Tunisia: 3,000", "Kazakhstan - 754;"). At most a few words of name, so a sentence is never one.
const TABLE_LINE = /^[ \t]*\p{L}[\p{L}\p{M} .'’()-]{0,40}?[ \t]*[:–—-][ \t]*\d[\d,. ]{0,12}[;,.]?[ \t]*$/u;
const HEADING_END = /:[ \t]*$/u;

/**
 * Whether the newline at i leads into a table's row and does not end the sentence: the line after it
 * is a row and the line before it (from `start`, the sentence's) is a row too or a heading ending in a
 * colon ("Foreign fighters by country:"). Heading and rows are then read as one sentence, as a table
 * set in prose is.
 */
function tableLineNext(text: string, start: number, i: number): boolean {
  let lineStart = i;
  while (lineStart > start && text.charCodeAt(lineStart - 1) !== 0x0a) lineStart--;
  const before = text.slice(lineStart, i);
  if (!HEADING_END.test(before) && !TABLE_LINE.test(before)) return false;
  let next = text.indexOf('\n', i + 1);
  if (next < 0) next = text.length;
  return next - i <= 64 && TABLE_LINE.test(text.slice(i + 1, next));
}

interface Original {
  text: string;
  toOriginal: Int32Array;
}

/**
 * Where a too-long piece starting at `start` ends: after the last clause mark (; ؛ , ،) in its second half,
 * else at its last space, else at the cap (never inside a surrogate pair).
 */
function pieceEnd(text: string, start: number): number {
  const limit = start + MAX_SENTENCE;
  const half = start + MAX_SENTENCE / 2;
  let space = -1;
  for (let i = limit - 1; i > half; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x3b || c === 0x061b || c === 0x2c || c === 0x060c) return i + 1;
    if (space < 0 && isSpace(c)) space = i;
  }
  if (space > 0) return space;
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

/**
 * Where the sentence goes on to when spaces after its terminator (at i, closing marks skipped to j) lead
 * to a double quote that closes one opened in the sentence (an odd count of them in [start, i)): just
 * past that quote; else 0. A quote opening the next sentence ('… 2016. « Nous …') has even count before it.
 */
function closingQuoteAfterSpace(text: string, start: number, i: number, j: number): number {
  let k = j;
  while (k < text.length && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k++;
  if (k === j || text.charCodeAt(k) !== 0x22) return 0;
  return quoteOpen(text, start, i) ? k + 1 : 0;
}

/** Whether text[start, i) leaves a double quote open: an odd count of them. */
function quoteOpen(text: string, start: number, i: number): boolean {
  let quotes = 0;
  for (let q = start; q < i; q++) if (text.charCodeAt(q) === 0x22) quotes++;
  return quotes % 2 === 1;
}

/**
 * Whether the terminator at i closes a quote with it (text[i+1, j) holds the closing quote of one opened
 * in [start, i)) and the next word is in lower case in the original: the sentence goes on past the quote.
 */
function titleGoesOn(
  text: string,
  start: number,
  i: number,
  j: number,
  original: Original | undefined,
): boolean {
  if (!original || !text.slice(i + 1, j).includes('"') || !quoteOpen(text, start, i)) return false;
  let k = j;
  while (k < text.length && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k++;
  if (k === j || k >= text.length) return false;
  return LOWERCASE_LETTER.test(original.text[original.toOriginal[k]!] ?? '');
}

/** Splits at sentence punctuation followed by space and at blank lines (and single newlines). */
export function splitSentences(
  text: string,
  abbreviations: ReadonlySet<string>,
  original?: Original,
): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  let paragraph = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a && !wrappedLine(text, i, original) && !tableLineNext(text, start, i)) {
      pushTrimmed(out, text, start, i, paragraph);
      start = i + 1;
      // A blank line (or a lone newline, as plain-text reports use) starts a new paragraph.
      paragraph++;
      continue;
    }
    if (!isTerminator(c)) continue;
    let j = i + 1;
    for (let d = text.charCodeAt(j); j < n; d = text.charCodeAt(++j)) {
      // Closing quotes and brackets stay with the sentence they end.
      if (!isTerminator(d) && d !== 0x22 && d !== 0x27 && d !== 0x29) break;
    }
    // French sets a space before the closing guillemet (« Êtes-vous prêts ? »): a quote mark after
    // spaces closes a quote still open in the sentence, and stays with it too.
    const closing = closingQuoteAfterSpace(text, start, i, j);
    if (closing > 0) j = closing;
    // « Tuez-les ! » a circulé, "Are You Ready?" urged: a title's own mark, closed with its quote and
    // followed by a word in lower case, ends no sentence.
    if (titleGoesOn(text, start, i, j, original)) continue;
    if (j < n) {
      const d = text.charCodeAt(j);
      if (d !== 0x20 && d !== 0x0a && d !== 0x09) continue;
    }
    if (c === 0x2e) {
      // Abbreviations, initials (N. Abykayev) and numbers (No. 5) do not end sentences.
      let w = i;
      // Letters are tested by code unit, as /[\p{L}.]/u tests a one-unit string (a lone surrogate is none).
      while (w > 0 && (text.charCodeAt(w - 1) === 0x2e || isLetterPoint(text.charCodeAt(w - 1)))) w--;
      const word = text.slice(w, i);
      if (word.length === 1 && isLetterPoint(word.charCodeAt(0))) continue;
      if (abbreviations.has(word)) continue;
    }
    pushTrimmed(out, text, start, j, paragraph);
    start = j;
  }
  pushTrimmed(out, text, start, n, paragraph);
  return out;
}
