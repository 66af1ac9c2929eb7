// Claims: pages and counts of them by filter, reviews and grades (a review dissolves and relinks the facts
// it touches), and the claims of a question. The questions they answer and their counts by place and review
// are read from the reports' summaries (summaries.sql.ts).
import { and, asc, count, desc, eq, gt, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { invalidInput, notFound } from '../domain/errors.ts';
import { isCredibility } from '../domain/grade.ts';
import type { AnalysisClaimFilter, ClaimFilter, ClaimRecord, Repository } from './repository.ts';
import { claims, documents } from './schema.ts';
import {
  analysisClaimsQuery,
  countryCountsQuery,
  detachFacts,
  linkStore,
  toAnalysisClaim,
  toCountryCount,
} from './linking.sql.ts';
import type { Exec } from './db.ts';
import {
  applyClaimEdits,
  claimColumns,
  claimOfRow,
  claimSummaryColumns,
  docJoin,
  documentVisible,
  intList,
  originSet,
  pgTextArray,
  reviewLogDetails,
  rowsOf,
  toClaimRecord,
} from './rows.ts';
import { checkReview, type SqlContext } from './sql-context.ts';
import { compileConcepts, searchMatch } from './search.sql.ts';

export async function getClaim(db: Exec, id: number): Promise<ClaimRecord | null> {
  const rows = await db
    .select({ c: claims, d: docJoin })
    .from(claims)
    .innerJoin(documents, eq(documents.id, claims.documentId))
    .where(eq(claims.id, id));
  return rows[0] ? toClaimRecord(rows[0].c, rows[0].d) : null;
}

export type ClaimRepository = Pick<
  Repository,
  | 'listClaims'
  | 'countClaims'
  | 'listClaimSummaries'
  | 'getClaim'
  | 'reviewClaim'
  | 'gradeClaim'
  | 'listAnalysisClaims'
  | 'listCountryCounts'
>;

export function claimRepository(ctx: SqlContext): ClaimRepository {
  const { db, linker, sourceIds, sourceId, log } = ctx;
  const repository: ClaimRepository = {
    async listClaims(filter: ClaimFilter = {}) {
      await compileConcepts(ctx, [filter.matching]);
      const where = claimConditions(filter, ctx);
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
      await compileConcepts(ctx, [filter.matching]);
      const where = claimConditions(filter, ctx);
      // How many come before a claim in id order: the review queue's position.
      if (filter.beforeId !== undefined) where.push(lt(claims.id, filter.beforeId));
      const rows = await db
        .select({ n: count() })
        .from(claims)
        .innerJoin(documents, eq(documents.id, claims.documentId))
        .where(and(...where));
      return Number(rows[0]?.n ?? 0);
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
    getClaim: (id) => getClaim(db, id),
    async reviewClaim(id, input) {
      const now = new Date();
      await db.transaction(async (tx) => {
        // The linking lock first (LINK_LOCK's order), then the claim as it is under it: a re-extraction
        // may have changed or deleted it since the analyst read it, and holds the lock while it does.
        await linkStore(tx).lock();
        const before = await getClaim(tx, id);
        if (!before) throw notFound('claim', String(id));
        const edits = checkReview(input, before.edits);
        const current = applyClaimEdits(before.extracted, edits);
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
          details: reviewLogDetails(before, input, edits),
        });
        await linker.linkClaims(linkStore(tx), relink);
      });
      sourceIds.clear();
      return (await getClaim(db, id))!;
    },
    async gradeClaim(id, credibility, actor, options = {}) {
      if (credibility !== null && !isCredibility(credibility))
        throw invalidInput(`credibility must be 1 to 6, not "${String(credibility)}"`);
      if (!actor.trim()) throw invalidInput('a grade needs the name of who gave it');
      await db.transaction(async (tx) => {
        // The claim's row locked, then read: a re-extraction deleting it meanwhile leaves nothing to grade
        // (and no grade logged), and two grades at once each log the grade they replaced.
        const [before] = await tx
          .select({ documentId: claims.documentId, credibility: claims.credibility })
          .from(claims)
          .where(eq(claims.id, id))
          .for('no key update');
        if (!before) throw notFound('claim', String(id));
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
      return (await getClaim(db, id))!;
    },
    async listAnalysisClaims(filter) {
      // The same set of origins: "KZ" does not answer a question about "KZ and UZ together".
      // origin_set is the claim's origins as a set, written with the claim and indexed for series.
      const set = filter.origin === null ? null : originSet(filter.origin);
      const condition = seriesCondition(
        filter,
        set ? sql`c.origin_set = ${pgTextArray(set)}::text[]` : sql`c.origin IS NULL`,
      );
      const limit = Math.max(1, filter.limit ?? 1000);
      // The latest first, cut to the limit before joining anything: a question asked of a large store
      // costs an index scan and a top-N sort, then the joins for the rows shown (by subquery: a list of
      // ids as a literal costs the planner more than the query).
      const rows = await asJsonRows(
        db,
        analysisClaimsQuery(
          sql`c.id IN (SELECT c.id FROM claims c WHERE ${condition}
            ORDER BY c.effective_date DESC NULLS LAST, c.id DESC NULLS LAST LIMIT ${limit})`,
          true,
        ),
        sql`x.effective_date DESC NULLS LAST, x.id DESC`,
      );
      if (!rows.length) return { claims: [], total: 0 };
      // Counted only when the series was cut and the count is wanted: the index gives the latest rows
      // without reading the rest, the count reads every matching claim.
      const total =
        rows.length < limit || filter.counted === false
          ? rows.length
          : Number(
              rowsOf<{ n: number | string }>(
                await db.execute(sql`SELECT count(*) AS n FROM claims c WHERE ${condition}`),
              )[0]!.n,
            );
      return { claims: rows.map(toAnalysisClaim), total };
    },
    async listCountryCounts(filter) {
      const countries = [...new Set(filter.countries)];
      if (!countries.length) return [];
      const condition = seriesCondition(filter, sql`c.origin_set = ARRAY[o.code]::text[]`);
      const limit = Math.max(1, filter.limit ?? 1000);
      // Each country's latest in the series index's order, stopping at the limit: the planner would
      // rather read every claim of a country by bitmap and sort them, which costs half as much again when
      // a filter (a group, a status) keeps a fifth of them (PGlite, 20,000 reports: 46 ms against 32).
      const rows = await db.transaction(async (tx) => {
        await tx.execute(sql`SET LOCAL enable_bitmapscan = off`);
        return asJsonRows(tx, countryCountsQuery(countries, condition, limit));
      });
      return rows.map(toCountryCount);
    },
  };
  return repository;
}

/**
 * The rows of QUERY as one JSON array, in ORDER when given: hundreds of rows of many columns cost the
 * embedded driver more to hand over one value at a time than the database takes to find them.
 */
async function asJsonRows(db: Exec, query: SQL, order?: SQL): Promise<Record<string, unknown>[]> {
  const ordered = order ? sql`x ORDER BY ${order}` : sql`x`;
  const [row] = rowsOf<{ rows: unknown }>(
    await db.execute(sql`SELECT coalesce(json_agg(${ordered}), '[]') AS rows FROM (${query}) x`),
  );
  const rows = row?.rows ?? [];
  return (typeof rows === 'string' ? JSON.parse(rows) : rows) as Record<string, unknown>[];
}

/** The claims a series holds: not rejected, not vague, with a value, of the question asked. */
function seriesCondition(filter: Omit<AnalysisClaimFilter, 'origin'>, origin: SQL): SQL {
  const where: SQL[] = [
    sql`c.review <> 'rejected'`,
    sql`c.qualifier <> 'vague'`,
    sql`c.population = ${filter.population}`,
    origin,
    sql`(c.value_min IS NOT NULL OR c.value_max IS NOT NULL)`,
  ];
  if (filter.status) where.push(sql`c.status = ${filter.status}`);
  if (filter.location) where.push(sql`c.location @> ARRAY[${filter.location}]::text[]`);
  if (filter.affiliation) where.push(sql`c.affiliation = ${filter.affiliation}`);
  if (filter.collections) where.push(documentVisible(sql`c.document_id`, filter.collections));
  return sql.join(where, sql` AND `);
}
/** `compiled`: the store's concepts as compileConcepts kept them (without, the database stems them). */
export function claimConditions(
  filter: ClaimFilter,
  compiled: Pick<SqlContext, 'conceptQueries'> = { conceptQueries: new Map() },
): SQL[] {
  const where: SQL[] = [inArray(claims.review, filter.review ?? ['unreviewed', 'confirmed', 'corrected'])];
  if (filter.documentId !== undefined) where.push(eq(claims.documentId, filter.documentId));
  // -1 matches nothing: an empty list asks for no claims, not for every claim.
  // Lists as one int[] parameter: an IN list of thousands of values (a release described by thousands of
  // reports) took longer to parse and plan than to run.
  if (filter.documentIds) {
    const ids = intList(filter.documentIds);
    // Said of both tables, so the join reads those documents by key rather than scanning them all.
    where.push(sql`${claims.documentId} = ANY(${ids})`, sql`${documents.id} = ANY(${ids})`);
  }
  if (filter.ids) where.push(sql`${claims.id} = ANY(${intList(filter.ids)})`);
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
      searchMatch(compiled, filter.matching, {
        search: sql`${documents.search}`,
        codes: sql`${documents.codes}`,
      }),
    );
  if (filter.sourceIds) where.push(inArray(claims.sourceId, [...filter.sourceIds, -1]));
  if (filter.outletIds) where.push(inArray(documents.outletId, [...filter.outletIds, -1]));
  const date = sql`coalesce(${claims.date}, ${documents.published})`;
  if (filter.since) where.push(sql`${date} >= ${filter.since}`);
  // A partial bound takes in its whole period: until 2019 keeps 2019-12-31.
  if (filter.until) where.push(sql`left(${date}, ${filter.until.length}) <= ${filter.until}`);
  return where;
}
