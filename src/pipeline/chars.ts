// Character classes of the Basic Multilingual Plane, computed once: the hottest loops (tokenising,
// sentence splitting, scanning back over a word) test a code unit with one table read instead of
// a Unicode regex over a one-character string.

/** Letters and marks (\p{L}, \p{M}): what words are made of. */
export const WORD = 1;
/** ASCII digits. */
export const DIGIT = 2;
/** Whitespace (\s). */
export const SPACE = 3;

/** CHAR_KIND[code unit]: WORD, DIGIT, SPACE, or 0 for anything else (punctuation, surrogates). */
export const CHAR_KIND = new Uint8Array(65536);
/** IS_LETTER[code unit]: 1 for letters (\p{L}) of the BMP. */
const IS_LETTER = new Uint8Array(65536);

{
  const letter = /\p{L}/u;
  const mark = /\p{M}/u;
  const space = /\s/u;
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    const isLetter = letter.test(ch);
    IS_LETTER[c] = isLetter ? 1 : 0;
    CHAR_KIND[c] = c >= 48 && c <= 57 ? DIGIT : isLetter || mark.test(ch) ? WORD : space.test(ch) ? SPACE : 0;
  }
}

/** Whether the code unit is whitespace, as /\s/ tests it. */
export function isSpace(code: number): boolean {
  return CHAR_KIND[code] === SPACE;
}

/** Whether the code point is a letter, as /\p{L}/u tests it (lone surrogates are not). */
export function isLetterPoint(codePoint: number): boolean {
  return codePoint < 65536 ? IS_LETTER[codePoint] === 1 : /\p{L}/u.test(String.fromCodePoint(codePoint));
}
