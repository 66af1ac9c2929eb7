// Claims: filtered lists (the review queue among them), one claim with its passage and history,
// review actions (confirm, reject, correct) and undo; every action goes to the change log.
import { z } from 'zod';
import { invalidInput, notFound, TesseraError } from '../../domain/errors.ts';
import { CREDIBILITIES } from '../../domain/grade.ts';
import type { ClaimEdits as StoredEdits, ReviewState } from '../../storage/repository.ts';
import { REVIEW_STATES } from '../../storage/repository.ts';
import type { ApiContext, ZodApp } from '../context.ts';
import { filterClaims } from '../filters.ts';
import {
  ClaimDetail,
  ClaimEdits,
  ClaimFilters,
  ClaimItem,
  errors,
  IdParams,
  Page,
  pageOf,
} from '../schemas.ts';
import { catalogClaimView, changeView, claimItemView } from '../views.ts';

const PASSAGE = 400;

export function registerClaimRoutes(app: ZodApp, ctx: ApiContext): void {
  app.get(
    '/claims',
    {
      schema: {
        summary: 'Claims, filtered; review=unreviewed is the review queue',
        tags: ['claims'],
        querystring: z.object({
          ...Page,
          ...ClaimFilters,
          documentId: z.coerce.number().int().positive().optional(),
          review: z
            .string()
            .regex(
              new RegExp(`^(${REVIEW_STATES.join('|')})(,(${REVIEW_STATES.join('|')}))*$`),
              `a comma-separated list of ${REVIEW_STATES.join(', ')}`,
            )
            .optional(),
          order: z.enum(['id', 'newest']).default('id'),
        }),
        response: { 200: pageOf(ClaimItem), ...errors(400) },
      },
    },
    async (request) => {
      const q = request.query;
      await ctx.catalog.sync();
      const review = q.review ? (q.review.split(',') as ReviewState[]) : undefined;
      const all = filterClaims(ctx.catalog, { ...q, review });
      if (q.order === 'newest') all.reverse();
      return {
        items: all.slice(q.offset, q.offset + q.limit).map((c) => catalogClaimView(c, ctx.catalog)),
        total: all.length,
        limit: q.limit,
        offset: q.offset,
      };
    },
  );

  const detail = async (id: number) => {
    const record = await ctx.repo.getClaim(id);
    if (!record) throw notFound('claim', String(id));
    const [doc, history, sources] = await Promise.all([
      ctx.repo.getDocument(record.documentId),
      ctx.repo.listChanges({ entity: 'claim', entityId: id, limit: 200 }),
      ctx.repo.listSources(),
    ]);
    const source =
      sources.find((s) => s.id === record.sourceId) ??
      sources.find((s) => s.kind === 'outlet' && s.name === record.documentOutlet);
    await ctx.catalog.sync();
    const text = doc?.text ?? '';
    const { start, end } = record.claim.span;
    const from = paragraphStart(text, Math.max(0, start - PASSAGE), start);
    const to = paragraphEnd(text, end, Math.min(text.length, end + PASSAGE));
    return {
      ...claimItemView(record, ctx.catalog),
      extracted: record.extracted,
      edits: record.edits,
      sourceId: record.sourceId,
      credibility: record.credibility,
      sourceReliability: source?.reliability ?? null,
      extractorVersion: record.extractorVersion,
      passage: { text: text.slice(from, to), start: start - from, end: end - from, offset: from },
      history: history.map(changeView),
    };
  };

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
    async (request) => detail(request.params.id),
  );

  app.post(
    '/claims/:id/review',
    {
      schema: {
        summary: 'Confirm, reject or correct a claim (logged with who and when)',
        tags: ['claims'],
        params: IdParams,
        body: z.object({
          action: z.enum(['confirm', 'reject', 'correct', 'reopen']),
          edits: ClaimEdits.optional(),
          note: z.string().max(2000).nullable().optional(),
        }),
        response: { 200: ClaimDetail, ...errors(400, 404) },
      },
    },
    async (request) => {
      const { id } = request.params;
      const { action, edits, note } = request.body;
      if (action === 'correct' && (!edits || !Object.keys(edits).length))
        throw invalidInput('a correction needs at least one corrected field in "edits"');
      if (action !== 'correct' && edits)
        throw invalidInput(`"edits" go with the action "correct", not "${action}"`);
      const state: ReviewState =
        action === 'confirm'
          ? 'confirmed'
          : action === 'reject'
            ? 'rejected'
            : action === 'correct'
              ? 'corrected'
              : 'unreviewed';
      await ctx.repo.reviewClaim(id, {
        state,
        edits: action === 'correct' ? edits : action === 'reopen' ? null : undefined,
        note: note ?? null,
        actor: ctx.actorOf(request),
      });
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
      await ctx.repo.gradeClaim(id, request.body.credibility, ctx.actorOf(request));
      return detail(id);
    },
  );

  app.post(
    '/claims/:id/undo',
    {
      schema: {
        summary: "Undo the claim's last review action (itself logged as a review)",
        tags: ['claims'],
        params: IdParams,
        response: { 200: ClaimDetail, ...errors(400, 404, 409) },
      },
    },
    async (request) => {
      const { id } = request.params;
      if (!(await ctx.repo.getClaim(id))) throw notFound('claim', String(id));
      const history = await ctx.repo.listChanges({ entity: 'claim', entityId: id, limit: 10_000 });
      // Undo is a stack: an undo entry takes back the action it names, so repeated undos walk further back.
      const stack: typeof history = [];
      for (const c of history) {
        if (c.action !== 'claim.reviewed') continue;
        const undone = /^undo of change (\d+)$/.exec(
          typeof c.details.note === 'string' ? c.details.note : '',
        );
        if (undone) {
          const at = stack.findIndex((s) => s.id === Number(undone[1]));
          if (at >= 0) stack.splice(at, 1);
        } else stack.push(c);
      }
      const last = stack.at(-1);
      const before = last?.details.from as { state?: ReviewState; edits?: StoredEdits | null } | undefined;
      if (!last || !before?.state) throw new TesseraError('conflict', `claim ${id} has no review to undo`);
      await ctx.repo.reviewClaim(id, {
        state: before.state,
        edits: before.edits ?? null,
        note: `undo of change ${last.id}`,
        actor: ctx.actorOf(request),
      });
      return detail(id);
    },
  );
}

function paragraphStart(text: string, earliest: number, start: number): number {
  const cut = text.lastIndexOf('\n', start - 1);
  if (cut >= earliest) return cut + 1;
  const space = text.indexOf(' ', earliest);
  return space >= 0 && space < start ? space + 1 : earliest;
}

function paragraphEnd(text: string, end: number, latest: number): number {
  const cut = text.indexOf('\n', end);
  if (cut >= 0 && cut <= latest) return cut;
  const space = text.lastIndexOf(' ', latest);
  return space > end ? space : latest;
}
