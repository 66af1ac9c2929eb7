// Documents: the list, one report with its text, claims and releases, its original bytes, and its
// metadata corrected by an analyst.
import { z } from 'zod';
import { PlaceCode } from '../../domain/filters.ts';
import {
  correctDocument,
  documentDetail,
  documentOriginal,
  documentsPage,
} from '../../services/documents.service.ts';
import { collectionOf } from '../../services/collections.service.ts';
import type { ApiContext, ZodApp } from '../context.ts';
import { DocumentDetail, DocumentSummary, errors, IdParams, Page, pageOf } from '../schemas.ts';
import { claimItemView, documentView, releaseItemView } from '../views.ts';

export function registerDocumentRoutes(app: ZodApp, ctx: ApiContext): void {
  app.get(
    '/documents',
    {
      schema: {
        summary: 'Stored reports, newest first',
        tags: ['documents'],
        querystring: z.object({
          ...Page,
          lang: z
            .string()
            .regex(/^[a-z]{2}$/, 'an ISO 639-1 code')
            .optional(),
          outlet: z.string().max(200).optional(),
          country: PlaceCode.optional(),
        }),
        response: { 200: pageOf(DocumentSummary), ...errors(400) },
      },
    },
    async (request) => {
      const { limit, offset, ...filter } = request.query;
      const page = await documentsPage(ctx.repo, filter, { limit, offset }, await ctx.readerOf(request));
      return { items: page.items.map(documentView), total: page.total, limit, offset };
    },
  );

  app.get(
    '/documents/:id',
    {
      schema: {
        summary: 'One report: text, every claim and release with its span, and how it was collected',
        tags: ['documents'],
        params: IdParams,
        response: { 200: DocumentDetail, ...errors(400, 404) },
      },
    },
    async (request) => {
      const { id } = request.params;
      const {
        document: doc,
        claims,
        releases,
      } = await documentDetail(ctx.repo, id, await ctx.readerOf(request));
      return {
        ...documentView(doc),
        collection: await collectionOf(ctx.repo, doc.collectionId),
        text: doc.text,
        encoding: doc.encoding,
        codes: doc.codes,
        claims: claims.map(claimItemView),
        releases: releases.map((r) => releaseItemView(r)),
      };
    },
  );

  app.patch(
    '/documents/:id',
    {
      schema: {
        summary:
          "Corrects a report's title, outlet, URL, publication date or language (null clears one); logged with who and what it was",
        tags: ['documents'],
        params: IdParams,
        // Checked by the service, which names each field in its messages.
        body: z.record(z.string(), z.unknown()),
        response: { 200: DocumentSummary, ...errors(400, 403, 404) },
      },
    },
    async (request) =>
      documentView(
        await correctDocument(
          ctx.repo,
          request.params.id,
          request.body,
          ctx.actorOf(request),
          undefined,
          await ctx.readerOf(request),
        ),
      ),
  );

  app.get(
    '/documents/:id/original',
    {
      schema: {
        summary: 'The original bytes as collected; X-Content-SHA256 carries their SHA-256',
        tags: ['documents'],
        params: IdParams,
        produces: ['application/octet-stream'],
        response: { 200: z.any().describe('the original file'), ...errors(400, 404) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { document: doc, bytes } = await documentOriginal(ctx.repo, id, await ctx.readerOf(request));
      const ext = EXTENSIONS[doc.mediaType] ?? '';
      const base = (doc.name.replace(/^https?:\/\//, '').replace(/[^\w.-]+/g, '_') || `document-${id}`).slice(
        0,
        120,
      );
      const filename = base.endsWith(ext) ? base : base + ext;
      void reply
        .header('content-type', doc.mediaType)
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('x-content-sha256', doc.sha256)
        .header('repr-digest', `sha-256=:${Buffer.from(doc.sha256, 'hex').toString('base64')}:`)
        .header('cache-control', 'no-store')
        // Reports are untrusted: an HTML original must never run as a page of this origin.
        .header('content-security-policy', "sandbox; default-src 'none'");
      return reply.send(Buffer.from(bytes));
    },
  );
}

const EXTENSIONS: Record<string, string> = {
  'text/plain': '.txt',
  'text/markdown': '.md',
  'text/html': '.html',
  'application/pdf': '.pdf',
};
