// Folds text for matching while keeping a map back to the original offsets, so every span
// the engine reports points at the reader's own characters.
import { isLetterPoint } from './chars.ts';

export interface NormalizedText {
  /** Lower-cased, digit-unified, Arabic-folded text that lexicons are matched against. */
  text: string;
  /** toOriginal[i] is the offset in the input of text[i]; one extra entry maps the end. */
  toOriginal: Int32Array;
}

const REMOVE = -1;
const UNKNOWN = -2;
/** FOLDED[c]: foldChar(c), filled in as characters are first met. */
const FOLDED = new Int32Array(65536).fill(UNKNOWN);

/** The code unit a character folds to, or REMOVE for characters matching ignores. */
function foldChar(c: number): number {
  // Eastern Arabic and Persian digits.
  if (c >= 0x0660 && c <= 0x0669) return 0x30 + c - 0x0660;
  if (c >= 0x06f0 && c <= 0x06f9) return 0x30 + c - 0x06f0;
  switch (c) {
    case 0x066b: // Arabic decimal separator
      return 0x2e;
    case 0x066c: // Arabic thousands separator
      return 0x2c;
    case 0x0640: // tatweel
      return REMOVE;
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0622: // آ
    case 0x0671: // ٱ
      return 0x0627;
    case 0x0649: // ى
    case 0x0626: // ئ
      return 0x064a;
    case 0x0624: // ؤ
      return 0x0648;
    case 0x0629: // ة
      return 0x0647;
    case 0x00a0:
    case 0x2007:
    case 0x2009:
    case 0x202f:
    case 0x200a:
      return 0x20;
    case 0x200b: // zero-width space and joiners
    case 0x200c:
    case 0x200d:
    case 0x200e:
    case 0x200f:
    case 0x00ad:
    case 0x061c:
    case 0xfe0e: // variation selectors after an emoji ("❗️", "⚡️" in Telegram posts), marks that would
    case 0xfe0f: // glue the emoji to the word after it
      return REMOVE;
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return 0x2d;
    case 0x00ab:
    case 0x00bb:
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0x2033:
      return 0x22;
    case 0x2018:
    case 0x2019:
    case 0x201a:
    case 0x201b:
    case 0x2039: // ‹ › single guillemets, a quote style of Arabic and French texts
    case 0x203a:
    case 0x02bc:
    case 0x2032:
      return 0x27;
    case 0x0451: // ё
    case 0x0401:
      return 0x0435;
    // Superscript digits are footnote calls ("camps.¹²"), never counts: blank, so a sentence still ends.
    case 0x00b9:
    case 0x00b2:
    case 0x00b3:
    case 0x2070:
    case 0x2074:
    case 0x2075:
    case 0x2076:
    case 0x2077:
    case 0x2078:
    case 0x2079:
      return 0x20;
  }
  // Arabic diacritics (harakat, tanween, shadda, sukun, superscript alef).
  if ((c >= 0x064b && c <= 0x065f) || c === 0x0670) return REMOVE;
  if (c < 0x41) return c;
  const ch = String.fromCharCode(c);
  let folded = ch.toLowerCase();
  if (folded.length !== 1) folded = ch;
  // Strip Latin accents: é → e, so "refugies" and "réfugiés" match alike; the dots and lines below of
  // scholarly transliteration too (Latin Extended Additional: "al-Ḥayāt", "Ṣawt", "Abū Ḥamzah").
  if ((c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)) {
    const base = folded.normalize('NFD')[0]!;
    if (base.length === 1) folded = base;
  }
  return folded.charCodeAt(0);
}

// Decodes the folded code units in one call, several times faster than String.fromCharCode over
// chunks. It would replace a lone surrogate with U+FFFD: text that holds surrogates takes the slow way.
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

// The folded code units of the text being normalised, reused from call to call (they are decoded into
// a string before normalize returns): one zero-filled allocation per report saved.
let scratch = new Uint16Array(4096);

/**
 * `offsets`, if given and long enough (input.length + 1), holds toOriginal: a caller that reads one
 * text after another (extract) reuses one buffer rather than allocate a typed array per report,
 * which costs an allocation outside the heap that the collector tracks. The result's toOriginal is
 * then a view of it, valid until the buffer is used again.
 */
