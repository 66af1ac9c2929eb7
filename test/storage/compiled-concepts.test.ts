// A search concept is stemmed once per store and kept as tsquery text without its repeated alternatives
// (compileConcepts). Kept or stemmed again, it must match the same reports and rank them alike.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conceptTerms } from '../../src/services/search.service.ts';
import type { Db } from '../../src/storage/db.ts';
import { rowsOf } from '../../src/storage/rows.ts';
import { compileConcepts, conceptQuery } from '../../src/storage/search.sql.ts';
import { contractDatabases } from './drivers.ts';

// Written for this test: fighters named in several ways and languages, and reports naming none.
const TEXTS: [config: string, text: string][] = [
  ['english', 'Some 40 fighters and their commanders crossed the border.'],
  ['english', 'The militant group recruited 12 teenagers, local officials said.'],
  ['french', 'Une centaine de combattants étrangers sont détenus dans le nord-est.'],
  ['russian', 'Около 300 боевиков вернулись на родину.'],
  ['arabic', 'قتل 15 مسلحا في اشتباكات مع الجيش.'],
  ['english', 'Forty children were repatriated on Monday.'],
  ['french', 'La récolte de blé a été bonne cette année.'],
];

const fighters = conceptTerms(['population:fighters']);

describe.each(contractDatabases())('compiled search concepts (%s)', (_name, open) => {
  let db: Db;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const opened = await open();
    db = opened.db;
    close = async () => {
      await opened.repo.close();
      await opened.cleanup?.();
    };
    await db.execute(sql`CREATE TEMP TABLE probe (id int, search tsvector)`);
    for (const [i, [config, text]] of TEXTS.entries())
      await db.execute(sql`INSERT INTO probe VALUES (${i}, to_tsvector(${config}::regconfig, ${text}))`);
  });
  afterAll(async () => close());

  it('keeps each concept once, without repeated alternatives', async () => {
    const conceptQueries = new Map<string, string>();
    await compileConcepts({ db, conceptQueries }, [{ text: '', codes: [], concepts: [fighters] }]);
    expect(conceptQueries.size).toBe(1);
    const kept = [...conceptQueries.values()][0]!;
    const alternatives = kept.split(' | ');
    expect(alternatives.length).toBeGreaterThan(100);
    expect(new Set(alternatives).size).toBe(alternatives.length);
    // Asked again, it is not stemmed again: no database is needed.
    await compileConcepts({ db: undefined as unknown as Db, conceptQueries }, [
      { text: '', codes: [], concepts: [fighters] },
    ]);
    expect([...conceptQueries.values()]).toEqual([kept]);
  });

  it('matches the same reports and ranks them alike, kept or stemmed again', async () => {
    const conceptQueries = new Map<string, string>();
    await compileConcepts({ db, conceptQueries }, [{ text: '', codes: [], concepts: [fighters] }]);
    const kept = conceptQuery({ conceptQueries }, fighters)!;
    const stemmed = conceptQuery({ conceptQueries: new Map() }, fighters)!;
    const rows = rowsOf<{ id: number; kept: boolean; stemmed: boolean; kr: number; sr: number }>(
      await db.execute(sql`
        SELECT id, search @@ (${kept}) AS kept, search @@ (${stemmed}) AS stemmed,
          ts_rank(search, ${kept}) AS kr, ts_rank(search, ${stemmed}) AS sr
        FROM probe ORDER BY id`),
    );
    expect(rows.filter((r) => r.kept).map((r) => r.id)).toEqual([0, 1, 2, 3, 4]);
    for (const r of rows) {
      expect(r.kept).toBe(r.stemmed);
      expect(Number(r.kr)).toBe(Number(r.sr));
    }
  });
});
