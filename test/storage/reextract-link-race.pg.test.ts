// Re-extraction racing linking on PostgreSQL (TESSERA_TEST_PG_URL; a database of the test's own, dropped
// after). Several stores open one database, as separate processes would: a worker storing reports without
// linking, a linker (`linkPending`, the linking job), a server storing copies of stored reports with
// linking, and two re-extractors changing the claims of the very reports being linked. Over several rounds
// nothing may fail (a deadlock, 40P01, was possible: re-extraction locked its report's row before the
// linking lock, while a linker holding that lock signed the report or a copy of it, whose foreign key
// waits on that row), and the store must end consistent: every report signed, every member of a fact an
// existing claim of the report it names, no claim in two facts, each fact's counts its members', every
// claim that can be linked linked (those re-extraction added and those of the facts it dissolved), the
// claims of each report those of its last re-extraction, and the reports' summaries their claims'.
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { Claim } from '../../src/domain/claim.ts';
import { extract, EXTRACTOR_VERSION } from '../../src/pipeline/extract.ts';
import { linker } from '../../src/services/link.service.ts';
import { openDatabase } from '../../src/storage/drivers/postgres.ts';
import type { Repository } from '../../src/storage/repository.ts';
import { createTestDatabase } from './drivers.ts';
import { newDoc } from './repository.contract.ts';

const adminUrl = loadConfig().testPgUrl;

const ROUNDS = 5;
/** Reports stored unlinked at the start of each round, then linked and re-extracted at once. */
const PER_ROUND = 24;
/** Copies of earlier reports stored with linking during each round; their originals are re-extracted. */
const COPIES = 6;
/** Reports stored unlinked during each round, while the linker runs. */
const LATE = 8;

const values = [120, 340, 560, 780];
const places = ['Tajikistan', 'Kazakhstan', 'Uzbekistan', 'Kyrgyzstan'];
// Three counts a report, under keys many reports share, so that linking and re-extraction touch the same facts.
const report = (i: number) =>
  `Bulletin ${i} on returns. About ${values[i % 4]} children from ${places[i % 4]} were brought home from ` +
  `camps in Iraq in 2019, officials said. Another ${values[(i + 1) % 4]} women from ${places[(i + 2) % 4]} ` +
  `returned from Syria in 2020, according to the ministry. A further ${values[(i + 2) % 4]! + i} children ` +
  `from ${places[(i + 1) % 4]} remain in camps in Syria, the agency reported in its note number ${i}. ` +
  `A new video, "Dawn Over the River", was published by the group in June 2020.`;

const item = (text: string) => {
  const { claims, releases } = extract(text, { lang: 'en', published: null });
  return { doc: newDoc(text), extraction: { extractorVersion: EXTRACTOR_VERSION, claims, releases } };
};

/**
 * What the r-th re-extraction of a report reads: each round leaves out another of its counts, and every
 * other round its release.
 */
function reading(text: string, round: number) {
  const read = extract(text, { lang: 'en', published: null });
  const all = read.claims;
  const claims: Claim[] = all.length > 1 ? all.filter((_, k) => k !== round % all.length) : all;
  return {
    extractorVersion: `${EXTRACTOR_VERSION}+race${round}`,
    claims,
    releases: round % 2 ? [] : read.releases,
    lang: 'en',
    codes: [],
  };
}

const spans = (claims: readonly Pick<Claim, 'span'>[]) =>
  claims.map((c) => `${c.span.start}-${c.span.end}`).sort();

