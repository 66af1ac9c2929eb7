// The gazetteer: countries (current ISO 3166-1 codes, named by Intl.DisplayNames, world-countries
// and our variants, with their nationality words), regions and how they nest, home provinces,
// sites, and armed groups in every language; acceptPlace decides, by context, whether a name the
// lexicon found is a place there. Codes are ISO 3166-1 alpha-2 or region:*.
import { normalize } from '../normalize.ts';
import { acceptPlace } from './context.ts';
import { gazetteers } from './compile.ts';
import { CONFLICT_ZONES } from './places.data.ts';

export { COUNTRY_CODES, gazetteerFor, gazetteers, type Gazetteer } from './compile.ts';
export type { PlaceKind, PlaceRef } from './types.ts';
export { acceptGroup, acceptPlace, insideGroupName } from './context.ts';
export { isInside, mostSpecific, REGION_PARENTS, regionAncestors, regionChildren } from './hierarchy.ts';
export { CONFLICT_ZONES };

export interface PlaceMention {
  code: string;
  start: number;
  end: number;
}

/**
 * Where a text names places, in any supported language, with offsets into the text as given. The
 * text is folded as the engine folds it (أوزبكستان and Ouzbékistan match whatever their letters),
 * and each language's matches pass that language's context checks.
 */
export function placeMentions(text: string): PlaceMention[] {
  const { text: folded, toOriginal } = normalize(text);
  const out: PlaceMention[] = [];
  for (const { pack, gazetteer } of gazetteers()) {
    const found = gazetteer.places.scan(folded, text, toOriginal);
    for (const m of found) {
      if (!m.value.code || !acceptPlace(pack.code, folded, m, found, text, toOriginal)) continue;
      out.push({ code: m.value.code, start: toOriginal[m.start]!, end: toOriginal[m.end]! });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Codes of every country or region a text names in any supported language (for search). */
export function placeCodesIn(text: string): string[] {
  return [...new Set(placeMentions(text).map((m) => m.code))].sort();
}
