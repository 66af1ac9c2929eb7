// Picks the driver from configuration: PostgreSQL when DATABASE_URL is set, else the embedded data folder.
import type { Config } from '../config.ts';
import type { Repository } from './repository.ts';

export async function openStore(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<Repository> {
  if (config.databaseUrl) {
    const { openRepository } = await import('./drivers/postgres.ts');
    return openRepository(config.databaseUrl);
  }
  const { openRepository } = await import('./drivers/pglite.ts');
  return openRepository(config.dataDir);
}
