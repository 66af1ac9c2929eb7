// The evidence store as the rest of Tessera sees it: one interface, implemented once in SQL for both drivers.
import type { AnalysisClaim, CopyLink, CountryCount } from '../domain/analysis-claim.ts';
import type { Bounds, Claim, Population, Release, Scope, Status } from '../domain/claim.ts';
import type { Credibility, Reliability } from '../domain/grade.ts';
import type { ReportFacet } from '../domain/filters.ts';
import type { ReviewState, SourceKind } from './schema.ts';
import type { AlertRuleSpec, WatchKind, WatchState } from '../domain/watch.ts';
import type { AccountRepository } from './accounts.sql.ts';
import type { CollectionRepository } from './collections.sql.ts';
import type { SourceAliasRepository } from './sources.sql.ts';

export type { SourceAliasRecord, SourceAliasRepository, SourceFactRow } from './sources.sql.ts';
export type {
  Account,
  AccountRepository,
  Refusal,
  Role,
  SessionRecord,
  TokenRecord,
  UserRecord,
} from './accounts.sql.ts';
export type { CollectionRecord, CollectionRepository, GrantRecord, GrantRole } from './collections.sql.ts';
export { GENERAL_COLLECTION, GRANT_ROLES, ROLES } from './schema.ts';

/**
 * The collections a read may see, as services decided them (services/collections.service.ts): their ids,
 * or undefined for every collection. The store only applies it.
 */
export type Visible = readonly number[] | undefined;

export type { ReviewState, SourceKind } from './schema.ts';
export { AUDIT_ONLY_ACTIONS, REVIEW_STATES, SOURCE_KINDS } from './schema.ts';

export type DriverName = 'pglite' | 'postgres';

/** A document about to be stored: the bytes as collected, the text read from them, and where they came from. */
export interface NewDocument {
  /** The name it came with: file name without extension, or the URL. */
  name: string;
  sha256: string;
  size: number;
  mediaType: string;
  encoding: string | null;
  bytes: Uint8Array;
  text: string;
  lang: string | null;
  /** Every language found in the text, the main one first; [lang] when not given. */
  languages?: string[];
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  collectedAt: Date;
  collectedHow: 'file' | 'url';
  collectedFrom: string;
  collectedBy: string;
  /** Place codes found in the text and the claims: lets `Kyrgyzstan` find a report that names it only in Arabic. */
  codes: string[];
  /** The collection it goes into; the built-in `general` when not given. */
  collectionId?: number;
}

export interface ExtractionToStore {
  extractorVersion: string;
  claims: Claim[];
  releases: Release[];
}

export interface DocumentSummary {
  id: number;
  name: string;
  sha256: string;
  size: number;
  mediaType: string;
  lang: string | null;
  /** Every language found in the text, the main one first. */
  languages: string[];
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  collectedAt: Date;
  collectedHow: string;
  collectedFrom: string;
  collectedBy: string;
  extractorVersion: string;
  /** The collection the document belongs to. */
  collectionId: number;
}

/** Metadata an analyst may correct after ingestion: a field given replaces the stored one. */
export interface DocumentMetaEdits {
  title?: string | null;
  outlet?: string | null;
  url?: string | null;
  published?: string | null;
  lang?: string | null;
}

export interface DocumentCorrection {
  edits: DocumentMetaEdits;
  actor: string;
  note?: string | null;
}

export interface DocumentRecord extends DocumentSummary {
  text: string;
  encoding: string | null;
  codes: string[];
}

export type StoreOutcome =
  | { status: 'stored'; document: DocumentSummary; claimIds: number[]; releaseIds: number[] }
  | { status: 'already_stored'; document: DocumentSummary };

/**
 * Analyst corrections, overlaid on what the engine extracted. A corrected highlight is a `span` with the
 * `quote` it covers (services check it lies within the report). `partOf` keeps the engine's meaning (the
 * whole's position among its report's claims); `scope` overrides the scope read from the sentence.
 */
