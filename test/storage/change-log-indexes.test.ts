// The change log's partial indexes list their actions literally (so that the planner proves they apply);
// the lists must stay those the repository reads by: AUDIT_ONLY_ACTIONS (left out of the latest change)
// and ACCESS_ACTIONS (the latest change of access, which servers keep accounts and readers against).
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from '../../src/storage/migrations.ts';
import { ACCESS_ACTIONS, AUDIT_ONLY_ACTIONS } from '../../src/storage/schema.ts';

describe('the change log partial indexes', () => {
  let client: PGlite;
  beforeAll(async () => {
    client = new PGlite();
    await client.waitReady;
    await migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
  });
  afterAll(async () => {
    await client?.close();
  });

  const actionsOf = async (index: string) => {
    const { rows } = await client.query<{ indexdef: string }>(
      'SELECT indexdef FROM pg_indexes WHERE indexname = $1',
      [index],
    );
    return [...rows[0]!.indexdef.matchAll(/'([a-z_.]+)'::text/g)].map((m) => m[1]).sort();
  };

  it('list exactly the audit-only actions and the access actions', async () => {
    expect(await actionsOf('change_log_changes_idx')).toEqual([...AUDIT_ONLY_ACTIONS].sort());
    expect(await actionsOf('change_log_access_idx')).toEqual([...ACCESS_ACTIONS].sort());
  });

  it('answer the latest changes from the indexes, without reading the log', async () => {
    const plan = (
      await client.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN SELECT
           (SELECT coalesce(max(id), 0) FROM change_log WHERE action NOT IN (${AUDIT_ONLY_ACTIONS.map((a) => `'${a}'`).join(', ')})),
           (SELECT coalesce(max(id), 0) FROM change_log WHERE action IN (${ACCESS_ACTIONS.map((a) => `'${a}'`).join(', ')}))`,
      )
    ).rows
      .map((r) => r['QUERY PLAN'])
      .join('\n');
    expect(plan).toContain('change_log_changes_idx');
    expect(plan).toContain('change_log_access_idx');
  });
});
