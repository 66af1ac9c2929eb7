// The job queue of a PostgreSQL store: queued ingestion and linking jobs with their state, attempts
// and last error (what `tessera jobs` lists). An embedded store has no queue: the list is empty.
import { z } from 'zod';
import { JOB_STATES, listJobs, type StoredJob } from '../../services/jobs.service.ts';
import type { ApiContext, ZodApp } from '../context.ts';
import { errors } from '../schemas.ts';

const Job = z
  .object({
    id: z.string(),
    kind: z.enum(['ingest', 'link']),
    input: z.string().nullable().describe('the file or URL the job reads, as it was queued'),
    state: z.enum(JOB_STATES),
    attempts: z.number().int().describe('runs started so far, the current one included'),
    maxAttempts: z.number().int(),
    error: z.string().nullable().describe("the last run's error: why it failed, or why it is tried again"),
    documentId: z.number().int().nullable().describe('the report a completed ingestion job stored or found'),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'Job' });

const JobList = z
  .object({
    queue: z.boolean().describe('whether the store has a job queue (PostgreSQL)'),
    ingestQueued: z.boolean().describe('whether web ingestion queues jobs for workers (`serve --queue`)'),
    jobs: z.array(Job),
  })
  .meta({ id: 'JobList' });

const jobView = (j: StoredJob): z.output<typeof Job> => {
  const documentId = (j.output as { documentId?: unknown } | null)?.documentId;
  return {
    id: j.id,
    kind: j.kind,
    input: j.input,
    state: j.state,
    attempts: j.attempts,
    maxAttempts: j.maxAttempts,
    error: j.error,
    documentId: typeof documentId === 'number' ? documentId : null,
    createdAt: j.createdAt.toISOString(),
    startedAt: j.startedAt?.toISOString() ?? null,
    finishedAt: j.finishedAt?.toISOString() ?? null,
  };
};

export function registerJobRoutes(app: ZodApp, ctx: ApiContext): void {
  app.get(
    '/jobs',
    {
      schema: {
        summary: 'Queued jobs, newest first, with their state, attempts and last error',
        tags: ['ingest'],
        querystring: z.object({
          state: z.enum(JOB_STATES).optional(),
          kind: z.enum(['ingest', 'link']).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(50),
        }),
        response: { 200: JobList, ...errors(400) },
      },
    },
    async (request) => {
      const queue = ctx.options.queue;
      return {
        queue: Boolean(queue),
        ingestQueued: Boolean(queue?.ingest),
        jobs: queue
          ? (
              await listJobs(queue.jobs, request.query, {
                repo: ctx.repo,
                reader: await ctx.readerOf(request),
              })
            ).map(jobView)
          : [],
      };
    },
  );
}
