// Refused session cookies in the audit trail: a cookie whose session was logged out, ended or never
// existed is refused (401, or no account on a public route), cleared, and logged as `session.refused`
// with the reason, the session's account when known and the address, never the cookie; the same cookie
// again is not logged again, a flood of made-up cookies is capped per minute (bearer tokens likewise), and none of it counts as a
// change of the data (kept answers stay valid).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import {
  addUser,
  createToken,
  login,
  RefusalLimiter,
  SESSION_HOURS,
  REFUSAL_LIMITS,
} from '../../src/services/accounts.service.ts';
import { linker } from '../../src/services/link.service.ts';
import { openRepository } from '../../src/storage/drivers/pglite.ts';
import type { ChangeRecord, Repository } from '../../src/storage/repository.ts';

const PASSWORD = 'ada password 1';
let repo: Repository;
let app: FastifyInstance;
let adaId: number;

beforeAll(async () => {
  repo = await openRepository('memory://', linker);
  adaId = (await addUser(repo, { name: 'ada', role: 'analyst', password: PASSWORD }, 'setup')).id;
  app = await buildApp({ repo, user: 'os-user', maxUploadBytes: 65536, fetchTimeoutMs: 1000 });
  await app.ready();
});

afterAll(async () => {
  await app?.close();
  await repo?.close();
});

const refused = async (): Promise<ChangeRecord[]> =>
  (await repo.listChanges({ limit: 5000 })).filter((c) => c.action === 'session.refused');
const withCookie = (url: string, secret: string, address = '192.0.2.10') =>
  app.inject({
    method: 'GET',
    url,
    remoteAddress: address,
    headers: { cookie: `tessera_session=${secret}` },
  });
const cleared = (headers: Record<string, unknown>) =>
  /^tessera_session=; .*Expires=Thu, 01 Jan 1970/.test(String(headers['set-cookie']));

describe('refused session cookies', () => {
  it('logs the cookie of a logged-out session once, clears it every time, and changes no data', async () => {
    const loggedIn = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { name: 'ada', password: PASSWORD },
    });
    const cookie = String(loggedIn.headers['set-cookie']).split(';')[0]!;
    const secret = cookie.split('=')[1]!;
    expect((await withCookie('/api/overview', secret)).statusCode).toBe(200);
    await app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie } });

    const changeId = await repo.latestChangeId();
    const before = (await refused()).length;
    for (let i = 0; i < 4; i++) {
      const res = await withCookie('/api/overview', secret);
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ code: 'unauthorized' });
      expect(cleared(res.headers)).toBe(true);
    }
    const logged = (await refused()).slice(before);
    expect(logged.map((c) => [c.actor, c.entity, c.entityId, c.details])).toEqual([
      ['anonymous', 'user', 0, { name: null, address: '192.0.2.10', reason: 'unknown session' }],
    ]);
    expect(JSON.stringify(await repo.listChanges({ limit: 5000 }))).not.toContain(secret);
    expect(await repo.latestChangeId()).toBe(changeId);
  });

  it('says whose session had ended, on a public route too, and clears its cookie there', async () => {
    const ended = await login(repo, 'ada', PASSWORD, new Date(Date.now() - (SESSION_HOURS + 1) * 3600_000));
    const before = (await refused()).length;
    const res = await withCookie('/api/session', ended.secret, '192.0.2.11');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ accounts: true, account: null });
    expect(cleared(res.headers)).toBe(true);
    expect((await refused()).slice(before).map((c) => [c.entity, c.entityId, c.details])).toEqual([
      ['user', adaId, { name: 'ada', address: '192.0.2.11', reason: 'ended session' }],
    ]);
  });

  it('logs made-up cookies as such, at most a minute’s worth of them however many come', async () => {
    const before = (await refused()).length;
    const tooLong = await withCookie('/api/overview', 'x'.repeat(300), '192.0.2.12');
    expect(tooLong.statusCode).toBe(401);
    expect((await refused()).slice(before).map((c) => c.details.reason)).toEqual(['not a Tessera session']);
    // A server of its own, so that its window starts empty.
    const fresh = await buildApp({ repo, user: 'os-user', maxUploadBytes: 65536, fetchTimeoutMs: 1000 });
    try {
      const sent = REFUSAL_LIMITS.perWindow + 5;
      const start = (await refused()).length;
      for (let i = 0; i < sent; i++) {
        const res = await fresh.inject({
          method: 'GET',
          url: '/api/overview',
          remoteAddress: '192.0.2.13',
          headers: { cookie: `tessera_session=made-up-${i}` },
        });
        expect(res.statusCode).toBe(401);
      }
      const logged = (await refused()).slice(start);
      // A window's worth (more only if a minute passed meanwhile), and never every one.
      expect(logged.length).toBeGreaterThanOrEqual(REFUSAL_LIMITS.perWindow);
      expect(logged.length).toBeLessThan(sent);
      expect(logged.every((c) => c.details.reason === 'unknown session')).toBe(true);
    } finally {
      await fresh.close();
    }
  });
});

