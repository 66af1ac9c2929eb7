// Who may call which route. Once any account exists, every /api route needs one: a session cookie from
// the login page (POST /api/session) or `Authorization: Bearer TOKEN` (`tessera token create`); without
// one the answer is 401, with a role below the route's 403. With no account the server runs as before,
// a single user's, and answers this machine only. Every route has a rule in ACCESS; a route without one
// is refused to every account (and test/api/authorization.test.ts fails), so a new route cannot be left
// open by mistake.
// Logins and uploads are rate-limited (@fastify/rate-limit); the session cookie is HttpOnly and
// SameSite=Strict, and writes keep the Origin check of request-guard.ts. A refused session cookie (ended,
// logged out, unknown) is cleared; it and a refused bearer token (revoked, unknown) go to the audit log,
// each at most once in a while and a bounded number a minute (services/accounts.service.ts
// RefusalLimiter), so a client resending one, or sending made-up ones, cannot flood the log.
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  accountOfSession,
  accountOfToken,
  accountsExist,
  may,
  RefusalLimiter,
  type Account,
  type Known,
  type Role,
} from '../services/accounts.service.ts';
import { KeptUntilChange, knownCredentials } from '../services/kept-access.ts';
import type { Repository } from '../storage/repository.ts';

/** `public`: anyone (the login itself); `self`: the route checks its own credentials (the CLI gateway). */
export type Access = Role | 'public' | 'self';

/** The rule of every route, by method and path as registered. HEAD follows GET. */
export const ACCESS: Record<string, Access> = {
  'GET /api/overview': 'viewer',
  'GET /api/documents': 'viewer',
  'GET /api/documents/:id': 'viewer',
  'PATCH /api/documents/:id': 'analyst',
  'GET /api/documents/:id/original': 'viewer',
  'GET /api/documents/:id/availability': 'viewer',
  'GET /api/claims': 'viewer',
  'GET /api/claims/:id': 'viewer',
  'POST /api/claims/:id/review': 'analyst',
  'POST /api/claims/:id/grade': 'analyst',
  'POST /api/claims/:id/undo': 'analyst',
  'GET /api/review/queue': 'viewer',
  'POST /api/review/reports/:id/confirm': 'analyst',
  'POST /api/review/reports/:id/undo': 'analyst',
  'GET /api/releases': 'viewer',
  'GET /api/search': 'viewer',
  'GET /api/sources': 'viewer',
  'GET /api/sources/by-kind': 'viewer',
  'GET /api/sources/:id/claims': 'viewer',
  'POST /api/sources/:id/grade': 'analyst',
  'GET /api/sources/suggestions': 'viewer',
  'POST /api/sources/:id/merge': 'analyst',
  'POST /api/sources/:id/unmerge': 'analyst',
  'POST /api/ingest': 'analyst',
  'POST /api/ingest/urls': 'analyst',
  'GET /api/estimates': 'viewer',
  'GET /api/estimates/questions': 'viewer',
  'GET /api/export': 'viewer',
  'GET /api/facts': 'viewer',
  'GET /api/jobs': 'viewer',
  'GET /api/watches': 'viewer',
  'POST /api/watches': 'analyst',
  'DELETE /api/watches': 'analyst',
  'POST /api/watches/move': 'analyst',
  'GET /api/watches/history': 'viewer',
  'GET /api/watches/warc': 'viewer',
  'GET /api/alerts': 'viewer',
  'GET /api/alert-rules': 'viewer',
  'POST /api/alert-rules': 'analyst',
  'DELETE /api/alert-rules/:id': 'analyst',
  'GET /api/session': 'public',
  'POST /api/session': 'public',
  'DELETE /api/session': 'public',
  'GET /api/users': 'admin',
  'POST /api/users': 'admin',
  'DELETE /api/users/:name': 'admin',
  'PATCH /api/users/:name': 'admin',
  'GET /api/tokens': 'admin',
  'POST /api/tokens/:id/revoke': 'admin',
  'POST /api/cli': 'self',
  // Collections: anyone lists those they may read; admins add them and grant roles in them.
  'GET /api/collections': 'viewer',
  'POST /api/collections': 'admin',
  'GET /api/collections/grants': 'admin',
  'PUT /api/collections/:name/grants/:user': 'admin',
  'DELETE /api/collections/:name/grants/:user': 'admin',
};

/** Requests per minute: logins per address, uploads per account (or address). */
export const RATE_LIMITS = { login: 10, upload: 30 } as const;
const RATE_LIMITED: Record<string, keyof typeof RATE_LIMITS> = {
  'POST /api/session': 'login',
  'POST /api/ingest': 'upload',
  'POST /api/ingest/urls': 'upload',
};

export const SESSION_COOKIE = 'tessera_session';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

declare module 'fastify' {
  interface FastifyRequest {
    /** The account the request acts as; null without accounts, or on a public route without credentials. */
    account: Account | null;
  }
  interface FastifyContextConfig {
    access?: Access | 'unlisted';
  }
}

export interface ApiRoute {
  method: string;
  url: string;
  access: Access | 'unlisted';
}

const routesOfApp = new WeakMap<FastifyInstance, ApiRoute[]>();

/** Every /api route the app registered, with its rule ('unlisted' when ACCESS has none). */
export const apiRoutes = (app: FastifyInstance): ApiRoute[] => routesOfApp.get(app) ?? [];

