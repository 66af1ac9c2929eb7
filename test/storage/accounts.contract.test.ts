// The storage contract for accounts, tokens and sessions on both drivers: PGlite always, PostgreSQL when
// TESSERA_TEST_PG_URL names a server (a database of its own, dropped after).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Repository } from '../../src/storage/repository.ts';
import { contractDrivers } from './drivers.ts';

const drivers = contractDrivers();

for (const [driver, open] of drivers) {
  describe(`accounts contract (${driver})`, () => {
    let repo: Repository;
    let cleanup: (() => Promise<void>) | undefined;
    beforeAll(async () => {
      const opened = await open();
      repo = opened.repo;
      cleanup = opened.cleanup;
    });
    afterAll(async () => {
      await repo?.close();
      await cleanup?.();
    });

    it('adds accounts once per name, lists them by name and keeps the hash it is given', async () => {
      expect(await repo.countUsers()).toBe(0);
      const zoe = await repo.addUser({ name: 'zoe', role: 'viewer', passwordHash: 'hash-of-zoe' }, 'root');
      await repo.addUser({ name: 'amir', role: 'admin', passwordHash: 'hash-of-amir' }, 'root');
      expect(zoe).toMatchObject({ name: 'zoe', role: 'viewer', createdBy: 'root' });
      expect(await repo.countUsers()).toBe(2);
      expect((await repo.listUsers()).map((u) => u.name)).toEqual(['amir', 'zoe']);
      await expect(
        repo.addUser({ name: 'zoe', role: 'admin', passwordHash: 'x' }, 'root'),
      ).rejects.toMatchObject({ code: 'conflict' });
      expect(await repo.passwordHashOf('zoe')).toEqual({
        account: { id: zoe.id, name: 'zoe', role: 'viewer' },
        passwordHash: 'hash-of-zoe',
      });
      expect(await repo.passwordHashOf('nobody')).toBeNull();
    });

    it('finds an account by token hash until the token is revoked', async () => {
      const zoe = (await repo.getUser('zoe'))!;
      const token = await repo.addToken(zoe.id, 'a'.repeat(64), 'amir');
      expect(token).toMatchObject({ user: 'zoe', createdBy: 'amir', revokedAt: null });
      expect(await repo.accountOfToken('a'.repeat(64))).toEqual({ id: zoe.id, name: 'zoe', role: 'viewer' });
      expect(await repo.accountOfToken('b'.repeat(64))).toBeNull();
      const revoked = await repo.revokeToken(token.id, 'amir');
      expect(revoked?.revokedNow).toBe(true);
      expect(revoked?.token.revokedAt).toBeInstanceOf(Date);
      const again = await repo.revokeToken(token.id, 'amir');
      expect(again?.revokedNow).toBe(false);
      expect(again?.token.revokedAt).toEqual(revoked?.token.revokedAt);
      expect(await repo.accountOfToken('a'.repeat(64))).toBeNull();
      expect(await repo.revokeToken(999_999, 'amir')).toBeNull();
      expect((await repo.listTokens()).map((t) => [t.id, t.user, t.revokedAt !== null])).toEqual([
        [token.id, 'zoe', true],
      ]);
    });

    it('finds a session until it ends or is deleted, says whose an ended one was, and forgets ended ones', async () => {
      const zoe = (await repo.getUser('zoe'))!;
      const now = new Date('2030-01-01T12:00:00Z');
      await repo.addSession(zoe.id, 's1'.padEnd(64, '0'), new Date('2030-01-01T13:00:00Z'));
      await repo.addSession(zoe.id, 's2'.padEnd(64, '0'), new Date('2030-01-01T11:00:00Z'));
      expect((await repo.accountOfSession('s1'.padEnd(64, '0'), now))?.name).toBe('zoe');
      expect(await repo.accountOfSession('s2'.padEnd(64, '0'), now)).toBeNull();
      // Why a refused cookie was refused: a session known, ended or not, with its account.
      expect(await repo.sessionBySha256('s2'.padEnd(64, '0'))).toEqual({
        userId: zoe.id,
        user: 'zoe',
        expiresAt: new Date('2030-01-01T11:00:00Z'),
      });
      expect(await repo.sessionBySha256('s9'.padEnd(64, '0'))).toBeNull();
      expect(await repo.deleteEndedSessions(now)).toBe(1);
      expect(await repo.sessionBySha256('s2'.padEnd(64, '0'))).toBeNull();
      await repo.deleteSession('s1'.padEnd(64, '0'));
      expect(await repo.accountOfSession('s1'.padEnd(64, '0'), now)).toBeNull();
    });

    it('removes an account with its tokens and sessions, and logs every change with its actor', async () => {
      const zoe = (await repo.getUser('zoe'))!;
      await repo.addToken(zoe.id, 'c'.repeat(64), 'amir');
      await repo.addSession(zoe.id, 's3'.padEnd(64, '0'), new Date(Date.now() + 3600_000));
      expect(await repo.removeUser('zoe', 'amir')).toBe(true);
      expect(await repo.removeUser('zoe', 'amir')).toBe(false);
      expect(await repo.accountOfToken('c'.repeat(64))).toBeNull();
      expect(await repo.accountOfSession('s3'.padEnd(64, '0'), new Date())).toBeNull();
      expect((await repo.listTokens()).length).toBe(0);
      const log = await repo.listChanges({ since: new Date(Date.now() - 3600_000) });
      expect(log.map((c) => [c.actor, c.action, c.entity])).toEqual([
        ['root', 'user.added', 'user'],
        ['root', 'user.added', 'user'],
        ['amir', 'token.created', 'token'],
        ['amir', 'token.revoked', 'token'],
        ['zoe', 'session.ended', 'user'],
        ['amir', 'token.created', 'token'],
        ['amir', 'user.removed', 'user'],
      ]);
      expect(await repo.listChanges({ since: new Date(Date.now() + 3600_000) })).toEqual([]);
    });

    it('sets a role (logging both, only when it changes) and counts the accounts of a role', async () => {
      const kim = await repo.addUser({ name: 'kim', role: 'viewer', passwordHash: 'h' }, 'root');
      expect(await repo.countRole('admin')).toBe(1);
      const set = await repo.setRole('kim', 'admin', 'amir');
      expect(set).toMatchObject({ user: { name: 'kim', role: 'admin' }, previous: 'viewer' });
      expect(await repo.countRole('admin')).toBe(2);
      expect(await repo.setRole('kim', 'admin', 'amir')).toMatchObject({ previous: 'admin' });
      expect(await repo.setRole('nobody', 'admin', 'amir')).toBeNull();
      const log = await repo.listChanges({ entity: 'user', entityId: kim.id });
      expect(log.map((c) => [c.actor, c.action, c.details])).toEqual([
        ['root', 'user.added', { name: 'kim', role: 'viewer' }],
        ['amir', 'user.role_changed', { name: 'kim', from: 'viewer', to: 'admin' }],
      ]);
    });

    it('notes when a token was last used, to the minute, and finds a token revoked or not', async () => {
      const kim = (await repo.getUser('kim'))!;
      const token = await repo.addToken(kim.id, 'd'.repeat(64), 'amir');
      expect(token.lastUsedAt).toBeNull();
      expect(await repo.tokenBySha256('d'.repeat(64))).toMatchObject({ id: token.id, lastUsedAt: null });
      await repo.accountOfToken('d'.repeat(64));
      const first = (await repo.tokenBySha256('d'.repeat(64)))!.lastUsedAt;
      expect(first).toBeInstanceOf(Date);
      await repo.accountOfToken('d'.repeat(64));
      // Within the minute the time is not written again.
      expect((await repo.tokenBySha256('d'.repeat(64)))!.lastUsedAt).toEqual(first);
      await repo.revokeToken(token.id, 'amir');
      const revoked = await repo.tokenBySha256('d'.repeat(64));
      expect(revoked?.user).toBe('kim');
      expect(revoked?.revokedAt).toBeInstanceOf(Date);
      expect(await repo.tokenBySha256('e'.repeat(64))).toBeNull();
    });

    it('appends a refusal to the change log as anonymous', async () => {
      await repo.logRefusal({
        action: 'login.refused',
        entity: 'user',
        entityId: 0,
        details: { name: 'eve', address: '192.0.2.1', reason: 'unknown account' },
      });
      const last = (await repo.listChanges({ since: new Date(Date.now() - 3600_000) })).at(-1);
      expect(last).toMatchObject({
        actor: 'anonymous',
        action: 'login.refused',
        entity: 'user',
        entityId: 0,
        documentId: null,
        details: { name: 'eve', address: '192.0.2.1', reason: 'unknown account' },
      });
    });
    it('moves the latest change of access on every change of who may read or do what, and only then', async () => {
      const marks = () => repo.latestChanges();
      // Each step: what it does, and whether it changes access.
      const steps: [string, () => Promise<unknown>, boolean][] = [
        [
          'an account added',
          () => repo.addUser({ name: 'lena', role: 'viewer', passwordHash: 'h' }, 'amir'),
          true,
        ],
        ['a role changed', () => repo.setRole('lena', 'analyst', 'amir'), true],
        [
          'a token created',
          async () => (tokenId = (await repo.addToken(lenaId(), 'f'.repeat(64), 'amir')).id),
          false,
        ],
        ['a token used', () => repo.accountOfToken('f'.repeat(64)), false],
        ['a token revoked', () => repo.revokeToken(tokenId, 'amir'), true],
        [
          'a session opened',
          () => repo.addSession(lenaId(), 'a1'.padEnd(64, '0'), new Date(Date.now() + 3600_000)),
          false,
        ],
        ['a session ended (logout)', () => repo.deleteSession('a1'.padEnd(64, '0')), true],
        [
          'a refusal logged',
          () =>
            repo.logRefusal({
              action: 'token.refused',
              entity: 'token',
              entityId: 0,
              details: { name: null, address: '192.0.2.9', reason: 'unknown token' },
            }),
          false,
        ],
        [
          'a collection added',
          async () =>
            (collectionId = (await repo.addCollection({ name: 'cases', restricted: true }, 'amir')).id),
          true,
        ],
        ['a grant given', () => repo.grantCollection(collectionId, lenaId(), 'viewer', 'amir'), true],
        ['a read of it logged', () => repo.recordRead('lena', collectionId, {}), false],
        ['a grant taken back', () => repo.revokeGrant(collectionId, lenaId(), 'amir'), true],
        ['an account removed', () => repo.removeUser('lena', 'amir'), true],
      ];
      let tokenId = 0;
      let collectionId = 0;
      let lena = 0;
      const lenaId = () => lena;
      for (const [what, step, changesAccess] of steps) {
        const before = await marks();
        await step();
        if (what === 'an account added') lena = (await repo.getUser('lena'))!.id;
        const after = await marks();
        expect(after.latest, what).toBe(await repo.latestChangeId());
        if (changesAccess) expect(after.access, what).toBeGreaterThan(before.access);
        else expect(after.access, what).toBe(before.access);
      }
      // The logout is in the log by its account.
      expect(
        (await repo.listChanges({ limit: 1000 })).findLast((c) => c.action === 'session.ended'),
      ).toMatchObject({
        actor: 'lena',
        entity: 'user',
        entityId: lena,
      });
    });
  });
}
