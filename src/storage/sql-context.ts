// What the SQL repositories share: the database, the linker the store was opened with, the ids of
// sources known to be committed, and writes every table's changes make (a source's id, a log entry).
import { and, eq } from 'drizzle-orm';
import { invalidInput, TesseraError } from '../domain/errors.ts';
import type { ChangeRecord, DriverName, ReviewInput } from './repository.ts';
import * as schema from './schema.ts';
import { changeLog, sources } from './schema.ts';
import { type Linker } from './linking.sql.ts';
import type { Db, Exec } from './db.ts';
import { sourceKey } from './rows.ts';

export interface SqlContext {
  db: Db;
  driver: DriverName;
  concurrency: number;
  /** The decisions the store asks for (copies, facts, a claim's scope and time): services/link.service.ts. */
  linker: Linker;
  /** Ids of sources known to be committed; a rolled-back insert never reaches it. */
  sourceIds: Map<string, number>;
  /** Each search concept's query as the database stems it (search.sql.ts compileConcepts), by its terms. */
  conceptQueries: Map<string, string>;
  /** The id of a source by kind and name, inserted when new (null for no name). */
  sourceId: (tx: Exec, kind: schema.SourceKind, name: string | null) => Promise<number | null>;
  /** Appends an entry to the change log, in the caller's transaction. */
  log: (tx: Exec, entry: Omit<ChangeRecord, 'id' | 'at'>) => Promise<void>;
}

export function sqlContext(
  db: Db,
  options: { driver: DriverName; concurrency: number; linker: Linker },
): SqlContext {
  const sourceIds = new Map<string, number>();
  async function sourceId(tx: Exec, kind: schema.SourceKind, name: string | null): Promise<number | null> {
    if (!name || !name.trim()) return null;
    const key = sourceKey(name);
    const cached = sourceIds.get(`${kind}\u0000${key}`);
    if (cached !== undefined) return cached;
    const inserted = await tx
      .insert(sources)
      .values({ kind, name: name.trim(), key })
      .onConflictDoNothing()
      .returning({ id: sources.id });
    if (inserted[0]) return inserted[0].id;
    const found = await tx
      .select({ id: sources.id })
      .from(sources)
      .where(and(eq(sources.kind, kind), eq(sources.key, key)));
    if (!found[0]) throw new TesseraError('storage_failed', `source vanished: ${name}`);
    return found[0].id;
  }

  async function log(tx: Exec, entry: Omit<ChangeRecord, 'id' | 'at'>): Promise<void> {
    await tx.insert(changeLog).values(entry);
  }

  return {
    db,
    driver: options.driver,
    concurrency: options.concurrency,
    linker: options.linker,
    sourceIds,
    conceptQueries: new Map(),
    sourceId,
    log,
  };
}

/** The edits a review leaves (null for none), or why the review cannot be made. */
export function checkReview<E>(input: ReviewInput<E>, current: unknown): E | null {
  if (!schema.REVIEW_STATES.includes(input.state))
    throw invalidInput(`unknown review state "${input.state}"`);
  if (!input.actor.trim()) throw invalidInput('a review needs the name of who made it');
  const edits = input.edits === undefined ? (current as E | null) : input.edits;
  const empty = !edits || Object.keys(edits).length === 0;
  if (input.state === 'corrected' && empty) throw invalidInput('a correction needs the corrected fields');
  return empty ? null : edits;
}