describe('refused bearer tokens', () => {
  const tokenRefusals = async (): Promise<ChangeRecord[]> =>
    (await repo.listChanges({ limit: 5000 })).filter((c) => c.action === 'token.refused');
  const withToken = (server: FastifyInstance, token: string) =>
    server.inject({
      method: 'GET',
      url: '/api/overview',
      remoteAddress: '192.0.2.20',
      headers: { authorization: `Bearer ${token}` },
    });

  it('logs a revoked token retried by a script once, and changes no data', async () => {
    const made = await createToken(repo, 'ada', 'setup');
    await repo.revokeToken(made.record.id, 'setup');
    const changeId = await repo.latestChangeId();
    const before = (await tokenRefusals()).length;
    for (let i = 0; i < 5; i++) expect((await withToken(app, made.token)).statusCode).toBe(401);
    expect((await tokenRefusals()).slice(before).map((c) => [c.entityId, c.details])).toEqual([
      [made.record.id, { name: 'ada', address: '192.0.2.20', reason: 'revoked token' }],
    ]);
    expect(await repo.latestChangeId()).toBe(changeId);
  });

  it('logs at most a minute’s worth of made-up tokens however many come', async () => {
    const fresh = await buildApp({ repo, user: 'os-user', maxUploadBytes: 65536, fetchTimeoutMs: 1000 });
    try {
      const sent = REFUSAL_LIMITS.perWindow + 5;
      const start = (await tokenRefusals()).length;
      for (let i = 0; i < sent; i++)
        expect((await withToken(fresh, `tsr_made-up-${i}`)).statusCode).toBe(401);
      const logged = (await tokenRefusals()).slice(start);
      expect(logged.length).toBeGreaterThanOrEqual(REFUSAL_LIMITS.perWindow);
      expect(logged.length).toBeLessThan(sent);
      expect(logged.every((c) => c.details.reason === 'unknown token')).toBe(true);
    } finally {
      await fresh.close();
    }
  });
});

describe('RefusalLimiter', () => {
  it('admits a cookie once per period and a few a window, then says how many the cap left out', () => {
    const limiter = new RefusalLimiter({
      perCredentialMs: 1000,
      windowMs: 100,
      perWindow: 2,
      maxCredentials: 3,
    });
    expect(limiter.admit('a', 0)).toBe(0);
    expect(limiter.admit('a', 10)).toBeNull(); // the same cookie again: not counted
    expect(limiter.admit('b', 20)).toBe(0);
    expect(limiter.admit('c', 30)).toBeNull(); // the window is full: counted
    expect(limiter.admit('d', 40)).toBeNull(); // counted
    expect(limiter.admit('c', 100)).toBe(2); // a new window: logged, with the two the cap left out
    expect(limiter.admit('a', 150)).toBeNull();
    expect(limiter.admit('a', 1000)).toBe(0); // its period is over
  });

  it('remembers a bounded number of cookies, forgetting the oldest first', () => {
    const limiter = new RefusalLimiter({
      perCredentialMs: 10_000,
      windowMs: 10,
      perWindow: 1,
      maxCredentials: 2,
    });
    expect(limiter.admit('a', 0)).toBe(0);
    expect(limiter.admit('b', 10)).toBe(0);
    expect(limiter.admit('c', 20)).toBe(0); // 'a' is forgotten
    expect(limiter.admit('b', 30)).toBeNull(); // remembered
    expect(limiter.admit('a', 40)).toBe(0); // forgotten: logged again
  });
});
