// Who may call what, asked of every route the app registers, for every role: anonymous 401, a role below
// the route's 403, the others past the check. A route added without a rule in api/auth.ts fails here.
// Then tokens (revocation, a removed account), logins (cookie flags, logout, wrong passwords, the rate
// limit), the account recorded instead of X-Tessera-User, and no password or token kept in clear.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS, apiRoutes, RATE_LIMITS } from '../../src/api/auth.ts';
import { buildApp } from '../../src/api/app.ts';
import { registerGateway } from '../../src/cli/gateway.ts';
import { addUser, createToken, ROLE_RANK, type Role } from '../../src/services/accounts.service.ts';
import { ingest } from '../../src/services/ingest.service.ts';
import { openDatabase } from '../../src/storage/drivers/pglite.ts';
import type { Repository } from '../../src/storage/repository.ts';
import type { Db } from '../../src/storage/sql.repository.ts';
import { sql } from 'drizzle-orm';

const PASSWORDS: Record<Role, string> = {
  viewer: 'viewer password 1',
  analyst: 'analyst password 2',
  admin: 'admin password 3',
};
const GATEWAY_TOKEN = 'g'.repeat(64);

let dir: string;
let repo: Repository;
let db: Db;
let app: FastifyInstance;
const tokens = {} as Record<Role, string>;
let claimId: number;

const build = async () => {
  const built = await buildApp({ repo, user: 'os-user', maxUploadBytes: 64 * 1024, fetchTimeoutMs: 1000 });
  registerGateway(built, repo, GATEWAY_TOKEN);
  await built.ready();
  return built;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-authz-'));
  ({ repo, db } = await openDatabase(join(dir, 'data')));
  const report = join(dir, 'report.txt');
  await writeFile(report, 'Officials said 12 children returned from Syria to Kazakhstan in 2020.');
  await ingest(
    repo,
    [report],
    { actor: 'test', maxBytes: 1e6, fetchTimeoutMs: 1000, allowPrivate: false },
    () => {},
  );
  const claim = (await repo.listClaims({ limit: 1 }))[0];
  if (!claim) throw new Error('the test report gave no claim');
  claimId = claim.id;
  app = await build();
});

