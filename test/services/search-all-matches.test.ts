// Facets, totals and date order describe every match of a text search, not only the best-ranked hundred.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/services/ingest.service.ts';
import { prepareSearch, searchReports } from '../../src/services/search.service.ts';
import { linker } from '../../src/services/link.service.ts';
import { openRepository } from '../../src/storage/drivers/pglite.ts';
import type { Repository } from '../../src/storage/repository.ts';

const STRONG = 110;
const WEAK = 30;
const FILLER = Array.from({ length: 120 }, (_, i) => `harbour${i % 40} quay crane ledger`).join(' ');

describe('a search with more matches than it ranks', () => {
  let dir: string;
  let repo: Repository;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tessera-all-matches-'));
    const inputs: string[] = [];
    const write = async (name: string, text: string, meta: object) => {
      await writeFile(join(dir, `${name}.txt`), text);
      await writeFile(join(dir, `${name}.meta.json`), JSON.stringify(meta));
      inputs.push(join(dir, `${name}.txt`));
    };
    // The weak matches come first (the oldest ids) and name the word once in a long text: ranked last.
    for (let i = 0; i < WEAK; i++)
      await write(`weak-${i}`, `${FILLER} zebrafish ${FILLER} weak${i}`, {
        outlet: 'Weak Gazette',
        lang: 'en',
        // One of them is the newest report of all.
        published: i === 0 ? '2024-06-01' : '2010-01-01',
      });
    for (let i = 0; i < STRONG; i++)
      await write(`strong-${i}`, `zebrafish zebrafish zebrafish in the zebrafish tank strong${i}`, {
        title: `Zebrafish ${i}`,
        outlet: 'Strong Daily',
        lang: 'en',
        published: '2020-01-01',
      });
    repo = await openRepository('memory://', linker);
    const summary = await ingest(
      repo,
      inputs,
      { actor: 'tester', maxBytes: 1_000_000, fetchTimeoutMs: 1_000, allowPrivate: false },
      () => {},
    );
    expect(summary).toMatchObject({ stored: STRONG + WEAK, failed: 0 });
  }, 300_000);
  afterAll(async () => {
    await repo?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('counts every match in the total and the facets', async () => {
    const r = await searchReports(repo, { text: 'zebrafish' }, { limit: 10, offset: 0 });
    expect(r.total).toBe(STRONG + WEAK);
    expect(r.facets.outlet).toEqual([
      { value: 'Strong Daily', count: STRONG },
      { value: 'Weak Gazette', count: WEAK },
    ]);
    expect(r.facets.year.find((y) => y.value === '2010')?.count).toBe(WEAK - 1);
    // Relevance order still puts the ranked matches first.
    expect(r.items.every((i) => i.document.outlet === 'Strong Daily')).toBe(true);
    // A facet narrowing to matches beyond the ranked ones finds them all, with their passages.
    const weak = await searchReports(
      repo,
      { text: 'zebrafish', outlet: ['Weak Gazette'] },
      { limit: 50, offset: 0 },
    );
    expect(weak.total).toBe(WEAK);
    expect(weak.items).toHaveLength(WEAK);
    expect(weak.items[0]!.snippet).toContain('zebrafish');
    expect(weak.items[0]!.highlights.length).toBeGreaterThan(0);
  });

  it('sorts every match by date: the newest report first, however it ranks', async () => {
    const r = await searchReports(repo, { text: 'zebrafish', sort: 'date' }, { limit: 3, offset: 0 });
    expect(r.items[0]!.document).toMatchObject({ name: 'weak-0', published: '2024-06-01' });
    const last = await searchReports(
      repo,
      { text: 'zebrafish', sort: 'date' },
      { limit: 5, offset: STRONG + WEAK - 5 },
    );
    expect(last.items.map((i) => i.document.published)).toEqual(Array(5).fill('2010-01-01'));
  });

  it("prepares a server's first search by reading only: no change is stored and answers stay the same", async () => {
    const before = await searchReports(repo, { text: 'zebrafish' }, { limit: 10, offset: 0 });
    const changeId = await repo.latestChangeId();
    await prepareSearch(repo);
    expect(await repo.latestChangeId()).toBe(changeId);
    expect(await searchReports(repo, { text: 'zebrafish' }, { limit: 10, offset: 0 })).toEqual(before);
  });

  it('prepares the first search of an empty store too', async () => {
    const empty = await openRepository('memory://', linker);
    try {
      await prepareSearch(empty);
      expect((await searchReports(empty, { text: '' }, { limit: 10, offset: 0 })).total).toBe(0);
    } finally {
      await empty.close();
    }
  });
});
