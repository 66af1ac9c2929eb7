// The gazetteer: countries (Intl.DisplayNames plus our own variants and demonyms), regions, sites
// and armed groups, compiled per language into lexicons. Codes are ISO 3166-1 alpha-2 or region:*.
import type { Affiliation } from '../../domain/claim.ts';
import { Lexicon } from '../lexicon.ts';
import { COUNTRY_NAMES, CONFLICT_ZONES, DISPLAY_NAME_STOPLIST, SUBNATIONAL_PLACES } from './places.data.ts';
import { GROUP_NAMES } from './groups.data.ts';
import { NOT_PLACES, REGION_NAMES } from './regions.data.ts';

export type GazetteerLang = 'en' | 'ar' | 'ru' | 'fr';
export const GAZETTEER_LANGS: GazetteerLang[] = ['en', 'ar', 'ru', 'fr'];

/** name: the country or region named; demonym: a nationality word; site: a place inside a country. */
export type PlaceKind = 'name' | 'demonym' | 'site' | 'none';
export interface PlaceRef {
  code: string;
  kind: PlaceKind;
}

export { CONFLICT_ZONES };

/** Arabic words may carry و، ف، ب، ك، ل and the article: والعراق، بالعراق، للعراق. */
export const ARABIC_CLITICS = '[وف]?(?:بال|كال|لل|ال|[بكل])?';

const NOT_COUNTRIES = new Set([
  'EU',
  'EZ',
  'UN',
  'ZZ',
  'QO',
  'XA',
  'XB',
  'XK',
  'AC',
  'CP',
  'DG',
  'EA',
  'IC',
  'TA',
  'AQ',
  'BV',
  'HM',
]);

/** Every ISO 3166-1 alpha-2 code Intl knows as a region with a real name. */
export const COUNTRY_CODES: string[] = (() => {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (!NOT_COUNTRIES.has(code) && names.of(code)) codes.push(code);
    }
  return codes;
})();

/**
 * Russian names in all their cases: long names as stems (Казахстан → Казахстан*), short ones by
 * their case forms, since a short stem swallows ordinary words (Само* would match самолёт).
 */
function russianForms(name: string): string[] {
  const words = name.split(/\s+/);
  if (words.length === 1 && name.length < 7) {
    const w = name;
    if (/[ая]$/i.test(w)) {
      const base = w.slice(0, -1);
      return [w, ...['ы', 'и', 'е', 'у', 'ю', 'ой', 'ей'].map((e) => base + e)];
    }
    if (/[оеи]$/i.test(w)) return [w];
    return [w, ...['а', 'у', 'е', 'ом'].map((e) => w + e)];
  }
  return [
    words
      .map((w) => {
        if (w.length < 4) return w;
        if (/(ая|ое|ый|ий|ой)$/i.test(w)) return `${w.slice(0, -2)}*`;
        return /[аяоеыийь]$/i.test(w) ? `${w.slice(0, -1)}*` : `${w}*`;
      })
      .join(' '),
  ];
}

/** Arabic entries lose the article, which the clitic pattern adds back: العراق → عراق. */
function arabicCore(name: string): string {
  return name.startsWith('ال') && name.length > 4 ? name.slice(2) : name;
}

function adapt(lang: GazetteerLang, name: string): string {
  if (lang === 'ar') return arabicCore(name);
  return name;
}

function placeEntries(lang: GazetteerLang): [string, PlaceRef][] {
  const entries: [string, PlaceRef][] = [];
  const stop = new Set(DISPLAY_NAME_STOPLIST[lang]);
  const display = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
  for (const code of COUNTRY_CODES) {
    const name = display.of(code);
    if (name && !stop.has(name)) {
      for (const form of lang === 'ru' ? russianForms(name) : [name])
        entries.push([adapt(lang, form), { code, kind: 'name' }]);
    }
  }
  for (const [code, names] of Object.entries(COUNTRY_NAMES)) {
    for (const n of names.names?.[lang] ?? []) entries.push([adapt(lang, n), { code, kind: 'name' }]);
    for (const n of names.demonyms?.[lang] ?? []) entries.push([adapt(lang, n), { code, kind: 'demonym' }]);
  }
  for (const [code, names] of Object.entries(REGION_NAMES)) {
    for (const n of names[lang] ?? []) {
      const kind: PlaceKind =
        code === 'region:foreign' || /^[\p{Ll}]/u.test(n) || /an$|ans$/.test(n) ? 'demonym' : 'name';
      entries.push([adapt(lang, n), { code, kind }]);
    }
  }
  for (const n of NOT_PLACES[lang] ?? []) entries.push([adapt(lang, n), { code: '', kind: 'none' }]);
  for (const [code, names] of Object.entries(SUBNATIONAL_PLACES)) {
    for (const n of names[lang] ?? []) entries.push([adapt(lang, n), { code, kind: 'site' }]);
  }
  return entries;
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
}

const compiled = new Map<GazetteerLang, Gazetteer>();

export function gazetteerFor(lang: GazetteerLang): Gazetteer {
  let g = compiled.get(lang);
  if (!g) {
    const options = lang === 'ar' ? { clitics: ARABIC_CLITICS } : {};
    g = {
      places: new Lexicon(placeEntries(lang), options),
      groups: new Lexicon(groupEntries(lang), options),
    };
    compiled.set(lang, g);
  }
  return g;
}

/** Codes of every country or region a text names in any supported language (for search). */
export function placeCodesIn(text: string): string[] {
  const codes = new Set<string>();
  for (const lang of GAZETTEER_LANGS) {
    for (const m of gazetteerFor(lang).places.scan(text.toLowerCase()))
      if (m.value.code) codes.add(m.value.code);
  }
  return [...codes].sort();
}
