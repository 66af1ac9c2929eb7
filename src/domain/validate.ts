// The checks every input passes at the edges (CLI options and arguments, sidecars, API parameters), in one
// place so every surface accepts and refuses the same values with the same words.
import { z } from 'zod';
import { COUNTRY_CODES, placeCodesIn } from '../pipeline/gazetteer/index.ts';
import { REGION_NAMES } from '../pipeline/gazetteer/regions.data.ts';

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A real calendar date, whole or partial: 2019, 2019-05, 2019-05-10 (not 2019-13-45 nor 2019-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  // Day 0 of the next month is the last day of this one (UTC, so no time zone moves it).
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** An ISO 639-1 code of a language that exists (en, kk), not any two letters (zz). */
export function isLanguageCode(value: string): boolean {
  return /^[a-z]{2}$/.test(value) && languageNames.of(value) !== undefined;
}

const COUNTRIES = new Set(COUNTRY_CODES);

/** A place code the gazetteer knows: an ISO 3166-1 alpha-2 country (any case) or region:*. */
export function isPlaceCode(value: string): boolean {
  return value.startsWith('region:') ? value in REGION_NAMES : COUNTRIES.has(value.toUpperCase());
}

/** A place code as stored: countries upper case, regions as written. */
export const placeCode = (value: string) => (value.startsWith('region:') ? value : value.toUpperCase());

/**
 * Why a typed place is no place code, in plain words, with the code to write when the gazetteer knows
 * the name ("Kazakhstan" → KZ, "Казахстан" → KZ).
 */
export function placeCodeProblem(typed: unknown): string {
  const text = typeof typed === 'string' ? typed.trim() : String(typed);
  const codes = text.length <= 100 ? placeCodesIn(text) : [];
  if (codes.length === 1) return `"${text}" is a place name, not a code: write ${codes[0]}`;
  return `"${text}" is not a country or region code the gazetteer knows: write a code such as KZ (Kazakhstan) or region:central-asia`;
}

export const PLACE_CODE_HINT = 'an ISO 3166-1 code such as KZ or a region such as region:central-asia';
export const DATE_HINT = 'a real date such as 2019, 2019-05 or 2019-05-10';
export const LANGUAGE_HINT = 'an ISO 639-1 language code such as en';

/** The largest id a stored record can have (PostgreSQL integer). */
export const MAX_ID = 2_147_483_647;

export const isoDateSchema = z.string().refine(isIsoDate, DATE_HINT);
/** A date, or a timestamp whose date part is real: 2019-05-10T08:00:00Z keeps 2019-05-10. */
export const isoDatePrefixSchema = z
  .string()
  .transform((s) => s.slice(0, 10))
  .refine(isIsoDate, DATE_HINT);
export const languageCodeSchema = z.string().refine(isLanguageCode, LANGUAGE_HINT);
export const placeCodeSchema = z.string().trim().refine(isPlaceCode, PLACE_CODE_HINT).transform(placeCode);

/** Digits only, as an integer within [min, max]: no 1e3, no -1, no 99999999999999999999 rounded. */
export function integerSchema(min: number, max: number = Number.MAX_SAFE_INTEGER) {
  const hint =
    max < Number.MAX_SAFE_INTEGER
      ? `an integer from ${min} to ${max}`
      : min === 1
        ? 'a positive integer'
        : `an integer of at least ${min}`;
  return z
    .string()
    .trim()
    .refine((s) => /^\d+$/.test(s) && Number(s) >= min && Number(s) <= max, hint)
    .transform(Number);
}

export const recordIdSchema = integerSchema(1, MAX_ID);

/**
 * Checks a value against a schema; the result, or the message of the first problem, e.g.
 * `--since must be a real date such as 2019, ..., not "2019-13-45"`.
 */
export function check<T>(
  schema: z.ZodType<T, string>,
  value: string,
  name: string,
): { ok: true; value: T } | { ok: false; message: string } {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, message: `${name} must be ${parsed.error.issues[0]!.message}, not "${value}"` };
}
