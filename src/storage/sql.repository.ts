// The repository in SQL, shared by both drivers: they differ only in how they connect and migrate.
import { and, asc, count, desc, eq, gt, gte, inArray, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { Claim, Release } from '../domain/claim.ts';
import { invalidInput, notFound, TesseraError } from '../domain/errors.ts';
import { isCredibility, isReliability } from '../domain/grade.ts';
import {
  analysisClaimsQuery,
  detachFacts,
  linkStore,
  linkUnsigned,
  toAnalysisClaim,
  unsignedDocuments,
  type Linker,
} from './linking.sql.ts';
import type {
  ChangeRecord,
  FactFilter,
  StoredFact,
  ClaimEdits,
  ClaimFilter,
  ClaimRecord,
  DocumentFilter,
  DocumentMetaEdits,
  DocumentRecord,
  QuestionCount,
  ReportSearch,
  DocumentSummary,
  DriverName,
  ExtractionToStore,
  NewDocument,
  ReextractInput,
  ReextractOutcome,
  ReleaseEdits,
  ReleaseRecord,
  Repository,
  ReviewInfo,
  ReviewInput,
  SearchHit,
  SearchQuery,
  SearchTerm,
  SourceRecord,
  StoreOutcome,
  StoreStats,
  Visible,
} from './repository.ts';
import { REPORT_FACETS, type ReportFacet } from './repository.ts';
import * as schema from './schema.ts';
import {
  AUDIT_ONLY_ACTIONS,
  changeLog,
  claims,
  documentBlobs,
  documents,
  releases,
  sources,
} from './schema.ts';
import { foldForIndex, normaliseForSearch, QUERY_CONFIGS, searchConfigFor } from './search-text.ts';
import { watchRepository } from './watch.sql.ts';
import { accountRepository } from './accounts.sql.ts';
import { collectionRepository } from './collections.sql.ts';
import { sourceAliasRepository } from './sources.sql.ts';

import type { Db, Exec } from './db.ts';
export type { Db, Exec } from './db.ts';

/** Documents signed and linked per transaction by linkPending: large batches read each fact once. */
const LINK_BATCH = 1_000;

/** Text beyond this is kept but not indexed: PostgreSQL caps a tsvector at 1 MB. */
const MAX_INDEXED_CHARS = 200_000;
/** Search ranks at most this many matching documents (the newest), so common words stay fast. */
const SEARCH_CANDIDATES = 200;

export interface SqlRepositoryOptions {
  driver: DriverName;
  concurrency: number;
  close: () => Promise<void>;
  /** The decisions the store asks for (copies, facts, a claim's scope and time): services/link.service.ts. */
  linker: Linker;
}

const summaryColumns = {
  id: documents.id,
  name: documents.name,
  sha256: documents.sha256,
  size: documents.size,
  mediaType: documents.mediaType,
  lang: documents.lang,
  languages: documents.languages,
  url: documents.url,
  outlet: documents.outlet,
  title: documents.title,
  published: documents.published,
  collectedAt: documents.collectedAt,
  collectedHow: documents.collectedHow,
  collectedFrom: documents.collectedFrom,
  collectedBy: documents.collectedBy,
  extractorVersion: documents.extractorVersion,
  collectionId: documents.collectionId,
};

/** The collections a read may see as an int[] literal (-1 matches nothing: an empty list sees nothing). */
const collectionList = (visible: readonly number[]) => sql`${`{${[...visible, -1].join(',')}}`}::int[]`;

/** Only rows whose document (`ref`, a documents.id expression) is in a visible collection; TRUE for every one. */
function documentVisible(ref: SQL, visible: Visible): SQL {
  return visible
    ? sql`${ref} IN (SELECT vd.id FROM documents vd WHERE vd.collection_id = ANY(${collectionList(visible)}))`
    : sql`TRUE`;
}

const sourceKey = (name: string) => normaliseForSearch(name).toLowerCase().replace(/\s+/g, ' ').trim();

function searchVector(text: string, title: string | null, lang: string | null): SQL {
  const cfg = searchConfigFor(lang);
  const body = foldForIndex(text.slice(0, MAX_INDEXED_CHARS));
  const head = foldForIndex(title ?? '');
  return sql`setweight(to_tsvector(${cfg}::regconfig, ${head}), 'A') || to_tsvector(${cfg}::regconfig, ${body})`;
}

// A batch is sent as JSON text (json_to_recordset reads it once, without building jsonb), and a
// copy of the text is left out where the server can make it from the text itself.

/** The text as the search index reads it, or null when that is the text unchanged. */
function searchBodyUnlessText(text: string): string | null {
  const indexed = text.slice(0, MAX_INDEXED_CHARS);
  const body = foldForIndex(indexed);
  return body === text ? null : body;
}

/** The original bytes in base64, or null when they are exactly the text in UTF-8 (most text files). */
function bytesUnlessText(doc: Pick<NewDocument, 'bytes' | 'text'>): string | null {
  const bytes = Buffer.from(doc.bytes.buffer, doc.bytes.byteOffset, doc.bytes.byteLength);
  if (bytes.length === Buffer.byteLength(doc.text) && bytes.equals(Buffer.from(doc.text))) return null;
  return bytes.toString('base64');
}

/** The linker's scope of a claim with the store's column names, for the batch insert. */
function scopeColumnsRow(linker: Linker, text: string, claim: Claim) {
  const { scope, scopeMarker } = linker.claimScope(text, claim);
  return { scope, scope_marker: scopeMarker };
}

/** The columns a claim as it stands is read from (see claimOfRow). */
const claimSummaryColumns = {
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
function claimOfRow(row: {
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
function originSet(origin: readonly string[] | null): string[] | null {
  return origin?.length ? [...new Set(origin)].sort() : null;
}

function claimColumns(c: Claim) {
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

function releaseColumns(r: Release) {
  return {
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

const applyEdits = <T extends object, E extends Partial<T>>(base: T, edits: E | null | undefined): T =>
  edits ? { ...base, ...edits } : base;

/** The claim as it stands without the edits that are not fields of a Claim (its scope). */
function applyClaimEdits(base: Claim, edits: ClaimEdits | null | undefined): Claim {
  if (!edits) return base;
  const { scope: _scope, ...fields } = edits;
  return { ...base, ...fields };
}

/** The scope an analyst set, else the one the claim's sentence shows. */
function scopeColumnsOf(linker: Linker, text: string, claim: Claim, edits: ClaimEdits | null | undefined) {
  return edits?.scope ? { scope: edits.scope, scopeMarker: null } : linker.claimScope(text, claim);
}

/** A text[] literal: values quoted, so codes such as `region:central-asia` pass intact. */
export const pgTextArray = (values: string[]) =>
  `{${values.map((v) => `"${v.replace(/["\\]/g, '')}"`).join(',')}}`;

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

export function createSqlRepository(db: Db, options: SqlRepositoryOptions): Repository {
  const { linker } = options;
  // Ids of sources known to be committed; a rolled-back insert never reaches it.
  const sourceIds = new Map<string, number>();

  async function sourceId(tx: Exec, kind: schema.SourceKind, name: string | null): Promise<number | null> {
    if (!name || !name.trim()) return null;
    const key = sourceKey(name);
    const cached = sourceIds.get(`${kind}\u0000${key}`);
    if (cached !== undefined) return cached;
    const inserted = await tx
      .insert(sources)
      .values({ kind, name: name.trim(), key })
      .onConflictDoNothing()
      .returning({ id: sources.id });
    if (inserted[0]) return inserted[0].id;
    const found = await tx
      .select({ id: sources.id })
      .from(sources)
      .where(and(eq(sources.kind, kind), eq(sources.key, key)));
    if (!found[0]) throw new TesseraError('storage_failed', `source vanished: ${name}`);
    return found[0].id;
  }

  async function log(tx: Exec, entry: Omit<ChangeRecord, 'id' | 'at'>): Promise<void> {
    await tx.insert(changeLog).values(entry);
  }

  async function insertClaims(tx: Exec, documentId: number, text: string, version: string, list: Claim[]) {
    if (!list.length)
      return { ids: [] as number[], names: [] as (string | null)[], srcIds: [] as (number | null)[] };
    const names = list.map((c) => c.source);
    const srcIds: (number | null)[] = [];
    for (const n of names) srcIds.push(await sourceId(tx, 'attributed', n));
    const ids = await tx
      .insert(claims)
      .values(
        list.map((c, i) => ({
          documentId,
          ...claimColumns(c),
          ...linker.claimScope(text, c),
          sourceId: srcIds[i] ?? null,
          extractorVersion: version,
          extracted: c,
        })),
      )
      .returning({ id: claims.id });
    return { ids: ids.map((r) => r.id), names, srcIds };
  }

  async function insertReleases(tx: Exec, documentId: number, version: string, list: Release[]) {
    if (!list.length) return [] as number[];
    const ids = await tx
      .insert(releases)
      .values(
        list.map((r) => ({ documentId, ...releaseColumns(r), extractorVersion: version, extracted: r })),
      )
      .returning({ id: releases.id });
    return ids.map((r) => r.id);
  }

  /**
   * Documents with their bytes, claims, releases and log entries in one INSERT ... WITH statement, atomic by
   * itself: a document is never stored without its claims. Bytes already stored are skipped (null result).
   */
  async function insertDocumentsStatement(
    items: readonly { doc: NewDocument; extraction: ExtractionToStore }[],
    actor: string,
  ): Promise<({ document: DocumentSummary; claimIds: number[]; releaseIds: number[] } | null)[]> {
    const sid = (kind: schema.SourceKind, n: string | null) =>
      n && n.trim() ? (sourceIds.get(`${kind}\u0000${sourceKey(n)}`) ?? null) : null;
    const docRows = items.map(({ doc, extraction }, ord) => ({
      ord,
      name: doc.name,
      sha256: doc.sha256,
      size: doc.size,
      media_type: doc.mediaType,
      encoding: doc.encoding,
      text: doc.text,
      lang: doc.lang,
      languages: doc.languages ?? (doc.lang ? [doc.lang] : []),
      url: doc.url,
      outlet: doc.outlet,
      outlet_id: sid('outlet', doc.outlet),
      title: doc.title,
      published: doc.published,
      collected_at: doc.collectedAt.toISOString(),
      collected_how: doc.collectedHow,
      collected_from: doc.collectedFrom,
      collected_by: doc.collectedBy,
      extractor_version: extraction.extractorVersion,
      codes: [...new Set(doc.codes)].sort(),
      cfg: searchConfigFor(doc.lang),
      search_title: foldForIndex(doc.title ?? ''),
      search_body: searchBodyUnlessText(doc.text),
      bytes: bytesUnlessText(doc),
      collection_id: doc.collectionId ?? null,
    }));
    const claimRows = items.flatMap(({ doc, extraction }, doc_ord) =>
      extraction.claims.map((c, ordinal) => ({
        doc_ord,
        ordinal,
        value_min: c.value.min,
        value_max: c.value.max,
        qualifier: c.qualifier,
        population: c.population,
        origin: c.origin,
        origin_set: originSet(c.origin),
        status: c.status,
        location: c.location,
        affiliation: c.affiliation,
        age_min: c.age.min,
        age_max: c.age.max,
        source: c.source,
        source_id: sid('attributed', c.source),
        date: c.date,
        quote: c.quote,
        span_start: c.span.start,
        span_end: c.span.end,
        part_of: c.partOf ?? null,
        extractor_version: extraction.extractorVersion,
        // Written now rather than by linking, which would otherwise rewrite every new claim row.
        effective_date: linker.effectiveDate({ date: c.date, published: doc.published }),
        ...scopeColumnsRow(linker, doc.text, c),
      })),
    );
    const releaseRows = items.flatMap(({ extraction }, doc_ord) =>
      extraction.releases.map((r, ordinal) => ({
        doc_ord,
        ordinal,
        media: r.media,
        title: r.title,
        date: r.date,
        duration_min: r.duration_min,
        spoken: r.spoken,
        subtitles: r.subtitles,
        producer: r.producer,
        quote: r.quote,
        span_start: r.span.start,
        span_end: r.span.end,
        extractor_version: extraction.extractorVersion,
        extracted: r,
      })),
    );
    const result = await db.execute(sql`
      WITH i AS (
        SELECT * FROM json_to_recordset(${JSON.stringify(docRows)}::json) AS x(ord int, name text, sha256 text,
          size bigint, media_type text, encoding text, text text, lang text, languages text[], url text, outlet text, outlet_id int,
          title text, published text, collected_at timestamptz, collected_how text, collected_from text,
          collected_by text, extractor_version text, codes text[], cfg text, search_title text, search_body text,
          bytes text, collection_id int)
      ),
      d AS (
        INSERT INTO documents (name, sha256, size, media_type, encoding, text, lang, languages, url, outlet, outlet_id, title,
          published, collected_at, collected_how, collected_from, collected_by, extractor_version, codes, search,
          collection_id)
        SELECT name, sha256, size, media_type, encoding, text, lang, languages, url, outlet, outlet_id, title, published,
          collected_at, collected_how, collected_from, collected_by, extractor_version, codes,
          setweight(to_tsvector(cfg::regconfig, search_title), 'A') ||
            to_tsvector(cfg::regconfig, coalesce(search_body, text)),
          coalesce(collection_id, (SELECT c.id FROM collections c WHERE c.name = ${schema.GENERAL_COLLECTION}))
        FROM i ORDER BY ord
        ON CONFLICT (sha256) DO NOTHING
        RETURNING id, name, sha256, size, media_type, lang, languages, url, outlet, title, published, collected_at,
          collected_how, collected_from, collected_by, extractor_version, collection_id
      ),
      di AS (SELECT d.id, i.ord FROM d JOIN i ON i.sha256 = d.sha256),
      b AS (
        INSERT INTO document_blobs (document_id, bytes)
        SELECT di.id, coalesce(decode(i.bytes, 'base64'), convert_to(i.text, 'UTF8')) FROM di JOIN i ON i.ord = di.ord
      ),
      c AS (
        INSERT INTO claims (document_id, value_min, value_max, qualifier, population, origin, status, location,
          affiliation, age_min, age_max, source, source_id, date, quote, span_start, span_end, part_of,
          extractor_version, effective_date, scope, scope_marker, origin_set)
        SELECT di.id, x.value_min, x.value_max, x.qualifier, x.population, x.origin, x.status, x.location,
          x.affiliation, x.age_min, x.age_max, x.source, x.source_id, x.date, x.quote, x.span_start, x.span_end,
          x.part_of, x.extractor_version, x.effective_date, x.scope, x.scope_marker, x.origin_set
        FROM json_to_recordset(${JSON.stringify(claimRows)}::json) AS x(doc_ord int, ordinal int,
          value_min bigint, value_max bigint, qualifier text, population text, origin text[], status text,
          location text[], affiliation text, age_min int, age_max int, source text, source_id int, date text,
          quote text, span_start int, span_end int, part_of int, extractor_version text, effective_date text,
          scope text, scope_marker text, origin_set text[])
        JOIN di ON di.ord = x.doc_ord
        ORDER BY x.doc_ord, x.ordinal
        RETURNING id, document_id
      ),
      r AS (
        INSERT INTO releases (document_id, media, title, date, duration_min, spoken, subtitles, producer, quote,
          span_start, span_end, extractor_version, extracted)
        SELECT di.id, x.media, x.title, x.date, x.duration_min, x.spoken, x.subtitles, x.producer, x.quote,
          x.span_start, x.span_end, x.extractor_version, x.extracted
        FROM json_to_recordset(${JSON.stringify(releaseRows)}::json) AS x(doc_ord int, ordinal int, media text,
          title text, date text, duration_min int, spoken text[], subtitles text[], producer text, quote text,
          span_start int, span_end int, extractor_version text, extracted jsonb)
        JOIN di ON di.ord = x.doc_ord
        ORDER BY x.doc_ord, x.ordinal
        RETURNING id, document_id
      ),
      -- Grouped once, not looked up per document: a per-document subquery scans the whole batch each time.
      ids AS (
        SELECT d.id, coalesce(cc.ids, '{}') AS claim_ids, coalesce(rr.ids, '{}') AS release_ids
        FROM d
        LEFT JOIN (SELECT document_id, array_agg(id ORDER BY id) AS ids FROM c GROUP BY document_id) cc
          ON cc.document_id = d.id
        LEFT JOIN (SELECT document_id, array_agg(id ORDER BY id) AS ids FROM r GROUP BY document_id) rr
          ON rr.document_id = d.id
      ),
      l AS (
        INSERT INTO change_log (actor, action, entity, entity_id, document_id, details)
        SELECT ${actor}, 'document.stored', 'document', d.id, d.id,
          jsonb_build_object('name', d.name, 'sha256', d.sha256, 'collectedFrom', d.collected_from,
            'extractorVersion', d.extractor_version, 'claimIds', to_jsonb(ids.claim_ids),
            'releaseIds', to_jsonb(ids.release_ids))
        FROM d JOIN ids ON ids.id = d.id ORDER BY d.id
      )
      SELECT d.*, ids.claim_ids, ids.release_ids FROM d JOIN ids ON ids.id = d.id`);
    const bySha = new Map(rowsOf<Record<string, unknown>>(result).map((row) => [row.sha256 as string, row]));
    return items.map(({ doc }) => {
      const row = bySha.get(doc.sha256);
      if (!row) return null;
      bySha.delete(doc.sha256); // the same bytes twice in one batch: the first is stored, the second is known
      return {
        document: {
          id: Number(row.id),
          name: row.name as string,
          sha256: row.sha256 as string,
          size: Number(row.size),
          mediaType: row.media_type as string,
          lang: row.lang as string | null,
          languages: (row.languages as string[] | null) ?? [],
          url: row.url as string | null,
          outlet: row.outlet as string | null,
          title: row.title as string | null,
          published: row.published as string | null,
          collectedAt: new Date(row.collected_at as string | Date),
          collectedHow: row.collected_how as string,
          collectedFrom: row.collected_from as string,
          collectedBy: row.collected_by as string,
          extractorVersion: row.extractor_version as string,
          collectionId: Number(row.collection_id),
        },
        claimIds: (row.claim_ids as (number | string)[]).map(Number),
        releaseIds: (row.release_ids as (number | string)[]).map(Number),
      };
    });
  }

  function toClaimRecord(
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

  function toReleaseRecord(
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

  const docJoin = {
    name: documents.name,
    published: documents.published,
    outlet: documents.outlet,
    title: documents.title,
    lang: documents.lang,
    collectionId: documents.collectionId,
  };

  async function getClaim(id: number): Promise<ClaimRecord | null> {
    const rows = await db
      .select({ c: claims, d: docJoin })
      .from(claims)
      .innerJoin(documents, eq(documents.id, claims.documentId))
      .where(eq(claims.id, id));
    return rows[0] ? toClaimRecord(rows[0].c, rows[0].d) : null;
  }

  async function getRelease(id: number): Promise<ReleaseRecord | null> {
    const rows = await db
      .select({ r: releases, d: docJoin })
      .from(releases)
      .innerJoin(documents, eq(documents.id, releases.documentId))
      .where(eq(releases.id, id));
    return rows[0] ? toReleaseRecord(rows[0].r, rows[0].d) : null;
  }

  /** Fact rows with their members (one query for all of them), in the order given. */
  async function withMembers(rows: Record<string, unknown>[], visible?: Visible): Promise<StoredFact[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => Number(r.id));
    const members = rowsOf<Record<string, unknown>>(
      await db.execute(sql`
        SELECT fc.fact_id, fc.claim_id, fc.linked_to, fc.why, c.document_id, d.name, d.lang, c.quote,
          c.source, c.date, d.published, d.outlet, d.collection_id
        FROM fact_claims fc JOIN claims c ON c.id = fc.claim_id JOIN documents d ON d.id = c.document_id
        WHERE fc.fact_id = ANY(${`{${ids.join(',')}}`}::int[])
          AND ${visible ? sql`d.collection_id = ANY(${collectionList(visible)})` : sql`TRUE`}
        ORDER BY fc.fact_id, fc.ord`),
    );
    const byFact = new Map<number, StoredFact['claims']>();
    for (const m of members) {
      const list = byFact.get(Number(m.fact_id)) ?? [];
      list.push({
        claimId: Number(m.claim_id),
        documentId: Number(m.document_id),
        documentName: m.name as string,
        collectionId: Number(m.collection_id),
        lang: m.lang as string | null,
        quote: m.quote as string,
        source: m.source as string | null,
        date: m.date as string | null,
        published: m.published as string | null,
        outlet: m.outlet as string | null,
        linkedTo: m.linked_to === null ? null : Number(m.linked_to),
        why: m.why as string[],
      });
      byFact.set(Number(m.fact_id), list);
    }
    const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
    return rows.map((r) => {
      const state = r.state as {
        why: string[];
        originGroups: { claimIds: string[]; why: string[] }[];
        earliest: { claimId: string; documentName: string; date: string | null } | null;
      };
      const shown = byFact.get(Number(r.id)) ?? [];
      if (visible) {
        // Only the members shown: origins, their groups and the earliest report say nothing of the others.
        const seen = new Set(shown.map((m) => m.claimId));
        const groups = state.originGroups
          .map((g) => ({ claimIds: g.claimIds.map(Number).filter((id) => seen.has(id)), why: g.why }))
          .filter((g) => g.claimIds.length);
        const earliest = state.earliest && seen.has(Number(state.earliest.claimId)) ? state.earliest : null;
        const first = [...shown].sort((a, b) =>
          (a.date ?? a.published ?? '\uffff').localeCompare(b.date ?? b.published ?? '\uffff'),
        )[0];
        return {
          id: Number(r.id),
          key: r.key as string,
          value: { min: num(r.value_min), max: num(r.value_max) },
          population: r.population as StoredFact['population'],
          origin: r.origin as string[] | null,
          status: r.status as StoredFact['status'],
          date: earliest ? (r.date as string | null) : (first?.date ?? first?.published ?? null),
          origins: groups.length,
          originGroups: groups,
          earliest: earliest
            ? {
                claimId: Number(earliest.claimId),
                documentName: earliest.documentName,
                date: earliest.date,
              }
            : first
              ? {
                  claimId: first.claimId,
                  documentName: first.documentName,
                  date: first.date ?? first.published,
                }
              : null,
          why: linker.factWhy(state.why, shown),
          claims: shown,
        };
      }
      return {
        id: Number(r.id),
        key: r.key as string,
        value: { min: num(r.value_min), max: num(r.value_max) },
        population: r.population as StoredFact['population'],
        origin: r.origin as string[] | null,
        status: r.status as StoredFact['status'],
        date: r.date as string | null,
        origins: Number(r.origins),
        originGroups: state.originGroups.map((g) => ({ claimIds: g.claimIds.map(Number), why: g.why })),
        earliest: state.earliest && {
          claimId: Number(state.earliest.claimId),
          documentName: state.earliest.documentName,
          date: state.earliest.date,
        },
        why: linker.factWhy(state.why, byFact.get(Number(r.id)) ?? []),
        claims: byFact.get(Number(r.id)) ?? [],
      };
    });
  }

  function checkReview<E>(input: ReviewInput<E>, current: unknown): E | null {
    if (!schema.REVIEW_STATES.includes(input.state))
      throw invalidInput(`unknown review state "${input.state}"`);
    if (!input.actor.trim()) throw invalidInput('a review needs the name of who made it');
    const edits = input.edits === undefined ? (current as E | null) : input.edits;
    const empty = !edits || Object.keys(edits).length === 0;
    if (input.state === 'corrected' && empty) throw invalidInput('a correction needs the corrected fields');
    return empty ? null : edits;
  }

  const repository: Repository = {
    ...watchRepository(db),
    ...accountRepository(db),
    ...collectionRepository(db),
    ...sourceAliasRepository(db),
    driver: options.driver,
    concurrency: options.concurrency,

    async storeDocument(
      doc: NewDocument,
      extraction: ExtractionToStore,
      actor: string,
    ): Promise<StoreOutcome> {
      return (await repository.storeDocuments([{ doc, extraction }], actor))[0]!;
    },

    async storeDocuments(items, actor, options = {}): Promise<StoreOutcome[]> {
      if (!items.length) return [];
      // Duplicate bytes within the batch would attach both copies' claims to one row: keep the first.
      const seen = new Set<string>();
      const unique = items.filter(({ doc }) => !seen.has(doc.sha256) && seen.add(doc.sha256));
      // New sources are committed first, each on its own and in a fixed order (no deadlocks between
      // concurrent writers); a source left without documents by a failed write is harmless.
      const wanted = new Map<string, [schema.SourceKind, string]>();
      const want = (kind: schema.SourceKind, n: string | null) => {
        const k = `${kind}\u0000${n ? sourceKey(n) : ''}`;
        if (n && n.trim() && !sourceIds.has(k)) wanted.set(k, [kind, n]);
      };
      for (const { doc, extraction } of unique) {
        want('outlet', doc.outlet);
        for (const c of extraction.claims) want('attributed', c.source);
      }
      for (const k of [...wanted.keys()].sort()) {
        const [kind, n] = wanted.get(k)!;
        sourceIds.set(k, (await sourceId(db, kind, n))!);
      }
      const rows = await insertDocumentsStatement(unique, actor);
      const stored = new Map(unique.map(({ doc }, i) => [doc.sha256, rows[i]]));
      const fresh = unique.flatMap(({ doc }, i) => {
        const row = rows[i];
        return row ? [{ id: row.document.id, name: doc.name, text: doc.text, lang: doc.lang, row }] : [];
      });
      // A failure here leaves documents stored but unlinked; linkPending() picks them up again.
      if (fresh.length && options.link !== false) {
        await db.transaction(async (tx) => {
          const store = linkStore(tx);
          await linker.signDocuments(store, fresh);
          await linker.linkClaims(
            store,
            fresh.flatMap((f) => f.row.claimIds),
          );
        });
      }
      const known = items.filter(({ doc }) => !stored.get(doc.sha256)).map(({ doc }) => doc.sha256);
      const existing = known.length
        ? new Map(
            (await db.select(summaryColumns).from(documents).where(inArray(documents.sha256, known))).map(
              (d) => [d.sha256, d],
            ),
          )
        : new Map<string, DocumentSummary>();
      // Bytes stored before whose linking failed (or that predate it) are linked now; a no-op otherwise.
      if (existing.size && options.link !== false)
        await repository.linkDocuments([...existing.values()].map((d) => d.id));
      const reported = new Set<string>();
      return items.map(({ doc }): StoreOutcome => {
        const row = stored.get(doc.sha256);
        if (row && !reported.has(doc.sha256)) {
          reported.add(doc.sha256);
          return {
            status: 'stored',
            document: row.document,
            claimIds: row.claimIds,
            releaseIds: row.releaseIds,
          };
        }
        const document = row?.document ?? existing.get(doc.sha256);
        if (!document) throw new TesseraError('storage_failed', `document ${doc.sha256} vanished`);
        return { status: 'already_stored', document };
      });
    },

    async findDocumentsBySha256(shas) {
      if (!shas.length) return new Map();
      const rows = await db
        .select(summaryColumns)
        .from(documents)
        .where(inArray(documents.sha256, [...shas]));
      return new Map(rows.map((r) => [r.sha256, r]));
    },

    async findDocumentBySha256(sha256) {
      const rows = await db.select(summaryColumns).from(documents).where(eq(documents.sha256, sha256));
      return rows[0] ?? null;
    },

    async getDocument(id): Promise<DocumentRecord | null> {
      const rows = await db
        .select({
          ...summaryColumns,
          text: documents.text,
          encoding: documents.encoding,
          codes: documents.codes,
        })
        .from(documents)
        .where(eq(documents.id, id));
      return rows[0] ?? null;
    },

    async correctDocument(id, input) {
      const before = await repository.getDocument(id);
      if (!before) throw notFound('document', String(id));
      const edits = input.edits;
      const after = { ...before, ...edits };
      await db.transaction(async (tx) => {
        await tx
          .update(documents)
          .set({
            ...(edits.title !== undefined ? { title: edits.title } : {}),
            ...(edits.url !== undefined ? { url: edits.url } : {}),
            ...(edits.published !== undefined ? { published: edits.published } : {}),
            ...(edits.outlet !== undefined
              ? { outlet: edits.outlet, outletId: await sourceId(tx, 'outlet', edits.outlet) }
              : {}),
            ...(edits.lang !== undefined ? { lang: edits.lang } : {}),
            // The title is indexed with the text, in the language's configuration.
            ...(edits.title !== undefined || edits.lang !== undefined
              ? { search: searchVector(before.text, after.title, after.lang) }
              : {}),
          })
          .where(eq(documents.id, id));
        if (edits.published !== undefined && edits.published !== before.published) {
          // Undated claims take their time from the report: their series and facts move with it.
          const rows = await tx
            .select({ id: claims.id, date: claims.date })
            .from(claims)
            .where(eq(claims.documentId, id));
          const relink = await detachFacts(
            tx,
            rows.map((r) => r.id),
          );
          for (const r of rows)
            await tx
              .update(claims)
              .set({ effectiveDate: linker.effectiveDate({ date: r.date, published: after.published }) })
              .where(eq(claims.id, r.id));
          await linker.linkClaims(linkStore(tx), relink);
        }
        const changed = (Object.keys(edits) as (keyof DocumentMetaEdits)[]).filter(
          (k) => edits[k] !== before[k],
        );
        await log(tx, {
          actor: input.actor,
          action: 'document.corrected',
          entity: 'document',
          entityId: id,
          documentId: id,
          details: {
            from: Object.fromEntries(changed.map((k) => [k, before[k]])),
            to: Object.fromEntries(changed.map((k) => [k, edits[k]])),
            note: input.note ?? null,
          },
        });
      });
      sourceIds.clear();
      return (await repository.getDocument(id))!;
    },

    async listDocumentContents(ids) {
      if (!ids.length) return [];
      const rows = await db
        .select({
          id: documents.id,
          text: documents.text,
          encoding: documents.encoding,
          bytes: documentBlobs.bytes,
        })
        .from(documents)
        .innerJoin(documentBlobs, eq(documentBlobs.documentId, documents.id))
        .where(inArray(documents.id, [...ids]))
        .orderBy(asc(documents.id));
      return rows.map((r) => ({ ...r, bytes: new Uint8Array(r.bytes) }));
    },

    async getDocumentBytes(id) {
      const rows = await db.select().from(documentBlobs).where(eq(documentBlobs.documentId, id));
      return rows[0] ? new Uint8Array(rows[0].bytes) : null;
    },

    async listDocuments(filter = {}) {
      const where = documentConditions(filter);
      if (filter.afterId !== undefined) where.push(gt(documents.id, filter.afterId));
      return db
        .select(summaryColumns)
        .from(documents)
        .where(and(...where))
        .orderBy(
          ...(filter.order === 'published'
            ? [sql`${documents.published} DESC NULLS LAST`, desc(documents.id)]
            : [filter.order === 'newest' ? desc(documents.id) : asc(documents.id)]),
        )
        .limit(filter.limit ?? 100)
        .offset(filter.offset ?? 0);
    },

    async countDocuments(filter = {}) {
      const rows = await db
        .select({ n: count() })
        .from(documents)
        .where(and(...documentConditions(filter)));
      return Number(rows[0]?.n ?? 0);
    },

    async listClaims(filter: ClaimFilter = {}) {
      const where = claimConditions(filter);
      if (filter.afterId !== undefined) where.push(gt(claims.id, filter.afterId));
      if (filter.beforeId !== undefined) where.push(lt(claims.id, filter.beforeId));
      const rows = await db
        .select({ c: claims, d: docJoin })
        .from(claims)
        .innerJoin(documents, eq(documents.id, claims.documentId))
        .where(and(...where))
        .orderBy(filter.order === 'newest' ? desc(claims.id) : asc(claims.id))
        .limit(filter.limit ?? 1000)
        .offset(filter.offset ?? 0);
      return rows.map((r) => toClaimRecord(r.c, r.d));
    },

    async countClaims(filter: ClaimFilter = {}) {
      const where = claimConditions(filter);
      // How many come before a claim in id order: the review queue's position.
      if (filter.beforeId !== undefined) where.push(lt(claims.id, filter.beforeId));
      const rows = await db
        .select({ n: count() })
        .from(claims)
        .innerJoin(documents, eq(documents.id, claims.documentId))
        .where(and(...where));
      return Number(rows[0]?.n ?? 0);
    },

    async listQuestions(filter) {
      const where = [
        documentVisible(sql`document_id`, filter.collections),
        sql`review <> 'rejected'`,
        sql`qualifier <> 'vague'`,
        sql`origin_set IS NOT NULL`,
        sql`(value_min IS NOT NULL OR value_max IS NOT NULL)`,
      ];
      if (filter.population) where.push(sql`population = ${filter.population}`);
      const condition = sql.join(where, sql` AND `);
      // Grouped by report first, then by question: two hash aggregates, where count(DISTINCT) sorted every claim.
      const groups = sql`SELECT population, origin_set, status, sum(n)::int AS claims, count(*)::int AS documents
        FROM (SELECT population, origin_set, status, document_id, count(*) AS n FROM claims WHERE ${condition}
          GROUP BY population, origin_set, status, document_id) per_report
        GROUP BY population, origin_set, status`;
      // One pass over the claims: the number of questions is counted beside the page (a window over the
      // groups), and separately only when the page is past the end.
      const offset = filter.offset ?? 0;
      const rows = rowsOf<Record<string, unknown>>(
        await db.execute(sql`SELECT g.*, count(*) OVER ()::int AS total FROM (${groups}) g
          ORDER BY documents DESC, claims DESC, population, origin_set, status
          LIMIT ${filter.limit ?? 1000} OFFSET ${offset}`),
      );
      const total =
        rows.length || !offset
          ? Number(rows[0]?.total ?? 0)
          : Number(
              rowsOf<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM (${groups}) g`))[0]
                ?.n ?? 0,
            );
      return {
        items: rows.map((r) => ({
          population: r.population as QuestionCount['population'],
          origin: r.origin_set as string[],
          status: r.status as QuestionCount['status'],
          claims: Number(r.claims),
          documents: Number(r.documents),
        })),
        total,
      };
    },

    async countByPlace(field, visible) {
      const places = field === 'origin' ? sql`c.origin` : sql`c.location`;
      const rows = rowsOf<Record<string, unknown>>(
        await db.execute(sql`
          SELECT code, sum(n)::int AS claims, count(*)::int AS documents, max(children_max) AS children_max
          FROM (SELECT o.code, c.document_id, count(*) AS n,
              max(CASE WHEN c.population = 'children' THEN coalesce(c.value_max, c.value_min) END) AS children_max
            FROM claims c, unnest(${places}) AS o(code)
            WHERE c.review <> 'rejected' AND o.code NOT LIKE 'region:%'
              AND ${documentVisible(sql`c.document_id`, visible)}
            GROUP BY o.code, c.document_id) per_report
          GROUP BY code ORDER BY claims DESC, code`),
      );
      return rows.map((r) => ({
        code: String(r.code),
        claims: Number(r.claims),
        documents: Number(r.documents),
        childrenMax: r.children_max === null || r.children_max === undefined ? null : Number(r.children_max),
      }));
    },

    async countByReview(visible) {
      const seen = documentVisible(sql`document_id`, visible);
      const row = rowsOf<Record<string, unknown>>(
        // The claims are read once for both counts.
        await db.execute(sql`SELECT c.claims, c.unreviewed,
          (SELECT count(*) FROM releases WHERE review <> 'rejected' AND ${seen})::int AS releases
          FROM (SELECT count(*) FILTER (WHERE review <> 'rejected')::int AS claims,
            count(*) FILTER (WHERE review = 'unreviewed')::int AS unreviewed FROM claims
            WHERE ${seen}) c`),
      )[0]!;
      return {
        claims: Number(row.claims),
        unreviewed: Number(row.unreviewed),
        releases: Number(row.releases),
      };
    },

    async listClaimSummaries({ afterId, limit }) {
      const rows = await db
        .select(claimSummaryColumns)
        .from(claims)
        .where(afterId === undefined ? undefined : gt(claims.id, afterId))
        .orderBy(asc(claims.id))
        .limit(limit);
      return rows.map((r) => ({
        id: r.id,
        documentId: r.documentId,
        claim: claimOfRow(r),
        review: r.review,
      }));
    },

    getClaim,

    async reviewClaim(id, input) {
      const before = await getClaim(id);
      if (!before) throw notFound('claim', String(id));
      const edits = checkReview(input, before.edits);
      const now = new Date();
      const current = applyClaimEdits(before.extracted, edits);
      await db.transaction(async (tx) => {
        // Edits can change what the claim counts, and a rejection takes it out: its fact is rebuilt.
        const relink = await detachFacts(tx, [id]);
        // An analyst's scope is written as given; taking it back reads the sentence again.
        let scopeColumns = {};
        if (edits?.scope) scopeColumns = { scope: edits.scope, scopeMarker: null };
        else if (before.edits?.scope) {
          const [doc] = await tx
            .select({ text: documents.text })
            .from(documents)
            .where(eq(documents.id, before.documentId));
          scopeColumns = linker.claimScope(doc?.text ?? '', current);
        }
        await tx
          .update(claims)
          .set({
            ...claimColumns(current),
            ...scopeColumns,
            sourceId: await sourceId(tx, 'attributed', current.source),
            // The columns now hold the edited claim: the engine's is kept beside it.
            extracted: before.extracted,
            edits,
            review: input.state,
            reviewedBy: input.actor,
            reviewedAt: now,
            reviewNote: input.note ?? null,
          })
          .where(eq(claims.id, id));
        await log(tx, {
          actor: input.actor,
          action: 'claim.reviewed',
          entity: 'claim',
          entityId: id,
          documentId: before.documentId,
          details: {
            from: { state: before.review.state, edits: before.edits },
            to: { state: input.state, edits },
            note: input.note ?? null,
            ...(input.undoes !== undefined ? { undoes: input.undoes } : {}),
            ...(input.batch !== undefined ? { batch: input.batch } : {}),
          },
        });
        await linker.linkClaims(linkStore(tx), relink);
      });
      sourceIds.clear();
      return (await getClaim(id))!;
    },

    async listReleases(filter = {}) {
      const where: SQL[] = [];
      if (filter.documentId !== undefined) where.push(eq(releases.documentId, filter.documentId));
      if (filter.documentIds) {
        const ids = [...filter.documentIds, -1];
        where.push(inArray(releases.documentId, ids), inArray(documents.id, ids));
      }
      if (filter.afterId !== undefined) where.push(gt(releases.id, filter.afterId));
      if (filter.live) where.push(ne(releases.review, 'rejected'));
      if (filter.collections) where.push(inArray(documents.collectionId, [...filter.collections, -1]));
      const rows = await db
        .select({ r: releases, d: docJoin })
        .from(releases)
        .innerJoin(documents, eq(documents.id, releases.documentId))
        .where(where.length ? and(...where) : undefined)
        .orderBy(filter.order === 'newest' ? desc(releases.id) : asc(releases.id))
        .limit(filter.limit ?? 1000);
      return rows.map((r) => toReleaseRecord(r.r, r.d));
    },

    async reviewRelease(id, input) {
      const before = await getRelease(id);
      if (!before) throw notFound('release', String(id));
      const edits = checkReview(input, before.edits);
      const current = applyEdits(before.extracted, edits);
      await db.transaction(async (tx) => {
        await tx
          .update(releases)
          .set({
            ...releaseColumns(current),
            edits,
            review: input.state,
            reviewedBy: input.actor,
            reviewedAt: new Date(),
            reviewNote: input.note ?? null,
          })
          .where(eq(releases.id, id));
        await log(tx, {
          actor: input.actor,
          action: 'release.reviewed',
          entity: 'release',
          entityId: id,
          documentId: before.documentId,
          details: {
            from: { state: before.review.state, edits: before.edits },
            to: { state: input.state, edits },
            note: input.note ?? null,
          },
        });
      });
      return (await getRelease(id))!;
    },

    async replaceExtraction(documentId, input: ReextractInput, actor): Promise<ReextractOutcome> {
      const outcome = await db.transaction(async (tx) => {
        const docRows = await tx
          .select({ text: documents.text, title: documents.title, lang: documents.lang })
          .from(documents)
          .where(eq(documents.id, documentId))
          .for('update');
        const doc = docRows[0];
        if (!doc) throw notFound('document', String(documentId));
        const version = input.extractorVersion;

        const oldClaims = await tx.select().from(claims).where(eq(claims.documentId, documentId));
        // The facts these claims are in are dissolved and their members linked again below, so a
        // claim the engine no longer finds, or now reads differently, leaves no stale fact behind.
        const relink = await detachFacts(
          tx,
          oldClaims.map((c) => c.id),
        );
        const cm = matchBySpan(oldClaims, input.claims);
        for (const [oldRow, fresh] of cm.matched) {
          const edits = oldRow.edits as ClaimEdits | null;
          const current = applyClaimEdits(fresh, edits);
          await tx
            .update(claims)
            .set({
              ...claimColumns(current),
              ...scopeColumnsOf(linker, doc.text, current, edits),
              sourceId: await sourceId(tx, 'attributed', current.source),
              extracted: fresh,
              extractorVersion: version,
            })
            .where(eq(claims.id, oldRow.id));
        }
        const claimGone = cm.unmatchedOld.filter((r) => r.review === 'unreviewed').map((r) => r.id);
        if (claimGone.length) await tx.delete(claims).where(inArray(claims.id, claimGone));
        const added = await insertClaims(tx, documentId, doc.text, version, cm.unmatchedNew);

        const oldReleases = await tx.select().from(releases).where(eq(releases.documentId, documentId));
        const rm = matchBySpan(oldReleases, input.releases);
        for (const [oldRow, fresh] of rm.matched) {
          const current = applyEdits(fresh, oldRow.edits as ReleaseEdits | null);
          await tx
            .update(releases)
            .set({ ...releaseColumns(current), extracted: fresh, extractorVersion: version })
            .where(eq(releases.id, oldRow.id));
        }
        const releaseGone = rm.unmatchedOld.filter((r) => r.review === 'unreviewed').map((r) => r.id);
        if (releaseGone.length) await tx.delete(releases).where(inArray(releases.id, releaseGone));
        const addedReleases = await insertReleases(tx, documentId, version, rm.unmatchedNew);

        const lang = input.lang ?? doc.lang;
        await tx
          .update(documents)
          .set({
            extractorVersion: version,
            lang,
            languages: input.languages ?? (lang ? [lang] : []),
            codes: [...new Set(input.codes)].sort(),
            ...(lang !== doc.lang ? { search: searchVector(doc.text, doc.title, lang) } : {}),
          })
          .where(eq(documents.id, documentId));

        const unsigned = await unsignedDocuments(tx, [documentId]);
        if (unsigned.length) await linker.signDocuments(linkStore(tx), unsigned);
        const current = await tx
          .select({ id: claims.id })
          .from(claims)
          .where(eq(claims.documentId, documentId));
        await linker.linkClaims(linkStore(tx), [...relink, ...current.map((c) => c.id)]);

        const result: ReextractOutcome = {
          documentId,
          updated: cm.matched.length + rm.matched.length,
          added: added.ids.length + addedReleases.length,
          removed: claimGone.length + releaseGone.length,
          keptReviewed:
            cm.unmatchedOld.length - claimGone.length + (rm.unmatchedOld.length - releaseGone.length),
        };
        await log(tx, {
          actor,
          action: 'document.reextracted',
          entity: 'document',
          entityId: documentId,
          documentId,
          details: {
            extractorVersion: version,
            ...result,
            updatedClaimIds: cm.matched.map(([o]) => o.id),
            addedClaimIds: added.ids,
            removedClaimIds: claimGone,
            addedReleaseIds: addedReleases,
            removedReleaseIds: releaseGone,
          },
        });
        return result;
      });
      sourceIds.clear();
      return outcome;
    },

    async listSources(kind, visible) {
      const where: SQL[] = [];
      if (kind) where.push(eq(sources.kind, kind));
      if (visible)
        where.push(sql`(EXISTS (SELECT 1 FROM documents vd WHERE vd.outlet_id = "sources"."id"
            AND vd.collection_id = ANY(${collectionList(visible)}))
          OR EXISTS (SELECT 1 FROM claims vc JOIN documents vd ON vd.id = vc.document_id
            WHERE vc.source_id = "sources"."id" AND vd.collection_id = ANY(${collectionList(visible)})))`);
      const rows = await db
        .select({ id: sources.id, kind: sources.kind, name: sources.name, reliability: sources.reliability })
        .from(sources)
        .where(where.length ? and(...where) : undefined)
        .orderBy(asc(sources.id));
      return rows satisfies SourceRecord[];
    },

    async gradeSource(ref, reliability, actor) {
      if (!isReliability(reliability))
        throw invalidInput(`reliability must be A to F, not "${String(reliability)}"`);
      if (!actor.trim()) throw invalidInput('a grade needs the name of who gave it');
      const where = typeof ref === 'number' ? eq(sources.id, ref) : eq(sources.key, sourceKey(String(ref)));
      const graded = await db.transaction(async (tx) => {
        const found = await tx.select().from(sources).where(where).orderBy(asc(sources.id)).for('update');
        if (!found.length) throw notFound('source', String(ref));
        for (const src of found) {
          await tx.update(sources).set({ reliability }).where(eq(sources.id, src.id));
          await log(tx, {
            actor,
            action: 'source.graded',
            entity: 'source',
            entityId: src.id,
            documentId: null,
            details: { name: src.name, kind: src.kind, from: src.reliability, to: reliability },
          });
        }
        return found.map((f) => ({ id: f.id, kind: f.kind, name: f.name, reliability }));
      });
      return graded satisfies SourceRecord[];
    },

    async gradeClaim(id, credibility, actor, options = {}) {
      if (credibility !== null && !isCredibility(credibility))
        throw invalidInput(`credibility must be 1 to 6, not "${String(credibility)}"`);
      if (!actor.trim()) throw invalidInput('a grade needs the name of who gave it');
      const before = await getClaim(id);
      if (!before) throw notFound('claim', String(id));
      await db.transaction(async (tx) => {
        await tx.update(claims).set({ credibility }).where(eq(claims.id, id));
        await log(tx, {
          actor,
          action: 'claim.graded',
          entity: 'claim',
          entityId: id,
          documentId: before.documentId,
          details: {
            from: before.credibility,
            to: credibility,
            ...(options.undoes !== undefined ? { undoes: options.undoes } : {}),
          },
        });
      });
      return (await getClaim(id))!;
    },

    async linkPending(onBatch) {
      const done = await linkUnsigned(db, linker, LINK_BATCH, onBatch);
      // The embedded database has no autovacuum: after a large ingestion its planner would go on
      // without statistics and every count would visit the heap, so it is tidied here, once.
      if (options.driver === 'pglite' && done.documents >= LINK_BATCH) {
        await db.execute(
          sql`VACUUM (ANALYZE) documents, claims, facts, fact_claims, document_signatures, document_bands`,
        );
      }
      return done;
    },

    async linkDocuments(documentIds) {
      if (!documentIds.length) return { linked: 0 };
      return db.transaction(async (tx) => {
        const store = linkStore(tx);
        await linker.signDocuments(store, await unsignedDocuments(tx, documentIds));
        const ids = await tx
          .select({ id: claims.id })
          .from(claims)
          .where(inArray(claims.documentId, [...documentIds]));
        return linker.linkClaims(
          store,
          ids.map((c) => c.id),
        );
      });
    },

    async getCopy(documentId) {
      const rows = rowsOf<Record<string, unknown>>(
        await db.execute(sql`
          SELECT s.document_id, s.copy_of, s.copy_root, s.jaccard, d.name FROM document_signatures s
          LEFT JOIN documents d ON d.id = s.copy_of WHERE s.document_id = ${documentId}`),
      );
      const r = rows[0];
      if (!r) return null;
      return {
        documentId,
        copyOf:
          r.copy_of === null
            ? null
            : {
                documentId: String(Number(r.copy_of)),
                documentName: r.name as string,
                root: String(Number(r.copy_root)),
                jaccard: Number(r.jaccard),
              },
      };
    },

    async listFacts(filter: FactFilter = {}) {
      const where = factConditions(filter);
      if (filter.afterId !== undefined) where.push(sql`f.id > ${filter.afterId}`);
      const rows = rowsOf<Record<string, unknown>>(
        await db.execute(sql`SELECT * FROM facts f WHERE ${sql.join(where, sql` AND `)}
          ORDER BY f.id LIMIT ${filter.limit ?? 1000} OFFSET ${filter.offset ?? 0}`),
      );
      return withMembers(rows, filter.collections);
    },

    async countFacts(filter: FactFilter = {}) {
      const rows = rowsOf<{ n: number | string }>(
        await db.execute(
          sql`SELECT count(*) AS n FROM facts f WHERE ${sql.join(factConditions(filter), sql` AND `)}`,
        ),
      );
      return Number(rows[0]?.n ?? 0);
    },

    async factOfClaim(claimId, visible) {
      const rows = rowsOf<Record<string, unknown>>(
        await db.execute(
          sql`SELECT f.* FROM facts f JOIN fact_claims fc ON fc.fact_id = f.id WHERE fc.claim_id = ${claimId}`,
        ),
      );
      return (await withMembers(rows, visible))[0] ?? null;
    },

    async listAnalysisClaims(filter) {
      const where: SQL[] = [
        sql`c.review <> 'rejected'`,
        sql`c.qualifier <> 'vague'`,
        sql`c.population = ${filter.population}`,
      ];
      if (filter.origin === null) where.push(sql`c.origin IS NULL`);
      else {
        // The same set of origins: "KZ" does not answer a question about "KZ and UZ together".
        // origin_set is the claim's origins as a set, written with the claim and indexed for series.
        const set = originSet(filter.origin);
        where.push(set ? sql`c.origin_set = ${pgTextArray(set)}::text[]` : sql`c.origin IS NULL`);
      }
      where.push(sql`(c.value_min IS NOT NULL OR c.value_max IS NOT NULL)`);
      if (filter.status) where.push(sql`c.status = ${filter.status}`);
      if (filter.location) where.push(sql`c.location @> ARRAY[${filter.location}]::text[]`);
      if (filter.affiliation) where.push(sql`c.affiliation = ${filter.affiliation}`);
      if (filter.collections) where.push(documentVisible(sql`c.document_id`, filter.collections));
      const condition = sql.join(where, sql` AND `);
      const limit = Math.max(1, filter.limit ?? 1000);
      // The latest first, cut to the limit before joining anything: a question asked of a large store
      // costs an index scan and a top-N sort, then the joins for the rows shown (by subquery: a list of
      // ids as a literal costs the planner more than the query).
      const rows = rowsOf<Record<string, unknown>>(
        await db.execute(
          analysisClaimsQuery(
            sql`c.id IN (SELECT c.id FROM claims c WHERE ${condition}
              ORDER BY c.effective_date DESC NULLS LAST, c.id DESC NULLS LAST LIMIT ${limit})`,
            true,
          ),
        ),
      );
      if (!rows.length) return { claims: [], total: 0 };
      // Counted only when the series was cut: the index gives the latest rows without reading the rest.
      const total =
        rows.length < limit
          ? rows.length
          : Number(
              rowsOf<{ n: number | string }>(
                await db.execute(sql`SELECT count(*) AS n FROM claims c WHERE ${condition}`),
              )[0]!.n,
            );
      return { claims: rows.map(toAnalysisClaim), total };
    },

    async search(query: SearchQuery): Promise<SearchHit[]> {
      const text = foldForIndex(query.text).trim();
      const placeText = foldForIndex(query.placeText ?? '').trim();
      const codes = [...new Set(query.codes)];
      const concepts = (query.concepts ?? []).map(conceptQuery).filter((c): c is SQL => c !== null);
      if (!text && !codes.length && !concepts.length) return [];
      const limit = Math.min(Math.max(query.limit ?? 20, 1), SEARCH_CANDIDATES);
      const tsq = (words: string) =>
        sql.join(
          QUERY_CONFIGS.map((cfg) => sql`websearch_to_tsquery(${cfg}::regconfig, ${words})`),
          sql` || `,
        );
      const codesArr = sql`${pgTextArray(codes)}::text[]`;
      const wordsMatch = text ? sql`d.search @@ q.words` : sql`TRUE`;
      const placeMatch = codes.length
        ? placeText
          ? sql`(d.codes && ${codesArr} OR d.search @@ q.places)`
          : sql`d.codes && ${codesArr}`
        : sql`TRUE`;
      const conceptCols = concepts.map((c, i) => sql`, (${c}) AS ${sql.raw(`c${i}`)}`);
      const conceptMatch = concepts.map((_, i) => sql` AND d.search @@ q.${sql.raw(`c${i}`)}`);
      const conceptRank = concepts.map((_, i) => sql` || q.${sql.raw(`c${i}`)}`);
      // Rank only a bounded set of the newest matches: ts_rank over every match of a common word is slow.
      const result = await db.execute(sql`
        WITH q AS (SELECT (${tsq(text)}) AS words, (${tsq(placeText)}) AS places${sql.join(conceptCols, sql``)}),
        cand AS (
          SELECT d.id FROM documents d, q
          WHERE ${wordsMatch} AND ${placeMatch}${sql.join(conceptMatch, sql``)}
            AND ${query.collections ? sql`d.collection_id = ANY(${collectionList(query.collections)})` : sql`TRUE`}
          ORDER BY d.id DESC
          LIMIT ${SEARCH_CANDIDATES}
        )
        SELECT d.id,
               ts_rank(d.search, q.words || q.places${sql.join(conceptRank, sql``)})
                 + CASE WHEN d.codes && ${codesArr} THEN 0.05 ELSE 0 END AS rank,
               ARRAY(SELECT unnest(d.codes) INTERSECT SELECT unnest(${codesArr})) AS matched
        FROM cand JOIN documents d ON d.id = cand.id, q
        ORDER BY rank DESC, d.id DESC
        LIMIT ${limit}`);
      const hits = rowsOf<{ id: number; rank: number | string; matched: string[] }>(result);
      if (!hits.length) return [];
      const docs = await db
        .select({ ...summaryColumns, text: documents.text })
        .from(documents)
        .where(
          inArray(
            documents.id,
            hits.map((h) => Number(h.id)),
          ),
        );
      const byId = new Map(docs.map((d) => [d.id, d]));
      return hits.flatMap((h) => {
        const d = byId.get(Number(h.id));
        if (!d) return [];
        const { text: body, ...summary } = d;
        return [
          {
            document: summary,
            rank: Number(h.rank),
            text: body,
            matchedCodes: h.matched,
          },
        ];
      });
    },

    async searchReports(filter, page) {
      const ids = filter.documentIds;
      if (ids && !ids.length)
        return {
          total: 0,
          items: [],
          facets: Object.fromEntries(REPORT_FACETS.map((f) => [f, []])) as unknown as ReportSearch['facets'],
          claims: { total: 0, items: [] },
        };
      const idList = ids ? sql`${`{${ids.join(',')}}`}::int[]` : null;
      const list = (values: string[] | undefined) =>
        values?.length ? sql`${pgTextArray([...new Set(values)])}::text[]` : null;
      const langs = list(filter.lang);
      const outlets = list(filter.outlet);
      const places = list(filter.country);
      const populations = list(filter.population);
      const statuses = list(filter.status);
      const groups = list(filter.affiliation);
      // Each condition knows its facet: a facet's counts leave out its own condition, so an analyst who
      // chose Arabic still sees how many reports French would add (several values of a facet are "any of").
      const claimConds: [ReportFacet, SQL][] = [];
      if (populations) claimConds.push(['population', sql`c.population = ANY(${populations})`]);
      if (statuses) claimConds.push(['status', sql`c.status = ANY(${statuses})`]);
      if (groups) claimConds.push(['group', sql`c.affiliation = ANY(${groups})`]);
      const matchingBut = (except?: ReportFacet) =>
        sql.join(
          [sql`c.review <> 'rejected'`, ...claimConds.filter(([f]) => f !== except).map(([, c]) => c)],
          sql` AND `,
        );
      const matching = matchingBut();
      // Conditions every report kept meets, whatever the facet counted.
      const always: SQL[] = [sql`TRUE`];
      if (idList) always.push(sql`d.id = ANY(${idList})`);
      if (filter.collections) always.push(sql`d.collection_id = ANY(${collectionList(filter.collections)})`);
      const match = filter.matching ? searchMatch(filter.matching) : null;
      if (match) always.push(match);
      if (filter.from) always.push(sql`d.published >= ${filter.from}`);
      if (filter.to) always.push(sql`left(d.published, ${filter.to.length}) <= ${filter.to}`);
      // Conditions a facet's own counts leave out: each becomes a column of `base`, worked out once per report.
      const docConds: [ReportFacet, SQL][] = [];
      if (langs) docConds.push(['lang', sql`d.lang = ANY(${langs})`]);
      if (outlets) docConds.push(['outlet', sql`d.outlet = ANY(${outlets})`]);
      if (places)
        docConds.push([
          'country',
          sql`(d.codes && ${places} OR EXISTS (
          SELECT 1 FROM claims c WHERE c.document_id = d.id AND c.review <> 'rejected'
            AND (c.origin && ${places} OR c.location && ${places})))`,
        ]);
      const hasClaim = (except?: ReportFacet) =>
        sql`EXISTS (SELECT 1 FROM claims c WHERE c.document_id = d.id AND ${matchingBut(except)})`;
      const columns: SQL[] = docConds.map(([f, cond]) => sql`${cond} AS ${sql.raw(`ok_${f}`)}`);
      if (claimConds.length) columns.push(sql`${hasClaim()} AS ok_claims`);
      // A claim facet's counts keep reports with a claim meeting the other claim conditions.
      for (const [f] of claimConds)
        if (claimConds.length > 1) columns.push(sql`${hasClaim(f)} AS ${sql.raw(`ok_claims_but_${f}`)}`);
      const keptBut = (except?: ReportFacet): SQL => {
        const where: SQL[] = [sql`TRUE`];
        for (const [f] of docConds) if (f !== except) where.push(sql.raw(`b.ok_${f}`));
        if (claimConds.length) {
          if (!claimConds.some(([f]) => f === except)) where.push(sql.raw('b.ok_claims'));
          else if (claimConds.length > 1) where.push(sql.raw(`b.ok_claims_but_${except}`));
        }
        return sql.join(where, sql` AND `);
      };
      const filtered = new Set<ReportFacet>([...docConds, ...claimConds].map(([f]) => f));
      /** The reports a facet counts: those kept, or, when the facet itself filters, kept but for it. */
      const basis = (f: ReportFacet) =>
        filtered.has(f) ? sql`(SELECT * FROM base b WHERE ${keptBut(f)})` : sql`k`;
      const claimsOf = (f: ReportFacet) =>
        sql`(SELECT c.* FROM claims c JOIN ${basis(f)} b ON b.id = c.document_id WHERE ${filtered.has(f) ? matchingBut(f) : matching})`;
      const rankedList = filter.ranked?.length ? sql`${`{${filter.ranked.join(',')}}`}::int[]` : null;
      const order =
        filter.sort === 'date'
          ? sql`k.published DESC NULLS LAST, k.id DESC`
          : idList
            ? sql`array_position(${idList}, k.id)`
            : rankedList
              ? sql`array_position(${rankedList}, k.id) NULLS LAST, k.id DESC`
              : sql`k.id DESC`;
      const claimOnly: SQL[] = [sql`c.review <> 'rejected'`, ...claimConds.map(([, c]) => c)];
      if (places) claimOnly.push(sql`(c.origin && ${places} OR c.location && ${places})`);
      if (filter.from) claimOnly.push(sql`coalesce(c.date, dd.published) >= ${filter.from}`);
      const claimRows = sql`FROM claims c JOIN k ON k.id = c.document_id
        JOIN documents dd ON dd.id = c.document_id WHERE ${sql.join(claimOnly, sql` AND `)}`;
      // One statement: the reports matching the words and the conditions that always hold are found once
      // (the text match is the costly part), then the total, the page, every facet and the claims are
      // counted from them. Rows: (part, value, n, ord).
      const result = await db.execute(sql`
        WITH base AS MATERIALIZED (
          SELECT d.id, d.lang, d.outlet, d.published${sql.join(
            columns.map((c) => sql`, ${c}`),
            sql``,
          )}
          FROM documents d WHERE ${sql.join(always, sql` AND `)}
        ),
        k AS MATERIALIZED (SELECT * FROM base b WHERE ${keptBut()})
        SELECT 'total' AS part, NULL AS value, count(*)::int AS n, 0::bigint AS ord FROM k
        UNION ALL SELECT 'page', p.id::text, p.claims, p.ord FROM (
          SELECT k.id, (SELECT count(*) FROM claims c WHERE c.document_id = k.id AND ${matching})::int AS claims,
                 row_number() OVER (ORDER BY ${order}) AS ord
          FROM k ORDER BY ${order} LIMIT ${page.limit} OFFSET ${page.offset}) p
        UNION ALL SELECT 'lang', lang, count(*)::int, 0 FROM ${basis('lang')} b
          WHERE lang IS NOT NULL GROUP BY lang
        UNION ALL SELECT 'outlet', outlet, count(*)::int, 0 FROM ${basis('outlet')} b
          WHERE outlet IS NOT NULL GROUP BY outlet
        UNION ALL SELECT 'year', left(published, 4), count(*)::int, 0 FROM k WHERE published IS NOT NULL GROUP BY 2
        UNION ALL SELECT 'country', p.code, count(DISTINCT c.document_id)::int, 0
          FROM claims c JOIN ${basis('country')} b ON b.id = c.document_id,
            unnest(coalesce(c.origin, '{}'::text[]) || c.location) AS p(code)
          WHERE c.review <> 'rejected' AND p.code NOT LIKE 'region:%' GROUP BY p.code
        UNION ALL SELECT 'population', population, count(DISTINCT document_id)::int, 0
          FROM ${claimsOf('population')} m GROUP BY population
        UNION ALL SELECT 'status', status, count(DISTINCT document_id)::int, 0
          FROM ${claimsOf('status')} m GROUP BY status
        UNION ALL SELECT 'group', affiliation, count(DISTINCT document_id)::int, 0
          FROM ${claimsOf('group')} m WHERE affiliation IS NOT NULL GROUP BY affiliation
        UNION ALL SELECT 'claims', NULL, count(*)::int, 0 ${claimRows}
        UNION ALL SELECT 'claim', s.id::text, 0, s.id FROM (
          SELECT c.id ${claimRows} ORDER BY c.id LIMIT ${page.claims}) s`);
      const rows = rowsOf<{ part: string; value: string | null; n: number; ord: number | string }>(result);
      const partOf = (part: string) =>
        rows.filter((r) => r.part === part).sort((a, b) => Number(a.ord) - Number(b.ord));
      const total = Number(partOf('total')[0]?.n ?? 0);
      const pageRows = partOf('page').map((r) => ({ id: Number(r.value), claims: Number(r.n) }));
      const docs = pageRows.length
        ? await db
            .select(summaryColumns)
            .from(documents)
            .where(
              inArray(
                documents.id,
                pageRows.map((r) => r.id),
              ),
            )
        : [];
      const byId = new Map(docs.map((d) => [d.id, d]));
      const facets = Object.fromEntries(
        REPORT_FACETS.map((f) => [
          f,
          partOf(f)
            .map((r) => ({ value: r.value!, count: Number(r.n) }))
            .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
            .slice(0, page.facetValues),
        ]),
      );
      const shownIds = partOf('claim').map((r) => Number(r.value));
      const shown = shownIds.length
        ? (
            await db
              .select({ c: claims, d: docJoin })
              .from(claims)
              .innerJoin(documents, eq(documents.id, claims.documentId))
              .where(inArray(claims.id, shownIds))
              .orderBy(asc(claims.id))
          ).map((r) => toClaimRecord(r.c, r.d))
        : [];
      return {
        total,
        items: pageRows.flatMap((r) => {
          const document = byId.get(r.id);
          return document ? [{ document, claimCount: r.claims }] : [];
        }),
        facets: facets as ReportSearch['facets'],
        claims: { total: Number(partOf('claims')[0]?.n ?? 0), items: shown },
      };
    },

    async latestChangeId() {
      const rows = await db
        .select({ id: sql<number>`coalesce(max(${changeLog.id}), 0)` })
        .from(changeLog)
        // Literal values, so the planner proves the partial index change_log_changes_idx applies.
        .where(
          sql`${changeLog.action} NOT IN (${sql.raw(AUDIT_ONLY_ACTIONS.map((a) => `'${a}'`).join(', '))})`,
        );
      return Number(rows[0]?.id ?? 0);
    },

    async listChanges(filter = {}) {
      const where: SQL[] = [];
      if (filter.entity) where.push(eq(changeLog.entity, filter.entity));
      if (filter.entityId !== undefined) where.push(eq(changeLog.entityId, filter.entityId));
      if (filter.documentId !== undefined) where.push(eq(changeLog.documentId, filter.documentId));
      if (filter.afterId !== undefined) where.push(gt(changeLog.id, filter.afterId));
      if (filter.since !== undefined) where.push(gte(changeLog.at, filter.since));
      const rows = await db
        .select()
        .from(changeLog)
        .where(where.length ? and(...where) : undefined)
        .orderBy(asc(changeLog.id))
        .limit(filter.limit ?? 1000);
      return rows.map((r) => ({
        ...r,
        entity: r.entity as ChangeRecord['entity'],
        details: r.details as Record<string, unknown>,
      }));
    },

    async stats(): Promise<StoreStats> {
      const result = await db.execute(sql`SELECT
        (SELECT count(*) FROM documents)::int AS documents,
        (SELECT count(*) FROM document_blobs)::int AS blobs,
        (SELECT count(*) FROM claims)::int AS claims,
        (SELECT count(*) FROM releases)::int AS releases,
        (SELECT count(*) FROM sources)::int AS sources,
        (SELECT count(*) FROM change_log)::int AS changes`);
      const row = rowsOf<StoreStats>(result)[0]!;
      return {
        documents: Number(row.documents),
        blobs: Number(row.blobs),
        claims: Number(row.claims),
        releases: Number(row.releases),
        sources: Number(row.sources),
        changes: Number(row.changes),
      };
    },

    close: options.close,
  };
  return repository;
}

function documentConditions(filter: DocumentFilter): SQL[] {
  const where: SQL[] = [sql`TRUE`];
  if (filter.lang) where.push(eq(documents.lang, filter.lang));
  if (filter.outlet) where.push(eq(documents.outlet, filter.outlet));
  if (filter.country)
    where.push(sql`EXISTS (SELECT 1 FROM claims c WHERE c.document_id = ${documents.id}
      AND c.review <> 'rejected'
      AND (c.origin @> ARRAY[${filter.country}]::text[] OR c.location @> ARRAY[${filter.country}]::text[]))`);
  if (filter.ids) where.push(inArray(documents.id, [...filter.ids, -1]));
  if (filter.collections) where.push(inArray(documents.collectionId, [...filter.collections, -1]));
  if (filter.withClaims)
    where.push(sql`EXISTS (SELECT 1 FROM ${claims} WHERE ${claims.documentId} = ${documents.id}
      AND ${and(...claimConditions(filter.withClaims))})`);
  return where;
}

function claimConditions(filter: ClaimFilter): SQL[] {
  const where: SQL[] = [inArray(claims.review, filter.review ?? ['unreviewed', 'confirmed', 'corrected'])];
  if (filter.documentId !== undefined) where.push(eq(claims.documentId, filter.documentId));
  // -1 matches nothing: an empty list asks for no claims, not for every claim.
  if (filter.documentIds) {
    const ids = [...filter.documentIds, -1];
    // Said of both tables, so the join reads those documents by key rather than scanning them all.
    where.push(inArray(claims.documentId, ids), inArray(documents.id, ids));
  }
  if (filter.ids) where.push(inArray(claims.id, [...filter.ids, -1]));
  if (filter.within) where.push(sql`${claims.id} = ANY(${intList(filter.within)})`);
  if (filter.without?.length) where.push(sql`NOT (${claims.id} = ANY(${intList(filter.without)}))`);
  if (filter.collections) where.push(inArray(documents.collectionId, [...filter.collections, -1]));
  if (filter.origin) where.push(sql`${claims.origin} @> ARRAY[${filter.origin}]::text[]`);
  if (filter.population) where.push(eq(claims.population, filter.population));
  if (filter.status) where.push(eq(claims.status, filter.status));
  if (filter.affiliation) where.push(eq(claims.affiliation, filter.affiliation));
  if (filter.lang?.length) where.push(inArray(documents.lang, [...filter.lang]));
  if (filter.outlet !== undefined) where.push(eq(documents.outlet, filter.outlet));
  if (filter.sourceId !== undefined) where.push(eq(claims.sourceId, filter.sourceId));
  if (filter.outletId !== undefined) where.push(eq(documents.outletId, filter.outletId));
  const anyOf = (values: readonly string[] | undefined) =>
    values?.length ? sql`${pgTextArray([...new Set(values)])}::text[]` : null;
  const [populations, statuses, affiliations, places, outlets] = [
    anyOf(filter.populations),
    anyOf(filter.statuses),
    anyOf(filter.affiliations),
    anyOf(filter.places),
    anyOf(filter.outlets),
  ];
  if (populations) where.push(sql`${claims.population} = ANY(${populations})`);
  if (statuses) where.push(sql`${claims.status} = ANY(${statuses})`);
  if (affiliations) where.push(sql`${claims.affiliation} = ANY(${affiliations})`);
  if (places) where.push(sql`(${claims.origin} && ${places} OR ${claims.location} && ${places})`);
  if (outlets) where.push(sql`${documents.outlet} = ANY(${outlets})`);
  if (filter.publishedFrom) where.push(sql`${documents.published} >= ${filter.publishedFrom}`);
  if (filter.publishedTo)
    where.push(sql`left(${documents.published}, ${filter.publishedTo.length}) <= ${filter.publishedTo}`);
  if (filter.matching)
    where.push(
      searchMatch(filter.matching, { search: sql`${documents.search}`, codes: sql`${documents.codes}` }),
    );
  if (filter.sourceIds) where.push(inArray(claims.sourceId, [...filter.sourceIds, -1]));
  if (filter.outletIds) where.push(inArray(documents.outletId, [...filter.outletIds, -1]));
  const date = sql`coalesce(${claims.date}, ${documents.published})`;
  if (filter.since) where.push(sql`${date} >= ${filter.since}`);
  // A partial bound takes in its whole period: until 2019 keeps 2019-12-31.
  if (filter.until) where.push(sql`left(${date}, ${filter.until.length}) <= ${filter.until}`);
  return where;
}

/** An int[] parameter: one value however long the list (an empty list matches nothing). */
const intList = (ids: readonly number[]): SQL =>
  sql`${`{${ids.map((v) => Math.trunc(v)).join(',')}}`}::int[]`;

function factConditions(filter: FactFilter): SQL[] {
  const where: SQL[] = [sql`TRUE`];
  if (filter.origin) where.push(sql`f.origin @> ARRAY[${filter.origin}]::text[]`);
  if (filter.population) where.push(sql`f.population = ${filter.population}`);
  if (filter.status) where.push(sql`f.status = ${filter.status}`);
  if (filter.since) where.push(sql`f.date >= ${filter.since}`);
  if (filter.minClaims !== undefined) where.push(sql`f.claim_count >= ${filter.minClaims}`);
  // A fact shows where one of its claims may be read; a fact with none there is left out.
  if (filter.collections)
    where.push(sql`EXISTS (SELECT 1 FROM fact_claims vfc JOIN claims vc ON vc.id = vfc.claim_id
      JOIN documents vd ON vd.id = vc.document_id
      WHERE vfc.fact_id = f.id AND vd.collection_id = ANY(${`{${[...filter.collections, -1].join(',')}}`}::int[]))`);
  return where;
}

function reviewInfo(row: {
  review: schema.ReviewState;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  reviewNote: string | null;
}): ReviewInfo {
  return { state: row.review, by: row.reviewedBy, at: row.reviewedAt, note: row.reviewNote };
}

/** Pairs earlier items with fresh ones by the largest overlap of their spans; each is used at most once. */
export function matchBySpan<
  O extends { spanStart: number; spanEnd: number },
  N extends { span: { start: number; end: number } },
>(old: O[], fresh: N[]): { matched: [O, N][]; unmatchedOld: O[]; unmatchedNew: N[] } {
  const pairs: { o: number; n: number; overlap: number }[] = [];
  old.forEach((o, oi) =>
    fresh.forEach((f, ni) => {
      const overlap = Math.min(o.spanEnd, f.span.end) - Math.max(o.spanStart, f.span.start);
      if (overlap > 0 || (o.spanStart === f.span.start && o.spanEnd === f.span.end))
        pairs.push({ o: oi, n: ni, overlap });
    }),
  );
  pairs.sort((a, b) => b.overlap - a.overlap || a.o - b.o || a.n - b.n);
  const usedO = new Set<number>();
  const usedN = new Set<number>();
  const matched: [O, N][] = [];
  for (const p of pairs) {
    if (usedO.has(p.o) || usedN.has(p.n)) continue;
    usedO.add(p.o);
    usedN.add(p.n);
    matched.push([old[p.o]!, fresh[p.n]!]);
  }
  return {
    matched,
    unmatchedOld: old.filter((_, i) => !usedO.has(i)),
    unmatchedNew: fresh.filter((_, i) => !usedN.has(i)),
  };
}

/** About 200 characters around the first word of the query found in the text (folded), else the opening. */
/**
 * One concept as a tsquery: its terms joined by OR, each read with its language's stemming. A prefix
 * of four letters or more matches as a prefix of the stemmed word; a shorter one as the stem itself.
 */
/**
 * The condition a search puts on a document `d`, as search() reads it (every word, one of the places,
 * each concept), without ranking: GIN lookups, so every match can be counted and ordered.
 * Null when the search asks nothing, which matches nothing.
 */
function searchMatch(
  query: SearchQuery,
  d: { search: SQL; codes: SQL } = { search: sql`d.search`, codes: sql`d.codes` },
): SQL {
  const text = foldForIndex(query.text).trim();
  const placeText = foldForIndex(query.placeText ?? '').trim();
  const codes = [...new Set(query.codes)];
  const concepts = (query.concepts ?? []).map(conceptQuery).filter((c): c is SQL => c !== null);
  if (!text && !codes.length && !concepts.length) return sql`FALSE`;
  const tsq = (words: string) =>
    sql`(${sql.join(
      QUERY_CONFIGS.map((cfg) => sql`websearch_to_tsquery(${cfg}::regconfig, ${words})`),
      sql` || `,
    )})`;
  const codesArr = sql`${pgTextArray(codes)}::text[]`;
  const where: SQL[] = [];
  if (text) where.push(sql`${d.search} @@ ${tsq(text)}`);
  if (codes.length)
    where.push(
      placeText
        ? sql`(${d.codes} && ${codesArr} OR ${d.search} @@ ${tsq(placeText)})`
        : sql`${d.codes} && ${codesArr}`,
    );
  for (const c of concepts) where.push(sql`${d.search} @@ (${c})`);
  return sql`(${sql.join(where, sql` AND `)})`;
}

function conceptQuery(terms: SearchTerm[]): SQL | null {
  const byConfig = new Map<string, string[]>();
  for (const t of terms) {
    const words = t.words
      .filter((w) => /^[\p{L}\p{N}]+$/u.test(w.text))
      .map((w) => foldForIndex(w.text))
      .map((w, i) => (t.words[i]!.prefix && [...w].length >= 4 ? `${w}:*` : w));
    if (!words.length || words.length !== t.words.length) continue;
    const cfg = searchConfigFor(t.lang);
    const list = byConfig.get(cfg) ?? [];
    list.push(words.length === 1 ? words[0]! : `(${words.join(' <-> ')})`);
    byConfig.set(cfg, list);
  }
  if (!byConfig.size) return null;
  return sql.join(
    [...byConfig].map(([cfg, list]) => sql`to_tsquery(${cfg}::regconfig, ${list.join(' | ')})`),
    sql` || `,
  );
}
