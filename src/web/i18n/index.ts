// The interface's strings; add a language by adding a file shaped like en.ts and choosing it here.
import countries from 'i18n-iso-countries';
import { en, type Strings } from './en.ts';

export const t: Strings = en;

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** "KZ" → "Kazakhstan", "region:central-asia" → "Central Asia". */
export function placeName(code: string): string {
  if (code.startsWith('region:'))
    return code
      .slice(7)
      .split('-')
      .map((w) => w[0]!.toUpperCase() + w.slice(1))
      .join(' ');
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

export function languageName(code: string | null | undefined): string {
  if (!code) return '—';
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The regions of the guideline (GUIDELINES.md). */
const REGIONS = ['central-asia', 'former-ussr', 'north-caucasus', 'europe', 'foreign'];
let byName: Map<string, string> | null = null;

/**
 * What an analyst typed for a place, as a code: "KZ", "kz", "Kazakhstan", "Central Asia" or
 * "region:central-asia"; null when it names no place the app knows.
 */
export function placeCodeOf(typed: string): string | null {
  const text = typed.trim();
  if (/^[A-Za-z]{2}$/.test(text)) return countries.isValid(text.toUpperCase()) ? text.toUpperCase() : null;
  if (/^region:[a-z-]+$/.test(text)) return text;
  if (!byName) {
    byName = new Map();
    for (const code of Object.keys(countries.getAlpha2Codes()))
      byName.set(placeName(code).toLowerCase(), code);
    for (const r of REGIONS) byName.set(placeName(`region:${r}`).toLowerCase(), `region:${r}`);
  }
  return byName.get(text.toLowerCase()) ?? null;
}
