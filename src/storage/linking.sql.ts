// The store's side of linking: reads and writes only. Signatures and LSH band keys, candidate copies
// looked up by band key, claims to link, facts and their members looked up by key, fact rows written.
// What is a copy and which claim joins which fact is decided elsewhere (analysis/linking.ts, fed by
// services/link.service.ts through the Linker this store is opened with).
import { sql, type SQL } from 'drizzle-orm';
import type { AnalysisClaim, CopyLink, CountryCount } from '../domain/analysis-claim.ts';
import type { Bounds, Claim, Population, Release, ReleaseKeys, Scope, Status } from '../domain/claim.ts';
import { gradeOrUngraded, type Credibility, type Reliability } from '../domain/grade.ts';
import { CONTEXT_CHARS, sentenceAround } from '../text/sentence.ts';
import type { Db, Exec } from './db.ts';

/**
 * Serialises linking between writers (pg_advisory_xact_lock, held to the end of the transaction). It
 * protects what linking reads and then writes: the facts under a key (two transactions must not both
 * found a fact for one key, or both extend one and its counts and member order), the signatures and band
 * keys copies are decided against (a document signed beside another unseen would miss it as a copy, and a
 * band key could take more than BAND_HOLDERS documents), and which documents a linker signs: chosen
 * under it (linkUnsigned, unsignedDocuments, stillUnsigned), or two linkers would sign the same. Storing
 * reports without linking (the workers' ingestion, `link: false`) takes no part of it: it writes documents
 * and claims whole in one statement, and linking reads a document only once it is committed with its
 * claims. So ingestion never waits on a linker's batch; reviews, re-extraction and storing with linking do.
 *
 * Lock order: a transaction that takes it takes it before any row lock of its own (re-extraction and a
 * report's new publication date before the report's row, a review before the claim's), then rows, then
 * the reports' summary locks the claims' triggers take. A linker holding it takes key-share locks on the
 * documents it signs, their originals and the claims it adds to facts (foreign keys), updates claims'
 * effective dates and writes facts: had anyone locked such a row first and then waited on this lock, each
 * would wait on the other (40P01; test/storage/reextract-link-race.pg.test.ts).
 */
export const LINK_LOCK = 7_461_737_373;

/** Arrays as one literal parameter (Drizzle would spread a JS array into a row). */
const textArray = (values: readonly string[]) =>
  sql`${`{${values.map((v) => `"${v.replace(/["\\]/g, '')}"`).join(',')}}`}::text[]`;
const intArray = (values: readonly number[]) =>
  sql`${`{${values.map((v) => Math.trunc(v)).join(',')}}`}::int[]`;

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/**
 * A claim's scope as stored, and for claims stored before their scope was (migration 0006) the text
 * around it to read it from (`context` holds it for claims linked before then).
 */
const LEGACY_CONTEXT = sql`CASE WHEN c.scope IS NULL THEN coalesce(c.context, (
    SELECT substr(dt.text, greatest(1, c.span_start - ${CONTEXT_CHARS} + 1), c.span_end - c.span_start + 2 * ${CONTEXT_CHARS})
    FROM documents dt WHERE dt.id = c.document_id)) END AS context,
  CASE WHEN c.scope IS NULL THEN greatest(0, c.span_start - ${CONTEXT_CHARS}) END AS context_at`;
const SCOPE_COLUMNS = sql`c.scope, c.scope_marker, ${LEGACY_CONTEXT}`;

/**
 * The latest `limit` claims of each of COUNTRIES whose only origin it is, among the claims `where` keeps
 * (its origin condition reads the country as `o.code`): one statement, a top-N per country through the
 * series index. Only what a region's sums need, so none of the joins of analysisClaimsQuery.
 */
