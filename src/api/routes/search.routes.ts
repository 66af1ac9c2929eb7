// One box over reports and claims in any of the four languages, narrowed by facets whose counts
// describe the current result: the search `tessera search` runs, with facets.
import { z } from 'zod';
import { DATES_IN_ORDER, datesInOrder, REPORT_FACETS, ReportQuestion } from '../../domain/filters.ts';
import { searchReports } from '../../services/search.service.ts';
import type { ApiContext, ZodApp } from '../context.ts';
import { ClaimItem, DocumentSummary, errors, FacetValue, Page } from '../schemas.ts';
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
        /** Where the query matched, as offsets into the snippet (the web marks them). */
        highlights: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
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
          'Search reports and claims; words naming a concept (children, returned) match it in every language; facets take several values (lang=ar,fr; outlet repeated); from/to on the published date; sort by relevance or date; snippets with highlight ranges',
        tags: ['search'],
        querystring: z
          .object({
            ...Page,
            q: z.string().max(500).default(''),
            ...ReportQuestion.shape,
          })
          .refine(datesInOrder, DATES_IN_ORDER),
        response: { 200: SearchResult, ...errors(400) },
      },
    },
    async (request) => {
      const { limit, offset, q, ...filters } = request.query;
      const result = await searchReports(
        ctx.repo,
        { text: q, ...filters },
        { limit, offset },
        await ctx.readerOf(request),
        ctx.answersOf(request),
      );
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
