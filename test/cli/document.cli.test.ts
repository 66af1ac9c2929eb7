// `tessera document ID ...` as a user types it: a report's metadata corrected and shown, a field
// cleared, and bad input refused with exit 2 naming the option.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../services/cli-helpers.ts';

let root: string;
let data: string;

const tessera = (args: string[]) => runCli(args, data);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tessera-document-cli-'));
  data = join(root, 'data');
  const reports = join(root, 'reports');
  await mkdir(reports);
  await writeFile(
    join(reports, 'camps.txt'),
    'Some 45 Tajik women remain in the camps of north-east Syria, their relatives said on Monday.',
  );
  await writeFile(
    join(reports, 'camps.meta.json'),
    JSON.stringify({ lang: 'en', url: 'https://example.org/a' }),
  );
  const stored = await tessera(['ingest', reports]);
  expect(stored.code).toBe(0);
});
afterAll(async () => rm(root, { recursive: true, force: true }));

describe('tessera document', () => {
  it('corrects the fields given and clears one, saying what it now holds', async () => {
    const res = await tessera([
      'document',
      '1',
      '--title',
      'Women in the camps',
      '--published',
      '2022-02-14',
      '--clear',
      'url',
      '--note',
      'seen on the outlet page',
    ]);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(
      /#1 camps corrected by .*: title "Women in the camps", url \(none\), published "2022-02-14"/,
    );
  });

  it('refuses bad input with exit 2, naming the option', async () => {
    const date = await tessera(['document', '1', '--published', 'yesterday']);
    expect(date.code).toBe(2);
    expect(date.stderr).toMatch(/--published a real date/);
    const url = await tessera(['document', '1', '--url', 'ftp://example.org/x']);
    expect(url.code).toBe(2);
    expect(url.stderr).toMatch(/--url an http or https address/);
    const nothing = await tessera(['document', '1']);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toMatch(/the correction is empty/);
    const both = await tessera(['document', '1', '--title', 'x', '--clear', 'title']);
    expect(both.code).toBe(2);
    const id = await tessera(['document', 'first', '--title', 'x']);
    expect(id.code).toBe(2);
    expect(id.stderr).toMatch(/ID must be a report id/);
  });

  it('says so when the report does not exist', async () => {
    const res = await tessera(['document', '99', '--title', 'x']);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/document not found: 99/);
  });
});