export function countryCountsQuery(countries: readonly string[], where: SQL, limit: number): SQL {
  return sql`
    SELECT o.code AS country, c.id, c.value_min, c.value_max, c.date, c.scope, c.scope_marker,
      (SELECT d.published FROM documents d WHERE d.id = c.document_id) AS published,
      -- The quote and the text around it only where the scope is to be read from them (migration 0006).
      CASE WHEN c.scope IS NULL THEN c.quote END AS quote,
      CASE WHEN c.scope IS NULL THEN c.span_start END AS span_start,
      CASE WHEN c.scope IS NULL THEN c.span_end END AS span_end,
      ${LEGACY_CONTEXT}
    FROM unnest(${textArray(countries)}) WITH ORDINALITY AS o(code, n)
    CROSS JOIN LATERAL (
      SELECT c.* FROM claims c WHERE ${where}
      ORDER BY c.effective_date DESC NULLS LAST, c.id DESC NULLS LAST LIMIT ${limit}
    ) c
    ORDER BY o.n, c.effective_date DESC NULLS LAST, c.id DESC NULLS LAST`;
}

export function toCountryCount(r: Record<string, unknown>): CountryCount {
  const count: CountryCount = {
    country: r.country as string,
    id: String(r.id),
    value: { min: num(r.value_min), max: num(r.value_max) },
    date: r.date as string | null,
    published: r.published as string | null,
  };
  if (typeof r.quote === 'string') count.quote = r.quote;
  readScope(count, r);
  return count;
}

/** The stored scope, else the sentence around the quote to read it from (SCOPE_COLUMNS). */
function readScope(claim: Pick<AnalysisClaim, 'scope' | 'context'>, r: Record<string, unknown>): void {
  if (typeof r.scope === 'string') {
    claim.scope = { scope: r.scope as Scope, marker: (r.scope_marker as string | null) ?? null };
  } else if (typeof r.context === 'string') {
    claim.context = sentenceAround(
      r.context,
      Number(r.span_start) - Number(r.context_at),
      Number(r.span_end) - Number(r.context_at),
    );
  }
}

/** Everything analysis needs of a claim, with its grade and its document's copy link. */
export function analysisClaimsQuery(where: SQL, withContext = false): SQL {
  // The text around a claim is read only for claims stored before their scope was (migration 0006);
  // `context` holds it for claims linked before then.
  const context = withContext
    ? sql`, ${SCOPE_COLUMNS},
         -- The whole a count is part of, by its position among its report's claims (migration 0008).
         CASE WHEN c.part_of IS NOT NULL THEN (SELECT p.id FROM claims p WHERE p.document_id = c.document_id
           ORDER BY p.id OFFSET c.part_of LIMIT 1) END AS whole_id,
         (SELECT fc.fact_id FROM fact_claims fc WHERE fc.claim_id = c.id) AS fact_id`
    : sql``;
  return sql`
    SELECT c.id, c.document_id, d.name AS document_name, d.lang, d.published, d.outlet,
      c.value_min, c.value_max, c.qualifier, c.population, c.origin, c.status, c.location, c.affiliation,
      c.age_min, c.age_max, c.source, c.date, c.quote, c.span_start, c.span_end, c.credibility, c.effective_date,
      CASE WHEN c.source_id IS NOT NULL THEN sa.reliability ELSE d.outlet_reliability END AS reliability,
      s.copy_of, s.copy_root, s.jaccard, s.copy_of_name ${context}
    FROM claims c
    -- Each claim's document by its key (OFFSET 0 keeps the lookup per claim): without statistics the
    -- planner would otherwise hash every document to join a few hundred claims.
    CROSS JOIN LATERAL (
      SELECT d.name, d.lang, d.published, d.outlet,
        (SELECT so.reliability FROM sources so WHERE so.id = d.outlet_id) AS outlet_reliability
      FROM documents d WHERE d.id = c.document_id OFFSET 0
    ) d
    LEFT JOIN LATERAL (
      SELECT s.copy_of, s.copy_root, s.jaccard, cd.name AS copy_of_name FROM document_signatures s
      LEFT JOIN documents cd ON cd.id = s.copy_of
      WHERE s.document_id = c.document_id OFFSET 0
    ) s ON TRUE
    LEFT JOIN sources sa ON sa.id = c.source_id
    WHERE ${where}`;
}

