// The change log: the latest change (what answers are kept against) and its entries by filter.
import { and, asc, eq, gt, gte, sql, type SQL } from 'drizzle-orm';
import type { ChangeRecord, Repository } from './repository.ts';
import { ACCESS_ACTIONS, AUDIT_ONLY_ACTIONS, changeLog, keptAnswers } from './schema.ts';
import { type SqlContext } from './sql-context.ts';

export type ChangeRepository = Pick<
  Repository,
  'latestChangeId' | 'latestChanges' | 'listChanges' | 'readKeptAnswer' | 'keepAnswer'
>;

/** A list of actions as SQL literals, so that the planner proves a partial index on them applies. */
const literals = (actions: readonly string[]) => sql.raw(actions.map((a) => `'${a}'`).join(', '));

export function changeRepository(ctx: SqlContext): ChangeRepository {
  const { db } = ctx;
  const repository: ChangeRepository = {
    async latestChangeId() {
      const rows = await db
        .select({ id: sql<number>`coalesce(max(${changeLog.id}), 0)` })
        .from(changeLog)
        // Literal values, so the planner proves the partial index change_log_changes_idx applies.
        .where(sql`${changeLog.action} NOT IN (${literals(AUDIT_ONLY_ACTIONS)})`);
      return Number(rows[0]?.id ?? 0);
    },
    async latestChanges() {
      // Two backward reads of partial indexes (change_log_changes_idx, change_log_access_idx), one round trip.
      const rows = await db
        .select({
          latest: sql<number>`(SELECT coalesce(max(id), 0) FROM change_log WHERE action NOT IN (${literals(AUDIT_ONLY_ACTIONS)}))`,
          access: sql<number>`(SELECT coalesce(max(id), 0) FROM change_log WHERE action IN (${literals(ACCESS_ACTIONS)}))`,
        })
        .from(sql`(SELECT 1) AS one`);
      return { latest: Number(rows[0]?.latest ?? 0), access: Number(rows[0]?.access ?? 0) };
    },
    async readKeptAnswer(key) {
      const rows = await db
        .select({ changeId: keptAnswers.changeId, build: keptAnswers.build, body: keptAnswers.body })
        .from(keptAnswers)
        .where(eq(keptAnswers.key, key));
      const row = rows[0];
      return row ? { changeId: Number(row.changeId), build: row.build, body: row.body } : null;
    },
    async keepAnswer(key, { changeId, build, body }) {
      const at = new Date();
      await db
        .insert(keptAnswers)
        .values({ key, changeId, build, body, keptAt: at })
        .onConflictDoUpdate({ target: keptAnswers.key, set: { changeId, build, body, keptAt: at } });
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
  };
  return repository;
}
