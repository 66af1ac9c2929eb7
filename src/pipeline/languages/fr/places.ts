// How the gazetteer reads French names: nationality adjectives in both numbers, and the words that
// make an ambiguous name (Maurice, Grenade, Niger) a place.
import {
  AMBIGUOUS,
  PLACE_CONTEXT,
  US_STATE_AFTER,
  US_STATE_BEFORE,
  FR_DEMONYMS_EXTRA,
} from './places.data.ts';
import type { PlaceGrammar } from '../../language-pack.ts';

/** A nationality adjective in both numbers (tunisien → tunisiens; français stays). */
export function frenchDemonymForms(word: string): string[] {
  if (/[sxz]$/i.test(word)) return [word];
  return [word, `${word}s`];
}

export const places: PlaceGrammar = {
  worldCountries: 'fra',
  demonyms: (code, fromLibrary) => [
    ...fromLibrary.map((w) => w.toLowerCase()).flatMap(frenchDemonymForms),
    ...(FR_DEMONYMS_EXTRA[code] ?? []),
  ],
  and: 'et',
  ambiguous: AMBIGUOUS,
  contextWords: PLACE_CONTEXT.words,
  articles: ['le', 'la', 'les', 'un', 'une', 'des'],
  usStateBefore: US_STATE_BEFORE,
  usStateAfter: US_STATE_AFTER,
  // "Jamaat … de l'Indonésie": the place that completes a group's name.
  groupOf: /^\s*(?:de\s+(?:la\s+|l')?|du\s+|d')\s*$/,
};
