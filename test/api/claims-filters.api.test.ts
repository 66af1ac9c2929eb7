/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument -- JSON bodies read loosely in tests */
// /api/claims narrowed by the report: its language (one or several), its outlet, its id, alongside the
// claim filters; bad values answered with 400 naming them.
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiStore, type ApiStore } from './harness.ts';

const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));

let store: ApiStore;
let app: FastifyInstance;

beforeAll(async () => {
  store = await startApiStore('claims-api', () => [SAMPLES]);
  ({ app } = store);
});

afterAll(async () => store?.close());

const claims = async (params: string) => {
  const res = await app.inject({ method: 'GET', url: `/api/claims?limit=500&${params}` });
  return { status: res.statusCode, body: res.json<Record<string, any>>() };
};

describe('/api/claims filters of the report', () => {
  it('keeps claims of reports in the languages asked, with the other filters', async () => {
    const all = await claims('');
    const ar = await claims('lang=ar');
    const arRu = await claims('lang=ar,ru');
    expect(ar.body.total).toBeGreaterThan(0);
    expect(ar.body.items.every((c: any) => c.documentLang === 'ar')).toBe(true);
    expect(new Set(arRu.body.items.map((c: any) => c.documentLang))).toEqual(new Set(['ar', 'ru']));
    expect(arRu.body.total).toBe(ar.body.total + (await claims('lang=ru')).body.total);
    expect(arRu.body.total).toBeLessThan(all.body.total);
    const children = await claims('lang=ar&population=children');
    expect(
      children.body.items.every((c: any) => c.documentLang === 'ar' && c.claim.population === 'children'),
    ).toBe(true);
    expect(children.body.total).toBeLessThan(ar.body.total);
  });

  it('keeps claims of one outlet and of one report', async () => {
    const all = await claims('');
    const outlet = all.body.items.find((c: any) => c.documentOutlet)!.documentOutlet as string;
    const byOutlet = await claims(`outlet=${encodeURIComponent(outlet)}`);
    expect(byOutlet.body.total).toBe(all.body.items.filter((c: any) => c.documentOutlet === outlet).length);
    const report = all.body.items[0].documentId as number;
    const byReport = await claims(`report=${report}`);
    expect(byReport.body.total).toBe(all.body.items.filter((c: any) => c.documentId === report).length);
    expect((await claims(`report=${report}&documentId=${report}`)).body.total).toBe(byReport.body.total);
    expect((await claims('outlet=No%20Such%20Outlet')).body.total).toBe(0);
  });

  it('answers bad values with 400 naming them', async () => {
    for (const [params, message] of [
      ['lang=arabic', /lang.*"arabic"/],
      ['report=abc', /report.*report id/],
      ['report=0', /report.*report id/],
      ['report=1&documentId=2', /report \(1\) and documentId \(2\)/],
    ] as const) {
      const res = await claims(params);
      expect(res.status, params).toBe(400);
      expect(res.body.message, params).toMatch(message);
    }
  });
});

describe('/api/sources: outlets and speakers apart, grades with their meanings, claims of a source', () => {
  const post = async (url: string, payload: Record<string, unknown>) => {
    const res = await app.inject({ method: 'POST', url, payload });
    return { status: res.statusCode, body: res.json<Record<string, any>>() };
  };

  it('lists outlets and attributed speakers apart, ungraded read as F "reliability cannot be judged"', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/sources/by-kind' });
    const body = res.json<Record<string, any>>();
    expect(res.statusCode).toBe(200);
    expect(body.outlet.length).toBeGreaterThan(0);
    expect(body.attributed.length).toBeGreaterThan(0);
    expect(body.outlet.every((s: any) => s.kind === 'outlet')).toBe(true);
    expect(body.attributed.every((s: any) => s.kind === 'attributed')).toBe(true);
    const ungraded = body.outlet.find((s: any) => s.reliability === null);
    expect(ungraded).toMatchObject({ grade: 'F', meaning: 'reliability cannot be judged' });
  });

  it("gives a speaker's claims and an outlet's reports' claims, each grade with its meaning", async () => {
    const kinds = (await app.inject({ method: 'GET', url: '/api/sources/by-kind' })).json<
      Record<string, any>
    >();
    const speaker = kinds.attributed[0];
    expect((await post(`/api/sources/${speaker.id}/grade`, { reliability: 'B' })).status).toBe(200);
    const said = (await app.inject({ method: 'GET', url: `/api/sources/${speaker.id}/claims` })).json<
      Record<string, any>
    >();
    expect(said.source).toMatchObject({ id: speaker.id, grade: 'B', meaning: 'usually reliable' });
    expect(said.total).toBeGreaterThan(0);
    expect(said.claims.every((c: any) => c.claim.claim.source !== null)).toBe(true);
    const first = said.claims[0];
    expect(first).toMatchObject({ credibility: 6, meaning: 'truth cannot be judged' });
    expect((await post(`/api/claims/${first.claim.id}/grade`, { credibility: 2 })).status).toBe(200);
    const again = (await app.inject({ method: 'GET', url: `/api/sources/${speaker.id}/claims` })).json<
      Record<string, any>
    >();
    expect(again.claims.find((c: any) => c.claim.id === first.claim.id)).toMatchObject({
      credibility: 2,
      meaning: 'probably true',
    });
    const outlet = kinds.outlet.find((s: any) => s.name === said.claims[0].claim.documentOutlet);
    if (outlet) {
      const published = (await app.inject({ method: 'GET', url: `/api/sources/${outlet.id}/claims` })).json<
        Record<string, any>
      >();
      expect(published.claims.every((c: any) => c.claim.documentOutlet === outlet.name)).toBe(true);
    }
    expect((await app.inject({ method: 'GET', url: '/api/sources/999999/claims' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/sources/abc/claims' })).statusCode).toBe(400);
  });
});
