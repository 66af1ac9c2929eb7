// One box over reports and claims in any of the four languages, narrowed by facets whose counts
// describe the current result.
import { z } from 'zod';
import { search } from '../../services/search.service.ts';
import type { CatalogClaim, CatalogDocument } from '../../services/catalog.service.ts';
import type { ApiContext, ZodApp } from '../context.ts';
import { claimDate, normalisePlace } from '../filters.ts';
import { ClaimFilters, ClaimItem, DocumentSummary, errors, FacetValue, Page } from '../schemas.ts';
import { catalogClaimView, documentView } from '../views.ts';

const FACETS = ['lang', 'country', 'population', 'status', 'group', 'outlet', 'year'] as const;

const SearchResult = z
  .object({
    query: z.string(),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    items: z.array(
      z.object({
        document: DocumentSummary,
        snippet: z.string().nullable(),
        rank: z.number(),
        matchedCodes: z.array(z.string()),
        claimCount: z.number().int(),
      }),
    ),
    claims: z.object({ total: z.number().int(), items: z.array(ClaimItem) }),
    facets: z.object(
      Object.fromEntries(FACETS.map((f) => [f, z.array(FacetValue)])) as Record<
        (typeof FACETS)[number],
        z.ZodArray<typeof FacetValue>
      >,
    ),
  })
  .meta({ id: 'SearchResult' });

export function registerSearchRoutes(app: ZodApp, ctx: ApiContext): void {
  app.get(
    '/search',
    {
      schema: {
        summary:
          'Search reports and claims; facets: language, country, population, status, group, outlet, year',
        tags: ['search'],
        querystring: z.object({
          ...Page,
          q: z.string().max(500).default(''),
          lang: z
            .string()
            .regex(/^[a-z]{2}$/, 'an ISO 639-1 code')
            .optional(),
          country: ClaimFilters.origin,
          population: ClaimFilters.population,
          status: ClaimFilters.status,
          group: ClaimFilters.group,
          outlet: z.string().max(200).optional(),
          from: ClaimFilters.since,
          to: ClaimFilters.until,
        }),
        response: { 200: SearchResult, ...errors(400) },
      },
    },
    async (request) => {
      const q = request.query;
      await ctx.catalog.sync();
      const { catalog } = ctx;
      const text = q.q.trim();
      type Candidate = { doc: CatalogDocument; snippet: string | null; rank: number; matchedCodes: string[] };
      let candidates: Candidate[];
      if (text) {
        // Facets describe the best 100 matches: ranking more costs more than it tells.
        const hits = await search(ctx.repo, { query: text, limit: 100 });
        candidates = hits.flatMap((h) => {
          const doc = catalog.documents.get(h.document.id);
          return doc ? [{ doc, snippet: h.snippet, rank: h.rank, matchedCodes: h.matchedCodes }] : [];
        });
      } else {
        candidates = [...catalog.documents.values()]
          .sort((a, b) => b.id - a.id)
          .map((doc) => ({ doc, snippet: null, rank: 0, matchedCodes: [] }));
      }
      const country = q.country ? normalisePlace(q.country) : undefined;
      const claimMatches = (doc: CatalogDocument) =>
        catalog
          .claimsOf(doc.id)
          .filter(
            (c) =>
              c.review !== 'rejected' &&
              (!q.population || c.claim.population === q.population) &&
              (!q.status || c.claim.status === q.status) &&
              (!q.group || c.claim.affiliation === q.group),
          );
      const claimFiltered = Boolean(q.population || q.status || q.group);
      const results = candidates.flatMap((cand) => {
        const d = cand.doc;
        if (q.lang && d.lang !== q.lang) return [];
        if (q.outlet && d.outlet !== q.outlet) return [];
        if (q.from && (!d.published || d.published < q.from)) return [];
        if (q.to && (!d.published || d.published.slice(0, q.to.length) > q.to)) return [];
        if (country && !d.places.includes(country) && !cand.matchedCodes.includes(country)) return [];
        const claims = claimMatches(d);
        if (claimFiltered && !claims.length) return [];
        return [{ ...cand, claims }];
      });

      const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<
        (typeof FACETS)[number],
        Map<string, number>
      >;
      // Each result counts once per value of a facet. Plain loops: a facets-only search visits every
      // document of the store.
      const bumpOne = (facet: (typeof FACETS)[number], v: string | null | undefined) => {
        if (v) counts[facet].set(v, (counts[facet].get(v) ?? 0) + 1);
      };
      const claimFacets = [
        ['population', (c: CatalogClaim) => c.claim.population],
        ['status', (c: CatalogClaim) => c.claim.status],
        ['group', (c: CatalogClaim) => c.claim.affiliation],
      ] as const;
      const seen = new Set<string | null>();
      for (const r of results) {
        bumpOne('lang', r.doc.lang);
        bumpOne('outlet', r.doc.outlet);
        bumpOne('year', r.doc.published?.slice(0, 4));
        for (const p of r.doc.places) if (!p.startsWith('region:')) bumpOne('country', p);
        for (const [facet, valueOf] of claimFacets) {
          seen.clear();
          for (const c of r.claims) {
            const v = valueOf(c);
            if (seen.has(v)) continue;
            seen.add(v);
            bumpOne(facet, v);
          }
        }
      }
      const facets = Object.fromEntries(
        FACETS.map((f) => [
          f,
          [...counts[f]]
            .map(([value, count]) => ({ value, count }))
            .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
            .slice(0, 30),
        ]),
      ) as Record<(typeof FACETS)[number], { value: string; count: number }[]>;

      const claims = results
        .flatMap((r) => r.claims)
        .filter((c) => {
          const date = claimDate(c, catalog);
          return (
            (!country || (c.claim.origin ?? []).includes(country) || c.claim.location.includes(country)) &&
            (!q.from || (date !== null && date >= q.from))
          );
        });
      return {
        query: text,
        total: results.length,
        limit: q.limit,
        offset: q.offset,
        items: results.slice(q.offset, q.offset + q.limit).map((r) => ({
          document: documentView(r.doc),
          snippet: r.snippet,
          rank: r.rank,
          matchedCodes: r.matchedCodes,
          claimCount: r.claims.length,
        })),
        claims: { total: claims.length, items: claims.slice(0, 50).map((c) => catalogClaimView(c, catalog)) },
        facets,
      };
    },
  );
}