export function toAnalysisClaim(r: Record<string, unknown>): AnalysisClaim {
  const reliability = (r.reliability as Reliability | null) ?? undefined;
  const credibility = (num(r.credibility) as Credibility | null) ?? undefined;
  const copyOf: CopyLink | null =
    r.copy_of === null || r.copy_of === undefined
      ? null
      : {
          documentId: String(Number(r.copy_of)),
          documentName: (r.copy_of_name as string | null) ?? String(Number(r.copy_of)),
          root: String(Number(r.copy_root)),
          jaccard: Number(r.jaccard ?? 0),
        };
  const claim: AnalysisClaim = {
    id: String(r.id),
    documentId: String(r.document_id),
    documentName: r.document_name as string,
    lang: (r.lang as string | null) ?? 'und',
    published: r.published as string | null,
    outlet: r.outlet as string | null,
    value: { min: num(r.value_min), max: num(r.value_max) },
    qualifier: r.qualifier as Claim['qualifier'],
    population: r.population as Claim['population'],
    origin: r.origin as string[] | null,
    status: r.status as Claim['status'],
    location: r.location as string[],
    affiliation: r.affiliation as Claim['affiliation'],
    age: { min: num(r.age_min), max: num(r.age_max) },
    source: r.source as string | null,
    date: r.date as string | null,
    quote: r.quote as string,
    span: { start: Number(r.span_start), end: Number(r.span_end) },
    grade: reliability || credibility ? gradeOrUngraded({ reliability, credibility }) : null,
    copyOf,
  };
  if (r.whole_id !== undefined) claim.wholeId = r.whole_id === null ? null : String(Number(r.whole_id));
  if (r.fact_id !== undefined) claim.factId = r.fact_id === null ? null : String(Number(r.fact_id));
  readScope(claim, r);
  return claim;
}

/** A document to sign: stored without a signature yet (linking deferred, or cut off by a crash). */
export interface UnsignedDocument {
  id: number;
  name: string;
  text: string;
  lang: string | null;
}

/** A stored document under one of the band keys looked up, a candidate copy. */
export interface CopyCandidateRow {
  documentId: number;
  name: string;
  /** The stored signature, as encoded. */
  signature: string;
  copyRoot: number;
}

/** The JSON a fact row keeps beside its columns. */
export interface StoredFactState {
  why: string[];
  originGroups: { claimIds: string[]; why: string[] }[];
  earliest: { claimId: string; documentId: string; documentName: string; date: string | null } | null;
}

/** A fact under one of the keys looked up, with the members factsByKeys reads, in link order. */
export interface FactToLinkRow {
  id: number;
  key: string;
  value: Bounds;
  population: Population;
  origin: string[] | null;
  status: Status;
  date: string | null;
  origins: number;
  state: StoredFactState;
  claimCount: number;
  documentCount: number;
  members: { claim: AnalysisClaim; linkedTo: number | null; why: string[] }[];
}

/** A fact row to write; `id` allocated by allocateFactIds for a new one. */
export interface FactRowToWrite {
  id: number;
  key: string;
  valueMin: number | null;
  valueMax: number | null;
  population: Population;
  origin: string[] | null;
  status: Status;
  date: string | null;
  claimCount: number;
  documentCount: number;
  origins: number;
  state: StoredFactState;
}

export interface FactMemberRow {
  factId: number;
  claimId: number;
  documentId: number;
  copyRoot: number;
  kindFirst: boolean;
  linkedTo: number | null;
  why: string[];
  ord: number;
}