/** The path of a request address with its escapes decoded (or as it is, when they are malformed). */
function decodedPath(url: string): string {
  const path = url.split('?')[0]!;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

const keyOf = (method: string, url: string) => `${method === 'HEAD' ? 'GET' : method} ${url}`;

function bearerOf(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match ? match[1]! : null;
}

const changesOfRequest = new WeakMap<FastifyRequest, Promise<{ latest: number; access: number }>>();

/**
 * The store's latest change id and latest change of access as a request found them, read once a request
 * (one round trip): what its account, reader and kept answers are checked against.
 */
export function changesOf(
  repo: Repository,
  request: FastifyRequest,
): Promise<{ latest: number; access: number }> {
  let changes = changesOfRequest.get(request);
  if (!changes) {
    changes = repo.latestChanges();
    changesOfRequest.set(request, changes);
  }
  return changes;
}

/**
 * The account a request's token or session cookie stands for; `invalid` when they name none (the
 * refusal logged as often as `refusals` admits, cookies and tokens apart). With `checked`, a credential
 * checked since the last change of access is not looked up again.
 */
export async function authenticate(
  repo: Repository,
  request: FastifyRequest,
  refusals?: { sessions: RefusalLimiter; tokens: RefusalLimiter },
  checked?: Known,
): Promise<Account | 'invalid' | null> {
  const token = bearerOf(request);
  if (token)
    return (
      (await accountOfToken(
        repo,
        token,
        { address: request.ip, ...(refusals ? { limiter: refusals.tokens } : {}) },
        checked,
      )) ?? 'invalid'
    );
  const session = request.cookies?.[SESSION_COOKIE];
  if (session)
    return (
      (await accountOfSession(
        repo,
        session,
        new Date(),
        { address: request.ip, ...(refusals ? { limiter: refusals.sessions } : {}) },
        checked,
      )) ?? 'invalid'
    );
  return null;
}

const refuse = (reply: FastifyReply, status: 401 | 403, code: string, message: string) =>
  reply.code(status).send({ code, message });

export async function installAuth(app: FastifyInstance, repo: Repository): Promise<void> {
  app.decorateRequest('account', null);
  // Each server process limits its own refusals in the log, cookies and tokens apart.
  const refusals = { sessions: new RefusalLimiter(), tokens: new RefusalLimiter() };
  // Credentials checked, and whether the store has accounts, kept until access changes.
  const credentials = knownCredentials();
  const accountsKept = new KeptUntilChange<boolean>(1);
  const routes: ApiRoute[] = [];
  routesOfApp.set(app, routes);
  app.addHook('onRoute', (route) => {
    if (!route.url?.startsWith('/api')) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      const key = keyOf(method, route.url);
      const access = ACCESS[key] ?? 'unlisted';
      routes.push({ method, url: route.url, access });
      route.config = { ...route.config, access };
      const limit = RATE_LIMITED[key];
      if (limit)
        route.config = {
          ...route.config,
          rateLimit: {
            max: RATE_LIMITS[limit],
            timeWindow: '1 minute',
            keyGenerator: (request: FastifyRequest) =>
              limit === 'upload' && request.account ? `account:${request.account.id}` : request.ip,
          },
        };
    }
  });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      code: 'rate_limited',
      message: `too many requests: at most ${context.max} a minute here; try again in ${context.after}`,
    }),
  });

  app.addHook('onRequest', async (request, reply) => {
    // Decided by the route the router matched, never by the raw address: /%61pi/overview is /api/overview.
    const routeUrl = request.routeOptions.url;
    if (!(routeUrl ?? decodedPath(request.url)).startsWith('/api')) return;
    // No such route: answered 404 to an account, 401 to anyone else where accounts exist.
    const access = request.routeOptions.config.access ?? (routeUrl ? 'unlisted' : 'viewer');
    if (access === 'self') return;
    const { access: accessChange } = await changesOf(repo, request);
    const found = await authenticate(repo, request, refusals, { credentials, changeId: accessChange });
    if (found !== null && found !== 'invalid') request.account = found;
    // A refused session cookie is dropped by the browser: it is not sent (nor logged) again.
    if (found === 'invalid' && !bearerOf(request) && request.cookies?.[SESSION_COOKIE])
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    if (access === 'public') return;
    if (!request.account) {
      // Without accounts the server is a single user's, on this machine only.
      let exist = accountsKept.get('accounts', accessChange, Date.now());
      if (exist === undefined) {
        exist = await accountsExist(repo);
        accountsKept.set('accounts', exist, accessChange, Date.now());
      }
      if (!exist)
        return LOOPBACK.has(request.ip)
          ? undefined
          : refuse(
              reply,
              401,
              'unauthorized',
              'this server has no accounts yet, so it serves this machine only: add one with `tessera user add`',
            );
      return found === 'invalid'
        ? refuse(
            reply,
            401,
            'unauthorized',
            'the token or session is unknown, revoked or ended: log in again',
          )
        : refuse(
            reply,
            401,
            'unauthorized',
            'this server has accounts: log in (POST /api/session) or send Authorization: Bearer TOKEN',
          );
    }
    if (access === 'unlisted')
      return refuse(reply, 403, 'forbidden', `${request.method} ${routeUrl} has no access rule`);
    if (!may(request.account, access))
      return refuse(
        reply,
        403,
        'forbidden',
        `${request.method} ${routeUrl} needs the ${access} role; the account "${request.account.name}" is ${request.account.role}`,
      );
  });
}

/** Whether the session cookie must be sent over HTTPS only. */
export function secureCookie(request: FastifyRequest, publicUrl?: string | null): boolean {
  return request.protocol === 'https' || Boolean(publicUrl?.startsWith('https:'));
}