export type ClaimEdits = Partial<Claim> & { scope?: Scope };
export type ReleaseEdits = Partial<Omit<Release, 'quote' | 'span'>>;

export interface ReviewInfo {
  state: ReviewState;
  by: string | null;
  at: Date | null;
  note: string | null;
}

export interface ClaimRecord {
  id: number;
  documentId: number;
  documentName: string;
  documentPublished: string | null;
  documentOutlet: string | null;
  documentTitle: string | null;
  documentLang: string | null;
  /** The collection of its document. */
  collectionId: number;
  /** The claim as it stands: the engine's output with the analyst's edits applied. */
  claim: Claim;
  /** What the engine said, last time it ran. */
  extracted: Claim;
  edits: ClaimEdits | null;
  /** Total, event, stock or unmarked: read from the sentence when stored, or an analyst's correction. */
  scope: Scope | null;
  /** The words that decided the scope; null when none did or an analyst set it. */
  scopeMarker: string | null;
  review: ReviewInfo;
  /** The attributed source's row in `sources`, when the text names one. */
  sourceId: number | null;
  /** Admiralty credibility an analyst gave the claim; null is ungraded (6). */
  credibility: Credibility | null;
  extractorVersion: string;
}

export interface ClaimSummary {
  id: number;
  documentId: number;
  claim: Claim;
  review: ReviewState;
}

export interface ReleaseRecord {
  id: number;
  documentId: number;
  documentName: string;
  documentTitle: string | null;
  documentLang: string | null;
  collectionId: number;
  release: Release;
  extracted: Release;
  edits: ReleaseEdits | null;
  review: ReviewInfo;
  extractorVersion: string;
}

export interface ClaimFilter {
  documentId?: number;
  /** Only claims of these documents (an export reads a page of documents at a time). */
  documentIds?: readonly number[];
  /** Only these claims. */
  ids?: readonly number[];
  /** Only claims among these (one array parameter, however many: the review queue's conflicting claims). */
  within?: readonly number[];
  /** Leave these claims out (one array parameter). */
  without?: readonly number[];
  /** An ISO code or region the claim's origin includes. */
  origin?: string;
  population?: string;
  status?: string;
  affiliation?: string;
  /** ISO date, full or partial: the claim's date, or its document's publication date when it has none. */
  since?: string;
  /** ISO date, full or partial, taking in its whole period: `2019` keeps 2019-12-31. */
  until?: string;
  /** Review states to include; by default every state except `rejected`. */
  review?: ReviewState[];
  /** Claims of reports in any of these languages (the report's main language). */
  lang?: readonly string[];
  /** Claims of reports published by this outlet (as the report names it). */
  outlet?: string;
  /** Claims attributed to this source (kind `attributed`). */
  sourceId?: number;
  /** Claims of reports this outlet published (a source of kind `outlet`). */
  outletId?: number;
  /** Claims of any of these populations, statuses, armed groups (each list: any of its values). */
  populations?: readonly string[];
  statuses?: readonly string[];
  affiliations?: readonly string[];
  /** Claims whose origin or location includes one of these places. */
  places?: readonly string[];
  /** Claims of reports published by any of these outlets (as the reports name them). */
  outlets?: readonly string[];
  /** Claims of reports published in this range (full or partial dates; `publishedTo` takes in its period). */
  publishedFrom?: string;
  publishedTo?: string;
  /** Claims of reports matching this text search (every match, as ReportFilter.matching). */
  matching?: SearchQuery;
  /** Claims attributed to any of these sources (a source with its aliases). */
  sourceIds?: readonly number[];
  /** Claims of reports any of these outlets published (an outlet with its aliases). */
  outletIds?: readonly number[];
  /** Keyset paging: claims with an id greater than this. */
  afterId?: number;
  /** Claims with an id smaller than this: keyset paging backwards (order `newest`), or counting those before one. */
  beforeId?: number;
  limit?: number;
  offset?: number;
  /** Id order (the default) or the newest first. */
  order?: 'id' | 'newest';
  /** Only claims of documents in these collections (undefined: every collection). */
  collections?: Visible;
}

