// Exports: the claims a question selects, with their reports, grades, reviews and facts, as a STIX 2.1
// bundle, CSV with an HXL row, or JSON Lines. Written as a stream of text chunks read from the store a page
// of reports at a time (keyset paging), so memory stays flat however large the store.
import { stringify } from 'csv-stringify/sync';
import {
  ExportQuery as ExportQuerySchema,
  parseQuestion,
  REVIEW_STATES,
  type ExportFormat,
  type ExportQuery,
} from '../domain/filters.ts';
import {
  claimCells,
  claimColumns,
  claimRecordLine,
  type RowDocument,
  type RowGrades,
} from '../interop/rows.ts';
import {
  artifactObject,
  countId,
  countObject,
  countRelationships,
  groupId,
  extensionDefinitions,
  groupingObject,
  identityId,
  identityObject,
  intrusionSetObject,
  locationId,
  locationObject,
  opinionObject,
  relationshipObject,
  releaseObject,
  reportObject,
  sourceKey,
  stixId,
  tesseraIdentity,
  type StixObject,
} from '../interop/stix.ts';
import type {
  ClaimFilter,
  ClaimRecord,
  DocumentSummary,
  ReleaseRecord,
  Repository,
  SourceRecord,
  StoredFact,
} from '../storage/repository.ts';
import { optionName, storedClaimFilter } from './claims.service.ts';
import { auditRead, collectionNamed, EVERYONE, type Reader } from './collections.service.ts';
import { conceptTerms, planQuery } from './search.service.ts';
import { listAllFacts } from './facts.service.ts';

export type { ExportFormat, ExportQuery } from '../domain/filters.ts';

/** Reports read per page: their claims, text and bytes are all that is held at once. */
const DOCUMENT_PAGE = 100;
const CLAIM_PAGE = 2_000;
const FACT_PAGE = 200;

export const MEDIA_TYPE: Record<ExportFormat, string> = {
  stix: 'application/stix+json;version=2.1',
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/jsonl; charset=utf-8',
};
export const FILE_EXTENSION: Record<ExportFormat, string> = { stix: 'json', csv: 'csv', jsonl: 'jsonl' };

/** Checks an export question, naming each field the way the asking surface does (`--reviewed-only`). */
export function exportQuery(input: unknown, nameOf: (field: string) => string = optionName): ExportQuery {
  return parseQuestion(ExportQuerySchema, input, nameOf);
}

/** The store's claim filter for an export question. */
export function exportClaimFilter(q: ExportQuery): ClaimFilter {
  const { reviewedOnly, population, status, group, q: words, lang, outlet, country, from, to } = q;
  const plan = words?.trim() ? planQuery(words) : null;
  return {
    ...storedClaimFilter({
      origin: q.origin,
      since: q.since,
      until: q.until,
      lang,
      review: reviewedOnly ? ['confirmed', 'corrected'] : undefined,
    }),
    populations: population,
    statuses: status,
    affiliations: group,
    places: country,
    outlets: outlet,
    publishedFrom: from,
    publishedTo: to,
    matching: plan ? { ...plan, concepts: plan.concepts.map(conceptTerms) } : undefined,
  };
}

export interface ExportProgress {
  /** Claims exported so far, and how many the question selects. */
  done: number;
  total: number;
}

/** How many claims an export of this question holds (for a progress bar). */
export async function exportTotal(
  repo: Repository,
  q: ExportQuery,
  reader: Reader = EVERYONE,
): Promise<number> {
  return repo.countClaims((await exportScope(repo, q, reader)).filter);
}

/**
 * What an export may hold: the collection asked for (which the reader must be able to read) or every
 * collection the reader reads; and, for child safety, whether a claim's quote (and its report's text and
 * original bytes) is left out: in a restricted collection unless the question asks for quotes.
 */
