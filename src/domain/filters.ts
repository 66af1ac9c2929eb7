// The questions both surfaces ask, as zod schemas: the API uses them for its query strings, the services
// for what the CLI passes. Messages name no flag or field: each surface adds its own names.
import { z } from 'zod';
import { AFFILIATIONS, POPULATIONS, STATUSES } from './claim.ts';
import { invalidInput } from './errors.ts';
import {
  DATE_HINT,
  isIsoDate,
  isoDatePrefixSchema,
  isPlaceCode,
  languageCodeSchema,
  MAX_ID,
  PLACE_CODE_HINT,
} from './validate.ts';

export const REVIEW_STATES = ['unreviewed', 'confirmed', 'rejected', 'corrected'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** Outlets that published reports, and the people or bodies the texts attribute numbers to. */
export const SOURCE_KINDS = ['outlet', 'attributed'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** What a search of the reports counts its result by. */
export const REPORT_FACETS = ['lang', 'country', 'population', 'status', 'group', 'outlet', 'year'] as const;
export type ReportFacet = (typeof REPORT_FACETS)[number];

const PLACE = /^([A-Za-z]{2}|region:[a-z-]+)$/;

const shown = (input: unknown) => (typeof input === 'string' ? `"${input}"` : String(input));

/** A closed vocabulary, answering with the allowed values and what was given. */
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `is required (${values.join(', ')})`
        : `must be one of ${values.join(', ')}, not ${shown(issue.input)}`,
  });

/** `kz` and `KZ` are the same country; regions are written in lower case. */
export const normalisePlace = (code: string): string =>
  code.startsWith('region:') ? code : code.toUpperCase();

export const PlaceCode = z
  .string()
  .trim()
  .regex(PLACE, {
    error: (issue) =>
      `must be an ISO 3166-1 code such as KZ or a region such as region:central-asia, not ${shown(issue.input)}`,
  })
  .overwrite(normalisePlace)
  // A code the gazetteer knows: ZZ is no country.
  .refine(isPlaceCode, {
    error: (issue) => `must be ${PLACE_CODE_HINT} the gazetteer knows, not ${shown(issue.input)}`,
  });

export const IsoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {
    error: (issue) => `must be a date such as 2019, 2019-05 or 2019-05-10, not ${shown(issue.input)}`,
  })
  // A real calendar date: 2019-13-45 and 2019-02-30 are refused.
  .refine(isIsoDate, { error: (issue) => `must be ${DATE_HINT}, not ${shown(issue.input)}` });

/** Which claims: every field optional, all given fields must hold. */
export const ClaimFilter = z.object({
  origin: PlaceCode.optional(),
  population: oneOf(POPULATIONS).optional(),
  status: oneOf(STATUSES).optional(),
  group: oneOf(AFFILIATIONS).optional(),
  since: IsoDate.optional(),
  until: IsoDate.optional(),
});
export type ClaimFilter = z.output<typeof ClaimFilter>;

/**
 * Several values of one field: `ar,fr`, or the field repeated (`lang=ar&lang=fr`). Names may hold commas
 * (outlets), so `split: false` takes each repetition whole.
 */
export const listOf = <T extends z.ZodType<unknown, string>>(
  item: T,
  { split = true }: { split?: boolean } = {},
) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) =>
      (Array.isArray(v) ? v : [v])
        .flatMap((x) => (split ? x.split(',') : [x]))
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(50, { error: 'takes at most 50 values' }))
    .optional();

/** ISO 639-1, as reports are tagged. */
export const LangCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2}$/, {
    error: (issue) => `must be an ISO 639-1 code such as ar or fr, not ${shown(issue.input)}`,
  });

export const REPORT_SORTS = ['relevance', 'date'] as const;

/** A date range's start is not after its end (2019-05 to 2019 holds: partial dates take in their period). */
export const datesInOrder = (q: { from?: string; to?: string }) =>
  !q.from || !q.to || q.from.slice(0, q.to.length) <= q.to;
export const DATES_IN_ORDER = {
  path: ['from'],
  error: (issue: { input: unknown }) => {
    const q = issue.input as { from: string; to: string };
    return `must not be after the end of the range (${q.from} is after ${q.to})`;
  },
};

/** What a search of the reports keeps: each facet any of its values, a publication date range, an order. */
export const ReportQuestion = z
  .object({
    lang: listOf(LangCode),
    country: listOf(PlaceCode),
    population: listOf(oneOf(POPULATIONS)),
    status: listOf(oneOf(STATUSES)),
    group: listOf(oneOf(AFFILIATIONS)),
    outlet: listOf(z.string().max(200), { split: false }),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    sort: oneOf(REPORT_SORTS).optional(),
  })
  .refine(datesInOrder, DATES_IN_ORDER);
export type ReportQuestion = z.output<typeof ReportQuestion>;

/** Which claims a list shows: a claim question, and the reports they come from (language, outlet, one report). */
export const ClaimListFilter = ClaimFilter.extend({
  lang: listOf(LangCode),
  outlet: z.string().trim().min(1, { error: 'must name an outlet' }).max(200).optional(),
  report: z.coerce
    .number({ error: 'must be a report id (a positive integer)' })
    .int({ error: 'must be a report id (a positive integer)' })
    .min(1, { error: 'must be a report id (a positive integer)' })
    .max(MAX_ID, { error: `must be a report id up to ${MAX_ID}` })
    .optional(),
});
export type ClaimListFilter = z.output<typeof ClaimListFilter>;

/** How a list of claims treats those in conflict with another report's estimate: first, or only them. */
export const CONFLICT_ORDERS = ['first', 'only'] as const;
export type ConflictOrder = (typeof CONFLICT_ORDERS)[number];

