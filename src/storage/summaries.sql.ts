// The reports' summaries (migration 0023): per report, its claims counted by kind (report_summaries), by
// place named (report_places) and by question answered (report_questions), written by triggers on claims
// whenever a statement changes a report's claims. The overview's counts, the list of questions and the
// search's country and claim facets read them: a few small rows per report rather than every claim.
// Rejected claims are in none of them. The repository here reads them; nothing in it writes them.
import { sql, type SQL } from 'drizzle-orm';
import type { QuestionCount, Repository } from './repository.ts';
import { documentVisible, rowsOf } from './rows.ts';
import { type SqlContext } from './sql-context.ts';

export type SummaryRepository = Pick<Repository, 'listQuestions' | 'countByPlace' | 'countByReview'>;

export function summaryRepository(ctx: SqlContext): SummaryRepository {
  const { db } = ctx;
  return {
    async listQuestions(filter) {
      const where = [documentVisible(sql`document_id`, filter.collections)];
      if (filter.population) where.push(sql`population = ${filter.population}`);
      // A row per report and question: the claims are summed and the reports counted.
      const groups = sql`SELECT population, origin_set, status, sum(claims)::int AS claims, count(*)::int AS documents
        FROM report_questions WHERE ${sql.join(where, sql` AND `)}
        GROUP BY population, origin_set, status`;
      // The number of questions is counted beside the page (a window over the groups), and separately
      // only when the page is past the end.
      const offset = filter.offset ?? 0;
      const rows = rowsOf<Record<string, unknown>>(
        await db.execute(sql`SELECT g.*, count(*) OVER ()::int AS total FROM (${groups}) g
          ORDER BY documents DESC, claims DESC, population, origin_set, status
          LIMIT ${filter.limit ?? 1000} OFFSET ${offset}`),
      );
      const total =
        rows.length || !offset
          ? Number(rows[0]?.total ?? 0)
          : Number(
              rowsOf<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM (${groups}) g`))[0]
                ?.n ?? 0,
            );
      return {
        items: rows.map((r) => ({
          population: r.population as QuestionCount['population'],
          origin: r.origin_set as string[],
          status: r.status as QuestionCount['status'],
          claims: Number(r.claims),
          documents: Number(r.documents),
        })),
        total,
      };
    },
    async countByPlace(field, visible) {
      const [claims, childrenMax] =
        field === 'origin'
          ? [sql`origin_claims`, sql`origin_children_max`]
          : [sql`location_claims`, sql`location_children_max`];
      const rows = rowsOf<Record<string, unknown>>(
        await db.execute(sql`
          SELECT code, sum(${claims})::int AS claims, count(*)::int AS documents, max(${childrenMax}) AS children_max
          FROM report_places
          WHERE ${claims} > 0 AND code NOT LIKE 'region:%' AND ${documentVisible(sql`document_id`, visible)}
          GROUP BY code ORDER BY claims DESC, code`),
      );
      return rows.map((r) => ({
        code: String(r.code),
        claims: Number(r.claims),
        documents: Number(r.documents),
        childrenMax: r.children_max === null || r.children_max === undefined ? null : Number(r.children_max),
      }));
    },
    async countByReview(visible) {
      const seen = documentVisible(sql`document_id`, visible);
      const row = rowsOf<Record<string, unknown>>(
        await db.execute(sql`SELECT coalesce(sum(claims), 0)::int AS claims,
          coalesce(sum(unreviewed), 0)::int AS unreviewed,
          (SELECT count(*) FROM releases WHERE review <> 'rejected' AND ${seen})::int AS releases
          FROM report_summaries WHERE ${seen}`),
      )[0]!;
      return {
        claims: Number(row.claims),
        unreviewed: Number(row.unreviewed),
        releases: Number(row.releases),
      };
    },
  };
}

/** Whether the report `doc` (a documents.id expression) has a claim, not rejected, naming one of `places` (a text[]). */
export function reportNamesPlace(doc: SQL, places: SQL): SQL {
  return sql`EXISTS (SELECT 1 FROM report_places rp WHERE rp.document_id = ${doc} AND rp.code = ANY(${places}))`;
}

/**
 * The reports of `basis` (a relation with an `id` column) counted by each country their claims name, as
 * origin or location (regions aside): rows (code, n).
 */
export function reportsByCountry(basis: SQL): SQL {
  return sql`SELECT rp.code, count(*)::int AS n FROM report_places rp JOIN ${basis} b ON b.id = rp.document_id
    WHERE rp.code NOT LIKE 'region:%' GROUP BY rp.code`;
}

/**
 * A condition on a report's claims of some kinds (population, status, group; rejected claims never count),
 * as the summaries read it: `where` is given the alias of a report_summaries row, whose columns are named
 * as the claims'.
 */
export type KindCondition = (row: string) => SQL;

const joined = (row: string, where: readonly KindCondition[]) =>
  sql.join([sql`TRUE`, ...where.map((w) => w(row))], sql` AND `);

/** Whether the report `doc` has a claim meeting every condition. */
export function reportHasClaim(doc: SQL, where: readonly KindCondition[]): SQL {
  return sql`EXISTS (SELECT 1 FROM report_summaries rs WHERE rs.document_id = ${doc} AND ${joined('rs', where)})`;
}

/** How many claims of the report `doc` meet every condition. */
export function reportClaimCount(doc: SQL, where: readonly KindCondition[]): SQL {
  return sql`(SELECT coalesce(sum(rs.claims), 0) FROM report_summaries rs
    WHERE rs.document_id = ${doc} AND ${joined('rs', where)})`;
}

/** How many claims the reports of `basis` have that meet every condition: one row (n). */
export function claimsOfReports(basis: SQL, where: readonly KindCondition[]): SQL {
  return sql`SELECT coalesce(sum(rs.claims), 0)::int AS n FROM report_summaries rs
    JOIN ${basis} b ON b.id = rs.document_id WHERE ${joined('rs', where)}`;
}

/**
 * The reports of `basis` counted by the value of one kind column (population, status or affiliation; null
 * left out) among their claims meeting every condition: rows (value, n).
 */
export function reportsByKind(
  column: 'population' | 'status' | 'affiliation',
  basis: SQL,
  where: readonly KindCondition[],
): SQL {
  return kindsOfRows(
    column,
    sql`(SELECT rs.* FROM report_summaries rs JOIN ${basis} b ON b.id = rs.document_id
      WHERE ${joined('rs', where)})`,
  );
}

/**
 * Reports counted by the value of one kind column among summary rows already chosen (`rows`, with the
 * columns of report_summaries): rows (value, n).
 */
export function kindsOfRows(column: 'population' | 'status' | 'affiliation', rows: SQL): SQL {
  const value = sql.raw(`rs.${column}`);
  // Each report once per value, then counted: two hash aggregates, where count(DISTINCT) sorts every row.
  return sql`SELECT value, count(*)::int AS n FROM (
      SELECT DISTINCT rs.document_id, ${value} AS value FROM ${rows} rs WHERE ${value} IS NOT NULL
    ) per_report GROUP BY value`;
}
