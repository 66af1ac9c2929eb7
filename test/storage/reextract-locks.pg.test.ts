// Re-extraction against a linker and an analyst, one step at a time, on PostgreSQL (TESSERA_TEST_PG_URL; a
// database of the test's own, dropped after). A session here runs what the other transaction would, holds
// its locks, and lets the store's transaction wait on them before going on: each case is the interleaving
// that went wrong, made certain rather than likely (test/storage/reextract-link-race.pg.test.ts races them).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { extract, EXTRACTOR_VERSION } from '../../src/pipeline/extract.ts';
import { LINK_LOCK } from '../../src/storage/linking.sql.ts';
import { settled, steppedStore } from './drivers.ts';
import { newDoc } from './repository.contract.ts';

const adminUrl = loadConfig().testPgUrl;

let serial = 0;
const report = () =>
  `Note ${++serial}. About ${300 + serial} children from Tajikistan were brought home from camps in Iraq ` +
  `in 2019, officials said. A new video, "Dawn Over the River", was published by the group in June 2020.`;

describe.skipIf(!adminUrl)('re-extraction, one step at a time (postgres)', () => {
  const stepped = steppedStore(adminUrl!);

  /** A report stored without linking, as a worker stores it: its id, text, claim and release ids. */
  async function stored() {
    const text = report();
    const { claims, releases } = extract(text, { lang: 'en', published: null });
    expect(claims.length).toBeGreaterThan(0);
    expect(releases.length).toBeGreaterThan(0);
    const [outcome] = await stepped.repo.storeDocuments(
      [{ doc: newDoc(text), extraction: { extractorVersion: EXTRACTOR_VERSION, claims, releases } }],
      'worker',
      { link: false },
    );
    if (outcome?.status !== 'stored') throw new Error('not stored');
    return { id: outcome.document.id, text, claimIds: outcome.claimIds, releaseIds: outcome.releaseIds };
  }
  /** Re-extraction reading the report again, without its release when `releases` is false. */
  const reextract = (id: number, text: string, releases = true) => {
    const read = extract(text, { lang: 'en', published: null });
    return stepped.repo.replaceExtraction(
      id,
      {
        extractorVersion: `${EXTRACTOR_VERSION}+again`,
        claims: read.claims,
        releases: releases ? read.releases : [],
        lang: 'en',
        codes: [],
      },
      'reextract',
    );
  };
  const logged = async (action: string, entityId: number) =>
    (
      await stepped.other.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM change_log WHERE action = $1 AND entity_id = $2',
        [action, entityId],
      )
    ).rows[0]!.n;

  it('a linker holding the lock signs a report being re-extracted: neither deadlocks', async () => {
    const doc = await stored();
    await stepped.other.query('BEGIN');
    await stepped.other.query('SELECT pg_advisory_xact_lock($1)', [LINK_LOCK]);
    const reextracting = settled(reextract(doc.id, doc.text));
    await stepped.waits();
    // What the linker does next: sign the report, which checks (and key-share locks) its row.
    const signing = await settled(
      stepped.other.query(
        `INSERT INTO document_signatures (document_id, signature, copy_root) VALUES ($1, 'sig', $1)`,
        [doc.id],
      ),
    );
    await stepped.other.query(signing.error ? 'ROLLBACK' : 'COMMIT');
    const done = await reextracting;
    expect({
      signing: signing.error?.code,
      reextracting: done.error?.cause?.code ?? done.error?.code,
    }).toEqual({
      signing: undefined,
      reextracting: undefined,
    });
  });

  it('a release confirmed while re-extraction no longer finds it is kept', async () => {
    const doc = await stored();
    const [release] = doc.releaseIds;
    // The review's statement, not yet committed; then re-extraction, which would delete the release.
    await stepped.other.query('BEGIN');
    await stepped.other.query(`UPDATE releases SET review = 'confirmed' WHERE id = $1`, [release]);
    const reextracting = settled(reextract(doc.id, doc.text, false));
    await stepped.waits();
    await stepped.other.query('COMMIT');
    const done = await reextracting;
    expect(done.error).toBeUndefined();
    expect(done.value).toMatchObject({ removed: 0, keptReviewed: 1 });
    const { rows } = await stepped.other.query('SELECT review FROM releases WHERE id = $1', [release]);
    expect(rows).toEqual([{ review: 'confirmed' }]);
  });

  it('a release re-extraction deletes meanwhile is not reviewed, nor the review logged', async () => {
    const doc = await stored();
    const [release] = doc.releaseIds;
    // Re-extraction's delete, not yet committed; then the review.
    await stepped.other.query('BEGIN');
    await stepped.other.query('DELETE FROM releases WHERE id = $1', [release]);
    const reviewing = settled(stepped.repo.reviewRelease(release!, { state: 'confirmed', actor: 'analyst' }));
    await stepped.waits();
    await stepped.other.query('COMMIT');
    const done = await reviewing;
    expect({ value: done.value ?? null, error: done.error?.code }).toEqual({
      value: null,
      error: 'not_found',
    });
    expect(await logged('release.reviewed', release!)).toBe(0);
  });

  it.each([
    {
      act: 'reviewed',
      action: 'claim.reviewed',
      write: (claim: number) => stepped.repo.reviewClaim(claim, { state: 'confirmed', actor: 'analyst' }),
    },
    {
      act: 'graded',
      action: 'claim.graded',
      write: (claim: number) => stepped.repo.gradeClaim(claim, 2, 'analyst'),
    },
  ])('a claim re-extraction deletes meanwhile is not $act, nor that logged', async ({ action, write }) => {
    const doc = await stored();
    const [claim] = doc.claimIds;
    // Re-extraction under the linking lock, its delete not yet committed; then the analyst's write.
    await stepped.other.query('BEGIN');
    await stepped.other.query('SELECT pg_advisory_xact_lock($1)', [LINK_LOCK]);
    await stepped.other.query('DELETE FROM claims WHERE id = $1', [claim]);
    const writing = settled(write(claim!));
    await stepped.waits();
    await stepped.other.query('COMMIT');
    const done = await writing;
    expect({ value: done.value ?? null, error: done.error?.code }).toEqual({
      value: null,
      error: 'not_found',
    });
    expect(await logged(action, claim!)).toBe(0);
  });

  it('a correction made while another is under way logs what the other left, not what it read before', async () => {
    const doc = await stored();
    // Another correction, its title written but not yet committed; then this one.
    await stepped.other.query('BEGIN');
    await stepped.other.query(`UPDATE documents SET title = 'Second title' WHERE id = $1`, [doc.id]);
    const correcting = settled(
      stepped.repo.correctDocument(doc.id, { edits: { title: 'Third title' }, actor: 'analyst' }),
    );
    await stepped.waits();
    await stepped.other.query('COMMIT');
    const done = await correcting;
    expect(done.error).toBeUndefined();
    expect(done.value?.title).toBe('Third title');
    const { rows } = await stepped.other.query<{
      details: { from: { title: string }; to: { title: string } };
    }>(`SELECT details FROM change_log WHERE action = 'document.corrected' AND entity_id = $1`, [doc.id]);
    expect(rows.map((r) => [r.details.from.title, r.details.to.title])).toEqual([
      ['Second title', 'Third title'],
    ]);
  });
});
