// Two linkers at once, one step at a time, on PostgreSQL (TESSERA_TEST_PG_URL; a database of the test's
// own, dropped after). A session here holds the linking lock (LINK_LOCK) as a linker in the middle of its
// batch would; two stores (two processes) then link, and wait on it in turn. Each must choose the reports
// it signs once it holds the lock: chosen before, both chose the same report, the second signed it again,
// and, counting the holders of a band key without it (a report of its own batch), gave the key a ninth
// report past its limit of eight (BAND_HOLDERS).
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { BAND_HOLDERS } from '../../src/analysis/linking.ts';
import { loadConfig } from '../../src/config.ts';
import { extract, EXTRACTOR_VERSION } from '../../src/pipeline/extract.ts';
import { linker } from '../../src/services/link.service.ts';
import { openDatabase } from '../../src/storage/drivers/postgres.ts';
import { LINK_LOCK, type Linker } from '../../src/storage/linking.sql.ts';
import type { Repository } from '../../src/storage/repository.ts';
import { createTestDatabase } from './drivers.ts';
import { newDoc } from './repository.contract.ts';

const adminUrl = loadConfig().testPgUrl;

/** One bulletin, posted again by several sites: each copy differs from the others by its last line. */
const bulletin = (site: number) =>
  `Weekly bulletin on returns. About 420 children from Tajikistan were brought home from camps in Iraq ` +
  `in 2019, officials said. Another 75 women from Kazakhstan returned from Syria in 2020, according to ` +
  `the ministry. Aid workers said more families were waiting for papers at the border crossing, and ` +
  `that the next flight was planned for the spring. Posted by site ${site}.`;
const item = (text: string) => {
  const { claims, releases } = extract(text, { lang: 'en', published: null });
  return { doc: newDoc(text), extraction: { extractorVersion: EXTRACTOR_VERSION, claims, releases } };
};

describe.skipIf(!adminUrl)('two linkers at once, one step at a time (postgres)', () => {
  let database: { url: string; drop: () => Promise<void> } | undefined;
  const repos: Repository[] = [];
  const clients: pg.Client[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) await c.end().catch(() => {});
    for (const r of repos.splice(0)) await r.close().catch(() => {});
    await database?.drop();
  });

  /** A database with `copies` copies of the bulletin stored and linked, and the stores and sessions. */
  async function setUp(copies: number) {
    database = await createTestDatabase(adminUrl!);
    /** The reports each signing was given, in the order they were signed. */
    const signings: number[][] = [];
    const watching: Linker = {
      ...linker,
      signDocuments: (store, docs) => {
        if (docs.length) signings.push(docs.map((d) => d.id));
        return linker.signDocuments(store, docs);
      },
    };
    const open = async (decisions: Linker) => {
      const { repo } = await openDatabase(database!.url, decisions);
      repos.push(repo);
      return repo;
    };
    const connect = async () => {
      const client = new pg.Client({ connectionString: database!.url });
      await client.connect();
      clients.push(client);
      return client;
    };
    const setup = await open(linker);
    let site = 0;
    for (let k = 0; k < copies; k++) await setup.storeDocuments([item(bulletin(site++))], 'server');
    const other = await connect();
    const watcher = await connect();
    /** Resolves once `n` sessions of this database wait on the linking lock. */
    const waiting = async (n: number) => {
      for (;;) {
        const { rows } = await watcher.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted
           AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
        );
        if (rows[0]!.n >= n) return;
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    /** Band keys holding more reports than their limit, and reports without a signature. */
    const broken = async () => ({
      overfull: (
        await other.query<{ key: string; n: number }>(
          `SELECT key, count(*)::int AS n FROM document_bands GROUP BY key HAVING count(*) > $1`,
          [BAND_HOLDERS],
        )
      ).rows,
      unsigned: (
        await other.query<{ id: number }>(
          `SELECT id FROM documents d WHERE NOT EXISTS (
             SELECT 1 FROM document_signatures s WHERE s.document_id = d.id)`,
        )
      ).rows,
    });
    return {
      setup,
      first: await open(watching),
      second: await open(watching),
      other,
      signings,
      waiting,
      broken,
      nextCopy: () => item(bulletin(site++)),
    };
  }

  it('two linkers given the same report: it is signed once, and no band key passes its limit', async () => {
    const t = await setUp(BAND_HOLDERS - 1);
    // Two more copies stored unlinked, as a worker stores them.
    const [a, b] = await t.setup.storeDocuments([t.nextCopy(), t.nextCopy()], 'worker', { link: false });
    const [d1, d2] = [a!.document.id, b!.document.id];
    expect(d1).toBeLessThan(d2);
    // Both share band keys with the stored copies: some key holds one report short of its limit.
    const { rows: shared } = await t.other.query<{ key: string }>(
      `SELECT key FROM document_bands GROUP BY key HAVING count(*) = $1`,
      [BAND_HOLDERS - 1],
    );
    expect(shared.length).toBeGreaterThan(0);

    await t.other.query('BEGIN');
    await t.other.query('SELECT pg_advisory_xact_lock($1)', [LINK_LOCK]);
    // One linker asked for the later copy, then another for both: each waits on the lock, in that order.
    const first = t.first.linkDocuments([d2]);
    await t.waiting(1);
    const second = t.second.linkDocuments([d1, d2]);
    await t.waiting(2);
    await t.other.query('COMMIT');
    await Promise.all([first, second]);

    expect({ signed: t.signings.flat().sort((x, y) => x - y), ...(await t.broken()) }).toEqual({
      signed: [d1, d2],
      overfull: [],
      unsigned: [],
    });
  });

  it('a linker signing what storing with linking has just stored: each report is signed once', async () => {
    const t = await setUp(BAND_HOLDERS - 1);
    await t.other.query('BEGIN');
    await t.other.query('SELECT pg_advisory_xact_lock($1)', [LINK_LOCK]);
    // The linking job waits on the lock first; then a report is stored with linking, and waits too.
    const linking = t.first.linkPending();
    await t.waiting(1);
    const storing = t.second.storeDocuments([t.nextCopy(), t.nextCopy()], 'server');
    await t.waiting(2);
    await t.other.query('COMMIT');
    const [, stored] = await Promise.all([linking, storing]);
    const ids = stored.map((o) => o.document.id);

    expect({ signed: t.signings.flat().sort((x, y) => x - y), ...(await t.broken()) }).toEqual({
      signed: ids,
      overfull: [],
      unsigned: [],
    });
  });
});
