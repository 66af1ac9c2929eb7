// The row codecs of the store's tables: the columns a record is read from (derived from the Drizzle
// tables where a record is a table's row), the record made of a row, and the columns written for a value;
// with the SQL fragments every repository shares. Pure: no queries here.
import { sql, type SQL, getTableColumns, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Claim, Release } from '../domain/claim.ts';
import type {
  ClaimEdits,
  ClaimRecord,
  ReleaseEdits,
  ReleaseRecord,
  ReviewInfo,
  ReviewInput,
  Visible,
} from './repository.ts';
import type * as schema from './schema.ts';
import type { releases } from './schema.ts';
import { claims, documents } from './schema.ts';
import { normaliseForSearch } from './search-text.ts';
import { type Linker } from './linking.sql.ts';

/** The columns of a document's summary: every column but its text, bytes and search index. */
const {
  encoding: _encoding,
  text: _text,
  outletId: _outletId,
  codes: _codes,
  search: _search,
  ...documentColumns
} = getTableColumns(documents);
export const documentSummaryColumns = documentColumns;

/** The collections a read may see as an int[] literal (-1 matches nothing: an empty list sees nothing). */
export const collectionList = (visible: readonly number[]) =>
  sql`${`{${[...visible, -1].join(',')}}`}::int[]`;

/** Only rows whose document (`ref`, a documents.id expression) is in a visible collection; TRUE for every one. */
export function documentVisible(ref: SQL, visible: Visible): SQL {
  return visible
    ? sql`${ref} IN (SELECT vd.id FROM documents vd WHERE vd.collection_id = ANY(${collectionList(visible)}))`
    : sql`TRUE`;
}

export const sourceKey = (name: string) => normaliseForSearch(name).toLowerCase().replace(/\s+/g, ' ').trim();

/** The columns a claim as it stands is read from (see claimOfRow). */
export const claimSummaryColumns = {
  id: claims.id,
  documentId: claims.documentId,
  review: claims.review,
  valueMin: claims.valueMin,
  valueMax: claims.valueMax,
  qualifier: claims.qualifier,
  population: claims.population,
  origin: claims.origin,
  status: claims.status,
  location: claims.location,
  affiliation: claims.affiliation,
  ageMin: claims.ageMin,
  ageMax: claims.ageMax,
  source: claims.source,
  date: claims.date,
  quote: claims.quote,
  spanStart: claims.spanStart,
  spanEnd: claims.spanEnd,
  partOf: claims.partOf,
};

/** The claim as it stands (engine output with the analyst's edits applied), from its columns. */
export function claimOfRow(row: {
  [K in keyof typeof claimSummaryColumns]: (typeof claims.$inferSelect)[K];
}): Claim {
  return {
    value: { min: row.valueMin, max: row.valueMax },
    qualifier: row.qualifier as Claim['qualifier'],
    population: row.population as Claim['population'],
    origin: row.origin,
    status: row.status as Claim['status'],
    location: row.location,
    affiliation: row.affiliation as Claim['affiliation'],
    age: { min: row.ageMin, max: row.ageMax },
    source: row.source,
    date: row.date,
    quote: row.quote,
    span: { start: row.spanStart, end: row.spanEnd },
    partOf: row.partOf ?? null,
  };
}

/** Origins as series match them: distinct, in code-point order (as migration 0005 orders stored ones); null for none. */
export function originSet(origin: readonly string[] | null): string[] | null {
  return origin?.length ? [...new Set(origin)].sort() : null;
}

export function claimColumns(c: Claim) {
  return {
    valueMin: c.value.min,
    valueMax: c.value.max,
    qualifier: c.qualifier,
    population: c.population,
    origin: c.origin,
    originSet: originSet(c.origin),
    status: c.status,
    location: c.location,
    affiliation: c.affiliation,
    ageMin: c.age.min,
    ageMax: c.age.max,
    source: c.source,
    date: c.date,
    quote: c.quote,
    spanStart: c.span.start,
    spanEnd: c.span.end,
    partOf: c.partOf ?? null,
  };
}

/** A release's columns as it stands, with the registry keys the linker gives its title, producer and quote. */
export function releaseColumns(r: Release, linker: Pick<Linker, 'releaseKeys'>) {
  return {
    ...linker.releaseKeys(r),
    media: r.media,
    title: r.title,
    date: r.date,
    durationMin: r.duration_min,
    spoken: r.spoken,
    subtitles: r.subtitles,
    producer: r.producer,
    quote: r.quote,
    spanStart: r.span.start,
    spanEnd: r.span.end,
  };
}

export const applyEdits = <T extends object, E extends Partial<T>>(
  base: T,
  edits: E | null | undefined,
): T => (edits ? { ...base, ...edits } : base);

/** The claim as it stands without the edits that are not fields of a Claim (its scope). */
export function applyClaimEdits(base: Claim, edits: ClaimEdits | null | undefined): Claim {
  if (!edits) return base;
  const { scope: _scope, ...fields } = edits;
  return { ...base, ...fields };
}

