// The job queue of a PostgreSQL store: pg-boss, in its own schema (`pgboss`, created and migrated by
// pg-boss itself when first opened). Jobs wait in the database, so any number of workers on any machine
// that reaches it share them. This module stores and reads jobs; what a job does is services/jobs.service.ts.
import pg from 'pg';
import PgBoss from 'pg-boss';
import { TesseraError } from '../domain/errors.ts';

/** The queues, by what their jobs do; the names are pg-boss's. */
export const QUEUE_NAMES = { ingest: 'tessera-ingest', link: 'tessera-link' } as const;
export type JobKind = keyof typeof QUEUE_NAMES;
/**
 * pg-boss's queue policies. Linking is `stately`: at most one job waits and one runs, across every
 * worker, so linking jobs neither pile up nor wait on each other holding a worker's slot.
 */
const QUEUE_POLICIES: Record<JobKind, 'standard' | 'stately'> = { ingest: 'standard', link: 'stately' };
const KIND_OF: Record<string, JobKind> = { 'tessera-ingest': 'ingest', 'tessera-link': 'link' };

/** How Tessera names pg-boss's states: created and retry are both waiting their turn. */
export const JOB_STATES = ['queued', 'active', 'completed', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];
const BOSS_STATES: Record<JobState, string[]> = {
  queued: ['created', 'retry'],
  active: ['active'],
  completed: ['completed'],
  failed: ['failed', 'cancelled'],
};

