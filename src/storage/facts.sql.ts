// Facts (the same count across reports) and copies: linking what is stored, and reading facts with
// their members (only the members a reader may see, with what they alone say).
import { inArray, sql, type SQL } from 'drizzle-orm';
import type { FactFilter, StoredFact, Repository, Visible } from './repository.ts';
import { claims } from './schema.ts';
import { linkStore, linkUnsigned, unsignedDocuments, type Linker } from './linking.sql.ts';
import type { Db } from './db.ts';
import { collectionList, rowsOf } from './rows.ts';
import { type SqlContext } from './sql-context.ts';

/** Documents signed and linked per transaction by linkPending: large batches read each fact once. */
const LINK_BATCH = 1_000;
/** Signs these documents if they are not yet, and links their claims, in one transaction. */
export async function linkDocuments(db: Db, linker: Linker, documentIds: readonly number[]) {
  if (!documentIds.length) return { linked: 0 };
  return db.transaction(async (tx) => {
    const store = linkStore(tx);
    // Chosen under the linking lock (unsignedDocuments takes it first): another linker may be signing them.
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
}

export type FactRepository = Pick<
  Repository,
  'linkPending' | 'linkDocuments' | 'getCopy' | 'listFacts' | 'countFacts' | 'factOfClaim'
>;

export function factRepository(ctx: SqlContext): FactRepository {
  const { db, linker } = ctx;
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
    /** The fact's key fields as its row holds them. */
    const head = (r: Record<string, unknown>) => ({
      id: Number(r.id),
      key: r.key as string,
      value: { min: num(r.value_min), max: num(r.value_max) },
      population: r.population as StoredFact['population'],
      origin: r.origin as string[] | null,
      status: r.status as StoredFact['status'],
    });
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
          ...head(r),
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
        ...head(r),
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

  const repository: FactRepository = {
    async linkPending(onBatch, options = {}) {
      const done = await linkUnsigned(db, linker, LINK_BATCH, onBatch, options.until);
      // The embedded database has no autovacuum: after a large ingestion its planner would go on
      // without statistics and every count would visit the heap, so it is tidied here, once.
      if (ctx.driver === 'pglite' && done.documents >= LINK_BATCH) {
        await db.execute(
          sql`VACUUM (ANALYZE) documents, claims, facts, fact_claims, document_signatures, document_bands,
            report_summaries, report_places, report_questions`,
        );
      }
      return done;
    },
    linkDocuments: (documentIds) => linkDocuments(db, linker, documentIds),
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
  };
  return repository;
}
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
