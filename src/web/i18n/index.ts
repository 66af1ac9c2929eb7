// The interface's strings; add a language by adding a file shaped like en.ts and choosing it here.
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
