/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument -- JSON bodies read loosely in tests */
// Scope and "part of" are an analyst's to correct: the review API shows them, takes corrections
// (the whole named by claim id), refuses wholes that cannot be, and the estimates follow.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { ingest } from '../../src/services/ingest.service.ts';
import { openRepository } from '../../src/storage/drivers/pglite.ts';
import type { Repository } from '../../src/storage/repository.ts';
import { linker } from '../../src/services/link.service.ts';

let dir: string;
let repo: Repository;
let app: FastifyInstance;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-review-scope-'));
  const reports = join(dir, 'reports');
  await mkdir(reports);
  await writeFile(
    join(reports, 'flight.txt'),
    'On Tuesday a plane brought 231 Kazakh citizens home from Syria, including 156 children, 18 of them orphans, the ministry said.',
  );
  await writeFile(
    join(reports, 'flight.meta.json'),
    JSON.stringify({ lang: 'en', outlet: 'Steppe Daily', published: '2019-05-10' }),
  );
  await writeFile(
    join(reports, 'camps.txt'),
    'About 60 Kazakh children remain in the camps of north-east Syria, an aid group said.',
  );
  await writeFile(
    join(reports, 'camps.meta.json'),
    JSON.stringify({ lang: 'en', outlet: 'Aid Bulletin', published: '2019-06-01' }),
  );
  repo = await openRepository(join(dir, 'data'), linker);
  await ingest(
    repo,
    [reports],
    { actor: 'test', maxBytes: 1e7, fetchTimeoutMs: 1000, allowPrivate: false },
    () => {},
  );
  app = await buildApp({ repo, user: 'tester', maxUploadBytes: 65536, fetchTimeoutMs: 1000 });
});

afterAll(async () => {
  await app?.close();
  await repo?.close();
  await rm(dir, { recursive: true, force: true });
});

const get = async (url: string) => (await app.inject({ method: 'GET', url })).json<any>();
const review = (id: number, payload: Record<string, unknown>) =>
  app.inject({ method: 'POST', url: `/api/claims/${id}/review`, payload });

async function claimsByValue() {
  const list = await get('/api/claims?limit=50');
  const byValue = new Map<number, number>();
  for (const c of list.items) byValue.set(c.claim.value.min, c.id);
  return byValue;
}

describe('scope and part-of in review', () => {
  it("shows each claim's scope, the whole it is part of and the report's other counts", async () => {
    const ids = await claimsByValue();
    const orphans = await get(`/api/claims/${ids.get(18)}`);
    expect(orphans.partOf).toBe(ids.get(156));
    expect(orphans.siblings.map((s: any) => s.id)).toEqual([ids.get(231), ids.get(156)]);
    const children = await get(`/api/claims/${ids.get(156)}`);
    expect(children.partOf).toBe(ids.get(231));
    const camps = await get(`/api/claims/${ids.get(60)}`);
    expect(camps.scope).toBe('stock');
    expect(camps.scopeMarker).toBeTruthy();
    expect(camps.siblings).toEqual([]);
  });

  it('takes a corrected scope, reports it as the analyst set it, and undo reads the sentence again', async () => {
    const id = (await claimsByValue()).get(60)!;
    const res = await review(id, { action: 'correct', edits: { scope: 'total' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ scope: 'total', scopeMarker: null, edits: { scope: 'total' } });
    const series = await get('/api/estimates?population=children&origin=KZ');
    expect(series.points.find((p: any) => p.claimId === id).scope).toBe('total');
    const undone = await app.inject({ method: 'POST', url: `/api/claims/${id}/undo` });
    expect(undone.json()).toMatchObject({ scope: 'stock', edits: null });
  });

  it('takes a corrected whole by claim id and the estimates carry it', async () => {
    const ids = await claimsByValue();
    const orphans = ids.get(18)!;
    const res = await review(orphans, { action: 'correct', edits: { partOf: ids.get(231) } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ partOf: ids.get(231), edits: { partOf: ids.get(231) } });
    const series = await get('/api/estimates?population=children&origin=KZ');
    expect(series.points.find((p: any) => p.claimId === orphans).partOf).toBe(ids.get(231));

    const alone = await review(orphans, { action: 'correct', edits: { partOf: null } });
    expect(alone.json().partOf).toBeNull();
  });

  it('refuses a whole that is the claim itself, in another report, or one of its own parts', async () => {
    const ids = await claimsByValue();
    const cases: [number, number, RegExp][] = [
      [ids.get(156)!, ids.get(156)!, /itself/],
      [ids.get(156)!, ids.get(60)!, /not a count of the same report/],
      [ids.get(231)!, ids.get(156)!, /is itself part of/],
    ];
    for (const [id, whole, why] of cases) {
      const res = await review(id, { action: 'correct', edits: { partOf: whole } });
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toMatch(why);
    }
    const badScope = await review(ids.get(156)!, { action: 'correct', edits: { scope: 'forever' } });
    expect(badScope.statusCode).toBe(400);
    const reversed = await review(ids.get(156)!, {
      action: 'correct',
      edits: { value: { min: 500, max: 100 } },
    });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().message).toMatch(/lower bound \(500\) is above the upper bound \(100\)/);
    // Nothing was written by the refused corrections.
    expect((await get(`/api/claims/${ids.get(231)}`)).review.state).toBe('unreviewed');
  });
});
