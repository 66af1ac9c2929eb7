// Embedded PostgreSQL (PGlite) in a data folder: the default store, nothing to install.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { TesseraError } from '../../domain/errors.ts';
import { acquireFolderLock } from '../folder-lock.ts';
import { MIGRATIONS_FOLDER } from '../migrations.ts';
import type { Linker } from '../linking.sql.ts';
import type { Repository } from '../repository.ts';
import * as schema from '../schema.ts';
import { createSqlRepository, type Db } from '../sql.repository.ts';

export const driver = 'pglite' as const;

/**
 * Opens (creating and migrating when needed) the store at `location`: a data folder, or `memory://`
 * for a throw-away store. One process at a time: a lock file in the folder says who holds it.
 */
export async function openRepository(location: string, linker: Linker): Promise<Repository> {
  return (await openDatabase(location, linker)).repo;
}

/** The repository and the Drizzle handle beneath it, for tests and maintenance that need raw SQL. */
export async function openDatabase(location: string, linker: Linker): Promise<{ repo: Repository; db: Db }> {
  const inMemory = location.startsWith('memory://');
  let release = () => {};
  if (!inMemory) {
    mkdirSync(location, { recursive: true });
    release = acquireFolderLock(join(location, 'tessera.lock'));
  }
  let client: PGlite;
  try {
    client = new PGlite(inMemory ? undefined : join(location, 'pg'));
    await client.waitReady;
  } catch (e) {
    release();
    throw new TesseraError('storage_failed', `cannot open the data folder ${location}: ${String(e)}`, {
      cause: e,
    });
  }
  const db = drizzle({ client, schema }) as unknown as Db;
  try {
    await migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
  } catch (e) {
    await client.close();
    release();
    throw new TesseraError('storage_failed', `cannot migrate the data folder ${location}: ${String(e)}`, {
      cause: e,
    });
  }
  const repo = createSqlRepository(db, {
    linker,
    driver,
    concurrency: 1,
    close: async () => {
      try {
        if (!client.closed) {
          // Without a checkpoint the write-ahead log keeps growing across runs.
          await client.exec('CHECKPOINT');
          await client.close();
        }
      } finally {
        release();
      }
    },
  });
  // Releases stored before migration 0025 get their registry keys, computed here and not in SQL.
  await repo.keyReleases();
  return { repo, db };
}
