// The only reader of process.env: validated once, every problem listed, then passed down.
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';
import { invalidInput } from './domain/errors.ts';

const positiveInt = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (s === undefined || s.trim() === '') return fallback;
      const n = Number(s);
      if (!Number.isInteger(n) || n <= 0) {
        ctx.addIssue({ code: 'custom', message: `must be a positive integer, not "${s}"` });
        return z.NEVER;
      }
      return n;
    });

const envSchema = z.object({
  TESSERA_DATA: z.string().optional(),
  DATABASE_URL: z
    .string()
    .optional()
    .refine((s) => !s || /^postgres(ql)?:\/\//.test(s), 'must be a postgres:// or postgresql:// URL'),
  TESSERA_USER: z.string().optional(),
  TESSERA_MAX_BYTES: positiveInt(100 * 1024 * 1024),
  TESSERA_FETCH_TIMEOUT_MS: positiveInt(30_000),
  TESSERA_JOB_TIMEOUT_SECONDS: positiveInt(15 * 60),
  TESSERA_QUEUE_SWEEP_SECONDS: positiveInt(60),
  TESSERA_TEST_PG_URL: z
    .string()
    .optional()
    .refine((s) => !s || /^postgres(ql)?:\/\//.test(s), 'must be a postgres:// or postgresql:// URL'),
});

export interface Config {
  /** Where the embedded database lives when no PostgreSQL server is configured. */
  dataDir: string;
  /** A PostgreSQL server to use instead of the embedded database. */
  databaseUrl: string | null;
  /** Who is recorded in the change log and as the collector of ingested documents. */
  user: string;
  /** Files and downloads larger than this are refused. */
  maxBytes: number;
  fetchTimeoutMs: number;
  /**
   * How long a queued job may run before it counts as lost (its worker killed) and is tried again; also
   * how long a URL or a large file may take. Set on each job as it is queued.
   */
  jobTimeoutSeconds: number;
  /** How often a worker looks for jobs whose worker died (and archives finished ones). */
  queueSweepSeconds: number;
  /** Only tests read it: a server where the storage contract suite may create a database. */
  testPgUrl: string | null;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw invalidInput(`invalid environment:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  return {
    dataDir: resolve(e.TESSERA_DATA?.trim() || './tessera-data'),
    databaseUrl: e.DATABASE_URL?.trim() || null,
    user: e.TESSERA_USER?.trim() || safeUserName(),
    maxBytes: e.TESSERA_MAX_BYTES,
    fetchTimeoutMs: e.TESSERA_FETCH_TIMEOUT_MS,
    jobTimeoutSeconds: e.TESSERA_JOB_TIMEOUT_SECONDS,
    queueSweepSeconds: e.TESSERA_QUEUE_SWEEP_SECONDS,
    testPgUrl: e.TESSERA_TEST_PG_URL?.trim() || null,
  };
}

function safeUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
