// `tessera export` and `tessera import` as a user runs them: usage errors exit 2 naming what was wrong,
// an export written to a file and imported into another store, a bad bundle refused before any write.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli-helpers.ts';

const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));

describe('tessera export and import (CLI)', { timeout: 300_000 }, () => {
  let dir: string;
  let store: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tessera-export-cli-'));
    store = join(dir, 'a');
    const ingested = await runCli(['ingest', SAMPLES], store);
    expect(ingested.code, ingested.stderr).toBe(0);
  }, 300_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const usage: [string[], string, RegExp][] = [
    [['export'], 'export', /--format is required: stix, csv, jsonl/],
    [['export', '--format', 'xml'], 'export', /--format must be one of stix, csv, jsonl, not "xml"/],
    [
      ['export', '-f', 'csv', '--origin', 'ZZ', '--until', '2019-02-30'],
      'export',
      /--origin must be .*not "ZZ"; --until must be a real date/,
    ],
    [['export', '-f', 'stix', '--bom'], 'export', /--bom goes with --format csv, not stix/],
    [['export', '-f', 'csv', '--population', 'aliens'], 'export', /--population must be one of/],
    [['import'], 'import', /missing required argument 'file'/],
    [['import', 'no-such-bundle.json'], 'import', /no-such-bundle\.json: no such file or folder/],
  ];

  it('exits 2 on usage errors, naming the option or the file', async () => {
    for (const [args, command, message] of usage) {
      const run = await runCli(args, store);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(message);
      expect(run.stderr, args.join(' ')).toContain(`Usage: tessera ${command} `);
      expect(run.stdout, args.join(' ')).toBe('');
    }
  });

  it('writes an export to a file, imports it into an empty store, and a second import adds nothing', async () => {
    const file = join(dir, 'bundle.json');
    const exported = await runCli(['export', '--format', 'stix', '-o', file], store);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toBe('');
    expect(existsSync(`${file}.partial`)).toBe(false);
    const bundle = JSON.parse(await readFile(file, 'utf8')) as { objects: { type: string }[] };
    const counts = bundle.objects.filter((o) => o.type === 'tessera-count').length;

    const other = join(dir, 'b');
    const first = await runCli(['import', '--json', file], other);
    expect(first.code, first.stderr).toBe(0);
    const summary = JSON.parse(first.stdout) as { claims: number; reports: { stored: number } };
    expect(summary.claims).toBe(counts);
    expect(summary.reports.stored).toBe(bundle.objects.filter((o) => o.type === 'report').length);

    const second = await runCli(['import', file], other);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/0 report\(s\) stored, \d+ already stored/);
    expect(second.stdout).toMatch(/0 review\(s\), 0 claim grade\(s\) and 0 source grade\(s\) applied/);

    // The copy exports the same claims, a line each.
    const lines = await runCli(['export', '--format', 'jsonl'], other);
    expect(lines.stdout.trimEnd().split('\n')).toHaveLength(counts);
  });

  it('refuses a file that is no bundle before opening the store, exit 2', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{"type": "report"}');
    const run = await runCli(['import', bad], join(dir, 'never'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad\.json: type is not a STIX bundle/);
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });
});
