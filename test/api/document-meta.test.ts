/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment -- JSON bodies read loosely in tests */
// A report's metadata corrected after ingestion: the fields change, the history says who changed what
// from what, the estimates' dates follow, and bad values are answered with 400s naming the field.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Repository } from '../../src/storage/repository.ts';
import { startApiStore, type ApiStore } from './harness.ts';

let store: ApiStore;
let repo: Repository;
let app: FastifyInstance;
let id: number;

beforeAll(async () => {
  store = await startApiStore(
    'doc-meta',
    async (dir) => {
      const reports = join(dir, 'reports');
      await mkdir(reports);
      await writeFile(
        join(reports, 'untitled.txt'),
        'About 85 Kyrgyz children remain in the camps of north-east Syria, according to an aid group.',
      );
      await writeFile(join(reports, 'untitled.meta.json'), JSON.stringify({ lang: 'en' }));
      return [reports];
    },
    'meta-tester',
  );
  ({ repo, app } = store);
  id = (await repo.listDocuments({ limit: 1 }))[0]!.id;
});

afterAll(async () => store?.close());

const patch = async (payload: unknown, target: number = id) => {
  const res = await app.inject({ method: 'PATCH', url: `/api/documents/${target}`, payload: payload as any });
  return { status: res.statusCode, body: res.json<any>() };
};

describe('correcting a report’s metadata', () => {
  it('changes the fields given, clears those set to null, and logs who changed what', async () => {
    const res = await patch({
      title: 'Children in the camps',
      outlet: 'Bishkek Herald',
      url: 'https://example.org/camps',
      published: '2020-11-05',
      note: 'from the outlet page',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      title: 'Children in the camps',
      outlet: 'Bishkek Herald',
      url: 'https://example.org/camps',
      published: '2020-11-05',
    });
    expect((await patch({ url: null })).body.url).toBeNull();
    const changes = await repo.listChanges({ entity: 'document', entityId: id });
    const corrected = changes.filter((c) => c.action === 'document.corrected');
    expect(corrected).toHaveLength(2);
    expect(corrected[0]).toMatchObject({
      actor: 'meta-tester',
      details: {
        from: { published: null, outlet: null },
        to: { published: '2020-11-05', outlet: 'Bishkek Herald' },
      },
    });
  });

  it('dates the report’s undated counts by the corrected date', async () => {
    const claims = await app.inject({ method: 'GET', url: '/api/claims?since=2020-11&until=2020-11' });
    expect(claims.json<any>().total).toBe(1);
  });

  it('answers bad values with a 400 naming the field, and an unknown report with 404', async () => {
    const date = await patch({ published: '2020-13-40' });
    expect(date.status).toBe(400);
    expect(date.body.message).toMatch(/^published /);
    const url = await patch({ url: 'javascript:alert(1)' });
    expect(url.status).toBe(400);
    expect(url.body.message).toMatch(/^url .*http/);
    expect((await patch({ lang: 'english' })).body.message).toMatch(/^lang /);
    expect((await patch({ title: '   ' })).body.message).toMatch(/^title must not be empty/);
    expect((await patch({ colour: 'red' })).status).toBe(400);
    const empty = await patch({ note: 'nothing' });
    expect(empty.status).toBe(400);
    expect(empty.body.message).toMatch(/the correction is empty/);
    expect((await patch({ title: 'x' }, 999_999)).status).toBe(404);
  });
});
