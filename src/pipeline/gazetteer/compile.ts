// Compiles the gazetteer per language: countries (current ISO 3166-1 codes from world-countries,
// named by Intl.DisplayNames, world-countries and our variants), their nationality words, regions,
// home provinces, sites and armed groups, into lexicons.
import * as worldCountries from 'world-countries';
import type { Country } from 'world-countries';
import type { Affiliation } from '../../domain/claim.ts';
import { Lexicon } from '../lexicon.ts';
import {
  AR_DEMONYMS_EXTRA,
  AR_NISBA,
  EN_DEMONYMS_EXTRA,
  FR_DEMONYMS_EXTRA,
  RU_DEMONYMS,
} from './demonyms.data.ts';
import {
  cleanName,
  englishDemonymForms,
  frenchDemonymForms,
  nisbaForms,
  patternKey,
  russianNameForms,
} from './forms.ts';
import { GROUP_NAMES } from './groups.data.ts';
import { COUNTRY_NAMES, HOME_PLACES, SUBNATIONAL_PLACES } from './places.data.ts';
import { NOT_PLACES, REGION_NAMES } from './regions.data.ts';

export type GazetteerLang = 'en' | 'ar' | 'ru' | 'fr';
export const GAZETTEER_LANGS: GazetteerLang[] = ['en', 'ar', 'ru', 'fr'];

/** name: the country or region named; demonym: a nationality word; site: a place inside a country. */
export type PlaceKind = 'name' | 'demonym' | 'site' | 'none';
export interface PlaceRef {
  code: string;
  kind: PlaceKind;
}

/** Arabic words may carry و، ف، ب، ك، ل and the article: والعراق، بالعراق، للعراق. */
export const ARABIC_CLITICS = '[وف]?(?:بال|كال|لل|ال|[بكل])?';

// world-countries is CommonJS: Node hands its array over as the default export, which its typings
// (an ES default inside a CommonJS module) place one level deeper.
const loaded: unknown = worldCountries.default;
const countries: Country[] = Array.isArray(loaded)
  ? (loaded as Country[])
  : (loaded as { default: Country[] }).default;

/** Uninhabited territories: nobody in a report comes from them. */
const UNINHABITED = new Set(['AQ', 'BV', 'HM']);

/**
 * The current ISO 3166-1 alpha-2 codes, and XK (Kosovo, user-assigned but in common use).
 * Intl.DisplayNames also names withdrawn codes (DD, YD, CS, SU...), so its A–Z walk is no list.
 */
export const COUNTRY_CODES: string[] = countries
  .map((c) => c.cca2)
  .filter((code) => !UNINHABITED.has(code))
  .sort();

const INDEPENDENT = new Set(countries.filter((c) => c.independent).map((c) => c.cca2));

/** When a name or nationality word belongs to several codes ("Congolese"), the one most reports mean. */
const PREFERRED_CODES = ['CD', 'DO', 'US', 'GB', 'FR', 'NL', 'NO', 'IN', 'CN', 'WS', 'FI', 'DK', 'AU', 'NZ'];

const WORLD_COUNTRIES_LANG = { fr: 'fra', ru: 'rus', ar: 'ara' } as const;

/** Arabic entries lose the article, which the clitic pattern adds back: العراق → عراق. */
function arabicCore(name: string): string {
  return name.startsWith('ال') && name.length > 4 ? name.slice(2) : name;
}

function adapt(lang: GazetteerLang, name: string): string {
  return lang === 'ar' ? arabicCore(name) : name;
}

/** Multi-word English spellings from world-countries ("Republic of Tajikistan"), not native ones. */
function usableAltSpelling(s: string): boolean {
  return /\s/.test(s) && /^[A-Za-z][A-Za-z .'-]+$/.test(s);
}

const displayNames = new Map<GazetteerLang, Intl.DisplayNames>();

function countryNames(lang: GazetteerLang, country: Country): string[] {
  let names = displayNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    displayNames.set(lang, names);
  }
  const display = names.of(country.cca2);
  const found: string[] = display ? [display] : [];
  if (lang === 'en') {
    found.push(country.name.common, country.name.official, ...country.altSpellings.filter(usableAltSpelling));
  } else {
    const t = country.translations[WORLD_COUNTRIES_LANG[lang]];
    if (t) found.push(t.common, t.official);
  }
  const cleaned = found.map((n) => cleanName(n, lang)).filter((n) => n && !n.includes(','));
  return [...new Set([...cleaned, ...(COUNTRY_NAMES[country.cca2]?.[lang] ?? [])])];
}

function demonymsOf(lang: GazetteerLang, country: Country): string[] {
  const code = country.cca2;
  const split = (s: string | undefined) => (s ? s.split(/\s*(?:,|\bor\b|\bet\b)\s*/) : []).filter(Boolean);
  if (lang === 'en') {
    const d = country.demonyms?.eng;
    const words = [...split(d?.m), ...split(d?.f)];
    return [...words.flatMap(englishDemonymForms), ...(EN_DEMONYMS_EXTRA[code] ?? [])];
  }
  if (lang === 'fr') {
    const d = country.demonyms?.fra;
    const words = [...split(d?.m), ...split(d?.f)].map((w) => w.toLowerCase());
    return [...words.flatMap(frenchDemonymForms), ...(FR_DEMONYMS_EXTRA[code] ?? [])];
  }
  if (lang === 'ru') return RU_DEMONYMS[code]?.split('|') ?? [];
  return [...(AR_NISBA[code] ?? []).flatMap(nisbaForms), ...(AR_DEMONYMS_EXTRA[code] ?? [])];
}

