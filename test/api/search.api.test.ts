/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument -- JSON bodies read loosely in tests */
// /api/search over the samples: concepts across languages, facets of several values, a date range, the
// order, and highlight ranges that fall on the words matched; bad input answered with 400 naming it.
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiStore, type ApiStore } from './harness.ts';
import { foldText } from '../../src/text/fold.ts';

const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));

let store: ApiStore;
let app: FastifyInstance;

beforeAll(async () => {
  store = await startApiStore('search-api', () => [SAMPLES]);
  ({ app } = store);
});

afterAll(async () => store?.close());

const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.json<Record<string, any>>() };
};
const search = (params: string) => get(`/api/search?limit=100&${params}`);
const langsOf = (body: any): string[] =>
  [...new Set<string>(body.items.map((i: any) => i.document.lang))].sort();

describe('/api/search', () => {
  it('"Казахстан дети" finds reports in several languages, its matches marked in each snippet', async () => {
    const res = await search(`q=${encodeURIComponent('Казахстан дети')}`);
    expect(res.status).toBe(200);
    expect(langsOf(res.body).length).toBeGreaterThanOrEqual(3);
    for (const item of res.body.items) {
      expect(item.highlights.length, item.document.name).toBeGreaterThan(0);
      for (const h of item.highlights) {
        const word = foldText(item.snippet.slice(h.start, h.end));
        // Each mark is Kazakhstan (any spelling, or a place in it) or a children word of some language.
        expect(word, item.document.name).toMatch(
          /kaza|каза|nur-sultan|astana|астан|казах|كازاخ|قازاق|child|minor|kid|boy|girl|orphan|teen|дет|ребен|несовершеннол|сирот|enfant|mineur|orphelin|طفل|اطفال|قاصر|ايتام|ابناء|فتي|صبي|son|daught|fils|fille|ado/,
        );
      }
    }
  });

  it('takes several values of a facet, comma-separated or repeated, and counts facets of the result', async () => {
    const all = await search('population=children');
    const arFr = await search('population=children&lang=ar,fr');
    expect(langsOf(arFr.body)).toEqual(['ar', 'fr']);
    const repeated = await search('population=children&lang=ar&lang=fr');
    expect(repeated.body.total).toBe(arFr.body.total);
    expect(arFr.body.total).toBeLessThan(all.body.total);
    const kz = await search('country=KZ');
    const kzUz = await search('country=KZ,UZ');
    const uz = await search('country=UZ');
    const ids = (r: any) => r.body.items.map((i: any) => i.document.id).sort();
    expect(ids(kzUz)).toEqual([...new Set([...ids(kz), ...ids(uz)])].sort());
    expect(ids(kzUz).length).toBeGreaterThan(Math.min(ids(kz).length, ids(uz).length));
    const statuses = await search('status=returned,detained');
    expect(statuses.body.facets.status.map((f: any) => f.value)).toEqual(
      expect.arrayContaining(['returned']),
    );
  });

  it('keeps reports published within from..to and orders them by date or relevance', async () => {
    const ranged = await search('population=children&from=2019-06&to=2020&sort=date');
    const dates = ranged.body.items.map((i: any) => i.document.published);
    expect(dates.length).toBeGreaterThan(1);
    for (const d of dates) expect(d >= '2019-06' && d.slice(0, 4) <= '2020').toBe(true);
    expect([...dates].sort().reverse()).toEqual(dates);
    const q = encodeURIComponent('Kazakhstan children');
    const relevance = await search(`q=${q}`);
    const ranks = relevance.body.items.map((i: any) => i.rank);
    expect([...ranks].sort((a: number, b: number) => b - a)).toEqual(ranks);
    const byDate = await search(`q=${q}&sort=date`);
    expect(byDate.body.items.map((i: any) => i.document.id).sort()).toEqual(
      relevance.body.items.map((i: any) => i.document.id).sort(),
    );
  });

  it('answers bad input with 400 naming the field and the value', async () => {
    const cases: [string, RegExp][] = [
      ['lang=ar,xyz', /lang.*"xyz"/],
      ['population=children,kids', /population.*"kids"/],
      ['country=KZ,ZZ', /country.*"ZZ"/],
      ['from=2021&to=2019', /from.*2021 is after 2019/],
      ['sort=random', /sort.*relevance, date/],
    ];
    for (const [params, message] of cases) {
      const res = await search(params);
      expect(res.status, params).toBe(400);
      expect(res.body.code, params).toBeTypeOf('string');
      expect(res.body.message, params).toMatch(message);
    }
  });
});
