// Migration 0022 on a store made before it (PGlite): watches made before collections reached them go
// into general, the column is required from then on, and the partial index behind latestChangeId leaves
// out exactly the audit-only actions the repository skips (a refused session cookie among them).
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from '../../src/storage/migrations.ts';
import { AUDIT_ONLY_ACTIONS } from '../../src/storage/schema.ts';

interface Journal {
  entries: { idx: number; tag: string }[];
}

describe('migration 0022', () => {
  let dir: string;
  let client: PGlite;
  const rows = async <T>(query: string) => (await client.query<T>(query)).rows;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tessera-migration-0022-'));
    // The migrations as they were before 0022: the same folder, its journal cut before it.
    const before = join(dir, 'before');
    await cp(MIGRATIONS_FOLDER, before, { recursive: true });
    const journal = JSON.parse(await readFile(join(before, 'meta/_journal.json'), 'utf8')) as Journal;
    journal.entries = journal.entries.filter((e) => e.idx < 22);
    await writeFile(join(before, 'meta/_journal.json'), JSON.stringify(journal));
    client = new PGlite();
    await client.waitReady;
    await migrate(drizzle({ client }), { migrationsFolder: before });
    await client.exec(`INSERT INTO collections (name, restricted, created_by) VALUES ('cases', true, 'root');
      INSERT INTO watches (url, every_seconds, next_at, created_by)
        VALUES ('https://before.example/feed', 3600, now(), 'tester')`);
    await migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
  });
  afterAll(async () => {
    await client?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('moves the watches made before it into general, and requires a collection from then on', async () => {
    expect(
      await rows<{ url: string; name: string }>(
        'SELECT w.url, c.name FROM watches w JOIN collections c ON c.id = w.collection_id',
      ),
    ).toEqual([{ url: 'https://before.example/feed', name: 'general' }]);
    await expect(
      client.exec(`INSERT INTO watches (url, every_seconds, next_at, created_by, collection_id)
        VALUES ('https://after.example/', 60, now(), 'tester', NULL)`),
    ).rejects.toThrow(/null value/);
    await expect(
      client.exec(`INSERT INTO watches (url, every_seconds, next_at, created_by, collection_id)
        VALUES ('https://after.example/', 60, now(), 'tester', 999999)`),
    ).rejects.toThrow(/foreign key/);
  });

  it('leaves out of the latest change exactly the audit-only actions', async () => {
    const [index] = await rows<{ indexdef: string }>(
      "SELECT indexdef FROM pg_indexes WHERE indexname = 'change_log_changes_idx'",
    );
    const listed = [...index!.indexdef.matchAll(/'([a-z_.]+)'::text/g)].map((m) => m[1]).sort();
    expect(listed).toEqual([...AUDIT_ONLY_ACTIONS].sort());
    expect(listed).toContain('session.refused');
  });
});
