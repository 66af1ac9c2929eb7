// Taking the next jobs from a long queue on PostgreSQL (TESSERA_TEST_PG_URL; a database of its own,
// dropped after): pg-boss's own fetch statement, run as a worker runs it, reads the first jobs in order
// from an index instead of reading and sorting every waiting job, with no ANALYZE but the queue's own
// (a server may run without autovacuum); and two queues opened at once on a new store both succeed.
import { createRequire } from 'node:module';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { FETCH_INDEX, openJobQueue, QUEUE_NAMES, type JobQueue } from '../../src/storage/queue.ts';

const adminUrl = loadConfig().testPgUrl;
const WAITING = 3_000;
const BATCH = 32;

/** pg-boss's fetch statement, as its workers send it (pg-boss has no typed export for it). */
const plans = createRequire(import.meta.url)('pg-boss/src/plans.js') as {
  fetchNextJob: (schema: string) => (options: { includeMetadata?: boolean; priority?: boolean }) => string;
};

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Sort Key'?: string[];
  Plans?: PlanNode[];
}
const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

describe.skipIf(!adminUrl)('the job queue on PostgreSQL: the next jobs of a long queue', () => {
  const name = `tessera_queue_fetch_${process.pid}_${Date.now().toString(36)}`;
  let url: string;
  let queues: JobQueue[] = [];
  let sql: pg.Client;

  const admin = async (text: string) => {
    const c = new pg.Client({ connectionString: adminUrl! });
    await c.connect();
    await c.query(text).finally(() => c.end());
  };

  beforeAll(async () => {
    await admin(`CREATE DATABASE ${name}`);
    const target = new URL(adminUrl!);
    target.pathname = `/${name}`;
    url = target.toString();
    // Opened together on a store that has no queue yet: both make their tables and the index at once.
    queues = await Promise.all([openJobQueue(url), openJobQueue(url)]);
    sql = new pg.Client({ connectionString: url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql?.end();
    await Promise.all(queues.map((q) => q.stop(0)));
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('has the index once, on every queue of the job table', async () => {
    const { rows } = await sql.query<{ tables: string }>(
      `SELECT count(*) AS tables FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
       WHERE i.inhparent = to_regclass('pgboss.${FETCH_INDEX}')`,
    );
    expect(Number(rows[0]!.tables)).toBe(Object.keys(QUEUE_NAMES).length);
  });

  it('takes the first jobs of thousands waiting without reading the others', async () => {
    const addJobs = (count: number) =>
      queues[0]!.add(
        'ingest',
        Array.from({ length: count }, (_, i) => ({
          id: crypto.randomUUID(),
          data: { n: i },
          input: `report-${i}.txt`,
        })),
        { timeoutSeconds: 60, retries: 1, retryDelaySeconds: 1 },
      );
    // A hundred at a time, as `ingest --queue` adds them; nobody runs ANALYZE (autovacuum may be off).
    for (let added = 0; added < WAITING; added += 100) await addJobs(100);
    // The server counts the rows added a moment later; the next add finds the statistics stale.
    const waiting = async () =>
      Number(
        (
          await sql.query<{ n: string }>(
            `SELECT coalesce(sum(n_mod_since_analyze + n_tup_ins), 0) AS n FROM pg_stat_user_tables
             WHERE relid IN (SELECT inhrelid FROM pg_inherits WHERE inhparent = 'pgboss.job'::regclass)`,
          )
        ).rows[0]!.n,
      );
    for (const until = Date.now() + 15_000; (await waiting()) < WAITING && Date.now() < until;)
      await new Promise((r) => setTimeout(r, 200));
    await addJobs(1);
    const fetch = plans
      .fetchNextJob('pgboss')({ includeMetadata: false, priority: true })
      .replaceAll('$1', `'${QUEUE_NAMES.ingest}'`)
      .replaceAll('$2', String(BATCH));
    await sql.query('BEGIN');
    try {
      const { rows } = await sql.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(
        `EXPLAIN (ANALYZE, FORMAT JSON) ${fetch}`,
      );
      const nodes = nodesOf(rows[0]!['QUERY PLAN'][0]!.Plan);
      const scans = nodes.filter((n) => n['Relation Name']?.startsWith('j') && /Scan/.test(n['Node Type']));
      const reading = scans.find((n) => n['Actual Rows']! > 0);
      expect(reading?.['Index Name']).toMatch(/priority_created_on_id/);
      expect(reading!['Actual Rows']).toBeLessThanOrEqual(BATCH);
      // Nothing sorted by the queue's order: the index gave it.
      expect(nodes.filter((n) => n['Sort Key']?.some((k) => k.includes('created_on')))).toEqual([]);
    } finally {
      await sql.query('ROLLBACK');
    }
  });
});
