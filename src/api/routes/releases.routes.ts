// The propaganda releases registry: metadata only (title in its own script, media, date, languages,
// producer) and the reports that describe each release.
import { z } from 'zod';
import { MEDIA_TYPES } from '../../domain/claim.ts';
import type { ReleaseRecord } from '../../storage/repository.ts';
import { perGeneration } from '../cache.ts';
import type { ApiContext, ZodApp } from '../context.ts';
import { errors, Page, pageOf, ReleaseItem } from '../schemas.ts';
import { releaseItemView } from '../views.ts';

const foldTitle = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();

export function registerReleaseRoutes(app: ZodApp, ctx: ApiContext): void {
  const allReleases = perGeneration(ctx.catalog, async () => {
    const out: ReleaseRecord[] = [];
    let afterId: number | undefined;
    for (;;) {
      const page = await ctx.repo.listReleases({ afterId, limit: 2000 });
      out.push(...page);
      if (page.length < 2000) return out;
      afterId = page[page.length - 1]!.id;
    }
  });

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
      const q = request.query;
      const needle = q.q?.trim().toLowerCase();
      const all = (await allReleases())
        .filter((r) => {
          if (r.review.state === 'rejected') return false;
          if (q.media && r.release.media !== q.media) return false;
          if (q.documentId !== undefined && r.documentId !== q.documentId) return false;
          if (q.lang && !r.release.spoken.includes(q.lang) && !r.release.subtitles.includes(q.lang))
            return false;
          if (needle) {
            const hay =
              `${r.release.title ?? ''} ${r.release.producer ?? ''} ${r.release.quote}`.toLowerCase();
            if (!hay.includes(needle)) return false;
          }
          return true;
        })
        .sort((a, b) => b.id - a.id);
      // One row per release: reports naming the same titled media are listed together.
      const groups = new Map<string, ReleaseRecord[]>();
      for (const r of all) {
        const key = r.release.title ? `${r.release.media}|${foldTitle(r.release.title)}` : `#${r.id}`;
        const group = groups.get(key);
        if (group) group.push(r);
        else groups.set(key, [r]);
      }
      const rows = [...groups.values()];
      return {
        items: rows
          .slice(q.offset, q.offset + q.limit)
          .map(([first, ...others]) => releaseItemView(first!, ctx.catalog, others)),
        total: rows.length,
        limit: q.limit,
        offset: q.offset,
      };
    },
  );
}