async function exportScope(repo: Repository, q: ExportQuery, reader: Reader) {
  const filter = exportClaimFilter(q);
  const collections = q.collection
    ? [(await collectionNamed(repo, q.collection, reader)).id]
    : reader.visible;
  const restricted = new Set(
    (await repo.listCollections({ counts: false }))
      .filter((c) => c.restricted && (!collections || collections.includes(c.id)))
      .map((c) => c.id),
  );
  const withheld = (item: { collectionId: number }) => !q.quotes && restricted.has(item.collectionId);
  return {
    filter: { ...filter, collections },
    withheld,
    /** Whether any quote may be left out: the CSV then says so in a column of its own. */
    withholds: !q.quotes && restricted.size > 0,
  };
}

type Withheld = (item: { collectionId: number }) => boolean;

/** Logs the reads of restricted collections an export page holds. */
const auditPage = (repo: Repository, reader: Reader, page: DocumentPage, q: ExportQuery) =>
  auditRead(
    repo,
    reader,
    'export',
    page.documents.map((d) => ({ collectionId: d.collectionId, documentId: d.id })),
    { format: q.format, quotes: q.quotes ?? false },
  );

/** Marks a withheld quote in the objects a claim or release becomes. */
export const QUOTE_WITHHELD =
  'withheld: the report is in a restricted collection (export with --with-quotes, or quotes=true, to include it)';

/** A page of reports with the claims of theirs the question selects. */
interface DocumentPage {
  documents: DocumentSummary[];
  claimsOf: Map<number, ClaimRecord[]>;
}

/** Whether a filter asks anything of claims beyond the default review states. */
const selectsClaims = (f: ClaimFilter) =>
  Boolean(
    f.origin ||
    f.population ||
    f.status ||
    f.affiliation ||
    f.since ||
    f.until ||
    f.review ||
    f.lang?.length ||
    f.populations?.length ||
    f.statuses?.length ||
    f.affiliations?.length ||
    f.places?.length ||
    f.outlets?.length ||
    f.publishedFrom ||
    f.publishedTo ||
    f.matching,
  );

/**
 * Reports in id order, a page at a time: those holding a selected claim, or every report when the
 * question selects nothing (a whole-store export keeps reports in which nothing was counted).
 */
async function* documentPages(
  repo: Repository,
  filter: ClaimFilter,
  byDate = false,
): AsyncGenerator<DocumentPage> {
  let afterId: number | undefined;
  // By date, the newest published first: offset pages (a keyset on id cannot follow that order).
  let offset = 0;
  for (;;) {
    const documents = await repo.listDocuments({
      ...(byDate ? { order: 'published' as const, offset } : { afterId }),
      limit: DOCUMENT_PAGE,
      withClaims: selectsClaims(filter) ? filter : undefined,
      collections: filter.collections,
    });
    offset += documents.length;
    if (!documents.length) return;
    const claimsOf = new Map<number, ClaimRecord[]>();
    for (const c of await claimsOfDocuments(repo, { ...filter, documentIds: documents.map((d) => d.id) })) {
      const list = claimsOf.get(c.documentId) ?? [];
      list.push(c);
      claimsOf.set(c.documentId, list);
    }
    yield { documents, claimsOf };
    if (documents.length < DOCUMENT_PAGE) return;
    afterId = documents[documents.length - 1]!.id;
  }
}

async function claimsOfDocuments(repo: Repository, filter: ClaimFilter): Promise<ClaimRecord[]> {
  const all: ClaimRecord[] = [];
  let afterId: number | undefined;
  for (;;) {
    const page = await repo.listClaims({ ...filter, afterId, limit: CLAIM_PAGE });
    all.push(...page);
    if (page.length < CLAIM_PAGE) return all;
    afterId = page[page.length - 1]!.id;
  }
}

