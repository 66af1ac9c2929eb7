// Linking alone on PostgreSQL: generated reports (the team bench's corpus, 5,000 per seed) stored without
// linking into a template database made once, then, per run, a fresh copy of it (CREATE DATABASE ...
// TEMPLATE) linked by `linkPending` in this process: documents/s, and a digest of what linking wrote
// (signatures, band keys, facts, members) to compare two versions of the code on the same store.
// Run with `node --cpu-prof` (through tsx) for a profile: storing happens in the template's own run.
// BENCH_LINK_REPORTS sets the size (default 10,000); BENCH_LINK_RUNS how many copies are linked
// (default 1). The template `tessera_linkbench_tpl_<N>` is dropped at the end unless BENCH_LINK_KEEP=1
// keeps it for the next run (found there, it is reused); BENCH_LINK_PREPARE=1 only makes it.
// BENCH_LINK_STATISTICS=0 leaves the template without statistics (`_nostats`), as a team server's store
// is while it fills with autovacuum off: linking must not depend on them. Each run also prints the rows
// linking read by sequential scans, per table (pg_stat_user_tables). Needs TESSERA_TEST_PG_URL (or
// DATABASE_URL).
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { BATCH } from '../src/services/ingest.service.ts';
import { linker } from '../src/services/link.service.ts';
import { openDatabase } from '../src/storage/drivers/postgres.ts';
import { buildCorpus } from './corpus.ts';
import { storable } from './reports.ts';
import { formatCount, formatSeconds } from './run.ts';

const REPORTS = Number(process.env.BENCH_LINK_REPORTS ?? 10_000);
const RUNS = Number(process.env.BENCH_LINK_RUNS ?? 1);
const PREPARE_ONLY = process.env.BENCH_LINK_PREPARE === '1';
const KEEP_TEMPLATE = PREPARE_ONLY || process.env.BENCH_LINK_KEEP === '1';
const SLICE = 5_000;
const STATISTICS = process.env.BENCH_LINK_STATISTICS !== '0';

/** What linking wrote, as one md5 per table over rows in a fixed order (timestamps left out). */
const DIGESTS: Record<string, string> = {
  signatures: `SELECT document_id, signature, copy_of, copy_root, jaccard FROM document_signatures ORDER BY document_id`,
  bands: `SELECT key, document_id FROM document_bands ORDER BY key, document_id`,
  facts: `SELECT id, key, value_min, value_max, population, origin, status, date, claim_count, document_count,
    origins, state FROM facts ORDER BY id`,
  members: `SELECT claim_id, fact_id, linked_to, why, ord, document_id, copy_root, kind_first FROM fact_claims
    ORDER BY claim_id`,
  effective: `SELECT id, effective_date FROM claims ORDER BY id`,
};

async function admin<T>(server: string, f: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    return await f(client);
  } finally {
    await client.end();
  }
}

const urlOf = (server: string, name: string) => {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
};

async function prepareTemplate(server: string, name: string): Promise<void> {
  const exists = await admin(
    server,
    async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount,
  );
  if (exists) return;
  const building = `${name}_building`;
  await admin(server, (c) => c.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`));
  await admin(server, (c) => c.query(`CREATE DATABASE ${building}`));
  const started = performance.now();
  const { repo } = await openDatabase(urlOf(server, building), linker);
  try {
    for (let at = 0, slice = 0; at < REPORTS; at += SLICE, slice++) {
      const count = Math.min(SLICE, REPORTS - at);
      const items = buildCorpus({ targetBytes: count * 2_500, seed: 0x7ea3 + slice })
        .slice(0, count)
        .map((r, i) => storable(r, at + i));
      for (let i = 0; i < items.length; i += BATCH) {
        const chunk = items.slice(i, i + BATCH);
        const known = await repo.findDocumentsBySha256(chunk.map((x) => x.doc.sha256));
        await repo.storeDocuments(
          chunk.filter((x) => !known.has(x.doc.sha256)),
          'bench',
          { link: false },
        );
      }
    }
  } finally {
    await repo.close();
  }
  if (STATISTICS) await admin(urlOf(server, building), (c) => c.query('VACUUM ANALYZE'));
  await admin(server, (c) => c.query(`ALTER DATABASE ${building} RENAME TO ${name}`));
  console.log(
    `  template ${name}: ${formatCount(REPORTS)} reports stored unlinked in ${formatSeconds(performance.now() - started)}`,
  );
}

export async function run(): Promise<void> {
  const config = loadConfig();
  const server = config.testPgUrl ?? config.databaseUrl;
  console.log(
    `link-pending: ${formatCount(REPORTS)} generated reports stored unlinked, then linkPending alone`,
  );
  if (!server) {
    console.log('  skipped: set TESSERA_TEST_PG_URL (or DATABASE_URL) to a PostgreSQL server');
    return;
  }
  const template = `tessera_linkbench_tpl_${REPORTS}${STATISTICS ? '' : '_nostats'}`;
  await prepareTemplate(server, template);
  if (PREPARE_ONLY) return;
  try {
    await linkCopies(server, template);
  } finally {
    // A plain `npm run bench` leaves no database behind; comparing code on one store keeps it.
    if (!KEEP_TEMPLATE)
      await admin(server, (c) => c.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`));
  }
}