export interface StoredJob {
  id: string;
  kind: JobKind;
  /** What the job works on (a file's path, a URL), as it was queued. */
  input: string | null;
  state: JobState;
  /** Runs started so far, the current one included. */
  attempts: number;
  maxAttempts: number;
  /** The last run's error: why it failed, or why it is being tried again. */
  error: string | null;
  /** What the last run returned, for a completed job. */
  output: unknown;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export interface JobFilter {
  state?: JobState;
  kind?: JobKind;
  /** The newest this many (default 100). */
  limit?: number;
  /**
   * Only ingestion jobs into these collections (a job queued without one goes into `general`); linking
   * jobs, which name no report, are listed still. Undefined: every job.
   */
  collections?: { ids: readonly number[]; general: number };
}

/** A job handed to a worker: its id, its data and which run this is (1 for the first). */
export interface WorkJob<T> {
  id: string;
  data: T;
}

export interface AddOptions {
  /** A run longer than this counts as lost (its worker died) and the job is tried again. */
  timeoutSeconds: number;
  /** Runs after the first; each waits longer than the one before (from `retryDelaySeconds`). */
  retries: number;
  retryDelaySeconds: number;
}

export interface JobQueue {
  /** Queues jobs under the ids given, in one statement. */
  add(
    kind: JobKind,
    jobs: readonly { id: string; data: object; input: string }[],
    options: AddOptions,
  ): Promise<void>;
  /**
   * Queues a job for `key` unless one is waiting for its turn already (a queue that lets one job wait
   * and one run: linking). Every call is followed by a run that starts after it, however many calls.
   * Returns the new job's id, or null when one was waiting.
   */
  addOnce(kind: JobKind, key: string, options: AddOptions): Promise<string | null>;
  /**
   * Takes up to `batchSize` jobs at a time and hands them to `handler`, which completes or fails each
   * (`complete`, `fail`); jobs it leaves open complete when it returns, or fail if it throws.
   */
  work<T>(kind: JobKind, batchSize: number, handler: (jobs: WorkJob<T>[]) => Promise<void>): Promise<void>;
  /**
   * Completes jobs, each with its own output, in one statement; `forget` names a path in their data
   * removed as they complete (what only a run needed).
   */
  complete(
    kind: JobKind,
    jobs: readonly { id: string; output: object }[],
    forget?: readonly string[],
  ): Promise<void>;
  /** Fails a run: the job is tried again while it has runs left, else it is failed with this error. */
  fail(kind: JobKind, id: string, error: Error): Promise<void>;
  list(filter?: JobFilter): Promise<StoredJob[]>;
  /**
   * Stops taking jobs; waits up to `graceMs` for the jobs running here to end, then fails those still
   * running so that another worker takes them again, and closes the connections.
   */
  stop(graceMs: number): Promise<void>;
}

export interface QueueOpenOptions {
  /**
   * A worker: looks every this many seconds for jobs whose run timed out (a worker killed) and archives
   * finished ones. Producers (ingest --queue, serve, jobs) leave that to the workers.
   */
  sweepSeconds?: number;
  /** Connections to the database (pg-boss's own pool). */
  connections?: number;
  /** Errors pg-boss meets in the background (a lost connection while polling); it goes on. */
  onError?: (e: Error) => void;
}

/** Tessera's index on pg-boss's job table, see ensureFetchIndex. */
export const FETCH_INDEX = 'tessera_job_fetch';

/**
 * pg-boss 10 takes the next jobs `ORDER BY priority DESC, created_on, id`, but its index on waiting jobs
 * is (name, start_after): every fetch read and sorted the whole backlog, 0.7-1.4 s a fetch with 200,000
 * reports queued, statistics or not (a known pg-boss limit, timgit/pg-boss#228). An index in that order
 * hands over the first jobs at once. Made when missing only (CREATE INDEX IF NOT EXISTS would lock the
 * table at every open), by the first queue opened on a store; on the partitioned table, so that every
 * queue's partition has it.
 */
async function ensureFetchIndex(db: PgBoss.Db) {
  const found = await db.executeSql(`SELECT to_regclass('pgboss.${FETCH_INDEX}') IS NOT NULL AS found`, []);
  if ((found.rows as { found: boolean }[])[0]?.found) return;
  await db.executeSql(
    `CREATE INDEX IF NOT EXISTS ${FETCH_INDEX} ON pgboss.job (name, priority DESC, created_on, id)
      WHERE state < 'active'`,
    [],
  );
}

/** Rows changed since a queue's last ANALYZE, beyond a fifth of its size, that make its statistics stale. */
const STALE_ROWS = 1_000;

/**
 * A queue's statistics renewed once many jobs were added since the last, as autovacuum's analyze would
 * (a server may run without it, and it looks once a minute at best). Believing the queue near empty, the
 * planner took every fetch through pg-boss's own index and sorted the whole backlog, FETCH_INDEX or not.
 */
async function analyzeWhenStale(db: PgBoss.Db) {
  const stale = await db.executeSql(
    `SELECT s.relid::regclass::text AS partition FROM pg_stat_user_tables s
     JOIN pg_inherits i ON i.inhrelid = s.relid JOIN pg_class c ON c.oid = s.relid
     WHERE i.inhparent = 'pgboss.job'::regclass
       AND s.n_mod_since_analyze > ${STALE_ROWS} + 0.2 * greatest(c.reltuples, 0)`,
    [],
  );
  for (const r of stale.rows as { partition: string }[]) await db.executeSql(`ANALYZE ${r.partition}`, []);
}

/** Runs `f` holding a session lock of the database's (one connection of its own, closed after). */
async function whileHolding<T>(databaseUrl: string, f: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'tessera queue setup' });
  await client.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(hashtext('tessera queue setup'))`);
    return await f();
  } finally {
    // Closing the session releases the lock, whatever `f` did.
    await client.end().catch(() => {});
  }
}

export async function openJobQueue(databaseUrl: string, options: QueueOpenOptions = {}): Promise<JobQueue> {
  const worker = options.sweepSeconds !== undefined;
  const boss = new PgBoss({
    connectionString: databaseUrl,
    max: options.connections ?? 2,
    application_name: worker ? 'tessera worker' : 'tessera',
    schedule: false,
    supervise: worker,
    ...(worker ? { maintenanceIntervalSeconds: options.sweepSeconds } : {}),
  });
  boss.on('error', (e: Error) => options.onError?.(e));
  try {
    // Serialised across processes: two workers starting together on a new store both created the
    // queues, and pg-boss's create_queue deadlocked one of them (test/storage/queue-fetch.pg.test.ts).
    await whileHolding(databaseUrl, async () => {
      await boss.start();
      for (const [kind, name] of Object.entries(QUEUE_NAMES) as [JobKind, string][]) {
        const policy = QUEUE_POLICIES[kind];
        await boss.createQueue(name, { name, policy });
        // Stores whose queue was made before its policy changed (jobs keep the policy they were sent with).
        if ((await boss.getQueue(name))?.policy !== policy) await boss.updateQueue(name, { name, policy });
      }
      await ensureFetchIndex(boss.getDb());
    });
  } catch (e) {
    await boss.stop({ graceful: false }).catch(() => {});
    throw new TesseraError(
      'storage_failed',
      `cannot open the job queue: ${e instanceof Error ? e.message : String(e)}`,
      {
        cause: e,
      },
    );
  }
  const db = boss.getDb();

  const sendOptions = (o: AddOptions) => ({
    expireInSeconds: o.timeoutSeconds,
    retryLimit: o.retries,
    retryDelay: o.retryDelaySeconds,
    retryBackoff: true,
  });

  return {
    async add(kind, jobs, o) {
      if (!jobs.length) return;
      await boss.insert(
        jobs.map((j) => ({
          id: j.id,
          name: QUEUE_NAMES[kind],
          data: { ...j.data, input: j.input },
          ...sendOptions(o),
        })),
      );
      await analyzeWhenStale(db);
    },

    addOnce(kind, key, o) {
      return boss.send(QUEUE_NAMES[kind], { input: key }, { ...sendOptions(o), singletonKey: key });
    },

    async work<T>(kind: JobKind, batchSize: number, handler: (jobs: WorkJob<T>[]) => Promise<void>) {
      await boss.work<T>(QUEUE_NAMES[kind], { batchSize, pollingIntervalSeconds: 1 }, async (jobs) => {
        await handler(jobs.map((j) => ({ id: j.id, data: j.data })));
      });
    },

    async complete(kind, jobs, forget) {
      if (!jobs.length) return;
      // pg-boss's own completion (its completeJobs statement) gives every job of a call one output, so a
      // batch took a round trip per job; this is that statement with an output per job.
      await db.executeSql(
        `UPDATE pgboss.job j SET completed_on = now(), state = 'completed', output = o.output,
           data = CASE WHEN $4::text[] IS NULL THEN j.data ELSE j.data #- $4::text[] END
         FROM unnest($2::uuid[], $3::jsonb[]) AS o(id, output)
         WHERE j.name = $1 AND j.id = o.id AND j.state = 'active'`,
        [
          QUEUE_NAMES[kind],
          jobs.map((j) => j.id),
          jobs.map((j) => JSON.stringify(j.output)),
          forget ? [...forget] : null,
        ],
      );
    },

    async fail(kind, id, error) {
      await boss.fail(QUEUE_NAMES[kind], id, { message: error.message });
    },

    async list(filter = {}) {
      const names = filter.kind ? [QUEUE_NAMES[filter.kind]] : Object.values(QUEUE_NAMES);
      const states = filter.state ? BOSS_STATES[filter.state] : null;
      const columns = `id, name, state::text AS state, retry_count, retry_limit, started_on, created_on,
        completed_on, data->>'input' AS input,
        CASE WHEN state = 'completed' THEN output END AS output,
        CASE WHEN state <> 'completed' THEN coalesce(output->>'message', output->'value'->>'message',
          CASE WHEN jsonb_typeof(output->'value') = 'string' THEN output->>'value' END) END AS error`;
      const where = `name = ANY($1::text[]) AND ($2::text[] IS NULL OR state::text = ANY($2::text[]))
        AND ($4::int[] IS NULL OR name <> '${QUEUE_NAMES.ingest}'
          OR coalesce((data->>'collectionId')::int, $5::int) = ANY($4::int[]))`;
      // Finished jobs move to the archive after a while (pg-boss's maintenance); both are listed.
      const { rows } = await db.executeSql(
        `SELECT * FROM (
           (SELECT ${columns} FROM pgboss.job WHERE ${where} ORDER BY created_on DESC LIMIT $3)
           UNION ALL
           (SELECT ${columns} FROM pgboss.archive WHERE ${where} ORDER BY created_on DESC LIMIT $3)
         ) j ORDER BY created_on DESC, id LIMIT $3`,
        [
          names,
          states,
          filter.limit ?? 100,
          filter.collections ? [...filter.collections.ids] : null,
          filter.collections?.general ?? null,
        ],
      );
      return rows.map((r: Record<string, unknown>): StoredJob => {
        const bossState = r.state as string;
        const started = r.started_on ? new Date(r.started_on as string) : null;
        return {
          id: r.id as string,
          kind: KIND_OF[r.name as string]!,
          input: (r.input as string | null) ?? null,
          state: (Object.keys(BOSS_STATES) as JobState[]).find((s) => BOSS_STATES[s].includes(bossState))!,
          attempts: Number(r.retry_count) + (started ? 1 : 0),
          maxAttempts: Number(r.retry_limit) + 1,
          error: (r.error as string | null) ?? null,
          output: r.output ?? null,
          createdAt: new Date(r.created_on as string),
          startedAt: started,
          finishedAt: r.completed_on ? new Date(r.completed_on as string) : null,
        };
      });
    },

    async stop(graceMs) {
      await boss.stop({ graceful: true, wait: true, timeout: graceMs });
    },
  };
}