/**
 * The review queue: a claim list's filters, the review states it walks (unreviewed by default) and
 * whether claims in conflict come first (or alone).
 */
export const ReviewQueueFilter = ClaimListFilter.extend({
  review: listOf(oneOf(REVIEW_STATES)),
  conflicts: oneOf(CONFLICT_ORDERS).optional(),
});
export type ReviewQueueFilter = z.output<typeof ReviewQueueFilter>;

/** The formats an export writes: a STIX 2.1 bundle, CSV with an HXL row, JSON Lines. */
export const EXPORT_FORMATS = ['stix', 'csv', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * What an export writes and of which claims: a claim question (population, status and group each any of
 * several values), reviewed claims only if asked; and, to export what a search shows, the search's
 * words, report languages and outlets, places (a claim's origin or location), publication date range
 * and order (`date`: the newest reports first).
 */
export const ExportQuestion = ClaimFilter.extend({
  format: oneOf(EXPORT_FORMATS),
  population: listOf(oneOf(POPULATIONS)),
  status: listOf(oneOf(STATUSES)),
  group: listOf(oneOf(AFFILIATIONS)),
  /** Only claims an analyst confirmed or corrected. */
  reviewedOnly: z.boolean().optional(),
  /** CSV starts with a UTF-8 byte order mark, for spreadsheet programs. */
  bom: z.boolean().optional(),
  /** Only claims of reports in this collection (by name). */
  collection: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, {
      error: 'must be a collection name: lower-case letters, digits, ".", "_" or "-"',
    })
    .optional(),
  /** Quotes (and report text) of restricted collections too: left out unless asked for. */
  quotes: z.boolean().optional(),
  q: z.string().trim().max(500, { error: 'takes at most 500 characters' }).optional(),
  lang: listOf(LangCode),
  outlet: listOf(z.string().max(200), { split: false }),
  country: listOf(PlaceCode),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  sort: oneOf(REPORT_SORTS).optional(),
});
export const ExportQuery = ExportQuestion.refine(datesInOrder, DATES_IN_ORDER);
export type ExportQuery = z.output<typeof ExportQuery>;

/** Which facts: the same count of the same people, reported by at least `minClaims` claims. */
export const FactFilter = z.object({
  origin: PlaceCode.optional(),
  population: oneOf(POPULATIONS).optional(),
  status: oneOf(STATUSES).optional(),
  since: IsoDate.optional(),
  minClaims: z.coerce
    .number({ error: 'must be a positive integer' })
    .int({ error: 'must be a positive integer' })
    .min(1, { error: 'must be a positive integer' })
    .max(MAX_ID, { error: `must be a positive integer up to ${MAX_ID}` })
    .optional(),
});
export type FactFilter = z.output<typeof FactFilter>;

/** Origins of an estimate question: `KZ`, `KZ,UZ` (counted together) or `none` (no origin stated). */
export const OriginSet = z
  .string({ error: 'is required: a code such as KZ, KZ,UZ, or none' })
  .trim()
  .refine(
    (s) =>
      s.toLowerCase() === 'none' || s.split(',').every((c) => PLACE.test(c.trim()) && isPlaceCode(c.trim())),
    {
      error: (issue) =>
        `must be codes such as KZ, KZ,UZ or region:central-asia, or none, not ${shown(issue.input)}`,
    },
  );

/** Parses an origin set: null for `none`, else the distinct codes in order. */
export function originsOf(value: string): string[] | null {
  if (value.trim().toLowerCase() === 'none') return null;
  return [...new Set(value.split(',').map((c) => normalisePlace(c.trim())))].sort();
}

/** One question a series of estimates answers. */
export const EstimateQuery = z.object({
  population: oneOf(POPULATIONS),
  origin: OriginSet,
  status: oneOf(STATUSES).optional(),
  location: PlaceCode.optional(),
  group: oneOf(AFFILIATIONS).optional(),
  /** Reconcile at this date; by default at the latest dated estimate. */
  at: IsoDate.optional(),
});
export type EstimateQuery = z.output<typeof EstimateQuery>;

/**
 * Parses a question with one of these schemas and lists every problem at once, each named the way the
 * asking surface names its fields (`--min-claims` on the command line).
 */
export function parseQuestion<S extends z.ZodType>(
  schema: S,
  input: unknown,
  nameOf: (field: string) => string,
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  // A value of a list field is named by its field: `--population`, not `--population.0`.
  const fieldOf = (path: readonly PropertyKey[]) =>
    path
      .filter((p) => typeof p !== 'number')
      .map(String)
      .join('.');
  throw invalidInput(result.error.issues.map((i) => `${nameOf(fieldOf(i.path))} ${i.message}`).join('; '));
}

/** Text an analyst types for a report's metadata: trimmed, not empty, not a page long. */
const metaText = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);

/**
 * Corrected metadata of a stored report: each field given replaces the stored one, null clears it. At
 * least one field; a URL is http or https; the date real; the language an ISO 639-1 code.
 */
export const DocumentMetaEdits = z
  .object({
    title: metaText(500).nullable().optional(),
    outlet: metaText(200).nullable().optional(),
    url: z
      .string()
      .trim()
      .refine((s) => {
        try {
          return ['http:', 'https:'].includes(new URL(s).protocol);
        } catch {
          return false;
        }
      }, 'an http or https address such as https://example.org/report')
      .nullable()
      .optional(),
    published: isoDatePrefixSchema.nullable().optional(),
    lang: languageCodeSchema.nullable().optional(),
    note: z.string().trim().max(1000).optional(),
  })
  .strict()
  .refine((e) => ['title', 'outlet', 'url', 'published', 'lang'].some((k) => k in e), {
    message: 'is empty: give a title, outlet, url, published date or language',
  });
export type DocumentMetaEdits = z.output<typeof DocumentMetaEdits>;
