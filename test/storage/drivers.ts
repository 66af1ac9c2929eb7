// The stores a storage contract runs on: PGlite always, PostgreSQL when TESSERA_TEST_PG_URL names a
// server (each run in a database of its own, dropped after).
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { linker } from '../../src/services/link.service.ts';
import type { Repository } from '../../src/storage/repository.ts';
import type { Db } from '../../src/storage/sql.repository.ts';
import { openDatabase } from '../../src/storage/drivers/postgres.ts';

/** A database of its own on the test server; `drop` removes it, connections and all. */
export async function createTestDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `tessera_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const run = async (statement: string) => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(statement);
    } finally {
      await admin.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  return { url: target.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export type OpenStore = () => Promise<{ repo: Repository; cleanup?: () => Promise<void> }>;

/** Each driver a contract runs on, by name, with how to open a fresh store on it. */
export function contractDrivers(): [string, OpenStore][] {
  const drivers: [string, OpenStore][] = [
    [
      'pglite',
      async () => ({
        repo: await (await import('../../src/storage/drivers/pglite.ts')).openRepository('memory://', linker),
      }),
    ],
  ];
  const server = loadConfig().testPgUrl;
  if (server)
    drivers.push([
      'postgres',
      async () => {
        const database = await createTestDatabase(server);
        const { openRepository } = await import('../../src/storage/drivers/postgres.ts');
        return { repo: await openRepository(database.url, linker), cleanup: database.drop };
      },
    ]);
  return drivers;
}

export type OpenDatabase = () => Promise<{ repo: Repository; db: Db; cleanup?: () => Promise<void> }>;

/** As contractDrivers, with the Drizzle handle beneath each store, for contracts that read tables directly. */
export function contractDatabases(): [string, OpenDatabase][] {
  const drivers: [string, OpenDatabase][] = [
    [
      'pglite',
      async () => (await import('../../src/storage/drivers/pglite.ts')).openDatabase('memory://', linker),
    ],
  ];
  const server = loadConfig().testPgUrl;
  if (server)
    drivers.push([
      'postgres',
      async () => {
        const database = await createTestDatabase(server);
        const { openDatabase } = await import('../../src/storage/drivers/postgres.ts');
        return { ...(await openDatabase(database.url, linker)), cleanup: database.drop };
      },
    ]);
  return drivers;
}

/** A PostgreSQL store with two sessions of its own beside it: one plays another transaction, one watches. */
export interface SteppedStore {
  repo: Repository;
  /** Holds locks as a concurrent transaction would. */
  other: pg.Client;
  /** Sees who waits (pg_stat_activity, pg_locks). */
  watcher: pg.Client;
  /** Resolves once a session of this database waits on a lock, or once `work`, if given, is done. */
  waits: (work?: Promise<unknown>) => Promise<void>;
}

/** A promise's outcome as a value: what it gave, or the error it failed with. */
export const settled = <T>(p: Promise<T>) =>
  p.then(
    (value) => ({ value, error: undefined }),
    (error: unknown) => ({ value: undefined, error: error as { code?: string; cause?: { code?: string } } }),
  );

/**
 * For tests that replay an interleaving one step at a time: a database of its own on the server at
 * `adminUrl`, opened in the calling describe's beforeAll and dropped in its afterAll. The fields are set
 * once beforeAll has run.
 */
export function steppedStore(adminUrl: string): SteppedStore {
  const stepped = {
    async waits(work?: Promise<unknown>) {
      let done = false;
      void work?.finally(() => (done = true));
      while (!done) {
        const { rows } = await stepped.watcher.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted
           AND (database IS NULL OR database = (SELECT oid FROM pg_database WHERE datname = current_database()))`,
        );
        if (rows[0]!.n > 0) return;
        await new Promise((r) => setTimeout(r, 20));
      }
    },
  } as SteppedStore;
  let database: { url: string; drop: () => Promise<void> } | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(adminUrl);
    ({ repo: stepped.repo } = await openDatabase(database.url, linker));
    stepped.other = new pg.Client({ connectionString: database.url });
    stepped.watcher = new pg.Client({ connectionString: database.url });
    await stepped.other.connect();
    await stepped.watcher.connect();
  });
  afterAll(async () => {
    await stepped.other?.end().catch(() => {});
    await stepped.watcher?.end().catch(() => {});
    await stepped.repo?.close().catch(() => {});
    await database?.drop();
  });
  return stepped;
}
