// Records from the store as the API shows them: dates as ISO strings, documents named beside claims.
import type { z } from 'zod';
import type {
  EstimatePoint as AnalysisPoint,
  EstimateSeries as AnalysisSeries,
  Reconciliation,
} from '../analysis/estimates.ts';
import { packFor } from '../pipeline/languages/index.ts';
import type { EstimatesResult } from '../services/estimates.service.ts';
import type { ReleaseEntity } from '../services/releases.service.ts';
import type { ClaimDetail as ClaimDetailAnswer } from '../services/review.service.ts';
import type {
  ChangeRecord,
  ClaimRecord,
  DocumentSummary as StoredSummary,
  ReleaseRecord,
  ReviewInfo,
} from '../storage/repository.ts';
import type {
  Change,
  ClaimDetail,
  ClaimItem,
  DocumentSummary,
  EstimateAnswer,
  EstimatePoint,
  EstimateSeries,
  Reconciled,
  ReleaseEntity as ReleaseEntitySchema,
  ReleaseItem,
  Review,
} from './schemas.ts';

export const reviewView = (r: ReviewInfo): z.output<typeof Review> => ({
  state: r.state,
  by: r.by,
  at: r.at ? r.at.toISOString() : null,
  note: r.note,
});

export const documentView = (d: StoredSummary): z.output<typeof DocumentSummary> => ({
  id: d.id,
  name: d.name,
  sha256: d.sha256,
  size: d.size,
  mediaType: d.mediaType,
  lang: d.lang,
  languages: d.languages,
  read: d.lang !== null && packFor(d.lang) !== undefined,
  url: d.url,
  outlet: d.outlet,
  title: d.title,
  published: d.published,
  collectedAt: d.collectedAt.toISOString(),
  collectedHow: d.collectedHow,
  collectedFrom: d.collectedFrom,
  collectedBy: d.collectedBy,
  extractorVersion: d.extractorVersion,
  collectionId: d.collectionId,
});

export function claimItemView(r: ClaimRecord): z.output<typeof ClaimItem> {
  return {
    id: r.id,
    documentId: r.documentId,
    documentName: r.documentName,
    documentTitle: r.documentTitle,
    documentLang: r.documentLang,
    documentPublished: r.documentPublished,
    documentOutlet: r.documentOutlet,
    claim: r.claim,
    review: reviewView(r.review),
  };
}

export function claimDetailView(d: ClaimDetailAnswer): z.output<typeof ClaimDetail> {
  const r = d.record;
  return {
    ...claimItemView(r),
    extracted: r.extracted,
    edits: d.corrections,
    scope: r.scope,
    scopeMarker: r.scopeMarker,
    partOf: d.partOf,
    siblings: d.siblings,
    sourceId: r.sourceId,
    credibility: r.credibility,
    sourceReliability: d.sourceReliability,
    extractorVersion: r.extractorVersion,
    passage: d.passage,
    history: d.history.map(changeView),
    entries: d.entries.map((e) => ({
      ...changeView(e.change),
      changes: e.changes,
      undoes: e.undoes,
      undoneBy: e.undoneBy,
      batch: e.batch,
      note: typeof e.change.details.note === 'string' ? e.change.details.note : null,
      cannotUndo: e.cannotUndo,
    })),
  };
}

export function releaseItemView(
  r: ReleaseRecord,
  alsoIn: ReleaseRecord[] = [],
): z.output<typeof ReleaseItem> {
  return {
    id: r.id,
    documentId: r.documentId,
    documentName: r.documentName,
    documentTitle: r.documentTitle,
    documentLang: r.documentLang,
    release: r.release,
    review: reviewView(r.review),
    alsoIn: alsoIn.map((o) => ({
      releaseId: o.id,
      documentId: o.documentId,
      documentName: o.documentName,
      title: o.release.title,
    })),
  };
}

export function releaseEntityView(
  e: ReleaseEntity & { counts: ClaimRecord[] },
): z.output<typeof ReleaseEntitySchema> {
  return {
    ...releaseItemView(e.release, e.alsoIn),
    releases: e.releases,
    spellings: e.spellings,
    counts: e.counts.map((c) => ({
      claimId: c.id,
      documentId: c.documentId,
      population: c.claim.population,
      value: { min: c.claim.value.min, max: c.claim.value.max },
      qualifier: c.claim.qualifier,
      quote: c.claim.quote,
    })),
  };
}

/** A series as the API shows it: numeric ids, each point with its span for the reader. */
const idOrNull = (id: string | null) => (id === null ? null : Number(id));

export const pointView = (p: AnalysisPoint): z.output<typeof EstimatePoint> => ({
  claimId: Number(p.claimId),
  documentId: Number(p.documentId),
  documentName: p.documentName,
  lang: p.lang,
  value: p.value,
  qualifier: p.qualifier,
  source: p.source,
  outlet: p.outlet,
  date: p.date,
  dateBasis: p.dateBasis,
  grade: p.grade,
  scope: p.scope,
  scopeMarker: p.scopeMarker,
  partOf: idOrNull(p.partOf),
  factId: idOrNull(p.factId),
  quote: p.quote,
  span: p.span,
});

export const reconciledView = (r: Reconciliation): z.output<typeof Reconciled> => ({
  date: r.date,
  supported: r.supported,
  restsOn: r.restsOn.map(Number),
  dissent: r.dissent.map(Number),
  facts: r.facts.map((f) => ({ ...f, claimIds: f.claimIds.map(Number) })),
  excluded: r.excluded.map((x) => ({ claimId: Number(x.claimId), why: x.why })),
  weightFor: r.weightFor,
  weightAgainst: r.weightAgainst,
  runningTotal: r.runningTotal ? { ...r.runningTotal, claimId: Number(r.runningTotal.claimId) } : null,
  why: r.why,
});

/** The answer to an estimates question as the API shows it, with the same parts as the CLI's JSON. */
export const estimateAnswerView = (answer: EstimatesResult): z.output<typeof EstimateAnswer> => ({
  ...seriesView(answer.series),
  reconciled: answer.reconciled ? reconciledView(answer.reconciled) : null,
  wider: answer.wider.map((w) => ({ region: w.region, points: w.points.map(pointView), more: w.more })),
  sums: answer.sums.map((sum) => ({
    ...sum,
    countries: sum.countries.map((c) => ({ code: c.code, claimId: Number(c.claimId) })),
  })),
});

export function seriesView(series: AnalysisSeries): z.output<typeof EstimateSeries> {
  const question = series.question;
  return {
    question: {
      population: question.population,
      origin: question.origin ? [...question.origin] : null,
      status: question.status ?? null,
      affiliation: question.affiliation ?? null,
    },
    points: series.points.map(pointView),
    span: series.span,
    conflicts: series.conflicts.map((c) => ({
      claimIds: c.claimIds.map(Number),
      daysApart: c.daysApart,
      why: c.why,
    })),
    conflictCount: series.conflictCount,
  };
}

export const changeView = (c: ChangeRecord): z.output<typeof Change> => ({
  id: c.id,
  at: c.at.toISOString(),
  actor: c.actor,
  action: c.action,
  details: c.details,
});
