// Watched feeds and pages, their capture histories (the web app's timelines), a report's availability,
// WARC exports, alert rules and alerts: each route one call to services/watch.service.ts or alerts.
// A watch belongs to a collection: what the account may not read there answers as if it were absent.
import { z } from 'zod';
import { AFFILIATIONS, POPULATIONS, STATUSES } from '../../domain/claim.ts';
import { ALERT_KINDS, WATCH_KINDS, WATCH_STATES } from '../../domain/watch.ts';
import {
  createAlertRule,
  deleteAlertRule,
  listAlertRules,
  listAlerts,
} from '../../services/alerts.service.ts';
import {
  addWatch,
  documentAvailability,
  exportWarc,
  listWatches,
  moveWatch,
  removeWatch,
  watchHistory,
} from '../../services/watch.service.ts';
import type { ApiContext, ZodApp } from '../context.ts';
import { errors, IdParams } from '../schemas.ts';

const Watch = z
  .object({
    url: z.string(),
    kind: z.enum(WATCH_KINDS).nullable(),
    every: z.string().describe('how often it is fetched: 30m, 6h, 1d'),
    allowPrivate: z.boolean(),
    watchItems: z.boolean().describe("for a feed: each new item's page is watched too"),
    active: z.boolean(),
    state: z.enum(WATCH_STATES).nullable().describe('the state the latest fetch showed'),
    lastAt: z.string().nullable(),
    nextAt: z.string(),
    collection: z
      .string()
      .describe('the collection it belongs to: who may see it, and where its feed items are stored'),
  })
  .meta({ id: 'Watch' });

const Capture = z
  .object({
    at: z.string(),
    httpStatus: z.number().int().nullable(),
    state: z.enum(WATCH_STATES),
    sha256: z.string().nullable().describe('SHA-256 of the body, computed at capture time'),
    finalUrl: z.string().nullable().describe('the URL that answered, after redirects'),
    size: z.number().int().nullable(),
    reason: z.string(),
  })
  .meta({ id: 'Capture' });

const Availability = z
  .object({
    url: z.string(),
    state: z.enum(WATCH_STATES).nullable(),
    history: z.array(Capture),
  })
  .meta({ id: 'Availability' });

const UrlQuery = z.object({ url: z.string().min(1).max(2000) });

const AlertRule = z
  .object({
    id: z.number().int(),
    name: z.string(),
    on: z.enum(ALERT_KINDS),
    filter: z.object({
      origin: z.string().optional(),
      population: z.enum(POPULATIONS).optional(),
      status: z.enum(STATUSES).optional(),
      group: z.enum(AFFILIATIONS).optional(),
      since: z.string().optional(),
      until: z.string().optional(),
    }),
    url: z.string().optional(),
    /** The full address only to the rule's maker and admins; to others its origin (`https://host/…`). */
    webhook: z.string().optional(),
    createdBy: z.string(),
    /** Whether the asking account may remove it (its maker or an admin). */
    mayRemove: z.boolean(),
  })
  .meta({ id: 'AlertRule' });

const Alert = z
  .object({
    id: z.number().int(),
    ruleId: z.number().int(),
    ruleName: z.string(),
    at: z.string(),
    message: z.string(),
    details: z.record(z.string(), z.unknown()),
    delivery: z.string().nullable(),
  })
  .meta({ id: 'Alert' });

