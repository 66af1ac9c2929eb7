// Text as the search index sees it: Arabic spelling variants folded, digits unified, per-language stemming config.
import { LANGUAGE_PACKS } from '../pipeline/languages/index.ts';

const ARABIC_DIACRITICS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]/g;
const TATWEEL = /\u0640/g;
const FOLD: Record<string, string> = {
  '\u0623': '\u0627', // أ → ا
  '\u0625': '\u0627', // إ → ا
  '\u0622': '\u0627', // آ → ا
  '\u0671': '\u0627', // ٱ → ا
  '\u0672': '\u0627',
  '\u0673': '\u0627',
  '\u0624': '\u0648', // ؤ → و
  '\u0626': '\u064a', // ئ → ي
  '\u0649': '\u064a', // ى → ي (alef maqsura)
  '\u0629': '\u0647', // ة → ه (taa marbuta)
  '\u06cc': '\u064a', // Persian yeh
  '\u06a9': '\u0643', // Persian kaf
};
const FOLDABLE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');
const INDIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

/** Folds Arabic hamza forms, taa marbuta, alef maqsura, diacritics and tatweel; Arabic-Indic digits to ASCII. */
export function normaliseForSearch(text: string): string {
  return text
    .replace(ARABIC_DIACRITICS, '')
    .replace(TATWEEL, '')
    .replace(FOLDABLE, (c) => FOLD[c] ?? c)
    .replace(INDIC_DIGITS, (d) => String((d.charCodeAt(0) - (d >= '\u06f0' ? 0x06f0 : 0x0660)) % 10));
}

// Latin accents (and Russian ё) fold as the engine folds them, so `détenus`, `detenus` and the French
// pack's `detenu*` meet in the index. One character for one, so the migration that re-indexed stored
// reports (drizzle/0015) does the same with translate(); a test keeps the two equal.
export const LATIN_FOLD_FROM =
  'àáâãäåāăąçćčďèéêëēėęěìíîïīįłñńňòóôõöøōőřśšşťùúûüūůűýÿźżžÀÁÂÃÄÅĀĂĄÇĆČĎÈÉÊËĒĖĘĚÌÍÎÏĪĮŁÑŃŇÒÓÔÕÖØŌŐŘŚŠŞŤÙÚÛÜŪŮŰÝŸŹŻŽёЁ';
export const LATIN_FOLD_TO =
  'aaaaaaaaacccdeeeeeeeeiiiiiilnnnoooooooorssstuuuuuuuyyzzzAAAAAAAAACCCDEEEEEEEEIIIIIILNNNOOOOOOOORSSSTUUUUUUUYYZZZеЕ';
const LATIN_FOLD = new Map([...LATIN_FOLD_FROM].map((c, i) => [c, [...LATIN_FOLD_TO][i]!]));
const LATIN_FOLDABLE = new RegExp(`[${LATIN_FOLD_FROM}œŒæÆ]`, 'g');
const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE' };

/** The text as the index stores it and as queries are read: normaliseForSearch, then Latin accents folded. */
export function foldForIndex(text: string): string {
  return normaliseForSearch(text)
    .normalize('NFC')
    .replace(LATIN_FOLDABLE, (c) => LIGATURES[c] ?? LATIN_FOLD.get(c) ?? c);
}

/** A PostgreSQL text search configuration's name: a read language's (from its pack) or `simple`. */
export type SearchConfig = string;

/** PostgreSQL text search configurations of the languages Tessera reads, each given by its pack. */
const SEARCH_CONFIGS = new Map(LANGUAGE_PACKS.map((p) => [p.code, p.searchConfig]));

export function searchConfigFor(lang: string | null | undefined): SearchConfig {
  return (lang && SEARCH_CONFIGS.get(lang)) || 'simple';
}

export const QUERY_CONFIGS: readonly SearchConfig[] = [...new Set(SEARCH_CONFIGS.values()), 'simple'];
