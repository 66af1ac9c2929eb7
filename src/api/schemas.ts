// Request and response shapes: the single source of the OpenAPI document and of the UI's client types.
import { z } from 'zod';
import { AFFILIATIONS, MEDIA_TYPES, POPULATIONS, QUALIFIERS, SCOPES, STATUSES } from '../domain/claim.ts';
import { ClaimFilter, IsoDate, REVIEW_STATES } from '../domain/filters.ts';
import { isPlaceCode, placeCode as storedPlaceCode, placeCodeProblem } from '../domain/validate.ts';

export const ErrorBody = z.object({ code: z.string(), message: z.string() }).meta({ id: 'Error' });

export const IdParams = z.object({ id: z.coerce.number().int().positive() });

export const Page = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};

const isoDate = IsoDate;

/** The claim filters every surface shares (domain/filters.ts). */
export const ClaimFilters = ClaimFilter.shape;

const Span = z.object({ start: z.number().int(), end: z.number().int() });
const Bounds = z.object({ min: z.number().nullable(), max: z.number().nullable() });

export const Claim = z
  .object({
    value: Bounds,
    qualifier: z.enum(QUALIFIERS),
    population: z.enum(POPULATIONS),
    origin: z.array(z.string()).nullable(),
    status: z.enum(STATUSES),
    location: z.array(z.string()),
    affiliation: z.enum(AFFILIATIONS).nullable(),
    age: Bounds,
    source: z.string().nullable(),
    date: z.string().nullable(),
    quote: z.string(),
    span: Span,
  })
  .meta({ id: 'Claim' });

/** A whole number of people or years, in plain words when it is not one. */
const wholeCount = z
  .number({ error: 'must be a number' })
  .int({ error: 'must be a whole number' })
  .min(0, { error: 'must not be below zero' });

/** Bounds an analyst gives: whole numbers, the lower not above the upper. */
const EditedBounds = z
  .object({ min: wholeCount.nullable(), max: wholeCount.nullable() })
  .refine((b) => b.min === null || b.max === null || b.min <= b.max, {
    error: (issue) => {
      const b = issue.input as { min: number; max: number };
      return `the lower bound (${b.min}) is above the upper bound (${b.max}): swap them or correct one`;
    },
  });

/** A place an analyst types: a code the gazetteer knows; a name is answered with its code. */
const EditedPlace = z
  .string()
  .trim()
  .refine(isPlaceCode, { error: (issue) => placeCodeProblem(issue.input) })
  .overwrite(storedPlaceCode);

export const ClaimEdits = z
  .object({
    value: EditedBounds,
    qualifier: z.enum(QUALIFIERS),
    population: z.enum(POPULATIONS),
    origin: z.array(EditedPlace).nullable(),
    status: z.enum(STATUSES),
    location: z.array(EditedPlace),
    affiliation: z.enum(AFFILIATIONS).nullable(),
    age: EditedBounds,
    source: z.string().trim().max(500).nullable(),
    date: isoDate.nullable(),
    /** Total, event, stock or unmarked, replacing the scope read from the sentence. */
    scope: z.enum(SCOPES),
    /** The claim id of the count of the same report this one is part of; null for none. */
    partOf: z.number().int().positive().nullable(),
    /**
     * The highlight, as offsets into the report's text (the reader's characters): not empty and within
     * the text; the quote becomes the text it covers.
     */
    span: z.object({
      start: z.number().int({ error: 'must be a whole offset' }).min(0, { error: 'must not be below zero' }),
      end: z.number().int({ error: 'must be a whole offset' }).min(0, { error: 'must not be below zero' }),
    }),
  })
  .partial()
  .strict()
  .meta({ id: 'ClaimEdits' });

export const Release = z
  .object({
    media: z.enum(MEDIA_TYPES),
    title: z.string().nullable(),
    date: z.string().nullable(),
    duration_min: z.number().nullable(),
    spoken: z.array(z.string()),
    subtitles: z.array(z.string()),
    producer: z.string().nullable(),
    quote: z.string(),
    span: Span,
  })
  .meta({ id: 'Release' });

export const Review = z
  .object({
    state: z.enum(REVIEW_STATES),
    by: z.string().nullable(),
    at: z.string().nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: 'Review' });

export const DocumentSummary = z
  .object({
    id: z.number().int(),
    name: z.string(),
    sha256: z.string(),
    size: z.number().int(),
    mediaType: z.string(),
    lang: z.string().nullable(),
    /** Every language found in the text, the main one first. */
    languages: z.array(z.string()),
    /** Whether Tessera reads the report's language: false means no counts were extracted from it. */
    read: z.boolean(),
    url: z.string().nullable(),
    outlet: z.string().nullable(),
    title: z.string().nullable(),
    published: z.string().nullable(),
    collectedAt: z.string(),
    collectedHow: z.string(),
    collectedFrom: z.string(),
    collectedBy: z.string(),
    extractorVersion: z.string(),
    /** The collection the report belongs to (GET /api/collections names them). */
    collectionId: z.number().int(),
  })
  .meta({ id: 'DocumentSummary' });