/** Reliability grades by source, read once: sources are few beside claims. */
async function gradesLookup(repo: Repository) {
  const sources = await repo.listSources();
  const byId = new Map<number, SourceRecord>(sources.map((s) => [s.id, s]));
  const outlets = new Map<string, SourceRecord>(
    sources.filter((s) => s.kind === 'outlet').map((s) => [sourceKey(s.name), s]),
  );
  return {
    source: (c: ClaimRecord) => (c.sourceId !== null ? (byId.get(c.sourceId)?.reliability ?? null) : null),
    outlet: (name: string | null) => (name ? (outlets.get(sourceKey(name))?.reliability ?? null) : null),
  };
}

const rowDocument = (d: DocumentSummary): RowDocument => ({
  id: d.id,
  name: d.name,
  sha256: d.sha256,
  url: d.url,
  title: d.title,
  outlet: d.outlet,
  published: d.published,
  lang: d.lang,
  languages: d.languages,
});

/**
 * The export as text chunks, in order. `onProgress` hears the running count of claims written.
 * Read it with `Readable.from(...)` to write a file, stdout or an HTTP response with back-pressure.
 */
export async function* exportChunks(
  repo: Repository,
  q: ExportQuery,
  onProgress?: (p: ExportProgress) => void,
  reader: Reader = EVERYONE,
): AsyncGenerator<string> {
  const { filter, withheld, withholds } = await exportScope(repo, q, reader);
  const total = onProgress ? await repo.countClaims(filter) : 0;
  let done = 0;
  const progress = (n: number) => {
    done += n;
    onProgress?.({ done, total });
  };
  const audited = async function* (pages: AsyncGenerator<DocumentPage>) {
    for await (const page of pages) {
      await auditPage(repo, reader, page, q);
      yield page;
    }
  };
  const pages = () => audited(documentPages(repo, filter, q.sort === 'date'));
  if (q.format === 'stix') yield* stixChunks(repo, q, filter, progress, pages, withheld);
  else if (q.format === 'csv') yield* csvChunks(repo, q, progress, pages, withheld, withholds);
  else yield* jsonlChunks(repo, progress, pages, withheld);
}

async function* csvChunks(
  repo: Repository,
  q: ExportQuery,
  progress: (n: number) => void,
  pages: () => AsyncGenerator<DocumentPage>,
  withheld: Withheld,
  withholds: boolean,
): AsyncGenerator<string> {
  const grades = await gradesLookup(repo);
  // The HXL tag names the population when the export is of one.
  const columns = claimColumns(q.population?.length === 1 ? q.population[0] : undefined);
  const quoteAt = columns.findIndex(([name]) => name === 'quote');
  // An export that may leave quotes out says, row by row, which it left out.
  if (withholds) columns.push(['quote_withheld', '#meta+quote+withheld']);
  yield stringify(
    [columns.map(([name]) => name), columns.map(([, tag]) => tag)],
    // A spreadsheet program reads a file without the mark as its own code page.
    { bom: q.bom ?? false, record_delimiter: 'windows' },
  );
  for await (const page of pages()) {
    const rows: (string | number)[][] = [];
    for (const d of page.documents) {
      const doc = rowDocument(d);
      for (const c of page.claimsOf.get(d.id) ?? []) {
        const cells = claimCells(doc, c, { source: grades.source(c), outlet: grades.outlet(d.outlet) });
        if (withholds) {
          const hidden = withheld(c);
          if (hidden) cells[quoteAt] = '';
          cells.push(hidden ? 'true' : 'false');
        }
        rows.push(cells);
      }
    }
    if (rows.length) yield stringify(rows, { record_delimiter: 'windows' });
    progress(rows.length);
  }
}

