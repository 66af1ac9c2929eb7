// Accounts through the API as the users page calls it, and refused logins in the audit trail: a wrong
// password, an unknown name and an unknown, revoked or malformed bearer token each leave one entry with
// the name tried, the address and the reason (never the password or the token), which `tessera audit`
// exports as CSV and JSON. Roles change, the only admin stays one, tokens list with their last use and
// are revoked; bad input is refused in plain words.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { addUser, createToken } from '../../src/services/accounts.service.ts';
import { openRepository } from '../../src/storage/drivers/pglite.ts';
import type { ChangeRecord, Repository } from '../../src/storage/repository.ts';
import { runCli } from '../services/cli-helpers.ts';

const ADMIN_PASSWORD = 'admin password 1';

let dir: string;
let repo: Repository;
let app: FastifyInstance;
let admin: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-accounts-api-'));
  repo = await openRepository(join(dir, 'data'));
  app = await buildApp({ repo, user: 'os-user', maxUploadBytes: 65536, fetchTimeoutMs: 1000 });
  await addUser(repo, { name: 'root', role: 'admin', password: ADMIN_PASSWORD }, 'setup');
  admin = (await createToken(repo, 'root', 'setup')).token;
});

afterAll(async () => {
  await app?.close();
  await repo?.close();
  await rm(dir, { recursive: true, force: true });
});

const asAdmin = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  app.inject({ method, url, headers: { authorization: `Bearer ${admin}` }, ...(payload ? { payload } : {}) });

const refusals = async (): Promise<ChangeRecord[]> =>
  (await repo.listChanges({ limit: 1000 })).filter((c) => c.action.endsWith('.refused'));

describe('refused logins and tokens in the audit trail', () => {
  it('records a wrong password and an unknown name with the name, address and reason, never the password', async () => {
    const before = (await refusals()).length;
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/session',
      remoteAddress: '203.0.113.7',
      payload: { name: 'root', password: 'guessed-secret-1' },
    });
    expect(wrong.statusCode).toBe(401);
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/session',
      remoteAddress: '203.0.113.8',
      payload: { name: 'mallory', password: 'guessed-secret-2' },
    });
    expect(unknown.statusCode).toBe(401);
    // The answer is the same either way: the log tells them apart, the client never learns which.
    expect(wrong.json()).toEqual(unknown.json());

    const logged = (await refusals()).slice(before);
    expect(
      logged.map((c) => ({ actor: c.actor, action: c.action, entity: c.entity, details: c.details })),
    ).toEqual([
      {
        actor: 'anonymous',
        action: 'login.refused',
        entity: 'user',
        details: { name: 'root', address: '203.0.113.7', reason: 'wrong password' },
      },
      {
        actor: 'anonymous',
        action: 'login.refused',
        entity: 'user',
        details: { name: 'mallory', address: '203.0.113.8', reason: 'unknown account' },
      },
    ]);
    // The wrong password names the account it was tried on; the unknown name names none.
    expect(logged[0]!.entityId).toBe((await repo.getUser('root'))!.id);
    expect(logged[1]!.entityId).toBe(0);
    expect(JSON.stringify(await repo.listChanges({ limit: 1000 }))).not.toMatch(/guessed-secret/);
  });

  it('records nothing for a good login', async () => {
    const before = (await refusals()).length;
    const ok = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { name: 'root', password: ADMIN_PASSWORD },
    });
    expect(ok.statusCode).toBe(200);
    expect((await asAdmin('GET', '/api/users')).statusCode).toBe(200);
    expect((await refusals()).length).toBe(before);
  });

  it('records unknown, revoked and malformed bearer tokens, never the token', async () => {
    await addUser(repo, { name: 'scripts', role: 'viewer', password: 'scripts password' }, 'setup');
    const made = await createToken(repo, 'scripts', 'setup');
    await repo.revokeToken(made.record.id, 'setup');
    const before = (await refusals()).length;
    const unknownToken = `tsr_${'x'.repeat(43)}`;
    for (const token of [unknownToken, made.token, 'not-ours-at-all']) {
      const res = await app.inject({
        method: 'GET',
        url: '/api/overview',
        remoteAddress: '198.51.100.4',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.statusCode).toBe(401);
    }
    const logged = (await refusals()).slice(before);
    expect(logged.map((c) => [c.action, c.entity, c.entityId, c.details])).toEqual([
      ['token.refused', 'token', 0, { name: null, address: '198.51.100.4', reason: 'unknown token' }],
      [
        'token.refused',
        'token',
        made.record.id,
        { name: 'scripts', address: '198.51.100.4', reason: 'revoked token' },
      ],
      ['token.refused', 'token', 0, { name: null, address: '198.51.100.4', reason: 'not a Tessera token' }],
    ]);
    const all = JSON.stringify(await repo.listChanges({ limit: 1000 }));
    expect(all).not.toContain(unknownToken);
    expect(all).not.toContain(made.token);
  });

  it('exports the refusals with `tessera audit` as CSV and JSON', async () => {
    // The CLI opens the embedded store itself: this test's store is closed for it and opened again after.
    await app.close();
    await repo.close();
    const data = join(dir, 'data');
    try {
      const json = await runCli(['audit', '--format', 'json'], data);
      expect(json.code).toBe(0);
      const rows = JSON.parse(json.stdout) as { actor: string; action: string; details: object }[];
      expect(rows.filter((r) => r.action === 'login.refused')).toEqual([
        expect.objectContaining({
          actor: 'anonymous',
          details: { name: 'root', address: '203.0.113.7', reason: 'wrong password' },
        }),
        expect.objectContaining({
          actor: 'anonymous',
          details: { name: 'mallory', address: '203.0.113.8', reason: 'unknown account' },
        }),
      ]);
      expect(rows.filter((r) => r.action === 'token.refused')).toHaveLength(3);
      const csv = await runCli(['audit', '--format', 'csv'], data);
      expect(csv.code).toBe(0);
      const lines = csv.stdout.split('\n').filter((l) => l.includes('login.refused'));
      expect(lines).toHaveLength(2);
      expect(lines[1]).toMatch(/,anonymous,login\.refused,user,0,,/);
      expect(lines[1]).toContain('""name"":""mallory""');
      expect(lines[1]).toContain('""reason"":""unknown account""');
      expect(csv.stdout).not.toMatch(/guessed-secret/);
    } finally {
      repo = await openRepository(data);
      app = await buildApp({ repo, user: 'os-user', maxUploadBytes: 65536, fetchTimeoutMs: 1000 });
    }
  });
});

