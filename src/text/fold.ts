// The one text folding of Tessera: case, Latin accents, Arabic letter variants and diacritics, digits,
// dashes, quotes and odd spaces fold alike everywhere. Extraction folds with offsets back to the
// original; search, linking and analysis fold plain text. The folding table itself is the engine's
// (pipeline/normalize.ts), so what a lexicon matches and what search matches never drift apart.
import { normalize, type NormalizedText } from '../pipeline/normalize.ts';

export type FoldedText = NormalizedText;

/** Folded text and, for each of its characters, the offset of the character it came from. */
export function foldWithOffsets(input: string): FoldedText {
  return normalize(input);
}

/** Folded text without offsets, for comparing words: `Ouzbékistan` folds to `ouzbekistan`. */
export function foldText(input: string): string {
  // NFKC first, so presentation forms and full-width letters reach the table as plain letters.
  const text = input.normalize('NFKC');
  if (offsets.length <= text.length) offsets = new Int32Array(Math.max(text.length + 1, offsets.length * 2));
  return normalize(text, offsets).text;
}

// The offsets normalize() computes are not wanted here: one buffer serves every call rather than an
// allocation each (foldText runs for every claim stored and every search).
let offsets = new Int32Array(1024);

/** Folded words: letters and digits only, in order. */
export function foldedWords(input: string): string[] {
  return foldText(input).match(/[\p{L}\p{N}]+/gu) ?? [];
}
