// A report that yields no claims because of its language is stored under that language, and ingestion
// says why, in text and in --json.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli-helpers.ts';

describe('ingest names a language it does not read', { timeout: 300_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tessera-lang-'));
    await writeFile(
      join(dir, 'bericht.txt'),
      'Im Jahr 2020 holte Usbekistan 318 Staatsangehörige aus dem Irak zurück, darunter 127 Minderjährige, sagte ein Sprecher.\n',
    );
    await writeFile(
      join(dir, 'rapport.txt'),
      'Selon le ministère, 212 enfants sont rentrés des camps du nord-est de la Syrie au printemps dernier.\n',
    );
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('in text and in --json', async () => {
    const data = join(dir, 'store');
    const text = await runCli(['ingest', join(dir, 'bericht.txt')], data);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/stored #\d+ bericht \(0 claims/);
    expect(text.stdout).toMatch(/note: the text looks like a language Tessera does not read \(deu\)/);

    const json = await runCli(['ingest', '--json', join(dir, 'rapport.txt')], data);
    const stored = json.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { event: string; notices?: string[]; claims?: number })
      .find((e) => e.event === 'stored')!;
    expect(stored.claims).toBeGreaterThan(0);
    expect(stored.notices).toEqual([]);

    const listed = await runCli(['search', 'Usbekistan', '--format', 'json'], data);
    const hits = (JSON.parse(listed.stdout) as { items: { document: { name: string; lang: string } }[] })
      .items;
    expect(hits.find((h) => h.document.name === 'bericht')?.document.lang).toBe('de');
  });
});
