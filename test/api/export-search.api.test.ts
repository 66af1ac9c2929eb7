// The export of what a search shows: several values of each facet, the words, a publication date range and
// the order are all taken, and bad ones answered 400 {code, message}.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiStore, type ApiStore } from './harness.ts';

const ROOT = join(import.meta.dirname, '..', '..');

interface Line {
  claim: number;
  population: string;
  origin: string[] | null;
  location: string[] | null;
  document: { id: number; lang: string; published: string | null; outlet: string | null };
}

describe('export of a search', () => {
  let store: ApiStore;
  beforeAll(async () => {
    store = await startApiStore('export-search', () => [join(ROOT, 'samples')]);
  });
  afterAll(async () => {
    await store?.close();
  });

  const lines = async (query: string): Promise<Line[]> => {
    const res = await store.app.inject({ url: `/api/export?format=jsonl&${query}` });
    expect(res.statusCode).toBe(200);
    return res.body
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Line);
  };

  it('takes every value of each facet, the dates, the words and the order', async () => {
    const children = await lines('population=children');
    const both = await lines('population=children&population=fighters');
    expect(both.length).toBeGreaterThan(children.length);
    expect(new Set(both.map((l) => l.population))).toEqual(new Set(['children', 'fighters']));

    const langs = await lines('lang=en,fr&population=children,fighters');
    expect(new Set(langs.map((l) => l.document.lang))).toEqual(new Set(['en', 'fr']));

    const dated = await lines('from=2019&to=2020-06&sort=date');
    expect(dated.length).toBeGreaterThan(0);
    const published = dated.map((l) => l.document.published!);
    expect(published.every((p) => p >= '2019' && p.slice(0, 7) <= '2020-06')).toBe(true);
    expect(published).toEqual([...published].sort().reverse());

    const kz = await lines('country=KZ&country=TJ');
    expect(kz.length).toBeGreaterThan(0);
    expect(
      kz.every((l) => [...(l.origin ?? []), ...(l.location ?? [])].some((c) => c === 'KZ' || c === 'TJ')),
    ).toBe(true);

    // The search's words and facets: the claims the search page lists, every one of them.
    for (const question of [
      'q=Kazakhstan%20children',
      'q=children&lang=en,ru&population=children,fighters',
    ]) {
      const search = await store.app.inject({ url: `/api/search?limit=500&${question}` });
      const shown = search.json<{ claims: { total: number }; items: { document: { id: number } }[] }>();
      const kept = new Set(shown.items.map((i) => i.document.id));
      const exported = await lines(question);
      expect(exported.length).toBeGreaterThan(0);
      expect(exported.length).toBe(shown.claims.total);
      expect(exported.every((l) => kept.has(l.document.id))).toBe(true);
    }
  });

  it('answers bad values with 400 naming them', async () => {
    for (const [query, field] of [
      ['lang=english', 'lang'],
      ['population=children,aliens', 'population'],
      ['from=2020&to=2019', 'from'],
      ['sort=oldest', 'sort'],
      ['country=ZZ', 'country'],
    ]) {
      const res = await store.app.inject({ url: `/api/export?format=csv&${query}` });
      expect(res.statusCode).toBe(400);
      const body = res.json<{ code: string; message: string }>();
      expect(body.code).toBe('invalid_input');
      expect(body.message).toContain(field);
    }
  });
});
