// The review queue at scale: where a claim stands among every claim a filter keeps ("n of N", its
// neighbours), and a report's unreviewed claims confirmed at once (each logged, the batch undoable).
import { z } from 'zod';
import { ReviewQueueFilter } from '../../domain/filters.ts';
import { queuePlace, queueSpecOf } from '../../services/review-queue.service.ts';
import { confirmReport, undoBatch } from '../../services/review.service.ts';
import type { ApiContext, ZodApp } from '../context.ts';
import { errors, IdParams, QueuePlace } from '../schemas.ts';
import { claimItemView } from '../views.ts';

const claimId = z.coerce
  .number({ error: 'must be a claim id (a positive integer)' })
  .int({ error: 'must be a claim id (a positive integer)' })
  .positive({ error: 'must be a claim id (a positive integer)' });

export function registerReviewRoutes(app: ZodApp, ctx: ApiContext): void {
  const { repo } = ctx;

  app.get(
    '/review/queue',
    {
      schema: {
        summary:
          'Where a claim stands in the review queue (unreviewed claims by default, every filter of the claim list, conflicts=first|only): n of N, the previous and next claim; by claim id, else by position, else the first',
        tags: ['claims'],
        querystring: ReviewQueueFilter.extend({
          claim: claimId.optional(),
          position: z.coerce
            .number({ error: 'must be a position (1 or more)' })
            .int({ error: 'must be a position (1 or more)' })
            .min(1, { error: 'must be a position (1 or more)' })
            .optional(),
        }),
        response: { 200: QueuePlace, ...errors(400) },
      },
    },
    async (request) => {
      const { claim, position, ...filter } = request.query;
      const reader = await ctx.readerOf(request);
      const spec = queueSpecOf(filter);
      const place = await queuePlace(
        repo,
        { ...spec, filter: { ...spec.filter, collections: reader.visible } },
        { claim, position },
      );
      return { ...place, claim: place.claim && claimItemView(place.claim) };
    },
  );

  app.post(
    '/review/reports/:id/confirm',
    {
      schema: {
        summary:
          'Confirm every unreviewed claim of a report at once: each confirmation logged on its claim, all under one batch id (undo them with /review/reports/{id}/undo)',
        tags: ['claims'],
        params: IdParams,
        body: z
          .object({ note: z.string().max(2000).nullable().optional() })
          .strict()
          // A POST without a body (as before) is read as null.
          .nullish(),
        response: {
          200: z.object({ batch: z.string(), confirmed: z.array(z.number().int()) }),
          ...errors(400, 404),
        },
      },
    },
    async (request) =>
      confirmReport(repo, request.params.id, {
        actor: ctx.actorOf(request),
        note: request.body?.note ?? null,
        reader: await ctx.readerOf(request),
      }),
  );

  app.post(
    '/review/reports/:id/undo',
    {
      schema: {
        summary:
          "Undo a batch confirmation of a report's claims: each confirmation that can still be undone is; the others are listed with why not",
        tags: ['claims'],
        params: IdParams,
        body: z
          .object({ batch: z.string().trim().min(1, { error: 'must name the batch to undo' }).max(100) })
          .strict(),
        response: {
          200: z.object({
            undone: z.array(z.number().int()),
            refused: z.array(z.object({ claimId: z.number().int(), message: z.string() })),
          }),
          ...errors(400, 404),
        },
      },
    },
    async (request) =>
      undoBatch(
        repo,
        request.params.id,
        request.body.batch,
        ctx.actorOf(request),
        await ctx.readerOf(request),
      ),
  );
}
