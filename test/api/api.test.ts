/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument -- JSON bodies read loosely in tests */
// The HTTP API over a PGlite store holding the samples: every route, and bad input answered with 4xx.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { ingest } from '../../src/services/ingest.service.ts';
import { openRepository } from '../../src/storage/drivers/pglite.ts';
import type { Repository } from '../../src/storage/repository.ts';
import { linker } from '../../src/services/link.service.ts';
import { multipart } from './harness.ts';

const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));
const UPLOAD_LIMIT = 64 * 1024;

let dir: string;
let repo: Repository;
let app: FastifyInstance;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-api-'));
  repo = await openRepository(join(dir, 'data'), linker);
  await ingest(
    repo,
    [SAMPLES],
    { actor: 'test', maxBytes: 1e7, fetchTimeoutMs: 1000, allowPrivate: false },
    () => {},
  );
  app = await buildApp({ repo, user: 'tester', maxUploadBytes: UPLOAD_LIMIT, fetchTimeoutMs: 1000 });
});

afterAll(async () => {
  await app?.close();
  await repo?.close();
  await rm(dir, { recursive: true, force: true });
});

const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.json<Record<string, any>>(), headers: res.headers };
};

describe('documents', () => {
  it('lists reports newest first, paged and filtered by language', async () => {
    const all = await get('/api/documents?limit=5');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(13);
    expect(all.body.items).toHaveLength(5);
    expect(all.body.items[0].id).toBeGreaterThan(all.body.items[1].id);
    const ar = await get('/api/documents?lang=ar&limit=50');
    expect(ar.body.total).toBe(3);
    expect(ar.body.items.every((d: { lang: string }) => d.lang === 'ar')).toBe(true);
    const kz = await get('/api/documents?country=kz');
    expect(kz.body.total).toBeGreaterThan(0);
  });

  it('answers malformed filters with 400 and {code, message}', async () => {
    for (const url of ['/api/documents?limit=0', '/api/documents?limit=abc', '/api/documents?lang=english']) {
      const res = await get(url);
      expect(res.status, url).toBe(400);
      expect(res.body.code).toBe('invalid_input');
      expect(res.body.message).toMatch(/limit|lang/);
    }
  });

  it('returns one report with its text and every claim with a span into that text', async () => {
    const list = await get('/api/documents?lang=ar&limit=1');
    const doc = await get(`/api/documents/${list.body.items[0].id}`);
    expect(doc.status).toBe(200);
    expect(doc.body.claims.length).toBeGreaterThan(0);
    for (const c of doc.body.claims)
      expect(doc.body.text.slice(c.claim.span.start, c.claim.span.end)).toBe(c.claim.quote);
  });

  it('downloads the original bytes with their SHA-256', async () => {
    const list = await get('/api/documents?limit=1');
    const d = list.body.items[0];
    const res = await app.inject({ method: 'GET', url: `/api/documents/${d.id}/original` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-content-sha256']).toBe(d.sha256);
    const { createHash } = await import('node:crypto');
    expect(createHash('sha256').update(res.rawPayload).digest('hex')).toBe(d.sha256);
    expect(res.headers['content-disposition']).toMatch(/attachment/);
  });

  it('says 404 for unknown ids and 400 for ids that are not numbers', async () => {
    expect((await get('/api/documents/999999')).status).toBe(404);
    expect((await get('/api/documents/999999')).body.code).toBe('not_found');
    expect((await get('/api/documents/999999/original')).status).toBe(404);
    expect((await get('/api/documents/abc')).status).toBe(400);
    expect((await get('/api/nothing-here')).status).toBe(404);
  });
});

describe('claims and review', () => {
  it('filters claims by population and origin', async () => {
    const res = await get('/api/claims?population=children&limit=500');
    expect(res.status).toBe(200);
    expect(res.body.total).toBeGreaterThan(0);
    expect(res.body.items.every((c: any) => c.claim.population === 'children')).toBe(true);
    expect((await get('/api/claims?population=aliens')).status).toBe(400);
    expect((await get('/api/claims?origin=Kazakhstan')).status).toBe(400);
    expect((await get('/api/claims?since=yesterday')).status).toBe(400);
    expect((await get('/api/claims?review=maybe')).status).toBe(400);
  });

  it('confirms, corrects and undoes, logging who did it', async () => {
    const queue = await get('/api/claims?review=unreviewed&limit=1');
    const id = queue.body.items[0].id as number;
    const one = await get(`/api/claims/${id}`);
    expect(one.body.passage.text.slice(one.body.passage.start, one.body.passage.end)).toBe(
      one.body.claim.quote,
    );

    const confirm = await app.inject({
      method: 'POST',
      url: `/api/claims/${id}/review`,
      headers: { 'x-tessera-user': 'analyst-a' },
      payload: { action: 'confirm' },
    });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.json().review).toMatchObject({ state: 'confirmed', by: 'analyst-a' });

    const correct = await app.inject({
      method: 'POST',
      url: `/api/claims/${id}/review`,
      payload: { action: 'correct', edits: { value: { min: 7, max: 7 } } },
    });
    expect(correct.json().claim.value).toEqual({ min: 7, max: 7 });
    expect(correct.json().review.by).toBe('tester');

    const undo1 = await app.inject({ method: 'POST', url: `/api/claims/${id}/undo` });
    expect(undo1.json().review.state).toBe('confirmed');
    const undo2 = await app.inject({ method: 'POST', url: `/api/claims/${id}/undo` });
    expect(undo2.json().review.state).toBe('unreviewed');
    expect(undo2.json().history.length).toBe(4);
    const none = await app.inject({ method: 'POST', url: `/api/claims/${id}/undo` });
    expect(none.statusCode).toBe(409);
  });

  it('refuses bad review requests', async () => {
    const bad = [
      { url: '/api/claims/1/review', payload: { action: 'approve' }, status: 400 },
      { url: '/api/claims/1/review', payload: { action: 'correct' }, status: 400 },
      { url: '/api/claims/1/review', payload: { action: 'correct', edits: { value: 5 } }, status: 400 },
      { url: '/api/claims/1/review', payload: { action: 'correct', edits: { colour: 'red' } }, status: 400 },
      { url: '/api/claims/999999/review', payload: { action: 'confirm' }, status: 404 },
      { url: '/api/claims/999999/undo', payload: undefined, status: 404 },
    ];
    for (const b of bad) {
      const res = await app.inject({ method: 'POST', url: b.url, payload: b.payload });
      expect(res.statusCode, JSON.stringify(b)).toBe(b.status);
      expect(res.json()).toHaveProperty('code');
    }
    const malformed = await app.inject({
      method: 'POST',
      url: '/api/claims/1/review',
      headers: { 'content-type': 'application/json' },
      payload: '{not json',
    });
    expect(malformed.statusCode).toBe(400);
    expect((await get('/api/claims/999999')).status).toBe(404);
  });
});

describe('search, releases, sources, overview, estimates, facts', () => {
  it('finds English reports about Kazakhstan from a Russian query, with facets', async () => {
    const res = await get(`/api/search?q=${encodeURIComponent('Казахстан')}`);
    expect(res.status).toBe(200);
    const langs = res.body.items.map((h: any) => h.document.lang);
    expect(langs).toContain('en');
    expect(res.body.facets.lang.length).toBeGreaterThan(1);
    expect(res.body.facets.country.map((f: any) => f.value)).toContain('KZ');
    const en = await get(`/api/search?q=${encodeURIComponent('Казахстан')}&lang=en`);
    expect(en.body.items.every((h: any) => h.document.lang === 'en')).toBe(true);
    const facetOnly = await get('/api/search?population=children&country=KZ');
    expect(facetOnly.body.total).toBeGreaterThan(0);
    expect((await get('/api/search?from=last-year')).status).toBe(400);
  });

  it('lists a release once with every report that describes it', async () => {
    const extra = join(dir, 'extra');
    await mkdir(extra, { recursive: true });
    await writeFile(
      join(extra, 'en-second-report.txt'),
      'A second outlet wrote that the group released a 15-minute video entitled "Race Towards Good" in November.',
    );
    await ingest(
      repo,
      [extra],
      { actor: 'test', maxBytes: 1e7, fetchTimeoutMs: 1000, allowPrivate: false },
      () => {},
    );
    const res = await get('/api/releases?limit=100&q=race towards good');
    expect(res.status).toBe(200);
    const rows = (
      res.body.items as { release: { title: string }; alsoIn: { documentName: string }[] }[]
    ).filter((r) => r.release.title === 'Race Towards Good');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.alsoIn.length).toBeGreaterThanOrEqual(1);
  });

  it('lists releases and sources, paged', async () => {
    const releases = await get('/api/releases?limit=10');
    expect(releases.status).toBe(200);
    expect(releases.body.total).toBeGreaterThan(0);
    expect(releases.body.items[0].release).toHaveProperty('media');
    expect((await get('/api/releases?media=film')).status).toBe(400);
    const sources = await get('/api/sources?kind=outlet');
    expect(sources.status).toBe(200);
    expect(sources.body.items.every((s: any) => s.kind === 'outlet')).toBe(true);
    expect((await get('/api/sources?kind=rumour')).status).toBe(400);
  });

  it('gives the overview: counts by origin, timelines, latest reports', async () => {
    const res = await get('/api/overview');
    expect(res.status).toBe(200);
    expect(res.body.byOrigin.map((o: any) => o.code)).toContain('KZ');
    expect(res.body.timelines.length).toBeGreaterThan(0);
    expect(res.body.latestDocuments.length).toBeGreaterThan(0);
  });

  it('answers an estimate question with points in time order', async () => {
    const questions = await get('/api/estimates/questions?population=children');
    expect(questions.body.total).toBeGreaterThan(0);
    const q = questions.body.items[0];
    const res = await get(
      `/api/estimates?population=children&origin=${q.origin.join(',')}&status=${q.status}`,
    );
    expect(res.status).toBe(200);
    expect(res.body.points.length).toBe(q.claims);
    expect((await get('/api/estimates')).status).toBe(400);
    expect((await get('/api/estimates?population=children&origin=Kazakhstan')).status).toBe(400);
  });

  it('lists the stored facts, each with its claims, independent origins and reasons', async () => {
    const res = await get('/api/facts?minClaims=2');
    expect(res.status).toBe(200);
    expect(res.body.total).toBeGreaterThan(0);
    for (const f of res.body.items) {
      expect(f.claims.length).toBeGreaterThanOrEqual(2);
      expect(f.origins).toBeGreaterThanOrEqual(1);
      expect(f.why.length).toBeGreaterThan(0);
    }
    expect((await get('/api/facts?minClaims=zero')).status).toBe(400);
  });
});