/** Sequential scans and the rows they read, per table, as the statistics collector has them so far. */
async function sequentialReads(url: string): Promise<Map<string, { scans: number; rows: number }>> {
  // Counts reach the collector when a backend exits or idles: give the last one a moment.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  return admin(url, async (c) => {
    const r = await c.query<{ relname: string; seq_scan: string; seq_tup_read: string }>(
      'SELECT relname, seq_scan, seq_tup_read FROM pg_stat_user_tables',
    );
    return new Map(
      r.rows.map((t) => [t.relname, { scans: Number(t.seq_scan), rows: Number(t.seq_tup_read) }]),
    );
  });
}

async function linkCopies(server: string, template: string): Promise<void> {
  for (let run = 0; run < RUNS; run++) {
    const name = `tessera_linkbench_${process.pid}_${run}`;
    await admin(server, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
    try {
      const { rows } = await admin(urlOf(server, name), (c) =>
        c.query<{ n: string }>('SELECT count(*) AS n FROM documents'),
      );
      const before = await sequentialReads(urlOf(server, name));
      const { repo } = await openDatabase(urlOf(server, name), linker);
      let done: { documents: number; claims: number };
      let ms: number;
      let used: NodeJS.CpuUsage;
      let batches = 0;
      try {
        const cpu = process.cpuUsage();
        const started = performance.now();
        done = await repo.linkPending(() => batches++);
        ms = performance.now() - started;
        used = process.cpuUsage(cpu);
      } finally {
        // Closed before the statistics are read: a backend reports its counts as it exits.
        await repo.close();
      }
      const after = await sequentialReads(urlOf(server, name));
      const digests = await admin(urlOf(server, name), async (c) => {
        const out: string[] = [];
        for (const [table, query] of Object.entries(DIGESTS)) {
          const r = await c.query<{ n: string; md5: string }>(
            `SELECT count(*) AS n, md5(string_agg(t::text, '|')) AS md5 FROM (${query}) t`,
          );
          out.push(`${table} ${formatCount(Number(r.rows[0]!.n))} ${r.rows[0]!.md5.slice(0, 10)}`);
        }
        return out;
      });
      console.log(
        `  run ${run + 1}: ${formatCount(done.documents)} of ${formatCount(Number(rows[0]!.n))} documents, ` +
          `${formatCount(done.claims)} claims linked in ${formatSeconds(ms)} (${batches} batches): ` +
          `**${formatCount(done.documents / (ms / 1000))} documents/s**; Node CPU ` +
          `${formatSeconds((used.user + used.system) / 1000)} (${Math.round(((used.user + used.system) / 1000 / ms) * 100)}% of wall)`,
      );
      const scans = [...after]
        .map(([table, a]) => {
          const b = before.get(table) ?? { scans: 0, rows: 0 };
          return { table, scans: a.scans - b.scans, rows: a.rows - b.rows };
        })
        .filter((t) => t.scans > 0)
        .map((t) => `${t.table} ${formatCount(t.scans)} (${formatCount(t.rows)} rows)`);
      console.log(`    sequential scans while linking: ${scans.length ? scans.join(', ') : 'none'}`);
      console.log(`    ${digests.join(', ')}`);
    } finally {
      await admin(server, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    }
  }
}
