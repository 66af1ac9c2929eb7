// Records from the store as the API shows them: dates as ISO strings, documents named beside claims.
import type { z } from 'zod';
import type { Catalog, CatalogClaim } from '../services/catalog.service.ts';
import type {
  ChangeRecord,
  ClaimRecord,
  DocumentSummary as StoredSummary,
  ReleaseRecord,
  ReviewInfo,
} from '../storage/repository.ts';
import type { Change, ClaimItem, DocumentSummary, ReleaseItem, Review } from './schemas.ts';

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
  url: d.url,
  outlet: d.outlet,
  title: d.title,
  published: d.published,
  collectedAt: d.collectedAt.toISOString(),
  collectedHow: d.collectedHow,
  collectedFrom: d.collectedFrom,
  collectedBy: d.collectedBy,
  extractorVersion: d.extractorVersion,
});

export function claimItemView(r: ClaimRecord, catalog: Catalog): z.output<typeof ClaimItem> {
  const d = catalog.documents.get(r.documentId);
  return {
    id: r.id,
    documentId: r.documentId,
    documentName: r.documentName,
    documentTitle: d?.title ?? null,
    documentLang: d?.lang ?? null,
    documentPublished: r.documentPublished,
    documentOutlet: r.documentOutlet,
    claim: r.claim,
    review: reviewView(r.review),
  };
}

/** From the catalogue alone: lists of thousands of claims without a query each. */
export function catalogClaimView(c: CatalogClaim, catalog: Catalog): z.output<typeof ClaimItem> {
  const d = catalog.documents.get(c.documentId);
  return {
    id: c.id,
    documentId: c.documentId,
    documentName: d?.name ?? String(c.documentId),
    documentTitle: d?.title ?? null,
    documentLang: d?.lang ?? null,
    documentPublished: d?.published ?? null,
    documentOutlet: d?.outlet ?? null,
    claim: c.claim,
    review: { state: c.review, by: null, at: null, note: null },
  };
}

export function releaseItemView(
  r: ReleaseRecord,
  catalog: Catalog,
  alsoIn: ReleaseRecord[] = [],
): z.output<typeof ReleaseItem> {
  const d = catalog.documents.get(r.documentId);
  return {
    id: r.id,
    documentId: r.documentId,
    documentName: r.documentName,
    documentTitle: d?.title ?? null,
    documentLang: d?.lang ?? null,
    release: r.release,
    review: reviewView(r.review),
    alsoIn: alsoIn.map((o) => ({ releaseId: o.id, documentId: o.documentId, documentName: o.documentName })),
  };
}

export const changeView = (c: ChangeRecord): z.output<typeof Change> => ({
  id: c.id,
  at: c.at.toISOString(),
  actor: c.actor,
  action: c.action,
  details: c.details,
});