export function registerWatchRoutes(app: ZodApp, ctx: ApiContext): void {
  app.get(
    '/watches',
    {
      schema: {
        summary:
          'Watched feeds and pages with the state of their latest fetch, of the collections the account may read',
        tags: ['watch'],
        response: { 200: z.object({ items: z.array(Watch) }) },
      },
    },
    async (request) => ({ items: await listWatches(ctx.repo, false, await ctx.readerOf(request)) }),
  );

  app.post(
    '/watches',
    {
      schema: {
        summary:
          'Watch a feed or page (private addresses only on a server started with --allow-private); the same URL again sets its interval',
        description:
          'The watch goes into `collection` (general when absent; 400 for a name the account cannot read, ' +
          '403 where it is not analyst) and its feed items are stored there. The same URL again keeps the ' +
          'collection it is in: naming another answers 409 naming it; a URL watched in a collection the ' +
          'account cannot read answers 409 naming nothing of it.',
        tags: ['watch'],
        body: z.object({
          url: z.string(),
          every: z.string().optional(),
          watchItems: z.boolean().optional(),
          collection: z
            .string()
            .max(64)
            .optional()
            .describe('the collection it goes into (default: general)'),
        }),
        response: { 200: z.object({ watch: Watch, created: z.boolean() }), ...errors(400, 403, 409) },
      },
    },
    async (request) =>
      addWatch(
        ctx.repo,
        { ...request.body, allowPrivate: Boolean(ctx.options.allowPrivate) },
        { actor: ctx.actorOf(request) },
        undefined,
        await ctx.readerOf(request),
      ),
  );

  app.delete(
    '/watches',
    {
      schema: {
        summary: 'Stop watching a URL; its history is kept',
        tags: ['watch'],
        querystring: UrlQuery,
        response: { 200: z.object({ watch: Watch }), ...errors(400, 403, 404) },
      },
    },
    async (request) => ({
      watch: await removeWatch(
        ctx.repo,
        request.query.url,
        ctx.actorOf(request),
        await ctx.readerOf(request),
      ),
    }),
  );

  app.post(
    '/watches/move',
    {
      schema: {
        summary: 'Put a watch in another collection (analyst where it is and where it goes)',
        description:
          'Its history, WARC and state alerts follow it and its feed items are stored in the new collection ' +
          'from then on; reports it ingested already stay where they are. 404 where the watch cannot be ' +
          'read, 400 for a collection name the account cannot read, 403 without analyst on either side.',
        tags: ['watch'],
        body: z.object({ url: z.string(), collection: z.string().max(64) }),
        response: { 200: z.object({ watch: Watch, moved: z.boolean() }), ...errors(400, 403, 404) },
      },
    },
    async (request) =>
      moveWatch(
        ctx.repo,
        request.body.url,
        request.body.collection,
        ctx.actorOf(request),
        await ctx.readerOf(request),
      ),
  );

  app.get(
    '/watches/history',
    {
      schema: {
        summary:
          'Every fetch of a watched URL, oldest first: when, HTTP status, state, SHA-256, final URL (404 outside the collections the account may read)',
        tags: ['watch'],
        querystring: UrlQuery,
        response: { 200: z.object({ url: z.string(), items: z.array(Capture) }), ...errors(400, 404) },
      },
    },
    async (request) => ({
      url: request.query.url,
      items: await watchHistory(ctx.repo, request.query.url, await ctx.readerOf(request)),
    }),
  );

  app.get(
    '/watches/warc',
    {
      schema: {
        summary:
          'The captures of a watched URL (raw bytes and headers, dated) as a WARC 1.1 file (404 outside the collections the account may read)',
        tags: ['watch'],
        querystring: UrlQuery,
        produces: ['application/warc'],
        response: { 200: z.any().describe('the WARC file'), ...errors(400, 404) },
      },
    },
    async (request, reply) => {
      const bytes = await exportWarc(ctx.repo, request.query.url, await ctx.readerOf(request));
      const name = request.query.url
        .replace(/^https?:\/\//, '')
        .replace(/[^\w.-]+/g, '_')
        .slice(0, 120);
      return reply
        .header('content-type', 'application/warc')
        .header('content-disposition', `attachment; filename="${name || 'captures'}.warc"`)
        .send(Buffer.from(bytes));
    },
  );

  app.get(
    '/documents/:id/availability',
    {
      schema: {
        summary: "Whether a report's page is still there: the history of the watched URL it came from",
        tags: ['watch'],
        params: IdParams,
        response: { 200: z.object({ availability: Availability.nullable() }), ...errors(400, 404) },
      },
    },
    async (request) => ({
      availability: await documentAvailability(ctx.repo, request.params.id, await ctx.readerOf(request)),
    }),
  );

  app.get(
    '/alerts',
    {
      schema: {
        summary:
          'The latest alerts, newest first: those about reports and watched URLs of collections the account may read',
        tags: ['watch'],
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: { 200: z.object({ items: z.array(Alert) }) },
      },
    },
    async (request) => ({
      items: (await listAlerts(ctx.repo, request.query.limit, await ctx.readerOf(request))).map((a) => ({
        ...a,
        at: a.at.toISOString(),
      })),
    }),
  );

  app.get(
    '/alert-rules',
    {
      schema: {
        summary: 'Alert rules: new claims matching a filter, or watched URLs changing state',
        tags: ['watch'],
        response: { 200: z.object({ items: z.array(AlertRule) }) },
      },
    },
    async (request) => ({ items: await listAlertRules(ctx.repo, await ctx.readerOf(request)) }),
  );

  app.post(
    '/alert-rules',
    {
      schema: {
        summary:
          'Add an alert rule (a webhook on a private address only on a server started with --allow-private)',
        tags: ['watch'],
        body: z.object({
          name: z.string(),
          on: z.enum(ALERT_KINDS),
          filter: z.record(z.string(), z.string()).optional(),
          url: z.string().optional(),
          webhook: z.string().optional(),
        }),
        response: { 200: AlertRule, ...errors(400, 403) },
      },
    },
    async (request) => ({
      ...(await createAlertRule(
        ctx.repo,
        { ...request.body, allowPrivate: Boolean(ctx.options.allowPrivate) },
        ctx.actorOf(request),
      )),
      mayRemove: true,
    }),
  );

  app.delete(
    '/alert-rules/:id',
    {
      schema: {
        summary: 'Remove an alert rule and its alerts (its maker or an admin)',
        tags: ['watch'],
        params: IdParams,
        response: { 200: z.object({ removed: z.number().int() }), ...errors(400, 403, 404) },
      },
    },
    async (request) => {
      await deleteAlertRule(ctx.repo, request.params.id, ctx.actorOf(request), await ctx.readerOf(request));
      return { removed: request.params.id };
    },
  );
}
