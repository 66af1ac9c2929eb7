// Catalogue claims as the analysis functions read them, and the questions worth a timeline.
import type { AnalysisClaim } from '../analysis/types.ts';
import type { Catalog, CatalogClaim } from '../services/catalog.service.ts';

export function toAnalysisClaim(c: CatalogClaim, catalog: Catalog): AnalysisClaim {
  const d = catalog.documents.get(c.documentId);
  return {
    ...c.claim,
    id: String(c.id),
    documentId: String(c.documentId),
    documentName: d?.name ?? String(c.documentId),
    lang: d?.lang ?? 'und',
    published: d?.published ?? null,
    outlet: d?.outlet ?? null,
    grade: null,
  };
}

export interface QuestionCount {
  population: string;
  origin: string[];
  status: string | null;
  claims: number;
  documents: number;
}

/** Population × origin × status combinations stated with a number, most claimed first. */
export function questionsOf(claims: Iterable<CatalogClaim>): QuestionCount[] {
  const byKey = new Map<string, QuestionCount & { docs: Set<number> }>();
  for (const c of claims) {
    const { claim } = c;
    if (c.review === 'rejected' || !claim.origin?.length || claim.qualifier === 'vague') continue;
    if (claim.value.min === null && claim.value.max === null) continue;
    const origin = [...claim.origin].sort();
    const key = `${claim.population}|${origin.join(',')}|${claim.status}`;
    let q = byKey.get(key);
    if (!q) {
      q = {
        population: claim.population,
        origin,
        status: claim.status,
        claims: 0,
        documents: 0,
        docs: new Set(),
      };
      byKey.set(key, q);
    }
    q.claims++;
    q.docs.add(c.documentId);
  }
  return [...byKey.values()]
    .map(({ docs, ...q }) => ({ ...q, documents: docs.size }))
    .sort((a, b) => b.documents - a.documents || b.claims - a.claims);
}