export interface DocumentFilter {
  lang?: string;
  outlet?: string;
  /** Documents with a claim (not rejected) whose origin or location includes this code. */
  country?: string;
  /** Only these documents. */
  ids?: readonly number[];
  /** Documents holding at least one claim that matches this filter (its paging fields aside). */
  withClaims?: ClaimFilter;
  afterId?: number;
  limit?: number;
  offset?: number;
  /** Id order (the default), the newest stored first, or the newest published first (`published`). */
  order?: 'id' | 'newest' | 'published';
  /** Only documents in these collections (undefined: every collection). */
  collections?: Visible;
}

/** What a document was read from and into: its text and original bytes. */
export interface DocumentContent {
  id: number;
  text: string;
  encoding: string | null;
  bytes: Uint8Array;
}

/** A question the reports answer with numbers: population × set of origins × status. */
export interface QuestionCount {
  population: Population;
  origin: string[];
  status: Status;
  claims: number;
  documents: number;
}

export interface PlaceCount {
  code: string;
  claims: number;
  documents: number;
  /** The largest number of children any claim states for this place. */
  childrenMax: number | null;
}

/** Counts over what stands: rejected claims and releases left out. */
export interface ReviewCounts {
  claims: number;
  unreviewed: number;
  releases: number;
}

export interface ReviewInput<E> {
  state: ReviewState;
  /** New edits replace the old; `null` clears them; omitted keeps them. `corrected` needs edits. */
  edits?: E | null;
  note?: string | null;
  actor: string;
  /** The change this review takes back, when it is an undo (logged as `undoes`). */
  undoes?: number;
  /** The batch this review belongs to (a report's claims confirmed at once; logged as `batch`). */
  batch?: string;
}

export interface ReextractInput extends ExtractionToStore {
  lang: string | null;
  /** Every language found, the main one first; [lang] when not given. */
  languages?: string[];
  codes: string[];
}

export interface ReextractOutcome {
  documentId: number;
  /** Claims and releases matched to earlier ones by span: ids and review kept, engine fields refreshed. */
  updated: number;
  added: number;
  /** Unreviewed items the new engine no longer finds. */
  removed: number;
  /** Reviewed items the new engine no longer finds: kept, since an analyst vouched for them. */
  keptReviewed: number;
}

/**
 * Documents match when they contain every word of `text` (stemmed in each language) and, when `codes`
 * are given, also mention one of those places: by gazetteer code, or by the words of `placeText`.
 */
export interface SearchQuery {
  text: string;
  codes: string[];
  placeText?: string;
  /**
   * Each entry one more condition: the document holds one of these terms (folded words, each whole or a
   * prefix, in a phrase), each read with the stemming of its language. A concept's words in every language.
   */
  concepts?: SearchTerm[][];
  limit?: number;
  /** Only documents in these collections (undefined: every collection). */
  collections?: Visible;
}

export interface SearchTerm {
  lang: string;
  words: { text: string; prefix: boolean }[];
}

export interface SearchHit {
  document: DocumentSummary;
  rank: number;
  /** The document's text, for the passage a surface shows (services/search.service.ts). */
  text: string;
  matchedCodes: string[];
}

/** Which reports a search keeps, and which of their claims count. Each list: any of its values. */
export interface ReportFilter {
  /** Only these documents, in this order (the hits of a text search); null for every document, newest first. */
  documentIds: number[] | null;
  /**
   * Only documents matching this search, every one of them (an indexed condition, not a ranked list):
   * facets, totals and date order then describe every match.
   */
  matching?: SearchQuery;
  /** With `matching`: the best matches in rank order, first in relevance order (the rest newest first). */
  ranked?: number[];
  lang?: string[];
  outlet?: string[];
  /** Publication dates, full or partial; `to` takes in its whole period. */
  from?: string;
  to?: string;
  /** Documents naming one of these places, or with a claim whose origin or location includes one. */
  country?: string[];
  /** Given claim filters keep only documents with a claim matching them all. */
  population?: string[];
  status?: string[];
  affiliation?: string[];
  /** `relevance`: in the order of documentIds (newest stored without them); `date`: newest published first. */
  sort?: 'relevance' | 'date';
  /** Only documents in these collections (undefined: every collection); facets and totals count those only. */
  collections?: Visible;
}