export function normalize(input: string, offsets?: Int32Array): NormalizedText {
  const n = input.length;
  if (scratch.length < n) scratch = new Uint16Array(Math.max(n, scratch.length * 2));
  const codes = scratch;
  const toOriginal = offsets && offsets.length > n ? offsets : new Int32Array(n + 1);
  let j = 0;
  let surrogates = false;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x2d) {
      // A word broken across lines ("chil-\ndren") is read whole; the hyphen and the line break map nowhere.
      const next = wrappedWordRest(input, i);
      if (next > 0) {
        i = next - 1;
        continue;
      }
    } else if (c >= 0x30 && c <= 0x39 && i > 0 && mayEndSentence(input.charCodeAt(i - 1))) {
      const end = footnoteCallEnd(input, i);
      if (end > 0) {
        for (; i < end; i++) {
          codes[j] = 0x20;
          toOriginal[j] = i;
          j++;
        }
        i--;
        continue;
      }
    } else if (c === 0x28) {
      // "43 (14%) were arrested": a share in brackets after a count is read past, as if it were not
      // there, so the count meets its verb or noun; the brackets and the space before them map nowhere.
      const end = bracketedShareEnd(input, i, codes, j);
      if (end > 0) {
        if (codes[j - 1] === 0x20) j--;
        i = end - 1;
        continue;
      }
    }
    let f = c < 0x41 ? c : FOLDED[c]!;
    if (f === UNKNOWN) f = FOLDED[c] = foldChar(c);
    if (f === REMOVE) continue;
    if (f >= 0xd800 && f <= 0xdfff) surrogates = true;
    codes[j] = f;
    toOriginal[j] = i;
    j++;
  }
  toOriginal[j] = n;
  let text = '';
  if (!surrogates) text = UTF16.decode(codes.subarray(0, j));
  else {
    const CHUNK = 8192;
    for (let k = 0; k < j; k += CHUNK) {
      text += String.fromCharCode.apply(
        null,
        codes.subarray(k, Math.min(j, k + CHUNK)) as unknown as number[],
      );
    }
  }
  return { text, toOriginal: toOriginal.subarray(0, j + 1) };
}

const LOWERCASE_LETTER = /\p{Ll}/u;
const UPPERCASE_LETTER = /\p{Lu}/u;

function isInlineSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d;
}

/**
 * Where the rest of a word broken at a line's end begins (its first letter), when input[hyphen] is the
 * hyphen after a letter, followed by the line break and a lower-case letter, as text laid out from PDF
 * breaks words; else -1.
 */
function wrappedWordRest(input: string, hyphen: number): number {
  if (hyphen === 0 || !isLetterPoint(input.charCodeAt(hyphen - 1))) return -1;
  let k = hyphen + 1;
  while (k < input.length && isInlineSpace(input.charCodeAt(k))) k++;
  if (input.charCodeAt(k) !== 0x0a) return -1;
  k++;
  while (k < input.length && isInlineSpace(input.charCodeAt(k))) k++;
  return k < input.length && LOWERCASE_LETTER.test(input[k]!) ? k : -1;
}

/** ) ] " ' » ” ’: what may close a sentence around its full stop. */
function isClosingMark(c: number): boolean {
  return c === 0x29 || c === 0x5d || c === 0x22 || c === 0x27 || c === 0xbb || c === 0x201d || c === 0x2019;
}

/** . ! ? or a closing mark: what a footnote call glued to a sentence's end follows. */
function mayEndSentence(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || isClosingMark(c);
}

/**
 * The end of a footnote call glued to the end of a sentence ("in the camps.12 Some of them"), when the
 * digits at input[start] are one: one to three digits right after a full stop (or ! ?) that ends a word of
 * three letters or more, then a line break, the end of the text, or a space and a capital letter. Such a
 * number is no count, and left in place it would glue two sentences together. -1 when it is none; a
 * decimal (2.5), an abbreviated number (No.5, Vol.3) or a figure that a lower-case word follows stays.
 */
function footnoteCallEnd(input: string, start: number): number {
  let k = start - 1;
  while (k >= 0 && isClosingMark(input.charCodeAt(k))) k--;
  const stop = input.charCodeAt(k);
  if (k < 0 || (stop !== 0x2e && stop !== 0x21 && stop !== 0x3f)) return -1;
  let w = k - 1;
  while (w >= 0 && isClosingMark(input.charCodeAt(w))) w--;
  let s = w;
  while (s >= 0 && isLetterPoint(input.charCodeAt(s))) s--;
  const letters = w - s;
  if (letters < 3 || (letters === 3 && UPPERCASE_LETTER.test(input[s + 1]!))) return -1;
  let end = start;
  while (end < input.length && end - start <= 3 && isDigitCode(input.charCodeAt(end))) end++;
  if (end - start > 3) return -1;
  let a = end;
  while (a < input.length && isInlineSpace(input.charCodeAt(a))) a++;
  if (a === input.length || input.charCodeAt(a) === 0x0a) return end;
  return a > end && UPPERCASE_LETTER.test(input[a]!) ? end : -1;
}

/** A share in brackets: "(14%)", "(14.3 %)", "(٪14)" when read right to left is not met; digits first. */
const BRACKETED_SHARE =
  /^\(\s*[0-9\u0660-\u0669\u06f0-\u06f9]{1,3}(?:[.,\u066b][0-9\u0660-\u0669\u06f0-\u06f9]{1,2})?\s*[%\u066a]\s*\)/u;

/**
 * The end of a share in brackets that opens at input[open] and follows a count ("43 (14%)"), when the
 * folded text so far (codes[0..j)) ends in a digit and maybe a space; else -1. A share is no count, and
 * between a count and its verb it would hide the verb ("43 (14%) were convicted").
 */
function bracketedShareEnd(input: string, open: number, codes: Uint16Array, j: number): number {
  let k = j - 1;
  if (k >= 0 && codes[k] === 0x20) k--;
  if (k < 0 || !isDigitCode(codes[k]!)) return -1;
  const m = BRACKETED_SHARE.exec(input.slice(open, open + 16));
  return m ? open + m[0].length : -1;
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Folds a lexicon entry the way normalize() folds text, so both sides compare alike. */
export function fold(s: string): string {
  return normalize(s).text;
}
