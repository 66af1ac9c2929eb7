// The evidence store's tables (Drizzle pg-core); `drizzle-kit generate` turns changes into migrations in drizzle/.
import type { Scope } from '../domain/claim.ts';
import { sql } from 'drizzle-orm';
import type { Credibility, Reliability } from '../domain/grade.ts';
import {
  bigint,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

/** Written by SQL (`to_tsvector`), never read back by the application. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

import type { ReviewState } from '../domain/filters.ts';
export { REVIEW_STATES, type ReviewState } from '../domain/filters.ts';

import type { SourceKind } from '../domain/filters.ts';
import type { ClaimFilter as ClaimFilterSpec } from '../domain/filters.ts';
import type { AlertKind, WatchKind, WatchState } from '../domain/watch.ts';
export { SOURCE_KINDS, type SourceKind } from '../domain/filters.ts';

/** Outlets that published documents, and the people or bodies the texts attribute numbers to. */
export const sources = pgTable(
  'sources',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    kind: text('kind').$type<SourceKind>().notNull(),
    name: text('name').notNull(),
    /** Case- and space-folded name: one row per source however it is spelled in running text. */
    key: text('key').notNull(),
    /** Admiralty reliability A–F given by an analyst; null is ungraded (read as F). */
    reliability: text('reliability').$type<Reliability>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('sources_kind_key_uq').on(t.kind, t.key),
    check('sources_reliability_ck', sql`${t.reliability} IN ('A', 'B', 'C', 'D', 'E', 'F')`),
  ],
);

/** The built-in open collection: documents ingested without naming one (and every document stored before 0016). */
export const GENERAL_COLLECTION = 'general';

/**
 * Need-to-know collections (migration 0016): every document belongs to exactly one. An open collection is
 * read by every account; a restricted one by admins and the accounts granted on it (services decide).
 */
export const collections = pgTable(
  'collections',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    restricted: boolean('restricted').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [uniqueIndex('collections_name_uq').on(t.name)],
);

/**
 * Aliases an analyst confirmed (migration 0018): each row names a source that is another spelling of its
 * group's main source. A main source is never itself an alias; storage keeps what the service decided.
 */
export const sourceAliases = pgTable(
  'source_aliases',
  {
    sourceId: integer('source_id')
      .primaryKey()
      .references(() => sources.id),
    canonicalId: integer('canonical_id')
      .notNull()
      .references(() => sources.id),
    /** The alias's own reliability before it took its group's, given back when it is unmerged. */
    reliabilityBefore: text('reliability_before').$type<Reliability>(),
    mergedAt: timestamp('merged_at', { withTimezone: true }).notNull().defaultNow(),
    mergedBy: text('merged_by').notNull(),
  },
  (t) => [
    index('source_aliases_canonical_idx').on(t.canonicalId),
    check('source_aliases_not_self_ck', sql`${t.sourceId} <> ${t.canonicalId}`),
  ],
);

export const documents = pgTable(
  'documents',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** The name it came with: the file name without extension, or the URL. */
    name: text('name').notNull(),
    sha256: text('sha256').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    mediaType: text('media_type').notNull(),
    encoding: text('encoding'),
    text: text('text').notNull(),
    lang: text('lang'),
    /** Every language the text was found in, the main one first (a report may mix paragraphs). */
    languages: text('languages')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    url: text('url'),
    outlet: text('outlet'),
    outletId: integer('outlet_id').references(() => sources.id),
    title: text('title'),
    /** ISO 8601, full or partial. */
    published: text('published'),
    collectedAt: timestamp('collected_at', { withTimezone: true }).notNull(),
    /** `file` or `url`. */
    collectedHow: text('collected_how').notNull(),
    /** The path or URL the bytes were read from. */
    collectedFrom: text('collected_from').notNull(),
    collectedBy: text('collected_by').notNull(),
    extractorVersion: text('extractor_version').notNull(),
    /** Place codes (ISO 3166-1, regions) the document and its claims mention: cross-language search. */
    codes: text('codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    search: tsvector('search').notNull(),
    /** The collection it belongs to (migration 0016): what an account may read is decided by it. */
    collectionId: integer('collection_id')
      .notNull()
      .references(() => collections.id),
  },
  (t) => [
    uniqueIndex('documents_sha256_uq').on(t.sha256),
    index('documents_collection_idx').on(t.collectionId, t.id),
    index('documents_search_gin').using('gin', t.search),
    index('documents_codes_gin').using('gin', t.codes),
  ],
);

