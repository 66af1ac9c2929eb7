// Logging in and out (a session cookie: HttpOnly, SameSite=Strict) and, for admins, the accounts.
import { z } from 'zod';
import { addUser, listUsers, login, logout, removeUser, ROLES } from '../../services/accounts.service.ts';
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
      const session = await login(ctx.repo, request.body.name, request.body.password);
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
        summary: 'Remove an account with its tokens and sessions (admin)',
        tags: ['accounts'],
        params: z.object({ name: z.string().min(1).max(64) }),
        response: { 204: z.null(), ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await removeUser(ctx.repo, request.params.name, ctx.actorOf(request));
      return reply.code(204).send(null);
    },
  );
}