export const Collection = z
  .object({
    id: z.number().int(),
    name: z.string(),
    /** Readable only by admins and the accounts granted on it. */
    restricted: z.boolean(),
    documents: z.number().int(),
    /** The role the asking account holds there (admin without accounts). */
    role: z.enum(['viewer', 'analyst', 'admin']),
    createdAt: z.string(),
    createdBy: z.string(),
  })
  .meta({ id: 'Collection' });

export const CollectionGrant = z
  .object({
    collection: z.string(),
    user: z.string(),
    role: z.enum(['viewer', 'analyst']),
    grantedAt: z.string(),
    grantedBy: z.string(),
  })
  .meta({ id: 'CollectionGrant' });

export const ClaimItem = z
  .object({
    id: z.number().int(),
    documentId: z.number().int(),
    documentName: z.string(),
    documentTitle: z.string().nullable(),
    documentLang: z.string().nullable(),
    documentPublished: z.string().nullable(),
    documentOutlet: z.string().nullable(),
    claim: Claim,
    review: Review,
  })
  .meta({ id: 'ClaimItem' });

export const Change = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actor: z.string(),
    action: z.string(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'Change' });

export const ClaimDetail = ClaimItem.extend({
  extracted: Claim,
  edits: ClaimEdits.nullable(),
  sourceId: z.number().int().nullable(),
  /** Admiralty credibility (1–6) an analyst gave the claim; null is ungraded. */
  credibility: z.number().int().nullable(),
  /** Reliability (A–F) of the attributed source, else of the outlet; null is ungraded. */
  sourceReliability: z.string().nullable(),
  extractorVersion: z.string(),
  /** Total, event, stock or unmarked; null for claims stored before scopes were. */
  scope: z.enum(SCOPES).nullable(),
  /** The words that decided the scope; null when none did or an analyst set it. */
  scopeMarker: z.string().nullable(),
  /** The claim id of the count this one is part of ("18 of them" is part of "156 children"), or null. */
  partOf: z.number().int().nullable(),
  /** The report's other counts, in reading order: the wholes this one may be part of. */
  siblings: z.array(
    z.object({
      id: z.number().int(),
      value: Bounds,
      population: z.enum(POPULATIONS),
      status: z.enum(STATUSES),
      quote: z.string(),
      review: z.enum(REVIEW_STATES),
    }),
  ),
  /** The text around the claim, with the claim's place in it. */
  passage: z.object({
    text: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    offset: z.number().int(),
  }),
  history: z.array(Change),
  /** The history with what each change changed (field: before → after) and whether it can be undone. */
  entries: z.array(
    z.object({
      id: z.number().int(),
      at: z.string(),
      actor: z.string(),
      action: z.string(),
      changes: z.array(z.object({ field: z.string(), before: z.string(), after: z.string() })),
      undoes: z.number().int().nullable(),
      undoneBy: z.number().int().nullable(),
      batch: z.string().nullable(),
      note: z.string().nullable(),
      /** Null when it can be undone; else why not, in plain words. */
      cannotUndo: z.string().nullable(),
    }),
  ),
}).meta({ id: 'ClaimDetail' });

/** Where a claim stands in the review queue: "n of N", its neighbours, the claim itself. */
export const QueuePlace = z
  .object({
    total: z.number().int(),
    conflicting: z.number().int(),
    position: z.number().int(),
    inQueue: z.boolean(),
    conflict: z.boolean(),
    previous: z.number().int().nullable(),
    next: z.number().int().nullable(),
    claim: ClaimItem.nullable(),
  })
  .meta({ id: 'QueuePlace' });