async function* jsonlChunks(
  repo: Repository,
  progress: (n: number) => void,
  pages: () => AsyncGenerator<DocumentPage>,
  withheld: Withheld,
): AsyncGenerator<string> {
  const grades = await gradesLookup(repo);
  for await (const page of pages()) {
    let text = '';
    let n = 0;
    for (const d of page.documents) {
      const doc = rowDocument(d);
      for (const c of page.claimsOf.get(d.id) ?? []) {
        const g: RowGrades = { source: grades.source(c), outlet: grades.outlet(d.outlet) };
        const record = claimRecordLine(doc, c, g);
        if (withheld(c)) {
          record.quote = null;
          record.quoteWithheld = QUOTE_WITHHELD;
          if (record.extracted) record.extracted = { ...record.extracted, quote: null };
        }
        text += JSON.stringify(record) + '\n';
        n++;
      }
    }
    if (text) yield text;
    progress(n);
  }
}

async function* stixChunks(
  repo: Repository,
  q: ExportQuery,
  filter: ClaimFilter,
  progress: (n: number) => void,
  pages: () => AsyncGenerator<DocumentPage>,
  withheld: Withheld,
): AsyncGenerator<string> {
  const sources = await repo.listSources();
  const reliabilityOf = new Map(sources.map((s) => [`${s.kind}:${sourceKey(s.name)}`, s.reliability]));
  const attributedById = new Map(sources.map((s) => [s.id, s]));
  // Places, groups and sources are written once, the first time something refers to them.
  const written = new Set<string>();
  let first = true;
  const line = (o: StixObject) => {
    const s = (first ? '\n' : ',\n') + JSON.stringify(o);
    first = false;
    return s;
  };
  /** An object referred to by id, built only the first time. */
  const once = (id: string, build: () => StixObject) => {
    if (written.has(id)) return '';
    written.add(id);
    return line(build());
  };
  const { format: _f, bom: _b, ...question } = q;
  yield `{"type":"bundle","id":"${stixId('bundle', `export:${JSON.stringify(question)}`)}","objects":[`;
  let head = line(tesseraIdentity());
  for (const o of extensionDefinitions()) head += line(o);
  yield head;

  for await (const page of pages()) {
    const ids = page.documents.map((d) => d.id);
    const [contents, releases, everyClaim] = await Promise.all([
      repo.listDocumentContents(ids),
      releasesOf(repo, ids),
      // Positions (and so partOf) count every claim the engine listed, whatever the question selects.
      claimsOfDocuments(repo, { documentIds: ids, review: [...REVIEW_STATES] }),
    ]);
    const contentOf = new Map(contents.map((c) => [c.id, c]));
    const positionsOf = new Map<number, ClaimRecord[]>();
    for (const c of everyClaim) {
      const list = positionsOf.get(c.documentId);
      if (list) list.push(c);
      else positionsOf.set(c.documentId, [c]);
    }
    let text = '';
    let n = 0;
    for (const d of page.documents) {
      const content = contentOf.get(d.id);
      if (!content) continue;
      const hidden = withheld(d);
      const doc = { ...d, text: content.text, encoding: content.encoding, bytes: content.bytes };
      if (hidden) doc.text = QUOTE_WITHHELD;
      const selected = page.claimsOf.get(d.id) ?? [];
      const all = positionsOf.get(d.id) ?? [];
      const exported = new Set(selected.map((c) => c.id));
      const refs: string[] = [];
      for (const c of selected) {
        const position = all.findIndex((x) => x.id === c.id);
        const whole = c.claim.partOf != null ? all[c.claim.partOf] : undefined;
        const partOf = whole && exported.has(whole.id) ? countId(d.sha256, whole.extracted) : null;
        const count = countObject(doc, c, position, partOf);
        if (hidden) {
          count.quote = '';
          count.quote_withheld = true;
        }
        refs.push(count.id);
        text += line(count);
        for (const code of [...(c.claim.origin ?? []), ...c.claim.location])
          text += once(locationId(code), () => locationObject(code));
        const group = c.claim.affiliation;
        if (group && group !== 'other') text += once(groupId(group), () => intrusionSetObject(group));
        const source = c.claim.source;
        if (source) {
          const graded = c.sourceId !== null ? attributedById.get(c.sourceId) : undefined;
          text += once(identityId('attributed', source), () =>
            identityObject({ kind: 'attributed', name: source, reliability: graded?.reliability ?? null }),
          );
        }
        for (const r of countRelationships(count)) text += line(r);
        if (c.credibility !== null) {
          const opinion = opinionObject(count, c.credibility);
          refs.push(opinion.id);
          text += line(opinion);
        }
      }
      for (const r of releases.get(d.id) ?? []) {
        const release = releaseObject(doc, r);
        if (hidden) {
          release.quote = '';
          release.quote_withheld = true;
        }
        refs.push(release.id);
        text += line(release);
      }
      // The original bytes hold every quote: left out with them (the report keeps their SHA-256).
      if (!hidden) {
        const artifact = artifactObject(doc);
        refs.push(artifact.id);
        text += line(artifact);
      } else if (!refs.length) refs.push(tesseraIdentity().id);
      const report = reportObject(doc, refs);
      if (hidden) report.x_tessera_quotes_withheld = true;
      text += line(report);
      if (d.outlet) {
        const outlet = d.outlet;
        text += once(identityId('outlet', outlet), () =>
          identityObject({
            kind: 'outlet',
            name: outlet,
            reliability: reliabilityOf.get(`outlet:${sourceKey(outlet)}`) ?? null,
          }),
        );
        text += line(
          relationshipObject(
            'published-by',
            report.id,
            identityId('outlet', d.outlet),
            report.created as string,
          ),
        );
      }
      n += selected.length;
    }
    if (text) yield text;
    progress(n);
  }
  yield* factGroupings(repo, filter, line);
  yield '\n]}\n';
}

