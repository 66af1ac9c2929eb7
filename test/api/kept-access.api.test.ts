// A server keeps the accounts of the credentials it has checked and the readers they make, so that a kept
// answer costs one round trip to the store (the latest changes) instead of four. What must not be kept:
// a revoked token, a changed role, a logged-out session or a new grant takes effect at the very next
// request, here on a second server over the same store that made none of those changes itself.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { addUser, createToken } from '../../src/services/accounts.service.ts';
import { linker } from '../../src/services/link.service.ts';
import { openRepository } from '../../src/storage/drivers/pglite.ts';
import type { Repository } from '../../src/storage/repository.ts';

let dir: string;
let repo: Repository;
/** The store as the watched server sees it: every repository call it makes is recorded. */
let calls: string[];
let watched: FastifyInstance;
/** Another server over the same store, where the admin makes changes. */
let other: FastifyInstance;
let admin: string;
let vera: { token: string; id: number };

const serverOptions = { user: 'os-user', maxUploadBytes: 65536, fetchTimeoutMs: 1000 };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-kept-access-'));
  repo = await openRepository(join(dir, 'data'), linker);
  calls = [];
  const recorded = new Proxy(repo, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(String(name));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  watched = await buildApp({ repo: recorded, ...serverOptions });
  other = await buildApp({ repo, ...serverOptions });
  await addUser(repo, { name: 'root', role: 'admin', password: 'admin password 1' }, 'setup');
  await addUser(repo, { name: 'vera', role: 'viewer', password: 'viewer password 1' }, 'setup');
  admin = (await createToken(repo, 'root', 'setup')).token;
  const created = await createToken(repo, 'vera', 'setup');
  vera = { token: created.token, id: created.record.id };
});

afterAll(async () => {
  await watched?.close();
  await other?.close();
  await repo?.close();
  await rm(dir, { recursive: true, force: true });
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const asAdmin = (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object) =>
  other.inject({ method, url, headers: bearer(admin), ...(payload ? { payload } : {}) });

describe('what a server keeps between requests about who asks', () => {
  it('answers a kept question again with one read of the store: its latest changes', async () => {
    const first = await watched.inject({ method: 'GET', url: '/api/overview', headers: bearer(vera.token) });
    expect(first.statusCode).toBe(200);
    expect(calls).toContain('accountOfToken');
    calls.length = 0;
    const again = await watched.inject({ method: 'GET', url: '/api/overview', headers: bearer(vera.token) });
    expect(again.statusCode).toBe(200);
    expect(again.body).toBe(first.body);
    expect(calls).toEqual(['latestChanges']);
  });

  it('refuses a token at the first request after it is revoked elsewhere', async () => {
    const before = await watched.inject({
      method: 'GET',
      url: '/api/collections',
      headers: bearer(vera.token),
    });
    expect(before.statusCode).toBe(200);
    expect((await asAdmin('POST', `/api/tokens/${vera.id}/revoke`)).statusCode).toBe(200);
    const after = await watched.inject({
      method: 'GET',
      url: '/api/collections',
      headers: bearer(vera.token),
    });
    expect(after.statusCode).toBe(401);
    vera = { ...vera, ...(await createToken(repo, 'vera', 'root')) };
  });

  it('follows a role changed elsewhere at the next request', async () => {
    const asViewer = await watched.inject({ method: 'GET', url: '/api/users', headers: bearer(vera.token) });
    expect(asViewer.statusCode).toBe(403);
    expect((await asAdmin('PATCH', '/api/users/vera', { role: 'admin' })).statusCode).toBe(200);
    const asAdminNow = await watched.inject({
      method: 'GET',
      url: '/api/users',
      headers: bearer(vera.token),
    });
    expect(asAdminNow.statusCode).toBe(200);
    expect((await asAdmin('PATCH', '/api/users/vera', { role: 'viewer' })).statusCode).toBe(200);
    const backToViewer = await watched.inject({
      method: 'GET',
      url: '/api/users',
      headers: bearer(vera.token),
    });
    expect(backToViewer.statusCode).toBe(403);
  });

  it('ends a session logged out on another server at the next request', async () => {
    const login = await watched.inject({
      method: 'POST',
      url: '/api/session',
      payload: { name: 'vera', password: 'viewer password 1' },
    });
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.find((c) => c.name === 'tessera_session')!;
    const headers = { cookie: `${cookie.name}=${cookie.value}` };
    expect((await watched.inject({ method: 'GET', url: '/api/overview', headers })).statusCode).toBe(200);
    expect((await other.inject({ method: 'DELETE', url: '/api/session', headers })).statusCode).toBeLessThan(
      300,
    );
    expect((await watched.inject({ method: 'GET', url: '/api/overview', headers })).statusCode).toBe(401);
  });

  it('shows a restricted collection as soon as it is granted elsewhere, and hides it when taken back', async () => {
    const names = async () => {
      const answer = await watched.inject({
        method: 'GET',
        url: '/api/collections',
        headers: bearer(vera.token),
      });
      return answer.json<{ items: { name: string }[] }>().items.map((c) => c.name);
    };
    expect((await asAdmin('POST', '/api/collections', { name: 'cases', restricted: true })).statusCode).toBe(
      201,
    );
    expect(await names()).not.toContain('cases');
    expect((await asAdmin('PUT', '/api/collections/cases/grants/vera', { role: 'viewer' })).statusCode).toBe(
      200,
    );
    expect(await names()).toContain('cases');
    expect((await asAdmin('DELETE', '/api/collections/cases/grants/vera')).statusCode).toBeLessThan(300);
    expect(await names()).not.toContain('cases');
  });
});
