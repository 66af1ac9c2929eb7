// Search and re-extraction as services, in process, over one in-memory store for the file.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract, EXTRACTOR_VERSION } from '../../src/pipeline/extract.ts';
import { ingest, type IngestEvent } from '../../src/services/ingest.service.ts';
import { reextract } from '../../src/services/reextract.service.ts';
import { planQuery, search } from '../../src/services/search.service.ts';
import { openRepository } from '../../src/storage/drivers/pglite.ts';
import type { Repository } from '../../src/storage/repository.ts';
import { linker } from '../../src/services/link.service.ts';

const REPORTS: Record<string, string> = {
  // Kyrgyzstan named only in Arabic (with the long-vowel spelling) or only in Russian.
  'ar-kg': 'أعلنت السلطات أن نحو 140 قاصراً من قيرغيزستان أُرسلوا إلى معسكرات تدريب في سوريا.',
  'ru-kg': 'По данным спецслужб, около 140 несовершеннолетних из Кыргызстана отправлены в лагеря в Сирии.',
  'en-kz': 'Some 300 Kazakhs fight for IS in Syria, around half of them women, the intelligence chief said.',
  'fr-fr': 'La France a rapatrié 35 enfants de Syrie, selon le ministère des Affaires étrangères.',
};

describe('search and re-extraction services', () => {
  let dir: string;
  let repo: Repository;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tessera-search-'));
    for (const [name, text] of Object.entries(REPORTS)) await writeFile(join(dir, `${name}.txt`), text);
    repo = await openRepository('memory://', linker);
    const events: IngestEvent[] = [];
    const summary = await ingest(
      repo,
      [dir],
      { actor: 'tester', maxBytes: 1_000_000, fetchTimeoutMs: 1_000, allowPrivate: false },
      (e) => events.push(e),
    );
    expect(summary).toMatchObject({ stored: 4, failed: 0 });
    for (const e of events) if (e.type === 'stored') ids[e.document.name] = e.document.id;
  });
  afterAll(async () => {
    await repo?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const names = async (query: string) => {
    const hits = await search(repo, { query, limit: 50 });
    return hits.map((h) => h.document.name);
  };

  it('detects the language of reports without a sidecar', async () => {
    const entries = await Promise.all(
      Object.entries(ids).map(async ([n, id]): Promise<[string, string | null]> => [
        n,
        (await repo.getDocument(id))!.lang,
      ]),
    );
    const langs = Object.fromEntries(entries);
    expect(langs).toEqual({ 'ar-kg': 'ar', 'ru-kg': 'ru', 'en-kz': 'en', 'fr-fr': 'fr' });
  });

  it('finds a report that names Kyrgyzstan only in Arabic or Russian when asked in English', async () => {
    const found = await names('Kyrgyzstan');
    expect(found).toEqual(expect.arrayContaining(['ar-kg', 'ru-kg']));
    expect(found).not.toContain('fr-fr');
  });

  it('finds قيرغيزستان when asked for قرغيزستان, and folds hamza forms in the rest of the query', async () => {
    expect(await names('قرغيزستان')).toContain('ar-kg');
    expect(await names('ارسلوا قرغيزستان')).toContain('ar-kg');
  });

  it('combines place and words: every word must match, the place by code or by name', async () => {
    // "несовершеннолетние" names the concept children: قاصراً in the Arabic report is a match too.
    expect((await names('несовершеннолетние Kyrgyzstan')).sort()).toEqual(['ar-kg', 'ru-kg']);
    expect(await names('"несовершеннолетние" Kyrgyzstan')).toEqual(['ru-kg']);
    expect(await names('enfants rapatriés')).toEqual(['fr-fr']);
    expect(await names('Kazakhstan women')).toEqual(['en-kz']);
    expect(await names('Kazakhstan enfants')).toEqual([]);
  });

  it('splits a query into place names, concepts and other words', () => {
    const plan = planQuery('children from Kyrgyzstan');
    expect(plan.codes).toEqual(['KG']);
    expect(plan.text).toBe('from');
    expect(plan.placeText).toBe('Kyrgyzstan');
    expect(plan.concepts).toEqual([['population:children']]);
  });

  it('refuses a file over the size limit by name, and takes the rest', async () => {
    const big = join(dir, 'limits');
    await mkdir(big);
    await writeFile(join(big, 'huge.txt'), 'About 500 fighters. '.repeat(100));
    await writeFile(join(big, 'small.txt'), 'Around 30 orphans were evacuated from the camp.');
    const events: IngestEvent[] = [];
    const summary = await ingest(
      repo,
      [big],
      { actor: 'tester', maxBytes: 1_000, fetchTimeoutMs: 1_000, allowPrivate: false },
      (e) => events.push(e),
    );
    expect(summary).toMatchObject({ stored: 1, failed: 1 });
    expect(events.find((e) => e.type === 'failed')).toMatchObject({
      input: join(big, 'huge.txt'),
      code: 'too_large',
      reason: expect.stringMatching(/exceeds the limit of 1000 bytes/) as unknown,
    });
  });

  it('re-extracts documents read by another engine version and leaves current ones alone', async () => {
    const total = (await repo.stats()).documents;
    const first = await reextract(repo, { actor: 'tester', all: false }, () => {});
    expect(first).toEqual({ reextracted: 0, current: total, failed: 0 });
    const all = await reextract(repo, { actor: 'tester', all: true }, () => {});
    expect(all).toEqual({ reextracted: total, current: 0, failed: 0 });
    for (const [name, id] of Object.entries(ids)) {
      const doc = (await repo.getDocument(id))!;
      expect(doc.extractorVersion).toBe(EXTRACTOR_VERSION);
      const claims = (await repo.listClaims({ documentId: id })).map((c) => c.claim);
      expect(claims, name).toEqual(extract(doc.text, { lang: doc.lang, published: doc.published }).claims);
    }
  });
});