/** The original bytes, kept apart from the working text (Berkeley Protocol). */
export const documentBlobs = pgTable('document_blobs', {
  documentId: integer('document_id')
    .primaryKey()
    .references(() => documents.id, { onDelete: 'cascade' }),
  bytes: bytea('bytes').notNull(),
});

/**
 * Columns hold the claim as it stands (engine output with analyst edits applied), so filters are
 * plain SQL; `extracted` keeps what the engine said and `edits` what the analyst changed.
 */
export const claims = pgTable(
  'claims',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    valueMin: bigint('value_min', { mode: 'number' }),
    valueMax: bigint('value_max', { mode: 'number' }),
    qualifier: text('qualifier').notNull(),
    population: text('population').notNull(),
    origin: text('origin').array(),
    status: text('status').notNull(),
    location: text('location').array().notNull(),
    affiliation: text('affiliation'),
    ageMin: integer('age_min'),
    ageMax: integer('age_max'),
    source: text('source'),
    sourceId: integer('source_id').references(() => sources.id),
    date: text('date'),
    quote: text('quote').notNull(),
    spanStart: integer('span_start').notNull(),
    spanEnd: integer('span_end').notNull(),
    /**
     * The count this one is part of ("231 people, including 156 children"), as its position among the
     * claims the engine listed for the same document (the order of their ids); null when it stands alone.
     */
    partOf: integer('part_of'),
    extractorVersion: text('extractor_version').notNull(),
    /** What the engine said; null while it is what the columns hold (no analyst edits), to store it once. */
    extracted: jsonb('extracted'),
    edits: jsonb('edits'),
    review: text('review').$type<ReviewState>().notNull().default('unreviewed'),
    reviewedBy: text('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewNote: text('review_note'),
    /** Admiralty credibility 1–6 given by an analyst; null is ungraded (read as 6). */
    credibility: integer('credibility').$type<Credibility>(),
    /** The claim's date, else its document's publication date, for time-ordered series: written with the claim. */
    effectiveDate: text('effective_date'),
    /** The text around the claim, kept by claims linked before their scope was stored (migration 0006). */
    context: text('context'),
    /** Whether the claim counts a total or a single event (analysis/scope.ts), read from its sentence when stored. */
    scope: text('scope').$type<Scope>(),
    /** The words that decided the scope. */
    scopeMarker: text('scope_marker'),
    /** The origins as a set (distinct, in code-point order; null when none), written with the claim: series match it exactly. */
    originSet: text('origin_set').array(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('claims_document_idx').on(t.documentId),
    check('claims_credibility_ck', sql`${t.credibility} BETWEEN 1 AND 6`),
    index('claims_origin_gin').using('gin', t.origin),
    index('claims_population_idx').on(t.population),
    // The review queue: the claims in one review state, in id order (keyset-paged).
    index('claims_review_idx').on(t.review, t.id),
    // Estimate series ask for one population and one set of origins, the latest first: an index in
    // that order over the claims a series may hold lets the query stop at its limit.
    index('claims_series_idx')
      .on(t.population, t.originSet, t.effectiveDate.desc().nullsLast(), t.id.desc().nullsLast())
      .where(
        sql`${t.review} <> 'rejected' AND ${t.qualifier} <> 'vague' AND (${t.valueMin} IS NOT NULL OR ${t.valueMax} IS NOT NULL)`,
      ),
    check('claims_span_ck', sql`${t.spanStart} >= 0 AND ${t.spanEnd} >= ${t.spanStart}`),
    check('claims_review_ck', sql`${t.review} IN ('unreviewed', 'confirmed', 'rejected', 'corrected')`),
  ],
);

/**
 * What the overview and the search's facets count, kept per report (migration 0023) so that they read a
 * few small rows per report rather than every claim: written only by triggers on claims (statement-level,
 * over the statement's transition tables), which rewrite the rows of every report whose claims a
 * statement changed from that report's claims. Rejected claims are left out of all three. No foreign key
 * (dropped by migration 0024): a report deleted takes its claims, and with them its summary; a key would
 * check and lock the report's row for every summary row written.
 *
 * report_summaries: per report and kind of claim (population, status, group), how many claims and how
 * many of them unreviewed. The claim facets and their conditions read it (a report's kinds decide every
 * combination of them), and the overview's counts sum it.
 */
export const reportSummaries = pgTable(
  'report_summaries',
  {
    documentId: integer('document_id').notNull(),
    population: text('population').notNull(),
    status: text('status').notNull(),
    affiliation: text('affiliation'),
    claims: integer('claims').notNull(),
    unreviewed: integer('unreviewed').notNull(),
  },
  (t) => [index('report_summaries_document_idx').on(t.documentId)],
);

/**
 * report_places: per report and place code (regions included) its claims name as origin or location,
 * how many claims name it each way and the largest number of children they give for it: the overview's
 * map and the search's country facet and condition.
 */
export const reportPlaces = pgTable(
  'report_places',
  {
    documentId: integer('document_id').notNull(),
    code: text('code').notNull(),
    originClaims: integer('origin_claims').notNull(),
    originChildrenMax: bigint('origin_children_max', { mode: 'number' }),
    locationClaims: integer('location_claims').notNull(),
    locationChildrenMax: bigint('location_children_max', { mode: 'number' }),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.code] })],
);

