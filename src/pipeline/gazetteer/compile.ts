// Compiles the gazetteer per language pack: countries (current ISO 3166-1 codes from world-countries,
// named by Intl.DisplayNames, world-countries and our variants), their nationality words, regions,
// home provinces, sites and armed groups, into lexicons. How a language inflects and stores its names
// is its pack's PlaceGrammar (languages/xx/places.ts); nothing here names a language.
import * as worldCountries from 'world-countries';
import type { Country } from 'world-countries';
import type { Affiliation } from '../../domain/claim.ts';
import type { ArticleUse, LanguagePack } from '../language-pack.ts';
import { LANGUAGE_PACKS } from '../languages/index.ts';
import { Lexicon } from '../lexicon.ts';
import { cleanName, patternKey } from './forms.ts';
import { GROUP_NAMES } from './groups.data.ts';
import { COUNTRY_NAMES, HOME_PLACES, SUBNATIONAL_PLACES } from './places.data.ts';
import { NOT_PLACES, REGION_NAMES } from './regions.data.ts';
import type { PlaceRef } from './types.ts';

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

/** How an entry of the pack's language is stored (Arabic without its article). */
function adapt(pack: LanguagePack, name: string): string {
  return pack.places.storedForm ? pack.places.storedForm(name) : name;
}

/** Multi-word English spellings from world-countries ("Republic of Tajikistan"), not native ones. */
function usableAltSpelling(s: string): boolean {
  return /\s/.test(s) && /^[A-Za-z][A-Za-z .'-]+$/.test(s);
}

/** world-countries' key for its own (English) names and spellings, as opposed to its translations. */
const LIBRARY_OWN = 'eng';

const displayNames = new Map<string, Intl.DisplayNames>();

function countryNames(pack: LanguagePack, country: Country): string[] {
  const lang = pack.code;
  let names = displayNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    displayNames.set(lang, names);
  }
  const display = names.of(country.cca2);
  const found: string[] = display ? [display] : [];
  const key = pack.places.worldCountries;
  if (key === LIBRARY_OWN) {
    found.push(country.name.common, country.name.official, ...country.altSpellings.filter(usableAltSpelling));
  } else if (key) {
    const t = country.translations[key];
    if (t) found.push(t.common, t.official);
  }
  const cleaned = found.map((n) => cleanName(n, pack.places)).filter((n) => n && !n.includes(','));
  return [...new Set([...cleaned, ...(COUNTRY_NAMES[country.cca2]?.[lang] ?? [])])];
}

/** A country's nationality words: world-countries' in the pack's language (when it has them) and the pack's. */
function demonymsOf(pack: LanguagePack, country: Country): string[] {
  const split = (s: string | undefined) => (s ? s.split(/\s*(?:,|\bor\b|\bet\b)\s*/) : []).filter(Boolean);
  const key = pack.places.worldCountries;
  const d = key ? country.demonyms?.[key] : undefined;
  return pack.places.demonyms(country.cca2, [...split(d?.m), ...split(d?.f)]);
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

function placeEntries(pack: LanguagePack, articles: ArticleUse): [string, PlaceRef][] {
  const lang = pack.code;
  const { nameForms, storedForm } = pack.places;
  const table = new EntryTable();
  const withArticle = new Set<string>();
  const withoutArticle = new Set<string>();
  const addName = (raw: string, ref: PlaceRef) => {
    // A stem (*) or a case-sensitive entry (!) is written as text has it, not declined.
    const forms = nameForms && !raw.includes('*') && !raw.startsWith('!') ? nameForms(raw) : [raw];
    for (const form of forms) {
      const adapted = adapt(pack, form);
      table.add(adapted, ref);
      if (storedForm) (adapted !== form ? withArticle : withoutArticle).add(patternKey(adapted));
    }
  };
  for (const country of countries) {
    if (UNINHABITED.has(country.cca2)) continue;
    for (const n of countryNames(pack, country)) addName(n, { code: country.cca2, kind: 'name' });
  }
  for (const [code, names] of Object.entries(HOME_PLACES))
    for (const n of names[lang] ?? []) addName(n, { code, kind: 'name' });
  for (const [code, region] of Object.entries(REGION_NAMES))
    for (const n of region.names[lang] ?? []) addName(n, { code, kind: 'name' });
  const demonymKeys = new Set<string>();
  for (const country of countries) {
    for (const d of demonymsOf(pack, country)) {
      const adapted = adapt(pack, d);
      table.add(adapted, { code: country.cca2, kind: 'demonym' });
      demonymKeys.add(patternKey(adapted));
    }
  }
  for (const [code, region] of Object.entries(REGION_NAMES)) {
    for (const d of region.demonyms[lang] ?? []) {
      const adapted = adapt(pack, d);
      table.add(adapted, { code, kind: 'demonym' });
      demonymKeys.add(patternKey(adapted));
    }
  }
  for (const [code, names] of Object.entries(SUBNATIONAL_PLACES))
    for (const n of names[lang] ?? []) addName(n, { code, kind: 'site' });
  for (const n of NOT_PLACES[lang] ?? []) table.add(adapt(pack, n), { code: '', kind: 'none' });
  // A word that is also a nationality word (شيشان: Chechnya's core, and Chechens) may stand bare.
  for (const k of withArticle) if (!withoutArticle.has(k) && !demonymKeys.has(k)) articles.required.add(k);
  for (const k of withoutArticle) if (!withArticle.has(k)) articles.forbidden.add(k);
  return table.entries();
}

function groupEntries(pack: LanguagePack): [string, Affiliation][] {
  const entries: [string, Affiliation][] = [];
  for (const [group, names] of Object.entries(GROUP_NAMES) as [
    Affiliation,
    (typeof GROUP_NAMES)[Affiliation],
  ][]) {
    for (const n of names[pack.code] ?? []) entries.push([adapt(pack, n), group]);
  }
  return entries;
}

export interface Gazetteer {
  places: Lexicon<PlaceRef>;
  groups: Lexicon<Affiliation>;
  /** Which names the language writes with (العراق) or without (تونس, بنين) its article, if it has one. */
  articles: ArticleUse;
}

const compiled = new Map<string, Gazetteer>();

/** The gazetteer in a pack's language, compiled on first use. */
export function gazetteerFor(pack: LanguagePack): Gazetteer {
  let g = compiled.get(pack.code);
  if (!g) {
    const options = pack.clitics ? { clitics: pack.clitics } : {};
    const articles: ArticleUse = { required: new Set(), forbidden: new Set() };
    g = {
      places: new Lexicon(placeEntries(pack, articles), options),
      groups: new Lexicon(groupEntries(pack), options),
      articles,
    };
    compiled.set(pack.code, g);
  }
  return g;
}

/** The gazetteers of every language Tessera reads, with their packs. */
export function gazetteers(): { pack: LanguagePack; gazetteer: Gazetteer }[] {
  return LANGUAGE_PACKS.map((pack) => ({ pack, gazetteer: gazetteerFor(pack) }));
}
