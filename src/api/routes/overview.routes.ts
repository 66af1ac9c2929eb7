// The overview: counts by origin country for the map, estimate timelines for the questions most
// reported, and the latest reports and releases. Serialised once per change of the store, and kept in
// the store as sent, so a restart does not compute it again.
import { z } from 'zod';
import type { KeptCodec } from '../../services/answer-cache.ts';
import { overviewAs, type Overview as OverviewAnswer } from '../../services/overview.service.ts';
import type { ApiContext, ZodApp } from '../context.ts';
import { DocumentSummary, EstimateSeries, ReleaseItem } from '../schemas.ts';
import { documentView, releaseItemView, seriesView } from '../views.ts';

const PlaceCount = z
  .object({
    code: z.string(),
    claims: z.number().int(),
    documents: z.number().int(),
    /** The largest number of children any claim states for this place. */
    childrenMax: z.number().nullable(),
  })
  .meta({ id: 'PlaceCount' });

const Overview = z
  .object({
    stats: z.object({
      documents: z.number().int(),
      claims: z.number().int(),
      releases: z.number().int(),
      unreviewed: z.number().int(),
    }),
    /** Claims per country people come from. */
    byOrigin: z.array(PlaceCount),
    /** Claims per country people are in (held, present, fighting). */
    byLocation: z.array(PlaceCount),
    timelines: z.array(EstimateSeries),
    latestDocuments: z.array(DocumentSummary),
    latestReleases: z.array(ReleaseItem),
  })
  .meta({ id: 'Overview' });

/** The serialised overview kept in the store as it is sent. */
const BYTES: KeptCodec<Buffer> = {
  encode: (body) => body,
  decode: (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
};

export function registerOverviewRoutes(app: ZodApp, ctx: ApiContext): void {
  // Kept encoded, as estimates are: a kept answer is written out as the same bytes again.
  const view = (o: OverviewAnswer): Buffer => {
    const body: z.output<typeof Overview> = {
      stats: o.stats,
      byOrigin: o.byOrigin,
      byLocation: o.byLocation,
      timelines: o.timelines.map(seriesView),
      latestDocuments: o.latestDocuments.map(documentView),
      latestReleases: o.latestReleases.map((r) => releaseItemView(r)),
    };
    return Buffer.from(JSON.stringify(body));
  };

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
    // The overview is large and the same for everyone who reads the same collections, until the store changes.
    async (request, reply) =>
      reply
        .type('application/json')
        .send(
          (await overviewAs(
            ctx.repo,
            await ctx.readerOf(request),
            'json',
            view,
            ctx.answersOf(request),
            BYTES,
          )) as unknown as z.output<typeof Overview>,
        ),
  );
}
