// The storage contract for the reports' summaries (migration 0023) on both drivers: PGlite always,
// PostgreSQL when TESSERA_TEST_PG_URL names a server (a database of its own, dropped after). Triggers on
// claims keep report_summaries, report_places and report_questions equal to what the claims add up to,
// computed here from the claims themselves, after storing, reviews, grades, re-extraction and deletions;
// the overview's counts and the search's facets read them.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../src/domain/claim.ts';
import type { Repository } from '../../src/storage/repository.ts';
import { rowsOf } from '../../src/storage/rows.ts';
import type { Db } from '../../src/storage/sql.repository.ts';
import { contractDatabases } from './drivers.ts';
import { claimIn, newDoc } from './repository.contract.ts';

// Sentences written for this test.
const TEXT_A =
  'Officials said 140 children from Kazakhstan returned from Syria. Another 35 women from Kazakhstan ' +
  'and Uzbekistan remain in camps in Syria. Some families were said to be in Iraq.';
const TEXT_B = 'About 20 children from Kyrgyzstan and 12 men from Kazakhstan were brought back from Iraq.';
const TEXT_C =
  'A ministry counted 300 people from Central Asia in Syrian camps, 60 of them children from Tajikistan.';

function claimsOfA(): Claim[] {
  return [
    claimIn(TEXT_A, '140 children from Kazakhstan', {
      origin: ['KZ'],
      status: 'returned',
      location: ['SY'],
      affiliation: null,
    }),
    claimIn(TEXT_A, '35 women from Kazakhstan and Uzbekistan', {
      value: { min: 35, max: 35 },
      population: 'women',
      origin: ['KZ', 'UZ'],
      status: 'present',
      location: ['SY'],
    }),
    claimIn(TEXT_A, 'Some families', {
      value: { min: null, max: null },
      qualifier: 'vague',
      population: 'families',
      origin: null,
      status: 'present',
      location: ['IQ'],
      affiliation: null,
    }),
  ];
}

function claimsOfB(): Claim[] {
  return [
    claimIn(TEXT_B, '20 children from Kyrgyzstan', {
      value: { min: 20, max: 20 },
      origin: ['KG'],
      status: 'returned',
      location: ['IQ'],
      affiliation: null,
    }),
    claimIn(TEXT_B, '12 men from Kazakhstan', {
      value: { min: 12, max: 12 },
      population: 'men',
      origin: ['KZ'],
      status: 'returned',
      location: ['IQ'],
    }),
  ];
}

function claimsOfC(): Claim[] {
  return [
    claimIn(TEXT_C, '300 people from Central Asia', {
      value: { min: 300, max: 300 },
      population: 'people',
      origin: ['region:central_asia'],
      status: 'present',
      location: ['SY'],
    }),
    claimIn(TEXT_C, '60 of them children from Tajikistan', {
      value: { min: 60, max: 60 },
      origin: ['TJ'],
      status: 'present',
      location: ['SY', 'SY'],
      affiliation: null,
    }),
  ];
}

interface ClaimRow {
  document_id: number;
  review: string;
  population: string;
  status: string;
  affiliation: string | null;
  origin: string[] | null;
  location: string[];
  origin_set: string[] | null;
  qualifier: string;
  value_min: number | string | null;
  value_max: number | string | null;
}

const num = (v: number | string | null) => (v === null ? null : Number(v));
const key = (...parts: unknown[]) => JSON.stringify(parts);
const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();

