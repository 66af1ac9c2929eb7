// What every route module receives: the store and the server's options.
import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { JobQueue } from '../storage/queue.ts';
import type { Repository } from '../storage/repository.ts';
import type { AnswerCache } from '../services/answer-cache.ts';
import type { Reader } from '../services/collections.service.ts';

export type ZodApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export interface ApiOptions {
  repo: Repository;
  /** Recorded as who did what when a request names nobody (header `X-Tessera-User`). */
  user: string;
  maxUploadBytes: number;
  fetchTimeoutMs: number;
  /** Let URL ingestion reach private addresses, as `tessera ingest --allow-private`. */
  allowPrivate?: boolean;
  /** The built UI; absent in API-only tests. */
  webRoot?: string | null;
  logger?: boolean;
  /** The address the server listens on: also a host name it answers to. */
  listenHost?: string | null;
  /** The URL users reach the server by (behind a proxy): its host name is served and its origin may write. */
  publicUrl?: string | null;
  /**
   * The job queue of a PostgreSQL store: GET /api/jobs lists its jobs; with `ingest` (`serve --queue`),
   * web ingestion queues a job per file or URL for the workers and answers 202.
   */
  queue?: { jobs: JobQueue; ingest: boolean; jobTimeoutSeconds: number } | null;
}

export interface ApiContext {
  repo: Repository;
  options: ApiOptions;
  actorOf(request: FastifyRequest): string;
  /** What the request's account may read and do, collection by collection (services decide it). */
  readerOf(request: FastifyRequest): Promise<Reader>;
  /**
   * The services' answers kept until the store changes, shared by every request of this server, as of
   * the latest change id the request read when it came in.
   */
  answersOf(request: FastifyRequest): AnswerCache;
}
