// The storage contract: every driver must pass these cases against one shared store per test file.
import { readFile } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim, Release } from '../../src/domain/claim.ts';
import type {
  ExtractionToStore,
  FactFilter,
  NewDocument,
  Repository,
  StoredFact,
} from '../../src/storage/repository.ts';
import type { Db } from '../../src/storage/sql.repository.ts';
import { groupByRelease } from '../../src/analysis/release-key.ts';
import { linker } from '../../src/services/link.service.ts';
import { conceptTerms } from '../../src/services/search.service.ts';
import { linkUnsigned } from '../../src/storage/linking.sql.ts';
import { describeWatchContract } from './watch.contract.ts';

export interface OpenedStore {
  repo: Repository;
  db: Db;
  cleanup?: () => Promise<void>;
}

let counter = 0;
/** A document unique to this test run, so cases sharing one store do not see each other's bytes. */
export function newDoc(text: string, over: Partial<NewDocument> = {}): NewDocument {
  const tag = `${Date.now()}-${process.pid}-${++counter}`;
  const bytes = new TextEncoder().encode(`${text}\n<!-- ${tag} -->`);
  return {
    name: `doc-${tag}`,
    sha256: `sha-${tag}`.padEnd(64, '0'),
    size: bytes.length,
    mediaType: 'text/plain',
    encoding: 'utf-8',
    bytes,
    text,
    lang: 'en',
    url: null,
    outlet: null,
    title: null,
    published: null,
    collectedAt: new Date('2024-01-02T03:04:05Z'),
    collectedHow: 'file',
    collectedFrom: `/reports/${tag}.txt`,
    collectedBy: 'tester',
    codes: [],
    ...over,
  };
}

/** A claim whose quote and span are found in the text. */
export function claimIn(text: string, quote: string, over: Partial<Claim> = {}): Claim {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  return {
    value: { min: 140, max: 140 },
    qualifier: 'approx',
    population: 'children',
    origin: ['KG'],
    status: 'joined',
    location: ['IQ', 'SY'],
    affiliation: 'isis',
    age: { min: null, max: null },
    source: null,
    date: null,
    quote,
    span: { start, end: start + quote.length },
    // The store reads every claim back with the count it is part of, none by default.
    partOf: null,
    ...over,
  };
}

export function releaseIn(text: string, quote: string, over: Partial<Release> = {}): Release {
  const start = text.indexOf(quote);
  return {
    media: 'video',
    title: 'Race Towards Good',
    date: '2014-11',
    duration_min: 15,
    spoken: ['kk', 'ru'],
    subtitles: ['en'],
    producer: null,
    quote,
    span: { start, end: start + quote.length },
    ...over,
  };
}

const extraction = (claims: Claim[], releases: Release[] = [], version = 'test-1'): ExtractionToStore => ({
  extractorVersion: version,
  claims,
  releases,
});