/** The three summaries as the claims add them up, computed here claim by claim. */
function expectedSummaries(claims: ClaimRow[]) {
  const kinds = new Map<string, { claims: number; unreviewed: number }>();
  const places = new Map<
    string,
    { origin: number; originMax: number | null; location: number; locationMax: number | null }
  >();
  const questions = new Map<string, number>();
  const max = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));
  for (const c of claims) {
    if (c.review === 'rejected') continue;
    const k = key(c.document_id, c.population, c.status, c.affiliation);
    const kind = kinds.get(k) ?? { claims: 0, unreviewed: 0 };
    kind.claims++;
    if (c.review === 'unreviewed') kind.unreviewed++;
    kinds.set(k, kind);
    const children = c.population === 'children' ? (num(c.value_max) ?? num(c.value_min)) : null;
    for (const [codes, asOrigin] of [
      [c.origin ?? [], true],
      [c.location, false],
    ] as const) {
      for (const code of codes) {
        const p = places.get(key(c.document_id, code)) ?? {
          origin: 0,
          originMax: null,
          location: 0,
          locationMax: null,
        };
        if (asOrigin) {
          p.origin++;
          p.originMax = max(p.originMax, children);
        } else {
          p.location++;
          p.locationMax = max(p.locationMax, children);
        }
        places.set(key(c.document_id, code), p);
      }
    }
    if (c.qualifier !== 'vague' && c.origin_set !== null && (c.value_min !== null || c.value_max !== null)) {
      const q = key(c.document_id, c.population, c.origin_set, c.status);
      questions.set(q, (questions.get(q) ?? 0) + 1);
    }
  }
  return {
    summaries: sorted(
      [...kinds].map(([k, v]) => {
        const [documentId, population, status, affiliation] = JSON.parse(k) as unknown[];
        return { documentId, population, status, affiliation, ...v };
      }),
    ),
    places: sorted(
      [...places].map(([k, v]) => {
        const [documentId, code] = JSON.parse(k) as unknown[];
        return { documentId, code, ...v };
      }),
    ),
    questions: sorted(
      [...questions].map(([k, n]) => {
        const [documentId, population, originSet, status] = JSON.parse(k) as unknown[];
        return { documentId, population, originSet, status, claims: n };
      }),
    ),
  };
}

async function storedSummaries(db: Db) {
  const rows = async (query: ReturnType<typeof sql>) =>
    rowsOf<Record<string, unknown>>(await db.execute(query));
  return {
    summaries: sorted(
      (await rows(sql`SELECT * FROM report_summaries`)).map((r) => ({
        documentId: Number(r.document_id),
        population: r.population,
        status: r.status,
        affiliation: r.affiliation,
        claims: Number(r.claims),
        unreviewed: Number(r.unreviewed),
      })),
    ),
    places: sorted(
      (await rows(sql`SELECT * FROM report_places`)).map((r) => ({
        documentId: Number(r.document_id),
        code: r.code,
        origin: Number(r.origin_claims),
        originMax: num(r.origin_children_max as number | null),
        location: Number(r.location_claims),
        locationMax: num(r.location_children_max as number | null),
      })),
    ),
    questions: sorted(
      (await rows(sql`SELECT * FROM report_questions`)).map((r) => ({
        documentId: Number(r.document_id),
        population: r.population,
        originSet: r.origin_set,
        status: r.status,
        claims: Number(r.claims),
      })),
    ),
  };
}

