// The change log: the latest change (what answers are kept against) and its entries by filter.
import { and, asc, eq, gt, gte, sql, type SQL } from 'drizzle-orm';
import type { ChangeRecord, Repository } from './repository.ts';
import { AUDIT_ONLY_ACTIONS, changeLog, keptAnswers } from './schema.ts';
import { type SqlContext } from './sql-context.ts';

export type ChangeRepository = Pick<
  Repository,
  'latestChangeId' | 'listChanges' | 'readKeptAnswer' | 'keepAnswer'
>;

export function changeRepository(ctx: SqlContext): ChangeRepository {
  const { db } = ctx;
  const repository: ChangeRepository = {
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
