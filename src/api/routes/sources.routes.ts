// Sources: the outlets that published reports and the people or bodies numbers are attributed to, kept
// apart, with the Admiralty meaning of each grade and each source's claims with theirs.
import { z } from 'zod';
import { RELIABILITIES } from '../../domain/grade.ts';
import { SOURCE_KINDS } from '../../domain/filters.ts';
import { gradeSourceById, sourcesNamed } from '../../services/grades.service.ts';
import type { ApiContext, ZodApp } from '../context.ts';
import {
  aliasSuggestions,
  mergeSources,
  sourceClaims,
  sourcesByKind,
  unmergeSource,
  type GradedSource as GradedSourceRecord,
} from '../../services/sources.service.ts';
import { ClaimItem, errors, IdParams, Page, pageOf } from '../schemas.ts';
import { claimItemView } from '../views.ts';

export const Source = z
  .object({
    id: z.number().int(),
    kind: z.enum(SOURCE_KINDS),
    name: z.string(),
    reliability: z.enum(RELIABILITIES).nullable(),
  })
  .meta({ id: 'Source' });

/** A source with its grade as read (F when ungraded) and what the grade means on the Admiralty scale. */
const GradedSource = Source.extend({
  grade: z.enum(RELIABILITIES),
  meaning: z.string(),
  /** Other spellings an analyst merged into this source: their claims list with its own, its grade is theirs. */
  aliases: z.array(z.object({ id: z.number().int(), name: z.string() })),
}).meta({ id: 'GradedSource' });

const AliasSuggestion = z
  .object({
    kind: z.enum(SOURCE_KINDS),
    a: z.object({ id: z.number().int(), name: z.string() }),
    b: z.object({ id: z.number().int(), name: z.string() }),
    reasons: z.array(
      z.object({
        code: z.enum(['same-name', 'gazetteer', 'across-scripts', 'surname', 'shared-facts']),
        detail: z.string(),
      }),
    ),
    score: z.number(),
  })
  .meta({ id: 'AliasSuggestion' });

const SourceClaims = z
  .object({
    source: GradedSource,
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    claims: z.array(
      z.object({
        claim: ClaimItem,
        credibility: z.number().int().min(1).max(6),
        meaning: z.string(),
        /** Whether an analyst graded the claim (else its credibility reads as 6). */
        graded: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'SourceClaims' });

const view = ({ id, kind, name, reliability, grade, meaning, aliases }: GradedSourceRecord) => ({
  id,
  kind,
  name,
  reliability,
  grade,
  meaning,
  aliases,
});

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
      const all = await sourcesNamed(ctx.repo, {
        kind: q.kind,
        words: q.q,
        collections: (await ctx.readerOf(request)).visible,
      });
      return {
        items: all.slice(q.offset, q.offset + q.limit),
        total: all.length,
        limit: q.limit,
        offset: q.offset,
      };
    },
  );

  app.get(
    '/sources/by-kind',
    {
      schema: {
        summary:
          'Outlets and attributed speakers apart, each with its reliability as read and its Admiralty meaning',
        tags: ['sources'],
        querystring: z.object({ q: z.string().max(200).optional() }),
        response: {
          200: z.object({ outlet: z.array(GradedSource), attributed: z.array(GradedSource) }),
          ...errors(400),
        },
      },
    },
    async (request) => {
      const kinds = await sourcesByKind(ctx.repo, { words: request.query.q }, await ctx.readerOf(request));
      return { outlet: kinds.outlet.map(view), attributed: kinds.attributed.map(view) };
    },
  );

  app.get(
    '/sources/:id/claims',
    {
      schema: {
        summary:
          "One source's claims with their credibility and its meaning: an outlet's reports' claims, or those a speaker is quoted for",
        tags: ['sources'],
        params: IdParams,
        querystring: z.object(Page),
        response: { 200: SourceClaims, ...errors(400, 404) },
      },
    },
    async (request) => {
      const { limit, offset } = request.query;
      const r = await sourceClaims(
        ctx.repo,
        request.params.id,
        { limit, offset },
        await ctx.readerOf(request),
      );
      return {
        source: view(r.source),
        total: r.total,
        limit,
        offset,
        claims: r.claims.map((c) => ({
          claim: claimItemView(c.record),
          credibility: c.credibility,
          meaning: c.meaning,
          graded: c.record.credibility !== null,
        })),
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

  app.get(
    '/sources/suggestions',
    {
      schema: {
        summary:
          'Sources that may be one source written differently (by the gazetteer, names across scripts, shared facts), the most likely first',
        tags: ['sources'],
        querystring: z.object({
          kind: z.enum(SOURCE_KINDS).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(50),
        }),
        response: { 200: z.object({ items: z.array(AliasSuggestion) }), ...errors(400) },
      },
    },
    async (request) => ({
      items: await aliasSuggestions(ctx.repo, request.query, await ctx.readerOf(request)),
    }),
  );

  app.post(
    '/sources/:id/merge',
    {
      schema: {
        summary:
          "Merge a source (and its aliases) into another's group: claims list together, the group's grade applies to all (logged)",
        tags: ['sources'],
        params: IdParams,
        body: z.object({ into: z.number().int().positive() }),
        response: { 200: z.object({ source: GradedSource }), ...errors(400, 404) },
      },
    },
    async (request) => {
      const r = await mergeSources(
        ctx.repo,
        request.params.id,
        request.body.into,
        ctx.actorOf(request),
        await ctx.readerOf(request),
      );
      return { source: view(r.source) };
    },
  );

  app.post(
    '/sources/:id/unmerge',
    {
      schema: {
        summary: 'Take an alias out of its group again, with the grade it had before (logged)',
        tags: ['sources'],
        params: IdParams,
        response: { 200: z.object({ source: GradedSource, from: GradedSource }), ...errors(400, 404) },
      },
    },
    async (request) => {
      const r = await unmergeSource(
        ctx.repo,
        request.params.id,
        ctx.actorOf(request),
        await ctx.readerOf(request),
      );
      return { source: view(r.source), from: view(r.from) };
    },
  );
}
