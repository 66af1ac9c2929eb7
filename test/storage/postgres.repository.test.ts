// The storage contract on PostgreSQL, when TESSERA_TEST_PG_URL names a server: a database of its own, dropped after.
import { describe, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/storage/drivers/postgres.ts';
import { describeRepositoryContract } from './repository.contract.ts';
import { createTestDatabase } from './drivers.ts';
import { linker } from '../../src/services/link.service.ts';

const adminUrl = loadConfig().testPgUrl;

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
