// Reading the words around a name in folded text: what the gazetteer's context checks and the
// language packs' own checks of a name's form look at.
import { CHAR_KIND, WORD } from '../chars.ts';

export const isWordChar = (text: string, i: number): boolean =>
  i >= 0 && i < text.length && CHAR_KIND[text.charCodeAt(i)] === WORD;

/** The token ending before pos (a word, or one other character), skipping spaces. */
export function tokenBefore(text: string, pos: number): { text: string; start: number } | null {
  let i = pos - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  if (i < 0) return null;
  if (!isWordChar(text, i)) return { text: text[i]!, start: i };
  let j = i;
  while (isWordChar(text, j - 1)) j--;
  return { text: text.slice(j, i + 1), start: j };
}

/** The token starting after pos, skipping spaces. */
export function tokenAfter(text: string, pos: number): { text: string; start: number } | null {
  let i = pos;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  if (i >= text.length) return null;
  if (!isWordChar(text, i)) return { text: text[i]!, start: i };
  let j = i;
  while (isWordChar(text, j)) j++;
  return { text: text.slice(i, j), start: i };
}

/** Whether phrase (folded) ends right before pos, as whole words. */
export function precededBy(text: string, pos: number, phrase: string): boolean {
  const s = text.slice(Math.max(0, pos - phrase.length - 3), pos).trimEnd();
  return s.endsWith(phrase) && !isWordChar(s, s.length - phrase.length - 1);
}

/** Whether phrase (folded) starts right after pos, as whole words. */
export function followedBy(text: string, pos: number, phrase: string): boolean {
  const s = text.slice(pos, pos + phrase.length + 3).trimStart();
  return s.startsWith(phrase) && !isWordChar(s, phrase.length);
}
