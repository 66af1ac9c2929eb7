// Releases: lists by filter and their reviews.
import { and, asc, desc, eq, gt, inArray, isNull, ne, sql, type SQL } from 'drizzle-orm';
import { notFound } from '../domain/errors.ts';
import type { Release } from '../domain/claim.ts';
import type { ReleaseRecord, Repository } from './repository.ts';
import { documents, releases } from './schema.ts';
import type { Exec } from './db.ts';
import {
  applyEdits,
  collectionList,
  docJoin,
  intList,
  releaseColumns,
  reviewLogDetails,
  rowsOf,
  toReleaseRecord,
} from './rows.ts';
import { checkReview, type SqlContext } from './sql-context.ts';

async function getRelease(db: Exec, id: number, lock = false): Promise<ReleaseRecord | null> {
  const query = db
    .select({ r: releases, d: docJoin })
    .from(releases)
    .innerJoin(documents, eq(documents.id, releases.documentId))
    .where(eq(releases.id, id));
  const rows = await (lock ? query.for('no key update', { of: releases }) : query);
  return rows[0] ? toReleaseRecord(rows[0].r, rows[0].d) : null;
}

export type ReleaseRepository = Pick<
  Repository,
  'listReleases' | 'reviewRelease' | 'listReleaseGroups' | 'keyReleases'
>;

/** Releases keyed per statement when a store made before migration 0025 is opened. */
const KEYING_BATCH = 1000;

