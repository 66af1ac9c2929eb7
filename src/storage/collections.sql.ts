// The store's side of need-to-know collections (migration 0016): collections, the grants that give an
// account a role in one, and the reads of restricted content written to the change log. It records what
// services/collections.service.ts decided (who may read what, whether a name is acceptable); it decides nothing.
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { TesseraError } from '../domain/errors.ts';
import { changeLog, collectionGrants, collections, users, type GrantRole } from './schema.ts';
import type { Db, Exec } from './sql.repository.ts';

export type { GrantRole } from './schema.ts';

export interface CollectionRecord {
  id: number;
  name: string;
  restricted: boolean;
  createdAt: Date;
  createdBy: string;
  /** How many documents it holds. */
  documents: number;
}

export interface GrantRecord {
  collectionId: number;
  collection: string;
  userId: number;
  user: string;
  role: GrantRole;
  grantedAt: Date;
  grantedBy: string;
}

export interface CollectionRepository {
  /** Every collection by name, with how many documents each holds (0 each with `counts: false`, which is cheaper). */
  listCollections(options?: { counts?: boolean }): Promise<CollectionRecord[]>;
  getCollection(name: string): Promise<CollectionRecord | null>;
  /** Adds a collection; `conflict` when the name is taken. Logged (`collection.added`). */
  addCollection(input: { name: string; restricted: boolean }, actor: string): Promise<CollectionRecord>;
  /** Gives an account a role in a collection, replacing an earlier grant there. Logged (`collection.granted`). */
  grantCollection(collectionId: number, userId: number, role: GrantRole, actor: string): Promise<GrantRecord>;
  /** Takes a grant back; false when there was none. Logged (`collection.revoked`). */
  revokeGrant(collectionId: number, userId: number, actor: string): Promise<boolean>;
  /** Grants by collection name then account name; of one account or one collection when asked. */
  listGrants(filter?: { userId?: number; collectionId?: number }): Promise<GrantRecord[]>;
  /** Appends a read of a collection's content to the change log (`collection.read`), with who read what. */
  recordRead(actor: string, collectionId: number, details: Record<string, unknown>): Promise<void>;
}

const isUniqueViolation = (e: unknown): boolean => {
  for (let c: unknown = e; c && typeof c === 'object'; c = (c as { cause?: unknown }).cause)
    if ((c as { code?: unknown }).code === '23505') return true;
  return false;
};

const log = (
  tx: Exec,
  actor: string,
  action: string,
  collectionId: number,
  details: Record<string, unknown>,
) =>
  tx
    .insert(changeLog)
    .values({ actor, action, entity: 'collection', entityId: collectionId, documentId: null, details });

// Written out in full: drizzle leaves a lone table's columns unqualified, which the subquery would misread.
const documentCount = sql<number>`(SELECT count(*) FROM documents d WHERE d.collection_id = "collections"."id")::int`;

const collectionColumns = {
  id: collections.id,
  name: collections.name,
  restricted: collections.restricted,
  createdAt: collections.createdAt,
  createdBy: collections.createdBy,
  documents: documentCount,
};

export function collectionRepository(db: Db): CollectionRepository {
  async function grants(where: SQL | undefined): Promise<GrantRecord[]> {
    return db
      .select({
        collectionId: collectionGrants.collectionId,
        collection: collections.name,
        userId: collectionGrants.userId,
        user: users.name,
        role: collectionGrants.role,
        grantedAt: collectionGrants.grantedAt,
        grantedBy: collectionGrants.grantedBy,
      })
      .from(collectionGrants)
      .innerJoin(collections, eq(collections.id, collectionGrants.collectionId))
      .innerJoin(users, eq(users.id, collectionGrants.userId))
      .where(where)
      .orderBy(asc(collections.name), asc(users.name));
  }

  return {
    async listCollections(options = {}) {
      const rows = await db
        .select({
          ...collectionColumns,
          documents: options.counts === false ? sql<number>`0` : documentCount,
        })
        .from(collections)
        .orderBy(asc(collections.name));
      return rows.map((r) => ({ ...r, documents: Number(r.documents) }));
    },

    async getCollection(name) {
      const rows = await db.select(collectionColumns).from(collections).where(eq(collections.name, name));
      return rows[0] ? { ...rows[0], documents: Number(rows[0].documents) } : null;
    },

    async addCollection(input, actor) {
      try {
        return await db.transaction(async (tx) => {
          const [row] = await tx
            .insert(collections)
            .values({ name: input.name, restricted: input.restricted, createdBy: actor })
            .returning();
          await log(tx, actor, 'collection.added', row!.id, {
            name: input.name,
            restricted: input.restricted,
          });
          return { ...row!, documents: 0 };
        });
      } catch (e) {
        if (isUniqueViolation(e))
          throw new TesseraError('conflict', `a collection named "${input.name}" exists already`);
        throw e;
      }
    },

    async grantCollection(collectionId, userId, role, actor) {
      await db.transaction(async (tx) => {
        const [before] = await tx
          .select({ role: collectionGrants.role })
          .from(collectionGrants)
          .where(and(eq(collectionGrants.collectionId, collectionId), eq(collectionGrants.userId, userId)));
        await tx
          .insert(collectionGrants)
          .values({ collectionId, userId, role, grantedBy: actor })
          .onConflictDoUpdate({
            target: [collectionGrants.collectionId, collectionGrants.userId],
            set: { role, grantedBy: actor, grantedAt: new Date() },
          });
        await log(tx, actor, 'collection.granted', collectionId, {
          userId,
          from: before?.role ?? null,
          to: role,
        });
      });
      const [grant] = await grants(
        and(eq(collectionGrants.collectionId, collectionId), eq(collectionGrants.userId, userId)),
      );
      if (!grant) throw new TesseraError('storage_failed', `grant of ${userId} in ${collectionId} vanished`);
      return grant;
    },

    async revokeGrant(collectionId, userId, actor) {
      return db.transaction(async (tx) => {
        const deleted = await tx
          .delete(collectionGrants)
          .where(and(eq(collectionGrants.collectionId, collectionId), eq(collectionGrants.userId, userId)))
          .returning({ role: collectionGrants.role });
        if (!deleted.length) return false;
        await log(tx, actor, 'collection.revoked', collectionId, { userId, from: deleted[0]!.role });
        return true;
      });
    },

    async listGrants(filter = {}) {
      const where: SQL[] = [];
      if (filter.userId !== undefined) where.push(eq(collectionGrants.userId, filter.userId));
      if (filter.collectionId !== undefined)
        where.push(eq(collectionGrants.collectionId, filter.collectionId));
      return grants(where.length ? and(...where) : undefined);
    },

    async recordRead(actor, collectionId, details) {
      await log(db, actor, 'collection.read', collectionId, details);
    },
  };
}
