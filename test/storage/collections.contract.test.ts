// The storage contract for need-to-know collections on both drivers: PGlite always, PostgreSQL when
// TESSERA_TEST_PG_URL names a server (a database of its own, dropped after). The store keeps collections,
// grants and reads, and applies a list of visible collections to every read; it decides nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Repository } from '../../src/storage/repository.ts';
import { contractDrivers } from './drivers.ts';
import { claimIn, newDoc, releaseIn } from './repository.contract.ts';

const drivers = contractDrivers();

const TEXT_A = 'In Almaty, 140 children returned from Syria on Monday.';
const TEXT_B = 'Officials said 140 children returned from Syria, a confidential file shows.';

for (const [driver, open] of drivers) {
  describe(`collections contract (${driver})`, () => {
    let repo: Repository;
    let cleanup: (() => Promise<void>) | undefined;
    let general: number;
    let secret: number;
    let openDoc: number;
    let secretDoc: number;
    beforeAll(async () => {
      const opened = await open();
      repo = opened.repo;
      cleanup = opened.cleanup;
    });
    afterAll(async () => {
      await repo?.close();
      await cleanup?.();
    });

    it('starts with the built-in open collection general, and adds others once per name', async () => {
      const [first] = await repo.listCollections();
      expect(first).toMatchObject({ name: 'general', restricted: false, documents: 0 });
      general = first!.id;
      const added = await repo.addCollection({ name: 'minors', restricted: true }, 'admin');
      expect(added).toMatchObject({ name: 'minors', restricted: true, createdBy: 'admin', documents: 0 });
      secret = added.id;
      await expect(repo.addCollection({ name: 'minors', restricted: false }, 'admin')).rejects.toMatchObject({
        code: 'conflict',
      });
      expect((await repo.getCollection('minors'))?.id).toBe(secret);
      expect(await repo.getCollection('nope')).toBeNull();
      const log = await repo.listChanges({ entity: 'collection' });
      expect(log.map((c) => c.action)).toEqual(['collection.added']);
    });

    it('stores a document in general unless told, in the collection named otherwise, and reads it back', async () => {
      const a = newDoc(TEXT_A);
      const b = newDoc(TEXT_B, { collectionId: secret });
      const [sa, sb] = await repo.storeDocuments(
        [
          {
            doc: a,
            extraction: {
              extractorVersion: 't',
              claims: [claimIn(TEXT_A, '140 children')],
              releases: [releaseIn(TEXT_A, 'Monday')],
            },
          },
          {
            doc: b,
            extraction: {
              extractorVersion: 't',
              claims: [claimIn(TEXT_B, '140 children', { source: 'Officials' })],
              releases: [releaseIn(TEXT_B, 'confidential')],
            },
          },
        ],
        'tester',
      );
      openDoc = sa!.document.id;
      secretDoc = sb!.document.id;
      expect(sa!.document.collectionId).toBe(general);
      expect(sb!.document.collectionId).toBe(secret);
      expect((await repo.getDocument(secretDoc))?.collectionId).toBe(secret);
      const counts = Object.fromEntries((await repo.listCollections()).map((c) => [c.name, c.documents]));
      expect(counts).toEqual({ general: 1, minors: 1 });
    });

    it('applies the visible collections to every read', async () => {
      const only = [general];
      expect((await repo.listDocuments({ collections: only })).map((d) => d.id)).toEqual([openDoc]);
      expect(await repo.countDocuments({ collections: only })).toBe(1);
      expect(await repo.countDocuments({ collections: [] })).toBe(0);
      expect(await repo.countDocuments()).toBe(2);
      const claims = await repo.listClaims({ collections: only });
      expect(claims.map((c) => [c.documentId, c.collectionId])).toEqual([[openDoc, general]]);
      expect(await repo.countClaims({ collections: [secret] })).toBe(1);
      expect((await repo.listReleases({ collections: only })).map((r) => r.documentId)).toEqual([openDoc]);
      expect(await repo.countByReview(only)).toEqual({ claims: 1, unreviewed: 1, releases: 1 });
      expect(await repo.countByReview()).toEqual({ claims: 2, unreviewed: 2, releases: 2 });
      expect((await repo.countByPlace('origin', only))[0]).toMatchObject({ code: 'KG', claims: 1 });
      expect((await repo.listQuestions({ collections: only })).items[0]?.claims).toBe(1);
      expect((await repo.listQuestions({})).items[0]?.claims).toBe(2);
      const analysis = await repo.listAnalysisClaims({
        population: 'children',
        origin: ['KG'],
        collections: only,
      });
      expect(analysis.claims.map((c) => c.documentId)).toEqual([String(openDoc)]);
      const hits = await repo.search({ text: 'children', codes: [], collections: only });
      expect(hits.map((h) => h.document.id)).toEqual([openDoc]);
      const all = await repo.search({ text: 'children', codes: [] });
      expect(all).toHaveLength(2);
      const reports = await repo.searchReports(
        { documentIds: null, collections: only },
        { limit: 10, offset: 0, claims: 10, facetValues: 10 },
      );
      expect(reports.total).toBe(1);
      expect(reports.claims.total).toBe(1);
      expect(reports.facets.lang).toEqual([{ value: 'en', count: 1 }]);
      expect((await repo.listSources('attributed', only)).map((s) => s.name)).toEqual([]);
      expect((await repo.listSources('attributed', [secret])).map((s) => s.name)).toEqual(['Officials']);
    });

    it('shows a fact across collections with only its visible claims, and hides one with none', async () => {
      const [fact] = await repo.listFacts();
      expect(fact?.claims.map((m) => m.collectionId).sort()).toEqual([general, secret].sort());
      const [seen] = await repo.listFacts({ collections: [general] });
      expect(seen?.id).toBe(fact!.id);
      expect(seen?.claims.map((m) => m.documentId)).toEqual([openDoc]);
      expect(seen?.originGroups.flatMap((g) => g.claimIds)).toEqual([seen!.claims[0]!.claimId]);
      expect(await repo.countFacts({ collections: [general] })).toBe(1);
      expect(await repo.listFacts({ collections: [] })).toEqual([]);
      expect(await repo.countFacts({ collections: [] })).toBe(0);
      const claimId = seen!.claims[0]!.claimId;
      expect((await repo.factOfClaim(claimId, [general]))?.claims).toHaveLength(1);
      expect((await repo.factOfClaim(claimId))?.claims).toHaveLength(2);
    });

    it('grants a role in a collection, replaces it, revokes it, logging each', async () => {
      const user = await repo.addUser({ name: 'vera', role: 'viewer', passwordHash: 'x' }, 'admin');
      const grant = await repo.grantCollection(secret, user.id, 'viewer', 'admin');
      expect(grant).toMatchObject({ collection: 'minors', user: 'vera', role: 'viewer', grantedBy: 'admin' });
      await repo.grantCollection(secret, user.id, 'analyst', 'root');
      expect(await repo.listGrants({ userId: user.id })).toMatchObject([
        { role: 'analyst', grantedBy: 'root' },
      ]);
      expect(await repo.listGrants({ collectionId: general })).toEqual([]);
      expect(await repo.revokeGrant(secret, user.id, 'admin')).toBe(true);
      expect(await repo.revokeGrant(secret, user.id, 'admin')).toBe(false);
      expect(await repo.listGrants()).toEqual([]);
      const log = await repo.listChanges({ entity: 'collection', entityId: secret });
      expect(log.map((c) => [c.action, c.details.to ?? c.details.from ?? null])).toEqual([
        ['collection.added', null],
        ['collection.granted', 'viewer'],
        ['collection.granted', 'analyst'],
        ['collection.revoked', 'analyst'],
      ]);
    });

    it('writes reads of a collection to the append-only change log', async () => {
      await repo.recordRead('vera', secret, { read: 'document', documentIds: [secretDoc] });
      const [last] = (await repo.listChanges({ entity: 'collection', entityId: secret })).slice(-1);
      expect(last).toMatchObject({
        actor: 'vera',
        action: 'collection.read',
        details: { read: 'document', documentIds: [secretDoc] },
      });
    });

    it('does not count a logged read as a change of the data (cached answers stay valid)', async () => {
      const before = await repo.latestChangeId();
      await repo.recordRead('vera', secret, { read: 'search', documentIds: [secretDoc] });
      await repo.logRefusal({
        action: 'login.refused',
        entity: 'user',
        entityId: 0,
        details: { name: 'mallory', address: '127.0.0.1', reason: 'no such account' },
      });
      await repo.logRefusal({
        action: 'session.refused',
        entity: 'user',
        entityId: 0,
        details: { name: null, address: '127.0.0.1', reason: 'unknown session' },
      });
      expect(await repo.latestChangeId()).toBe(before);
      await repo.addCollection({ name: 'later', restricted: false }, 'admin');
      expect(await repo.latestChangeId()).toBeGreaterThan(before);
    });

    it('lists alerts about reports only where the report is visible; other alerts always', async () => {
      const rule = await repo.createAlertRule(
        { name: 'returns', on: 'claim', filter: {}, allowPrivate: false },
        'tester',
        0,
      );
      const at = new Date('2024-03-01T00:00:00Z');
      const about = (documentId: number) => ({
        at,
        message: `new claims in #${documentId}`,
        details: { kind: 'claim', documentId, claimIds: [] },
      });
      await repo.recordAlert(rule.id, about(openDoc));
      await repo.recordAlert(rule.id, about(secretDoc));
      await repo.recordAlert(rule.id, {
        at,
        message: 'https://a.example/ went from live to gone',
        details: { kind: 'state', url: 'https://a.example/' },
      });
      const messages = async (collections?: readonly number[]) =>
        (await repo.listAlerts({ collections }))
          .filter((a) => a.ruleId === rule.id)
          .map((a) => a.message)
          .sort();
      expect(await messages()).toEqual([
        'https://a.example/ went from live to gone',
        `new claims in #${openDoc}`,
        `new claims in #${secretDoc}`,
      ]);
      expect(await messages([general])).toEqual([
        'https://a.example/ went from live to gone',
        `new claims in #${openDoc}`,
      ]);
      expect(await messages([])).toEqual(['https://a.example/ went from live to gone']);
      // The limit counts what is listed, not what was left out.
      expect((await repo.listAlerts({ collections: [secret], limit: 2 })).map((a) => a.message)).toEqual(
        expect.arrayContaining([`new claims in #${secretDoc}`]),
      );
    });
  });
}