/** What linking reads and writes, inside one transaction. It decides nothing. */
export interface LinkStore {
  /** Serialises linking between writers: two chunks must not both found a fact for one key. */
  lock(): Promise<void>;
  /**
   * For each new document, the stored documents sharing the most of its band keys (`wanted`), at most
   * `candidates` per document, each key read for its first `holders` documents only (a text syndicated
   * a thousand times would otherwise make every new copy read every old one); and how many documents
   * (up to `holders`) each key holds. Documents in `exclude` are not candidates.
   */
  copyCandidates(
    wanted: readonly { doc: number; key: string }[],
    exclude: readonly number[],
    limits: { holders: number; candidates: number },
  ): Promise<{ candidates: CopyCandidateRow[]; held: Map<string, number> }>;
  writeSignatures(
    signatures: readonly {
      documentId: number;
      signature: string;
      copyOf: number | null;
      copyRoot: number;
      jaccard: number | null;
    }[],
    bands: readonly { key: string; documentId: number }[],
  ): Promise<void>;
  /** These claims (by id) not rejected and in no fact yet, with their stored effective date. */
  unlinkedClaims(ids: readonly number[]): Promise<{ claim: AnalysisClaim; effectiveDate: string | null }[]>;
  writeEffectiveDates(changes: readonly { id: number; t: string | null }[]): Promise<void>;
  /**
   * The facts under these keys. A member matters to a newcomer through its time, its attributed
   * source, its outlet, or by sharing the newcomer's document or copy group; so the first member of
   * each kind is read (marked when it joined), plus those in `near` documents and copy groups. A fact
   * repeated by a thousand independent reports costs a few rows, not a thousand.
   */
  factsByKeys(
    keys: readonly string[],
    near: { documents: number[]; roots: number[] },
  ): Promise<FactToLinkRow[]>;
  /** Ids for new facts, in one statement. */
  allocateFactIds(count: number): Promise<number[]>;
  insertFacts(rows: readonly FactRowToWrite[]): Promise<void>;
  updateFacts(rows: readonly FactRowToWrite[]): Promise<void>;
  insertMembers(rows: readonly FactMemberRow[]): Promise<void>;
}

/**
 * Every decision the store needs, made outside it: services/link.service.ts implements it over
 * analysis/ and the store is opened with it. Storage only calls it at the right moment of its
 * transactions (a review relinks the facts it dissolved in the same transaction).
 */
export interface Linker {
  /** Signs new documents, deciding which are copies, through the store's reads and writes. */
  signDocuments(store: LinkStore, docs: readonly UnsignedDocument[]): Promise<Map<number, CopyLink | null>>;
  /** Links claims not yet in a fact (rejected and vague ones stay out); returns how many joined one. */
  linkClaims(store: LinkStore, claimIds: readonly number[]): Promise<{ linked: number }>;
  /** The scope a claim's sentence shows, written when it is stored. */
  claimScope(
    text: string,
    claim: Pick<Claim, 'quote' | 'span'>,
  ): { scope: Scope; scopeMarker: string | null };
  /** How the releases registry groups and finds a release, written with its title, producer and quote. */
  releaseKeys(release: Pick<Release, 'media' | 'title' | 'producer' | 'quote'>): ReleaseKeys;
  /** When a claim held (its date, else its report's publication date), written as its effective date. */
  effectiveDate(claim: { date: string | null; published: string | null }): string | null;
  /** A stored fact's reasons from what its members share and what each link added. */
  factWhy(
    shared: readonly string[],
    members: readonly { claimId: number; documentName: string; linkedTo: number | null; why: string[] }[],
  ): string[];
}

