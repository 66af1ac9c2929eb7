// Search: words are stemmed in every language at once; place names also match by their gazetteer code,
// so `Kyrgyzstan` finds a report that names it only as قيرغيزستان or Кыргызстан; and words naming a
// concept of the guideline (дети, wives, rapatriés) match that concept's words in every language.
import {
  parseQuestion,
  ReportQuestion as ReportQuestionSchema,
  type ReportQuestion,
} from '../domain/filters.ts';
import type { ReportSearch, Repository, SearchHit, SearchTerm, Visible } from '../storage/repository.ts';
import { conceptById, conceptMentions } from '../text/concepts.ts';
import { passage, type HighlightQuery, type Passage, type Span } from '../text/highlight.ts';
import { placeMentionsIn } from './place-codes.ts';
import { NO_CACHE, visibleKey, type AnswerCache } from './answer-cache.ts';
import { auditRead, EVERYONE, type Reader } from './collections.service.ts';

export interface SearchRequest {
  query: string;
  limit?: number;
}

export interface QueryPlan {
  /** What is left to match word by word (stemmed in every language). */
  text: string;
  codes: string[];
  placeText: string;
  /** For each word naming a concept, the concepts it may name (guideline values: population:children). */
  concepts: string[][];
}

/**
 * Splits the query into place names (matched by code or by their words), words naming a concept (matched
 * by the concept's words in every language) and the rest (matched by words).
 */
export function planQuery(query: string): QueryPlan {
  const mentions = placeMentionsIn(query).sort((a, b) => a.start - b.start);
  const codes = [...new Set(mentions.map((m) => m.code))];
  const taken: { start: number; end: number }[] = [];
  const placeWords: string[] = [];
  for (const m of mentions) {
    if (taken.length && m.start < taken[taken.length - 1]!.end) continue;
    taken.push(m);
    placeWords.push(query.slice(m.start, m.end).trim());
  }
  const concepts: string[][] = [];
  for (const m of conceptMentions(query)) {
    if (taken.some((t) => m.start < t.end && t.start < m.end)) continue;
    taken.push(m);
    if (!concepts.some((c) => c.join() === m.concepts.join())) concepts.push(m.concepts);
  }
  taken.sort((a, b) => a.start - b.start);
  let rest = '';
  let at = 0;
  for (const t of taken) {
    rest += query.slice(at, t.start) + ' ';
    at = t.end;
  }
  rest += query.slice(at);
  return { text: rest.replace(/\s+/g, ' ').trim(), codes, placeText: placeWords.join(' or '), concepts };
}

/** A word no report holds. */
const MATCHES_NOTHING = 'tesseraqzxqzxq';
/** How many of the newest reports a server counts the facets of before it listens. */
const WARM_UP_REPORTS = 1_000;

/**
 * Makes a process's first search as quick as the next; a server does it before it listens. It builds what
 * reading a query takes (the gazetteer's place names in every language and the concepts' words, about a
 * second), runs a faceted search that matches nothing, so the store's engine has its code and catalogues
 * ready (PGlite compiles its WebAssembly as it first runs it, which cost the first search of "children"
 * 1.1-1.3 s of CPU at 20,000 reports, measured at load 10-15), then counts the facets of the newest
 * reports, whose counting a search that matches nothing never reaches.
 */
export async function prepareSearch(repo: Repository): Promise<void> {
  planQuery('children Kazakhstan');
  await findReports(repo, { text: MATCHES_NOTHING }, { limit: 1, offset: 0 }, EVERYONE.visible);
  // A search that matches nothing counts nothing: the facets of the newest reports run the counting once
  // (the first "children" search at 20,000 reports, at load 6: 0.95-1.30 s without it, 0.83 s with it).
  const newest = await repo.listDocuments({ limit: WARM_UP_REPORTS });
  if (newest.length)
    await findReports(
      repo,
      { text: '' },
      { limit: 1, offset: 0 },
      EVERYONE.visible,
      newest.map((d) => d.id),
    );
}

/** A concept's words in every language, as the store matches them. */
export function conceptTerms(ids: readonly string[]): SearchTerm[] {
  return ids.flatMap((id) => conceptById(id)?.terms ?? []);
}

/** A hit as the surfaces show it: the passage around its best matches, with the matches marked. */
export interface ShownHit extends Omit<SearchHit, 'text'>, Passage {}

/** What the highlighter looks for: the plan's plain words, its concepts' words, its places. */
function highlightQuery(plan: QueryPlan): HighlightQuery {
  return { text: plan.text, concepts: plan.concepts.map(conceptTerms), codes: plan.codes };
}

function shown(hit: SearchHit, query: HighlightQuery): ShownHit {
  const { text, ...rest } = hit;
  return { ...rest, ...passage(text, query) };
}