/**
 * report_questions: per report, the questions (population, set of origins, status) its estimates answer
 * and how many claims answer each: claims an estimate series may hold (not vague, with a number and an
 * origin). The list of questions, most reported first, groups it.
 */
export const reportQuestions = pgTable(
  'report_questions',
  {
    documentId: integer('document_id').notNull(),
    population: text('population').notNull(),
    originSet: text('origin_set').array().notNull(),
    status: text('status').notNull(),
    claims: integer('claims').notNull(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.population, t.originSet, t.status] })],
);

export const releases = pgTable(
  'releases',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    media: text('media').notNull(),
    title: text('title'),
    date: text('date'),
    durationMin: integer('duration_min'),
    spoken: text('spoken').array().notNull(),
    subtitles: text('subtitles').array().notNull(),
    producer: text('producer'),
    quote: text('quote').notNull(),
    spanStart: integer('span_start').notNull(),
    spanEnd: integer('span_end').notNull(),
    extractorVersion: text('extractor_version').notNull(),
    extracted: jsonb('extracted').notNull(),
    edits: jsonb('edits'),
    review: text('review').$type<ReviewState>().notNull().default('unreviewed'),
    reviewedBy: text('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewNote: text('review_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    // How the registry groups and finds the release, as analysis/release-key.ts reads its current title,
    // producer and quote (written with them; null until a store made before migration 0025 is keyed):
    // the media and the title's cross-script key (null untitled), the title's script and folded spelling,
    // the title's key alone, the producer folded, and title, producer and quote folded for word search.
    groupKey: text('group_key'),
    spelling: text('spelling'),
    titleKey: text('title_key'),
    producerFold: text('producer_fold'),
    searchFold: text('search_fold'),
  },
  (t) => [
    index('releases_document_idx').on(t.documentId),
    index('releases_group_idx').on(t.groupKey, t.spelling, t.id),
    index('releases_unkeyed_idx')
      .on(t.id)
      .where(sql`${t.searchFold} IS NULL`),
    check('releases_review_ck', sql`${t.review} IN ('unreviewed', 'confirmed', 'rejected', 'corrected')`),
  ],
);

/** Append-only (a trigger refuses UPDATE and DELETE): who changed what, when. */
export const changeLog = pgTable(
  'change_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id').notNull(),
    documentId: integer('document_id'),
    details: jsonb('details').notNull(),
  },
  (t) => [
    index('change_log_entity_idx').on(t.entity, t.entityId),
    index('change_log_document_idx').on(t.documentId),
    // `tessera audit --since DATE` (migration 0012).
    index('change_log_at_idx').on(t.at),
    // The latest change of the data, past the entries that only record a read or a refusal (migration 0021;
    // refused session cookies since 0022). Literal values: the list is AUDIT_ONLY_ACTIONS, kept equal by
    // test/storage/collections.contract.test.ts.
    index('change_log_changes_idx')
      .on(t.id)
      .where(
        sql`${t.action} NOT IN ('collection.read', 'login.refused', 'token.refused', 'session.refused')`,
      ),
    // The latest change of who may read what (migration 0026): servers keep accounts and readers until it
    // moves. Literal values: the list is ACCESS_ACTIONS.
    index('change_log_access_idx')
      .on(t.id)
      .where(
        sql`${t.action} IN ('user.added', 'user.role_changed', 'user.removed', 'token.revoked', 'session.ended', 'collection.added', 'collection.granted', 'collection.revoked')`,
      ),
  ],
);

/**
 * Answers kept across restarts (the overview): the bytes a surface sends, valid while the latest change
 * is `change_id` and the code that made them is `build`. A cache: losing a row costs one computation.
 */
