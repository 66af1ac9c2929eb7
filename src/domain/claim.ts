// The extraction target, as defined by shared/eval/GUIDELINES.md. Imports nothing.

export const POPULATIONS = ['children', 'fighters', 'women', 'men', 'adults', 'families', 'people'] as const;
export type Population = (typeof POPULATIONS)[number];

export const QUALIFIERS = [
  'exact',
  'approx',
  'more_than',
  'at_least',
  'less_than',
  'at_most',
  'range',
  'vague',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const STATUSES = ['joined', 'present', 'featured', 'returned', 'detained', 'killed', 'other'] as const;
export type Status = (typeof STATUSES)[number];

export const AFFILIATIONS = ['isis', 'al-nusra', 'al-qaeda', 'taliban', 'imu', 'other'] as const;
export type Affiliation = (typeof AFFILIATIONS)[number];

export const MEDIA_TYPES = ['video', 'magazine', 'audio', 'photo', 'statement', 'other'] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];

/** ISO 3166-1 alpha-2 code (`KZ`) or a region (`region:central-asia`). */
export type PlaceCode = string;

/** Character offsets into the text the claim was extracted from: text.slice(start, end). */
export interface Span {
  start: number;
  end: number;
}

export interface Bounds {
  min: number | null;
  max: number | null;
}

/**
 * What a count counts over time: a running `total` ("since 2019"), one `event` (a flight, a day), a
 * `stock` (how many are somewhere at a time), or `unmarked` when the text does not say.
 */
export const SCOPES = ['total', 'event', 'stock', 'unmarked'] as const;
export type Scope = (typeof SCOPES)[number];

export interface Claim {
  value: Bounds;
  qualifier: Qualifier;
  population: Population;
  origin: PlaceCode[] | null;
  status: Status;
  location: PlaceCode[];
  affiliation: Affiliation | null;
  age: Bounds;
  /** Who the text attributes the number to, in the text's own words. */
  source: string | null;
  /** ISO 8601, full or partial (`2016-08`). */
  date: string | null;
  quote: string;
  span: Span;
  /**
   * The count of the same report this one is a part of ("231 people, including 156 children": the
   * 156 is part of the 231), as its index in the extraction's claims; null when it stands alone.
   * Absent on claims read back from a store that does not keep it yet.
   */
  partOf?: number | null;
}

export interface Release {
  media: MediaType;
  title: string | null;
  date: string | null;
  duration_min: number | null;
  spoken: string[];
  subtitles: string[];
  producer: string | null;
  quote: string;
  span: Span;
}

export interface DocumentMeta {
  /** ISO 639-1; detected when absent. */
  lang?: string | null;
  /** ISO date, full or partial; anchors relative dates ("over the weekend"). */
  published?: string | null;
}

export interface Extraction {
  /** The language the text was read as, or null when it is not one Tessera reads. */
  lang: string | null;
  /**
   * Every language the text is written in (ISO 639-1, read or not), the most used first: each paragraph
   * is read in its own language.
   */
  languages?: string[];
  claims: Claim[];
  releases: Release[];
  /** Human-readable remarks, e.g. that the language is not supported. */
  notices: string[];
  /**
   * The date the report's dateline gives ("ASTANA, 12 March 2023 —"), read when no publication date was
   * given: it anchors the report's relative dates and may stand for its publication date.
   */
  dateline?: string | null;
}

/**
 * What a release is grouped and found by, as the registry reads it (written beside the release by the store).
 * Two releases belong to one registry entry when they share `groupKey` and their spellings are ranked alike:
 * see analysis/release-key.ts `groupByRelease`, whose rule the store's grouping follows.
 */
export interface ReleaseKeys {
  /** The media and the title's cross-script key (`releaseTitleKey`); null untitled. */
  groupKey: string | null;
  /** The title's script and folded spelling (`latin|istok`); null untitled. */
  spelling: string | null;
  /** The title's cross-script key alone (`releaseKey`), which a query's key is looked for in. */
  titleKey: string | null;
  /** The producer, case and accents aside. */
  producerFold: string | null;
  /** Title, producer and quote folded, which a query's words are looked for in. */
  searchFold: string;
}