export async function search(
  repo: Repository,
  request: SearchRequest,
  reader: Reader = EVERYONE,
): Promise<ShownHit[]> {
  const plan = planQuery(request.query);
  const hits = await repo.search({
    ...plan,
    concepts: plan.concepts.map(conceptTerms),
    limit: request.limit ?? 20,
    collections: reader.visible,
  });
  await auditRead(
    repo,
    reader,
    'search',
    hits.map((h) => ({ collectionId: h.document.collectionId, documentId: h.document.id })),
  );
  const query = highlightQuery(plan);
  return hits.map((h) => shown(h, query));
}

/** Checks a report search as typed on the command line (`--lang ar,fr`), listing every problem at once. */
export function reportQuestion(
  input: Record<string, unknown>,
  nameOf: (field: string) => string,
): ReportQuestion {
  return parseQuestion(ReportQuestionSchema, input, nameOf);
}

/** A search of the reports: words and places, narrowed by facets whose counts describe the result. */
export interface ReportQuery {
  /** Words and place names in any of the four languages; empty searches every report. */
  text: string;
  /** Each facet keeps reports with any of its values. */
  lang?: string[];
  outlet?: string[];
  country?: string[];
  population?: string[];
  status?: string[];
  group?: string[];
  /** Published on or after, on or before (partial dates take in their whole period). */
  from?: string;
  to?: string;
  /** `relevance` (default; newest stored first without words) or `date` (newest published first). */
  sort?: 'relevance' | 'date';
}

/**
 * A text search ranks at most this many of its matches (the page's relevance order); every match is kept,
 * counted in the facets and sorted by date through the same indexed condition (ReportFilter.matching).
 */
const RANKED = 100;

export interface ReportResult extends Omit<ReportSearch, 'items'> {
  items: (ReportSearch['items'][number] & {
    snippet: string | null;
    highlights: Span[];
    rank: number;
    matchedCodes: string[];
  })[];
}

export async function searchReports(
  repo: Repository,
  query: ReportQuery,
  page: { limit: number; offset: number },
  reader: Reader = EVERYONE,
  cache: AnswerCache = NO_CACHE,
): Promise<ReportResult> {
  const key = `search|${visibleKey(reader.visible)}|${JSON.stringify([query, page])}`;
  const result = await cache.get(key, () => findReports(repo, query, page, reader.visible));
  await auditRead(repo, reader, 'search', [
    ...result.items.map((i) => ({ collectionId: i.document.collectionId, documentId: i.document.id })),
    ...result.claims.items.map((c) => ({
      collectionId: c.collectionId,
      documentId: c.documentId,
      claimId: c.id,
    })),
  ]);
  return result;
}

/** The search itself: reads only, so its answer may be kept until the store changes. */
async function findReports(
  repo: Repository,
  query: ReportQuery,
  page: { limit: number; offset: number },
  visible: Visible,
  documentIds: number[] | null = null,
): Promise<ReportResult> {
  const text = query.text.trim();
  const plan = text ? planQuery(text) : null;
  const matching = plan ? { ...plan, concepts: plan.concepts.map(conceptTerms) } : null;
  const hits = matching ? await repo.search({ ...matching, limit: RANKED, collections: visible }) : null;
  const result = await repo.searchReports(
    {
      documentIds,
      matching: matching ?? undefined,
      ranked: hits?.map((h) => h.document.id),
      lang: query.lang,
      outlet: query.outlet,
      country: query.country,
      population: query.population,
      status: query.status,
      affiliation: query.group,
      from: query.from,
      to: query.to,
      sort: query.sort,
      collections: visible,
    },
    { ...page, claims: 50, facetValues: 30 },
  );
  const hitOf = new Map(hits?.map((h) => [h.document.id, h]));
  const highlight = plan ? highlightQuery(plan) : null;
  // Matches beyond the ranked ones (a date order, a facet narrowing) get their passage from their text.
  const unranked = matching ? result.items.filter((i) => !hitOf.has(i.document.id)) : [];
  if (unranked.length) {
    const wanted = new Set(matching!.codes);
    const [contents, records] = await Promise.all([
      repo.listDocumentContents(unranked.map((i) => i.document.id)),
      wanted.size ? Promise.all(unranked.map((i) => repo.getDocument(i.document.id))) : [],
    ]);
    const codesOf = new Map(records.flatMap((r) => (r ? [[r.id, r.codes] as const] : [])));
    for (const c of contents) {
      const item = unranked.find((i) => i.document.id === c.id)!;
      hitOf.set(c.id, {
        document: item.document,
        rank: 0,
        text: c.text,
        matchedCodes: (codesOf.get(c.id) ?? []).filter((code) => wanted.has(code)),
      });
    }
  }
  return {
    ...result,
    items: result.items.map((item) => {
      const hit = hitOf.get(item.document.id);
      const shownHit = hit && highlight ? shown(hit, highlight) : null;
      return {
        ...item,
        snippet: shownHit?.snippet ?? null,
        highlights: shownHit?.highlights ?? [],
        rank: hit?.rank ?? 0,
        matchedCodes: hit?.matchedCodes ?? [],
      };
    }),
  };
}