/** The scope an analyst set, else the one the claim's sentence shows. */
export function scopeColumnsOf(
  linker: Linker,
  text: string,
  claim: Claim,
  edits: ClaimEdits | null | undefined,
) {
  return edits?.scope ? { scope: edits.scope, scopeMarker: null } : linker.claimScope(text, claim);
}

/** A text[] literal: values quoted, so codes such as `region:central-asia` pass intact. */
export const pgTextArray = (values: string[]) =>
  `{${values.map((v) => `"${v.replace(/["\\]/g, '')}"`).join(',')}}`;

export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

export function toClaimRecord(
  row: typeof claims.$inferSelect,
  doc: {
    name: string;
    published: string | null;
    outlet: string | null;
    title: string | null;
    lang: string | null;
    collectionId: number;
  },
): ClaimRecord {
  const edits = (row.edits as ClaimEdits | null) ?? null;
  const claim = claimOfRow(row);
  return {
    id: row.id,
    documentId: row.documentId,
    documentName: doc.name,
    documentPublished: doc.published,
    documentOutlet: doc.outlet,
    documentTitle: doc.title,
    documentLang: doc.lang,
    collectionId: doc.collectionId,
    claim,
    // Stored apart only once an analyst has changed the claim (see reviewClaim).
    extracted: (row.extracted as Claim | null) ?? structuredClone(claim),
    edits,
    scope: row.scope ?? null,
    scopeMarker: row.scopeMarker ?? null,
    review: reviewInfo(row),
    sourceId: row.sourceId,
    credibility: row.credibility ?? null,
    extractorVersion: row.extractorVersion,
  };
}

export function toReleaseRecord(
  row: typeof releases.$inferSelect,
  doc: { name: string; title: string | null; lang: string | null; collectionId: number },
): ReleaseRecord {
  return {
    id: row.id,
    documentId: row.documentId,
    documentName: doc.name,
    documentTitle: doc.title,
    documentLang: doc.lang,
    collectionId: doc.collectionId,
    release: {
      media: row.media as Release['media'],
      title: row.title,
      date: row.date,
      duration_min: row.durationMin,
      spoken: row.spoken,
      subtitles: row.subtitles,
      producer: row.producer,
      quote: row.quote,
      span: { start: row.spanStart, end: row.spanEnd },
    },
    extracted: row.extracted as Release,
    edits: (row.edits as ReleaseEdits | null) ?? null,
    review: reviewInfo(row),
    extractorVersion: row.extractorVersion,
  };
}

export const docJoin = {
  name: documents.name,
  published: documents.published,
  outlet: documents.outlet,
  title: documents.title,
  lang: documents.lang,
  collectionId: documents.collectionId,
};

/** An int[] parameter: one value however long the list (an empty list matches nothing). */
export const intList = (ids: readonly number[]): SQL =>
  sql`${`{${ids.map((v) => Math.trunc(v)).join(',')}}`}::int[]`;

export function reviewInfo(row: {
  review: schema.ReviewState;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  reviewNote: string | null;
}): ReviewInfo {
  return { state: row.review, by: row.reviewedBy, at: row.reviewedAt, note: row.reviewNote };
}

/** What the log keeps of a review: the state and edits before and after, the note, and what it undoes. */
export function reviewLogDetails<E>(
  before: { review: ReviewInfo; edits: E | null },
  input: ReviewInput<E>,
  edits: E | null,
) {
  return {
    from: { state: before.review.state, edits: before.edits },
    to: { state: input.state, edits },
    note: input.note ?? null,
    ...(input.undoes !== undefined ? { undoes: input.undoes } : {}),
    ...(input.batch !== undefined ? { batch: input.batch } : {}),
  };
}

/**
 * The columns of a batch insert read by json_to_recordset from rows keyed by TABLE's property names
 * (claimColumns and its kind): the column names and types come from the Drizzle table, so a column
 * added there and to the row needs no edit in the statement. `keys` are the rows' keys; those that are
 * not columns of TABLE are typed by `extra` (a row's position in its batch, say) and not inserted.
 */
export function recordsetColumns(
  table: PgTable,
  keys: readonly string[],
  extra: Readonly<Record<string, string>> = {},
): { insert: SQL; select: SQL; definition: SQL } {
  const columns = getTableColumns(table);
  const inserted = keys.filter((k) => k in columns);
  const definition = keys.map((k) => {
    const type = k in columns ? columns[k]!.getSQLType() : extra[k];
    if (!type) throw new Error(`${k} is not a column of ${getTableName(table)}`);
    return sql`${sql.identifier(k)} ${sql.raw(type)}`;
  });
  return {
    insert: sql.join(
      inserted.map((k) => sql.identifier(columns[k]!.name)),
      sql`, `,
    ),
    select: sql.join(
      inserted.map((k) => sql`x.${sql.identifier(k)}`),
      sql`, `,
    ),
    definition: sql.join(definition, sql`, `),
  };
}
