// Listing stored claims with their filters validated, and as rows for tables and CSV (HXL-tagged).
import { AFFILIATIONS, POPULATIONS, STATUSES } from '../domain/claim.ts';
import { invalidInput } from '../domain/errors.ts';
import { DATE_HINT, isIsoDate, isPlaceCode, PLACE_CODE_HINT } from '../domain/validate.ts';
import type { ClaimFilter, ClaimRecord, Repository } from '../storage/repository.ts';

export interface ClaimQuery {
  origin?: string;
  population?: string;
  status?: string;
  group?: string;
  since?: string;
}

export function claimFilter(q: ClaimQuery): ClaimFilter {
  const problems: string[] = [];
  const origin = q.origin?.trim();
  if (origin && !isPlaceCode(origin)) {
    problems.push(`--origin must be ${PLACE_CODE_HINT}, not "${origin}"`);
  }
  const oneOf = (name: string, value: string | undefined, allowed: readonly string[]) => {
    if (value !== undefined && !allowed.includes(value))
      problems.push(`--${name} must be one of ${allowed.join(', ')}`);
  };
  oneOf('population', q.population, POPULATIONS);
  oneOf('status', q.status, STATUSES);
  oneOf('group', q.group, AFFILIATIONS);
  if (q.since !== undefined && !isIsoDate(q.since)) {
    problems.push(`--since must be ${DATE_HINT}, not "${q.since}"`);
  }
  if (problems.length) throw invalidInput(problems.join('; '));
  return {
    origin: origin ? (origin.startsWith('region:') ? origin : origin.toUpperCase()) : undefined,
    population: q.population,
    status: q.status,
    affiliation: q.group,
    since: q.since,
  };
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
