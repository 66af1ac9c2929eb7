// A PostgreSQL server (DATABASE_URL), through node-postgres; same exports as the PGlite driver.
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { TesseraError } from '../../domain/errors.ts';
import { MIGRATIONS_FOLDER } from '../migrations.ts';
import type { Linker } from '../linking.sql.ts';
import type { Repository } from '../repository.ts';
import * as schema from '../schema.ts';
import { createSqlRepository, type Db } from '../sql.repository.ts';

export const driver = 'postgres' as const;

/** Serialises concurrent migrations of one database (two `tessera` processes starting at once). */
const MIGRATION_LOCK = 7_461_737_372;
const POOL_SIZE = 4;

/** Opens the database at `location` (a postgres:// URL) and applies pending migrations. */
export async function openRepository(location: string, linker: Linker): Promise<Repository> {
  return (await openDatabase(location, linker)).repo;
}

/** The repository and the Drizzle handle beneath it, for tests and maintenance that need raw SQL. */
export async function openDatabase(location: string, linker: Linker): Promise<{ repo: Repository; db: Db }> {
  const migrator = new pg.Client({ connectionString: location });
  try {
    await migrator.connect();
    await migrator.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    // Notices such as "relation already exists, skipping" are noise on every open.
    await migrator.query('SET client_min_messages = warning');
    await migrate(drizzle({ client: migrator }), { migrationsFolder: MIGRATIONS_FOLDER });
    await migrator.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  } catch (e) {
    throw new TesseraError('storage_failed', `cannot open the database ${redact(location)}: ${String(e)}`, {
      cause: e,
    });
  } finally {
    await migrator.end().catch(() => {});
  }
  const pool = new pg.Pool({ connectionString: location, max: POOL_SIZE });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it, queries report their own errors.
  });
  const db = drizzle({ client: pool, schema }) as unknown as Db;
  const repo = createSqlRepository(db, {
    linker,
    driver,
    concurrency: POOL_SIZE,
    close: () => pool.end(),
  });
  // Releases stored before migration 0025 get their registry keys, computed here and not in SQL.
  await repo.keyReleases();
  return { repo, db };
}

const redact = (url: string) => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