export { REPORT_FACETS, type ReportFacet } from '../domain/filters.ts';

export interface ReportSearch {
  total: number;
  items: { document: DocumentSummary; claimCount: number }[];
  /** For each facet, how many of the reports kept have each value, most first. */
  facets: Record<ReportFacet, { value: string; count: number }[]>;
  /** Claims of the reports kept that match the claim filters, the place and the dates. */
  claims: { total: number; items: ClaimRecord[] };
}

export interface SourceRecord {
  id: number;
  kind: SourceKind;
  name: string;
  /** Admiralty reliability an analyst gave the source; null is ungraded (F). */
  reliability: Reliability | null;
}

export interface FactFilter {
  /** An ISO code or region the fact's origin includes. */
  origin?: string;
  population?: string;
  status?: string;
  /** ISO date, full or partial: facts whose earliest time is on or after it. */
  since?: string;
  /** Facts backed by at least this many claims. */
  minClaims?: number;
  afterId?: number;
  limit?: number;
  offset?: number;
  /**
   * Only facts with a claim in these collections, each showing only those claims (undefined: every
   * collection, every claim).
   */
  collections?: Visible;
}

export interface FactMember {
  claimId: number;
  documentId: number;
  /** The name the document came with (file name without extension). */
  documentName: string;
  collectionId: number;
  lang: string | null;
  quote: string;
  source: string | null;
  date: string | null;
  published: string | null;
  outlet: string | null;
  /** The member this claim was linked to; null for the claim that founded the fact. */
  linkedTo: number | null;
  why: string[];
}

export interface StoredFact {
  id: number;
  key: string;
  value: Bounds;
  population: Population;
  origin: string[] | null;
  status: Status;
  /** The earliest time any member holds for (claim date, else publication date). */
  date: string | null;
  /** Independent origins: copies and shared attribution count once. */
  origins: number;
  originGroups: { claimIds: number[]; why: string[] }[];
  earliest: { claimId: number; documentName: string; date: string | null } | null;
  why: string[];
  claims: FactMember[];
}

export interface AnalysisClaimFilter {
  population: string;
  /** Claims whose origin includes every code; null asks for claims stating no origin. */
  origin: string[] | null;
  status?: string;
  location?: string;
  affiliation?: string;
  /** At most this many, the latest first (default 1,000; the estimates service asks for 500). */
  limit?: number;
  /** Only claims of documents in these collections (undefined: every collection). */
  collections?: Visible;
  /** False: `total` is how many were read, the rest not counted (a caller that shows only the series). */
  counted?: boolean;
}

export interface CopyRecord {
  documentId: number;
  /** Null for an original. */
  copyOf: CopyLink | null;
}

export interface ChangeRecord {
  id: number;
  at: Date;
  actor: string;
  /**
   * `document.stored`, `document.reextracted`, `claim.reviewed`, `claim.graded`, `release.reviewed`,
   * `source.graded`, `source.merged`, `source.unmerged`; `user.added`, `user.removed`, `token.created`,
   * `token.revoked`, `session.ended` (a logout); `documents.linked` (a batch of documents stored with
   * linking deferred, signed and linked into facts: details give how many and the first and last ids); `watch.saved`, `watch.removed`, `alert_rule.created`, `alert_rule.deleted`;
   * `collection.added`, `collection.granted`, `collection.revoked`, `collection.read` (a read of a
   * restricted collection's content).
   */
  action: string;
  entity:
    'document' | 'claim' | 'release' | 'source' | 'user' | 'token' | 'watch' | 'alert_rule' | 'collection';
  entityId: number;
  documentId: number | null;
  details: Record<string, unknown>;
}

