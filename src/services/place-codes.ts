// The gazetteer as search needs it: which place codes a text names, and where a query names them. Both
// fold the text as extraction does (text/fold.ts), so أوزبكستان and Ouzbékistan name Uzbekistan.
import { placeCodesIn, placeMentions, type PlaceMention } from '../pipeline/gazetteer/index.ts';

export type { PlaceMention };

/** Codes (ISO 3166-1, region:*) of every place the text names, in any of the four languages. */
export function placeCodesOf(text: string): string[] {
  return placeCodesIn(text);
}

/** Where a (short) text names places: lets search read `Kyrgyzstan` as "the word, or the code KG". */
export function placeMentionsIn(text: string): PlaceMention[] {
  return placeMentions(text);
}
