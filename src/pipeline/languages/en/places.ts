// How the gazetteer reads English names: world-countries' own names and spellings, nationality words
// with their plural nouns, and the words that make an ambiguous name (Chad, Jordan, Georgia) a place.
import {
  AMBIGUOUS,
  PLACE_CONTEXT,
  US_STATE_AFTER,
  US_STATE_BEFORE,
  EN_DEMONYMS_EXTRA,
} from './places.data.ts';
import type { PlaceGrammar } from '../../language-pack.ts';

/** A nationality word and its plural noun (Tunisian → Tunisians); "Swiss", "Chinese" have none. */
export function englishDemonymForms(word: string): string[] {
  if (/(?:ese|ss|sh|ch|x|z)$/i.test(word) || /\s/.test(word)) return [word];
  return [word, `${word}s`];
}

export const places: PlaceGrammar = {
  worldCountries: 'eng',
  demonyms: (code, fromLibrary) => [
    ...fromLibrary.flatMap(englishDemonymForms),
    ...(EN_DEMONYMS_EXTRA[code] ?? []),
  ],
  and: 'and',
  ambiguous: AMBIGUOUS,
  contextWords: PLACE_CONTEXT.words,
  articles: ['the', 'a', 'an'],
  usStateBefore: US_STATE_BEFORE,
  usStateAfter: US_STATE_AFTER,
  groupOf: /^\s+of\s+(?:the\s+)?$/,
};
