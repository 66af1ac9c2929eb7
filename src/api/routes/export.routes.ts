// Export: the claims a question selects as a download (STIX 2.1, CSV with HXL, JSON Lines), streamed.
import { Readable } from 'node:stream';
import { z } from 'zod';
import { DATES_IN_ORDER, datesInOrder, ExportQuestion } from '../../domain/filters.ts';
import { exportChunks, exportTotal, FILE_EXTENSION, MEDIA_TYPE } from '../../services/export.service.ts';
import type { ApiContext, ZodApp } from '../context.ts';
import { errors } from '../schemas.ts';

export function registerExportRoutes(app: ZodApp, ctx: ApiContext): void {
  app.get(
    '/export',
    {
      schema: {
        summary:
          'Claims with their reports, grades, reviews and facts, as a download: a STIX 2.1 bundle, CSV with an HXL row, or JSON Lines',
        tags: ['export'],
        querystring: ExportQuestion.extend({
          reviewedOnly: z.stringbool().optional(),
          bom: z.stringbool().optional(),
          quotes: z
            .stringbool()
            .optional()
            .describe('quotes and report text of restricted collections too (left out by default)'),
        }).refine(datesInOrder, DATES_IN_ORDER),
        produces: Object.values(MEDIA_TYPE),
        response: {
          200: z.any().describe('the export, streamed in the format asked for (the bundle: docs/STIX.md)'),
          ...errors(400),
        },
      },
    },
    async (request, reply) => {
      const query = request.query;
      const reader = await ctx.readerOf(request);
      // An unknown (or unreadable) collection is refused before the download starts.
      const total = await exportTotal(ctx.repo, query, reader);
      const stamp = new Date().toISOString().slice(0, 10);
      return reply
        .type(MEDIA_TYPE[query.format])
        .header('cache-control', 'no-store')
        .header(
          'content-disposition',
          `attachment; filename="tessera-export-${stamp}.${FILE_EXTENSION[query.format]}"`,
        )
        .header('x-total-claims', String(total))
        .send(Readable.from(exportChunks(ctx.repo, query, undefined, reader)));
    },
  );
}
