// Listing stored claims with their filters validated, and as rows for tables and CSV (HXL-tagged).
import {
  ClaimListFilter as ClaimListFilterSchema,
  parseQuestion,
  type ClaimFilter as DomainClaimFilter,
  type ReviewState,
} from '../domain/filters.ts';
import { invalidInput } from '../domain/errors.ts';
import type { ClaimFilter, ClaimRecord, Repository } from '../storage/repository.ts';
import { auditRead, EVERYONE, type Reader } from './collections.service.ts';
import { NO_CACHE, visibleKey, type AnswerCache } from './answer-cache.ts';

export interface ClaimQuery {
  origin?: string;
  population?: string;
  status?: string;
  group?: string;
  since?: string;
  until?: string;
  /** ISO 639-1 codes, comma-separated: claims of reports in any of these languages. */
  lang?: string;
  outlet?: string;
  /** A report (document) id. */
  report?: string;
}

/** The command line's name for a field of a question: `minClaims` is `--min-claims`. */
export const optionName = (field: string): string =>
  `--${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** Checks a claim question as typed on the command line, listing every problem at once. */
export function claimFilter(q: ClaimQuery): ClaimFilter {
  return storedClaimFilter(parseQuestion(ClaimListFilterSchema, q, optionName));
}

/** Every matching claim, page by page. */
export async function* listAllClaims(repo: Repository, filter: ClaimFilter): AsyncGenerator<ClaimRecord> {
  let afterId: number | undefined;
  for (;;) {
    const page = await repo.listClaims({ ...filter, afterId, limit: 500 });
    yield* page;
    if (page.length < 500) return;
    afterId = page[page.length - 1]!.id;
  }
}

export const CLAIM_COLUMNS = [
  ['claim', '#meta+id'],
  ['document', '#meta+source+id'],
  ['document_name', '#meta+source+name'],
  ['value_min', '#affected+min'],
  ['value_max', '#affected+max'],
  ['qualifier', '#affected+qualifier'],
  ['population', '#affected+type'],
  ['origin', '#country+code+origin'],
  ['status', '#status'],
  ['location', '#country+code+location'],
  ['group', '#org+armed'],
  ['age_min', '#affected+age+min'],
  ['age_max', '#affected+age+max'],
  ['source', '#meta+attributed'],
  ['date', '#date'],
  ['published', '#date+reported'],
  ['outlet', '#meta+outlet'],
  ['review', '#status+review'],
  ['quote', '#description+quote'],
] as const;

export function claimRow(r: ClaimRecord): string[] {
  const c = r.claim;
  const n = (v: number | null) => (v === null ? '' : String(v));
  return [
    String(r.id),
    String(r.documentId),
    r.documentName,
    n(c.value.min),
    n(c.value.max),
    c.qualifier,
    c.population,
    c.origin?.join(' ') ?? '',
    c.status,
    c.location.join(' '),
    c.affiliation ?? '',
    n(c.age.min),
    n(c.age.max),
    c.source ?? '',
    c.date ?? '',
    r.documentPublished ?? '',
    r.documentOutlet ?? '',
    r.review.state,
    c.quote,
  ];
}

export function csvLine(cells: readonly string[]): string {
  return cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
}

export interface PageRequest {
  limit: number;
  offset: number;
}

export interface PageOf<T> {
  items: T[];
  total: number;
}

/** The store's filter for a parsed claim question, with the review states to include. */
export function storedClaimFilter(
  f: DomainClaimFilter & {
    documentId?: number;
    review?: ReviewState[];
    lang?: string[];
    outlet?: string;
    report?: number;
  },
): ClaimFilter {
  if (f.report !== undefined && f.documentId !== undefined && f.report !== f.documentId)
    throw invalidInput(`report (${f.report}) and documentId (${f.documentId}) name different reports`);
  return {
    origin: f.origin,
    population: f.population,
    status: f.status,
    affiliation: f.group,
    since: f.since,
    until: f.until,
    documentId: f.report ?? f.documentId,
    review: f.review,
    lang: f.lang,
    outlet: f.outlet,
  };
}

/** One page of claims matching a filter among those the reader may read, and how many match in all. */
export async function claimsPage(
  repo: Repository,
  filter: ClaimFilter,
  page: PageRequest & { order?: 'id' | 'newest' },
  reader: Reader = EVERYONE,
  cache: AnswerCache = NO_CACHE,
): Promise<PageOf<ClaimRecord>> {
  const seen = { ...filter, collections: reader.visible };
  const key = `claims|${visibleKey(reader.visible)}|${JSON.stringify([filter, page])}`;
  const { items, total } = await cache.get(key, async () => {
    const [items, total] = await Promise.all([
      repo.listClaims({ ...seen, limit: page.limit, offset: page.offset, order: page.order }),
      repo.countClaims(seen),
    ]);
    return { items, total };
  });
  await auditRead(repo, reader, 'claims', claimsRead(items));
  return { items, total };
}

/** What an audit of a read of claims names. */
export const claimsRead = (items: readonly ClaimRecord[]) =>
  items.map((c) => ({ collectionId: c.collectionId, documentId: c.documentId, claimId: c.id }));
