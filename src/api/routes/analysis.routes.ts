// Estimates (every answer to one question, with ranges and conflicts) and facts (the same count
// reported by several documents), computed by src/analysis over the catalogue.
import { z } from 'zod';
import {
  estimateSeries,
  type EstimateQuestion,
  type EstimateSeries as AnalysisSeries,
} from '../../analysis/estimates.ts';
import { estimates } from '../../services/estimates.service.ts';
import { groupFacts } from '../../analysis/facts.ts';
import { AFFILIATIONS, POPULATIONS, STATUSES } from '../../domain/claim.ts';
import { perGeneration } from '../cache.ts';
import type { ApiContext, ZodApp } from '../context.ts';
import { filterClaims, normalisePlace } from '../filters.ts';
import { questionsOf, toAnalysisClaim } from '../analysis.ts';
import { ClaimFilters, errors, Page, pageOf } from '../schemas.ts';

const Bounds = z.object({ min: z.number().nullable(), max: z.number().nullable() });
const Grade = z.object({ reliability: z.string(), credibility: z.number().int() });

export const EstimatePoint = z
  .object({
    claimId: z.number().int(),
    documentId: z.number().int(),
    documentName: z.string(),
    lang: z.string(),
    value: Bounds,
    qualifier: z.string(),
    source: z.string().nullable(),
    outlet: z.string().nullable(),
    date: z.string().nullable(),
    dateBasis: z.enum(['claim', 'published']).nullable(),
    grade: Grade,
    scope: z.string(),
    quote: z.string(),
    span: z.object({ start: z.number().int(), end: z.number().int() }),
  })
  .meta({ id: 'EstimatePoint' });

export const EstimateSeries = z
  .object({
    question: z.object({
      population: z.string(),
      origin: z.array(z.string()).nullable(),
      status: z.string().nullable(),
      affiliation: z.string().nullable(),
    }),
    points: z.array(EstimatePoint),
    span: z.object({ min: z.number().nullable(), max: z.number().nullable(), openAbove: z.boolean() }),
    conflicts: z.array(
      z.object({ claimIds: z.array(z.number().int()), daysApart: z.number(), why: z.string() }),
    ),
    conflictCount: z.number().int(),
  })
  .meta({ id: 'EstimateSeries' });

export const Question = z
  .object({
    population: z.string(),
    origin: z.array(z.string()),
    status: z.string().nullable(),
    claims: z.number().int(),
    documents: z.number().int(),
  })
  .meta({ id: 'Question' });

const Fact = z
  .object({
    id: z.string(),
    value: Bounds,
    population: z.string(),
    origin: z.array(z.string()).nullable(),
    status: z.string(),
    date: z.string().nullable(),
    origins: z.number().int(),
    claimIds: z.array(z.number().int()),
    documents: z.array(z.object({ id: z.number().int(), name: z.string(), lang: z.string() })),
    why: z.array(z.string()),
  })
  .meta({ id: 'Fact' });

export function seriesFor(ctx: ApiContext, question: EstimateQuestion): z.output<typeof EstimateSeries> {
  const { catalog } = ctx;
  const claims = filterClaims(catalog, { population: question.population }).map((c) =>
    toAnalysisClaim(c, catalog),
  );
  return seriesView(ctx, estimateSeries(claims, question, { maxConflicts: 50 }));
}

/** A series as the API shows it: numeric ids and each point's span for the reader. */
function seriesView(ctx: ApiContext, series: AnalysisSeries): z.output<typeof EstimateSeries> {
  const { catalog } = ctx;
  const question = series.question;
  return {
    question: {
      population: question.population,
      origin: question.origin ? [...question.origin] : null,
      status: question.status ?? null,
      affiliation: question.affiliation ?? null,
    },
    points: series.points.map((p) => ({
      claimId: Number(p.claimId),
      documentId: Number(p.documentId),
      documentName: p.documentName,
      lang: p.lang,
      value: p.value,
      qualifier: p.qualifier,
      source: p.source,
      outlet: p.outlet,
      date: p.date,
      dateBasis: p.dateBasis,
      grade: p.grade,
      scope: p.scope,
      quote: p.quote,
      span: catalog.claims.get(Number(p.claimId))?.claim.span ?? { start: 0, end: 0 },
    })),
    span: series.span,
    conflicts: series.conflicts.map((c) => ({
      claimIds: c.claimIds.map(Number),
      daysApart: c.daysApart,
      why: c.why,
    })),
    conflictCount: series.conflictCount,
  };
}

export function registerAnalysisRoutes(app: ZodApp, ctx: ApiContext): void {
  const questions = perGeneration(ctx.catalog, () => questionsOf(ctx.catalog.claims.values()));

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
      const q = request.query;
      const all = (await questions()).filter((x) => !q.population || x.population === q.population);
      return {
        items: all.slice(q.offset, q.offset + q.limit),
        total: all.length,
        limit: q.limit,
        offset: q.offset,
      };
    },
  );

  app.get(
    '/estimates',
    {
      schema: {
        summary: 'Every estimate answering one question, in time order, with its span and conflicts',
        tags: ['estimates'],
        querystring: z.object({
          population: z.enum(POPULATIONS),
          origin: z
            .string()
            .regex(
              /^([A-Za-z]{2}|region:[a-z-]+)(,([A-Za-z]{2}|region:[a-z-]+))*$/,
              'comma-separated ISO codes or regions',
            )
            .optional(),
          status: z.enum(STATUSES).optional(),
          group: z.enum(AFFILIATIONS).optional(),
        }),
        response: { 200: EstimateSeries, ...errors(400) },
      },
    },
    async (request) => {
      const q = request.query;
      await ctx.catalog.sync();
      // The estimates service reads the claims with their grades from the store (issue 4).
      const result = await estimates(ctx.repo, {
        population: q.population,
        origin: q.origin ? q.origin.split(',').map(normalisePlace) : null,
        status: q.status ?? null,
        affiliation: q.group ?? null,
      });
      return seriesView(ctx, result.series);
    },
  );

  app.get(
    '/facts',
    {
      schema: {
        summary: 'Facts: the same count of the same people reported by several documents, with reasons',
        tags: ['facts'],
        querystring: z.object({
          ...Page,
          ...ClaimFilters,
          minDocuments: z.coerce.number().int().min(1).default(1),
        }),
        response: { 200: pageOf(Fact), ...errors(400) },
      },
    },
    async (request) => {
      const q = request.query;
      await ctx.catalog.sync();
      const { catalog } = ctx;
      const claims = filterClaims(catalog, q).map((c) => toAnalysisClaim(c, catalog));
      const facts = groupFacts(claims)
        .map((f) => {
          const docs = new Map(
            f.claims.map((c) => [
              c.documentId,
              { id: Number(c.documentId), name: c.documentName, lang: c.lang },
            ]),
          );
          return {
            id: f.id,
            value: f.value,
            population: f.population,
            origin: f.origin,
            status: f.status,
            date: f.date,
            origins: f.origins,
            claimIds: f.claims.map((c) => Number(c.id)),
            documents: [...docs.values()],
            why: f.why,
          };
        })
        .filter((f) => f.documents.length >= q.minDocuments)
        .sort((a, b) => b.documents.length - a.documents.length);
      return {
        items: facts.slice(q.offset, q.offset + q.limit),
        total: facts.length,
        limit: q.limit,
        offset: q.offset,
      };
    },
  );
}
