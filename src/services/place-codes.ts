// The gazetteer as search needs it: which place codes a text names, and where a query names them.
import { GAZETTEER_LANGS, gazetteerFor, placeCodesIn } from '../pipeline/gazetteer/index.ts';

export interface PlaceMention {
  code: string;
  start: number;
  end: number;
}

/** Codes (ISO 3166-1, region:*) of every place the text names, in any of the four languages. */
export function placeCodesOf(text: string): string[] {
  return placeCodesIn(text);
}

/** Where a (short) text names places: lets search read `Kyrgyzstan` as "the word, or the code KG". */
export function placeMentionsIn(text: string): PlaceMention[] {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return [];
  const out: PlaceMention[] = [];
  for (const lang of GAZETTEER_LANGS) {
    for (const m of gazetteerFor(lang).places.scan(lower)) {
      out.push({ code: m.value.code, start: m.start, end: m.end });
    }
  }
  return out;
}
