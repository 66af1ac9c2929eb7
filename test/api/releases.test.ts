/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument -- JSON bodies read loosely in tests */
// Releases as entities: one magazine described in English, Russian and Arabic is one row, found by its
// title in any script, with the counts of children its reports give, facets and clear errors.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReleaseReports } from '../fixtures/release-reports.ts';
import { startApiStore, type ApiStore } from './harness.ts';

let store: ApiStore;
let app: FastifyInstance;

beforeAll(async () => {
  store = await startApiStore('releases', async (dir) => [await writeReleaseReports(dir)]);
  app = store.app;
});

afterAll(async () => store?.close());

const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.json<any>() };
};

describe('releases as entities', () => {
  it('lists one magazine once, with every spelling and every report describing it', async () => {
    const { status, body } = await get('/api/releases?media=magazine');
    expect(status).toBe(200);
    expect(body.total).toBe(1);
    const [istok] = body.items;
    expect(new Set(istok.spellings)).toEqual(new Set(['Istok', 'Исток', 'إستوك']));
    expect(1 + istok.alsoIn.length).toBe(3);
    expect(istok.releases).toBe(3);
    expect(istok.alsoIn.every((o: any) => typeof o.title === 'string')).toBe(true);
  });

  it('gives the counts of children its reports describe', async () => {
    const { body } = await get('/api/releases?media=magazine');
    const counts = body.items[0].counts;
    expect(counts.length).toBe(3);
    expect(counts.every((c: any) => c.population === 'children' && c.value.min === 12)).toBe(true);
    expect(new Set(counts.map((c: any) => c.documentId)).size).toBe(3);
  });

  it('finds the release by its title in any script', async () => {
    for (const q of ['Исток', 'إستوك', 'istok']) {
      const { body } = await get(`/api/releases?q=${encodeURIComponent(q)}`);
      expect(body.total, q).toBe(1);
      expect(body.items[0].release.media).toBe('magazine');
    }
    expect((await get(`/api/releases?q=${encodeURIComponent('Дабик')}`)).body.total).toBe(0);
  });

  it('offers facets over media, year and language, and filters by them', async () => {
    const { body } = await get('/api/releases');
    expect(body.total).toBe(2);
    expect(body.facets.media).toEqual([
      { value: 'magazine', count: 1 },
      { value: 'video', count: 1 },
    ]);
    expect(body.facets.year.map((f: any) => f.value)).toEqual(expect.arrayContaining(['2016', '2017']));
    expect(body.facets.lang).toContainEqual({ value: 'ru', count: 1 });
    const y2017 = await get('/api/releases?year=2017');
    expect(y2017.body.items.map((i: any) => i.release.media)).toEqual(['video']);
    const ru = await get('/api/releases?lang=ru');
    expect(ru.body.items.map((i: any) => i.release.media)).toEqual(['magazine']);
  });

  it('answers a bad facet value with a clear 400', async () => {
    const year = await get('/api/releases?year=16');
    expect(year.status).toBe(400);
    expect(year.body.message).toMatch(/year/);
    expect((await get('/api/releases?lang=russian')).status).toBe(400);
  });
});
