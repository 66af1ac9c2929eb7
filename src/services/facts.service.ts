// Facts as surfaces show them: filters validated, every fact with its claims, origins and reasons.
import { FactFilter as FactFilterSchema, parseQuestion } from '../domain/filters.ts';
import type { FactFilter, Repository, StoredFact } from '../storage/repository.ts';
import { optionName, type PageOf, type PageRequest } from './claims.service.ts';
import { auditRead, EVERYONE, type Reader } from './collections.service.ts';

export interface FactQuery {
  origin?: string;
  population?: string;
  status?: string;
  since?: string;
  /** A number, or its text as typed. */
  minClaims?: number | string;
}

/** Checks a fact question as typed on the command line, listing every problem at once. */
export function factFilter(q: FactQuery): FactFilter {
  return parseQuestion(FactFilterSchema, q, optionName);
}

/** One page of stored facts matching a filter, and how many match in all. */
export async function factsPage(
  repo: Repository,
  filter: FactFilter,
  page: PageRequest,
  reader: Reader = EVERYONE,
): Promise<PageOf<StoredFact>> {
  const seen = { ...filter, collections: reader.visible };
  const [items, total] = await Promise.all([
    repo.listFacts({ ...seen, limit: page.limit, offset: page.offset }),
    repo.countFacts(seen),
  ]);
  await auditRead(
    repo,
    reader,
    'facts',
    items.flatMap((f) =>
      f.claims.map((m) => ({ collectionId: m.collectionId, documentId: m.documentId, claimId: m.claimId })),
    ),
  );
  return { items, total };
}

/** Every matching fact, page by page. */
export async function* listAllFacts(repo: Repository, filter: FactFilter): AsyncGenerator<StoredFact> {
  let afterId: number | undefined;
  for (;;) {
    const page = await repo.listFacts({ ...filter, afterId, limit: 200 });
    yield* page;
    if (page.length < 200) return;
    afterId = page[page.length - 1]!.id;
  }
}

export interface FactView {
  id: number;
  value: StoredFact['value'];
  population: StoredFact['population'];
  origin: StoredFact['origin'];
  status: StoredFact['status'];
  date: string | null;
  claims: {
    /** The document's name as given at ingestion (file name without extension). */
    document: string;
    quote: string;
    lang: string | null;
    claim: number;
    documentId: number;
    source: string | null;
    outlet: string | null;
    date: string | null;
    published: string | null;
    linkedTo: number | null;
    why: string[];
  }[];
  origins: number;
  why: string[];
}

/** The interchange shape: `{id, value, population, origin, status, date, claims: [...], origins, why}`. */
export function factView(f: StoredFact): FactView {
  return {
    id: f.id,
    value: f.value,
    population: f.population,
    origin: f.origin,
    status: f.status,
    date: f.date,
    claims: f.claims.map((m) => ({
      document: m.documentName,
      quote: m.quote,
      lang: m.lang,
      claim: m.claimId,
      documentId: m.documentId,
      source: m.source,
      outlet: m.outlet,
      date: m.date,
      published: m.published,
      linkedTo: m.linkedTo,
      why: m.why,
    })),
    origins: f.origins,
    why: f.why,
  };
}

/** CSV: one row per supporting claim, HXL-tagged. */
export const FACT_COLUMNS = [
  ['fact', '#meta+fact+id'],
  ['value_min', '#affected+min'],
  ['value_max', '#affected+max'],
  ['population', '#affected+type'],
  ['origin', '#country+code+origin'],
  ['status', '#status'],
  ['date', '#date'],
  ['origins', '#meta+origins+num'],
  ['claim', '#meta+id'],
  ['document_name', '#meta+source+name'],
  ['lang', '#meta+lang'],
  ['source', '#meta+attributed'],
  ['outlet', '#meta+outlet'],
  ['quote', '#description+quote'],
  ['why', '#description+why'],
] as const;

export function factRows(f: StoredFact): string[][] {
  const n = (v: number | null) => (v === null ? '' : String(v));
  return f.claims.map((m) => [
    String(f.id),
    n(f.value.min),
    n(f.value.max),
    f.population,
    f.origin?.join(' ') ?? '',
    f.status,
    f.date ?? '',
    String(f.origins),
    String(m.claimId),
    m.documentName,
    m.lang ?? '',
    m.source ?? '',
    m.outlet ?? '',
    m.quote,
    m.why.join('; '),
  ]);
}
