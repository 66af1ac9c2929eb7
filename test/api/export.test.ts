// GET /api/export over a PGlite store holding the samples: the same export as the service writes,
// filters from the query string with the CLI's checks, a download with its media type and file name.
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { exportChunks, type ExportQuery } from '../../src/services/export.service.ts';
import type { Repository } from '../../src/storage/repository.ts';
import { startApiStore, type ApiStore } from './harness.ts';

const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));

let store: ApiStore;
let repo: Repository;
let app: FastifyInstance;

beforeAll(async () => {
  store = await startApiStore('api-export', () => [SAMPLES]);
  ({ repo, app } = store);
  const [claim] = await repo.listClaims({ origin: 'KZ', limit: 1 });
  await repo.reviewClaim(claim!.id, { state: 'confirmed', actor: 'ana' });
  app = await buildApp({ repo, user: 'tester', maxUploadBytes: 1024, fetchTimeoutMs: 1000 });
});

afterAll(async () => store?.close());

async function fromService(q: ExportQuery): Promise<string> {
  let text = '';
  for await (const chunk of exportChunks(repo, q)) text += chunk;
  return text;
}

describe('GET /api/export', { timeout: 120_000 }, () => {
  it('downloads a STIX bundle, the same the CLI writes for the same question', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/export?format=stix&population=children' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/stix+json;version=2.1');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="tessera-export-[\d-]+\.json"$/,
    );
    expect(res.body).toBe(await fromService({ format: 'stix', population: ['children'] }));
    const bundle = res.json<{ type: string; objects: { type: string; population?: string }[] }>();
    const counts = bundle.objects.filter((o) => o.type === 'tessera-count');
    expect(counts.length).toBe(await repo.countClaims({ population: 'children' }));
    expect(counts.every((c) => c.population === 'children')).toBe(true);
  });

  it('downloads CSV with its HXL row and a BOM when asked, and reviewed claims only', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/export?format=csv&reviewedOnly=true&bom=true&origin=kz',
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.body.charCodeAt(0)).toBe(0xfeff);
    const table: string[][] = parse(res.body, { bom: true });
    const [header, hxl, ...rows] = table;
    expect(header![0]).toBe('claim');
    expect(hxl![0]).toBe('#meta+id');
    expect(rows.map((r) => [r[header!.indexOf('review')], r[header!.indexOf('origin')]])).toEqual([
      ['confirmed', expect.stringContaining('KZ')],
    ]);
    const all = await app.inject({ method: 'GET', url: '/api/export?format=csv&reviewedOnly=true' });
    const reviewed: string[][] = parse(all.body);
    expect(reviewed.slice(2)).toHaveLength(1);
  });

  it('downloads JSON Lines, one claim a line', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/export?format=jsonl&status=returned' });
    expect(res.statusCode).toBe(200);
    const lines = res.body.trimEnd().split('\n');
    expect(lines).toHaveLength(await repo.countClaims({ status: 'returned' }));
    for (const l of lines) expect(JSON.parse(l)).toMatchObject({ status: 'returned' });
  });

  it('answers 400 naming each bad field', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/export?format=xml&origin=ZZ&since=2019-13' });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ code: string; message: string }>();
    expect(body.code).toBe('invalid_input');
    expect(body.message).toMatch(/format/);
    expect(body.message).toMatch(/origin/);
    expect(body.message).toMatch(/since/);
    expect((await app.inject({ method: 'GET', url: '/api/export' })).statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/api/export?format=csv&bom=maybe' })).statusCode).toBe(
      400,
    );
  });
});
