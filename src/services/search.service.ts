// Search: words are stemmed in every language at once; place names also match by their gazetteer code,
// so `Kyrgyzstan` finds a report that names it only as قيرغيزستان or Кыргызстан.
import type { ReportSearch, Repository, SearchHit } from '../storage/repository.ts';
import { placeMentionsIn } from './place-codes.ts';

export interface SearchRequest {
  query: string;
  limit?: number;
}

/** Splits the query into place names (matched by code or by their words) and the rest (matched by words). */
export function planQuery(query: string): { text: string; codes: string[]; placeText: string } {
  const mentions = placeMentionsIn(query).sort((a, b) => a.start - b.start);
  const codes = [...new Set(mentions.map((m) => m.code))];
  let rest = '';
  let at = 0;
  const placeWords: string[] = [];
  for (const m of mentions) {
    if (m.start < at) continue;
    rest += query.slice(at, m.start) + ' ';
    placeWords.push(query.slice(m.start, m.end).trim());
    at = m.end;
  }
  rest += query.slice(at);
  return { text: rest.replace(/\s+/g, ' ').trim(), codes, placeText: placeWords.join(' or ') };
}

export async function search(repo: Repository, request: SearchRequest): Promise<SearchHit[]> {
  const plan = planQuery(request.query);
  return repo.search({ ...plan, limit: request.limit ?? 20 });
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
