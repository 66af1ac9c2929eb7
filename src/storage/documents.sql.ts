// Documents: storing them with their claims, releases and log entries in one statement, reading them,
// correcting their details, and re-extraction (claims and releases matched to the new engine's by span).
import { and, asc, count, desc, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import type { Claim, Release } from '../domain/claim.ts';
import { notFound, TesseraError } from '../domain/errors.ts';
import type {
  ClaimEdits,
  DocumentFilter,
  DocumentMetaEdits,
  DocumentRecord,
  DocumentSummary,
  ExtractionToStore,
  NewDocument,
  ReextractInput,
  ReextractOutcome,
  ReleaseEdits,
  Repository,
  StoreOutcome,
} from './repository.ts';
import * as schema from './schema.ts';
import { claims, documentBlobs, documents, releases } from './schema.ts';
import { foldForIndex, searchConfigFor } from './search-text.ts';
import { detachFacts, linkStore, stillUnsigned, unsignedDocuments } from './linking.sql.ts';
import type { Exec } from './db.ts';
import {
  applyClaimEdits,
  applyEdits,
  claimColumns,
  documentSummaryColumns,
  releaseColumns,
  recordsetColumns,
  rowsOf,
  scopeColumnsOf,
  sourceKey,
} from './rows.ts';
import { type SqlContext } from './sql-context.ts';
import { claimConditions } from './claims.sql.ts';
import { linkDocuments } from './facts.sql.ts';
import { reportNamesPlace } from './summaries.sql.ts';

/** Documents in one storing statement at most; callers send batches of 32 (ingest.service BATCH). */
const DOCUMENTS_PER_STATEMENT = 1_000;

/** Text beyond this is kept but not indexed: PostgreSQL caps a tsvector at 1 MB. */
const MAX_INDEXED_CHARS = 200_000;

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

/** The keys of a batch's claim and release rows that are not columns: a row's place in the batch. */
const BATCH_POSITION = { docOrd: 'int', ordinal: 'int' } as const;

export type DocumentRepository = Pick<
  Repository,
  | 'storeDocument'
  | 'storeDocuments'
  | 'findDocumentsBySha256'
  | 'findDocumentBySha256'
  | 'getDocument'
  | 'correctDocument'
  | 'listDocumentContents'
  | 'getDocumentBytes'
  | 'listDocuments'
  | 'countDocuments'
  | 'replaceExtraction'
>;

export function documentRepository(ctx: SqlContext): DocumentRepository {
  const { db, linker, sourceIds, sourceId, log } = ctx;
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
        list.map((r) => ({
          documentId,
          ...releaseColumns(r, linker),
          extractorVersion: version,
          extracted: r,
        })),
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
      bytes: bytesUnlessText(doc),
      collection_id: doc.collectionId ?? null,
    }));
    // Claims and releases keyed by their tables' property names: recordsetColumns takes the column names
    // and types from the Drizzle tables.
    const claimRows = items.flatMap(({ doc, extraction }, docOrd) =>
      extraction.claims.map((c, ordinal) => ({
        docOrd,
        ordinal,
        ...claimColumns(c),
        sourceId: sid('attributed', c.source),
        extractorVersion: extraction.extractorVersion,
        // Written now rather than by linking, which would otherwise rewrite every new claim row.
        effectiveDate: linker.effectiveDate({ date: c.date, published: doc.published }),
        ...linker.claimScope(doc.text, c),
      })),
    );
    const releaseRows = items.flatMap(({ extraction }, docOrd) =>
      extraction.releases.map((r, ordinal) => ({
        docOrd,
        ordinal,
        ...releaseColumns(r, linker),
        extractorVersion: extraction.extractorVersion,
        extracted: r,
      })),
    );
    const inserted = (table: typeof claims | typeof releases, rows: readonly object[]) => {
      // Nothing to insert: a statement of the same shape that returns no rows.
      if (!rows.length) return sql`SELECT NULL::int AS id, NULL::int AS document_id WHERE FALSE`;
      const { insert, select, definition } = recordsetColumns(table, Object.keys(rows[0]!), BATCH_POSITION);
      return sql`INSERT INTO ${table} (document_id, ${insert})
        SELECT di.id, ${select}
        FROM json_to_recordset(${JSON.stringify(rows)}::json) AS x(${definition})
        JOIN di ON di.ord = x."docOrd"
        ORDER BY x."docOrd", x.ordinal
        RETURNING id, document_id`;
    };
    // The texts are parameters of their own, not fields of the JSON: JSON.stringify of long texts outside
    // Latin-1 builds a string that the driver must flatten to measure, which cost more than the rest of the
    // statement's preparation (3-4 ms a batch of 32 reports); a text as it was read is sent as it is.
    const texts = sql.join(
      items.map(({ doc }) => sql`${doc.text}`),
      sql`, `,
    );
    const bodies = sql.join(
      items.map(({ doc }) => sql`${searchBodyUnlessText(doc.text)}`),
      sql`, `,
    );
    const result = await db.execute(sql`
      WITH j AS (
        SELECT * FROM json_to_recordset(${JSON.stringify(docRows)}::json) AS x(ord int, name text, sha256 text,
          size bigint, media_type text, encoding text, lang text, languages text[], url text, outlet text, outlet_id int,
          title text, published text, collected_at timestamptz, collected_how text, collected_from text,
          collected_by text, extractor_version text, codes text[], cfg text, search_title text,
          bytes text, collection_id int)
      ),
      i AS (
        SELECT j.*, t.text, t.search_body FROM j
        JOIN unnest(ARRAY[${texts}]::text[], ARRAY[${bodies}]::text[]) WITH ORDINALITY AS t(text, search_body, n)
          ON t.n = j.ord + 1
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
      c AS (${inserted(claims, claimRows)}),
      r AS (${inserted(releases, releaseRows)}),
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

  const repository: DocumentRepository = {
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
      // Each document is stored whole by one statement; a long list takes several (two parameters a
      // document, well inside the protocol's 65,535).
      const rows: Awaited<ReturnType<typeof insertDocumentsStatement>> = [];
      for (let at = 0; at < unique.length; at += DOCUMENTS_PER_STATEMENT)
        rows.push(...(await insertDocumentsStatement(unique.slice(at, at + DOCUMENTS_PER_STATEMENT), actor)));
      const stored = new Map(unique.map(({ doc }, i) => [doc.sha256, rows[i]]));
      const fresh = unique.flatMap(({ doc }, i) => {
        const row = rows[i];
        return row ? [{ id: row.document.id, name: doc.name, text: doc.text, lang: doc.lang, row }] : [];
      });
      // A failure here leaves documents stored but unlinked; linkPending() picks them up again.
      if (fresh.length && options.link !== false) {
        await db.transaction(async (tx) => {
          const store = linkStore(tx);
          // Those still unsigned under the linking lock (stillUnsigned takes it first): a linking job may
          // have signed them since they were stored.
          await linker.signDocuments(store, await stillUnsigned(tx, fresh));
          await linker.linkClaims(
            store,
            fresh.flatMap((f) => f.row.claimIds),
          );
        });
      }
      const known = items.filter(({ doc }) => !stored.get(doc.sha256)).map(({ doc }) => doc.sha256);
      const existing = known.length
        ? new Map(
            (
              await db.select(documentSummaryColumns).from(documents).where(inArray(documents.sha256, known))
            ).map((d) => [d.sha256, d]),
          )
        : new Map<string, DocumentSummary>();
      // Bytes stored before whose linking failed (or that predate it) are linked now; a no-op otherwise.
      if (existing.size && options.link !== false)
        await linkDocuments(
          db,
          linker,
          [...existing.values()].map((d) => d.id),
        );
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
        .select(documentSummaryColumns)
        .from(documents)
        .where(inArray(documents.sha256, [...shas]));
      return new Map(rows.map((r) => [r.sha256, r]));
    },
    async findDocumentBySha256(sha256) {
      const rows = await db
        .select(documentSummaryColumns)
        .from(documents)
        .where(eq(documents.sha256, sha256));
      return rows[0] ?? null;
    },
    async getDocument(id): Promise<DocumentRecord | null> {
      const rows = await db
        .select({
          ...documentSummaryColumns,
          text: documents.text,
          encoding: documents.encoding,
          codes: documents.codes,
        })
        .from(documents)
        .where(eq(documents.id, id));
      return rows[0] ?? null;
    },
    async correctDocument(id, input) {
      const edits = input.edits;
      await db.transaction(async (tx) => {
        // A new publication date relinks the report's facts: the linking lock is taken before the report's
        // row, as re-extraction takes them (LINK_LOCK), or each could hold what the other waits on.
        if (edits.published !== undefined) await linkStore(tx).lock();
        // The values corrected are read under the row's lock: two corrections at once each log what the
        // other left, and decide on it whether to relink.
        const [before] = await tx
          .select({
            title: documents.title,
            outlet: documents.outlet,
            url: documents.url,
            published: documents.published,
            lang: documents.lang,
            text: documents.text,
          })
          .from(documents)
          .where(eq(documents.id, id))
          .for('no key update');
        if (!before) throw notFound('document', String(id));
        const after = { ...before, ...edits };
        const relinks = edits.published !== undefined && edits.published !== before.published;
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
        if (relinks) {
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
      const where = documentConditions(filter, ctx);
      if (filter.afterId !== undefined) where.push(gt(documents.id, filter.afterId));
      return db
        .select(documentSummaryColumns)
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
        .where(and(...documentConditions(filter, ctx)));
      return Number(rows[0]?.n ?? 0);
    },
    async replaceExtraction(documentId, input: ReextractInput, actor): Promise<ReextractOutcome> {
      const outcome = await db.transaction(async (tx) => {
        // The linking lock first, then the report's row (LINK_LOCK, linking.sql.ts: the order of every
        // transaction that takes both). Taken the other way round, a linker holding the lock and signing
        // this report, or a copy of it, waited on the row (its foreign key) while this waited on the lock:
        // a deadlock. The row is locked as an update that changes no key, which a foreign key check does
        // not wait on; and the claims below are read under the lock, so no review slips in between.
        await linkStore(tx).lock();
        const docRows = await tx
          .select({ text: documents.text, title: documents.title, lang: documents.lang })
          .from(documents)
          .where(eq(documents.id, documentId))
          .for('no key update');
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

        // Locked, as they may be deleted: a review of one (which locks it, and takes no linking lock) either
        // committed before, and is read here, or waits until this is committed.
        const oldReleases = await tx
          .select()
          .from(releases)
          .where(eq(releases.documentId, documentId))
          .for('update');
        const rm = matchBySpan(oldReleases, input.releases);
        for (const [oldRow, fresh] of rm.matched) {
          const current = applyEdits(fresh, oldRow.edits as ReleaseEdits | null);
          await tx
            .update(releases)
            .set({ ...releaseColumns(current, linker), extracted: fresh, extractorVersion: version })
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
  };
  return repository;
}
/** `compiled`: the store's concepts, for a claim filter that matches words (as claimConditions). */
function documentConditions(filter: DocumentFilter, compiled: Pick<SqlContext, 'conceptQueries'>): SQL[] {
  const where: SQL[] = [sql`TRUE`];
  if (filter.lang) where.push(eq(documents.lang, filter.lang));
  if (filter.outlet) where.push(eq(documents.outlet, filter.outlet));
  // A claim, not rejected, naming the country as origin or location: read from the report's summary.
  if (filter.country)
    where.push(reportNamesPlace(sql`${documents.id}`, sql`ARRAY[${filter.country}]::text[]`));
  if (filter.ids) where.push(inArray(documents.id, [...filter.ids, -1]));
  if (filter.collections) where.push(inArray(documents.collectionId, [...filter.collections, -1]));
  if (filter.withClaims)
    where.push(sql`EXISTS (SELECT 1 FROM ${claims} WHERE ${claims.documentId} = ${documents.id}
      AND ${and(...claimConditions(filter.withClaims, compiled))})`);
  return where;
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