/** The reads and writes of linking, bound to a transaction. */
export function linkStore(tx: Exec): LinkStore {
  return {
    async lock() {
      // Linking's statements are short index lookups: JIT compiling them (when a batch's estimates pass
      // jit_above_cost) took longer than running them. And every one finds its rows by key (a report's
      // claims, a fact's members, a band key's holders): without statistics (a store filling with
      // autovacuum off, PGlite) the planner took a batch's `= ANY(...)` for a sixth of a table and read
      // claims and fact_claims whole, 85 times in 20,000 reports. Both for this transaction only.
      await tx.execute(
        sql`SELECT set_config('jit', 'off', true), set_config('enable_seqscan', 'off', true),
          pg_advisory_xact_lock(${LINK_LOCK})`,
      );
    },

    async copyCandidates(wanted, exclude, limits) {
      const candidates: CopyCandidateRow[] = [];
      const held = new Map<string, number>();
      if (!wanted.length) return { candidates, held };
      // A copy at the threshold shares about 8 of 32 bands.
      const found = rowsOf<Record<string, unknown>>(
        await tx.execute(sql`
          WITH w AS (
            SELECT * FROM unnest(${intArray(wanted.map((w) => w.doc))}, ${textArray(wanted.map((w) => w.key))})
              AS x(doc, key)
          ),
          -- Each key read once, however many of the batch's documents share it.
          held AS (
            SELECT k.key, h.document_id FROM (SELECT DISTINCT key FROM w) k
            CROSS JOIN LATERAL (
              SELECT b.document_id FROM document_bands b WHERE b.key = k.key ORDER BY b.document_id
              LIMIT ${limits.holders}
            ) h
            WHERE NOT (h.document_id = ANY(${intArray(exclude)}))
          ),
          shared AS (
            SELECT w.doc, held.document_id, count(*) AS n FROM w JOIN held ON held.key = w.key
            GROUP BY w.doc, held.document_id
          ),
          best AS (
            SELECT document_id FROM (
              SELECT document_id, row_number() OVER (PARTITION BY doc ORDER BY n DESC, document_id) AS r FROM shared
            ) ranked WHERE r <= ${limits.candidates}
          )
          SELECT s.document_id, d.name, s.signature, s.copy_root, NULL AS held_key, NULL AS held
          FROM document_signatures s JOIN documents d ON d.id = s.document_id
          WHERE s.document_id IN (SELECT document_id FROM best)
          UNION ALL
          SELECT NULL, NULL, NULL, NULL, key, count(*) FROM held GROUP BY key`),
      );
      for (const r of found) {
        if (r.held_key !== null) held.set(r.held_key as string, Number(r.held));
        else
          candidates.push({
            documentId: Number(r.document_id),
            name: r.name as string,
            signature: r.signature as string,
            copyRoot: Number(r.copy_root),
          });
      }
      return { candidates, held };
    },

    async writeSignatures(signatures, bands) {
      const sigRows = signatures.map((s) => ({
        document_id: s.documentId,
        signature: s.signature,
        copy_of: s.copyOf,
        copy_root: s.copyRoot,
        jaccard: s.jaccard,
      }));
      await tx.execute(sql`
        INSERT INTO document_signatures (document_id, signature, copy_of, copy_root, jaccard)
        SELECT x.document_id, x.signature, x.copy_of, x.copy_root, x.jaccard
        FROM jsonb_to_recordset(${JSON.stringify(sigRows)}::jsonb)
          AS x(document_id int, signature text, copy_of int, copy_root int, jaccard real)
        ON CONFLICT (document_id) DO NOTHING`);
      if (bands.length) {
        // In key order, so that the primary key's pages are visited once each, not at random.
        const sorted = [...bands].sort((a, b) =>
          a.key < b.key ? -1 : a.key > b.key ? 1 : a.documentId - b.documentId,
        );
        await tx.execute(sql`
          INSERT INTO document_bands (key, document_id)
          SELECT * FROM unnest(${textArray(sorted.map((b) => b.key))}, ${intArray(sorted.map((b) => b.documentId))})
          ON CONFLICT DO NOTHING`);
      }
    },

    async unlinkedClaims(ids) {
      if (!ids.length) return [];
      const rows = rowsOf<Record<string, unknown>>(
        await tx.execute(
          analysisClaimsQuery(
            sql`c.id = ANY(${intArray([...ids])}) AND c.review <> 'rejected'
              AND NOT EXISTS (SELECT 1 FROM fact_claims fc WHERE fc.claim_id = c.id)`,
          ),
        ),
      );
      return rows.map((r) => ({
        claim: toAnalysisClaim(r),
        effectiveDate: (r.effective_date as string | null | undefined) ?? null,
      }));
    },

    async writeEffectiveDates(changes) {
      if (!changes.length) return;
      await tx.execute(sql`
        UPDATE claims c SET effective_date = x.t
        FROM jsonb_to_recordset(${JSON.stringify(changes)}::jsonb) AS x(id int, t text)
        WHERE c.id = x.id AND c.effective_date IS DISTINCT FROM x.t`);
    },

    async factsByKeys(keys, near) {
      if (!keys.length) return [];
      // One index lookup per key: `key = ANY(...)` over many keys was planned as a walk of every fact in
      // id order (to save a sort) whenever the planner had no statistics to know how few rows it finds.
      const factRows = rowsOf<Record<string, unknown>>(
        await tx.execute(sql`
          SELECT f.* FROM unnest(${textArray([...new Set(keys)])}) AS k(key)
          CROSS JOIN LATERAL (SELECT * FROM facts WHERE facts.key = k.key OFFSET 0) f
          ORDER BY f.id`),
      );
      if (!factRows.length) return [];
      const ids = factRows.map((f) => Number(f.id));
      // The first member of each kind is marked when it joins (kind_first), and members carry their
      // document and copy group: both are index lookups, however many members the fact has.
      const reps = rowsOf<Record<string, unknown>>(
        await tx.execute(sql`
          SELECT fc.fact_id, fc.claim_id, fc.linked_to, fc.why, fc.ord
          FROM fact_claims fc
          WHERE fc.fact_id = ANY(${intArray(ids)}) AND fc.kind_first
          UNION
          SELECT fc.fact_id, fc.claim_id, fc.linked_to, fc.why, fc.ord
          FROM fact_claims fc
          WHERE fc.fact_id = ANY(${intArray(ids)})
            AND (fc.document_id = ANY(${intArray(near.documents)}) OR fc.copy_root = ANY(${intArray(near.roots)}))`),
      );
      // Fetched by id, so the claims table is read through its primary key however large it grows.
      const claimsById = new Map(
        rowsOf<Record<string, unknown>>(
          await tx.execute(
            analysisClaimsQuery(sql`c.id = ANY(${intArray(reps.map((r) => Number(r.claim_id)))})`),
          ),
        ).map((r) => [Number(r.id), r]),
      );
      const members = new Map<number, FactToLinkRow['members']>();
      for (const r of reps.sort(
        (a, b) => Number(a.fact_id) - Number(b.fact_id) || Number(a.ord) - Number(b.ord),
      )) {
        const list = members.get(Number(r.fact_id)) ?? [];
        list.push({
          claim: toAnalysisClaim(claimsById.get(Number(r.claim_id))!),
          linkedTo: r.linked_to === null ? null : Number(r.linked_to),
          why: r.why as string[],
        });
        members.set(Number(r.fact_id), list);
      }
      return factRows.map((f) => ({
        id: Number(f.id),
        key: f.key as string,
        value: { min: num(f.value_min), max: num(f.value_max) },
        population: f.population as Population,
        origin: f.origin as string[] | null,
        status: f.status as Status,
        date: f.date as string | null,
        origins: Number(f.origins),
        state: f.state as StoredFactState,
        claimCount: Number(f.claim_count),
        documentCount: Number(f.document_count),
        members: members.get(Number(f.id)) ?? [],
      }));
    },

    async allocateFactIds(count) {
      if (count <= 0) return [];
      return rowsOf<{ id: number | string }>(
        await tx.execute(
          sql`SELECT nextval(pg_get_serial_sequence('facts', 'id')) AS id FROM generate_series(1, ${count})`,
        ),
      ).map((r) => Number(r.id));
    },

    async insertFacts(rows) {
      if (!rows.length) return;
      await tx.execute(sql`
        INSERT INTO facts (id, key, value_min, value_max, population, origin, status, date, claim_count,
          document_count, origins, state)
        OVERRIDING SYSTEM VALUE
        SELECT x.id, x.key, x.value_min, x.value_max, x.population, x.origin, x.status, x.date, x.claim_count,
          x.document_count, x.origins, x.state FROM ${factRecordset(rows)}`);
    },

    async updateFacts(rows) {
      if (!rows.length) return;
      await tx.execute(sql`
        UPDATE facts f SET date = x.date, claim_count = x.claim_count, document_count = x.document_count,
          origins = x.origins, state = x.state, updated_at = now()
        FROM ${factRecordset(rows)} WHERE f.id = x.id`);
    },

    async insertMembers(rows) {
      if (!rows.length) return;
      const memberRows = rows.map((m) => ({
        claim_id: m.claimId,
        fact_id: m.factId,
        linked_to: m.linkedTo,
        why: m.why,
        ord: m.ord,
        document_id: m.documentId,
        copy_root: m.copyRoot,
        kind_first: m.kindFirst,
      }));
      await tx.execute(sql`
        INSERT INTO fact_claims (claim_id, fact_id, linked_to, why, ord, document_id, copy_root, kind_first)
        SELECT x.claim_id, x.fact_id, x.linked_to, x.why, x.ord, x.document_id, x.copy_root, x.kind_first
        FROM jsonb_to_recordset(${JSON.stringify(memberRows)}::jsonb)
          AS x(claim_id int, fact_id int, linked_to int, why jsonb, ord int, document_id int, copy_root int,
            kind_first boolean)`);
    },
  };
}

