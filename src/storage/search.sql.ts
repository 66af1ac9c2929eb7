// Search: the best-ranked reports for words, places and concepts, and the faceted report search (the
// total, a page, every facet and the matching claims in one statement).
import { asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { ReportSearch, Repository, SearchHit, SearchQuery, SearchTerm } from './repository.ts';
import { REPORT_FACETS, type ReportFacet } from './repository.ts';
import { claims, documents } from './schema.ts';
import { foldForIndex, QUERY_CONFIGS, searchConfigFor } from './search-text.ts';
import {
  collectionList,
  docJoin,
  documentSummaryColumns,
  pgTextArray,
  rowsOf,
  toClaimRecord,
} from './rows.ts';
import { type SqlContext } from './sql-context.ts';
import {
  claimsOfReports,
  kindsOfRows,
  reportClaimCount,
  reportHasClaim,
  reportNamesPlace,
  reportsByCountry,
  reportsByKind,
  type KindCondition,
} from './summaries.sql.ts';

/** Search ranks at most this many matching documents (the newest), so common words stay fast. */
const SEARCH_CANDIDATES = 200;
export type SearchRepository = Pick<Repository, 'search' | 'searchReports'>;

export function searchRepository(ctx: SqlContext): SearchRepository {
  const { db } = ctx;
  const repository: SearchRepository = {
    async search(query: SearchQuery): Promise<SearchHit[]> {
      const text = foldForIndex(query.text).trim();
      const placeText = foldForIndex(query.placeText ?? '').trim();
      const codes = [...new Set(query.codes)];
      await compileConcepts(ctx, [query]);
      const concepts = (query.concepts ?? [])
        .map((terms) => conceptQuery(ctx, terms))
        .filter((c): c is SQL => c !== null);
      if (!text && !codes.length && !concepts.length) return [];
      const limit = Math.min(Math.max(query.limit ?? 20, 1), SEARCH_CANDIDATES);
      const tsq = (words: string) =>
        sql.join(
          QUERY_CONFIGS.map((cfg) => sql`websearch_to_tsquery(${cfg}::regconfig, ${words})`),
          sql` || `,
        );
      const codesArr = sql`${pgTextArray(codes)}::text[]`;
      const conceptCols = concepts.map((c, i) => sql`, (${c}) AS ${sql.raw(`c${i}`)}`);
      const conceptRank = concepts.map((_, i) => sql` || ${sql.raw(`c${i}`)}`);
      const wordsMatch = text ? sql`d.search @@ q.words` : sql`TRUE`;
      const placeMatch = codes.length
        ? placeText
          ? sql`(d.codes && ${codesArr} OR d.search @@ q.places)`
          : sql`d.codes && ${codesArr}`
        : sql`TRUE`;
      // A concept's match is written out where the planner sees its words and how many reports hold them:
      // most reports name children, and walking the newest reports until 200 match reads far fewer search
      // vectors than the index's every match, each rechecked. The analyst's own words stay behind q, where
      // the planner expects few matches and reads the index (a phrase such as "training camps" is found
      // in a few reports, and walking the newest reports to find them read four times as many vectors).
      const conceptMatch = concepts.map((c) => sql` AND d.search @@ (${c})`);
      // Rank only a bounded set of the newest matches: ts_rank over every match of a common word is slow.
      // The query ranked against is joined once (q.ranked): joined in the select list, a concept's hundreds
      // of terms were copied for every candidate, half the time of a search with a large concept.
      const result = await db.execute(sql`
        WITH q0 AS MATERIALIZED (SELECT (${tsq(text)}) AS words, (${tsq(placeText)}) AS places${sql.join(conceptCols, sql``)}),
        q AS MATERIALIZED (SELECT q0.*, words || places${sql.join(conceptRank, sql``)} AS ranked FROM q0),
        cand AS (
          SELECT d.id FROM documents d, q
          WHERE ${wordsMatch} AND ${placeMatch}${sql.join(conceptMatch, sql``)}
            AND ${query.collections ? sql`d.collection_id = ANY(${collectionList(query.collections)})` : sql`TRUE`}
          ORDER BY d.id DESC
          LIMIT ${SEARCH_CANDIDATES}
        )
        SELECT d.id,
               ts_rank(d.search, q.ranked)
                 + CASE WHEN d.codes && ${codesArr} THEN 0.05 ELSE 0 END AS rank,
               ARRAY(SELECT unnest(d.codes) INTERSECT SELECT unnest(${codesArr})) AS matched
        FROM cand JOIN documents d ON d.id = cand.id, q
        ORDER BY rank DESC, d.id DESC
        LIMIT ${limit}`);
      const hits = rowsOf<{ id: number; rank: number | string; matched: string[] }>(result);
      if (!hits.length) return [];
      const docs = await db
        .select({ ...documentSummaryColumns, text: documents.text })
        .from(documents)
        .where(
          inArray(
            documents.id,
            hits.map((h) => Number(h.id)),
          ),
        );
      const byId = new Map(docs.map((d) => [d.id, d]));
      return hits.flatMap((h) => {
        const d = byId.get(Number(h.id));
        if (!d) return [];
        const { text: body, ...summary } = d;
        return [
          {
            document: summary,
            rank: Number(h.rank),
            text: body,
            matchedCodes: h.matched,
          },
        ];
      });
    },
    async searchReports(filter, page) {
      const ids = filter.documentIds;
      if (ids && !ids.length)
        return {
          total: 0,
          items: [],
          facets: Object.fromEntries(REPORT_FACETS.map((f) => [f, []])) as unknown as ReportSearch['facets'],
          claims: { total: 0, items: [] },
        };
      const idList = ids ? sql`${`{${ids.join(',')}}`}::int[]` : null;
      const list = (values: string[] | undefined) =>
        values?.length ? sql`${pgTextArray([...new Set(values)])}::text[]` : null;
      const langs = list(filter.lang);
      const outlets = list(filter.outlet);
      const places = list(filter.country);
      const populations = list(filter.population);
      const statuses = list(filter.status);
      const groups = list(filter.affiliation);
      // Each condition knows its facet: a facet's counts leave out its own condition, so an analyst who
      // chose Arabic still sees how many reports French would add (several values of a facet are "any of").
      // A claim condition is read from the reports' summaries (`row` is a report_summaries row, whose
      // columns are named as the claims'), or from the claims themselves (`row` = c).
      const claimConds: [ReportFacet, KindCondition][] = [];
      if (populations)
        claimConds.push(['population', (row) => sql`${sql.raw(row)}.population = ANY(${populations})`]);
      if (statuses) claimConds.push(['status', (row) => sql`${sql.raw(row)}.status = ANY(${statuses})`]);
      if (groups) claimConds.push(['group', (row) => sql`${sql.raw(row)}.affiliation = ANY(${groups})`]);
      const condsBut = (except?: ReportFacet) => claimConds.filter(([f]) => f !== except).map(([, c]) => c);
      const allConds = condsBut();
      // Conditions every report kept meets, whatever the facet counted.
      const always: SQL[] = [sql`TRUE`];
      if (idList) always.push(sql`d.id = ANY(${idList})`);
      if (filter.collections) always.push(sql`d.collection_id = ANY(${collectionList(filter.collections)})`);
      await compileConcepts(ctx, [filter.matching]);
      const match = filter.matching ? searchMatch(ctx, filter.matching) : null;
      // The text match is the statement's first condition, or the ids it matched when read beforehand.
      const matchAt = always.length;
      if (match) always.push(match);
      if (filter.from) always.push(sql`d.published >= ${filter.from}`);
      if (filter.to) always.push(sql`left(d.published, ${filter.to.length}) <= ${filter.to}`);
      // Conditions a facet's own counts leave out: each becomes a column of `base`, worked out once per report.
      const docConds: [ReportFacet, SQL][] = [];
      if (langs) docConds.push(['lang', sql`d.lang = ANY(${langs})`]);
      if (outlets) docConds.push(['outlet', sql`d.outlet = ANY(${outlets})`]);
      if (places)
        docConds.push(['country', sql`(d.codes && ${places} OR ${reportNamesPlace(sql`d.id`, places)})`]);
      const columns: SQL[] = docConds.map(([f, cond]) => sql`${cond} AS ${sql.raw(`ok_${f}`)}`);
      if (claimConds.length) columns.push(sql`${reportHasClaim(sql`d.id`, allConds)} AS ok_claims`);
      // A claim facet's counts keep reports with a claim meeting the other claim conditions.
      for (const [f] of claimConds)
        if (claimConds.length > 1)
          columns.push(sql`${reportHasClaim(sql`d.id`, condsBut(f))} AS ${sql.raw(`ok_claims_but_${f}`)}`);
      const keptBut = (except?: ReportFacet): SQL => {
        const where: SQL[] = [sql`TRUE`];
        for (const [f] of docConds) if (f !== except) where.push(sql.raw(`b.ok_${f}`));
        if (claimConds.length) {
          if (!claimConds.some(([f]) => f === except)) where.push(sql.raw('b.ok_claims'));
          else if (claimConds.length > 1) where.push(sql.raw(`b.ok_claims_but_${except}`));
        }
        return sql.join(where, sql` AND `);
      };
      const filtered = new Set<ReportFacet>([...docConds, ...claimConds].map(([f]) => f));
      /** The reports a facet counts: those kept, or, when the facet itself filters, kept but for it. */
      const basis = (f: ReportFacet) =>
        filtered.has(f) ? sql`(SELECT * FROM base b WHERE ${keptBut(f)})` : sql`k`;
      /** The reports counted by the value of a claim facet among their claims meeting the other conditions. */
      // Without a claim condition, every claim facet and the claims' total count the summaries of the
      // reports kept: those rows are joined once (ks) rather than once for each.
      const shared = !claimConds.length;
      const byKind = (f: ReportFacet, column: 'population' | 'status' | 'affiliation') =>
        shared
          ? kindsOfRows(column, sql`ks`)
          : reportsByKind(column, basis(f), filtered.has(f) ? condsBut(f) : allConds);
      const rankedList = filter.ranked?.length ? sql`${`{${filter.ranked.join(',')}}`}::int[]` : null;
      const order =
        filter.sort === 'date'
          ? sql`k.published DESC NULLS LAST, k.id DESC`
          : idList
            ? sql`array_position(${idList}, k.id)`
            : rankedList
              ? sql`array_position(${rankedList}, k.id) NULLS LAST, k.id DESC`
              : sql`k.id DESC`;
      // The claims shown: those of the reports kept meeting every claim condition, naming a country asked
      // for, dated on or after `from` (an undated claim takes its report's date, which is on or after it).
      // Membership of the kept reports is a hashed lookup (IS TRUE keeps the planner from making it a join,
      // which would give up reading the claims in id order and stopping at the page's end).
      const claimOnly: SQL[] = [sql`c.review <> 'rejected'`, ...allConds.map((c) => c('c'))];
      if (places) claimOnly.push(sql`(c.origin && ${places} OR c.location && ${places})`);
      if (filter.from) claimOnly.push(sql`(c.date IS NULL OR c.date >= ${filter.from})`);
      claimOnly.push(sql`(c.document_id IN (SELECT id FROM k)) IS TRUE`);
      const claimRows = sql`FROM claims c WHERE ${sql.join(claimOnly, sql` AND `)}`;
      // Without a country or a date to check claim by claim, the reports' summaries count them.
      const claimTotal =
        places || filter.from
          ? sql`SELECT count(*)::int AS n ${claimRows}`
          : shared
            ? sql`SELECT coalesce(sum(claims), 0)::int AS n FROM ks`
            : claimsOfReports(sql`k`, allConds);
      // One statement: the reports matching the words and the conditions that always hold are found once
      // (the text match is the costly part), then the total, the page, every facet and the claims are
      // counted from them. Rows: (part, value, n, ord).
      const statementOf = (base: SQL[]) => sql`
        WITH base AS MATERIALIZED (
          SELECT d.id, d.lang, d.outlet, d.published${sql.join(
            columns.map((c) => sql`, ${c}`),
            sql``,
          )}
          FROM documents d WHERE ${sql.join(base, sql` AND `)}
        ),
        k AS MATERIALIZED (SELECT * FROM base b WHERE ${keptBut()})${
          shared
            ? sql`,
        ks AS MATERIALIZED (SELECT rs.document_id, rs.population, rs.status, rs.affiliation, rs.claims
          FROM report_summaries rs JOIN k ON k.id = rs.document_id)`
            : sql``
        }
        SELECT 'total' AS part, NULL AS value, count(*)::int AS n, 0::bigint AS ord FROM k
        UNION ALL SELECT 'page', p.id::text, p.claims, p.ord FROM (
          SELECT k.id, ${reportClaimCount(sql`k.id`, allConds)}::int AS claims,
                 row_number() OVER (ORDER BY ${order}) AS ord
          FROM k ORDER BY ${order} LIMIT ${page.limit} OFFSET ${page.offset}) p
        UNION ALL SELECT 'lang', lang, count(*)::int, 0 FROM ${basis('lang')} b
          WHERE lang IS NOT NULL GROUP BY lang
        UNION ALL SELECT 'outlet', outlet, count(*)::int, 0 FROM ${basis('outlet')} b
          WHERE outlet IS NOT NULL GROUP BY outlet
        UNION ALL SELECT 'year', left(published, 4), count(*)::int, 0 FROM k WHERE published IS NOT NULL GROUP BY 2
        UNION ALL SELECT 'country', code, n, 0 FROM (${reportsByCountry(basis('country'))}) f
        UNION ALL SELECT 'population', value, n, 0 FROM (${byKind('population', 'population')}) f
        UNION ALL SELECT 'status', value, n, 0 FROM (${byKind('status', 'status')}) f
        UNION ALL SELECT 'group', value, n, 0 FROM (${byKind('group', 'affiliation')}) f
        UNION ALL SELECT 'claims', NULL, n, 0 FROM (${claimTotal}) t
        UNION ALL SELECT 'claim', s.id::text, 0, s.id FROM (
          SELECT c.id ${claimRows} ORDER BY c.id LIMIT ${page.claims}) s`;
      // A search's words are read from the search index: for a word most reports have, the planner would
      // scan every report and decompress every search vector instead, since it prices a text match as
      // cheap (PGlite, cold, "children" at 20,000 reports: 5,819 pages read against 1,641; PostgreSQL:
      // 0.8-1.0 s against 0.05 s). The matching ids are read first with sequential scans off, then the
      // statement runs with them on: off for all of it, the report summaries were read four times through
      // their index (28,000 pages each for "children") where a sequential scan reads each page once.
      const result = match
        ? await db.transaction(async (tx) => {
            await tx.execute(sql`SET LOCAL enable_seqscan = off`);
            const [found] = rowsOf<{ ids: string | null }>(
              await tx.execute(sql`SELECT array_agg(d.id)::text AS ids FROM documents d WHERE ${match}`),
            );
            await tx.execute(sql`SET LOCAL enable_seqscan = on`);
            const matched = [...always];
            matched[matchAt] = sql`d.id = ANY(${found?.ids ?? '{}'}::int[])`;
            return tx.execute(statementOf(matched));
          })
        : await db.execute(statementOf(always));
      const rows = rowsOf<{ part: string; value: string | null; n: number; ord: number | string }>(result);
      const partOf = (part: string) =>
        rows.filter((r) => r.part === part).sort((a, b) => Number(a.ord) - Number(b.ord));
      const total = Number(partOf('total')[0]?.n ?? 0);
      const pageRows = partOf('page').map((r) => ({ id: Number(r.value), claims: Number(r.n) }));
      const docs = pageRows.length
        ? await db
            .select(documentSummaryColumns)
            .from(documents)
            .where(
              inArray(
                documents.id,
                pageRows.map((r) => r.id),
              ),
            )
        : [];
      const byId = new Map(docs.map((d) => [d.id, d]));
      const facets = Object.fromEntries(
        REPORT_FACETS.map((f) => [
          f,
          partOf(f)
            .map((r) => ({ value: r.value!, count: Number(r.n) }))
            .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
            .slice(0, page.facetValues),
        ]),
      );
      const shownIds = partOf('claim').map((r) => Number(r.value));
      const shown = shownIds.length
        ? (
            await db
              .select({ c: claims, d: docJoin })
              .from(claims)
              .innerJoin(documents, eq(documents.id, claims.documentId))
              .where(inArray(claims.id, shownIds))
              .orderBy(asc(claims.id))
          ).map((r) => toClaimRecord(r.c, r.d))
        : [];
      return {
        total,
        items: pageRows.flatMap((r) => {
          const document = byId.get(r.id);
          return document ? [{ document, claimCount: r.claims }] : [];
        }),
        facets: facets as ReportSearch['facets'],
        claims: { total: Number(partOf('claims')[0]?.n ?? 0), items: shown },
      };
    },
  };
  return repository;
}
/**
 * The condition a search puts on a document `d`, as search() reads it (every word, one of the places,
 * each concept), without ranking: GIN lookups, so every match can be counted and ordered.
 * Null when the search asks nothing, which matches nothing.
 */
export function searchMatch(
  ctx: Pick<SqlContext, 'conceptQueries'>,
  query: SearchQuery,
  d: { search: SQL; codes: SQL } = { search: sql`d.search`, codes: sql`d.codes` },
): SQL {
  const text = foldForIndex(query.text).trim();
  const placeText = foldForIndex(query.placeText ?? '').trim();
  const codes = [...new Set(query.codes)];
  const concepts = (query.concepts ?? [])
    .map((terms) => conceptQuery(ctx, terms))
    .filter((c): c is SQL => c !== null);
  if (!text && !codes.length && !concepts.length) return sql`FALSE`;
  const tsq = (words: string) =>
    sql`(${sql.join(
      QUERY_CONFIGS.map((cfg) => sql`websearch_to_tsquery(${cfg}::regconfig, ${words})`),
      sql` || `,
    )})`;
  const codesArr = sql`${pgTextArray(codes)}::text[]`;
  const where: SQL[] = [];
  if (text) where.push(sql`${d.search} @@ ${tsq(text)}`);
  if (codes.length)
    where.push(
      placeText
        ? sql`(${d.codes} && ${codesArr} OR ${d.search} @@ ${tsq(placeText)})`
        : sql`${d.codes} && ${codesArr}`,
    );
  for (const c of concepts) where.push(sql`${d.search} @@ (${c})`);
  return sql`(${sql.join(where, sql` AND `)})`;
}

/** One concept's terms by search configuration: each configuration's terms joined by OR. */
function conceptSource(terms: SearchTerm[]): [config: string, query: string][] | null {
  const byConfig = new Map<string, string[]>();
  for (const t of terms) {
    const words = t.words
      .filter((w) => /^[\p{L}\p{N}]+$/u.test(w.text))
      .map((w) => foldForIndex(w.text))
      .map((w, i) => (t.words[i]!.prefix && [...w].length >= 4 ? `${w}:*` : w));
    if (!words.length || words.length !== t.words.length) continue;
    const cfg = searchConfigFor(t.lang);
    const list = byConfig.get(cfg) ?? [];
    list.push(words.length === 1 ? words[0]! : `(${words.join(' <-> ')})`);
    byConfig.set(cfg, list);
  }
  return byConfig.size ? [...byConfig].map(([cfg, list]) => [cfg, list.join(' | ')]) : null;
}

const toTsquery = (source: [string, string][]): SQL =>
  sql.join(
    source.map(([cfg, query]) => sql`to_tsquery(${cfg}::regconfig, ${query})`),
    sql` || `,
  );

/**
 * One concept as a tsquery: its terms joined by OR, each read with its language's stemming. A prefix
 * of four letters or more matches as a prefix of the stemmed word; a shorter one as the stem itself.
 * Compiled once per store (compileConcepts), it is a constant; otherwise the database stems it again.
 */
export function conceptQuery(ctx: Pick<SqlContext, 'conceptQueries'>, terms: SearchTerm[]): SQL | null {
  const source = conceptSource(terms);
  if (!source) return null;
  const compiled = ctx.conceptQueries.get(JSON.stringify(source));
  return compiled !== undefined ? sql`${compiled}::tsquery` : toTsquery(source);
}

/** Enough for every concept of the packs; a store asked for more starts again. */
const MAX_COMPILED_CONCEPTS = 256;

/**
 * Stems the concepts these searches use, once per store, and keeps each as tsquery text without its
 * repeated alternatives: a concept's words in four languages often stem alike (a fighters concept of 456
 * alternatives holds 290 different ones). Stemming a large concept took 60 ms of a search's planning in
 * PGlite, and ts_rank and @@ read every alternative of every candidate; neither changes what matches or
 * how it ranks (ts_rank counts each distinct term once).
 */
export async function compileConcepts(
  ctx: Pick<SqlContext, 'db' | 'conceptQueries'>,
  queries: readonly (SearchQuery | undefined)[],
): Promise<void> {
  const missing = new Map<string, [string, string][]>();
  for (const q of queries)
    for (const terms of q?.concepts ?? []) {
      const source = conceptSource(terms);
      const key = source && JSON.stringify(source);
      if (source && key && !ctx.conceptQueries.has(key)) missing.set(key, source);
    }
  if (!missing.size) return;
  if (ctx.conceptQueries.size + missing.size > MAX_COMPILED_CONCEPTS) ctx.conceptQueries.clear();
  const sources = [...missing];
  const rows = rowsOf<Record<string, string>>(
    await ctx.db.execute(
      sql`SELECT ${sql.join(
        sources.map(([, source], i) => sql`(${toTsquery(source)})::text AS ${sql.raw(`c${i}`)}`),
        sql`, `,
      )}`,
    ),
  );
  sources.forEach(([key], i) => ctx.conceptQueries.set(key, withoutRepeats(rows[0]![`c${i}`]!)));
}

/** A tsquery's text without repeated alternatives, when it is a plain OR of terms and phrases. */
function withoutRepeats(query: string): string {
  if (query.includes('(')) return query;
  return [...new Set(query.split(' | '))].join(' | ');
}
