// `tessera search` and `tessera claims` in a child process over the samples: concepts across languages,
// facets of several values, a date range and the order, matches marked in the table; claims of reports
// by language, outlet and id; bad flags exit 2 naming them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli-helpers.ts';

const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));

describe('tessera search', () => {
  let data: string;
  beforeAll(async () => {
    data = await mkdtemp(join(tmpdir(), 'tessera-search-cli-'));
    const stored = await runCli(['ingest', SAMPLES], data);
    expect(stored.code).toBe(0);
  });
  afterAll(async () => {
    await rm(data, { recursive: true, force: true });
  });

  const json = async (args: string[]) => {
    const r = await runCli(['search', ...args, '--format', 'json'], data);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as {
      total: number;
      items: {
        document: { lang: string; published: string | null };
        snippet: string;
        highlights: unknown[];
      }[];
    };
  };

  it('finds "Казахстан дети" in several languages, narrowed to Arabic and French with --lang ar,fr', async () => {
    const all = await json(['Казахстан', 'дети', '--limit', '100']);
    expect(new Set(all.items.map((i) => i.document.lang)).size).toBeGreaterThanOrEqual(3);
    expect(all.items.every((i) => i.highlights.length > 0)).toBe(true);
    const arFr = await json(['Казахстан', 'дети', '--lang', 'ar,fr']);
    expect(arFr.total).toBeGreaterThan(0);
    expect(arFr.total).toBeLessThan(all.total);
    expect(arFr.items.every((i) => ['ar', 'fr'].includes(i.document.lang))).toBe(true);
  });

  it('keeps a date range with filters only, newest first with --sort date', async () => {
    const r = await json([
      '--population',
      'children,women',
      '--from',
      '2019',
      '--to',
      '2020-06',
      '--sort',
      'date',
    ]);
    const dates = r.items.map((i) => i.document.published!);
    expect(dates.length).toBeGreaterThan(1);
    expect([...dates].sort().reverse()).toEqual(dates);
    for (const d of dates) expect(d >= '2019' && d.slice(0, 7) <= '2020-06').toBe(true);
  });

  it('marks the matches in the table', async () => {
    const r = await runCli(['search', 'Kazakhstan', 'children', '--country', 'KZ'], data);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/«Kazakhstan»/);
  });

  it('exits 2 naming a bad flag, a range out of order, or nothing to search by', async () => {
    const bad = await runCli(['search', 'x', '--lang', 'ar,english'], data);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--lang.*"english"/);
    const range = await runCli(['search', 'x', '--from', '2021', '--to', '2019'], data);
    expect(range.code).toBe(2);
    expect(range.stderr).toMatch(/--from.*2021 is after 2019/);
    const nothing = await runCli(['search'], data);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toMatch(/QUERY/);
  });

  it('tessera claims keeps claims of reports by language, outlet and id', async () => {
    const claims = async (args: string[]) => {
      const r = await runCli(['claims', ...args, '--format', 'json'], data);
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout) as {
        documentId: number;
        documentLang: string;
        documentOutlet: string | null;
      }[];
    };
    const ar = await claims(['--lang', 'ar']);
    expect(ar.length).toBeGreaterThan(0);
    expect(ar.every((c) => c.documentLang === 'ar')).toBe(true);
    const report = ar[0]!.documentId;
    const one = await claims(['--report', String(report)]);
    expect(one.length).toBe(ar.filter((c) => c.documentId === report).length);
    const outlet = ar.find((c) => c.documentOutlet)!.documentOutlet!;
    const byOutlet = await claims(['--outlet', outlet, '--lang', 'ar']);
    expect(byOutlet.length).toBe(ar.filter((c) => c.documentOutlet === outlet).length);
    const bad = await runCli(['claims', '--report', 'x'], data);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--report must be a report id/);
  });

  it("tessera sources keeps outlets and speakers apart, grades with their meaning, and a source's claims", async () => {
    const r = await runCli(['sources', '--format', 'json'], data);
    expect(r.code, r.stderr).toBe(0);
    const kinds = JSON.parse(r.stdout) as Record<
      string,
      { id: number; kind: string; grade: string; meaning: string }[]
    >;
    expect(kinds.outlet!.every((s) => s.kind === 'outlet')).toBe(true);
    expect(kinds.attributed!.every((s) => s.kind === 'attributed')).toBe(true);
    expect(kinds.attributed![0]).toMatchObject({ grade: 'F', meaning: 'reliability cannot be judged' });
    const table = await runCli(['sources', String(kinds.attributed![0]!.id)], data);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/^attributed #\d+ .*: F reliability cannot be judged \(ungraded\)/);
    expect(table.stdout).toContain('6 truth cannot be judged (ungraded)');
    const missing = await runCli(['sources', '999999'], data);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/source not found: 999999/);
    const bad = await runCli(['sources', '--kind', 'speakers'], data);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--kind must be outlet or attributed/);
  });
});
