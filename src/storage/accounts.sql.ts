// The store's side of accounts: users with their password hashes, API tokens and browser sessions, kept
// by their SHA-256 only. It records what services/accounts.service.ts decided (roles, who may do what,
// whether a password is right); it decides nothing. Every change is logged in the change log.
import { and, asc, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import { TesseraError } from '../domain/errors.ts';
import { apiTokens, changeLog, sessions, users, type Role } from './schema.ts';
import type { Db, Exec } from './db.ts';

export type { Role } from './schema.ts';

export interface UserRecord {
  id: number;
  name: string;
  role: Role;
  createdAt: Date;
  createdBy: string;
}

/** Who a request or command acts as, once a token or session has been matched. */
export interface Account {
  id: number;
  name: string;
  role: Role;
}

export interface TokenRecord {
  id: number;
  user: string;
  createdAt: Date;
  createdBy: string;
  revokedAt: Date | null;
  /** When a request last came with it (kept to the minute), or null when none has. */
  lastUsedAt: Date | null;
}

/**
 * A refused login, token or session cookie, for the change log: what was tried, from where, and why it
 * was refused (with, for session cookies, how many refusals were left out of the log before this one).
 */
export interface Refusal {
  action: 'login.refused' | 'token.refused' | 'session.refused';
  entity: 'user' | 'token';
  /** The account or token it named, when there is one; 0 otherwise. */
  entityId: number;
  details: { name: string | null; address: string; reason: string; suppressed?: number };
}

/** A browser session as stored: whose, and until when (why a refused cookie was refused). */
export interface SessionRecord {
  userId: number;
  user: string;
  expiresAt: Date;
}

export interface AccountRepository {
  /** How many accounts exist: none means the server runs as a single user, as before accounts. */
  countUsers(): Promise<number>;
  /** Adds an account; `conflict` when the name is taken. */
  addUser(input: { name: string; role: Role; passwordHash: string }, actor: string): Promise<UserRecord>;
  listUsers(): Promise<UserRecord[]>;
  getUser(name: string): Promise<UserRecord | null>;
  /** The stored hash of an account's password, to be checked by the service. */
  passwordHashOf(name: string): Promise<{ account: Account; passwordHash: string } | null>;
  /** Sets an account's role; null when there is no such name. `previous` is the role it had. */
  setRole(name: string, role: Role, actor: string): Promise<{ user: UserRecord; previous: Role } | null>;
  /** Removes an account with its tokens and sessions; false when there is no such name. */
  removeUser(name: string, actor: string): Promise<boolean>;
  /** Stores a token's SHA-256 for an account. */
  addToken(userId: number, tokenSha256: string, actor: string): Promise<TokenRecord>;
  listTokens(): Promise<TokenRecord[]>;
  /**
   * Marks a token revoked; null when there is no such token. Revoking twice keeps the first time:
   * `revokedNow` says whether this call revoked it.
   */
  revokeToken(id: number, actor: string): Promise<{ token: TokenRecord; revokedNow: boolean } | null>;
  /** The account of a token that is not revoked; notes when it was used (at most once a minute). */
  accountOfToken(tokenSha256: string): Promise<Account | null>;
  /** A token by its SHA-256, revoked or not: why a refused one was refused. */
  tokenBySha256(tokenSha256: string): Promise<TokenRecord | null>;
  /** Appends a refused login or token to the change log, as `anonymous`. */
  logRefusal(refusal: Refusal): Promise<void>;
  /** How many accounts have this role. */
  countRole(role: Role): Promise<number>;
  addSession(userId: number, idSha256: string, expiresAt: Date): Promise<void>;
  /** The account of a session that has not ended by `now`, and when the session ends. */
  accountOfSession(idSha256: string, now: Date): Promise<(Account & { endsAt: Date }) | null>;
  /** A session by its SHA-256, ended or not: why a refused session cookie was refused. */
  sessionBySha256(idSha256: string): Promise<SessionRecord | null>;
  /** Ends a session (a logout), logged as `session.ended` by its account: a change, so servers forget it. */
  deleteSession(idSha256: string): Promise<void>;
  /** Forgets sessions ended before `now`. */
  deleteEndedSessions(now: Date): Promise<number>;
}

const userColumns = {
  id: users.id,
  name: users.name,
  role: users.role,
  createdAt: users.createdAt,
  createdBy: users.createdBy,
};

const tokenColumns = {
  id: apiTokens.id,
  user: users.name,
  createdAt: apiTokens.createdAt,
  createdBy: apiTokens.createdBy,
  revokedAt: apiTokens.revokedAt,
  lastUsedAt: apiTokens.lastUsedAt,
};

async function log(
  tx: Exec,
  actor: string,
  action: string,
  entity: 'user' | 'token',
  entityId: number,
  details: Record<string, unknown>,
): Promise<void> {
  await tx.insert(changeLog).values({ actor, action, entity, entityId, documentId: null, details });
}

const isUniqueViolation = (e: unknown): boolean => {
  for (let c: unknown = e; c && typeof c === 'object'; c = (c as { cause?: unknown }).cause)
    if ((c as { code?: unknown }).code === '23505') return true;
  return false;
};

export function accountRepository(db: Db): AccountRepository {
  return {
    async countUsers() {
      const rows = await db.select({ n: sql<number>`count(*)::int` }).from(users);
      return Number(rows[0]?.n ?? 0);
    },

    async addUser(input, actor) {
      try {
        return await db.transaction(async (tx) => {
          const [user] = await tx
            .insert(users)
            .values({
              name: input.name,
              role: input.role,
              passwordHash: input.passwordHash,
              createdBy: actor,
            })
            .returning(userColumns);
          await log(tx, actor, 'user.added', 'user', user!.id, { name: input.name, role: input.role });
          return user!;
        });
      } catch (e) {
        if (isUniqueViolation(e))
          throw new TesseraError('conflict', `an account named "${input.name}" exists already`);
        throw e;
      }
    },

    async listUsers() {
      return db.select(userColumns).from(users).orderBy(asc(users.name));
    },

    async getUser(name) {
      return (await db.select(userColumns).from(users).where(eq(users.name, name)))[0] ?? null;
    },

    async passwordHashOf(name) {
      const [row] = await db
        .select({ id: users.id, name: users.name, role: users.role, passwordHash: users.passwordHash })
        .from(users)
        .where(eq(users.name, name));
      return row
        ? { account: { id: row.id, name: row.name, role: row.role }, passwordHash: row.passwordHash }
        : null;
    },

    async setRole(name, role, actor) {
      return db.transaction(async (tx) => {
        const [before] = await tx
          .select({ role: users.role })
          .from(users)
          .where(eq(users.name, name))
          .for('update');
        if (!before) return null;
        const [user] = await tx
          .update(users)
          .set({ role })
          .where(eq(users.name, name))
          .returning(userColumns);
        if (before.role !== role)
          await log(tx, actor, 'user.role_changed', 'user', user!.id, { name, from: before.role, to: role });
        return { user: user!, previous: before.role };
      });
    },

    async countRole(role) {
      const rows = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(users)
        .where(eq(users.role, role));
      return Number(rows[0]?.n ?? 0);
    },

    async removeUser(name, actor) {
      return db.transaction(async (tx) => {
        const [gone] = await tx
          .delete(users)
          .where(eq(users.name, name))
          .returning({ id: users.id, role: users.role });
        if (!gone) return false;
        await log(tx, actor, 'user.removed', 'user', gone.id, { name, role: gone.role });
        return true;
      });
    },

    async addToken(userId, tokenSha256, actor) {
      return db.transaction(async (tx) => {
        const [token] = await tx
          .insert(apiTokens)
          .values({ userId, tokenSha256, createdBy: actor })
          .returning();
        const [owner] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
        await log(tx, actor, 'token.created', 'token', token!.id, { user: owner?.name ?? null });
        return {
          id: token!.id,
          user: owner?.name ?? '',
          createdAt: token!.createdAt,
          createdBy: token!.createdBy,
          revokedAt: null,
          lastUsedAt: null,
        };
      });
    },

    async listTokens() {
      return db
        .select(tokenColumns)
        .from(apiTokens)
        .innerJoin(users, eq(users.id, apiTokens.userId))
        .orderBy(asc(apiTokens.id));
    },

    async revokeToken(id, actor) {
      return db.transaction(async (tx) => {
        const [revoked] = await tx
          .update(apiTokens)
          .set({ revokedAt: sql`now()` })
          .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
          .returning({ id: apiTokens.id });
        if (revoked) await log(tx, actor, 'token.revoked', 'token', id, {});
        const [token] = await tx
          .select(tokenColumns)
          .from(apiTokens)
          .innerJoin(users, eq(users.id, apiTokens.userId))
          .where(eq(apiTokens.id, id));
        return token ? { token, revokedNow: Boolean(revoked) } : null;
      });
    },

    async accountOfToken(tokenSha256) {
      const [row] = await db
        .select({
          id: users.id,
          name: users.name,
          role: users.role,
          tokenId: apiTokens.id,
          lastUsedAt: apiTokens.lastUsedAt,
        })
        .from(apiTokens)
        .innerJoin(users, eq(users.id, apiTokens.userId))
        .where(and(eq(apiTokens.tokenSha256, tokenSha256), isNull(apiTokens.revokedAt)));
      if (!row) return null;
      // To the minute: a script's every request does not become a write.
      if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() >= 60_000)
        await db
          .update(apiTokens)
          .set({ lastUsedAt: sql`now()` })
          .where(
            and(
              eq(apiTokens.id, row.tokenId),
              or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, sql`now() - interval '1 minute'`)),
            ),
          );
      return { id: row.id, name: row.name, role: row.role };
    },

    async tokenBySha256(tokenSha256) {
      const [token] = await db
        .select(tokenColumns)
        .from(apiTokens)
        .innerJoin(users, eq(users.id, apiTokens.userId))
        .where(eq(apiTokens.tokenSha256, tokenSha256));
      return token ?? null;
    },

    async logRefusal(refusal) {
      await log(db, 'anonymous', refusal.action, refusal.entity, refusal.entityId, refusal.details);
    },

    async addSession(userId, idSha256, expiresAt) {
      await db.insert(sessions).values({ idSha256, userId, expiresAt });
    },

    async accountOfSession(idSha256, now) {
      const [row] = await db
        .select({ id: users.id, name: users.name, role: users.role, endsAt: sessions.expiresAt })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(and(eq(sessions.idSha256, idSha256), gt(sessions.expiresAt, now)));
      return row ?? null;
    },

    async sessionBySha256(idSha256) {
      const [row] = await db
        .select({ userId: sessions.userId, user: users.name, expiresAt: sessions.expiresAt })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(eq(sessions.idSha256, idSha256));
      return row ?? null;
    },

    async deleteSession(idSha256) {
      await db.transaction(async (tx) => {
        const [ended] = await tx
          .delete(sessions)
          .where(eq(sessions.idSha256, idSha256))
          .returning({ userId: sessions.userId });
        if (!ended) return;
        const [user] = await tx.select({ name: users.name }).from(users).where(eq(users.id, ended.userId));
        await log(tx, user?.name ?? 'anonymous', 'session.ended', 'user', ended.userId, {});
      });
    },

    async deleteEndedSessions(now) {
      const gone = await db
        .delete(sessions)
        .where(lt(sessions.expiresAt, now))
        .returning({ id: sessions.idSha256 });
      return gone.length;
    },
  };
}
