// Claims: filtered lists (the review queue among them), one claim with its passage and history,
// review actions (confirm, reject, correct) and undo; every action goes to the change log.
import { z } from 'zod';
import { ClaimListFilter, CONFLICT_ORDERS, REVIEW_STATES, type ReviewState } from '../../domain/filters.ts';
import { CREDIBILITIES } from '../../domain/grade.ts';
import { claimsPage, storedClaimFilter } from '../../services/claims.service.ts';
import {
  claimDetail,
  gradeClaimCredibility,
  REVIEW_ACTIONS,
  reviewClaim,
  undoChange,
  undoReview,
} from '../../services/review.service.ts';
import { queuePage } from '../../services/review-queue.service.ts';
import { requireClaim } from '../../services/collections.service.ts';
import type { ApiContext, ZodApp } from '../context.ts';
import { ClaimDetail, ClaimEdits, ClaimItem, errors, IdParams, Page, pageOf } from '../schemas.ts';
import { claimDetailView, claimItemView } from '../views.ts';

export function registerClaimRoutes(app: ZodApp, ctx: ApiContext): void {
  const { repo } = ctx;
  const detail = async (id: number) => claimDetailView(await claimDetail(repo, id));

  app.get(
    '/claims',
    {
      schema: {
        summary:
          'Claims, filtered (also by the language, outlet or id of their report); review=unreviewed is the review queue; conflicts=first puts the claims whose estimate conflicts with another report first (conflicts=only: those alone)',
        tags: ['claims'],
        querystring: z.object({
          ...Page,
          ...ClaimListFilter.shape,
          documentId: z.coerce.number().int().positive().optional(),
          review: z
            .string()
            .regex(
              new RegExp(`^(${REVIEW_STATES.join('|')})(,(${REVIEW_STATES.join('|')}))*$`),
              `a comma-separated list of ${REVIEW_STATES.join(', ')}`,
            )
            .optional(),
          order: z.enum(['id', 'newest']).default('id'),
          conflicts: z.enum(CONFLICT_ORDERS).optional(),
        }),
        response: { 200: pageOf(ClaimItem), ...errors(400) },
      },
    },
    async (request) => {
      const { limit, offset, order, review, conflicts, ...filter } = request.query;
      const reader = await ctx.readerOf(request);
      const stored = storedClaimFilter({
        ...filter,
        review: review?.split(',') as ReviewState[] | undefined,
      });
      const page = conflicts
        ? await queuePage(
            repo,
            { filter: { ...stored, collections: reader.visible }, conflicts },
            { limit, offset },
          )
        : await claimsPage(repo, stored, { limit, offset, order }, reader, ctx.answersOf(request));
      return { items: page.items.map(claimItemView), total: page.total, limit, offset };
    },
  );

  app.get(
    '/claims/:id',
    {
      schema: {
        summary: 'One claim: as it stands, as extracted, the passage around it and its review history',
        tags: ['claims'],
        params: IdParams,
        response: { 200: ClaimDetail, ...errors(400, 404) },
      },
    },
    async (request) => {
      await requireClaim(repo, await ctx.readerOf(request), request.params.id, 'read');
      return detail(request.params.id);
    },
  );

  app.post(
    '/claims/:id/review',
    {
      schema: {
        summary: 'Confirm, reject or correct a claim (logged with who and when)',
        tags: ['claims'],
        params: IdParams,
        body: z.object({
          action: z.enum(REVIEW_ACTIONS),
          edits: ClaimEdits.optional(),
          note: z.string().max(2000).nullable().optional(),
        }),
        response: { 200: ClaimDetail, ...errors(400, 403, 404) },
      },
    },
    async (request) => {
      const { id } = request.params;
      await requireClaim(repo, await ctx.readerOf(request), id, 'write');
      await reviewClaim(repo, id, { ...request.body, actor: ctx.actorOf(request) });
      return detail(id);
    },
  );

  app.post(
    '/claims/:id/grade',
    {
      schema: {
        summary: "Grade a claim's credibility (Admiralty 1–6; logged with who and when)",
        tags: ['claims'],
        params: IdParams,
        body: z.object({ credibility: z.union(CREDIBILITIES.map((n) => z.literal(n))) }),
        response: { 200: ClaimDetail, ...errors(400, 404) },
      },
    },
    async (request) => {
      const { id } = request.params;
      await requireClaim(repo, await ctx.readerOf(request), id, 'write');
      await gradeClaimCredibility(repo, id, request.body.credibility, ctx.actorOf(request));
      return detail(id);
    },
  );

  app.post(
    '/claims/:id/undo',
    {
      schema: {
        summary:
          "Undo a change of the claim's history: the one named (any earlier review or grade), else the last review still in force. Only the fields it set are restored, and only if no later change has changed them since (409 otherwise, naming that change); itself logged",
        tags: ['claims'],
        params: IdParams,
        body: z
          .object({
            /** The change (its id in the claim's history) to take back; the last review when omitted. */
            change: z.number().int().positive().optional(),
          })
          .strict()
          // A POST without a body (as before) is read as null.
          .nullish(),
        response: { 200: ClaimDetail, ...errors(400, 404, 409) },
      },
    },
    async (request) => {
      const { id } = request.params;
      await requireClaim(repo, await ctx.readerOf(request), id, 'write');
      const change = request.body?.change;
      if (change === undefined) await undoReview(repo, id, ctx.actorOf(request));
      else await undoChange(repo, id, change, ctx.actorOf(request));
      return detail(id);
    },
  );
}
