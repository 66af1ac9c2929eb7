// Grading and merging sources against claims being stored, one step at a time, on PostgreSQL
// (TESSERA_TEST_PG_URL; a database of the test's own, dropped after). Storing a claim checks its source's
// row (a foreign key: a key-share lock on it), claim after claim in the claims' order; grading or merging
// locks the rows of the sources it changes, in id order. A session here inserts claims as a storing or
// re-extracting transaction does, naming the later source first, and keeps its locks while the store
// grades or merges both sources; then it names the earlier one. Had grading locked the rows against a
// key-share lock, each would wait on the other (a deadlock, 40P01, one of them rolled back).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { extract, EXTRACTOR_VERSION } from '../../src/pipeline/extract.ts';
import { settled, steppedStore } from './drivers.ts';
import { newDoc } from './repository.contract.ts';

const adminUrl = loadConfig().testPgUrl;

let serial = 0;

describe.skipIf(!adminUrl)('grading and merging sources while claims are stored (postgres)', () => {
  const stepped = steppedStore(adminUrl!);

  /**
   * A report from an outlet named like an agency it quotes, and quoting a ministry too: its first claim's
   * id, and the ids of the three sources (the ministry, the agency quoted, the agency as an outlet).
   */
  async function stored() {
    const n = ++serial;
    const agency = `Returns Agency ${n}`;
    const ministry = `Ministry of Returns ${n}`;
    const text =
      `About ${300 + n} children from Tajikistan were brought home from camps in Iraq in 2019, the ` +
      `ministry said. Another ${40 + n} women from Kazakhstan returned from Syria in 2020, the agency said.`;
    const read = extract(text, { lang: 'en', published: null });
    expect(read.claims.length).toBeGreaterThan(1);
    const claims = read.claims.map((c, k) => ({ ...c, source: k ? agency : ministry }));
    const [outcome] = await stepped.repo.storeDocuments(
      [
        {
          doc: newDoc(text, { outlet: agency }),
          extraction: { extractorVersion: EXTRACTOR_VERSION, claims, releases: [] },
        },
      ],
      'worker',
      { link: false },
    );
    if (outcome?.status !== 'stored') throw new Error('not stored');
    const id = async (kind: string, name: string) =>
      (
        await stepped.other.query<{ id: number }>('SELECT id FROM sources WHERE kind = $1 AND name = $2', [
          kind,
          name,
        ])
      ).rows[0]!.id;
    return {
      claim: outcome.claimIds[0]!,
      agency,
      ministry: await id('attributed', ministry),
      quoted: await id('attributed', agency),
      outlet: await id('outlet', agency),
    };
  }

  /** A claim like `claim` inserted in the other session, attributed to `source`. */
  const insertClaim = (claim: number, source: number) =>
    stepped.other.query(
      `INSERT INTO claims (document_id, value_min, value_max, qualifier, population, status, location, quote,
         span_start, span_end, extractor_version, source_id)
       SELECT document_id, value_min, value_max, qualifier, population, status, location, quote, span_start,
         span_end, 'another', $2 FROM claims WHERE id = $1`,
      [claim, source],
    );

  const codeOf = (e: { code?: string; cause?: { code?: string } } | undefined) => e?.cause?.code ?? e?.code;

  it.each([
    {
      change: 'grading a name two sources share (quoted and outlet)',
      pair: (s: Awaited<ReturnType<typeof stored>>) => [s.quoted, s.outlet] as const,
      write: async (s: Awaited<ReturnType<typeof stored>>) => {
        await stepped.repo.gradeSource(s.agency, 'B', 'analyst');
      },
    },
    {
      change: 'merging one source into another',
      pair: (s: Awaited<ReturnType<typeof stored>>) => [s.ministry, s.quoted] as const,
      write: (s: Awaited<ReturnType<typeof stored>>) =>
        stepped.repo.mergeSources({
          aliasIds: [s.quoted],
          canonicalId: s.ministry,
          grades: new Map([
            [s.ministry, 'B'],
            [s.quoted, 'B'],
          ]),
          actor: 'analyst',
        }),
    },
  ])('$change while claims naming both are stored: neither deadlocks', async ({ pair, write }) => {
    const s = await stored();
    const [first, second] = pair(s);
    expect(first).toBeLessThan(second);
    // Claims stored naming the later source first: its row is key-share locked until commit.
    await stepped.other.query('BEGIN');
    await insertClaim(s.claim, second);
    const changing = settled(write(s));
    await stepped.waits(changing);
    // The next claim names the earlier source, whose row the grading or merging has locked meanwhile.
    const inserting = await settled(insertClaim(s.claim, first));
    await stepped.other.query(inserting.error ? 'ROLLBACK' : 'COMMIT');
    const done = await changing;
    expect({ inserting: codeOf(inserting.error), changing: codeOf(done.error) }).toEqual({
      inserting: undefined,
      changing: undefined,
    });
    const { rows } = await stepped.other.query<{ id: number; reliability: string | null }>(
      'SELECT id, reliability FROM sources WHERE id = ANY($1) ORDER BY id',
      [[first, second]],
    );
    expect(rows).toEqual([
      { id: first, reliability: 'B' },
      { id: second, reliability: 'B' },
    ]);
  });
});