for (const [driver, open] of contractDatabases()) {
  describe(`report summaries contract (${driver})`, () => {
    let repo: Repository;
    let db: Db;
    let cleanup: (() => Promise<void>) | undefined;
    const ids: Record<'a' | 'b' | 'c', number> = { a: 0, b: 0, c: 0 };

    const claims = async () =>
      rowsOf<ClaimRow>(
        await db.execute(sql`SELECT document_id, review, population, status, affiliation, origin, location,
          origin_set, qualifier, value_min, value_max FROM claims`),
      ).map((c) => ({ ...c, document_id: Number(c.document_id) }));
    /** The summaries as stored equal the claims' aggregate; returns the claims for further checks. */
    const expectInStep = async () => {
      const now = await claims();
      expect(await storedSummaries(db)).toEqual(expectedSummaries(now));
      return now;
    };
    const claimIdsOf = async (documentId: number) =>
      (
        await repo.listClaims({ documentId, review: ['unreviewed', 'confirmed', 'corrected', 'rejected'] })
      ).map((c) => c.id);

    beforeAll(async () => {
      ({ repo, db, cleanup } = await open());
    });
    afterAll(async () => {
      await repo?.close();
      await cleanup?.();
    });

    it('summarises the reports stored in one statement, by kind, place and question', async () => {
      const stored = await repo.storeDocuments(
        [
          { doc: newDoc(TEXT_A), extraction: { extractorVersion: 't', claims: claimsOfA(), releases: [] } },
          { doc: newDoc(TEXT_B), extraction: { extractorVersion: 't', claims: claimsOfB(), releases: [] } },
          { doc: newDoc(TEXT_C), extraction: { extractorVersion: 't', claims: claimsOfC(), releases: [] } },
        ],
        'tester',
      );
      const [a, b, c] = stored.map((s) => s.document.id);
      Object.assign(ids, { a, b, c });
      await expectInStep();
      // A place named twice by one claim counts twice, as the claims' own count did.
      const syria = (await repo.countByPlace('location')).find((p) => p.code === 'SY');
      expect(syria).toEqual({ code: 'SY', claims: 5, documents: 2, childrenMax: 140 });
      const kazakhstan = (await repo.countByPlace('origin')).find((p) => p.code === 'KZ');
      expect(kazakhstan).toEqual({ code: 'KZ', claims: 3, documents: 2, childrenMax: 140 });
      // Regions are left out of the counts by place.
      expect((await repo.countByPlace('origin')).map((p) => p.code)).not.toContain('region:central_asia');
      expect(await repo.countByReview()).toEqual({ claims: 7, unreviewed: 7, releases: 0 });
      const questions = await repo.listQuestions({});
      expect(questions.total).toBe(6);
      // Equally reported: by population, then set of origins.
      expect(questions.items[0]).toEqual({
        population: 'children',
        origin: ['KG'],
        status: 'returned',
        claims: 1,
        documents: 1,
      });
      // The vague claim answers no question.
      expect(questions.items.some((q) => q.population === 'families')).toBe(false);
    });

    it('counts the search facets from the summaries as the claims would', async () => {
      const page = { limit: 10, offset: 0, claims: 50, facetValues: 30 };
      const all = await repo.searchReports({ documentIds: [ids.a, ids.b, ids.c] }, page);
      const facet = (f: keyof typeof all.facets) =>
        Object.fromEntries(all.facets[f].map((v) => [v.value, v.count]));
      expect(facet('country')).toEqual({ KZ: 2, UZ: 1, SY: 2, IQ: 2, KG: 1, TJ: 1 });
      expect(facet('population')).toEqual({ children: 3, women: 1, families: 1, men: 1, people: 1 });
      expect(facet('status')).toEqual({ returned: 2, present: 2 });
      expect(facet('group')).toEqual({ isis: 3 });
      expect(all.claims.total).toBe(7);
      expect(all.items.map((i) => [i.document.id, i.claimCount])).toEqual([
        [ids.a, 3],
        [ids.b, 2],
        [ids.c, 2],
      ]);
      // Two claim conditions: each facet counts reports with one claim meeting the others.
      const narrowed = await repo.searchReports(
        { documentIds: [ids.a, ids.b, ids.c], population: ['children'], status: ['present'] },
        page,
      );
      expect(narrowed.total).toBe(1);
      expect(narrowed.facets.population).toEqual([
        { value: 'children', count: 1 },
        { value: 'families', count: 1 },
        { value: 'people', count: 1 },
        { value: 'women', count: 1 },
      ]);
      expect(narrowed.facets.status).toEqual([
        { value: 'returned', count: 2 },
        { value: 'present', count: 1 },
      ]);
      expect(narrowed.claims.total).toBe(1);
      // A country asked for: reports whose claims name it, and only those claims.
      const kz = await repo.searchReports({ documentIds: [ids.a, ids.b, ids.c], country: ['KZ'] }, page);
      expect(kz.total).toBe(2);
      expect(kz.claims.total).toBe(3);
      expect(await repo.countDocuments({ country: 'KZ' })).toBe(2);
      expect(await repo.countDocuments({ country: 'region:central_asia' })).toBe(1);
    });

    it('follows reviews and corrections, and leaves grades and effective dates alone', async () => {
      const [children, women] = await claimIdsOf(ids.a);
      await repo.reviewClaim(children!, { state: 'confirmed', actor: 'analyst' });
      await repo.reviewClaim(women!, { state: 'rejected', actor: 'analyst' });
      const [, men] = await claimIdsOf(ids.b);
      await repo.reviewClaim(men!, {
        state: 'corrected',
        actor: 'analyst',
        edits: { population: 'fighters', origin: ['KZ', 'KG'], location: ['SY'] },
      });
      await repo.gradeClaim(children!, 2, 'analyst');
      await expectInStep();
      expect(await repo.countByReview()).toEqual({ claims: 6, unreviewed: 4, releases: 0 });
      expect((await repo.countByPlace('origin')).map((p) => p.code)).not.toContain('UZ');
      // A rejected claim comes back when taken back to unreviewed.
      await repo.reviewClaim(women!, { state: 'unreviewed', actor: 'analyst' });
      await expectInStep();
      expect((await repo.countByPlace('origin')).map((p) => p.code)).toContain('UZ');
    });

    it('follows a re-extraction that keeps, changes, drops and adds claims', async () => {
      const before = await claimIdsOf(ids.c);
      const [people] = claimsOfC();
      const outcome = await repo.replaceExtraction(
        ids.c,
        {
          extractorVersion: 't2',
          lang: 'en',
          codes: ['TJ'],
          releases: [],
          claims: [
            { ...people!, status: 'returned', location: ['IQ'] },
            claimIn(TEXT_C, 'A ministry counted 300', {
              value: { min: 300, max: 300 },
              population: 'people',
              origin: ['UZ', 'KG'],
              status: 'detained',
              location: ['SY'],
              affiliation: null,
            }),
          ],
        },
        'tester',
      );
      expect(outcome.removed).toBeGreaterThan(0);
      expect(await claimIdsOf(ids.c)).not.toEqual(before);
      const now = await expectInStep();
      expect(
        now
          .filter((c) => c.document_id === ids.c)
          .map((c) => c.status)
          .sort(),
      ).toEqual(['detained', 'returned']);
      expect((await repo.countByPlace('origin')).map((p) => p.code)).not.toContain('TJ');
    });

    it('summarises a statement over hundreds of reports at once (one lock for all of them)', async () => {
      const text = 'In all, 9 children from Kazakhstan came back from Syria.';
      const many = Array.from({ length: 300 }, () => ({
        doc: newDoc(text),
        extraction: {
          extractorVersion: 't',
          claims: [claimIn(text, '9 children from Kazakhstan', { value: { min: 9, max: 9 } })],
          releases: [],
        },
      }));
      const stored = await repo.storeDocuments(many, 'tester', { link: false });
      const documentIds = stored.map((s) => s.document.id);
      await expectInStep();
      await db.execute(
        sql`UPDATE claims SET review = 'confirmed' WHERE document_id = ANY(${`{${documentIds.join(',')}}`}::int[])`,
      );
      await expectInStep();
      await db.execute(sql`DELETE FROM documents WHERE id = ANY(${`{${documentIds.join(',')}}`}::int[])`);
      await expectInStep();
    });

    it('follows deletions: a claim on its own, and a report with all its claims', async () => {
      const [, kyrgyz] = await claimIdsOf(ids.c);
      await db.execute(sql`DELETE FROM claims WHERE id = ${kyrgyz!}`);
      await expectInStep();
      await db.execute(sql`DELETE FROM documents WHERE id = ${ids.a}`);
      const now = await expectInStep();
      expect(now.some((c) => c.document_id === ids.a)).toBe(false);
      const left = rowsOf<{ n: number }>(
        await db.execute(sql`SELECT (SELECT count(*) FROM report_summaries WHERE document_id = ${ids.a})
          + (SELECT count(*) FROM report_places WHERE document_id = ${ids.a})
          + (SELECT count(*) FROM report_questions WHERE document_id = ${ids.a}) AS n`),
      );
      expect(Number(left[0]!.n)).toBe(0);
      expect(await repo.countByReview()).toEqual({ claims: 3, unreviewed: 2, releases: 0 });
    });

    it('adds claims inserted into reports that have claims that count, and into reports with none', async () => {
      const columns = rowsOf<{ list: string }>(
        await db.execute(sql`SELECT string_agg(quote_ident(column_name), ', ') AS list
          FROM information_schema.columns
          WHERE table_schema = current_schema() AND table_name = 'claims' AND column_name <> 'id'`),
      )[0]!.list;
      const copyClaimsOf = (documentIds: number[], review: string | null) =>
        db.execute(sql`INSERT INTO claims (${sql.raw(columns)})
          SELECT ${sql.raw(review === null ? columns : columns.replace(/\breview\b/, `'${review}'`))}
          FROM claims WHERE document_id = ANY(${`{${documentIds.join(',')}}`}::int[])`);
      // Report b keeps claims that count: its summary is written again with the copies added.
      await copyClaimsOf([ids.b], null);
      const now = await expectInStep();
      expect(now.filter((c) => c.document_id === ids.b)).toHaveLength(4);
      // Every claim of report c rejected, it has no summary left; claims added to it then are all it counts.
      await db.execute(sql`UPDATE claims SET review = 'rejected' WHERE document_id = ${ids.c}`);
      await expectInStep();
      await copyClaimsOf([ids.c], 'unreviewed');
      await expectInStep();
      // One statement adding to both kinds of report at once.
      await db.execute(sql`UPDATE claims SET review = 'rejected' WHERE document_id = ${ids.c}`);
      await copyClaimsOf([ids.b, ids.c], 'confirmed');
      const after = await expectInStep();
      expect(after.filter((c) => c.document_id === ids.c && c.review === 'confirmed').length).toBeGreaterThan(
        0,
      );
    });
  });
}