export interface StoreStats {
  documents: number;
  blobs: number;
  claims: number;
  releases: number;
  sources: number;
  changes: number;
}

/** An answer's bytes as kept in the store, across restarts (services/answer-cache.ts). */
export interface KeptAnswer {
  changeId: number;
  build: string;
  body: Uint8Array;
}

export interface Repository
  extends WatchRepository, AccountRepository, CollectionRepository, SourceAliasRepository {
  readonly driver: DriverName;
  /** How many writes the driver can usefully run at once (1 for the embedded database). */
  readonly concurrency: number;

  /**
   * Stores a document, its original bytes, claims and releases in one transaction; the same bytes twice
   * are one document. Then, in a second transaction, decides whether it is a near copy and links its claims.
   */
  storeDocument(doc: NewDocument, extraction: ExtractionToStore, actor: string): Promise<StoreOutcome>;
  /**
   * Several documents in one statement (far faster than one by one); each is stored whole with its claims
   * or not at all, and all of them fail together if one cannot be stored. Outcomes are in input order.
   * With `link: false` copies and facts are left to linkPending(), which links many documents at once.
   */
  storeDocuments(
    items: readonly { doc: NewDocument; extraction: ExtractionToStore }[],
    actor: string,
    options?: { link?: boolean },
  ): Promise<StoreOutcome[]>;
  findDocumentBySha256(sha256: string): Promise<DocumentSummary | null>;
  findDocumentsBySha256(sha256s: readonly string[]): Promise<Map<string, DocumentSummary>>;
  getDocument(id: number): Promise<DocumentRecord | null>;
  /**
   * Writes corrected metadata of a document (the fields given; null clears one) and logs the change
   * (`document.corrected`, before and after). What follows from it is kept true in the same transaction:
   * the outlet's source, the search index (title, language) and the claims' dates and facts (published).
   */
  correctDocument(id: number, input: DocumentCorrection): Promise<DocumentRecord>;
  getDocumentBytes(id: number): Promise<Uint8Array | null>;
  /** Text and original bytes of several documents in one query, in id order (unknown ids left out). */
  listDocumentContents(ids: readonly number[]): Promise<DocumentContent[]>;
  /** Documents in id order (or the newest first), keyset- or offset-paged. */
  listDocuments(filter?: DocumentFilter): Promise<DocumentSummary[]>;
  countDocuments(filter?: DocumentFilter): Promise<number>;

  listClaims(filter?: ClaimFilter): Promise<ClaimRecord[]>;
  countClaims(filter?: ClaimFilter): Promise<number>;
  /** Questions answered with a number (claims not rejected, not vague, with an origin), most reported first. */
  listQuestions(filter: {
    population?: string;
    limit?: number;
    offset?: number;
    collections?: Visible;
  }): Promise<{
    items: QuestionCount[];
    total: number;
  }>;
  /** Claims and documents per origin country (regions aside), most claimed first. */
  /** Claims per country named as where people come from (`origin`) or where they are (`location`). */
  countByPlace(field: 'origin' | 'location', collections?: Visible): Promise<PlaceCount[]>;
  countByReview(collections?: Visible): Promise<ReviewCounts>;
  /**
   * Every claim in any review state, as it stands, in id order and keyset-paged: what an in-memory
   * catalogue holds, read without the joins and history a ClaimRecord carries.
   */
  listClaimSummaries(options: { afterId?: number; limit: number }): Promise<ClaimSummary[]>;
  getClaim(id: number): Promise<ClaimRecord | null>;
  reviewClaim(id: number, input: ReviewInput<ClaimEdits>): Promise<ClaimRecord>;
  listReleases(filter?: {
    documentId?: number;
    documentIds?: readonly number[];
    afterId?: number;
    limit?: number;
    order?: 'id' | 'newest';
    /** These releases only. */
    ids?: readonly number[];
    /** Leave out rejected releases. */
    live?: boolean;
    collections?: Visible;
  }): Promise<ReleaseRecord[]>;
  reviewRelease(id: number, input: ReviewInput<ReleaseEdits>): Promise<ReleaseRecord>;
  /**
   * The releases registry: live releases grouped into entries by their stored keys (ReleaseKeys; the rule
   * is analysis/release-key.ts `groupByRelease` over the releases the reader may read, newest first), the
   * entries any of whose releases pass every condition, newest first (by their newest release), a page of
   * them, how many there are, and facets over all of them. Each entry of the page gives the ids of its
   * newest `members` releases and of the newest release of each of its spellings (newest first), how
   * many releases it holds, and every report describing it: an entry of thousands of reports is read
   * as a few rows.
   */
  listReleaseGroups(
    filter: ReleaseGroupFilter,
    page: { limit: number; offset: number; members: number },
  ): Promise<{ total: number; items: ReleaseGroup[]; facets: ReleaseGroupFacets }>;
  /**
   * Writes the registry keys (the linker's) of releases stored without them, before migration 0025; how
   * many were keyed. Run when the store is opened.
   */
  keyReleases(): Promise<number>;
  /** Replaces the engine's output for a document, keeping ids where spans match and every analyst review. */
  replaceExtraction(documentId: number, input: ReextractInput, actor: string): Promise<ReextractOutcome>;

  /** Sources, of one kind when asked; with `collections`, only those named in a document or claim there. */
  listSources(kind?: SourceKind, collections?: Visible): Promise<SourceRecord[]>;
  /**
   * Grades a source's reliability: by id, or by name (every source, outlet or attributed, spelled
   * that way). Logged with who and when. not_found when nothing matches.
   */
  gradeSource(ref: number | string, reliability: Reliability, actor: string): Promise<SourceRecord[]>;
  /**
   * Grades a claim's credibility (null takes a grade back: ungraded); logged with who and when, and with
   * the change it takes back when it is an undo.
   */
  gradeClaim(
    id: number,
    credibility: Credibility | null,
    actor: string,
    options?: { undoes?: number },
  ): Promise<ClaimRecord>;

  /**
   * Near-copy detection and fact linking for documents already stored (storeDocuments does it by
   * itself): documents without a signature get one, claims in no fact are linked. Idempotent.
   */
  linkDocuments(documentIds: readonly number[]): Promise<{ linked: number }>;
  /**
   * Signs and links every stored document that is not linked yet (stored with `link: false`, or cut off
   * by a crash), a large batch per transaction; `onBatch` hears the running totals. Idempotent. With
   * `until`, starts no batch after that time (the first always runs): `unfinished` then says documents
   * may be left.
   */
  linkPending(
    onBatch?: (done: { documents: number; claims: number }) => void,
    options?: { until?: Date },
  ): Promise<{ documents: number; claims: number; unfinished?: true }>;
  getCopy(documentId: number): Promise<CopyRecord | null>;
  /** Facts in id order, keyset- or offset-paged, each with its members and reasons. */
  listFacts(filter?: FactFilter): Promise<StoredFact[]>;
  countFacts(filter?: FactFilter): Promise<number>;
  /** The fact a claim belongs to, if any (with only the members in `collections` when given). */
  factOfClaim(claimId: number, collections?: Visible): Promise<StoredFact | null>;
  /**
   * Claims for an estimate series, with grades, copy links and the sentence around each quote: the
   * latest `limit` by the time they held (claim date, else publication), in that order (the latest
   * first, undated last), and how many match in all.
   */
  listAnalysisClaims(filter: AnalysisClaimFilter): Promise<{ claims: AnalysisClaim[]; total: number }>;
  /**
   * For a region's sums: the latest `limit` counts (by the time they held) of each of `countries` that
   * answer the filter with that country as their only origin, in the order the countries are given, the
   * latest first within each. One read for all of them, with only what the sums need.
   */
  listCountryCounts(
    filter: Omit<AnalysisClaimFilter, 'origin' | 'counted'> & { countries: readonly string[] },
  ): Promise<CountryCount[]>;
  search(query: SearchQuery): Promise<SearchHit[]>;
  /** Reports kept by a filter, one page of them, counts by facet and their matching claims. */
  searchReports(
    filter: ReportFilter,
    page: { limit: number; offset: number; claims: number; facetValues: number },
  ): Promise<ReportSearch>;
  listChanges(filter?: {
    entity?: ChangeRecord['entity'];
    entityId?: number;
    documentId?: number;
    afterId?: number;
    /** Only changes made at or after this time. */
    since?: Date;
    limit?: number;
  }): Promise<ChangeRecord[]>;
  /**
   * The id of the last change of the data logged (0 for an empty store), past entries that only record a
   * read or a refusal: where a follower of the log starts, and what keeps a cached answer valid.
   */
  latestChangeId(): Promise<number>;
  /**
   * In one read: the latest change id (as latestChangeId) and the id of the last change of who may read
   * or do what (ACCESS_ACTIONS of schema.ts: accounts, roles, tokens and sessions ended, collections,
   * grants; 0 when none).
   */
  latestChanges(): Promise<{ latest: number; access: number }>;
  /** The answer kept under `key` (keepAnswer), with the change and the build it was made at. */
  readKeptAnswer(key: string): Promise<KeptAnswer | null>;
  /** Keeps an answer's bytes under `key`, replacing what was kept there. */
  keepAnswer(key: string, answer: KeptAnswer): Promise<void>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

// ---- Watching feeds and pages, and alerts (storage/watch.sql.ts) ----

export interface WatchRecord {
  id: number;
  url: string;
  everySeconds: number;
  allowPrivate: boolean;
  /** For a feed: each ingested item's page is watched too. */
  watchItems: boolean;
  /** False once removed: no more fetches, the captures stay. */
  active: boolean;
  kind: WatchKind | null;
  state: WatchState | null;
  liveSha256: string | null;
  etag: string | null;
  lastModified: string | null;
  lastAt: Date | null;
  nextAt: Date;
  createdAt: Date;
  createdBy: string;
  /** The collection it belongs to (migration 0022): who may see it, and where its feed items go. */
  collectionId: number;
}

export interface NewWatch {
  url: string;
  everySeconds: number;
  allowPrivate: boolean;
  watchItems?: boolean;
  nextAt: Date;
  actor: string;
  /**
   * The collection a new watch belongs to; the built-in general when absent. A watch saved again keeps
   * the collection it has: the store never moves one (services/watch.service.ts decides what may be).
   */
  collectionId?: number;
}

export interface NewCapture {
  at: Date;
  httpStatus: number | null;
  statusLine: string | null;
  finalUrl: string | null;
  /** SHA-256 of `bytes`, computed when they were received. */
  sha256: string | null;
  size: number | null;
  headers: [string, string][] | null;
  /** The raw body; kept once per SHA-256. */
  bytes: Uint8Array | null;
  state: WatchState;
  reason: string;
}

/** What a capture leaves on its watch: the latest state, validators and when it is next due. */
export interface WatchProgress {
  kind: WatchKind | null;
  state: WatchState;
  liveSha256: string | null;
  etag: string | null;
  lastModified: string | null;
  lastAt: Date;
  nextAt: Date;
}

export interface CaptureRecord extends Omit<NewCapture, 'bytes'> {
  id: number;
  watchId: number;
  url: string;
}

export interface AlertRuleRecord extends AlertRuleSpec {
  id: number;
  checkedThrough: number;
  createdAt: Date;
  createdBy: string;
}

export interface AlertRecord {
  id: number;
  ruleId: number;
  ruleName: string;
  at: Date;
  message: string;
  details: Record<string, unknown>;
  /** How the webhook answered (`HTTP 200`, or why it failed); null without a webhook. */
  delivery: string | null;
}

export interface WatchRepository {
  /**
   * Adds a watch, or (same URL) sets its interval and allowance and makes it active again, in the
   * collection it is in already.
   */
  saveWatch(input: NewWatch): Promise<{ watch: WatchRecord; created: boolean }>;
  /** Stops watching (logged with who); null when the URL is not watched. */
  deactivateWatch(url: string, actor: string): Promise<WatchRecord | null>;
  /**
   * Puts a watch (its history and its future feed items) in another collection, logged with who and
   * from where; null when the URL has no watch.
   */
  moveWatch(url: string, collectionId: number, actor: string): Promise<WatchRecord | null>;
  /** The watch of a URL, active or not. */
  getWatch(url: string): Promise<WatchRecord | null>;
  /**
   * Watches in id order: active ones by default, those due by a time when `dueBy` is given, those of
   * the given collections only with `collections`.
   */
  listWatches(filter?: {
    includeInactive?: boolean;
    dueBy?: Date;
    collections?: Visible;
  }): Promise<WatchRecord[]>;
  /** Records a capture, its body (once per SHA-256) and the watch's new state, in one transaction. */
  recordCapture(watchId: number, capture: NewCapture, progress: WatchProgress): Promise<CaptureRecord>;
  /** A watch's captures, oldest first. */
  listCaptures(watchId: number): Promise<CaptureRecord[]>;
  getCaptureBody(sha256: string): Promise<Uint8Array | null>;
  /** Which of these feed item keys the watch has seen. */
  knownFeedItemKeys(watchId: number, keys: readonly string[]): Promise<Set<string>>;
  recordFeedItems(
    watchId: number,
    items: readonly { key: string; documentId: number | null }[],
    at: Date,
  ): Promise<void>;

  createAlertRule(spec: AlertRuleSpec, actor: string, checkedThrough: number): Promise<AlertRuleRecord>;
  listAlertRules(): Promise<AlertRuleRecord[]>;
  deleteAlertRule(id: number, actor: string): Promise<boolean>;
  setAlertRuleCheckedThrough(id: number, changeId: number): Promise<void>;
  recordAlert(
    ruleId: number,
    alert: { at: Date; message: string; details: Record<string, unknown> },
  ): Promise<AlertRecord>;
  setAlertDelivery(id: number, delivery: string): Promise<void>;
  /**
   * The latest alerts first. With `collections`, an alert about a report (`details.kind` claim, naming
   * `details.documentId`) is listed only when that report is in one of them, and an alert about a
   * watched URL (`details.kind` state, naming `details.url`) only when that URL's watch is; other alerts
   * (and a state alert about a URL no watch has) always. Watches are never deleted, only stopped.
   */
  listAlerts(filter?: { limit?: number; collections?: Visible }): Promise<AlertRecord[]>;
}

/** What the releases registry is narrowed by; text conditions come folded as the keys are (ReleaseKeys). */
export interface ReleaseGroupFilter {
  collections?: Visible;
  media?: string;
  /** A language spoken or subtitled. */
  lang?: string;
  /** The producer folded. */
  producerFold?: string;
  year?: string;
  documentId?: number;
  /** Words folded, found in a release's searchFold; or the query's key, found in its titleKey. */
  needle?: string;
  needleKey?: string | null;
}

/** Values and how many registry entries have them. */
/** An entry of the releases registry, as listReleaseGroups reads it. */
export interface ReleaseGroup {
  /** Newest first: the entry's newest releases and the newest of each of its spellings. */
  releaseIds: number[];
  /** How many releases the entry holds. */
  releases: number;
  /** Every report describing it. */
  documentIds: number[];
}

export interface ReleaseGroupFacets {
  media: { value: string; count: number }[];
  producer: { value: string; count: number }[];
  year: { value: string; count: number }[];
  lang: { value: string; count: number }[];
}