afterAll(async () => {
  await app?.close();
  await repo?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Rows of a raw query, as either driver returns them. */
const rowsOf = (result: unknown): unknown[] =>
  Array.isArray(result) ? result : ((result as { rows: unknown[] }).rows ?? []);

const ROLES_AND_ANONYMOUS = ['anonymous', 'viewer', 'analyst', 'admin'] as const;

/** A concrete URL for a route pattern: ids that exist nowhere, so allowed writes change nothing. */
const concrete = (url: string) =>
  url.replace(':id', '999999').replace(':name', 'nobody-at-all').replace(':user', 'nobody-at-all');

describe('without accounts', () => {
  it('serves every route as before and records the X-Tessera-User header', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/overview' })).statusCode).toBe(200);
    const graded = await app.inject({
      method: 'POST',
      url: `/api/claims/${claimId}/grade`,
      headers: { 'x-tessera-user': 'header-user' },
      payload: { credibility: 2 },
    });
    expect(graded.statusCode).toBe(200);
    const session = await app.inject({ method: 'GET', url: '/api/session' });
    expect(session.json()).toEqual({ accounts: false, account: null });
    const last = (await repo.listChanges({ entity: 'claim', entityId: claimId })).at(-1)!;
    expect(last.actor).toBe('header-user');
  });

  it('answers this machine only', async () => {
    const remote = await app.inject({ method: 'GET', url: '/api/overview', remoteAddress: '192.168.1.20' });
    expect(remote.statusCode).toBe(401);
    expect(remote.json<{ message: string }>().message).toMatch(/no accounts yet.*tessera user add/);
    const v6 = await app.inject({ method: 'GET', url: '/api/overview', remoteAddress: '::1' });
    expect(v6.statusCode).toBe(200);
  });
});

describe('with accounts', () => {
  beforeAll(async () => {
    for (const role of ['viewer', 'analyst', 'admin'] as const) {
      await addUser(repo, { name: `${role}-one`, role, password: PASSWORDS[role] }, 'root');
      tokens[role] = (await createToken(repo, `${role}-one`, 'root')).token;
    }
  });

  it('has a rule for every /api route the app registers', () => {
    const routes = apiRoutes(app);
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.filter((r) => r.access === 'unlisted').map((r) => `${r.method} ${r.url}`)).toEqual([]);
    // Every rule names a route that exists (no stale rule hiding a renamed route).
    const registered = new Set(routes.map((r) => `${r.method === 'HEAD' ? 'GET' : r.method} ${r.url}`));
    expect(Object.keys(ACCESS).filter((k) => !registered.has(k))).toEqual([]);
    // Viewers read only; every write needs an analyst; accounts are an admin's.
    for (const r of routes) {
      if (r.access === 'public' || r.access === 'self') continue;
      // Accounts and tokens, and collections beyond listing the readable ones, are an admin's.
      const least =
        /^\/api\/(users|tokens)/.test(r.url) ||
        (r.url.startsWith('/api/collections') && r.url !== '/api/collections') ||
        (r.url === '/api/collections' && r.method === 'POST')
          ? 'admin'
          : r.method === 'GET' || r.method === 'HEAD'
            ? 'viewer'
            : 'analyst';
      expect(ROLE_RANK[r.access as Role], `${r.method} ${r.url}`).toBeGreaterThanOrEqual(ROLE_RANK[least]);
    }
    expect(
      routes
        .filter((r) => r.access === 'public')
        .map((r) => `${r.method} ${r.url}`)
        .sort(),
    ).toEqual(['DELETE /api/session', 'GET /api/session', 'HEAD /api/session', 'POST /api/session']);
  });

  it('answers each route for each role: 401 anonymous, 403 below its role, past the check otherwise', async () => {
    const seen: string[] = [];
    for (const route of apiRoutes(app)) {
      if (route.access === 'self' || route.method === 'HEAD') continue;
      for (const who of ROLES_AND_ANONYMOUS) {
        const res = await app.inject({
          method: route.method as 'GET',
          url: concrete(route.url),
          headers: who === 'anonymous' ? {} : { authorization: `Bearer ${tokens[who]}` },
        });
        const where = `${route.method} ${route.url} as ${who}: ${res.body.slice(0, 200)}`;
        if (route.access === 'public') expect([401, 403], where).not.toContain(res.statusCode);
        else if (who === 'anonymous') {
          expect(res.statusCode, where).toBe(401);
          expect(res.json(), where).toMatchObject({ code: 'unauthorized' });
        } else if (ROLE_RANK[who] < ROLE_RANK[route.access as Role]) {
          expect(res.statusCode, where).toBe(403);
          expect(res.json<{ message: string }>().message, where).toContain(route.access);
        } else expect([401, 403], where).not.toContain(res.statusCode);
        seen.push(`${route.method} ${route.url} ${who}`);
      }
    }
    expect(seen.length).toBe(
      4 * apiRoutes(app).filter((r) => r.access !== 'self' && r.method !== 'HEAD').length,
    );
  });

  it('keeps the CLI gateway working with its own token, and only with it', async () => {
    const run = (authorization: string) =>
      app.inject({
        method: 'POST',
        url: '/api/cli',
        headers: { authorization },
        payload: { args: ['user', 'list', '--format', 'json'] },
      });
    const ok = await run(`Bearer ${GATEWAY_TOKEN}`);
    expect(ok.statusCode).toBe(200);
    const names = JSON.parse(Buffer.from(ok.json<{ stdout: string }>().stdout, 'base64').toString()) as {
      name: string;
    }[];
    expect(names.map((u) => u.name)).toEqual(['admin-one', 'analyst-one', 'viewer-one']);
    expect((await run(`Bearer ${tokens.admin}`)).statusCode).toBe(403);
  });

  it('records the account, not the X-Tessera-User header', async () => {
    const graded = await app.inject({
      method: 'POST',
      url: `/api/claims/${claimId}/grade`,
      headers: { authorization: `Bearer ${tokens.analyst}`, 'x-tessera-user': 'mallory' },
      payload: { credibility: 3 },
    });
    expect(graded.statusCode).toBe(200);
    const last = (await repo.listChanges({ entity: 'claim', entityId: claimId })).at(-1)!;
    expect(last).toMatchObject({ actor: 'analyst-one', action: 'claim.graded' });
  });

  it('asks for an account however the address of a route is spelled', async () => {
    for (const url of [
      '/%61pi/overview',
      '/api/%6fverview',
      '/api//overview',
      '/api/overview/',
      '/api/nowhere',
    ])
      expect((await app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
  });

  it('serves an account from another machine', async () => {
    const remote = await app.inject({
      method: 'GET',
      url: '/api/overview',
      remoteAddress: '192.168.1.20',
      headers: { authorization: `Bearer ${tokens.viewer}` },
    });
    expect(remote.statusCode).toBe(200);
    const anonymous = await app.inject({
      method: 'GET',
      url: '/api/overview',
      remoteAddress: '192.168.1.20',
    });
    expect(anonymous.json<{ message: string }>().message).toMatch(/log in/);
  });

  it('refuses unknown and revoked tokens, and the tokens of a removed account', async () => {
    const overview = (token: string) =>
      app.inject({ method: 'GET', url: '/api/overview', headers: { authorization: `Bearer ${token}` } });
    expect((await overview(tokens.viewer)).statusCode).toBe(200);
    expect((await overview('tsr_not-a-token')).statusCode).toBe(401);
    const extra = await createToken(repo, 'viewer-one', 'root');
    expect((await overview(extra.token)).statusCode).toBe(200);
    await repo.revokeToken(extra.record.id, 'root');
    const revoked = await overview(extra.token);
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json()).toMatchObject({ code: 'unauthorized' });
    expect((await overview(tokens.viewer)).statusCode).toBe(200);

    await addUser(repo, { name: 'leaver', role: 'analyst', password: 'leaver password' }, 'root');
    const leaver = await createToken(repo, 'leaver', 'root');
    expect((await overview(leaver.token)).statusCode).toBe(200);
    const removed = await app.inject({
      method: 'DELETE',
      url: '/api/users/leaver',
      headers: { authorization: `Bearer ${tokens.admin}` },
    });
    expect(removed.statusCode).toBe(204);
    expect((await overview(leaver.token)).statusCode).toBe(401);
  });

  it('logs in with a strict, HttpOnly cookie, acts as the account, and logs out', async () => {
    const login = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { name: 'analyst-one', password: PASSWORDS.analyst },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json()).toEqual({ name: 'analyst-one', role: 'analyst' });
    const setCookie = String(login.headers['set-cookie']);
    expect(setCookie).toMatch(/^tessera_session=[^;]+;/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const cookie = setCookie.split(';')[0]!;
    const me = await app.inject({ method: 'GET', url: '/api/session', headers: { cookie } });
    expect(me.json()).toEqual({ accounts: true, account: { name: 'analyst-one', role: 'analyst' } });
    expect((await app.inject({ method: 'GET', url: '/api/overview', headers: { cookie } })).statusCode).toBe(
      200,
    );
    // The session cookie does not carry a write from another site.
    const crossSite = await app.inject({
      method: 'POST',
      url: `/api/claims/${claimId}/undo`,
      headers: { cookie, origin: 'https://evil.example' },
    });
    expect(crossSite.statusCode).toBe(403);
    const logout = await app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie } });
    expect(logout.statusCode).toBe(204);
    expect(String(logout.headers['set-cookie'])).toMatch(/tessera_session=;/);
    const after = await app.inject({ method: 'GET', url: '/api/overview', headers: { cookie } });
    expect(after.statusCode).toBe(401);
  });

  it('says the same for a wrong password and an unknown name', async () => {
    const fresh = await build();
    try {
      const wrong = await fresh.inject({
        method: 'POST',
        url: '/api/session',
        payload: { name: 'analyst-one', password: 'not the password' },
      });
      const unknown = await fresh.inject({
        method: 'POST',
        url: '/api/session',
        payload: { name: 'nobody', password: 'not the password' },
      });
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      expect(wrong.json()).toEqual(unknown.json());
      expect(wrong.headers['set-cookie']).toBeUndefined();
    } finally {
      await fresh.close();
    }
  });

  it('limits login attempts per address, the right password included once the limit is reached', async () => {
    const fresh = await build();
    try {
      const attempt = (password: string) =>
        fresh.inject({ method: 'POST', url: '/api/session', payload: { name: 'admin-one', password } });
      for (let i = 0; i < RATE_LIMITS.login; i++) expect((await attempt(`guess ${i}`)).statusCode).toBe(401);
      const limited = await attempt(PASSWORDS.admin);
      expect(limited.statusCode).toBe(429);
      expect(limited.json()).toMatchObject({ code: 'rate_limited' });
    } finally {
      await fresh.close();
    }
  });

  it('limits uploads per account', async () => {
    const fresh = await build();
    try {
      const upload = (token: string) =>
        fresh.inject({
          method: 'POST',
          url: '/api/ingest/urls',
          headers: { authorization: `Bearer ${token}` },
          payload: { urls: ['ftp://example.org/report.txt'] },
        });
      for (let i = 0; i < RATE_LIMITS.upload; i++)
        expect((await upload(tokens.analyst)).statusCode).toBe(415);
      expect((await upload(tokens.analyst)).statusCode).toBe(429);
      // Another account has its own allowance.
      expect((await upload(tokens.admin)).statusCode).toBe(415);
    } finally {
      await fresh.close();
    }
  });

  it('never stores a password, token or session secret in clear', async () => {
    const login = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { name: 'viewer-one', password: PASSWORDS.viewer },
    });
    const secret = decodeURIComponent(String(login.headers['set-cookie']).split(';')[0]!.split('=')[1]!);
    const dump = JSON.stringify(
      await Promise.all(
        ['users', 'api_tokens', 'sessions', 'change_log'].map(async (table) =>
          rowsOf(await db.execute(sql.raw(`SELECT * FROM ${table}`))),
        ),
      ),
    );
    for (const clear of [...Object.values(PASSWORDS), ...Object.values(tokens), secret]) {
      expect(clear.length).toBeGreaterThan(8);
      expect(dump).not.toContain(clear);
    }
    const hashes = rowsOf(await db.execute(sql.raw('SELECT password_hash FROM users'))) as {
      password_hash: string;
    }[];
    expect(hashes.every((h) => h.password_hash.startsWith('$argon2id$'))).toBe(true);
  });
});
