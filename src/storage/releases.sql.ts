// Releases: lists by filter and their reviews.
import { and, asc, desc, eq, gt, inArray, ne, type SQL } from 'drizzle-orm';
import { notFound } from '../domain/errors.ts';
import type { ReleaseRecord, Repository } from './repository.ts';
import { documents, releases } from './schema.ts';
import type { Db } from './db.ts';
import { applyEdits, docJoin, releaseColumns, reviewLogDetails, toReleaseRecord } from './rows.ts';
import { checkReview, type SqlContext } from './sql-context.ts';

async function getRelease(db: Db, id: number): Promise<ReleaseRecord | null> {
  const rows = await db
    .select({ r: releases, d: docJoin })
    .from(releases)
    .innerJoin(documents, eq(documents.id, releases.documentId))
    .where(eq(releases.id, id));
  return rows[0] ? toReleaseRecord(rows[0].r, rows[0].d) : null;
}

export type ReleaseRepository = Pick<Repository, 'listReleases' | 'reviewRelease'>;

export function releaseRepository(ctx: SqlContext): ReleaseRepository {
  const { db, log } = ctx;
  const repository: ReleaseRepository = {
    async listReleases(filter = {}) {
      const where: SQL[] = [];
      if (filter.documentId !== undefined) where.push(eq(releases.documentId, filter.documentId));
      if (filter.documentIds) {
        const ids = [...filter.documentIds, -1];
        where.push(inArray(releases.documentId, ids), inArray(documents.id, ids));
      }
      if (filter.afterId !== undefined) where.push(gt(releases.id, filter.afterId));
      if (filter.live) where.push(ne(releases.review, 'rejected'));
      if (filter.collections) where.push(inArray(documents.collectionId, [...filter.collections, -1]));
      const rows = await db
        .select({ r: releases, d: docJoin })
        .from(releases)
        .innerJoin(documents, eq(documents.id, releases.documentId))
        .where(where.length ? and(...where) : undefined)
        .orderBy(filter.order === 'newest' ? desc(releases.id) : asc(releases.id))
        .limit(filter.limit ?? 1000);
      return rows.map((r) => toReleaseRecord(r.r, r.d));
    },
    async reviewRelease(id, input) {
      const before = await getRelease(db, id);
      if (!before) throw notFound('release', String(id));
      const edits = checkReview(input, before.edits);
      const current = applyEdits(before.extracted, edits);
      await db.transaction(async (tx) => {
        await tx
          .update(releases)
          .set({
            ...releaseColumns(current),
            edits,
            review: input.state,
            reviewedBy: input.actor,
            reviewedAt: new Date(),
            reviewNote: input.note ?? null,
          })
          .where(eq(releases.id, id));
        await log(tx, {
          actor: input.actor,
          action: 'release.reviewed',
          entity: 'release',
          entityId: id,
          documentId: before.documentId,
          details: reviewLogDetails(before, input, edits),
        });
      });
      return (await getRelease(db, id))!;
    },
  };
  return repository;
}