/**
 * Entries keyed by kind and pattern: a word shared by two codes goes to the preferred one, else to
 * the sovereign state (Dutch: NL, not the Caribbean Netherlands), else to the first listed.
 */
class EntryTable {
  private readonly byKey = new Map<string, [string, PlaceRef]>();
  readonly order: string[] = [];

  add(raw: string, ref: PlaceRef): void {
    const key = `${ref.kind}\u0000${patternKey(raw)}`;
    const held = this.byKey.get(key);
    if (!held) {
      this.byKey.set(key, [raw, ref]);
      this.order.push(key);
      return;
    }
    const [, old] = held;
    if (old.code === ref.code) return;
    const rank = (code: string) =>
      PREFERRED_CODES.includes(code) ? 0 : INDEPENDENT.has(code) ? 1 : code.startsWith('region:') ? 2 : 3;
    if (rank(ref.code) < rank(old.code)) this.byKey.set(key, [raw, ref]);
  }

  entries(): [string, PlaceRef][] {
    return this.order.map((k) => this.byKey.get(k)!);
  }
}

/** Per Arabic pattern of a name or site: whether text writes it with the article (العراق) or without (تونس). */
export interface ArabicArticles {
  required: Set<string>;
  forbidden: Set<string>;
}

function placeEntries(lang: GazetteerLang, articles: ArabicArticles): [string, PlaceRef][] {
  const table = new EntryTable();
  const withArticle = new Set<string>();
  const withoutArticle = new Set<string>();
  const addName = (raw: string, ref: PlaceRef) => {
    const forms = lang === 'ru' && !raw.includes('*') && !raw.startsWith('!') ? russianNameForms(raw) : [raw];
    for (const form of forms) {
      const adapted = adapt(lang, form);
      table.add(adapted, ref);
      if (lang === 'ar') (adapted !== form ? withArticle : withoutArticle).add(patternKey(adapted));
    }
  };
  for (const country of countries) {
    if (UNINHABITED.has(country.cca2)) continue;
    for (const n of countryNames(lang, country)) addName(n, { code: country.cca2, kind: 'name' });
  }
  for (const [code, names] of Object.entries(HOME_PLACES))
    for (const n of names[lang] ?? []) addName(n, { code, kind: 'name' });
  for (const [code, region] of Object.entries(REGION_NAMES))
    for (const n of region.names[lang] ?? []) addName(n, { code, kind: 'name' });
  const demonymKeys = new Set<string>();
  for (const country of countries) {
    for (const d of demonymsOf(lang, country)) {
      const adapted = adapt(lang, d);
      table.add(adapted, { code: country.cca2, kind: 'demonym' });
      demonymKeys.add(patternKey(adapted));
    }
  }
  for (const [code, region] of Object.entries(REGION_NAMES)) {
    for (const d of region.demonyms[lang] ?? []) {
      const adapted = adapt(lang, d);
      table.add(adapted, { code, kind: 'demonym' });
      demonymKeys.add(patternKey(adapted));
    }
  }
  for (const [code, names] of Object.entries(SUBNATIONAL_PLACES))
    for (const n of names[lang] ?? []) addName(n, { code, kind: 'site' });
  for (const n of NOT_PLACES[lang] ?? []) table.add(adapt(lang, n), { code: '', kind: 'none' });
  // A word that is also a nationality word (شيشان: Chechnya's core, and Chechens) may stand bare.
  for (const k of withArticle) if (!withoutArticle.has(k) && !demonymKeys.has(k)) articles.required.add(k);
  for (const k of withoutArticle) if (!withArticle.has(k)) articles.forbidden.add(k);
  return table.entries();
}

function groupEntries(lang: GazetteerLang): [string, Affiliation][] {
  const entries: [string, Affiliation][] = [];
  for (const [group, names] of Object.entries(GROUP_NAMES) as [
    Affiliation,
    (typeof GROUP_NAMES)[Affiliation],
  ][]) {
    for (const n of names[lang] ?? []) entries.push([adapt(lang, n), group]);
  }
  return entries;
}

export interface Gazetteer {
  places: Lexicon<PlaceRef>;
  groups: Lexicon<Affiliation>;
  /** Arabic only: which names must (العراق) or must not (تونس, بنين) carry the article. */
  articles: ArabicArticles;
}

const compiled = new Map<GazetteerLang, Gazetteer>();

export function gazetteerFor(lang: GazetteerLang): Gazetteer {
  let g = compiled.get(lang);
  if (!g) {
    const options = lang === 'ar' ? { clitics: ARABIC_CLITICS } : {};
    const articles: ArabicArticles = { required: new Set(), forbidden: new Set() };
    g = {
      places: new Lexicon(placeEntries(lang, articles), options),
      groups: new Lexicon(groupEntries(lang), options),
      articles,
    };
    compiled.set(lang, g);
  }
  return g;
}

export function isGazetteerLang(lang: string): lang is GazetteerLang {
  return (GAZETTEER_LANGS as string[]).includes(lang);
}

/** adapt() for callers outside: how an entry of this language is stored. */
export function storedForm(lang: GazetteerLang, name: string): string {
  return adapt(lang, name);
}
