// One box over reports and claims in any of the four languages, narrowed by facets whose counts
// describe the current result: the search `tessera search` runs, with facets.
import { z } from 'zod';
import { REPORT_FACETS } from '../../domain/filters.ts';
import { searchReports } from '../../services/search.service.ts';
import type { ApiContext, ZodApp } from '../context.ts';
import { ClaimFilters, ClaimItem, DocumentSummary, errors, FacetValue, Page } from '../schemas.ts';
import { claimItemView, documentView } from '../views.ts';

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
      Object.fromEntries(REPORT_FACETS.map((f) => [f, z.array(FacetValue)])) as Record<
        (typeof REPORT_FACETS)[number],
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
      const { limit, offset, q, ...filters } = request.query;
      const result = await searchReports(ctx.repo, { text: q, ...filters }, { limit, offset });
      return {
        query: q.trim(),
        total: result.total,
        limit,
        offset,
        items: result.items.map((r) => ({ ...r, document: documentView(r.document) })),
        claims: { total: result.claims.total, items: result.claims.items.map(claimItemView) },
        facets: result.facets,
      };
    },
  );
}
