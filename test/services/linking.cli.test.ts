// Linking end to end on the shared dev corpus (read from ../shared at test time, never copied):
// `tessera ingest`, then `facts`, `estimates`, `grade` and `grade-claim` in child processes.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FactView } from '../../src/services/facts.service.ts';
import { runCli } from './cli-helpers.ts';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/dev', import.meta.url));

interface SeriesJson {
  points: {
    claimId: string;
    value: { min: number; max: number };
    date: string | null;
    source: string | null;
    documentName: string;
    gradeLabel: string;
  }[];
}

describe.skipIf(!existsSync(CORPUS))('linking on ../shared/corpus/dev (CLI)', () => {
  let root: string;
  let data: string;
  let facts: FactView[];

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'tessera-linking-'));
    data = join(root, 'data');
    const ingested = await runCli(['ingest', CORPUS], data);
    expect(ingested.code, ingested.stderr).toBe(0);
    const listed = await runCli(['facts', '--format', 'json'], data);
    expect(listed.code, listed.stderr).toBe(0);
    facts = JSON.parse(listed.stdout) as FactView[];
  }, 300_000);
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const factsOf = (min: number, population: string, origin: string) =>
    facts.filter((f) => f.value.min === min && f.population === population && f.origin?.join() === origin);

  it('prints facts as [{id, value, population, origin, status, date, claims, origins, why}]', () => {
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) {
      expect(Object.keys(f)).toEqual([
        'id',
        'value',
        'population',
        'origin',
        'status',
        'date',
        'claims',
        'origins',
        'why',
      ]);
      for (const c of f.claims) {
        expect(c.document).toMatch(/^(ar|en|ru|fr)-\d{3}$/);
        expect(typeof c.quote).toBe('string');
        expect(typeof c.lang).toBe('string');
      }
    }
  });

  it('shows the Kazakh group of 12 people returned in 2021 as one fact backed by English and Russian reports, with reasons', () => {
    const [fact, ...others] = factsOf(12, 'people', 'KZ').filter(
      (f) => f.status === 'returned' && f.date?.startsWith('2021'),
    );
    expect(others).toEqual([]);
    expect(fact!.claims.map((c) => [c.document, c.lang]).sort()).toEqual([
      ['en-007', 'en'],
      ['ru-001', 'ru'],
    ]);
    expect(fact!.why).toEqual(
      expect.arrayContaining(['same count 12', 'same origin KZ', 'same status returned']),
    );
    expect(fact!.why.some((w) => /en-007 – ru-001|ru-001 – en-007/.test(w))).toBe(true);
    expect(fact!.origins).toBe(2);
  });

  it('shows the 43 Tajik women held in Iraq (2019) as one fact backed by Arabic and English reports, with reasons', () => {
    const found = factsOf(43, 'women', 'TJ');
    expect(found).toHaveLength(1);
    const langs = new Set(found[0]!.claims.map((c) => c.lang));
    expect([...langs].sort()).toEqual(['ar', 'en']);
    expect(found[0]!.claims.map((c) => c.document).sort()).toEqual(['ar-006', 'en-004', 'en-005']);
    expect(found[0]!.status).toBe('detained');
    expect(found[0]!.date).toMatch(/^2019/);
    // Shared reasons, then one line per link naming the two documents.
    expect(found[0]!.why.filter((w) => / – /.test(w)).length).toBeGreaterThanOrEqual(2);
  });

  it('lists the 2014 figure of 300 Kazakh fighters with its source and date, ungraded shown as F6', async () => {
    const json = await runCli(
      ['estimates', '--population', 'fighters', '--origin', 'KZ', '--format', 'json'],
      data,
    );
    expect(json.code, json.stderr).toBe(0);
    const series = JSON.parse(json.stdout) as SeriesJson;
    const point = series.points.find((p) => p.value.min === 300 && p.date?.startsWith('2014'));
    expect(point).toMatchObject({
      documentName: 'en-000',
      date: '2014-11-18',
      gradeLabel: 'F6 (cannot be judged)',
    });
    expect(point!.source).toMatch(/Abykayev/);

    const table = await runCli(['estimates', '--population', 'fighters', '--origin', 'KZ'], data);
    expect(table.stdout).toMatch(/2014-11-18 .*~300 .*Abykayev .*F6 \(cannot be judged\) .*en-000/);
    expect(table.stdout).toMatch(/reconciled at /);
  });

  it('grades a source and a claim as the configured user, and shows the grade in estimates', async () => {
    const graded = await runCli(['grade', 'Abykayev', 'b'], data);
    expect(graded.code, graded.stderr).toBe(0);
    expect(graded.stdout).toMatch(/Abykayev .*: B \(usually reliable\), by test-runner/);
    // Every counted claim is in a fact (most in a fact of one), so the facts listing gives its id.
    const claimId = facts
      .flatMap((f) => (f.value.min === 300 && f.population === 'fighters' ? f.claims : []))
      .find((c) => c.document === 'en-000')!.claim;
    const claimGraded = await runCli(['grade-claim', String(claimId), '2'], data);
    expect(claimGraded.code, claimGraded.stderr).toBe(0);
    const after = JSON.parse(
      (await runCli(['estimates', '--population', 'fighters', '--origin', 'KZ', '--format', 'json'], data))
        .stdout,
    ) as SeriesJson;
    expect(after.points.find((p) => p.claimId === String(claimId))!.gradeLabel).toBe(
      'B2 (usually reliable; probably true)',
    );
  }, 300_000);

  it('refuses bad input with exit code 2, naming what was wrong', { timeout: 180_000 }, async () => {
    const cases: [string[], RegExp][] = [
      [['grade', 'Abykayev', 'Q'], /reliability .*"Q"/],
      [['grade-claim', 'abc', '3'], /ID must be an integer .*"abc"/],
      [['facts', '--population', 'kids'], /--population .*"kids"/],
      [['estimates', '--population', 'children'], /--origin is required/],
      [['estimates', '--population', 'children', '--origin', 'KZ', '--format', 'xml'], /--format .*"xml"/],
      [['grade', 'Abykayev'], /missing required argument/],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(args, data);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    const missing = await runCli(['grade', 'nobody-by-this-name', 'A'], data);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/source not found: nobody-by-this-name/);
  });

  it('writes facts as HXL-tagged CSV, one row per supporting claim', async () => {
    const r = await runCli(['facts', '--origin', 'kz', '--min-claims', '2', '--format', 'csv'], data);
    expect(r.code, r.stderr).toBe(0);
    const [header, tags, ...rows] = r.stdout.trim().split('\n');
    expect(header).toMatch(
      /^fact,value_min,value_max,population,origin,status,date,origins,claim,document_name/,
    );
    expect(tags).toMatch(/^#meta\+fact\+id,#affected\+min/);
    expect(rows.some((row) => row.includes('en-007') && row.includes(',12,'))).toBe(true);
  });
});
