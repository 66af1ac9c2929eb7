/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument -- JSON bodies read loosely in tests */
// The CLI and the web give the same answers: the same questions asked through the functions the CLI
// commands call and through the HTTP API, on the samples plus a near copy of one, every source graded B.
import { copyFile, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { estimateQuestion, estimates } from '../../src/services/estimates.service.ts';
import { factFilter, factView, listAllFacts } from '../../src/services/facts.service.ts';
import { gradeSource } from '../../src/services/grades.service.ts';
import { ingest } from '../../src/services/ingest.service.ts';
import { search } from '../../src/services/search.service.ts';
import { openRepository } from '../../src/storage/drivers/pglite.ts';
import type { Repository } from '../../src/storage/repository.ts';
import { linker } from '../../src/services/link.service.ts';

const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));
const COPIED = 'en-kazakh-repatriation-2019';

let dir: string;
let repo: Repository;
let app: FastifyInstance;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-parity-'));
  repo = await openRepository(join(dir, 'data'), linker);
  // A near copy: the same report with one sentence of its own added, as a second outlet would run it.
  const copy = join(dir, 'copy');
  await mkdir(copy);
  const text = await readFile(join(SAMPLES, `${COPIED}.txt`), 'utf8');
  await writeFile(join(copy, `${COPIED}-reprint.txt`), `${text}\nThis article first ran elsewhere.\n`);
  await copyFile(join(SAMPLES, `${COPIED}.meta.json`), join(copy, `${COPIED}-reprint.meta.json`)).catch(
    () => {},
  );
  const options = { actor: 'test', maxBytes: 1e7, fetchTimeoutMs: 1000, allowPrivate: false };
  await ingest(repo, [SAMPLES, copy], options, () => {});
  for (const s of await repo.listSources()) await gradeSource(repo, String(s.id), 'B', 'test');
  app = await buildApp({ repo, user: 'tester', maxUploadBytes: 1e6, fetchTimeoutMs: 1000 });
}, 300_000);

afterAll(async () => {
  await app?.close();
  await repo?.close();
  await rm(dir, { recursive: true, force: true });
});

const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url });
  expect(res.statusCode, url).toBe(200);
  return res.json<Record<string, any>>();
};

describe('the CLI and the API give the same answers', () => {
  it('facts: the same facts, claims and independent origins', async () => {
    const cli = [];
    for await (const f of listAllFacts(repo, factFilter({}))) cli.push(factView(f));
    const api = await get('/api/facts?limit=500');
    expect(api.total).toBe(cli.length);
    expect(cli.length).toBeGreaterThan(0);
    expect(api.items).toEqual(JSON.parse(JSON.stringify(cli)));
    // The near copy counts once: some fact has more claims than independent origins.
    expect(cli.some((f) => f.origins < new Set(f.claims.map((c) => c.documentId)).size)).toBe(true);
  });

  it('estimates: the same points with the same grades and scope, in /api/estimates and the overview', async () => {
    const questions = (await get('/api/estimates/questions?limit=500')).items;
    expect(questions.length).toBeGreaterThan(0);
    const overview = await get('/api/overview');
    for (const q of questions) {
      const origin = q.origin.join(',');
      const { question } = estimateQuestion({ population: q.population, origin, status: q.status });
      const cli = (await estimates(repo, question)).series.points.map((p) => ({
        claimId: Number(p.claimId),
        grade: `${p.grade.reliability}${p.grade.credibility}`,
        scope: p.scope,
        value: p.value,
      }));
      const api = await get(`/api/estimates?population=${q.population}&origin=${origin}&status=${q.status}`);
      const shown = (points: any[]) =>
        points.map((p) => ({
          claimId: p.claimId,
          grade: `${p.grade.reliability}${p.grade.credibility}`,
          scope: p.scope,
          value: p.value,
        }));
      expect(shown(api.points), origin).toEqual(cli);
      // Every source is graded B: nothing shows as ungraded F.
      expect(cli.every((p) => p.grade.startsWith('B'))).toBe(true);
      const timeline = overview.timelines.find(
        (t: any) =>
          t.question.population === q.population &&
          t.question.origin?.join(',') === origin &&
          t.question.status === q.status,
      );
      if (timeline) expect(shown(timeline.points)).toEqual(cli);
    }
    expect(overview.timelines.length).toBeGreaterThan(0);
  });

  it('search: a country in four spellings finds the same reports through both', async () => {
    const spellings = ['Uzbekistan', 'Узбекистан', 'أوزبكستان', 'Ouzbékistan'];
    const answers = [];
    for (const q of spellings) {
      const cli = (await search(repo, { query: q, limit: 100 })).map((h) => h.document.id).sort();
      const api = (await get(`/api/search?q=${encodeURIComponent(q)}&limit=100`)).items
        .map((h: any) => h.document.id)
        .sort();
      expect(api, q).toEqual(cli);
      answers.push(cli);
    }
    expect(answers[0]!.length).toBeGreaterThan(1);
    for (const a of answers) expect(a).toEqual(answers[0]);
  });
});