/** Fact rows as one jsonb recordset with the facts table's column names. */
function factRecordset(rows: readonly FactRowToWrite[]): SQL {
  const list = rows.map((r) => ({
    id: r.id,
    key: r.key,
    value_min: r.valueMin,
    value_max: r.valueMax,
    population: r.population,
    origin: r.origin,
    status: r.status,
    date: r.date,
    claim_count: r.claimCount,
    document_count: r.documentCount,
    origins: r.origins,
    state: r.state,
  }));
  return sql`jsonb_to_recordset(${JSON.stringify(list)}::jsonb)
    AS x(id int, key text, value_min bigint, value_max bigint, population text, origin text[], status text,
      date text, claim_count int, document_count int, origins int, state jsonb)`;
}

/** The documents of a batch, signed (the linker decides copies), then their claims linked. */
export async function signAndLink(
  tx: Exec,
  linker: Linker,
  docs: readonly UnsignedDocument[],
): Promise<{ linked: number }> {
  const store = linkStore(tx);
  if (docs.length) await linker.signDocuments(store, docs);
  const claimIds = docs.length
    ? rowsOf<{ id: number }>(
        await tx.execute(
          sql`SELECT id FROM claims WHERE document_id = ANY(${intArray(docs.map((d) => d.id))}) ORDER BY id`,
        ),
      ).map((r) => Number(r.id))
    : [];
  return linker.linkClaims(store, claimIds);
}