describe('ingest', () => {
  it('stores an uploaded report and names what failed', async () => {
    const text = 'Officials said that 42 children from Kazakhstan were repatriated from Syria in May 2021.';
    const res = await app.inject({
      method: 'POST',
      url: '/api/ingest',
      ...multipart([
        { name: 'new-report.txt', content: text },
        { name: 'picture.png', content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) },
      ]),
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const stored = body.results.find((r: any) => r.input === 'new-report.txt');
    expect(stored.outcome).toBe('stored');
    expect(stored.claims).toBeGreaterThan(0);
    const png = body.results.find((r: any) => r.input === 'picture.png');
    expect(png.outcome === 'skipped' || png.outcome === 'failed').toBe(true);
    const doc = await get(`/api/documents/${stored.documentId}`);
    expect(doc.body.text).toBe(text);
    const again = await app.inject({
      method: 'POST',
      url: '/api/ingest',
      ...multipart([{ name: 'x.txt', content: text }]),
    });
    expect(again.json().results[0].outcome).toBe('already_stored');
  });

  it('reads a report’s details from NAME.meta.json uploaded beside it', async () => {
    const text = 'The ministry said 17 women from Uzbekistan came back from the camps in Syria this week.';
    const res = await app.inject({
      method: 'POST',
      url: '/api/ingest',
      ...multipart([
        {
          name: 'with-details.meta.json',
          content: JSON.stringify({
            title: 'Seventeen women',
            published: '2021-08-09',
            outlet: 'Tashkent Daily',
          }),
        },
        { name: 'with-details.txt', content: text },
      ]),
    });
    expect(res.statusCode).toBe(200);
    const results = res.json().results as any[];
    // The details file is no report of its own.
    expect(results.map((r) => r.input)).toEqual(['with-details.txt']);
    const doc = await get(`/api/documents/${results[0].documentId}`);
    expect(doc.body).toMatchObject({
      title: 'Seventeen women',
      published: '2021-08-09',
      outlet: 'Tashkent Daily',
    });
  });

  it('names details sent without their report, and details that cannot be read', async () => {
    const alone = await app.inject({
      method: 'POST',
      url: '/api/ingest',
      ...multipart([
        {
          name: 'other.txt',
          content: 'Some 12 children were reported in the camp on Friday by local staff.',
        },
        { name: 'orphan.meta.json', content: '{"title": "x"}' },
      ]),
    });
    expect(alone.statusCode).toBe(400);
    expect(alone.json().message).toMatch(/orphan\.meta\.json: no report named orphan/);
    const bad = await app.inject({
      method: 'POST',
      url: '/api/ingest',
      ...multipart([
        {
          name: 'dated.txt',
          content: 'About 30 fighters returned home from Iraq last month, officials said.',
        },
        { name: 'dated.meta.json', content: '{"published": "the spring"}' },
      ]),
    });
    const [result] = bad.json().results as any[];
    expect(result.outcome).toBe('failed');
    expect(result.reason).toMatch(/published/);
  });

  it('refuses an oversized upload with 413 and says the limit', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/ingest',
      ...multipart([{ name: 'big.txt', content: 'a'.repeat(UPLOAD_LIMIT + 10) }]),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({ code: 'too_large', message: expect.stringContaining('65,536 bytes') });
  });

  it('refuses uploads that are not multipart, and URLs that are unsafe', async () => {
    const notMultipart = await app.inject({ method: 'POST', url: '/api/ingest', payload: { file: 'x' } });
    expect(notMultipart.statusCode).toBe(400);
    const ftp = await app.inject({
      method: 'POST',
      url: '/api/ingest/urls',
      payload: { urls: ['ftp://example.org/x'] },
    });
    expect(ftp.statusCode).toBe(415);
    const local = await app.inject({
      method: 'POST',
      url: '/api/ingest/urls',
      payload: { urls: ['http://127.0.0.1:9/report.html'] },
    });
    expect(local.statusCode).toBe(200);
    expect(local.json().results[0]).toMatchObject({ outcome: 'failed', code: 'forbidden_address' });
    expect(
      (await app.inject({ method: 'POST', url: '/api/ingest/urls', payload: { urls: [] } })).statusCode,
    ).toBe(400);
  });
});

// Last: it adds a report the other tests do not expect.
describe('report languages', () => {
  it('says whether Tessera reads the report language: a German report is stored, not read', async () => {
    const german = join(dir, 'bericht.txt');
    await writeFile(
      german,
      'Nach Angaben der Behörden sind 40 Kinder mit ihren Müttern aus den Lagern in Syrien zurückgekehrt, und die Familien werden von den Sozialdiensten betreut.\n',
    );
    await ingest(
      repo,
      [german],
      { actor: 'test', maxBytes: 1e7, fetchTimeoutMs: 1000, allowPrivate: false },
      () => {},
    );
    const listed = await get('/api/documents?lang=de');
    expect(listed.body.items).toHaveLength(1);
    expect(listed.body.items[0].read).toBe(false);
    const arabic = await get('/api/documents?lang=ar&limit=1');
    expect(arabic.body.items[0].read).toBe(true);
    const doc = await get(`/api/documents/${listed.body.items[0].id}`);
    expect(doc.body.read).toBe(false);
    expect(doc.body.claims).toEqual([]);
  });
});