/** Runs `work` over `items`, `lanes` at a time. */
async function inLanes<T>(items: readonly T[], lanes: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

describe.skipIf(!adminUrl)('re-extraction racing linking (postgres)', () => {
  let database: { url: string; drop: () => Promise<void> } | undefined;
  const repos: Repository[] = [];
  let client: pg.Client | undefined;
  afterEach(async () => {
    await client?.end().catch(() => {});
    for (const r of repos.splice(0)) await r.close().catch(() => {});
    await database?.drop();
  });

  it('re-extracts and links the same reports at once, round after round, without error and consistently', async () => {
    database = await createTestDatabase(adminUrl!);
    const open = async () => {
      const { repo } = await openDatabase(database!.url, linker);
      repos.push(repo);
      return repo;
    };
    const worker = await open();
    const linkJob = await open();
    const reextractors = [await open(), await open()];
    const analyst = await open();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const query = async <R extends pg.QueryResultRow>(text: string) => (await client!.query<R>(text)).rows;

    let serial = 0;
    const texts = new Map<number, string>();
    /** The claims each re-extracted report must hold: its last reading's. */
    const expected = new Map<number, { version: string; spans: string[]; releases: number }>();
    const errors: string[] = [];
    /** Claims an analyst confirmed: they stay, confirmed, whatever re-extraction reads after. */
    const confirmed = new Set<number>();
    const confirmedReleases = new Set<number>();
    // The server's error (Drizzle wraps it, with the whole statement) and its SQLSTATE.
    const failing = (what: string) => (e: unknown) => {
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      const message = cause?.message ?? (e instanceof Error ? e.message : String(e));
      errors.push(`${what}: ${cause?.code ?? ''} ${message.split('\n')[0]!.slice(0, 200)}`);
    };
    const storeUnlinked = async (n: number) => {
      const items = Array.from({ length: n }, () => item(report(serial++)));
      const stored = await worker.storeDocuments(items, 'worker', { link: false });
      return stored.map((o, k) => {
        texts.set(o.document.id, items[k]!.doc.text);
        return o.document.id;
      });
    };

    for (let round = 0; round < ROUNDS; round++) {
      const fresh = await storeUnlinked(PER_ROUND);
      // Earlier reports copied (syndicated) this round: signing a copy checks its original's row.
      const earlier = [...texts.keys()].filter((id) => !fresh.includes(id));
      const originals = earlier.filter((_, k) => k % 5 === round % 5).slice(0, COPIES);
      const targets = [...fresh, ...originals];
      const lanes = [0, 1].map((lane) =>
        // Each report is re-extracted by one process a round, in an order of its own (reversed in one).
        targets.filter((_, k) => k % 2 === lane).sort((a, b) => (lane ? b - a : a - b)),
      );
      await Promise.all([
        (async () => {
          // The linking job, then another for what the worker stored meanwhile.
          await linkJob.linkPending();
          await linkJob.linkPending();
        })().catch(failing('linking')),
        ...lanes.map((ids, lane) =>
          inLanes(ids, 2, async (id) => {
            const input = reading(texts.get(id)!, round);
            await reextractors[lane]!.replaceExtraction(id, input, 'reextract').then(
              () =>
                expected.set(id, {
                  version: input.extractorVersion,
                  spans: spans(input.claims),
                  releases: input.releases.length,
                }),
              failing(`re-extracting ${id}`),
            );
          }),
        ),
        // An analyst at work on the same reports: a new publication date (their undated claims' facts
        // are linked again) on some, a claim confirmed on others (re-extraction may be deleting it).
        inLanes(
          targets.filter((_, k) => k % 3 !== 2),
          1,
          async (id) => {
            if (id % 2) {
              const published = `202${round}-0${(id % 9) + 1}-15`;
              await analyst
                .correctDocument(id, { edits: { published }, actor: 'analyst' })
                .catch(failing(`correcting ${id}`));
              return;
            }
            // The claim this round's reading leaves out, which re-extraction deletes unless confirmed first.
            const all = extract(texts.get(id)!, { lang: 'en', published: null }).claims;
            const left = all[round % all.length]!.span.start;
            const [claim] = await query<{ id: number }>(
              `SELECT id FROM claims WHERE document_id = ${id} AND span_start = ${left}`,
            );
            if (!claim) return;
            await analyst.reviewClaim(claim.id, { state: 'confirmed', actor: 'analyst' }).then(
              (record) => {
                if (record?.review.state === 'confirmed') confirmed.add(claim.id);
                else errors.push(`claim ${claim.id} reviewed, then not found confirmed`);
              },
              (e: unknown) => {
                // Deleted by a re-extraction before the review: refused, nothing written.
                if ((e as { code?: string }).code !== 'not_found') failing(`reviewing ${claim.id}`)(e);
              },
            );
            // Its release, which re-extraction deletes every other round unless confirmed first.
            const [release] = await query<{ id: number }>(
              `SELECT id FROM releases WHERE document_id = ${id}`,
            );
            if (!release) return;
            await analyst.reviewRelease(release.id, { state: 'confirmed', actor: 'analyst' }).then(
              (record) => {
                if (record?.review.state === 'confirmed') confirmedReleases.add(release.id);
                else errors.push(`release ${release.id} reviewed, then not found confirmed`);
              },
              (e: unknown) => {
                if ((e as { code?: string }).code !== 'not_found')
                  failing(`reviewing release ${release.id}`)(e);
              },
            );
          },
        ),
        (async () => {
          for (const id of originals) {
            const copy = item(`${texts.get(id)!} Posted again by a mirror.`);
            const [stored] = await worker.storeDocuments([copy], 'server');
            texts.set(stored!.document.id, copy.doc.text);
          }
          await storeUnlinked(LATE);
        })().catch(failing('storing')),
      ]);
      expect(errors).toEqual([]);
    }
    await linkJob.linkPending();

    // Every report signed; the copies found as copies.
    expect(
      await query(`SELECT id FROM documents d WHERE NOT EXISTS (
      SELECT 1 FROM document_signatures s WHERE s.document_id = d.id)`),
    ).toEqual([]);
    const [copies] = await query<{ n: number }>(
      'SELECT count(*)::int AS n FROM document_signatures WHERE copy_of IS NOT NULL',
    );
    expect(copies!.n).toBeGreaterThan(0);
    // Each member an existing claim of the report it names, each claim in one fact at most.
    expect(
      await query(`SELECT fc.claim_id FROM fact_claims fc LEFT JOIN claims c ON c.id = fc.claim_id
      WHERE c.id IS NULL OR c.document_id IS DISTINCT FROM fc.document_id`),
    ).toEqual([]);
    expect(await query('SELECT claim_id FROM fact_claims GROUP BY claim_id HAVING count(*) > 1')).toEqual([]);
    // Each fact's counts are its members', and no fact is left without members.
    expect(
      await query(`SELECT f.id, f.claim_count, f.document_count, m.claims, m.documents FROM facts f
      LEFT JOIN (SELECT fact_id, count(*)::int AS claims, count(DISTINCT document_id)::int AS documents
        FROM fact_claims GROUP BY fact_id) m ON m.fact_id = f.id
      WHERE m.claims IS NULL OR m.claims <> f.claim_count OR m.documents <> f.document_count`),
    ).toEqual([]);
    // Every claim that can be linked is: linking every report again links nothing more.
    const [linked] = await query<{ n: number }>('SELECT count(*)::int AS n FROM fact_claims');
    expect(linked!.n).toBeGreaterThan(0);
    expect(await worker.linkDocuments([...texts.keys()])).toEqual({ linked: 0 });
    // Each re-extracted report holds the claims of its last reading, read by it, and besides them only
    // claims an analyst confirmed; every claim confirmed is there, confirmed.
    const rows = await query<{
      id: number;
      document_id: number;
      version: string;
      span: string;
      review: string;
    }>(
      `SELECT id, document_id, extractor_version AS version, span_start || '-' || span_end AS span, review
       FROM claims ORDER BY id`,
    );
    for (const [id, want] of expected) {
      const mine = rows.filter((r) => r.document_id === id);
      const read = mine.filter((r) => want.spans.includes(r.span));
      expect({
        id,
        spans: read.map((r) => r.span).sort(),
        versions: [...new Set(read.map((r) => r.version))],
      }).toEqual({ id, spans: want.spans, versions: [want.version] });
      expect(mine.filter((r) => !want.spans.includes(r.span) && !confirmed.has(r.id))).toEqual([]);
    }
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect([...confirmed].filter((id) => byId.get(id)?.review !== 'confirmed')).toEqual([]);
    // Likewise releases: those of the last reading, besides them only confirmed ones, all of those kept.
    const releaseRows = await query<{ id: number; document_id: number; review: string }>(
      'SELECT id, document_id, review FROM releases',
    );
    for (const [id, want] of expected) {
      const mine = releaseRows.filter((r) => r.document_id === id);
      expect({ id, n: mine.filter((r) => !confirmedReleases.has(r.id)).length }).toEqual({
        id,
        n: mine.some((r) => confirmedReleases.has(r.id)) ? 0 : want.releases,
      });
    }
    const releaseById = new Map(releaseRows.map((r) => [r.id, r]));
    expect([...confirmedReleases].filter((id) => releaseById.get(id)?.review !== 'confirmed')).toEqual([]);
    // Each claim's effective date is its date, else its report's publication date as corrected last.
    const dated = await query<{
      id: number;
      date: string | null;
      published: string | null;
      effective: string | null;
    }>(
      `SELECT c.id, c.date, d.published, c.effective_date AS effective FROM claims c
       JOIN documents d ON d.id = c.document_id`,
    );
    expect(dated.filter((c) => c.effective !== linker.effectiveDate(c))).toEqual([]);
    // The reports' summaries are their claims' aggregates.
    for (const [table, view, columns] of [
      [
        'report_summaries',
        'report_summaries_of_claims',
        'document_id, population, status, affiliation, claims, unreviewed',
      ],
      [
        'report_questions',
        'report_questions_of_claims',
        'document_id, population, origin_set, status, claims',
      ],
    ] as const) {
      expect(
        await query(`(SELECT ${columns} FROM ${table} EXCEPT ALL SELECT ${columns} FROM ${view})
        UNION ALL (SELECT ${columns} FROM ${view} EXCEPT ALL SELECT ${columns} FROM ${table})`),
      ).toEqual([]);
    }
  }, 60_000);
});
