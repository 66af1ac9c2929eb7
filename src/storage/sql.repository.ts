// The repository in SQL, shared by both drivers (they differ only in how they connect and migrate):
// one repository per table or concern, each over the row codecs of rows.ts, put together here.
import { sql } from 'drizzle-orm';
import type { DriverName, Repository, StoreStats } from './repository.ts';
import type { Linker } from './linking.sql.ts';
import { accountRepository } from './accounts.sql.ts';
import { changeRepository } from './changes.sql.ts';
import { claimRepository } from './claims.sql.ts';
import { collectionRepository } from './collections.sql.ts';
import { documentRepository } from './documents.sql.ts';
import { factRepository } from './facts.sql.ts';
import { releaseRepository } from './releases.sql.ts';
import { rowsOf } from './rows.ts';
import { searchRepository } from './search.sql.ts';
import { sourceAliasRepository, sourceRepository } from './sources.sql.ts';
import { sqlContext } from './sql-context.ts';
import { summaryRepository } from './summaries.sql.ts';
import { watchRepository } from './watch.sql.ts';
import type { Db } from './db.ts';
export type { Db, Exec } from './db.ts';

export interface SqlRepositoryOptions {
  driver: DriverName;
  concurrency: number;
  close: () => Promise<void>;
  /** The decisions the store asks for (copies, facts, a claim's scope and time): services/link.service.ts. */
  linker: Linker;
}

export function createSqlRepository(db: Db, options: SqlRepositoryOptions): Repository {
  const ctx = sqlContext(db, options);
  return {
    ...watchRepository(db),
    ...accountRepository(db),
    ...collectionRepository(db),
    ...sourceAliasRepository(db),
    ...sourceRepository(ctx),
    ...documentRepository(ctx),
    ...claimRepository(ctx),
    ...summaryRepository(ctx),
    ...releaseRepository(ctx),
    ...factRepository(ctx),
    ...searchRepository(ctx),
    ...changeRepository(ctx),
    driver: options.driver,
    concurrency: options.concurrency,

    async stats(): Promise<StoreStats> {
      const result = await db.execute(sql`SELECT
        (SELECT count(*) FROM documents)::int AS documents,
        (SELECT count(*) FROM document_blobs)::int AS blobs,
        (SELECT count(*) FROM claims)::int AS claims,
        (SELECT count(*) FROM releases)::int AS releases,
        (SELECT count(*) FROM sources)::int AS sources,
        (SELECT count(*) FROM change_log)::int AS changes`);
      const row = rowsOf<StoreStats>(result)[0]!;
      return {
        documents: Number(row.documents),
        blobs: Number(row.blobs),
        claims: Number(row.claims),
        releases: Number(row.releases),
        sources: Number(row.sources),
        changes: Number(row.changes),
      };
    },

    close: options.close,
  };
}
