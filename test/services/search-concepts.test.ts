// Search by concept: a word an analyst types finds its equivalents in the four languages, read from the
// engine's own language packs, while place names keep matching by code.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/services/ingest.service.ts';
import { search } from '../../src/services/search.service.ts';
import { openRepository } from '../../src/storage/drivers/pglite.ts';
import type { Repository } from '../../src/storage/repository.ts';
import { linker } from '../../src/services/link.service.ts';

// Written for this test: Kazakhstan and children in each language, and reports that miss one of the two.
const REPORTS: Record<string, string> = {
  'ru-kz-children': 'Из Сирии в Казахстан вернули 30 детей, сообщил МИД.',
  'en-kz-children': 'Kazakhstan repatriated 25 minors from camps in Syria, officials said.',
  'fr-kz-children': 'Le Kazakhstan a rapatrié 40 enfants détenus dans le nord-est de la Syrie.',
  'ar-kz-children': 'أعادت كازاخستان 50 طفلا من مخيمات شمال شرق سوريا.',
  'en-kz-women': 'Kazakhstan brought home 12 wives of fighters from Iraq.',
  'fr-uz-children': "L'Ouzbékistan a rapatrié 60 enfants de Syrie.",
  'en-kz-prison': 'In Kazakhstan, 14 men were imprisoned after a propaganda video surfaced.',
  'ru-kz-widows': 'В Казахстан вернулись 9 вдов боевиков.',
};

describe('search by concept across languages', () => {
  let dir: string;
  let repo: Repository;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tessera-concepts-'));
    for (const [name, text] of Object.entries(REPORTS)) await writeFile(join(dir, `${name}.txt`), text);
    repo = await openRepository('memory://', linker);
    const summary = await ingest(
      repo,
      [dir],
      { actor: 'tester', maxBytes: 1_000_000, fetchTimeoutMs: 1_000, allowPrivate: false },
      () => {},
    );
    expect(summary).toMatchObject({ stored: Object.keys(REPORTS).length, failed: 0 });
  });
  afterAll(async () => {
    await repo?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const names = async (query: string) =>
    (await search(repo, { query, limit: 50 })).map((h) => h.document.name).sort();

  it('"Казахстан дети" finds Kazakhstan and children in Arabic, English, French and Russian', async () => {
    expect(await names('Казахстан дети')).toEqual([
      'ar-kz-children',
      'en-kz-children',
      'fr-kz-children',
      'ru-kz-children',
    ]);
  });

  it('reads the same concept from a word in any language', async () => {
    const expected = await names('Казахстан дети');
    expect(await names('Kazakhstan children')).toEqual(expected);
    expect(await names('Kazakhstan enfants')).toEqual(expected);
    expect(await names('كازاخستان أطفال')).toEqual(expected);
  });

  it('matches wives and widows as women, in other languages too', async () => {
    expect(await names('Kazakhstan widows')).toEqual(['en-kz-women', 'ru-kz-widows']);
  });

  it('matches status and media concepts: detained, returned, propaganda video', async () => {
    expect(await names('Kazakhstan prisoners')).toEqual(['en-kz-prison', 'fr-kz-children']);
    expect(await names('Казахстан видео')).toEqual(['en-kz-prison']);
    expect(await names('Ouzbékistan rapatriés')).toEqual(['fr-uz-children']);
    expect(await names('Uzbekistan returned children')).toEqual(['fr-uz-children']);
  });

  it('keeps quoted words exact', async () => {
    expect(await names('Kazakhstan "children"')).toEqual([]);
    expect(await names('Kazakhstan "enfants"')).toEqual(['fr-kz-children']);
  });
});