export const keptAnswers = pgTable('kept_answers', {
  key: text('key').primaryKey(),
  changeId: bigint('change_id', { mode: 'number' }).notNull(),
  build: text('build').notNull(),
  body: bytea('body').notNull(),
  keptAt: timestamp('kept_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Change log entries that record a read or a refused attempt: the store's data is the same after them. */
export const AUDIT_ONLY_ACTIONS = [
  'collection.read',
  'login.refused',
  'token.refused',
  'session.refused',
] as const;

/**
 * Change log entries that change who may read or do what: an account, its role, a token or session ended,
 * a collection or a grant. A server keeps the accounts of credentials and the readers they make until one
 * of these is logged (services/kept-access.ts).
 */
export const ACCESS_ACTIONS = [
  'user.added',
  'user.role_changed',
  'user.removed',
  'token.revoked',
  'session.ended',
  'collection.added',
  'collection.granted',
  'collection.revoked',
] as const;

/** A document's MinHash signature and, when it is a near copy, of which document (decided at ingestion). */
export const documentSignatures = pgTable('document_signatures', {
  documentId: integer('document_id')
    .primaryKey()
    .references(() => documents.id, { onDelete: 'cascade' }),
  /** encodeSignature() of analysis/near-duplicates.ts. */
  signature: text('signature').notNull(),
  copyOf: integer('copy_of').references(() => documents.id, { onDelete: 'set null' }),
  /** The first document of its copy group: itself for an original. */
  copyRoot: integer('copy_root').notNull(),
  jaccard: real('jaccard'),
});

/**
 * LSH band keys: a new document's candidates are the documents sharing a key, found by index. No foreign
 * key (migration 0028): linking writes 32 rows a document, and checking each against documents was half
 * the time of that insert; the rows are written with the document's signature, and documents are never
 * deleted.
 */
export const documentBands = pgTable(
  'document_bands',
  {
    key: text('key').notNull(),
    documentId: integer('document_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.documentId] })],
);

/**
 * One count of one population reported by several documents (analysis/facts.ts). Columns repeat what
 * filters need; `state` keeps the rest of the pure Fact (why, origin groups, earliest report).
 */
export const facts = pgTable(
  'facts',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** factKey(): candidates for a new claim are fetched by it. */
    key: text('key').notNull(),
    valueMin: bigint('value_min', { mode: 'number' }),
    valueMax: bigint('value_max', { mode: 'number' }),
    population: text('population').notNull(),
    origin: text('origin').array(),
    status: text('status').notNull(),
    date: text('date'),
    claimCount: integer('claim_count').notNull(),
    documentCount: integer('document_count').notNull(),
    origins: integer('origins').notNull(),
    state: jsonb('state').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('facts_key_idx').on(t.key),
    index('facts_population_idx').on(t.population, t.status),
    index('facts_origin_gin').using('gin', t.origin),
  ],
);

/** Which claims back a fact, in the order they were linked, each with the member it joined and why. */
export const factClaims = pgTable(
  'fact_claims',
  {
    claimId: integer('claim_id')
      .primaryKey()
      .references(() => claims.id, { onDelete: 'cascade' }),
    factId: integer('fact_id')
      .notNull()
      .references(() => facts.id, { onDelete: 'cascade' }),
    linkedTo: integer('linked_to'),
    why: jsonb('why').notNull(),
    ord: integer('ord').notNull(),
    /** The member's document and its copy group, so a newcomer's neighbours in a fact are found by index. */
    documentId: integer('document_id'),
    copyRoot: integer('copy_root'),
    /** The first member of its kind (attributed source, outlet, time): what linking reads of a large fact. */
    kindFirst: boolean('kind_first').notNull().default(false),
  },
  (t) => [
    index('fact_claims_fact_idx').on(t.factId, t.ord),
    index('fact_claims_kinds_idx')
      .on(t.factId, t.ord)
      .where(sql`${t.kindFirst}`),
    index('fact_claims_document_idx').on(t.factId, t.documentId),
    index('fact_claims_root_idx').on(t.factId, t.copyRoot),
  ],
);

// ---- Watching feeds and pages (migration 0011) ----

/** A URL fetched on a schedule. Removing a watch stops the fetches; its captures stay as evidence. */
export const watches = pgTable(
  'watches',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    url: text('url').notNull(),
    everySeconds: integer('every_seconds').notNull(),
    allowPrivate: boolean('allow_private').notNull().default(false),
    /** For a feed: watch each ingested item's page too, so its report shows whether it is still there. */
    watchItems: boolean('watch_items').notNull().default(false),
    active: boolean('active').notNull().default(true),
    /** `feed` or `page`, as the latest answer read; null before the first fetch. */
    kind: text('kind').$type<WatchKind>(),
    /** The state of the latest capture. */
    state: text('state').$type<WatchState>(),
    /** SHA-256 of the last 2xx body: what `changed` compares with, and what a 304 means. */
    liveSha256: text('live_sha256'),
    etag: text('etag'),
    lastModified: text('last_modified'),
    lastAt: timestamp('last_at', { withTimezone: true }),
    nextAt: timestamp('next_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
    /**
     * The collection it belongs to (migration 0022), as documents do: its captures, history and WARC are
     * read where the collection is, and its feed items are stored into it. General for watches made before.
     */
    collectionId: integer('collection_id')
      .notNull()
      .references(() => collections.id),
  },
  (t) => [
    uniqueIndex('watches_url_uq').on(t.url),
    index('watches_collection_idx').on(t.collectionId, t.id),
    index('watches_due_idx')
      .on(t.nextAt)
      .where(sql`${t.active}`),
  ],
);

/** Every fetch of a watched URL: when, what answered, the state it shows; the body by its SHA-256. */
export const watchCaptures = pgTable(
  'watch_captures',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    watchId: integer('watch_id')
      .notNull()
      .references(() => watches.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    httpStatus: integer('http_status'),
    statusLine: text('status_line'),
    finalUrl: text('final_url'),
    /** SHA-256 of the body as received, computed at capture time; null when nothing was answered. */
    sha256: text('sha256'),
    size: bigint('size', { mode: 'number' }),
    /** The response headers in order, [name, value] pairs. */
    headers: jsonb('headers').$type<[string, string][]>(),
    state: text('state').$type<WatchState>().notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [index('watch_captures_watch_idx').on(t.watchId, t.at)],
);

/** Captured bodies, content-addressed: a page that does not change is kept once. */
export const watchBodies = pgTable('watch_bodies', {
  sha256: text('sha256').primaryKey(),
  bytes: bytea('bytes').notNull(),
});

/** The identities (GUID, link) of the feed items already ingested: each item is ingested once. */
export const watchFeedItems = pgTable(
  'watch_feed_items',
  {
    watchId: integer('watch_id')
      .notNull()
      .references(() => watches.id),
    key: text('key').notNull(),
    documentId: integer('document_id').references(() => documents.id, { onDelete: 'set null' }),
    seenAt: timestamp('seen_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.watchId, t.key] })],
);

/** Rules on new evidence: a new claim matching a filter, or a watched URL changing state. */
export const alertRules = pgTable('alert_rules', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  name: text('name').notNull(),
  on: text('on').$type<AlertKind>().notNull(),
  filter: jsonb('filter').$type<ClaimFilterSpec>().notNull(),
  url: text('url'),
  webhook: text('webhook'),
  allowPrivate: boolean('allow_private').notNull().default(false),
  /** The change log id up to which new documents were checked against this rule. */
  checkedThrough: bigint('checked_through', { mode: 'number' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: text('created_by').notNull(),
});

/** What fired, shown in the web app; `delivery` says how the webhook answered, when there is one. */
export const alerts = pgTable(
  'alerts',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    ruleId: integer('rule_id')
      .notNull()
      .references(() => alertRules.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    message: text('message').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    delivery: text('delivery'),
  },
  (t) => [index('alerts_at_idx').on(t.at)],
);

// ---- Accounts (migration 0012): who may use a server once one exists ----

export const ROLES = ['viewer', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** An account: a name, a role and an argon2id hash of its password (never the password). */
export const users = pgTable(
  'users',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    role: text('role').$type<Role>().notNull(),
    passwordHash: text('password_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [
    uniqueIndex('users_name_idx').on(t.name),
    check('users_role_check', sql`${t.role} in ('viewer', 'analyst', 'admin')`),
  ],
);

/** API tokens for scripts: the SHA-256 of the token only; revoked ones stay listed. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenSha256: text('token_sha256').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    /** When a request last came with it, to the minute (migration 0020). */
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('api_tokens_sha256_idx').on(t.tokenSha256)],
);

/** Browser sessions after a login: the SHA-256 of the cookie's secret, and when it ends. */
export const sessions = pgTable(
  'sessions',
  {
    idSha256: text('id_sha256').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Roles granted in a restricted collection: the grant caps what the account may do there. */
export const GRANT_ROLES = ['viewer', 'analyst'] as const;
export type GrantRole = (typeof GRANT_ROLES)[number];

/** Who may read (and, as analyst, review and ingest into) a collection beyond its openness (migration 0016). */
export const collectionGrants = pgTable(
  'collection_grants',
  {
    collectionId: integer('collection_id')
      .notNull()
      .references(() => collections.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<GrantRole>().notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
    grantedBy: text('granted_by').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.collectionId, t.userId] }),
    index('collection_grants_user_idx').on(t.userId),
    check('collection_grants_role_ck', sql`${t.role} in ('viewer', 'analyst')`),
  ],
);
