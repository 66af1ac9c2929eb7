// The propaganda releases registry: metadata only (title in its own script, media, date, languages,
// producer) and the reports that describe each release.
import { z } from 'zod';
import { MEDIA_TYPES } from '../../domain/claim.ts';
import { cachedUntilChange } from '../../services/answer-cache.ts';
import { groupReleases, liveReleases } from '../../services/documents.service.ts';
import type { ApiContext, ZodApp } from '../context.ts';
import { errors, Page, pageOf, ReleaseItem } from '../schemas.ts';
import { releaseItemView } from '../views.ts';

export function registerReleaseRoutes(app: ZodApp, ctx: ApiContext): void {
  const releases = cachedUntilChange(ctx.repo, () => liveReleases(ctx.repo));

  app.get(
    '/releases',
    {
      schema: {
        summary: 'Releases described by reports, newest first; q matches title, producer or quote',
        tags: ['releases'],
        querystring: z.object({
          ...Page,
          media: z.enum(MEDIA_TYPES).optional(),
          lang: z
            .string()
            .regex(/^[a-z]{2}$/, 'an ISO 639-1 code')
            .optional(),
          documentId: z.coerce.number().int().positive().optional(),
          q: z.string().max(200).optional(),
        }),
        response: { 200: pageOf(ReleaseItem), ...errors(400) },
      },
    },
    async (request) => {
      const { limit, offset, ...filter } = request.query;
      const rows = groupReleases(await releases(), filter);
      return {
        items: rows.slice(offset, offset + limit).map((g) => releaseItemView(g.release, g.alsoIn)),
        total: rows.length,
        limit,
        offset,
      };
    },
  );
}
