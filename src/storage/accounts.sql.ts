// The store's side of accounts: users with their password hashes, API tokens and browser sessions, kept
// by their SHA-256 only. It records what services/accounts.service.ts decided (roles, who may do what,
// whether a password is right); it decides nothing. Every change is logged in the change log.
import { and, asc, eq, gt, isNull, lt, sql } from 'drizzle-orm';
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
  /** The account of a token that is not revoked. */
  accountOfToken(tokenSha256: string): Promise<Account | null>;
  addSession(userId: number, idSha256: string, expiresAt: Date): Promise<void>;
  /** The account of a session that has not ended by `now`. */
  accountOfSession(idSha256: string, now: Date): Promise<Account | null>;
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
        .select({ id: users.id, name: users.name, role: users.role })
        .from(apiTokens)
        .innerJoin(users, eq(users.id, apiTokens.userId))
        .where(and(eq(apiTokens.tokenSha256, tokenSha256), isNull(apiTokens.revokedAt)));
      return row ?? null;
    },

    async addSession(userId, idSha256, expiresAt) {
      await db.insert(sessions).values({ idSha256, userId, expiresAt });
    },

    async accountOfSession(idSha256, now) {
      const [row] = await db
        .select({ id: users.id, name: users.name, role: users.role })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(and(eq(sessions.idSha256, idSha256), gt(sessions.expiresAt, now)));
      return row ?? null;
    },

    async deleteSession(idSha256) {
      await db.delete(sessions).where(eq(sessions.idSha256, idSha256));
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
