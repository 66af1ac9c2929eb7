// `tessera extract` reads files as `tessera ingest` does (PDF text layers, the same refusals), and read
// commands on a store that does not exist say so instead of creating an empty one.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../ingest/pdf-fixture.ts';
import { runCli } from './cli-helpers.ts';

describe('one reader for extract and ingest; missing stores', { timeout: 300_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tessera-reader-'));
    await writeFile(
      join(dir, 'bulletin.pdf'),
      makePdf(['In March 2020 the ministry said that 214 citizens had come home from Syria.']),
    );
    await writeFile(join(dir, 'blank.txt'), '');
    await writeFile(join(dir, 'photo.png'), 'not a report');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('extract reads the text layer of a PDF, not its bytes', async () => {
    const run = await runCli(['extract', '--format', 'json', join(dir, 'bulletin.pdf')], join(dir, 'unused'));
    expect(run.code, run.stderr).toBe(0);
    const [doc] = JSON.parse(run.stdout) as { lang: string; claims: { value: { min: number } }[] }[];
    expect(doc!.lang).toBe('en');
    expect(doc!.claims.map((c) => c.value.min)).toContain(214);
  });

  it('extract refuses what ingest refuses, with the same words, and names what it skips', async () => {
    const run = await runCli(['extract', dir], join(dir, 'unused'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`tessera: ${join(dir, 'blank.txt')}: an empty file`);
    expect(run.stderr).toMatch(/skipped .*photo\.png: not a kind of file Tessera reads/);
    expect(run.stdout).toMatch(/bulletin.*214/);
  });

  it('a read command on a data folder that does not exist says so, exits 1 and creates nothing', async () => {
    const mistyped = join(dir, 'tesera-data');
    for (const args of [
      ['claims'],
      ['search', 'Syria'],
      ['facts'],
      ['reextract'],
      ['grade-claim', '1', '2'],
    ]) {
      const run = await runCli(args, mistyped);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stderr).toContain(`no store in ${mistyped}`);
    }
    expect(existsSync(mistyped)).toBe(false);
  });
});