export const ReleaseItem = z
  .object({
    id: z.number().int(),
    documentId: z.number().int(),
    documentName: z.string(),
    documentTitle: z.string().nullable(),
    documentLang: z.string().nullable(),
    release: Release,
    review: Review,
    /** Other reports describing the same release (same media and title, case and accents aside). */
    alsoIn: z.array(
      z.object({
        releaseId: z.number().int(),
        documentId: z.number().int(),
        documentName: z.string(),
        /** The title as that report writes it (another script or spelling). */
        title: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'ReleaseItem' });

/** A count of children or fighters given by a report that describes a release. */
export const ReleaseCount = z
  .object({
    claimId: z.number().int(),
    documentId: z.number().int(),
    population: z.string(),
    value: z.object({ min: z.number().nullable(), max: z.number().nullable() }),
    qualifier: z.string(),
    quote: z.string(),
  })
  .meta({ id: 'ReleaseCount' });

/** One release across the reports (and scripts) that describe it. */
export const ReleaseEntity = ReleaseItem.extend({
  /**
   * How many releases the entry holds, one per report describing it as a rule; alsoIn lists the newest
   * 50 and the newest of each spelling, so an entry of thousands of reports stays a few rows.
   */
  releases: z.number().int(),
  /** Every title the reports give it: Istok, Исток, إستوك. */
  spellings: z.array(z.string()),
  /** Counts of children and fighters in the reports describing it. */
  counts: z.array(ReleaseCount),
}).meta({ id: 'ReleaseEntity' });

export const DocumentDetail = DocumentSummary.extend({
  /** The collection, named. */
  collection: z.object({ id: z.number().int(), name: z.string(), restricted: z.boolean() }),
  text: z.string(),
  encoding: z.string().nullable(),
  codes: z.array(z.string()),
  claims: z.array(ClaimItem),
  releases: z.array(ReleaseItem),
}).meta({ id: 'DocumentDetail' });

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  });

export const FacetValue = z.object({ value: z.string(), count: z.number().int() }).meta({ id: 'FacetValue' });

export const IngestResult = z
  .object({
    input: z.string(),
    outcome: z.enum(['stored', 'already_stored', 'skipped', 'failed']),
    documentId: z.number().int().nullable(),
    claims: z.number().int().nullable(),
    releases: z.number().int().nullable(),
    code: z.string().nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'IngestResult' });

const Bounds_ = z.object({ min: z.number().nullable(), max: z.number().nullable() });

export const EstimatePoint = z
  .object({
    claimId: z.number().int(),
    documentId: z.number().int(),
    documentName: z.string(),
    lang: z.string(),
    value: Bounds_,
    qualifier: z.string(),
    source: z.string().nullable(),
    outlet: z.string().nullable(),
    date: z.string().nullable(),
    dateBasis: z.enum(['claim', 'published']).nullable(),
    grade: z.object({ reliability: z.string(), credibility: z.number().int() }),
    scope: z.string(),
    scopeMarker: z.string().nullable(),
    /** The claim of the same report this one is part of. */
    partOf: z.number().int().nullable(),
    /** The fact (the same count in other reports) the claim belongs to. */
    factId: z.number().int().nullable(),
    quote: z.string(),
    span: Span,
  })
  .meta({ id: 'EstimatePoint' });

export const EstimateSeries = z
  .object({
    question: z.object({
      population: z.string(),
      origin: z.array(z.string()).nullable(),
      status: z.string().nullable(),
      affiliation: z.string().nullable(),
    }),
    points: z.array(EstimatePoint),
    span: z.object({ min: z.number().nullable(), max: z.number().nullable(), openAbove: z.boolean() }),
    conflicts: z.array(
      z.object({ claimIds: z.array(z.number().int()), daysApart: z.number(), why: z.string() }),
    ),
    conflictCount: z.number().int(),
  })
  .meta({ id: 'EstimateSeries' });

export const Reconciled = z
  .object({
    date: z.string(),
    supported: Bounds_.nullable(),
    restsOn: z.array(z.number().int()),
    dissent: z.array(z.number().int()),
    facts: z.array(
      z.object({
        id: z.string(),
        claimIds: z.array(z.number().int()),
        value: Bounds_,
        origins: z.number().int(),
        weight: z.number(),
      }),
    ),
    excluded: z.array(z.object({ claimId: z.number().int(), why: z.string() })),
    weightFor: z.number(),
    weightAgainst: z.number(),
    runningTotal: z.object({ claimId: z.number().int(), value: Bounds_, date: z.string() }).nullable(),
    why: z.array(z.string()),
  })
  .meta({ id: 'Reconciled' });

/** A question's estimates, what they reconcile to, wider groups as context and sums of countries. */
export const EstimateAnswer = EstimateSeries.extend({
  reconciled: Reconciled.nullable(),
  wider: z.array(
    z.object({
      region: z.string(),
      /** The wider group's latest estimates, a few as context. */
      points: z.array(EstimatePoint),
      /** Whether the wider group's own question has more than these. */
      more: z.boolean(),
    }),
  ),
  sums: z.array(
    z.object({
      date: z.string(),
      scope: z.string(),
      value: Bounds_,
      countries: z.array(z.object({ code: z.string(), claimId: z.number().int() })),
    }),
  ),
}).meta({ id: 'EstimateAnswer' });

export const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [s, ErrorBody])) as Record<number, typeof ErrorBody>;
