// Sources: the outlets that published reports and the people or bodies numbers are attributed to.
import { z } from 'zod';
import { RELIABILITIES } from '../../domain/grade.ts';
import { SOURCE_KINDS } from '../../domain/filters.ts';
import { gradeSourceById, sourcesNamed } from '../../services/grades.service.ts';
import type { ApiContext, ZodApp } from '../context.ts';
import { errors, IdParams, Page, pageOf } from '../schemas.ts';

export const Source = z
  .object({
    id: z.number().int(),
    kind: z.enum(SOURCE_KINDS),
    name: z.string(),
    reliability: z.enum(RELIABILITIES).nullable(),
  })
  .meta({ id: 'Source' });

export function registerSourceRoutes(app: ZodApp, ctx: ApiContext): void {
  app.get(
    '/sources',
    {
      schema: {
        summary: 'Outlets and attributed sources',
        tags: ['sources'],
        querystring: z.object({
          ...Page,
          kind: z.enum(SOURCE_KINDS).optional(),
          q: z.string().max(200).optional(),
        }),
        response: { 200: pageOf(Source), ...errors(400) },
      },
    },
    async (request) => {
      const q = request.query;
      const all = await sourcesNamed(ctx.repo, { kind: q.kind, words: q.q });
      return {
        items: all.slice(q.offset, q.offset + q.limit),
        total: all.length,
        limit: q.limit,
        offset: q.offset,
      };
    },
  );

  app.post(
    '/sources/:id/grade',
    {
      schema: {
        summary: "Grade a source's reliability (Admiralty A–F; once per source, logged with who and when)",
        tags: ['sources'],
        params: IdParams,
        body: z.object({ reliability: z.enum(RELIABILITIES) }),
        response: { 200: z.object({ items: z.array(Source) }), ...errors(400, 404) },
      },
    },
    async (request) => ({
      items: await gradeSourceById(
        ctx.repo,
        request.params.id,
        request.body.reliability,
        ctx.actorOf(request),
      ),
    }),
  );
}
