// Logging in and out (a session cookie: HttpOnly, SameSite=Strict) and, for admins, the accounts.
import { z } from 'zod';
import {
  addUser,
  changeRole,
  listTokens,
  listUsers,
  login,
  logout,
  removeUser,
  revokeToken,
  ROLES,
} from '../../services/accounts.service.ts';
type TokenRecord = Awaited<ReturnType<typeof listTokens>>[number];
import { secureCookie, SESSION_COOKIE } from '../auth.ts';
import type { ApiContext, ZodApp } from '../context.ts';
import { errors } from '../schemas.ts';

const Role = z.enum(ROLES);

export const SessionAccount = z.object({ name: z.string(), role: Role }).meta({ id: 'SessionAccount' });

const Session = z
  .object({
    /** Whether the server has accounts: without, it serves a single user and needs no login. */
    accounts: z.boolean(),
    account: SessionAccount.nullable(),
  })
  .meta({ id: 'Session' });

export const User = z
  .object({ name: z.string(), role: Role, createdAt: z.string(), createdBy: z.string() })
  .meta({ id: 'User' });

const userView = (u: { name: string; role: z.infer<typeof Role>; createdAt: Date; createdBy: string }) => ({
  name: u.name,
  role: u.role,
  createdAt: u.createdAt.toISOString(),
  createdBy: u.createdBy,
});

/** An API token as an admin sees it: never the token itself (only its SHA-256 is kept). */
export const Token = z
  .object({
    id: z.number().int(),
    user: z.string(),
    createdAt: z.string(),
    createdBy: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'Token' });

const tokenView = (t: TokenRecord) => ({
  id: t.id,
  user: t.user,
  createdAt: t.createdAt.toISOString(),
  createdBy: t.createdBy,
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  revokedAt: t.revokedAt?.toISOString() ?? null,
});

const AccountName = z.object({ name: z.string().min(1).max(64) });

export function registerAccountRoutes(app: ZodApp, ctx: ApiContext): void {
  app.get(
    '/session',
    {
      schema: {
        summary: 'Who this request acts as, and whether the server has accounts at all',
        tags: ['accounts'],
        response: { 200: Session },
      },
    },
    async (request) => ({
      accounts: (await ctx.repo.countUsers()) > 0,
      account: request.account ? { name: request.account.name, role: request.account.role } : null,
    }),
  );

  app.post(
    '/session',
    {
      schema: {
        summary: 'Log in: sets an HttpOnly, SameSite=Strict session cookie (at most 10 attempts a minute)',
        tags: ['accounts'],
        body: z.object({ name: z.string().min(1).max(64), password: z.string().min(1).max(1024) }),
        response: { 200: SessionAccount, ...errors(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const session = await login(ctx.repo, request.body.name, request.body.password, new Date(), {
        address: request.ip,
      });
      void reply.setCookie(SESSION_COOKIE, session.secret, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: secureCookie(request, ctx.options.publicUrl),
        expires: session.expiresAt,
      });
      return { name: session.account.name, role: session.account.role };
    },
  );

  app.delete(
    '/session',
    {
      schema: {
        summary: 'Log out: ends the session and clears its cookie',
        tags: ['accounts'],
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const secret = request.cookies[SESSION_COOKIE];
      if (secret) await logout(ctx.repo, secret);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/users',
    {
      schema: {
        summary: 'The accounts (admin)',
        tags: ['accounts'],
        response: { 200: z.object({ items: z.array(User) }), ...errors(401, 403) },
      },
    },
    async () => ({ items: (await listUsers(ctx.repo)).map(userView) }),
  );

  app.post(
    '/users',
    {
      schema: {
        summary: 'Add an account (admin); the password is stored as an argon2id hash',
        tags: ['accounts'],
        body: z.object({
          name: z.string().min(1).max(64),
          role: Role,
          password: z.string().min(1).max(1024),
        }),
        response: { 200: User, ...errors(400, 401, 403, 409) },
      },
    },
    async (request) => userView(await addUser(ctx.repo, request.body, ctx.actorOf(request))),
  );

  app.delete(
    '/users/:name',
    {
      schema: {
        summary: 'Remove an account with its tokens and sessions (admin); never the only admin',
        tags: ['accounts'],
        params: AccountName,
        response: { 204: z.null(), ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await removeUser(ctx.repo, request.params.name, ctx.actorOf(request));
      return reply.code(204).send(null);
    },
  );

  app.patch(
    '/users/:name',
    {
      schema: {
        summary: "Change an account's role (admin); the only admin keeps it",
        tags: ['accounts'],
        params: AccountName,
        body: z.object({ role: Role }),
        response: { 200: User, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      userView(await changeRole(ctx.repo, request.params.name, request.body.role, ctx.actorOf(request))),
  );

  app.get(
    '/tokens',
    {
      schema: {
        summary: 'The API tokens of every account, revoked ones too, never the tokens themselves (admin)',
        tags: ['accounts'],
        response: { 200: z.object({ items: z.array(Token) }), ...errors(401, 403) },
      },
    },
    async () => ({ items: (await listTokens(ctx.repo)).map(tokenView) }),
  );

  app.post(
    '/tokens/:id/revoke',
    {
      schema: {
        summary: 'Revoke an API token: requests with it are refused from then on (admin)',
        tags: ['accounts'],
        params: z.object({ id: z.string().min(1).max(20) }),
        response: { 200: Token, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      tokenView((await revokeToken(ctx.repo, request.params.id, ctx.actorOf(request))).token),
  );
}