/**
 * Every stored document still without a signature (stored with linking deferred, or cut off by a crash),
 * signed and linked, `batch` documents per transaction. Returns how many documents and claims it linked;
 * with `until`, no batch starts after that time (the first always runs, so that every call makes
 * progress) and `unfinished` says some may be left.
 */
export async function linkUnsigned(
  db: Db,
  linker: Linker,
  batch: number,
  onBatch?: (done: { documents: number; claims: number }) => void,
  until?: Date,
): Promise<{ documents: number; claims: number; unfinished?: true }> {
  const total = { documents: 0, claims: 0 };
  // Each batch looks past the last one's documents: every document below them is signed or was not yet
  // committed when that batch chose (a worker's report committed late), and the next call, starting from
  // the first, finds those. Without it each batch walked every signed document: a million at a million.
  let after = 0;
  for (;;) {
    const done = await db.transaction(async (tx) => {
      // Taken before choosing the documents, so two linkers never sign the same ones.
      await linkStore(tx).lock();
      const docs = rowsOf<UnsignedDocument>(
        await tx.execute(sql`
          SELECT d.id, d.name, d.text, d.lang FROM documents d
          WHERE d.id > ${after} AND NOT EXISTS (SELECT 1 FROM document_signatures s WHERE s.document_id = d.id)
          ORDER BY d.id LIMIT ${batch}`),
      ).map((r) => ({ ...r, id: Number(r.id) }));
      if (!docs.length) return null;
      after = docs.at(-1)!.id;
      const { linked } = await signAndLink(tx, linker, docs);
      // Facts and copies changed: a change, so that answers kept against the latest change id (in memory
      // and across restarts) are not served from before this batch was linked.
      await tx.execute(sql`
        INSERT INTO change_log (actor, action, entity, entity_id, document_id, details)
        VALUES ('tessera', 'documents.linked', 'document', ${docs.at(-1)!.id}, NULL,
          ${JSON.stringify({ documents: docs.length, claims: linked, from: docs[0]!.id })}::jsonb)`);
      return { documents: docs.length, claims: linked };
    });
    if (!done) return total;
    total.documents += done.documents;
    total.claims += done.claims;
    onBatch?.(total);
    if (done.documents < batch) return total;
    if (until && Date.now() >= until.getTime()) return { ...total, unfinished: true };
  }
}