export function describeRepositoryContract(driver: string, open: () => Promise<OpenedStore>): void {
  describe(`repository contract (${driver})`, () => {
    let store: OpenedStore;
    let repo: Repository;
    beforeAll(async () => {
      store = await open();
      repo = store.repo;
    });
    afterAll(async () => {
      await store?.repo.close();
      await store?.cleanup?.();
    });

    describeWatchContract(() => repo);

    it("keeps an answer's bytes under a key, replaced by the next kept there, and does not log a change", async () => {
      const key = `overview|test|${Math.random()}`;
      expect(await repo.readKeptAnswer(key)).toBeNull();
      const before = await repo.latestChangeId();
      const body = new Uint8Array([0, 1, 2, 255, 10, 123]);
      await repo.keepAnswer(key, { changeId: 7, build: 'b1', body });
      const kept = await repo.readKeptAnswer(key);
      expect(kept && { ...kept, body: [...kept.body] }).toEqual({
        changeId: 7,
        build: 'b1',
        body: [...body],
      });
      await repo.keepAnswer(key, { changeId: 8, build: 'b2', body: Buffer.from('{"a":1}') });
      const again = await repo.readKeptAnswer(key);
      expect(again && { ...again, body: Buffer.from(again.body).toString() }).toEqual({
        changeId: 8,
        build: 'b2',
        body: '{"a":1}',
      });
      expect(await repo.latestChangeId()).toBe(before);
    });

    it('groups the releases registry in SQL as groupByRelease groups them, newest first, and pages, filters and keys it', async () => {
      // A number of this run in every title keeps other cases' releases out of these groups (digits are
      // kept by the cross-script key), and a word of this run in every quote finds them all.
      const n = String(1000 + Math.floor(Math.random() * 9000));
      const word = `qzx${n}`;
      const titled = (title: string | null, media: Release['media'] = 'video') => ({ title, media });
      // In order of storing (oldest first): two Latin spellings sharing a key ("Good"/"God"), the same in
      // Cyrillic and Arabic script, a copy of the first spelling stored last (its spelling becomes the
      // newest), a magazine with the same title (another media), an untitled release, one rejected.
      const specs = [
        titled(`Race Towards Good ${n}`),
        titled(`Race Towards God ${n}`),
        titled(`Гонка к добру ${n}`),
        titled(`Istok ${n}`, 'magazine'),
        titled(`Исток ${n}`, 'magazine'),
        titled(`إستوك ${n}`, 'magazine'),
        titled(`ISTOK ${n}`, 'magazine'),
        titled(`Istok ${n}`, 'video'),
        titled(null),
        titled(`Race Towards God ${n}`),
        titled(`Рейс Товардс Гуд ${n}`),
        titled(`Рейс Товардс Год ${n}`),
        titled(`Race Towards Good ${n}`),
        // Two more spellings of the magazine's key, newer than the others in their scripts: they rank first
        // in Latin and Cyrillic and take the Arabic title with them (groupByRelease's order-dependent rule).
        titled(`Istak ${n}`, 'magazine'),
        titled(`Истук ${n}`, 'magazine'),
        titled(`Rejected ${n}`),
      ];
      const ids: number[] = [];
      const documentOf = new Map<number, number>();
      for (const [i, spec] of specs.entries()) {
        const text = `Release ${i} of ${word}: "${spec.title ?? 'untitled'}".`;
        const out = await repo.storeDocument(
          newDoc(text),
          extraction([], [releaseIn(text, text, { ...spec, producer: i % 2 ? `Al-Hayat ${n}` : null })]),
          'tester',
        );
        if (out.status !== 'stored') throw new Error('not stored');
        ids.push(out.releaseIds[0]!);
        documentOf.set(out.releaseIds[0]!, out.document.id);
      }
      await repo.reviewRelease(ids[ids.length - 1]!, { state: 'rejected', actor: 'analyst' });

      const live = (await repo.listReleases({ documentIds: undefined, limit: 10_000, live: true }))
        .filter((r) => ids.includes(r.id))
        .sort((a, b) => b.id - a.id);
      const expected = groupByRelease(
        live,
        (r) => r.release.title,
        (r) => r.release.media,
      ).map((g) => g.map((r) => r.id));
      const all = await repo.listReleaseGroups({ needle: word }, { limit: 100, offset: 0, members: 100 });
      expect(all.items.map((g) => g.releaseIds)).toEqual(expected);
      expect(all.items.map((g) => g.releases)).toEqual(expected.map((g) => g.length));
      expect(all.items.map((g) => [...g.documentIds].sort((a, b) => a - b))).toEqual(
        expected.map((g) => g.map((id) => documentOf.get(id)!).sort((a, b) => a - b)),
      );
      expect(all.total).toBe(expected.length);
      // The Latin and Cyrillic Istok are one magazine, the Arabic title with the newer spellings.
      const group = (id: number) => expected.find((g) => g.includes(id))!;
      expect(group(ids[3]!)).toEqual([ids[6]!, ids[4]!, ids[3]!]);
      expect(group(ids[5]!)).toEqual([ids[14]!, ids[13]!, ids[5]!]);
      const mediaOf = (id: number) => live.find((r) => r.id === id)!.release.media;
      expect(all.facets.media).toEqual(
        expect.arrayContaining([
          { value: 'magazine', count: 2 },
          { value: 'video', count: expected.length - 2 },
        ]),
      );
      expect(all.facets.producer).toEqual([
        { value: `Al-Hayat ${n}`, count: expected.filter((g) => g.some((id) => ids.indexOf(id) % 2)).length },
      ]);

      // An entry read with its newest release only still gives the newest of each spelling, how many
      // releases it holds and every report: ISTOK (newest) and Istok fold alike, Исток is another spelling.
      const newest = await repo.listReleaseGroups({ needle: word }, { limit: 100, offset: 0, members: 1 });
      const istok = newest.items.find((g) => g.releaseIds[0] === ids[6])!;
      expect(istok.releaseIds).toEqual([ids[6]!, ids[4]!]);
      expect(istok.releases).toBe(3);
      expect([...istok.documentIds].sort((a, b) => a - b)).toEqual(
        [ids[3]!, ids[4]!, ids[6]!].map((id) => documentOf.get(id)!).sort((a, b) => a - b),
      );
      expect(newest.items.map((g) => g.releaseIds[0])).toEqual(expected.map((g) => g[0]));

      const second = await repo.listReleaseGroups({ needle: word }, { limit: 2, offset: 2, members: 100 });
      expect(second.items.map((g) => g.releaseIds)).toEqual(expected.slice(2, 4));
      expect(second.total).toBe(expected.length);
      // Found by a title in another script (its key), by the folded producer, by media.
      const byKey = await repo.listReleaseGroups(
        { needle: 'исток', needleKey: 'stk', media: 'magazine', producerFold: `al-hayat ${n}` },
        { limit: 100, offset: 0, members: 100 },
      );
      // Both magazines' keys hold the query's (stk), and each has a release by the producer.
      expect(byKey.items.map((g) => g.releaseIds)).toEqual([group(ids[5]!), group(ids[3]!)]);
      expect(byKey.items.every((g) => g.releaseIds.every((id) => mediaOf(id) === 'magazine'))).toBe(true);

      // Keys written for a store made before migration 0025 when it is opened: equal to those written at storing.
      const keysOf = async () => {
        const keys = await store.db.execute(
          sql`SELECT id, group_key, spelling, title_key, producer_fold, search_fold FROM releases
            WHERE id = ANY(${`{${ids.join(',')}}`}::int[]) ORDER BY id`,
        );
        return (keys as { rows: unknown[] }).rows;
      };
      const written = await keysOf();
      await store.db.execute(
        sql`UPDATE releases SET group_key = NULL, spelling = NULL, title_key = NULL, producer_fold = NULL,
          search_fold = NULL WHERE id = ANY(${`{${ids.join(',')}}`}::int[])`,
      );
      expect(await repo.keyReleases()).toBe(ids.length);
      expect(await keysOf()).toEqual(written);
    });

    it('stores a document with its original bytes, claims with spans, releases, and a log entry', async () => {
      const text =
        'About 140 minors from Kyrgyzstan were sent to camps. The 15-minute video "Race Towards Good".';
      const doc = newDoc(text, {
        outlet: 'Radio Azattyk',
        title: 'Minors sent',
        published: '2015-03',
        codes: ['KG'],
      });
      const claim = claimIn(text, 'About 140 minors from Kyrgyzstan', { source: 'private sources' });
      const release = releaseIn(text, 'The 15-minute video "Race Towards Good"');
      const out = await repo.storeDocument(doc, extraction([claim], [release]), 'tester');
      expect(out.status).toBe('stored');
      if (out.status !== 'stored') return;
      expect(out.claimIds).toHaveLength(1);
      expect(out.releaseIds).toHaveLength(1);
      const id = out.document.id;

      const stored = await repo.getDocument(id);
      expect(stored).toMatchObject({
        name: doc.name,
        sha256: doc.sha256,
        size: doc.size,
        text,
        lang: 'en',
        outlet: 'Radio Azattyk',
        title: 'Minors sent',
        published: '2015-03',
        collectedHow: 'file',
        collectedFrom: doc.collectedFrom,
        collectedBy: 'tester',
        extractorVersion: 'test-1',
        codes: ['KG'],
      });
      expect(stored!.collectedAt.toISOString()).toBe('2024-01-02T03:04:05.000Z');
      expect(Buffer.from((await repo.getDocumentBytes(id))!)).toEqual(Buffer.from(doc.bytes));

      // Bytes that are exactly the text in UTF-8 (most text files) come back byte for byte too.
      const plain = `قال مسؤولون إن ${Date.now()} طفلاً عادوا — “returned” ${process.pid}`;
      const exact = await repo.storeDocument(
        { ...newDoc(plain), bytes: new TextEncoder().encode(plain) },
        extraction([]),
        'tester',
      );
      expect(Buffer.from((await repo.getDocumentBytes(exact.document.id))!).toString('utf8')).toBe(plain);

      const [c] = await repo.listClaims({ documentId: id });
      expect(c!.claim).toEqual(claim);
      expect(c!.extracted).toEqual(claim);
      expect(text.slice(c!.claim.span.start, c!.claim.span.end)).toBe(c!.claim.quote);
      expect(c!.documentName).toBe(doc.name);
      expect(c!.review.state).toBe('unreviewed');
      expect(c!.extractorVersion).toBe('test-1');
      const [r] = await repo.listReleases({ documentId: id });
      expect(r!.release).toEqual(release);

      const log = await repo.listChanges({ documentId: id });
      expect(log).toHaveLength(1);
      expect(log[0]).toMatchObject({
        actor: 'tester',
        action: 'document.stored',
        entity: 'document',
        entityId: id,
      });
      expect(log[0]!.details).toMatchObject({ claimIds: out.claimIds, releaseIds: out.releaseIds });
    });

    it('reads back every field of the claims and releases of a batch as they were given', async () => {
      const first = 'More than 60 boys aged 12 to 17 from Uzbekistan and Kazakhstan, 25 of them orphans.';
      const second = 'A 40-minute nasheed video appeared. Nearly 300 women are held in al-Hol.';
      const whole = claimIn(first, 'More than 60 boys aged 12 to 17 from Uzbekistan and Kazakhstan', {
        value: { min: 61, max: null },
        qualifier: 'more_than',
        population: 'children',
        origin: ['UZ', 'KZ'],
        status: 'present',
        location: ['SY'],
        affiliation: 'al-nusra',
        age: { min: 12, max: 17 },
        source: 'a UNICEF officer',
        date: '2019-03-14',
      });
      const part = claimIn(first, '25 of them orphans', {
        value: { min: 25, max: 25 },
        qualifier: 'exact',
        population: 'children',
        origin: null,
        location: [],
        affiliation: null,
        partOf: 0,
      });
      const held = claimIn(second, 'Nearly 300 women', {
        value: { min: null, max: 300 },
        qualifier: 'less_than',
        population: 'women',
        status: 'detained',
        location: ['SY'],
      });
      const release = releaseIn(second, 'A 40-minute nasheed video', {
        media: 'audio',
        title: null,
        date: '2016-05-01',
        duration_min: 40,
        spoken: ['ar'],
        subtitles: [],
        producer: 'al-Hayat',
      });
      const [a, b] = await repo.storeDocuments(
        [
          { doc: newDoc(first), extraction: extraction([whole, part]) },
          { doc: newDoc(second), extraction: extraction([held], [release]) },
        ],
        'tester',
      );
      if (a?.status !== 'stored' || b?.status !== 'stored') throw new Error('both documents are new');
      const claimsOf = async (id: number) => (await repo.listClaims({ documentId: id })).map((c) => c.claim);
      expect(await claimsOf(a.document.id)).toEqual([whole, part]);
      expect(await claimsOf(b.document.id)).toEqual([held]);
      expect((await repo.listReleases({ documentId: b.document.id })).map((r) => r.release)).toEqual([
        release,
      ]);
      expect((await repo.listReleases({ documentId: a.document.id })).length).toBe(0);
    });

    it('keeps one document for the same bytes stored twice, writing nothing the second time', async () => {
      const text = 'Some 300 Kazakhs fight for IS.';
      const doc = newDoc(text);
      const first = await repo.storeDocument(doc, extraction([claimIn(text, 'Some 300 Kazakhs')]), 'tester');
      const before = await repo.stats();
      const second = await repo.storeDocument(
        { ...doc, name: 'renamed' },
        extraction([claimIn(text, 'Some 300 Kazakhs')]),
        'tester',
      );
      expect(second.status).toBe('already_stored');
      expect(second.document.id).toBe(first.document.id);
      expect(second.document.name).toBe(doc.name);
      expect(await repo.stats()).toEqual(before);
      expect((await repo.findDocumentBySha256(doc.sha256))?.id).toBe(first.document.id);
      expect(await repo.findDocumentBySha256('f'.repeat(64))).toBeNull();
    });

    it('stores a batch in input order: each document whole, duplicates and known bytes reported as stored', async () => {
      const texts = ['Some 40 boys joined.', 'About 12 girls returned.', 'Nearly 90 fighters died.'];
      const docs = texts.map((t) => newDoc(t));
      const known = await repo.storeDocument(newDoc('Already here: 7 orphans.'), extraction([]), 'tester');
      const items = [
        ...docs.map((doc, i) => ({
          doc,
          extraction: extraction([claimIn(texts[i]!, texts[i]!.slice(0, 12))]),
        })),
        { doc: docs[1]!, extraction: extraction([]) },
        { doc: { ...newDoc('x'), sha256: known.document.sha256 }, extraction: extraction([]) },
      ];
      const out = await repo.storeDocuments(items, 'tester');
      expect(out.map((o) => o.status)).toEqual([
        'stored',
        'stored',
        'stored',
        'already_stored',
        'already_stored',
      ]);
      expect(out[3]!.document.id).toBe(out[1]!.document.id);
      expect(out[4]!.document.id).toBe(known.document.id);
      for (const [i, o] of out.slice(0, 3).entries()) {
        expect(o.document.name).toBe(docs[i]!.name);
        const claims = await repo.listClaims({ documentId: o.document.id });
        expect(claims.map((c) => c.claim.quote)).toEqual([texts[i]!.slice(0, 12)]);
        expect(Buffer.from((await repo.getDocumentBytes(o.document.id))!)).toEqual(
          Buffer.from(docs[i]!.bytes),
        );
      }
      const found = await repo.findDocumentsBySha256([docs[0]!.sha256, 'f'.repeat(64)]);
      expect([...found.keys()]).toEqual([docs[0]!.sha256]);
    });

    it('stores nothing of a batch when one of its documents cannot be stored', async () => {
      const good = newDoc('About 25 children left.');
      const badText = 'Over 70 minors returned.';
      const bad = { ...claimIn(badText, 'Over 70 minors'), span: { start: 5, end: 1 } };
      const before = await repo.stats();
      await expect(
        repo.storeDocuments(
          [
            { doc: good, extraction: extraction([]) },
            { doc: newDoc(badText), extraction: extraction([bad]) },
          ],
          'tester',
        ),
      ).rejects.toThrow();
      expect(await repo.findDocumentBySha256(good.sha256)).toBeNull();
      expect({ ...(await repo.stats()), sources: before.sources }).toEqual(before);
    });

    it('writes nothing of a document whose claims cannot be stored (one transaction)', async () => {
      const text = 'More than 600 children from Central Asia.';
      const doc = newDoc(text);
      const bad = { ...claimIn(text, 'More than 600 children'), span: { start: 10, end: 2 } };
      const before = await repo.stats();
      await expect(repo.storeDocument(doc, extraction([bad]), 'tester')).rejects.toThrow();
      expect(await repo.findDocumentBySha256(doc.sha256)).toBeNull();
      const after = await repo.stats();
      expect({ ...after, sources: before.sources }).toEqual(before);
    });

    it('records outlets and attributed sources once however they are spelled', async () => {
      const t1 = 'The ministry said 231 citizens were repatriated.';
      const t2 = 'According to the  Ministry , 231 citizens came back.';
      await repo.storeDocument(
        newDoc(t1, { outlet: 'Kazinform' }),
        extraction([claimIn(t1, '231 citizens', { source: 'the ministry' })]),
        'tester',
      );
      await repo.storeDocument(
        newDoc(t2, { outlet: 'KAZINFORM' }),
        extraction([claimIn(t2, '231 citizens', { source: 'the  Ministry ' })]),
        'tester',
      );
      const outlets = (await repo.listSources('outlet')).filter((s) => s.name.toLowerCase() === 'kazinform');
      expect(outlets).toHaveLength(1);
      const attributed = (await repo.listSources('attributed')).filter((s) =>
        /^the +ministry$/i.test(s.name.trim()),
      );
      expect(attributed).toHaveLength(1);
    });

    it('filters claims by origin, population, status, group and date (claim date, else publication)', async () => {
      const text = '156 children returned to Kazakhstan. 50 fighters from Tajikistan joined the Taliban.';
      const out = await repo.storeDocument(
        newDoc(text, { published: '2019-01-10', outlet: 'Filter Gazette' }),
        extraction([
          claimIn(text, '156 children returned to Kazakhstan', {
            value: { min: 156, max: 156 },
            origin: ['KZ'],
            status: 'returned',
            affiliation: 'isis',
            date: null,
          }),
          claimIn(text, '50 fighters from Tajikistan', {
            value: { min: 50, max: 50 },
            population: 'fighters',
            origin: ['TJ'],
            status: 'joined',
            affiliation: 'taliban',
            date: '2016-05',
          }),
        ]),
        'tester',
      );
      const documentId = out.document.id;
      const values = async (f: Parameters<Repository['listClaims']>[0]) =>
        (await repo.listClaims({ documentId, ...f })).map((c) => c.claim.value.min);
      expect(await values({ origin: 'KZ' })).toEqual([156]);
      expect(await values({ population: 'fighters' })).toEqual([50]);
      expect(await values({ status: 'returned' })).toEqual([156]);
      expect(await values({ affiliation: 'taliban' })).toEqual([50]);
      expect(await values({ since: '2019' })).toEqual([156]);
      expect(await values({ since: '2016-05' })).toEqual([156, 50]);
      expect(await values({ origin: 'KZ', population: 'fighters' })).toEqual([]);
      // The report's language (any of several) and outlet.
      expect(await values({ lang: ['fr', 'en'] })).toEqual([156, 50]);
      expect(await values({ lang: ['fr'] })).toEqual([]);
      expect(await values({ outlet: 'Filter Gazette', status: 'joined' })).toEqual([50]);
      expect(await repo.countClaims({ documentId, outlet: 'Other Gazette' })).toBe(0);
      const [first] = await repo.listClaims({ documentId, limit: 1 });
      expect(await values({ afterId: first!.id })).toEqual([50]);
    });

    it('corrects a document’s metadata: outlet, title, date and language follow everywhere, logged', async () => {
      const text = 'About 70 children remain in the camps near Hasakah, officials said.';
      const out = await repo.storeDocument(
        newDoc(text, { published: '2018-03-01', outlet: 'First Wire' }),
        extraction([claimIn(text, 'About 70 children', { value: { min: 70, max: 70 }, date: null })]),
        'tester',
      );
      const id = out.document.id;
      const values = async (f: Parameters<Repository['listClaims']>[0]) =>
        (await repo.listClaims({ documentId: id, ...f })).map((c) => c.claim.value.min);
      expect(await values({ since: '2021' })).toEqual([]);
      const corrected = await repo.correctDocument(id, {
        edits: { published: '2021-07-15', outlet: 'Second Wire', title: 'Hasakah camps census', url: null },
        actor: 'analyst-1',
        note: 'date from the agency page',
      });
      expect(corrected.published).toBe('2021-07-15');
      expect(corrected.outlet).toBe('Second Wire');
      expect(corrected.title).toBe('Hasakah camps census');
      // An undated claim takes the report's new date; the outlet filter reads the new outlet.
      expect(await values({ since: '2021' })).toEqual([70]);
      expect(await values({ outlet: 'Second Wire' })).toEqual([70]);
      expect(await values({ outlet: 'First Wire' })).toEqual([]);
      // The new title is searchable.
      const hits = await repo.search({ text: 'census', codes: [], limit: 200 });
      expect(hits.map((h) => h.document.id)).toContain(id);
      const change = (await repo.listChanges({ entity: 'document', entityId: id })).find(
        (c) => c.action === 'document.corrected',
      );
      expect(change).toMatchObject({
        action: 'document.corrected',
        actor: 'analyst-1',
        details: {
          from: { published: '2018-03-01', outlet: 'First Wire', title: null },
          to: { published: '2021-07-15', outlet: 'Second Wire', title: 'Hasakah camps census' },
          note: 'date from the agency page',
        },
      });
      await expect(repo.correctDocument(999_999_999, { edits: { title: 'x' }, actor: 'a' })).rejects.toThrow(
        /document/,
      );
    });

    it('pages and counts claims, documents and questions, and counts by origin and facet, in SQL', async () => {
      // Nauru and Palau appear in no other case: the counts below are this case's alone.
      const text =
        'About 30 children from Nauru returned. 12 more returned. Some children from Nauru left. 7 women from Palau.';
      const outlet = `outlet-${Date.now()}`;
      const out = await repo.storeDocument(
        newDoc(text, { published: '2020-02-01', outlet, lang: 'en' }),
        extraction([
          claimIn(text, 'About 30 children from Nauru returned', {
            value: { min: 30, max: 30 },
            origin: ['NR'],
            status: 'returned',
            date: '2018-05',
          }),
          claimIn(text, '12 more returned', {
            value: { min: 12, max: 12 },
            origin: ['NR'],
            status: 'returned',
            date: '2019-12-31',
          }),
          claimIn(text, 'Some children from Nauru left', {
            value: { min: null, max: null },
            qualifier: 'vague',
            origin: ['NR'],
            status: 'returned',
          }),
          claimIn(text, '7 women from Palau', {
            value: { min: 7, max: 7 },
            population: 'women',
            origin: ['PW'],
            location: ['PW'],
            status: 'other',
          }),
        ]),
        'tester',
      );
      const documentId = out.document.id;
      const values = async (f: Parameters<Repository['listClaims']>[0]) =>
        (await repo.listClaims({ documentId, ...f })).map((c) => c.claim.value.min);
      // A partial `until` takes in its whole period; claims without a date hold at publication.
      expect(await values({ until: '2019' })).toEqual([30, 12]);
      expect(await values({ order: 'newest', limit: 2, offset: 1 })).toEqual([null, 12]);
      expect(await repo.countClaims({ documentId, origin: 'NR' })).toBe(3);
      const [withDoc] = await repo.listClaims({ documentId, limit: 1 });
      expect(withDoc).toMatchObject({ documentLang: 'en', documentTitle: null });

      expect(await repo.countDocuments({ outlet, country: 'PW' })).toBe(1);
      expect(await repo.countDocuments({ outlet, country: 'TV' })).toBe(0);
      expect((await repo.listDocuments({ outlet, order: 'newest' })).map((d) => d.id)).toEqual([documentId]);

      const questions = await repo.listQuestions({ population: 'children', limit: 1000 });
      const nauru = questions.items.find((q) => q.origin.join() === 'NR' && q.status === 'returned');
      // The vague claim answers no question with a number.
      expect(nauru).toEqual({
        population: 'children',
        origin: ['NR'],
        status: 'returned',
        claims: 2,
        documents: 1,
      });
      expect(questions.total).toBe(questions.items.length);
      // The total counts every question, whether the page is cut short or lies past the end.
      expect((await repo.listQuestions({ population: 'children', limit: 1 })).total).toBe(questions.total);
      expect(
        await repo.listQuestions({ population: 'children', limit: 5, offset: questions.total + 3 }),
      ).toEqual({ items: [], total: questions.total });

      const byOrigin = await repo.countByPlace('origin');
      expect(byOrigin.find((o) => o.code === 'NR')).toEqual({
        code: 'NR',
        claims: 3,
        documents: 1,
        childrenMax: 30,
      });
      // Where the same people are: the fixture's claims are located in Iraq and Syria, not Nauru.
      const byLocation = await repo.countByPlace('location');
      expect(byLocation.find((o) => o.code === 'NR')).toBeUndefined();
      expect(byLocation.map((o) => o.code)).toEqual(expect.arrayContaining(['IQ', 'SY']));

      const found = await repo.searchReports(
        { documentIds: [documentId], country: ['NR'], population: ['children'] },
        { limit: 10, offset: 0, claims: 10, facetValues: 30 },
      );
      expect(found.total).toBe(1);
      expect(found.items.map((i) => [i.document.id, i.claimCount])).toEqual([[documentId, 3]]);
      // Origins and locations of the report's claims (the fixture's claims are located in Iraq and Syria).
      expect(found.facets.country.map((f) => f.value)).toEqual(['IQ', 'NR', 'PW', 'SY']);
      expect(found.facets.country.every((f) => f.count === 1)).toBe(true);
      // The population facet counts without its own filter: the report's women are one click away.
      expect(found.facets.population).toEqual([
        { value: 'children', count: 1 },
        { value: 'women', count: 1 },
      ]);
      expect(found.facets.outlet).toEqual([{ value: outlet, count: 1 }]);
      expect(found.claims.total).toBe(3);
      const none = await repo.searchReports(
        { documentIds: [documentId], lang: ['fr'] },
        { limit: 10, offset: 0, claims: 10, facetValues: 30 },
      );
      expect(none.total).toBe(0);
      // A facet counts without its own condition: English would add this report.
      expect(none.facets.lang).toEqual([{ value: 'en', count: 1 }]);
      expect(none.facets.population).toEqual([]);
      // Several values of a facet: any of them.
      const either = await repo.searchReports(
        {
          documentIds: [documentId],
          lang: ['fr', 'en'],
          country: ['KZ', 'NR'],
          population: ['women', 'children'],
        },
        { limit: 10, offset: 0, claims: 10, facetValues: 30 },
      );
      expect(either.total).toBe(1);
      const neither = await repo.searchReports(
        { documentIds: [documentId], country: ['KZ', 'UZ'] },
        { limit: 10, offset: 0, claims: 10, facetValues: 30 },
      );
      expect(neither.total).toBe(0);
    });

    it('orders a report search by relevance (the order given) or by published date, newest first', async () => {
      const ids: number[] = [];
      for (const published of ['2019-05-01', null, '2021', '2020-02']) {
        const out = await repo.storeDocument(
          newDoc(`Dated ${published}.`, { published }),
          extraction([]),
          't',
        );
        ids.push(out.document.id);
      }
      const page = { limit: 10, offset: 0, claims: 0, facetValues: 5 };
      const relevance = await repo.searchReports({ documentIds: ids }, page);
      expect(relevance.items.map((i) => i.document.id)).toEqual(ids);
      const byDate = await repo.searchReports({ documentIds: ids, sort: 'date' }, page);
      expect(byDate.items.map((i) => i.document.published)).toEqual(['2021', '2020-02', '2019-05-01', null]);
      const ranged = await repo.searchReports(
        { documentIds: ids, from: '2019-06', to: '2020', sort: 'date' },
        page,
      );
      expect(ranged.items.map((i) => i.document.published)).toEqual(['2020-02']);
    });

    it('records a review with who and when, overlays corrections, and hides rejected claims by default', async () => {
      const text = 'Nearly 150 orphans were brought back.';
      const claim = claimIn(text, 'Nearly 150 orphans', { value: { min: 150, max: 150 } });
      const out = await repo.storeDocument(newDoc(text), extraction([claim, { ...claim }]), 'tester');
      if (out.status !== 'stored') throw new Error('not stored');
      const [a, b] = out.claimIds as [number, number];

      const corrected = await repo.reviewClaim(a, {
        state: 'corrected',
        edits: { status: 'returned', origin: ['KZ'] },
        note: 'the report says repatriated',
        actor: 'analyst-1',
      });
      expect(corrected.claim).toEqual({ ...claim, status: 'returned', origin: ['KZ'] });
      expect(corrected.extracted).toEqual(claim);
      expect(corrected.review).toMatchObject({
        state: 'corrected',
        by: 'analyst-1',
        note: 'the report says repatriated',
      });
      expect(corrected.review.at).toBeInstanceOf(Date);
      expect(
        (await repo.listClaims({ documentId: out.document.id, status: 'returned' })).map((c) => c.id),
      ).toEqual([a]);

      // Confirming keeps the correction; only an explicit null clears it.
      expect((await repo.reviewClaim(a, { state: 'confirmed', actor: 'analyst-2' })).claim.status).toBe(
        'returned',
      );

      await repo.reviewClaim(b, { state: 'rejected', actor: 'analyst-1' });
      expect((await repo.listClaims({ documentId: out.document.id })).map((c) => c.id)).toEqual([a]);
      expect(
        (await repo.listClaims({ documentId: out.document.id, review: ['rejected'] })).map((c) => c.id),
      ).toEqual([b]);

      const log = await repo.listChanges({ entity: 'claim', entityId: a });
      expect(log.map((l) => [l.action, l.actor])).toEqual([
        ['claim.reviewed', 'analyst-1'],
        ['claim.reviewed', 'analyst-2'],
      ]);
      // The catalogue's view: every claim as it stands, rejected ones too, with its review state.
      const summaries = await repo.listClaimSummaries({ afterId: a - 1, limit: 2 });
      expect(summaries).toEqual([
        { id: a, documentId: out.document.id, claim: corrected.claim, review: 'confirmed' },
        { id: b, documentId: out.document.id, claim, review: 'rejected' },
      ]);
      expect(await repo.listClaimSummaries({ afterId: b, limit: 1 })).not.toContainEqual(
        expect.objectContaining({ id: b }),
      );
      const changes = await repo.listChanges({ afterId: log.at(-1)!.id - 1, limit: 100_000 });
      expect(await repo.latestChangeId()).toBe(changes.at(-1)!.id);
      expect(log[0]!.details).toMatchObject({ from: { state: 'unreviewed' }, to: { state: 'corrected' } });

      await expect(repo.reviewClaim(b, { state: 'corrected', edits: {}, actor: 'x' })).rejects.toMatchObject({
        code: 'invalid_input',
      });
      await expect(repo.reviewClaim(999_999_999, { state: 'confirmed', actor: 'x' })).rejects.toMatchObject({
        code: 'not_found',
      });
    });

    it('re-extraction keeps ids and analyst edits where spans match, drops unreviewed claims no longer found', async () => {
      const text =
        'About 140 minors left. Some 300 Kazakhs fight. 18 orphans returned. 5 women were detained.';
      const c140 = claimIn(text, 'About 140 minors');
      const c300 = claimIn(text, 'Some 300 Kazakhs', {
        value: { min: 300, max: 300 },
        population: 'fighters',
      });
      const c18 = claimIn(text, '18 orphans', { value: { min: 18, max: 18 } });
      const out = await repo.storeDocument(newDoc(text), extraction([c140, c300, c18]), 'tester');
      if (out.status !== 'stored') throw new Error('not stored');
      const [id140, id300, id18] = out.claimIds as [number, number, number];
      await repo.reviewClaim(id140, {
        state: 'corrected',
        edits: { value: { min: 141, max: 141 } },
        actor: 'analyst',
      });
      await repo.reviewClaim(id18, { state: 'confirmed', actor: 'analyst' });

      // The new engine finds 140 with a wider span and a new qualifier, misses 300 and 18, finds 5 women.
      const new140 = {
        ...c140,
        qualifier: 'exact' as const,
        span: { start: c140.span.start, end: c140.span.end + 5 },
        quote: 'About 140 minors left',
      };
      const c5 = claimIn(text, '5 women', {
        value: { min: 5, max: 5 },
        population: 'women',
        status: 'detained',
      });
      const result = await repo.replaceExtraction(
        out.document.id,
        { extractorVersion: 'test-2', claims: [new140, c5], releases: [], lang: 'en', codes: ['KZ'] },
        'tester',
      );
      expect(result).toMatchObject({ updated: 1, added: 1, removed: 1, keptReviewed: 1 });

      const after = await repo.listClaims({ documentId: out.document.id });
      const byId = new Map(after.map((c) => [c.id, c]));
      expect(byId.get(id140)!.claim).toMatchObject({ qualifier: 'exact', value: { min: 141, max: 141 } });
      expect(byId.get(id140)!.extracted).toEqual(new140);
      expect(byId.get(id140)!.review.state).toBe('corrected');
      expect(byId.get(id140)!.extractorVersion).toBe('test-2');
      expect(byId.has(id300)).toBe(false);
      expect(byId.get(id18)!.review.state).toBe('confirmed');
      expect(after.filter((c) => c.claim.population === 'women')).toHaveLength(1);
      expect((await repo.getDocument(out.document.id))!.extractorVersion).toBe('test-2');
      expect((await repo.listChanges({ documentId: out.document.id })).map((l) => l.action)).toContain(
        'document.reextracted',
      );
    });

    it('keeps the change log append-only', async () => {
      const text = 'Around 20 boys were recruited.';
      const out = await repo.storeDocument(newDoc(text), extraction([]), 'tester');
      const [entry] = await repo.listChanges({ documentId: out.document.id });
      // Drizzle wraps the database's error; the trigger's message is in its cause.
      const refusal = async (q: Promise<unknown>) => {
        const e: unknown = await q.then(
          () => null,
          (err: unknown) => err,
        );
        return String((e as { cause?: { message?: string } } | null)?.cause?.message ?? e);
      };
      expect(
        await refusal(store.db.execute(sql`UPDATE change_log SET actor = 'mallory' WHERE id = ${entry!.id}`)),
      ).toMatch(/append-only/);
      expect(await refusal(store.db.execute(sql`DELETE FROM change_log WHERE id = ${entry!.id}`))).toMatch(
        /append-only/,
      );
      expect((await repo.listChanges({ documentId: out.document.id }))[0]!.actor).toBe('tester');
    });

    it('lists documents in id order with the name each came with', async () => {
      const a = await repo.storeDocument(newDoc('First report.', { name: 'en-001' }), extraction([]), 't');
      const b = await repo.storeDocument(
        newDoc('Second report.', { name: 'https://example.org/r' }),
        extraction([]),
        't',
      );
      const page = await repo.listDocuments({ afterId: a.document.id - 1, limit: 2 });
      expect(page.map((d) => [d.id, d.name])).toEqual([
        [a.document.id, 'en-001'],
        [b.document.id, 'https://example.org/r'],
      ]);
    });

    it('reads documents, claims and releases by ids, and documents holding a matching claim (exports)', async () => {
      const kgText = 'About 140 children from Kyrgyzstan joined. A video was shown.';
      const kzText = 'Some 60 women from Kazakhstan returned.';
      const kg = await repo.storeDocument(
        newDoc(kgText),
        extraction([claimIn(kgText, 'About 140 children')], [releaseIn(kgText, 'A video')]),
        't',
      );
      const kz = await repo.storeDocument(
        newDoc(kzText),
        extraction([claimIn(kzText, 'Some 60 women', { population: 'women', origin: ['KZ'] })]),
        't',
      );
      if (kg.status !== 'stored' || kz.status !== 'stored') throw new Error('not stored');
      const both = [kg.document.id, kz.document.id];
      const withKz = await repo.listDocuments({ ids: both, withClaims: { origin: 'KZ' }, limit: 10 });
      expect(withKz.map((d) => d.id)).toEqual([kz.document.id]);
      // Words, and a concept the store stems once and keeps: the report of women, not of children.
      const women = { text: '', codes: [], concepts: [conceptTerms(['population:women'])] };
      for (const matching of [{ text: 'Kazakhstan', codes: [] }, women, women])
        expect(
          (await repo.listDocuments({ ids: both, withClaims: { matching }, limit: 10 })).map((d) => d.id),
        ).toEqual([kz.document.id]);
      expect(
        await repo.countDocuments({ ids: both, withClaims: { matching: { text: 'Kyrgyzstan', codes: [] } } }),
      ).toBe(1);
      expect(await repo.listDocuments({ ids: [], limit: 10 })).toEqual([]);
      const claimsOfBoth = await repo.listClaims({ documentIds: both, population: 'children' });
      expect(claimsOfBoth.map((c) => c.id)).toEqual(kg.claimIds);
      expect(await repo.listClaims({ ids: kz.claimIds })).toHaveLength(1);
      expect(await repo.listClaims({ documentIds: [] })).toEqual([]);
      expect((await repo.listReleases({ documentIds: both })).map((r) => r.id)).toEqual(kg.releaseIds);
      const contents = await repo.listDocumentContents([kz.document.id, kg.document.id, 2_000_000_000]);
      expect(contents.map((c) => c.id)).toEqual(both);
      expect(new TextDecoder().decode(contents[1]!.bytes)).toContain(kzText);
      expect(contents[0]!.text).toBe(kgText);
    });

    describe('linking', () => {
      // Counts unique to each case, so cases sharing the store never meet in one fact.
      let n = 900_000 + Math.floor(Math.random() * 10_000) * 10;
      const unique = () => (n += 10);
      const put = async (...args: Parameters<Repository['storeDocument']>) => {
        const out = await repo.storeDocument(...args);
        if (out.status !== 'stored') throw new Error('not stored');
        return out;
      };
      const story = (v: number) =>
        `Officials in Astana said on Monday that ${v} Kazakh children were brought back from camps in ` +
        `northern Syria aboard a special flight, the latest stage of an operation that has run for ` +
        `several years; the children will spend a month in rehabilitation centres before rejoining relatives.`;

      it('finds a near copy at ingestion through its band keys, and counts copies as one origin', async () => {
        const v = unique();
        const original = story(v);
        const copy = original.replace('Officials in Astana said', 'Officials in Astana reported');
        const claim = (text: string) =>
          claimIn(text, `${v} Kazakh children`, {
            value: { min: v, max: v },
            origin: ['KZ'],
            status: 'returned',
          });
        const a = await put(
          newDoc(original, { published: '2019-05-10', outlet: 'Wire A' }),
          extraction([claim(original)]),
          't',
        );
        const b = await put(
          newDoc(copy, { published: '2019-05-11', outlet: 'Wire B' }),
          extraction([claim(copy)]),
          't',
        );
        expect((await repo.getCopy(a.document.id))?.copyOf).toBeNull();
        const link = (await repo.getCopy(b.document.id))?.copyOf;
        expect(link).toMatchObject({ documentId: String(a.document.id), root: String(a.document.id) });
        expect(link!.jaccard).toBeGreaterThanOrEqual(0.7);
        // Another language is a separate report, never a textual copy.
        const c = await put(newDoc(original, { lang: 'fr' }), extraction([]), 't');
        expect((await repo.getCopy(c.document.id))?.copyOf).toBeNull();

        const [fact] = await repo
          .listFacts({ population: 'children', minClaims: 2, origin: 'KZ' })
          .then((all) => all.filter((f) => f.value.min === v));
        expect(fact!.claims.map((m) => m.documentName)).toEqual([a.document.name, b.document.name]);
        expect(fact!.origins).toBe(1);
        expect(fact!.why.join('\n')).toMatch(/near copy/);
      });

      it('links the same count across documents and languages into one fact, each link with its reasons', async () => {
        const v = unique();
        const en = `Kazakhstan returned ${v} citizens from Syria.`;
        const ru = `Казахстан вернул из Сирии ${v} граждан.`;
        const far = `Kazakhstan returned ${v} citizens from Syria, again.`;
        const as = (text: string, quote: string, date: string | null) =>
          claimIn(text, quote, {
            value: { min: v, max: v },
            population: 'people',
            origin: ['KZ'],
            status: 'returned',
            date,
          });
        const a = await put(
          newDoc(en, { published: '2021-02-04', name: `en-${v}` }),
          extraction([as(en, `${v} citizens`, '2021-02-04')]),
          't',
        );
        const b = await put(
          newDoc(ru, { lang: 'ru', published: '2021-02-05', name: `ru-${v}` }),
          extraction([as(ru, `${v} граждан`, null)]),
          't',
        );
        // Two years later: another fact with the same key.
        await put(
          newDoc(far, { published: '2023-03-01' }),
          extraction([as(far, `${v} citizens`, null)]),
          't',
        );
        const facts = (
          await repo.listFacts({ origin: 'KZ', population: 'people', status: 'returned' })
        ).filter((f) => f.value.min === v);
        expect(facts).toHaveLength(2);
        const [first, later] = facts as [StoredFact, StoredFact];
        expect(first.claims.map((m) => [m.documentName, m.lang])).toEqual([
          [`en-${v}`, 'en'],
          [`ru-${v}`, 'ru'],
        ]);
        expect(first).toMatchObject({ date: '2021-02-04', origins: 2, status: 'returned', origin: ['KZ'] });
        expect(first.claims[0]!.linkedTo).toBeNull();
        expect(first.claims[1]!.linkedTo).toBe(first.claims[0]!.claimId);
        expect(first.claims[1]!.why).toEqual(
          expect.arrayContaining([
            `same count ${v}`,
            'same origin KZ',
            expect.stringMatching(/within 120 days/),
          ]),
        );
        expect(first.earliest).toMatchObject({ documentName: `en-${v}` });
        expect(later.claims).toHaveLength(1);
        const ids = (f: FactFilter) =>
          repo.listFacts(f).then((all) => all.filter((x) => x.value.min === v).map((x) => x.id));
        expect(await ids({ minClaims: 2 })).toEqual([first.id]);
        expect(await ids({ since: '2022' })).toEqual([later.id]);
        expect(await ids({ origin: 'TJ' })).toEqual([]);
        expect((await repo.factOfClaim(b.claimIds[0]!))?.id).toBe(first.id);
        expect(a.status).toBe('stored');
      });

      it('keeps facts consistent when a review changes a claim and when re-extraction drops one', async () => {
        const v = unique();
        const texts = [1, 2, 3].map((i) => `Report ${i}: ${v} boys joined the group in 2016.`);
        const stored = [];
        for (const t of texts) {
          stored.push(
            await put(
              newDoc(t, { published: '2016-06' }),
              extraction([claimIn(t, `${v} boys`, { value: { min: v, max: v }, date: '2016' })]),
              't',
            ),
          );
        }
        const claimIds = stored.map((o) => o.claimIds[0]!);
        const factOf = (id: number) => repo.factOfClaim(id);
        expect((await factOf(claimIds[0]!))!.claims).toHaveLength(3);

        // A correction to another count takes the claim out of the fact; the rest stay together.
        await repo.reviewClaim(claimIds[1]!, {
          state: 'corrected',
          edits: { value: { min: v + 1, max: v + 1 } },
          actor: 'analyst',
        });
        expect((await factOf(claimIds[0]!))!.claims.map((m) => m.claimId)).toEqual([
          claimIds[0],
          claimIds[2],
        ]);
        expect((await factOf(claimIds[1]!))!.value).toEqual({ min: v + 1, max: v + 1 });
        // Rejected claims back no fact.
        await repo.reviewClaim(claimIds[2]!, { state: 'rejected', actor: 'analyst' });
        expect(await factOf(claimIds[2]!)).toBeNull();
        expect((await factOf(claimIds[0]!))!.claims).toHaveLength(1);

        // The engine no longer finds the first claim: it and its fact are gone, nothing dangles.
        await repo.replaceExtraction(
          stored[0]!.document.id,
          { extractorVersion: 'test-2', claims: [], releases: [], lang: 'en', codes: [] },
          't',
        );
        expect(await factOf(claimIds[0]!)).toBeNull();
        const left = (await repo.listFacts({ population: 'children' })).filter(
          (f) => f.value.min === v || f.value.min === v + 1,
        );
        expect(left.map((f) => f.claims.map((m) => m.claimId))).toEqual([[claimIds[1]]]);
        const orphans = await store.db.execute(
          sql`SELECT count(*)::int AS n FROM facts f WHERE NOT EXISTS (SELECT 1 FROM fact_claims fc WHERE fc.fact_id = f.id)`,
        );
        expect(Number((orphans as { rows: { n: number }[] }).rows[0]!.n)).toBe(0);
      });

      it('grades sources (A–F) and claims (1–6), logging who and when; ungraded reads as F6', async () => {
        const v = unique();
        const text = `Nurtai Abykayev said some ${v} Kazakhs fight for IS altogether.`;
        const out = await put(
          newDoc(text, { outlet: `Outlet ${v}`, published: '2014-11-25' }),
          extraction([
            claimIn(text, `some ${v} Kazakhs`, {
              value: { min: v, max: v },
              population: 'fighters',
              origin: ['KZ'],
              status: 'present',
              source: `Nurtai Abykayev ${v}`,
              date: '2014-11-18',
            }),
          ]),
          't',
        );
        const claimId = out.claimIds[0]!;
        const series = () =>
          repo
            .listAnalysisClaims({ population: 'fighters', origin: ['KZ'], status: 'present' })
            .then((all) => all.claims.find((c) => c.id === String(claimId))!);
        expect((await series()).grade ?? null).toBeNull();
        // Read from the claim's sentence when it was stored: the marker is outside the quote.
        expect((await series()).scope).toEqual({ scope: 'total', marker: 'altogether' });
        // A claim stored before scopes were (migration 0006) brings its sentence for estimates to read.
        await store.db.execute(
          sql`UPDATE claims SET scope = NULL, scope_marker = NULL WHERE id = ${claimId}`,
        );
        expect((await series()).scope).toBeUndefined();
        expect((await series()).context).toBe(text);

        const graded = await repo.gradeSource(`  nurtai  ABYKAYEV ${v}`, 'B', 'analyst-1');
        expect(graded).toEqual([
          expect.objectContaining({ kind: 'attributed', name: `Nurtai Abykayev ${v}`, reliability: 'B' }),
        ]);
        expect((await series()).grade).toEqual({ reliability: 'B', credibility: 6 });
        expect((await repo.gradeClaim(claimId, 2, 'analyst-2')).credibility).toBe(2);
        expect((await series()).grade).toEqual({ reliability: 'B', credibility: 2 });
        await repo.gradeSource(graded[0]!.id, 'C', 'analyst-1');

        const log = await repo.listChanges({ entity: 'source', entityId: graded[0]!.id });
        expect(log.map((l) => [l.action, l.actor, l.details.from, l.details.to])).toEqual([
          ['source.graded', 'analyst-1', null, 'B'],
          ['source.graded', 'analyst-1', 'B', 'C'],
        ]);
        expect(log[0]!.at).toBeInstanceOf(Date);
        const claimLog = await repo.listChanges({ entity: 'claim', entityId: claimId });
        expect(claimLog.map((l) => [l.action, l.actor, l.details.to])).toEqual([
          ['claim.graded', 'analyst-2', 2],
        ]);

        await expect(repo.gradeSource('nobody at all', 'A', 'x')).rejects.toMatchObject({
          code: 'not_found',
        });
        await expect(repo.gradeSource(graded[0]!.id, 'G' as never, 'x')).rejects.toMatchObject({
          code: 'invalid_input',
        });
        await expect(repo.gradeClaim(claimId, 7 as never, 'x')).rejects.toMatchObject({
          code: 'invalid_input',
        });
        await expect(repo.gradeClaim(999_999_999, 3, 'x')).rejects.toMatchObject({ code: 'not_found' });
      });

      it('answers a series question with the latest estimates first, up to a limit, and counts them all', async () => {
        const origin = `Z${String.fromCharCode(65 + Math.floor(Math.random() * 26))}`;
        for (const [year, codes] of [
          ['2015', [origin]],
          ['2017', [origin]],
          ['2016', [origin]],
          ['2018', [origin, 'KZ']],
        ] as const) {
          const text = `In ${year}, 40 families left.`;
          await put(
            newDoc(text, { published: `${year}-03-01` }),
            extraction([
              claimIn(text, '40 families', {
                value: { min: 40, max: 40 },
                population: 'families',
                origin: [...codes],
                date: null,
              }),
            ]),
            't',
          );
        }
        const all = await repo.listAnalysisClaims({ population: 'families', origin: [origin] });
        expect(all.total).toBe(3);
        expect(all.claims.map((c) => c.published)).toEqual(['2017-03-01', '2016-03-01', '2015-03-01']);
        const latest = await repo.listAnalysisClaims({ population: 'families', origin: [origin], limit: 2 });
        expect(latest.total).toBe(3);
        expect(latest.claims.map((c) => c.published)).toEqual(['2017-03-01', '2016-03-01']);
        // Not counted when the caller shows only the series: the total is what was read.
        const uncounted = await repo.listAnalysisClaims({
          population: 'families',
          origin: [origin],
          limit: 2,
          counted: false,
        });
        expect(uncounted.total).toBe(2);
        expect(uncounted.claims.map((c) => c.id)).toEqual(latest.claims.map((c) => c.id));
      });

      it("reads a region's countries in one go: the latest of each, whose only origin it is", async () => {
        const letter = () => String.fromCharCode(65 + Math.floor(Math.random() * 26));
        const [a, b, none] = [`Y${letter()}`, `X${letter()}`, `W${letter()}`];
        for (const [year, codes, status] of [
          ['2015', [a], 'present'],
          ['2017', [a], 'present'],
          ['2016', [a], 'present'],
          ['2018', [a], 'returned'],
          ['2014', [b], 'present'],
          ['2019', [a, b], 'present'],
        ] as const) {
          const text = `In ${year}, 30 families were counted there.`;
          await put(
            newDoc(text, { published: `${year}-03-01` }),
            extraction([
              claimIn(text, '30 families', {
                value: { min: 30, max: 30 },
                population: 'families',
                origin: [...codes],
                status,
                date: null,
              }),
            ]),
            't',
          );
        }
        const counts = await repo.listCountryCounts({
          population: 'families',
          status: 'present',
          countries: [b, a, none, a],
          limit: 2,
        });
        // In the order asked, each country once, the latest first; the claim of both countries is
        // neither's, the return is not an answer, and the limit holds for each country.
        expect(counts.map((c) => [c.country, c.published])).toEqual([
          [b, '2014-03-01'],
          [a, '2017-03-01'],
          [a, '2016-03-01'],
        ]);
        for (const c of counts) {
          expect(c.value).toEqual({ min: 30, max: 30 });
          // The scope was stored with the claim: no quote or sentence to read it from again.
          expect(c.scope?.scope).toBeTypeOf('string');
          expect(c.quote).toBeUndefined();
        }
        expect(await repo.listCountryCounts({ population: 'families', countries: [] })).toEqual([]);
      });

      it('stores with linking deferred, then links every waiting document in one pass', async () => {
        const v = unique();
        const original = story(v);
        const copy = original.replace('Officials in Astana said', 'Officials in Astana announced');
        const claim = (text: string) =>
          claimIn(text, `${v} Kazakh children`, {
            value: { min: v, max: v },
            origin: ['KZ'],
            status: 'returned',
          });
        const items = [original, copy].map((text, i) => ({
          doc: newDoc(text, { published: `2019-05-1${i}` }),
          extraction: extraction([claim(text)]),
        }));
        const [a, b] = await repo.storeDocuments(items, 't', { link: false });
        if (a?.status !== 'stored' || b?.status !== 'stored') throw new Error('not stored');
        // Stored and searchable, with the time each claim held, but in no fact and not signed yet.
        expect(await repo.factOfClaim(a.claimIds[0]!)).toBeNull();
        expect(await repo.getCopy(b.document.id)).toBeNull();
        const row = await store.db.execute(
          sql`SELECT effective_date, scope, scope_marker FROM claims WHERE id = ${a.claimIds[0]!}`,
        );
        expect((row as { rows: unknown[] }).rows[0]).toEqual({
          effective_date: '2019-05-10',
          scope: 'event',
          scope_marker: 'on monday',
        });

        // A deadline already past still links one batch, so that every call makes progress, and says
        // when a full batch may have left documents behind.
        const unlinked = await repo.latestChangeId();
        const first = await linkUnsigned(store.db, linker, 1, undefined, new Date(0));
        // Linking is a change: answers kept against the latest change id are not served from before it.
        expect(await repo.latestChangeId()).toBeGreaterThan(unlinked);
        expect((await repo.listChanges({ afterId: unlinked })).map((c) => c.action)).toEqual([
          'documents.linked',
        ]);
        expect(first).toMatchObject({ documents: 1, unfinished: true });
        const done = await repo.linkPending(undefined, { until: new Date(0) });
        expect(done.unfinished).toBeUndefined();
        expect(done.documents).toBeGreaterThanOrEqual(1);
        expect(first.claims + done.claims).toBeGreaterThanOrEqual(2);
        expect((await repo.getCopy(b.document.id))?.copyOf).toMatchObject({
          documentId: String(a.document.id),
        });
        const fact = await repo.factOfClaim(b.claimIds[0]!);
        expect(fact?.claims.map((m) => m.claimId)).toEqual([a.claimIds[0], b.claimIds[0]]);
        expect(fact?.origins).toBe(1);
        expect(await repo.linkPending()).toEqual({ documents: 0, claims: 0 });

        // An analyst's date moves the claim in time series: the time it held follows the edit.
        await repo.reviewClaim(a.claimIds[0]!, {
          state: 'corrected',
          edits: { date: '2018-12' },
          actor: 't',
        });
        const moved = await store.db.execute(
          sql`SELECT effective_date FROM claims WHERE id = ${a.claimIds[0]!}`,
        );
        expect((moved as { rows: unknown[] }).rows[0]).toEqual({ effective_date: '2018-12' });
      });

      it('keeps a few documents per band key, and still finds copies of a text syndicated many times', async () => {
        const v = unique();
        const wire =
          `A regional wire service reported that ${v} teenagers had been moved from a detention site near ` +
          `Hasakah to a guarded rehabilitation centre, where relatives were allowed short visits each week and ` +
          `teachers gave lessons in reading, arithmetic and their mother tongue.`;
        const texts = Array.from({ length: 12 }, (_, i) => `${wire} Edition ${i + 1}.`);
        const outs = [];
        for (const text of texts) outs.push(await put(newDoc(text), extraction([]), 't'));
        const ids = outs.map((o) => o.document.id);
        const perKey = await store.db.execute(
          sql`SELECT max(n)::int AS most FROM (SELECT count(*) AS n FROM document_bands
            WHERE document_id = ANY(${`{${ids.join(',')}}`}::int[]) GROUP BY key) k`,
        );
        expect(Number((perKey as { rows: { most: number }[] }).rows[0]!.most)).toBeLessThanOrEqual(8);
        for (const out of outs.slice(1)) {
          expect((await repo.getCopy(out.document.id))?.copyOf?.root).toBe(String(ids[0]));
        }
      });

      it('links documents stored before linking existed, once', async () => {
        const v = unique();
        const text = `${v} girls were repatriated.`;
        const doc = newDoc(text);
        const out = await put(
          doc,
          extraction([claimIn(text, `${v} girls`, { value: { min: v, max: v }, status: 'returned' })]),
          't',
        );
        await store.db.execute(
          sql`DELETE FROM facts WHERE id = ${(await repo.factOfClaim(out.claimIds[0]!))!.id}`,
        );
        await store.db.execute(sql`DELETE FROM document_signatures WHERE document_id = ${out.document.id}`);
        expect(await repo.linkDocuments([out.document.id])).toEqual({ linked: 1 });
        expect(await repo.linkDocuments([out.document.id])).toEqual({ linked: 0 });
        expect((await repo.getCopy(out.document.id))?.copyOf).toBeNull();

        // Storing the same bytes again (as ingestion's one-by-one fallback does) catches up too.
        await store.db.execute(
          sql`DELETE FROM facts WHERE id = ${(await repo.factOfClaim(out.claimIds[0]!))!.id}`,
        );
        const again = await repo.storeDocument(
          doc,
          extraction([claimIn(text, `${v} girls`, { value: { min: v, max: v }, status: 'returned' })]),
          't',
        );
        expect(again.status).toBe('already_stored');
        expect(await repo.factOfClaim(out.claimIds[0]!)).not.toBeNull();
      });
    });

    describe('search', () => {
      const ids: Record<string, number> = {};
      beforeAll(async () => {
        const docs: [string, string, string | null, string[]][] = [
          ['en', 'Officials said the minors were recruited by the zanzibarian militia in 2015.', 'en', []],
          ['ru', 'По данным МВД, около 140 несовершеннолетних из Кыргызстана завербованы.', 'ru', ['KG']],
          [
            'fr',
            'Les enfants rapatriés de Syrie sont arrivés à Paris, selon le ministère.',
            'fr',
            ['SY', 'FR'],
          ],
          ['ar-hamza', 'قال مسؤولون إنّ الأطفال المجنّدين في المنظمة عادوا إلى مُوسى.', 'ar', []],
          ['ar-plain', 'نحو 140 قاصرا من قيرغيزستان في معسكرات تدريب', 'ar', ['KG']],
          ['ar-tatweel', 'عاد الأطفـــال إلى أهاليهم في كازاخستان', 'ar', ['KZ']],
        ];
        for (const [key, text, lang, codes] of docs) {
          const out = await repo.storeDocument(
            newDoc(text, { lang, codes, name: `search-${key}` }),
            extraction([]),
            't',
          );
          ids[key] = out.document.id;
        }
      });
      const found = async (text: string, codes: string[] = [], placeText?: string) =>
        (await repo.search({ text, codes, placeText, limit: 200 })).map((h) => h.document.id);

      it('stems English, Russian and French words', async () => {
        expect(await found('zanzibarian minor recruit')).toContain(ids.en);
        expect(await found('несовершеннолетний завербован')).toContain(ids.ru);
        expect(await found('enfant rapatrié')).toContain(ids.fr);
        expect(await found('zanzibarian children')).not.toContain(ids.en);
      });

      it('folds Arabic hamza forms, taa marbuta, alef maqsura, diacritics and tatweel', async () => {
        expect(await found('الاطفال المجندين')).toContain(ids['ar-hamza']);
        expect(await found('المنظمه')).toContain(ids['ar-hamza']);
        expect(await found('موسي')).toContain(ids['ar-hamza']);
        expect(await found('الأطفَال')).toContain(ids['ar-tatweel']);
        expect(await found('١٤٠')).toContain(ids['ar-plain']);
      });

      it('matches a place by its code across languages, or by the place words themselves', async () => {
        const kg = await found('', ['KG'], 'Kyrgyzstan');
        expect(kg).toEqual(expect.arrayContaining([ids.ru, ids['ar-plain']]));
        expect(kg).not.toContain(ids.fr);
        // Words must all match; the place is one more condition, met by code or words.
        expect(await found('معسكرات', ['KG'], 'Kyrgyzstan')).toContain(ids['ar-plain']);
        expect(await found('معسكرات', ['FR'], 'France')).not.toContain(ids['ar-plain']);
      });

      it('returns the document with its name, a rank, a passage and the codes it matched', async () => {
        const [hit] = await repo.search({
          text: 'завербованы',
          codes: ['KG'],
          placeText: 'Kyrgyzstan',
          limit: 1,
        });
        expect(hit!.document).toMatchObject({ id: ids.ru, name: 'search-ru' });
        expect(hit!.rank).toBeGreaterThan(0);
        expect(hit!.text).toContain('завербованы');
        expect(hit!.matchedCodes).toEqual(['KG']);
        expect(await repo.search({ text: '   ', codes: [] })).toEqual([]);
        expect(await found('"unbalanced quote -')).toBeInstanceOf(Array);
      });

      it('folds Latin accents and ё, so a query with or without them finds the report', async () => {
        const out = await repo.storeDocument(
          newDoc('Les détenus rapatriés, l’œuvre du ministère; ребёнок.', { lang: 'fr', title: 'Élèves' }),
          extraction([]),
          't',
        );
        for (const q of ['detenus', 'DÉTENUS', 'oeuvre', 'ребенок', 'eleves'])
          expect(await found(q), q).toContain(out.document.id);
      });

      it('finds a concept by its words in any language, each read with its own stemming', async () => {
        const children = [
          { lang: 'en', words: [{ text: 'child', prefix: true }] },
          { lang: 'fr', words: [{ text: 'enfants', prefix: false }] },
          { lang: 'ar', words: [{ text: 'قاصر', prefix: true }] },
          { lang: 'ru', words: [{ text: 'несовершеннолетн', prefix: true }] },
        ];
        const hits = (await repo.search({ text: '', codes: ['KG'], concepts: [children], limit: 200 })).map(
          (h) => h.document.id,
        );
        expect(hits).toEqual(expect.arrayContaining([ids.ru, ids['ar-plain']]));
        expect(hits).not.toContain(ids.fr);
        const phrase = [
          {
            lang: 'ar',
            words: [
              { text: 'معسكرات', prefix: false },
              { text: 'تدريب', prefix: false },
            ],
          },
        ];
        expect(
          (await repo.search({ text: '', codes: [], concepts: [phrase] })).map((h) => h.document.id),
        ).toEqual([ids['ar-plain']]);
      });

      it('migration 0015 indexes a stored report exactly as the store indexes a new one', async () => {
        const out = await repo.storeDocument(
          newDoc('Ça: rapatriés, ŒUVRE, ребёнок, الأطفـــالُ ١٤٠ Ouzbékistan.', {
            lang: 'fr',
            title: 'Déjà vu',
          }),
          extraction([]),
          't',
        );
        const vector = async () => {
          const result = await store.db.execute(
            sql`SELECT search::text AS v FROM documents WHERE id = ${out.document.id}`,
          );
          return (result as { rows: { v: string }[] }).rows[0]!;
        };
        const before = await vector();
        await store.db.execute(
          sql`UPDATE documents SET search = to_tsvector('simple', 'stale') WHERE id = ${out.document.id}`,
        );
        const migration = await readFile(
          new URL('../../drizzle/0015_search_folds_latin_accents.sql', import.meta.url),
          'utf8',
        );
        await store.db.execute(sql.raw(migration));
        expect(await vector()).toEqual(before);
        expect(before.v).toContain("'oeuvr'");
        expect(before.v).toContain("'ребенок'");
      });
    });
  });
}