async function releasesOf(repo: Repository, documentIds: number[]): Promise<Map<number, ReleaseRecord[]>> {
  const byDocument = new Map<number, ReleaseRecord[]>();
  let afterId: number | undefined;
  for (;;) {
    const page = await repo.listReleases({ documentIds, afterId, limit: CLAIM_PAGE, live: true });
    for (const r of page) {
      const list = byDocument.get(r.documentId);
      if (list) list.push(r);
      else byDocument.set(r.documentId, [r]);
    }
    if (page.length < CLAIM_PAGE) return byDocument;
    afterId = page[page.length - 1]!.id;
  }
}

/**
 * Facts as groupings of the counts the export holds: a page of facts, then one query for which of their
 * claims the question selects (the others are not in the bundle, and a grouping refers to none of them).
 */
async function* factGroupings(
  repo: Repository,
  filter: ClaimFilter,
  line: (o: StixObject) => string,
): AsyncGenerator<string> {
  // Facts hold claims of one population, status and origin: the question's own narrow them first.
  const facts = listAllFacts(repo, {
    origin: filter.origin,
    population: filter.population,
    status: filter.status,
    collections: filter.collections,
  });
  let batch: StoredFact[] = [];
  const flush = async () => {
    const claimIds = batch.flatMap((f) => f.claims.map((m) => m.claimId));
    const documentIds = [...new Set(batch.flatMap((f) => f.claims.map((m) => m.documentId)))];
    const selected = await repo.listClaims({ ...filter, ids: claimIds, documentIds, limit: claimIds.length });
    const documents = await repo.listDocuments({
      ids: [...new Set(selected.map((c) => c.documentId))],
      limit: selected.length,
    });
    const shaOf = new Map(documents.map((d) => [d.id, d.sha256]));
    const countOf = new Map(selected.map((c) => [c.id, countId(shaOf.get(c.documentId)!, c.extracted)]));
    let text = '';
    for (const f of batch) {
      const members = f.claims.flatMap((m) => countOf.get(m.claimId) ?? []);
      if (!members.length) continue;
      text += line(groupingObject(f, members));
    }
    batch = [];
    return text;
  };
  for await (const f of facts) {
    batch.push(f);
    if (batch.length >= FACT_PAGE) yield await flush();
  }
  if (batch.length) yield await flush();
}
