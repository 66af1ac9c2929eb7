// The storage contract on PostgreSQL, when TESSERA_TEST_PG_URL names a server: a database of its own, dropped after.
import pg from 'pg';
import { describe, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/storage/drivers/postgres.ts';
import { describeRepositoryContract } from './repository.contract.ts';
import { linker } from '../../src/services/link.service.ts';

const adminUrl = loadConfig().testPgUrl;

export async function createTestDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `tessera_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

if (adminUrl) {
  describeRepositoryContract('postgres', async () => {
    const database = await createTestDatabase(adminUrl);
    const opened = await openDatabase(database.url, linker);
    return { ...opened, cleanup: database.drop };
  });
} else {
  describe('repository contract (postgres)', () => {
    it.skip('needs TESSERA_TEST_PG_URL', () => {});
  });
}
