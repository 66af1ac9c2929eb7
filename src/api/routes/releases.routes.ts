// The propaganda releases registry: one entry per release across the scripts its reports write its
// title in, with the reports describing it, the counts of children and fighters they give, and facets.
import { z } from 'zod';
import { MEDIA_TYPES } from '../../domain/claim.ts';
import { releasesPage } from '../../services/releases.service.ts';
import type { ApiContext, ZodApp } from '../context.ts';
import { errors, FacetValue, Page, pageOf, ReleaseEntity } from '../schemas.ts';
import { releaseEntityView } from '../views.ts';

export function registerReleaseRoutes(app: ZodApp, ctx: ApiContext): void {
  app.get(
    '/releases',
    {
      schema: {
        summary:
          'Releases described by reports, one per release across scripts and spellings, newest first; q matches a title in any script, the producer or the quote',
        tags: ['releases'],
        querystring: z.object({
          ...Page,
          media: z.enum(MEDIA_TYPES).optional(),
          lang: z
            .string()
            .regex(/^[a-z]{2}$/, 'an ISO 639-1 code')
            .optional(),
          producer: z.string().min(1).max(200).optional(),
          year: z
            .string()
            .regex(/^\d{4}$/, 'a year such as 2015')
            .optional(),
          documentId: z.coerce.number().int().positive().optional(),
          q: z.string().max(200).optional(),
        }),
        response: {
          200: pageOf(ReleaseEntity).extend({
            facets: z.object({
              media: z.array(FacetValue),
              producer: z.array(FacetValue),
              year: z.array(FacetValue),
              lang: z.array(FacetValue),
            }),
          }),
          ...errors(400),
        },
      },
    },
    async (request) => {
      const { limit, offset, ...filter } = request.query;
      const page = await releasesPage(
        ctx.repo,
        filter,
        { limit, offset },
        await ctx.readerOf(request),
        ctx.answersOf(request),
      );
      return {
        items: page.items.map(releaseEntityView),
        total: page.total,
        limit,
        offset,
        facets: page.facets,
      };
    },
  );
}
