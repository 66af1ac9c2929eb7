// The store's side of source aliases (migration 0018): which source is another spelling of which, as
// an analyst confirmed it, and the facts each source's claims belong to (what suggestions compare).
// services/sources.service.ts decides the group, its main source and its grade; this records it, logged.
// Also the sources themselves (outlets and attributed speakers): lists, and their reliability grades.
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { invalidInput, notFound } from '../domain/errors.ts';
import { isReliability, type Reliability } from '../domain/grade.ts';
import type { Repository, SourceRecord } from './repository.ts';
import { changeLog, sourceAliases, sources } from './schema.ts';
import { collectionList, rowsOf, sourceKey } from './rows.ts';
import type { SqlContext } from './sql-context.ts';
import type { Db } from './db.ts';

/**
 * SOURCE_ROW_LOCK, the rule for locking sources' rows. Grading, merging and unmerging lock the rows they
 * change `FOR NO KEY UPDATE` (they change a grade, never the id or the kind and key), in id order. Every
 * row that names a source (a claim, a report's outlet, an alias) checks its foreign key with a key-share
 * lock, taken in whatever order the claims come: a no-key-update lock does not conflict with it, so that
 * check never waits on a grade, nor a grade on it, and no order between the two is needed. Locked `FOR
 * UPDATE`, a grade of two sources and a report naming them the other way round each waited on the other
 * (40P01; test/storage/source-locks.pg.test.ts). A writer naming a source by its spelling (sourceId's
 * insert, which does nothing on conflict) still waits on a grade of that row under way; but a grade waits
 * only on other grades and merges, never on a writer of claims, so no cycle closes. Between themselves,
 * grades and merges conflict, and take their rows in id order so as not to deadlock.
 */
const SOURCE_ROW_LOCK = 'no key update';

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
        // In id order, as updates that change no key: a claim stored meanwhile naming them never waits.
        const rows = await tx
          .select()
          .from(sources)
          .where(inArray(sources.id, ids))
          .orderBy(asc(sources.id))
          .for(SOURCE_ROW_LOCK);
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
        const [row] = await tx.select().from(sources).where(eq(sources.id, sourceId)).for(SOURCE_ROW_LOCK);
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

export type SourceRepository = Pick<Repository, 'listSources' | 'gradeSource'>;

export function sourceRepository(ctx: SqlContext): SourceRepository {
  const { db, log } = ctx;
  const repository: SourceRepository = {
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
        // In id order, as updates that change no key: a claim stored meanwhile naming them never waits.
        const found = await tx
          .select()
          .from(sources)
          .where(where)
          .orderBy(asc(sources.id))
          .for(SOURCE_ROW_LOCK);
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
  };
  return repository;
}
