// The HTTP API: thin routes over services, a zod schema on every route, the OpenAPI document from them.
import { existsSync } from 'node:fs';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { readerOf, type Reader } from '../services/collections.service.ts';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { ApiContext, ApiOptions } from './context.ts';

export type { ApiOptions } from './context.ts';
import { changesOf, installAuth } from './auth.ts';
import { installErrorHandling } from './errors.ts';
import { installRequestGuard } from './request-guard.ts';
import { registerAccountRoutes } from './routes/accounts.routes.ts';
import { registerAnalysisRoutes } from './routes/analysis.routes.ts';
import { registerClaimRoutes } from './routes/claims.routes.ts';
import { registerReviewRoutes } from './routes/review.routes.ts';
import { registerDocumentRoutes } from './routes/documents.routes.ts';
import { registerExportRoutes } from './routes/export.routes.ts';
import { registerIngestRoutes } from './routes/ingest.routes.ts';
import { registerJobRoutes } from './routes/jobs.routes.ts';
import { registerOverviewRoutes } from './routes/overview.routes.ts';
import { registerReleaseRoutes } from './routes/releases.routes.ts';
import { registerSearchRoutes } from './routes/search.routes.ts';
import { registerSourceRoutes } from './routes/sources.routes.ts';
import { registerWatchRoutes } from './routes/watch.routes.ts';
import { registerCollectionRoutes } from './routes/collections.routes.ts';
import { answerCache } from '../services/answer-cache.ts';
import { KeptUntilChange } from '../services/kept-access.ts';

export const API_INFO = {
  title: 'Tessera API',
  version: '1.0.0',
  description:
    'Sourced, dated counts of people and propaganda releases extracted from reports. Errors are {code, message}.',
};

export async function buildApp(options: ApiOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: 'info' } : false,
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app, options.maxUploadBytes);
  installRequestGuard(app, { listenHost: options.listenHost, publicUrl: options.publicUrl });
  await installAuth(app, options.repo);

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    // Served over plain HTTP on loopback by default; HSTS would pin a name to HTTPS it may not have.
    strictTransportSecurity: false,
  });
  await app.register(multipart, {
    limits: { fileSize: options.maxUploadBytes, files: 20, fields: 10 },
    throwFileSizeLimit: true,
  });
  await app.register(swagger, {
    openapi: { openapi: '3.1.0', info: API_INFO },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  // Bodies leave as bytes. A string body is written through the socket's string path, which for text
  // outside Latin-1 (answers quoting Arabic or Russian reports) cost ~3.5 ms of CPU a 270 KB answer on
  // 4 December 2026, five times encoding it first (bench/team.bench.ts: serving 16 clients, this was
  // most of a kept answer's cost). Answers kept as bytes (estimates) pass through untouched.
  app.addHook('onSend', (_request, _reply, payload, done) => {
    done(null, typeof payload === 'string' ? Buffer.from(payload) : payload);
  });

  const repo = options.repo;
  // One reader per request, derived from its account once, and kept for the account until access changes.
  const readers = new WeakMap<FastifyRequest, Promise<Reader>>();
  const keptReaders = new KeptUntilChange<Reader>(1_000);
  const answers = answerCache(repo);
  async function readerOfRequest(request: FastifyRequest): Promise<Reader> {
    const { access } = await changesOf(repo, request);
    const actor = actorOf(request);
    const key = JSON.stringify([request.account?.id ?? null, request.account?.role ?? null, actor]);
    const kept = keptReaders.get(key, access, Date.now());
    if (kept) return kept;
    const reader = await readerOf(repo, request.account, actor);
    keptReaders.set(key, reader, access, Date.now());
    return reader;
  }
  const ctx: ApiContext = {
    repo: options.repo,
    options,
    // The account that made the request; the X-Tessera-User header only where there are no accounts.
    actorOf: (request) => actorOf(request),
    readerOf: (request) => {
      let reader = readers.get(request);
      if (!reader) {
        reader = readerOfRequest(request);
        readers.set(request, reader);
      }
      return reader;
    },
    answersOf: (request) => answers.at(changesOf(repo, request).then((c) => c.latest)),
  };
  function actorOf(request: FastifyRequest): string {
    if (request.account) return request.account.name;
    const header = request.headers['x-tessera-user'];
    const name = (Array.isArray(header) ? header[0] : header)?.trim();
    return name ? name.slice(0, 100) : options.user;
  }

  await app.register(
    (api, _opts, done) => {
      const z = api.withTypeProvider<ZodTypeProvider>();
      registerOverviewRoutes(z, ctx);
      registerDocumentRoutes(z, ctx);
      registerClaimRoutes(z, ctx);
      registerReviewRoutes(z, ctx);
      registerReleaseRoutes(z, ctx);
      registerSearchRoutes(z, ctx);
      registerSourceRoutes(z, ctx);
      registerIngestRoutes(z, ctx);
      registerJobRoutes(z, ctx);
      registerAnalysisRoutes(z, ctx);
      registerWatchRoutes(z, ctx);
      registerExportRoutes(z, ctx);
      registerAccountRoutes(z, ctx);
      registerCollectionRoutes(z, ctx);
      api.setNotFoundHandler((request, reply) =>
        reply
          .code(404)
          .send({ code: 'not_found', message: `no such route: ${request.method} ${request.url}` }),
      );
      done();
    },
    { prefix: '/api' },
  );

  if (options.webRoot) {
    if (!existsSync(options.webRoot)) throw new Error(`the UI build is missing at ${options.webRoot}`);
    await app.register(fastifyStatic, { root: options.webRoot, wildcard: false, index: 'index.html' });
    // Client-side routes (/reader/12) get the app's page; anything else that looks like a file is a 404.
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !/\.[a-z0-9]+$/i.test(request.url.split('?')[0]!))
        return reply.type('text/html').sendFile('index.html');
      return reply.code(404).send({ code: 'not_found', message: `not found: ${request.url}` });
    });
  } else {
    app.setNotFoundHandler((request, reply) =>
      reply.code(404).send({ code: 'not_found', message: `not found: ${request.url}` }),
    );
  }
  return app;
}

/** The OpenAPI document with every object's keys sorted, so that the committed copy diffs cleanly. */
export function sortedOpenApi(app: FastifyInstance): unknown {
  const sort = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sort);
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((k) => [k, sort((value as Record<string, unknown>)[k])]),
      );
    return value;
  };
  return sort(app.swagger());
}
