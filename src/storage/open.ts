// Picks the driver from configuration: PostgreSQL when DATABASE_URL is set, else the embedded data folder.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import type { Linker } from './linking.sql.ts';
import type { Repository } from './repository.ts';

/** Whether a store is there to read: always for a server, a data folder once something was stored in it. */
export function storeExists(config: Pick<Config, 'databaseUrl' | 'dataDir'>): boolean {
  return Boolean(config.databaseUrl) || existsSync(join(config.dataDir, 'pg', 'PG_VERSION'));
}

/** Opens the configured store; `linker` makes its linking decisions (services/link.service.ts). */
export async function openStore(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
  linker: Linker,
): Promise<Repository> {
  if (config.databaseUrl) {
    const { openRepository } = await import('./drivers/postgres.ts');
    return openRepository(config.databaseUrl, linker);
  }
  const { openRepository } = await import('./drivers/pglite.ts');
  return openRepository(config.dataDir, linker);
}
