// How the gazetteer reads English names: world-countries' own names and spellings, nationality words
// with their plural nouns, and the words that make an ambiguous name (Chad, Jordan, Georgia) a place.
import { AMBIGUOUS, PLACE_CONTEXT, US_STATE_AFTER, US_STATE_BEFORE } from '../../gazetteer/context.data.ts';
import { EN_DEMONYMS_EXTRA } from '../../gazetteer/demonyms.data.ts';
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
  ambiguous: AMBIGUOUS.en,
  contextWords: PLACE_CONTEXT.en.words,
  articles: ['the', 'a', 'an'],
  usStateBefore: US_STATE_BEFORE.en,
  usStateAfter: US_STATE_AFTER.en,
  groupOf: /^\s+of\s+(?:the\s+)?$/,
};