describe('the accounts routes of the users page', () => {
  it('adds a user, changes its role, and logs the change with both roles', async () => {
    const added = await asAdmin('POST', '/api/users', {
      name: 'ada',
      role: 'viewer',
      password: 'ada password 1',
    });
    expect(added.statusCode).toBe(200);
    const changed = await asAdmin('PATCH', '/api/users/ada', { role: 'analyst' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ name: 'ada', role: 'analyst' });
    const listed = await asAdmin('GET', '/api/users');
    expect(listed.json<{ items: { name: string; role: string }[] }>().items).toContainEqual(
      expect.objectContaining({ name: 'ada', role: 'analyst' }),
    );
    const log = await repo.listChanges({ entity: 'user', entityId: (await repo.getUser('ada'))!.id });
    expect(log.at(-1)).toMatchObject({
      actor: 'root',
      action: 'user.role_changed',
      details: { name: 'ada', from: 'viewer', to: 'analyst' },
    });
    expect((await asAdmin('PATCH', '/api/users/nobody', { role: 'viewer' })).statusCode).toBe(404);
    const badRole = await asAdmin('PATCH', '/api/users/ada', { role: 'boss' });
    expect(badRole.statusCode).toBe(400);
  });

  it('keeps the only admin an admin, and lets one go once there is another', async () => {
    const demote = await asAdmin('PATCH', '/api/users/root', { role: 'viewer' });
    expect(demote.statusCode).toBe(409);
    expect(demote.json<{ message: string }>().message).toMatch(/"root" is the only admin/);
    const remove = await asAdmin('DELETE', '/api/users/root');
    expect(remove.statusCode).toBe(409);
    expect((await asAdmin('PATCH', '/api/users/ada', { role: 'admin' })).statusCode).toBe(200);
    expect((await asAdmin('PATCH', '/api/users/ada', { role: 'analyst' })).statusCode).toBe(200);
  });

  it('refuses an empty name, a short password and a taken name in plain words', async () => {
    const empty = await asAdmin('POST', '/api/users', {
      name: '',
      role: 'viewer',
      password: 'long enough 1',
    });
    expect(empty.statusCode).toBe(400);
    const short = await asAdmin('POST', '/api/users', { name: 'bob', role: 'viewer', password: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.json<{ message: string }>().message).toMatch(/the password is shorter than 8 characters/);
    const taken = await asAdmin('POST', '/api/users', {
      name: 'ada',
      role: 'viewer',
      password: 'long enough 1',
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json<{ message: string }>().message).toMatch(/an account named "ada" exists already/);
  });

  it('lists tokens with their last use, never the token, and revokes one', async () => {
    const made = await createToken(repo, 'ada', 'root');
    const fresh = (await asAdmin('GET', '/api/tokens')).json<{
      items: { id: number; user: string; lastUsedAt: string | null; revokedAt: string | null }[];
    }>().items;
    expect(fresh.find((t) => t.id === made.record.id)).toMatchObject({ user: 'ada', lastUsedAt: null });
    const used = await app.inject({
      method: 'GET',
      url: '/api/overview',
      headers: { authorization: `Bearer ${made.token}` },
    });
    expect(used.statusCode).toBe(200);
    const listed = await asAdmin('GET', '/api/tokens');
    expect(listed.body).not.toContain(made.token);
    const entry = listed
      .json<{ items: { id: number; lastUsedAt: string | null; revokedAt: string | null }[] }>()
      .items.find((t) => t.id === made.record.id)!;
    expect(Date.now() - Date.parse(entry.lastUsedAt!)).toBeLessThan(60_000);
    expect(entry.revokedAt).toBeNull();

    const revoked = await asAdmin('POST', `/api/tokens/${made.record.id}/revoke`);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json<{ revokedAt: string | null }>().revokedAt).not.toBeNull();
    const after = await app.inject({
      method: 'GET',
      url: '/api/overview',
      headers: { authorization: `Bearer ${made.token}` },
    });
    expect(after.statusCode).toBe(401);
    expect((await asAdmin('POST', '/api/tokens/99999/revoke')).statusCode).toBe(404);
    const bad = await asAdmin('POST', '/api/tokens/first/revoke');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ message: string }>().message).toMatch(/a token id is a positive whole number/);
  });
});
