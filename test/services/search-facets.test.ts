// Facets of a report search with several claim conditions: a claim must meet them all at once, and each
// claim facet counts as if its own condition were lifted while the others still hold.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/services/ingest.service.ts';
import { searchReports } from '../../src/services/search.service.ts';
import { linker } from '../../src/services/link.service.ts';
import { openRepository } from '../../src/storage/drivers/pglite.ts';
import type { Repository } from '../../src/storage/repository.ts';

const REPORTS = {
  // children returned: the only report with one claim meeting both conditions.
  returned: {
    lang: 'en',
    outlet: 'North Wire',
    text: 'Officials said 12 children returned from Syria to Kazakhstan.',
  },
  // children, and returned, but never in the same claim.
  mixed: {
    lang: 'en',
    outlet: 'North Wire',
    text: 'Police said 30 children were detained in Iraq. Separately, 15 women returned to Uzbekistan.',
  },
  detained: { lang: 'en', outlet: 'South Post', text: 'Some 40 women were detained in Iraq last year.' },
};

describe('a report search with two claim conditions', () => {
  let dir: string;
  let repo: Repository;
  const idOf: Record<string, number> = {};

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tessera-facets-'));
    const inputs: string[] = [];
    for (const [name, r] of Object.entries(REPORTS)) {
      await writeFile(join(dir, `${name}.txt`), r.text);
      await writeFile(join(dir, `${name}.meta.json`), JSON.stringify({ lang: r.lang, outlet: r.outlet }));
      inputs.push(join(dir, `${name}.txt`));
    }
    repo = await openRepository('memory://', linker);
    const options = { actor: 'tester', maxBytes: 1_000_000, fetchTimeoutMs: 1_000, allowPrivate: false };
    await ingest(repo, inputs, options, () => {});
    for (const d of await repo.listDocuments()) idOf[d.name] = d.id;
    const pairs = (await repo.listClaims({})).map((c) => [c.documentId, c.claim.population, c.claim.status]);
    // The engine reads the fixture as written: the test is about the facets, not the extraction.
    expect(pairs).toEqual(
      expect.arrayContaining([
        [idOf.returned, 'children', 'returned'],
        [idOf.mixed, 'children', 'detained'],
        [idOf.mixed, 'women', 'returned'],
        [idOf.detained, 'women', 'detained'],
      ]),
    );
  }, 120_000);
  afterAll(async () => {
    await repo?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps a report only when one claim meets both, and counts each claim facet without its own condition', async () => {
    const r = await searchReports(
      repo,
      { text: '', population: ['children'], status: ['returned'] },
      { limit: 10, offset: 0 },
    );
    expect(r.total).toBe(1);
    expect(r.items.map((i) => i.document.id)).toEqual([idOf.returned]);
    // Status lifted, children kept: the returned report and the mixed one (its children were detained).
    expect(r.facets.status).toEqual([
      { value: 'detained', count: 1 },
      { value: 'returned', count: 1 },
    ]);
    // Population lifted, returned kept: the children who returned and the mixed report's women.
    expect(r.facets.population).toEqual([
      { value: 'children', count: 1 },
      { value: 'women', count: 1 },
    ]);
    expect(r.facets.outlet).toEqual([{ value: 'North Wire', count: 1 }]);
    expect(r.claims.items.map((c) => [c.claim.population, c.claim.status])).toEqual([
      ['children', 'returned'],
    ]);
  });

  it('counts a document facet without its own condition while the claim conditions hold', async () => {
    const r = await searchReports(
      repo,
      { text: '', population: ['women'], outlet: ['South Post'] },
      { limit: 10, offset: 0 },
    );
    expect(r.items.map((i) => i.document.id)).toEqual([idOf.detained]);
    expect(r.facets.outlet).toEqual([
      { value: 'North Wire', count: 1 },
      { value: 'South Post', count: 1 },
    ]);
    expect(r.facets.population).toEqual([{ value: 'women', count: 1 }]);
    expect(r.claims.total).toBe(1);
  });

  it('pages in order and counts every match in the total', async () => {
    const all = await searchReports(repo, { text: '' }, { limit: 2, offset: 0 });
    const rest = await searchReports(repo, { text: '' }, { limit: 2, offset: 2 });
    expect(all.total).toBe(3);
    expect([...all.items, ...rest.items].map((i) => i.document.id)).toEqual(
      [idOf.detained!, idOf.mixed!, idOf.returned!].sort((a, b) => b - a),
    );
  });
});
