// The claims counted beside each releases registry entry: the first 20 by id of its reports' children and
// fighters, the same whether the entry has a few reports (read together) or over a hundred (read alone).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linker } from '../../src/services/link.service.ts';
import { releasesPage, SHOWN_RELEASES } from '../../src/services/releases.service.ts';
import { openRepository } from '../../src/storage/drivers/pglite.ts';
import type { Repository } from '../../src/storage/repository.ts';
import { claimIn, newDoc, releaseIn } from '../storage/repository.contract.ts';

let dir: string;
let repo: Repository;

function report(title: string, i: number) {
  const text = `Report ${i} on ${title}: 5 fighters and 7 children, then 9 children more.`;
  return {
    doc: newDoc(text),
    extraction: {
      extractorVersion: 'test-1',
      claims: [
        claimIn(text, '5 fighters', { population: 'fighters', value: { min: 5, max: 5 } }),
        claimIn(text, '7 children', { value: { min: 7, max: 7 } }),
        claimIn(text, '9 children', { value: { min: 9, max: 9 } }),
      ],
      releases: [releaseIn(text, title, { title, media: 'magazine' })],
    },
  };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-release-counts-'));
  repo = await openRepository(join(dir, 'data'), linker);
  const items = [
    ...Array.from({ length: 2 }, (_, i) => report('Zorvanite Quarterly', i)),
    ...Array.from({ length: 105 }, (_, i) => report('Brimwell Gazette', i)),
  ];
  await repo.storeDocuments(items, 'test', { link: false });
});

afterAll(async () => {
  await repo?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('releases registry counts', () => {
  it('gives each entry the first 20 claims by id of its reports, for an entry of 2 reports and of 105', async () => {
    const page = await releasesPage(repo, {}, { limit: 10, offset: 0 });
    expect(page.items).toHaveLength(2);
    for (const entry of page.items) {
      // Every report describing the entry, not only those it shows.
      const own = (await repo.listReleases({ limit: 1_000, live: true }))
        .filter((r) => r.release.title === entry.release.release.title)
        .map((r) => r.documentId);
      const all = await repo.listClaims({ documentIds: own, limit: 100_000 });
      const expected = all
        .filter((c) => c.claim.population === 'children' || c.claim.population === 'fighters')
        .map((c) => c.id)
        .sort((a, b) => a - b)
        .slice(0, 20);
      expect(entry.counts.map((c) => c.id)).toEqual(expected);
    }
    expect(page.items.map((e) => e.counts.length).sort()).toEqual([20, 6]);
  });

  it('shows the newest releases of a large entry and says how many it holds', async () => {
    const page = await releasesPage(repo, {}, { limit: 10, offset: 0 });
    const titled = (e: { release: { release: { title: string | null } } }) => e.release.release.title;
    const large = page.items.find((e) => titled(e) === 'Brimwell Gazette');
    const all = (await repo.listReleases({ limit: 1_000, live: true }))
      .filter((r) => r.release.title === 'Brimwell Gazette')
      .map((r) => r.id)
      .sort((a, b) => b - a);
    expect(all.length).toBeGreaterThan(SHOWN_RELEASES);
    expect(large?.releases).toBe(all.length);
    expect([large!.release, ...large!.alsoIn].map((r) => r.id)).toEqual(all.slice(0, SHOWN_RELEASES));
    expect(large!.spellings).toEqual(['Brimwell Gazette']);
    const small = page.items.find((e) => titled(e) === 'Zorvanite Quarterly');
    expect(small?.releases).toBe(2);
    expect(small?.alsoIn).toHaveLength(1);
  });
});
