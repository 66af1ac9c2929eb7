// The store's side of watching and alerts: watches, captures with their bodies, feed items seen, alert
// rules and alerts. It records what the service decided; it decides nothing.
import { and, asc, desc, eq, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { AlertRecord, AlertRuleRecord, WatchRecord, WatchRepository } from './repository.ts';
import {
  alertRules,
  alerts,
  changeLog,
  collections,
  GENERAL_COLLECTION,
  watchBodies,
  watchCaptures,
  watches,
  watchFeedItems,
} from './schema.ts';
import type { Db, Exec } from './db.ts';

/** Watches and alert rules are writes like any other: logged with who made them. */
const logChange = (
  tx: Exec,
  actor: string,
  action: string,
  entity: 'watch' | 'alert_rule',
  entityId: number,
  details: Record<string, unknown>,
) => tx.insert(changeLog).values({ actor, action, entity, entityId, documentId: null, details });

const captureColumns = {
  id: watchCaptures.id,
  watchId: watchCaptures.watchId,
  url: watches.url,
  at: watchCaptures.at,
  httpStatus: watchCaptures.httpStatus,
  statusLine: watchCaptures.statusLine,
  finalUrl: watchCaptures.finalUrl,
  sha256: watchCaptures.sha256,
  size: watchCaptures.size,
  headers: watchCaptures.headers,
  state: watchCaptures.state,
  reason: watchCaptures.reason,
};

type RuleRow = typeof alertRules.$inferSelect;
const toRule = (r: RuleRow): AlertRuleRecord => ({
  id: r.id,
  name: r.name,
  on: r.on,
  filter: r.filter,
  ...(r.url ? { url: r.url } : {}),
  ...(r.webhook ? { webhook: r.webhook } : {}),
  allowPrivate: r.allowPrivate,
  checkedThrough: r.checkedThrough,
  createdAt: r.createdAt,
  createdBy: r.createdBy,
});

/**
 * Whether an alert is about something in the collections (a Postgres int[] literal): a claim alert by its
 * report's collection, a state alert by its URL's watch's (when the URL has a watch); others always.
 */
const alertVisible = (visible: string): SQL =>
  sql`CASE ${alerts.details}->>'kind'
    WHEN 'claim' THEN (${alerts.details}->>'documentId')::int IN
      (SELECT d.id FROM documents d WHERE d.collection_id = ANY(${visible}::int[]))
    WHEN 'state' THEN NOT EXISTS
      (SELECT 1 FROM watches w WHERE w.url = ${alerts.details}->>'url'
        AND w.collection_id <> ALL(${visible}::int[]))
    ELSE true END`;

export function watchRepository(db: Db): WatchRepository {
  const watchByUrl = async (url: string): Promise<WatchRecord | null> =>
    (await db.select().from(watches).where(eq(watches.url, url)))[0] ?? null;

  return {
    async saveWatch(input) {
      const existing = await watchByUrl(input.url);
      if (existing) {
        const [watch] = await db
          .update(watches)
          .set({
            everySeconds: input.everySeconds,
            allowPrivate: input.allowPrivate,
            ...(input.watchItems !== undefined ? { watchItems: input.watchItems } : {}),
            active: true,
            // A watch taken up again is due at once; a live one keeps its schedule.
            nextAt: existing.active ? existing.nextAt : input.nextAt,
          })
          .where(eq(watches.id, existing.id))
          .returning();
        await logChange(db, input.actor, 'watch.saved', 'watch', watch!.id, {
          url: input.url,
          everySeconds: input.everySeconds,
          allowPrivate: input.allowPrivate,
          collectionId: watch!.collectionId,
          created: false,
        });
        return { watch: watch as WatchRecord, created: false };
      }
      const [watch] = await db
        .insert(watches)
        .values({
          url: input.url,
          everySeconds: input.everySeconds,
          allowPrivate: input.allowPrivate,
          watchItems: input.watchItems ?? false,
          nextAt: input.nextAt,
          createdBy: input.actor,
          collectionId:
            input.collectionId ??
            sql`(SELECT ${collections.id} FROM ${collections} WHERE ${collections.name} = ${GENERAL_COLLECTION})`,
        })
        .returning();
      await logChange(db, input.actor, 'watch.saved', 'watch', watch!.id, {
        url: input.url,
        everySeconds: input.everySeconds,
        allowPrivate: input.allowPrivate,
        collectionId: watch!.collectionId,
        created: true,
      });
      return { watch: watch as WatchRecord, created: true };
    },

    async deactivateWatch(url, actor) {
      const [watch] = await db
        .update(watches)
        .set({ active: false })
        .where(and(eq(watches.url, url), eq(watches.active, true)))
        .returning();
      if (watch) await logChange(db, actor, 'watch.removed', 'watch', watch.id, { url });
      return watch ?? null;
    },

    async moveWatch(url, collectionId, actor) {
      return db.transaction(async (tx) => {
        const [before] = await tx
          .select({ id: watches.id, collectionId: watches.collectionId })
          .from(watches)
          .where(eq(watches.url, url))
          .for('update');
        if (!before) return null;
        const [watch] = await tx
          .update(watches)
          .set({ collectionId })
          .where(eq(watches.id, before.id))
          .returning();
        await logChange(tx, actor, 'watch.moved', 'watch', before.id, {
          url,
          fromCollectionId: before.collectionId,
          collectionId,
        });
        return watch as WatchRecord;
      });
    },

    getWatch: watchByUrl,

    async listWatches(filter = {}) {
      const conditions: SQL[] = [];
      if (!filter.includeInactive || filter.dueBy) conditions.push(eq(watches.active, true));
      if (filter.dueBy) conditions.push(lte(watches.nextAt, filter.dueBy));
      if (filter.collections) conditions.push(inArray(watches.collectionId, [...filter.collections, -1]));
      return db
        .select()
        .from(watches)
        .where(and(...conditions))
        .orderBy(asc(watches.id));
    },

    async recordCapture(watchId, capture, progress) {
      return db.transaction(async (tx) => {
        if (capture.bytes && capture.sha256) {
          await tx
            .insert(watchBodies)
            .values({ sha256: capture.sha256, bytes: capture.bytes })
            .onConflictDoNothing();
        }
        const { bytes: _bytes, ...row } = capture;
        const [inserted] = await tx
          .insert(watchCaptures)
          .values({ watchId, ...row })
          .returning({ id: watchCaptures.id });
        const [watch] = await tx
          .update(watches)
          .set(progress)
          .where(eq(watches.id, watchId))
          .returning({ url: watches.url });
        return { id: inserted!.id, watchId, url: watch!.url, ...row };
      });
    },

    async listCaptures(watchId) {
      return db
        .select(captureColumns)
        .from(watchCaptures)
        .innerJoin(watches, eq(watches.id, watchCaptures.watchId))
        .where(eq(watchCaptures.watchId, watchId))
        .orderBy(asc(watchCaptures.at), asc(watchCaptures.id));
    },

    async getCaptureBody(sha256) {
      const [row] = await db
        .select({ bytes: watchBodies.bytes })
        .from(watchBodies)
        .where(eq(watchBodies.sha256, sha256));
      return row ? new Uint8Array(row.bytes) : null;
    },

    async knownFeedItemKeys(watchId, keys) {
      if (!keys.length) return new Set();
      const rows = await db
        .select({ key: watchFeedItems.key })
        .from(watchFeedItems)
        .where(and(eq(watchFeedItems.watchId, watchId), inArray(watchFeedItems.key, [...keys])));
      return new Set(rows.map((r) => r.key));
    },

    async recordFeedItems(watchId, items, at) {
      if (!items.length) return;
      await db
        .insert(watchFeedItems)
        .values(items.map((i) => ({ watchId, key: i.key, documentId: i.documentId, seenAt: at })))
        .onConflictDoNothing();
    },

    async createAlertRule(spec, actor, checkedThrough) {
      const [row] = await db
        .insert(alertRules)
        .values({
          name: spec.name,
          on: spec.on,
          filter: spec.filter,
          url: spec.url ?? null,
          webhook: spec.webhook ?? null,
          allowPrivate: spec.allowPrivate,
          checkedThrough,
          createdBy: actor,
        })
        .returning();
      await logChange(db, actor, 'alert_rule.created', 'alert_rule', row!.id, {
        name: spec.name,
        on: spec.on,
      });
      return toRule(row!);
    },

    async listAlertRules() {
      return (await db.select().from(alertRules).orderBy(asc(alertRules.id))).map(toRule);
    },

    async deleteAlertRule(id, actor) {
      const deleted = await db
        .delete(alertRules)
        .where(eq(alertRules.id, id))
        .returning({ id: alertRules.id, name: alertRules.name });
      if (deleted[0])
        await logChange(db, actor, 'alert_rule.deleted', 'alert_rule', id, { name: deleted[0].name });
      return deleted.length > 0;
    },

    async setAlertRuleCheckedThrough(id, changeId) {
      await db
        .update(alertRules)
        .set({ checkedThrough: sql`greatest(${alertRules.checkedThrough}, ${changeId})` })
        .where(eq(alertRules.id, id));
    },

    async recordAlert(ruleId, alert) {
      const [row] = await db
        .insert(alerts)
        .values({ ruleId, ...alert })
        .returning();
      const [rule] = await db
        .select({ name: alertRules.name })
        .from(alertRules)
        .where(eq(alertRules.id, ruleId));
      return { ...row!, ruleName: rule?.name ?? '' };
    },

    async setAlertDelivery(id, delivery) {
      await db.update(alerts).set({ delivery }).where(eq(alerts.id, id));
    },

    async listAlerts(filter = {}) {
      const rows = await db
        .select({
          id: alerts.id,
          ruleId: alerts.ruleId,
          ruleName: alertRules.name,
          at: alerts.at,
          message: alerts.message,
          details: alerts.details,
          delivery: alerts.delivery,
        })
        .from(alerts)
        .innerJoin(alertRules, eq(alertRules.id, alerts.ruleId))
        .where(filter.collections ? alertVisible(`{${[...filter.collections, -1].join(',')}}`) : undefined)
        .orderBy(desc(alerts.at), desc(alerts.id))
        .limit(filter.limit ?? 100);
      return rows satisfies AlertRecord[];
    },
  };
}
