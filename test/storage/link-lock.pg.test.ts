// The linking lock on PostgreSQL (TESSERA_TEST_PG_URL; a database of the test's own, dropped after):
// storing reports without linking (the workers' ingestion) never waits on it, so a linker's long batch
// does not hold ingestion back; linking does wait on it. A session here holds the lock as a linker's
// transaction would: if storing took it, the store below would hang and the test fail.
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { linker } from '../../src/services/link.service.ts';
import { openDatabase } from '../../src/storage/drivers/postgres.ts';
import { LINK_LOCK } from '../../src/storage/linking.sql.ts';
import type { Repository } from '../../src/storage/repository.ts';
import { extract, EXTRACTOR_VERSION } from '../../src/pipeline/extract.ts';
import { createTestDatabase } from './drivers.ts';
import { newDoc } from './repository.contract.ts';

const adminUrl = loadConfig().testPgUrl;

const report = (i: number) =>
  `Report ${i}. About ${200 + i} children from Tajikistan were brought home from camps in Iraq in ${2016 + (i % 5)}, ` +
  `officials said.`;
const item = (i: number) => {
  const text = report(i);
  const { claims, releases } = extract(text, { lang: 'en', published: null });
  return { doc: newDoc(text), extraction: { extractorVersion: EXTRACTOR_VERSION, claims, releases } };
};

describe.skipIf(!adminUrl)('the linking lock (postgres)', () => {
  let database: { url: string; drop: () => Promise<void> } | undefined;
  let repo: Repository | undefined;
  let holder: pg.Client | undefined;
  afterEach(async () => {
    await holder?.end().catch(() => {});
    await repo?.close().catch(() => {});
    await database?.drop();
  });

  it('storing without linking does not wait on a linker holding the lock; linking does', async () => {
    database = await createTestDatabase(adminUrl!);
    ({ repo } = await openDatabase(database.url, linker));
    const items = [0, 1, 2, 3, 4, 5].map(item);
    holder = new pg.Client({ connectionString: database.url });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT pg_advisory_xact_lock($1)', [LINK_LOCK]);

    const stored = await repo.storeDocuments(items, 'test', { link: false });
    expect(stored.map((o) => o.status)).toEqual(Array(6).fill('stored'));

    const linking = repo.linkPending();
    const waiting = async () =>
      Number(
        (
          await holder!.query<{ n: string }>(
            `SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted
             AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
          )
        ).rows[0]!.n,
      );
    while ((await waiting()) === 0) await new Promise((r) => setTimeout(r, 50));
    const { rows } = await holder.query<{ n: string }>('SELECT count(*) AS n FROM document_signatures');
    expect(Number(rows[0]!.n)).toBe(0);
    await holder.query('COMMIT');
    expect((await linking).documents).toBe(6);
  });
});
