// Usage errors end every command with exit code 2 and that command's own usage; no message shows SQL.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli-helpers.ts';

describe('usage errors on the command line', { timeout: 300_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tessera-usage-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const cases: [string[], string, RegExp][] = [
    [['ingest'], 'ingest', /missing required argument/],
    [['ingest', '--max-bytes', '1e3', 'x.txt'], 'ingest', /--max-bytes must be a positive integer/],
    [['extract', '--lang', 'zz', 'x.txt'], 'extract', /--lang must be an ISO 639-1/],
    [['extract', '--published', '2019-13-45', 'x.txt'], 'extract', /--published must be a real date/],
    [['extract', '--format', 'xml', 'x.txt'], 'extract', /--format must be/],
    [['search', '--limit', '0', 'word'], 'search', /--limit must be/],
    [['claims', '--since', '2019-13-45'], 'claims', /--since must be a real date/],
    [['claims', '--origin', 'ZZ'], 'claims', /--origin must be/],
    [['reextract', '--everything'], 'reextract', /unknown option/],
    [['serve', '--port', '70000'], 'serve', /--port must be an integer from 0 to 65535/],
    [
      ['grade-claim', '99999999999999999999', '3'],
      'grade-claim',
      /ID must be an integer from 1 to 2147483647/,
    ],
    [['estimates', '--population', 'children', '--origin', 'KZ', '--at', '2019-02-29'], 'estimates', /--at/],
  ];

  it('exit 2 with the command’s own usage', async () => {
    for (const [args, command, message] of cases) {
      const run = await runCli(args, join(dir, 'store'));
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(message);
      expect(run.stderr, args.join(' ')).toContain(`Usage: tessera ${command} `);
      expect(run.stderr).not.toMatch(/select|Failed query/i);
    }
  });
});