export function releaseRepository(ctx: SqlContext): ReleaseRepository {
  const { db, log } = ctx;
  const repository: ReleaseRepository = {
    async listReleases(filter = {}) {
      const where: SQL[] = [];
      if (filter.documentId !== undefined) where.push(eq(releases.documentId, filter.documentId));
      if (filter.documentIds) {
        const ids = intList(filter.documentIds);
        where.push(sql`${releases.documentId} = ANY(${ids})`, sql`${documents.id} = ANY(${ids})`);
      }
      if (filter.afterId !== undefined) where.push(gt(releases.id, filter.afterId));
      if (filter.ids) where.push(sql`${releases.id} = ANY(${intList(filter.ids)})`);
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
    async listReleaseGroups(filter, page) {
      const seen = filter.collections
        ? sql`d.collection_id = ANY(${collectionList(filter.collections)})`
        : sql`TRUE`;
      // An entry passes a condition when any of its releases does (each condition by itself).
      const having: SQL[] = [sql`TRUE`];
      if (filter.media) having.push(sql`bool_or(m.media = ${filter.media})`);
      if (filter.documentId !== undefined) having.push(sql`bool_or(m.document_id = ${filter.documentId})`);
      if (filter.lang)
        having.push(sql`bool_or(${filter.lang} = ANY(m.spoken) OR ${filter.lang} = ANY(m.subtitles))`);
      if (filter.year) having.push(sql`bool_or(left(m.date, 4) = ${filter.year})`);
      if (filter.producerFold) having.push(sql`bool_or(m.producer_fold = ${filter.producerFold})`);
      if (filter.needle)
        having.push(
          filter.needleKey
            ? sql`bool_or(strpos(m.title_key, ${filter.needleKey}) > 0 OR strpos(m.search_fold, ${filter.needle}) > 0)`
            : sql`bool_or(strpos(m.search_fold, ${filter.needle}) > 0)`,
        );
      // The entries, as groupByRelease makes them over the releases newest first: in a group key, the
      // spellings of each script ranked by their newest release; the n-th spelling of every script is the
      // n-th entry of the key. An untitled release is an entry by itself. Rows: (part, value, n, ord).
      const result = await db.execute(sql`
        WITH r AS MATERIALIZED (
          SELECT rel.id, rel.document_id, rel.media, rel.date, rel.spoken, rel.subtitles, rel.producer,
            rel.group_key, rel.spelling, rel.title_key, rel.producer_fold, rel.search_fold,
            max(rel.id) OVER (PARTITION BY rel.group_key, rel.spelling) AS spelling_newest
          FROM releases rel JOIN documents d ON d.id = rel.document_id
          WHERE rel.review <> 'rejected' AND ${seen}
        ),
        m AS MATERIALIZED (
          SELECT r.*, CASE WHEN r.group_key IS NULL THEN 'release ' || r.id
            ELSE dense_rank() OVER (PARTITION BY r.group_key, split_part(r.spelling, '|', 1)
              ORDER BY r.spelling_newest DESC) || ' ' || r.group_key END AS entry
          FROM r
        ),
        e AS MATERIALIZED (
          SELECT m.entry, max(m.id) AS newest FROM m GROUP BY m.entry HAVING ${sql.join(having, sql` AND `)}
        ),
        p AS (
          SELECT e.entry, row_number() OVER (ORDER BY e.newest DESC) AS ord FROM e
          ORDER BY e.newest DESC LIMIT ${page.limit} OFFSET ${page.offset}
        ),
        kept AS (SELECT m.* FROM m JOIN e ON e.entry = m.entry),
        shown AS (
          SELECT m.id, m.document_id, m.spelling_newest, p.ord,
            row_number() OVER (PARTITION BY p.ord ORDER BY m.id DESC) AS rank
          FROM m JOIN p ON p.entry = m.entry
        )
        SELECT 'total' AS part, NULL AS value, count(*)::int AS n, 0::bigint AS ord, NULL::int[] AS ids,
          NULL::int[] AS documents FROM e
        UNION ALL SELECT 'entry', NULL, count(*)::int, ord,
          array_agg(id ORDER BY id DESC) FILTER (WHERE rank <= ${page.members} OR id = spelling_newest),
          array_agg(DISTINCT document_id) FROM shown GROUP BY ord
        UNION ALL SELECT 'media', media, count(DISTINCT entry)::int, 0, NULL, NULL FROM kept GROUP BY media
        UNION ALL SELECT 'producer', producer, count(DISTINCT entry)::int, 0, NULL, NULL FROM kept
          WHERE producer IS NOT NULL GROUP BY producer
        UNION ALL SELECT 'year', left(date, 4), count(DISTINCT entry)::int, 0, NULL, NULL FROM kept
          WHERE date IS NOT NULL GROUP BY 2
        UNION ALL SELECT 'lang', l.lang, count(DISTINCT entry)::int, 0, NULL, NULL
          FROM kept, unnest(kept.spoken || kept.subtitles) AS l(lang) GROUP BY 2`);
      const rows = rowsOf<{
        part: string;
        value: string | null;
        n: number;
        ord: number | string;
        ids: number[] | null;
        documents: number[] | null;
      }>(result);
      const entries = rows
        .filter((r) => r.part === 'entry')
        .sort((a, b) => Number(a.ord) - Number(b.ord))
        .map((r) => ({
          releaseIds: r.ids!.map(Number),
          releases: Number(r.n),
          documentIds: r.documents!.map(Number),
        }));
      const facet = (part: string) =>
        rows.filter((r) => r.part === part).map((r) => ({ value: r.value!, count: Number(r.n) }));
      return {
        total: Number(rows.find((r) => r.part === 'total')?.n ?? 0),
        items: entries,
        facets: {
          media: facet('media'),
          producer: facet('producer'),
          year: facet('year'),
          lang: facet('lang'),
        },
      };
    },
    async keyReleases() {
      let keyed = 0;
      for (;;) {
        const unkeyed = await db
          .select()
          .from(releases)
          .where(isNull(releases.searchFold))
          .orderBy(asc(releases.id))
          .limit(KEYING_BATCH);
        if (!unkeyed.length) {
          // Every row keyed was written again: the table's old versions go now, not when a vacuum comes
          // (PGlite has none), or every scan of the releases reads them (twice the pages at 20,000 reports).
          if (keyed) await db.execute(sql`VACUUM (ANALYZE) releases`);
          return keyed;
        }
        const rows = unkeyed.map((row) => {
          const k = ctx.linker.releaseKeys({
            media: row.media as Release['media'],
            title: row.title,
            producer: row.producer,
            quote: row.quote,
          });
          return {
            id: row.id,
            group_key: k.groupKey,
            spelling: k.spelling,
            title_key: k.titleKey,
            producer_fold: k.producerFold,
            search_fold: k.searchFold,
          };
        });
        await db.execute(sql`UPDATE releases r SET group_key = x.group_key, spelling = x.spelling,
            title_key = x.title_key, producer_fold = x.producer_fold, search_fold = x.search_fold
          FROM json_to_recordset(${JSON.stringify(rows)}::json) AS x(id int, group_key text, spelling text,
            title_key text, producer_fold text, search_fold text)
          WHERE r.id = x.id`);
        keyed += rows.length;
      }
    },
    async reviewRelease(id, input) {
      await db.transaction(async (tx) => {
        // The release as it is, its row locked: a re-extraction locks the releases of its report before it
        // changes or deletes them, so either it waits on this review and keeps a release now reviewed, or
        // this waits on it and reads what it wrote (or finds the release gone).
        const before = await getRelease(tx, id, true);
        if (!before) throw notFound('release', String(id));
        const edits = checkReview(input, before.edits);
        const current = applyEdits(before.extracted, edits);
        await tx
          .update(releases)
          .set({
            ...releaseColumns(current, ctx.linker),
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
