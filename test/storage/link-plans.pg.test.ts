// Linking reads what it needs by key, on a store without statistics (PostgreSQL, TESSERA_TEST_PG_URL; a
// database of the test's own, dropped after). Reports are stored without linking and nothing ANALYZEs the
// store (a team server filling with autovacuum off); linking them then reads no table whole: without
// statistics the planner took a batch's `document_id = ANY(...)` for a large part of the claims and read
// claims and fact_claims from end to end for every batch, a cost that grew with the store.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { extract, EXTRACTOR_VERSION } from '../../src/pipeline/extract.ts';
import { linker } from '../../src/services/link.service.ts';
import { openDatabase } from '../../src/storage/drivers/postgres.ts';
import { createTestDatabase } from './drivers.ts';
import { newDoc } from './repository.contract.ts';

const adminUrl = loadConfig().testPgUrl;
const REPORTS = 300;
const COUNTRIES = ['Kazakhstan', 'Tajikistan', 'Uzbekistan', 'Kyrgyzstan', 'Russia', 'France'];

/** Report i: two counts, the second repeated by every sixth report so that facts gather members. */
const report = (i: number) =>
  `Update ${i}. About ${100 + i} children from ${COUNTRIES[i % COUNTRIES.length]} were returned from ` +
  `camps in Syria in ${2017 + (i % 5)}, officials said. Some ${20 + (i % 6)} women from ` +
  `${COUNTRIES[(i + 1) % COUNTRIES.length]} were detained on their return in 2021, the ministry said.`;

const TABLES = ['documents', 'claims', 'facts', 'fact_claims', 'document_signatures', 'document_bands'];

describe.skipIf(!adminUrl)('linking on a store without statistics (postgres)', () => {
  let database: { url: string; drop: () => Promise<void> };
  beforeAll(async () => {
    database = await createTestDatabase(adminUrl!);
  });
  afterAll(() => database?.drop());

  /** Sequential scans per table so far, and index scans in all, as the collector has them. */
  async function scans(): Promise<{ sequential: Record<string, number>; indexed: number }> {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ relname: string; seq_scan: string; idx_scan: string | null }>(
        `SELECT relname, seq_scan, idx_scan FROM pg_stat_user_tables WHERE relname = ANY($1)`,
        [TABLES],
      );
      return {
        sequential: Object.fromEntries(rows.map((r) => [r.relname, Number(r.seq_scan)])),
        indexed: rows.reduce((n, r) => n + Number(r.idx_scan ?? 0), 0),
      };
    } finally {
      await client.end();
    }
  }

  it('signs and links every report, reading no table whole', async () => {
    const stored = await openDatabase(database.url, linker);
    try {
      const items = Array.from({ length: REPORTS }, (_, i) => {
        const text = report(i);
        const { claims, releases } = extract(text, { lang: 'en', published: null });
        return { doc: newDoc(text), extraction: { extractorVersion: EXTRACTOR_VERSION, claims, releases } };
      });
      for (let at = 0; at < items.length; at += 50)
        await stored.repo.storeDocuments(items.slice(at, at + 50), 'test', { link: false });
    } finally {
      // A session's counts reach the collector when it closes.
      await stored.repo.close();
    }
    const before = await scans();

    const linking = await openDatabase(database.url, linker);
    let done: { documents: number; claims: number };
    try {
      done = await linking.repo.linkPending();
    } finally {
      await linking.repo.close();
    }
    expect(done.documents).toBe(REPORTS);
    expect(done.claims).toBeGreaterThanOrEqual(2 * REPORTS);

    // The collector takes the closed session's counts a moment after it ends: linking's index lookups
    // show they have arrived.
    let after = await scans();
    for (let tries = 0; tries < 50 && after.indexed <= before.indexed; tries++) {
      await new Promise((r) => setTimeout(r, 100));
      after = await scans();
    }
    expect(after.indexed).toBeGreaterThan(before.indexed);
    const read = Object.fromEntries(
      TABLES.map((t) => [t, (after.sequential[t] ?? 0) - (before.sequential[t] ?? 0)]),
    );
    expect(read).toEqual(Object.fromEntries(TABLES.map((t) => [t, 0])));
  });
});
