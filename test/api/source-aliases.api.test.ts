// Source aliases over HTTP: suggestions, a merge (the group's claims together, one grade), an unmerge,
// and every bad request answered 4xx with {code, message}.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAliasReports } from '../fixtures/source-aliases.ts';
import { startApiStore, type ApiStore } from './harness.ts';

describe('source aliases API', () => {
  let store: ApiStore;
  const id: Record<string, number> = {};

  beforeAll(async () => {
    store = await startApiStore('aliases-api', writeAliasReports);
    for (const s of await store.repo.listSources()) id[s.name] = s.id;
  });
  afterAll(async () => {
    await store?.close();
  });

  interface Answer {
    statusCode: number;
    json: () => Record<string, unknown> & { items?: unknown; source?: unknown };
  }
  const post = async (url: string, payload?: object): Promise<Answer> =>
    await store.app.inject({
      method: 'POST',
      url,
      ...(payload === undefined ? {} : { payload }),
    });
  const get = async (url: string): Promise<Answer> => await store.app.inject({ url });

  it('suggests, merges and unmerges', async () => {
    const sugg = await get('/api/sources/suggestions?kind=attributed');
    expect(sugg.statusCode).toBe(200);
    const items = sugg.json().items as {
      a: { name: string };
      b: { name: string };
      reasons: { code: string }[];
    }[];
    expect(items.some((s) => s.a.name === 'Токаева' && s.b.name === 'توكاييف')).toBe(true);
    expect(items.every((s) => s.reasons.length > 0)).toBe(true);

    const merged = await post(`/api/sources/${id['توكاييف']}/merge`, { into: id['Токаева'] });
    expect(merged.statusCode).toBe(200);
    expect(merged.json().source).toMatchObject({ name: 'Токаева', aliases: [{ name: 'توكاييف' }] });
    const claims = await get(`/api/sources/${id['توكاييف']}/claims`);
    expect(claims.json()).toMatchObject({ source: { name: 'Токаева' }, total: 2 });
    const byKind = await get('/api/sources/by-kind');
    const names = (byKind.json().attributed as { name: string }[]).map((s) => s.name);
    expect(names).toContain('Токаева');
    expect(names).not.toContain('توكاييف');

    const graded = await post(`/api/sources/${id['Токаева']}/grade`, { reliability: 'A' });
    expect((graded.json().items as { name: string }[]).map((s) => s.name).sort()).toEqual([
      'Токаева',
      'توكاييف',
    ]);

    const back = await post(`/api/sources/${id['توكاييف']}/unmerge`);
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({
      source: { name: 'توكاييف', reliability: null },
      from: { aliases: [] },
    });
  });

  it('answers bad requests with 4xx {code, message}', async () => {
    const cases: [Promise<Answer>, number, string, RegExp][] = [
      [post('/api/sources/abc/merge', { into: 1 }), 400, 'invalid_input', /id/],
      [post(`/api/sources/${id['Токаева']}/merge`, {}), 400, 'invalid_input', /into/],
      [post(`/api/sources/${id['Токаева']}/merge`, { into: 'x' }), 400, 'invalid_input', /into/],
      [post(`/api/sources/${id['Токаева']}/merge`, { into: 99999 }), 404, 'not_found', /99999/],
      [post('/api/sources/99999/merge', { into: id['Токаева'] }), 404, 'not_found', /99999/],
      [post(`/api/sources/${id['Токаева']}/merge`, { into: id['Токаева'] }), 400, 'invalid_input', /itself/],
      [post(`/api/sources/${id['Kazinform']}/merge`, { into: id['Токаева'] }), 400, 'invalid_input', /apart/],
      [post(`/api/sources/${id['Kazinform']}/unmerge`), 400, 'invalid_input', /not merged/],
      [post('/api/sources/0/unmerge'), 400, 'invalid_input', /id/],
      [get('/api/sources/suggestions?kind=people'), 400, 'invalid_input', /kind/],
      [get('/api/sources/suggestions?limit=0'), 400, 'invalid_input', /limit/],
    ];
    for (const [request, status, code, message] of cases) {
      const res = await request;
      expect(res.statusCode).toBe(status);
      const body = res.json() as unknown as { code: string; message: string };
      expect(body.code).toBe(code);
      expect(body.message).toMatch(message);
    }
  });
});