/**
 * Documents (of these) that have no signature yet: stored before linking existed, or by a failed link.
 * Read under the linking lock, which this takes first (see stillUnsigned).
 */
export async function unsignedDocuments(tx: Exec, ids: readonly number[]): Promise<UnsignedDocument[]> {
  if (!ids.length) return [];
  await linkStore(tx).lock();
  return rowsOf<UnsignedDocument>(
    await tx.execute(sql`
      SELECT d.id, d.name, d.text, d.lang FROM documents d
      WHERE d.id = ANY(${intArray([...ids])})
        AND NOT EXISTS (SELECT 1 FROM document_signatures s WHERE s.document_id = d.id)
      ORDER BY d.id`),
  ).map((r) => ({ ...r, id: Number(r.id) }));
}

/**
 * Dissolves the facts these claims belong to and returns every claim they held, so the caller can
 * change or delete claims and link the survivors again: only the facts touched are recomputed.
 */
export async function detachFacts(tx: Exec, claimIds: readonly number[]): Promise<number[]> {
  if (!claimIds.length) return [];
  await linkStore(tx).lock();
  const rows = rowsOf<{ claim_id: number | string }>(
    await tx.execute(sql`
      WITH gone AS (
        DELETE FROM facts WHERE id IN (SELECT fact_id FROM fact_claims WHERE claim_id = ANY(${intArray([...claimIds])}))
        RETURNING id
      )
      SELECT fc.claim_id FROM fact_claims fc WHERE fc.fact_id IN (SELECT id FROM gone)`),
  );
  return [...new Set([...claimIds, ...rows.map((r) => Number(r.claim_id))])];
}

/**
 * Those of these documents that have no signature yet, read under the linking lock, which this takes
 * first: what a linker signs is chosen under the lock, never before it. Chosen before, two linkers chose
 * the same documents; the second signed again what the first had signed meanwhile and, leaving its own
 * batch out of a band key's holders, counted the key one short and gave it a holder past BAND_HOLDERS
 * (test/storage/link-pick.pg.test.ts).
 */
export async function stillUnsigned<D extends { id: number }>(tx: Exec, docs: readonly D[]): Promise<D[]> {
  if (!docs.length) return [];
  await linkStore(tx).lock();
  const signed = new Set(
    rowsOf<{ document_id: number | string }>(
      await tx.execute(sql`
        SELECT document_id FROM document_signatures
        WHERE document_id = ANY(${intArray(docs.map((d) => d.id))})`),
    ).map((r) => Number(r.document_id)),
  );
  return docs.filter((d) => !signed.has(d.id));
}
