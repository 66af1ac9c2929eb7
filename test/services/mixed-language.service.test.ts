// A report with paragraphs in two languages keeps the claims of both through ingestion and re-extraction.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest, type IngestEvent } from '../../src/services/ingest.service.ts';
import { reextract } from '../../src/services/reextract.service.ts';
import { openRepository } from '../../src/storage/drivers/pglite.ts';
import type { Repository } from '../../src/storage/repository.ts';
import { linker } from '../../src/services/link.service.ts';

const ARABIC = 'أعلنت وزارة الخارجية أن 145 طفلا عادوا من المخيمات في سوريا خلال شهر مارس الماضي.';
const RUSSIAN = 'По данным министерства, из лагерей в Сирии вернулись 88 женщин и их дети в прошлом месяце.';

describe('mixed-language reports in the store', { timeout: 300_000 }, () => {
  let dir: string;
  let repo: Repository;
  let id: number;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tessera-mixed-'));
    await writeFile(join(dir, 'two-languages.txt'), `${ARABIC}\n\n${RUSSIAN}\n`);
    repo = await openRepository('memory://', linker);
    const events: IngestEvent[] = [];
    await ingest(
      repo,
      [dir],
      { actor: 'tester', maxBytes: 1e6, fetchTimeoutMs: 1000, allowPrivate: false },
      (e) => events.push(e),
    );
    const stored = events.find((e) => e.type === 'stored');
    if (stored?.type !== 'stored') throw new Error('not stored');
    id = stored.document.id;
  });
  afterAll(async () => {
    await repo.close();
    await rm(dir, { recursive: true, force: true });
  });

  const values = async () =>
    (await repo.listClaims({ documentId: id })).map((c) => c.claim.value.min).sort((a, b) => a! - b!);

  it('ingestion stores the claims of both paragraphs', async () => {
    expect(await values()).toEqual(expect.arrayContaining([88, 145]));
  });

  it("stores the languages of the report, each paragraph's", async () => {
    expect((await repo.getDocument(id))!.languages.sort()).toEqual(['ar', 'ru']);
  });

  it('re-extraction reads both paragraphs again, not only the stored main language', async () => {
    const before = await values();
    await reextract(repo, { actor: 'tester', all: true }, () => {});
    expect(await values()).toEqual(before);
    expect((await repo.getDocument(id))!.languages.sort()).toEqual(['ar', 'ru']);
  });
});
