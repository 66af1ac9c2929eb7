// The overview: counts by origin country for the map, estimate timelines for the questions most
// reported, and the latest reports and releases. Recomputed only when the store changes.
import { z } from 'zod';
import type { Population } from '../../domain/claim.ts';
import { questionsOf } from '../analysis.ts';
import { perGeneration } from '../cache.ts';
import type { ApiContext, ZodApp } from '../context.ts';
import { DocumentSummary, ReleaseItem } from '../schemas.ts';
import { documentView, releaseItemView } from '../views.ts';
import { EstimateSeries, seriesFor } from './analysis.routes.ts';

const Overview = z
  .object({
    stats: z.object({
      documents: z.number().int(),
      claims: z.number().int(),
      releases: z.number().int(),
      unreviewed: z.number().int(),
    }),
    byOrigin: z.array(
      z.object({
        code: z.string(),
        claims: z.number().int(),
        documents: z.number().int(),
        /** The largest number of children any claim states for this origin. */
        childrenMax: z.number().nullable(),
      }),
    ),
    timelines: z.array(EstimateSeries),
    latestDocuments: z.array(DocumentSummary),
    latestReleases: z.array(ReleaseItem),
  })
  .meta({ id: 'Overview' });

export function registerOverviewRoutes(app: ZodApp, ctx: ApiContext): void {
  const compute = perGeneration(ctx.catalog, async (): Promise<z.output<typeof Overview>> => {
    const { catalog } = ctx;
    const byOrigin = new Map<string, { claims: number; docs: Set<number>; childrenMax: number | null }>();
    let unreviewed = 0;
    let claimCount = 0;
    for (const c of catalog.claims.values()) {
      if (c.review === 'rejected') continue;
      claimCount++;
      if (c.review === 'unreviewed') unreviewed++;
      for (const code of c.claim.origin ?? []) {
        if (code.startsWith('region:')) continue;
        let o = byOrigin.get(code);
        if (!o) byOrigin.set(code, (o = { claims: 0, docs: new Set(), childrenMax: null }));
        o.claims++;
        o.docs.add(c.documentId);
        const n = c.claim.value.max ?? c.claim.value.min;
        if (c.claim.population === 'children' && n !== null) o.childrenMax = Math.max(o.childrenMax ?? 0, n);
      }
    }
    const timelines = questionsOf(catalog.claims.values())
      .slice(0, 4)
      .map((q) =>
        thin(
          seriesFor(ctx, {
            population: q.population as Population,
            origin: q.origin,
            status: q.status as never,
          }),
        ),
      );
    const latestDocuments = [...catalog.documents.values()].sort((a, b) => b.id - a.id).slice(0, 8);
    const releases = await ctx.repo.listReleases({ limit: 100_000 });
    const live = releases.filter((r) => r.review.state !== 'rejected');
    const stats = await ctx.repo.stats();
    return {
      stats: { documents: stats.documents, claims: claimCount, releases: live.length, unreviewed },
      byOrigin: [...byOrigin]
        .map(([code, o]) => ({ code, claims: o.claims, documents: o.docs.size, childrenMax: o.childrenMax }))
        .sort((a, b) => b.claims - a.claims),
      timelines,
      latestDocuments: latestDocuments.map(documentView),
      latestReleases: live
        .slice(-8)
        .reverse()
        .map((r) => releaseItemView(r, catalog)),
    };
  });

  const serialised = perGeneration(ctx.catalog, async () => JSON.stringify(await compute()));

  app.get(
    '/overview',
    {
      schema: {
        summary:
          'Counts by origin, estimate timelines for the most reported questions, latest reports and releases',
        tags: ['overview'],
        response: { 200: Overview },
      },
    },
    // The overview is large and the same for everyone until the store changes: serialised once per change.
    async (_request, reply) =>
      reply.type('application/json').send((await serialised()) as unknown as z.output<typeof Overview>),
  );
}

const TIMELINE_POINTS = 120;

/** A timeline for the overview keeps every conflicting point and an even sample of the rest. */
function thin(series: z.output<typeof EstimateSeries>): z.output<typeof EstimateSeries> {
  if (series.points.length <= TIMELINE_POINTS) return series;
  const conflicted = new Set(series.conflicts.flatMap((c) => c.claimIds));
  const step = series.points.length / TIMELINE_POINTS;
  const keep = new Set<number>();
  for (let i = 0; i < series.points.length; i += step) keep.add(Math.floor(i));
  return {
    ...series,
    conflicts: series.conflicts.slice(0, 10),
    points: series.points.filter(
      (p, i) => keep.has(i) || (conflicted.has(p.claimId) && keep.size < TIMELINE_POINTS * 2),
    ),
  };
}
