// Search: words are stemmed in every language at once; place names also match by their gazetteer code,
// so `Kyrgyzstan` finds a report that names it only as قيرغيزستان or Кыргызстан.
import type { Repository, SearchHit } from '../storage/repository.ts';
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
