// Search: words are stemmed in every language at once; place names also match by their gazetteer code,
// so `Kyrgyzstan` finds a report that names it only as قيرغيزستان or Кыргызстан; and words naming a
// concept of the guideline (дети, wives, rapatriés) match that concept's words in every language.
import type { ReportSearch, Repository, SearchHit, SearchTerm } from '../storage/repository.ts';
import { conceptById, conceptMentions } from '../text/concepts.ts';
import { placeMentionsIn } from './place-codes.ts';

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

/** A concept's words in every language, as the store matches them. */
export function conceptTerms(ids: readonly string[]): SearchTerm[] {
  return ids.flatMap((id) => conceptById(id)?.terms ?? []);
}

export async function search(repo: Repository, request: SearchRequest): Promise<SearchHit[]> {
  const { concepts, ...plan } = planQuery(request.query);
  return repo.search({ ...plan, concepts: concepts.map(conceptTerms), limit: request.limit ?? 20 });
}

/** A search of the reports: words and places, narrowed by facets whose counts describe the result. */
export interface ReportQuery {
  /** Words and place names in any of the four languages; empty searches every report. */
  text: string;
  lang?: string;
  outlet?: string;
  country?: string;
  population?: string;
  status?: string;
  group?: string;
  from?: string;
  to?: string;
}

/** Facets describe the best matches of a text search up to this many: ranking more costs more than it tells. */
const RANKED = 100;

export interface ReportResult extends Omit<ReportSearch, 'items'> {
  items: (ReportSearch['items'][number] & { snippet: string | null; rank: number; matchedCodes: string[] })[];
}

export async function searchReports(
  repo: Repository,
  query: ReportQuery,
  page: { limit: number; offset: number },
): Promise<ReportResult> {
  const text = query.text.trim();
  const hits = text ? await search(repo, { query: text, limit: RANKED }) : null;
  const result = await repo.searchReports(
    {
      documentIds: hits ? hits.map((h) => h.document.id) : null,
      lang: query.lang,
      outlet: query.outlet,
      country: query.country,
      population: query.population,
      status: query.status,
      affiliation: query.group,
      from: query.from,
      to: query.to,
    },
    { ...page, claims: 50, facetValues: 30 },
  );
  const hitOf = new Map(hits?.map((h) => [h.document.id, h]));
  return {
    ...result,
    items: result.items.map((item) => {
      const hit = hitOf.get(item.document.id);
      return {
        ...item,
        snippet: hit?.snippet ?? null,
        rank: hit?.rank ?? 0,
        matchedCodes: hit?.matchedCodes ?? [],
      };
    }),
  };
}
