// The storage contract for watching and alerts, run inside the repository contract on every driver.
import { describe, expect, it } from 'vitest';
import type { NewCapture, Repository } from '../../src/storage/repository.ts';

let counter = 0;
const uniqueUrl = (path: string) => `https://watch.example/${Date.now()}-${process.pid}-${++counter}${path}`;

function capture(over: Partial<NewCapture>): NewCapture {
  const bytes = over.bytes ?? new TextEncoder().encode('<p>page</p>');
  return {
    at: new Date('2024-05-01T10:00:00Z'),
    httpStatus: 200,
    statusLine: 'HTTP/1.1 200 OK',
    finalUrl: null,
    sha256: 'a'.repeat(64),
    size: bytes.length,
    headers: [
      ['content-type', 'text/html'],
      ['set-cookie', 'a=1'],
      ['set-cookie', 'b=2'],
    ],
    bytes,
    state: 'live',
    reason: 'first seen',
    ...over,
  };
}

export function describeWatchContract(repoOf: () => Repository): void {
  describe('watching', () => {
    it('adds a watch once per URL, updates it, lists the due ones, and stops it keeping its row', async () => {
      const repo = repoOf();
      const url = uniqueUrl('/feed');
      const first = await repo.saveWatch({
        url,
        everySeconds: 3600,
        allowPrivate: false,
        nextAt: new Date('2024-01-01T00:00:00Z'),
        actor: 'tester',
      });
      expect(first.created).toBe(true);
      expect(first.watch).toMatchObject({
        url,
        everySeconds: 3600,
        active: true,
        state: null,
        createdBy: 'tester',
      });
      const again = await repo.saveWatch({
        url,
        everySeconds: 7200,
        allowPrivate: true,
        nextAt: new Date('2030-01-01T00:00:00Z'),
        actor: 'tester',
      });
      expect(again.created).toBe(false);
      // An active watch keeps its schedule when its interval changes.
      expect(again.watch).toMatchObject({ id: first.watch.id, everySeconds: 7200, allowPrivate: true });
      expect(again.watch.nextAt.toISOString()).toBe('2024-01-01T00:00:00.000Z');

      const due = await repo.listWatches({ dueBy: new Date('2024-06-01T00:00:00Z') });
      expect(due.map((w) => w.url)).toContain(url);
      const notYet = await repo.listWatches({ dueBy: new Date('2023-06-01T00:00:00Z') });
      expect(notYet.map((w) => w.url)).not.toContain(url);

      expect((await repo.deactivateWatch(url, 'tester'))?.active).toBe(false);
      expect(await repo.deactivateWatch(url, 'tester')).toBeNull();
      const logged = await repo.listChanges({ entity: 'watch', entityId: first.watch.id });
      expect(logged.map((c) => [c.action, c.actor])).toEqual([
        ['watch.saved', 'tester'],
        ['watch.saved', 'tester'],
        ['watch.removed', 'tester'],
      ]);
      expect((await repo.listWatches()).map((w) => w.url)).not.toContain(url);
      expect((await repo.listWatches({ includeInactive: true })).map((w) => w.url)).toContain(url);
      expect((await repo.getWatch(url))?.active).toBe(false);
    });

    it('records captures in order with their headers, keeps each body once, and moves the watch on', async () => {
      const repo = repoOf();
      const url = uniqueUrl('/page');
      const { watch } = await repo.saveWatch({
        url,
        everySeconds: 600,
        allowPrivate: false,
        nextAt: new Date(),
        actor: 'tester',
      });
      const bytes = new Uint8Array([0, 1, 2, 250, 255]);
      const sha = `${counter}`.padEnd(64, 'b');
      const progress = {
        kind: 'page' as const,
        state: 'live' as const,
        liveSha256: sha,
        etag: '"e1"',
        lastModified: null,
        lastAt: new Date('2024-05-01T10:00:00Z'),
        nextAt: new Date('2024-05-01T10:10:00Z'),
      };
      const one = await repo.recordCapture(
        watch.id,
        capture({ bytes, sha256: sha, size: 5, finalUrl: url }),
        progress,
      );
      await repo.recordCapture(
        watch.id,
        capture({ at: new Date('2024-05-01T10:10:00Z'), bytes, sha256: sha, size: 5 }),
        { ...progress, nextAt: new Date('2024-05-01T10:20:00Z') },
      );
      await repo.recordCapture(
        watch.id,
        capture({
          at: new Date('2024-05-01T10:20:00Z'),
          httpStatus: null,
          statusLine: null,
          sha256: null,
          size: null,
          headers: null,
          bytes: null,
          state: 'unreachable',
          reason: 'timed out',
        }),
        { ...progress, state: 'unreachable', nextAt: new Date('2024-05-01T10:30:00Z') },
      );
      expect(one).toMatchObject({ watchId: watch.id, url, httpStatus: 200, sha256: sha });

      const captures = await repo.listCaptures(watch.id);
      expect(captures.map((c) => [c.httpStatus, c.state])).toEqual([
        [200, 'live'],
        [200, 'live'],
        [null, 'unreachable'],
      ]);
      expect(captures[0]!.headers).toEqual([
        ['content-type', 'text/html'],
        ['set-cookie', 'a=1'],
        ['set-cookie', 'b=2'],
      ]);
      expect(captures[0]!.at.toISOString()).toBe('2024-05-01T10:00:00.000Z');
      expect([...(await repo.getCaptureBody(sha))!]).toEqual([0, 1, 2, 250, 255]);
      expect(await repo.getCaptureBody('f'.repeat(64))).toBeNull();
      const after = await repo.getWatch(url);
      expect(after).toMatchObject({ kind: 'page', state: 'unreachable', liveSha256: sha, etag: '"e1"' });
      expect(after!.nextAt.toISOString()).toBe('2024-05-01T10:30:00.000Z');
    });

    it('remembers the feed items a watch has seen, once each', async () => {
      const repo = repoOf();
      const { watch } = await repo.saveWatch({
        url: uniqueUrl('/rss'),
        everySeconds: 600,
        allowPrivate: false,
        nextAt: new Date(),
        actor: 'tester',
      });
      const at = new Date();
      await repo.recordFeedItems(
        watch.id,
        [
          { key: 'guid:1', documentId: null },
          { key: 'url:https://x/1', documentId: null },
        ],
        at,
      );
      await repo.recordFeedItems(watch.id, [{ key: 'guid:1', documentId: null }], at);
      expect(await repo.knownFeedItemKeys(watch.id, ['guid:1', 'guid:2', 'url:https://x/1'])).toEqual(
        new Set(['guid:1', 'url:https://x/1']),
      );
      expect(await repo.knownFeedItemKeys(watch.id, [])).toEqual(new Set());
    });

    it('keeps a watch in its collection (general unless named), never moves it on saving, and lists and alerts by it', async () => {
      const repo = repoOf();
      const general = (await repo.getCollection('general'))!.id;
      const cases = await repo.addCollection({ name: `cases-${counter}`, restricted: true }, 'tester');
      const plain = uniqueUrl('/plain');
      const secret = uniqueUrl('/secret');
      const base = { everySeconds: 600, allowPrivate: false, nextAt: new Date(), actor: 'tester' };
      expect((await repo.saveWatch({ ...base, url: plain })).watch.collectionId).toBe(general);
      const made = await repo.saveWatch({ ...base, url: secret, collectionId: cases.id });
      expect(made.watch.collectionId).toBe(cases.id);
      // Saved again naming another collection: the interval changes, the collection does not.
      const again = await repo.saveWatch({ ...base, url: secret, everySeconds: 60, collectionId: general });
      expect(again).toMatchObject({ created: false, watch: { everySeconds: 60, collectionId: cases.id } });
      expect((await repo.getWatch(secret))?.collectionId).toBe(cases.id);
      const logged = await repo.listChanges({ entity: 'watch', entityId: made.watch.id });
      expect(logged.map((c) => c.details.collectionId)).toEqual([cases.id, cases.id]);

      const urls = async (collections?: readonly number[]) =>
        (await repo.listWatches({ includeInactive: true, ...(collections ? { collections } : {}) }))
          .map((w) => w.url)
          .filter((u) => u === plain || u === secret);
      expect(await urls()).toEqual([plain, secret]);
      expect(await urls([general])).toEqual([plain]);
      expect(await urls([cases.id])).toEqual([secret]);
      expect(await urls([])).toEqual([]);
      await repo.deactivateWatch(secret, 'tester');
      expect(
        (await repo.listWatches({ dueBy: new Date(Date.now() + 3600_000), collections: [cases.id] })).map(
          (w) => w.url,
        ),
      ).toEqual([]);

      // A state alert is listed where its URL's watch is; one about a URL no watch has, always.
      const rule = await repo.createAlertRule(
        { name: `states ${counter}`, on: 'state', filter: {}, allowPrivate: false },
        'tester',
        0,
      );
      const at = new Date('2024-06-01T00:00:00Z');
      const stateAlert = (url: string) => ({
        at,
        message: `${url} went from live to removed`,
        details: { kind: 'state', url, from: 'live', to: 'removed' },
      });
      const nowhere = uniqueUrl('/never-watched');
      for (const url of [plain, secret, nowhere]) await repo.recordAlert(rule.id, stateAlert(url));
      const about = async (collections?: readonly number[]) =>
        (await repo.listAlerts({ limit: 500, ...(collections ? { collections } : {}) }))
          .filter((a) => a.ruleId === rule.id)
          .map((a) => a.details.url)
          .sort();
      expect(await about()).toEqual([plain, secret, nowhere].sort());
      expect(await about([general])).toEqual([plain, nowhere].sort());
      expect(await about([cases.id])).toEqual([secret, nowhere].sort());
      expect(await about([])).toEqual([nowhere]);
    });

    it('moves a watch to another collection when told, with its captures, and logs from where', async () => {
      const repo = repoOf();
      const general = (await repo.getCollection('general'))!.id;
      const cases = await repo.addCollection({ name: `moved-${counter}`, restricted: true }, 'tester');
      const url = uniqueUrl('/moving');
      const { watch } = await repo.saveWatch({
        url,
        everySeconds: 600,
        allowPrivate: false,
        nextAt: new Date(),
        actor: 'tester',
      });
      await repo.recordCapture(
        watch.id,
        {
          at: new Date(),
          httpStatus: 200,
          statusLine: 'HTTP/1.1 200 OK',
          finalUrl: url,
          sha256: null,
          size: null,
          headers: null,
          bytes: null,
          state: 'live',
          reason: 'first fetch',
        },
        {
          kind: 'page',
          state: 'live',
          liveSha256: null,
          etag: null,
          lastModified: null,
          lastAt: new Date(),
          nextAt: new Date(),
        },
      );
      const moved = await repo.moveWatch(url, cases.id, 'mover');
      expect(moved).toMatchObject({ id: watch.id, url, collectionId: cases.id, everySeconds: 600 });
      expect((await repo.getWatch(url))?.collectionId).toBe(cases.id);
      expect((await repo.listCaptures(watch.id)).map((c) => c.reason)).toEqual(['first fetch']);
      const logged = (await repo.listChanges({ entity: 'watch', entityId: watch.id })).find(
        (c) => c.action === 'watch.moved',
      );
      expect(logged).toMatchObject({
        actor: 'mover',
        details: { url, fromCollectionId: general, collectionId: cases.id },
      });
      expect(await repo.moveWatch(uniqueUrl('/never-watched'), cases.id, 'mover')).toBeNull();
    });

    it('keeps alert rules with their cursor, and alerts newest first with how the webhook answered', async () => {
      const repo = repoOf();
      const rule = await repo.createAlertRule(
        {
          name: 'kz children',
          on: 'claim',
          filter: { origin: 'KZ', population: 'children' },
          allowPrivate: false,
        },
        'tester',
        5,
      );
      expect(rule).toMatchObject({
        name: 'kz children',
        on: 'claim',
        checkedThrough: 5,
        createdBy: 'tester',
      });
      expect(rule.filter).toEqual({ origin: 'KZ', population: 'children' });
      await repo.setAlertRuleCheckedThrough(rule.id, 9);
      await repo.setAlertRuleCheckedThrough(rule.id, 7);
      expect((await repo.listAlertRules()).find((r) => r.id === rule.id)?.checkedThrough).toBe(9);

      const a1 = await repo.recordAlert(rule.id, {
        at: new Date('2024-01-01T00:00:00Z'),
        message: 'one',
        details: { n: 1 },
      });
      const a2 = await repo.recordAlert(rule.id, {
        at: new Date('2024-01-02T00:00:00Z'),
        message: 'two',
        details: { n: 2 },
      });
      expect(a1).toMatchObject({ ruleId: rule.id, ruleName: 'kz children', delivery: null });
      await repo.setAlertDelivery(a2.id, 'HTTP 200');
      const mine = (await repo.listAlerts()).filter((a) => a.ruleId === rule.id);
      expect(mine.map((a) => [a.message, a.delivery, a.details])).toEqual([
        ['two', 'HTTP 200', { n: 2 }],
        ['one', null, { n: 1 }],
      ]);
      expect(await repo.deleteAlertRule(rule.id, 'tester')).toBe(true);
      expect(await repo.deleteAlertRule(rule.id, 'tester')).toBe(false);
      expect(
        (await repo.listChanges({ entity: 'alert_rule', entityId: rule.id })).map((c) => c.action),
      ).toEqual(['alert_rule.created', 'alert_rule.deleted']);
      expect((await repo.listAlerts()).filter((a) => a.ruleId === rule.id)).toEqual([]);
    });
  });
}
