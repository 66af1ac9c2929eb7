// Estimates (every answer to one question, with ranges and conflicts) and facts (the same count
// reported by several documents): the answers `tessera estimates` and `tessera facts` give.
import { z } from 'zod';
import { POPULATIONS } from '../../domain/claim.ts';
import { EstimateQuery, FactFilter, OriginSet } from '../../domain/filters.ts';
import { estimatesAs, questionOf, questions } from '../../services/estimates.service.ts';
import { factsPage, factView } from '../../services/facts.service.ts';
import type { ApiContext, ZodApp } from '../context.ts';
import { errors, EstimateAnswer, EstimateSeries, Page, pageOf } from '../schemas.ts';
import { estimateAnswerView } from '../views.ts';

export { EstimateSeries };

export const Question = z
  .object({
    population: z.string(),
    origin: z.array(z.string()),
    status: z.string().nullable(),
    claims: z.number().int(),
    documents: z.number().int(),
  })
  .meta({ id: 'Question' });

const Bounds = z.object({ min: z.number().nullable(), max: z.number().nullable() });

/** A stored fact, as `tessera facts --format json` prints it. */
const Fact = z
  .object({
    id: z.number().int(),
    value: Bounds,
    population: z.string(),
    origin: z.array(z.string()).nullable(),
    status: z.string(),
    date: z.string().nullable(),
    claims: z.array(
      z.object({
        document: z.string(),
        quote: z.string(),
        lang: z.string().nullable(),
        claim: z.number().int(),
        documentId: z.number().int(),
        source: z.string().nullable(),
        outlet: z.string().nullable(),
        date: z.string().nullable(),
        published: z.string().nullable(),
        linkedTo: z.number().int().nullable(),
        why: z.array(z.string()),
      }),
    ),
    origins: z.number().int(),
    why: z.array(z.string()),
  })
  .meta({ id: 'Fact' });

export function registerAnalysisRoutes(app: ZodApp, ctx: ApiContext): void {
  const { repo } = ctx;

  app.get(
    '/estimates/questions',
    {
      schema: {
        summary:
          'Questions the reports answer with numbers (population, origin, status), most reported first',
        tags: ['estimates'],
        querystring: z.object({ ...Page, population: z.enum(POPULATIONS).optional() }),
        response: { 200: pageOf(Question), ...errors(400) },
      },
    },
    async (request) => {
      const { limit, offset, population } = request.query;
      const page = await questions(repo, { population, limit, offset }, await ctx.readerOf(request));
      return { ...page, limit, offset };
    },
  );

  app.get(
    '/estimates',
    {
      schema: {
        summary: 'Every estimate answering one question, in time order, with its span and conflicts',
        tags: ['estimates'],
        // Without an origin the question is about claims that state none, as `--origin none`.
        querystring: EstimateQuery.extend({ origin: OriginSet.default('none') }),
        response: { 200: EstimateAnswer, ...errors(400) },
      },
    },
    // Kept serialised and encoded until the store changes: a large answer (500 points, ~270 KB) is not
    // rebuilt, validated or encoded per request; a kept request writes the same bytes again.
    async (request, reply) => {
      const { question, at } = questionOf(request.query);
      const reader = await ctx.readerOf(request);
      // The answer shows no total: the estimates beyond its series are not counted.
      const body = await estimatesAs(
        repo,
        question,
        at,
        undefined,
        reader,
        ctx.answersOf(request),
        'json',
        (r) => Buffer.from(JSON.stringify(estimateAnswerView(r) satisfies z.output<typeof EstimateAnswer>)),
        { counted: false },
      );
      return reply.type('application/json').send(body as unknown as z.output<typeof EstimateAnswer>);
    },
  );

  app.get(
    '/facts',
    {
      schema: {
        summary: 'Facts: the same count of the same people reported by several documents, with reasons',
        tags: ['facts'],
        querystring: z.object({ ...Page, ...FactFilter.shape }),
        response: { 200: pageOf(Fact), ...errors(400) },
      },
    },
    async (request) => {
      const { limit, offset, ...filter } = request.query;
      const page = await factsPage(repo, filter, { limit, offset }, await ctx.readerOf(request));
      return { items: page.items.map(factView), total: page.total, limit, offset };
    },
  );
}
