// The store's side of source aliases (migration 0018): which source is another spelling of which, as
// an analyst confirmed it, and the facts each source's claims belong to (what suggestions compare).
// services/sources.service.ts decides the group, its main source and its grade; this records it, logged.
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Reliability } from '../domain/grade.ts';
import { changeLog, sourceAliases, sources } from './schema.ts';
import type { Db } from './db.ts';

export interface SourceAliasRecord {
  /** The alias: another spelling of its group's main source. */
  sourceId: number;
  canonicalId: number;
  reliabilityBefore: Reliability | null;
  mergedAt: Date;
  mergedBy: string;
}

/** One fact a source's claims belong to: an attributed source's by its claims, an outlet's by its reports'. */
export interface SourceFactRow {
  sourceId: number;
  factId: number;
}

export interface SourceAliasRepository {
  listSourceAliases(): Promise<SourceAliasRecord[]>;
  /**
   * Records these sources as aliases of `canonicalId` (replacing any group they were in) and sets the
   * reliability of every source named in `grades`; one `source.merged` entry per alias.
   */
  mergeSources(input: {
    aliasIds: readonly number[];
    canonicalId: number;
    grades: ReadonlyMap<number, Reliability | null>;
    actor: string;
  }): Promise<void>;
  /** Takes a source out of its group, giving it the reliability named; one `source.unmerged` entry. */
  unmergeSource(input: { sourceId: number; reliability: Reliability | null; actor: string }): Promise<void>;
  /** For every source, the facts its claims (not rejected) belong to. */
  listSourceFacts(): Promise<SourceFactRow[]>;
}

const rowsOf = <T>(result: unknown): T[] =>
  (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

export function sourceAliasRepository(db: Db): SourceAliasRepository {
  return {
    async listSourceAliases() {
      return (await db.select().from(sourceAliases).orderBy(asc(sourceAliases.sourceId))).map((r) => ({
        ...r,
        reliabilityBefore: r.reliabilityBefore ?? null,
      }));
    },

    async mergeSources({ aliasIds, canonicalId, grades, actor }) {
      await db.transaction(async (tx) => {
        const ids = [...new Set([...aliasIds, canonicalId, ...grades.keys()])];
        const rows = await tx.select().from(sources).where(inArray(sources.id, ids)).for('update');
        const byId = new Map(rows.map((r) => [r.id, r]));
        const canonical = byId.get(canonicalId)!;
        const earlier = new Map(
          (
            await tx
              .select()
              .from(sourceAliases)
              .where(inArray(sourceAliases.sourceId, [...aliasIds]))
          ).map((r) => [r.sourceId, r]),
        );
        for (const aliasId of aliasIds) {
          const alias = byId.get(aliasId)!;
          const before = earlier.get(aliasId);
          // An alias moved from one group to another keeps the grade it had before its first merge.
          const reliabilityBefore = before ? (before.reliabilityBefore ?? null) : alias.reliability;
          await tx.delete(sourceAliases).where(eq(sourceAliases.sourceId, aliasId));
          await tx
            .insert(sourceAliases)
            .values({ sourceId: aliasId, canonicalId, reliabilityBefore, mergedBy: actor });
          await tx.insert(changeLog).values({
            actor,
            action: 'source.merged',
            entity: 'source',
            entityId: aliasId,
            documentId: null,
            details: {
              name: alias.name,
              kind: alias.kind,
              into: canonicalId,
              intoName: canonical.name,
              from: before?.canonicalId ?? null,
              reliability: { from: alias.reliability, to: grades.get(aliasId) ?? alias.reliability },
            },
          });
        }
        for (const [id, reliability] of grades) {
          const row = byId.get(id);
          if (!row || row.reliability === reliability) continue;
          await tx.update(sources).set({ reliability }).where(eq(sources.id, id));
          // An alias's new grade is in its `source.merged` entry; another member's is logged as a grade.
          if (!aliasIds.includes(id))
            await tx.insert(changeLog).values({
              actor,
              action: 'source.graded',
              entity: 'source',
              entityId: id,
              documentId: null,
              details: {
                name: row.name,
                kind: row.kind,
                from: row.reliability,
                to: reliability,
                merged: aliasIds,
              },
            });
        }
      });
    },

    async unmergeSource({ sourceId, reliability, actor }) {
      await db.transaction(async (tx) => {
        const [row] = await tx.select().from(sources).where(eq(sources.id, sourceId)).for('update');
        const [alias] = await tx.select().from(sourceAliases).where(eq(sourceAliases.sourceId, sourceId));
        if (!row || !alias) return;
        await tx.delete(sourceAliases).where(eq(sourceAliases.sourceId, sourceId));
        if (row.reliability !== reliability)
          await tx.update(sources).set({ reliability }).where(eq(sources.id, sourceId));
        await tx.insert(changeLog).values({
          actor,
          action: 'source.unmerged',
          entity: 'source',
          entityId: sourceId,
          documentId: null,
          details: {
            name: row.name,
            kind: row.kind,
            from: alias.canonicalId,
            reliability: { from: row.reliability, to: reliability },
          },
        });
      });
    },

    async listSourceFacts() {
      const rows = rowsOf<{ source_id: number; fact_id: number }>(
        await db.execute(sql`
          SELECT DISTINCT c.source_id, fc.fact_id FROM claims c JOIN fact_claims fc ON fc.claim_id = c.id
            WHERE c.source_id IS NOT NULL AND c.review <> 'rejected'
          UNION
          SELECT DISTINCT d.outlet_id, fc.fact_id FROM claims c JOIN documents d ON d.id = c.document_id
            JOIN fact_claims fc ON fc.claim_id = c.id
            WHERE d.outlet_id IS NOT NULL AND c.review <> 'rejected'`),
      );
      return rows.map((r) => ({ sourceId: Number(r.source_id), factId: Number(r.fact_id) }));
    },
  };
}
