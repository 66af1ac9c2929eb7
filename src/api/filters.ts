// Claim filters over the catalogue, shared by the claims list, search and the overview.
import type { Catalog, CatalogClaim } from '../services/catalog.service.ts';
import type { ReviewState } from '../storage/repository.ts';

export interface ClaimFilterInput {
  origin?: string;
  population?: string;
  status?: string;
  group?: string;
  since?: string;
  until?: string;
  documentId?: number;
  /** By default every state but `rejected`, as in the store. */
  review?: ReviewState[];
}

export const normalisePlace = (code: string) => (code.startsWith('region:') ? code : code.toUpperCase());

/** The date a claim holds for: its own, else its document's publication date. */
export function claimDate(c: CatalogClaim, catalog: Catalog): string | null {
  return c.claim.date ?? catalog.documents.get(c.documentId)?.published ?? null;
}

export function filterClaims(catalog: Catalog, f: ClaimFilterInput): CatalogClaim[] {
  const review = f.review ?? ['unreviewed', 'confirmed', 'corrected'];
  const origin = f.origin ? normalisePlace(f.origin) : undefined;
  const out: CatalogClaim[] = [];
  for (const c of catalog.claims.values()) {
    if (!review.includes(c.review)) continue;
    if (f.documentId !== undefined && c.documentId !== f.documentId) continue;
    if (origin && !(c.claim.origin ?? []).includes(origin)) continue;
    if (f.population && c.claim.population !== f.population) continue;
    if (f.status && c.claim.status !== f.status) continue;
    if (f.group && c.claim.affiliation !== f.group) continue;
    if (f.since || f.until) {
      const date = claimDate(c, catalog);
      if (!date) continue;
      if (f.since && date < f.since) continue;
      // A partial bound takes in its whole period: until=2019 keeps 2019-12-31.
      if (f.until && date.slice(0, f.until.length) > f.until) continue;
    }
    out.push(c);
  }
  return out.sort((a, b) => a.id - b.id);
}
