// `tessera collection`, and `ingest`, `export` and `watch add --collection`, as a user types them: usage
// errors exit 2 naming what is wrong, reports and watches go into the collection named (general without
// one), and an export of a restricted collection leaves its quotes out unless --with-quotes.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../services/cli-helpers.ts';

let root: string;
let data: string;

const tessera = (args: string[], input = '') => runCli(args, data, input);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tessera-collections-cli-'));
  data = join(root, 'data');
  await writeFile(
    join(root, 'open.txt'),
    'Officials said 12 children returned from Syria to Kazakhstan in 2020.',
  );
  await writeFile(
    join(root, 'secret.txt'),
    'Officials said 30 women returned from Iraq to Tajikistan in 2021.',
  );
});
afterAll(async () => rm(root, { recursive: true, force: true }));

interface Listed {
  name: string;
  restricted: boolean;
  documents: number;
  grants: { user: string; role: string }[];
}

describe('tessera collection', () => {
  it('adds collections once, refusing bad names with exit 2, and lists them with general', async () => {
    const bad = await tessera(['collection', 'add', 'Child Cases']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/collection name .* not "Child Cases"/);
    expect(await tessera(['collection', 'add', 'minors', '--restricted'])).toMatchObject({
      code: 0,
      stdout: 'collection minors added (restricted)\n',
    });
    const again = await tessera(['collection', 'add', 'minors']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/"minors" exists already/);
    const listed = JSON.parse((await tessera(['collection', 'list', '--format', 'json'])).stdout) as Listed[];
    expect(listed.map((c) => [c.name, c.restricted, c.documents])).toEqual([
      ['general', false, 0],
      ['minors', true, 0],
    ]);
    expect((await tessera(['collection', 'list', '--format', 'xml'])).code).toBe(2);
  });

  it('ingests into the collection named, general without one, and refuses an unknown one with exit 2', async () => {
    const unknown = await tessera(['ingest', join(root, 'secret.txt'), '--collection', 'nowhere']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no collection named "nowhere"/);
    expect((await tessera(['ingest', join(root, 'open.txt')])).code).toBe(0);
    expect((await tessera(['ingest', join(root, 'secret.txt'), '--collection', 'minors'])).code).toBe(0);
    const listed = JSON.parse((await tessera(['collection', 'list', '--format', 'json'])).stdout) as Listed[];
    expect(listed.map((c) => [c.name, c.documents])).toEqual([
      ['general', 1],
      ['minors', 1],
    ]);
  });

  it('grants and revokes a role in a collection, refusing a bad role with exit 2', async () => {
    expect((await tessera(['user', 'add', 'vera', '--role', 'viewer'], 'a long password\n')).code).toBe(0);
    const bad = await tessera(['collection', 'grant', 'minors', 'vera', '--role', 'admin']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/collection role is viewer or analyst, not "admin"/);
    expect(await tessera(['collection', 'grant', 'minors', 'vera', '--role', 'viewer'])).toMatchObject({
      code: 0,
      stdout: 'vera is viewer in minors\n',
    });
    const nobody = await tessera(['collection', 'grant', 'minors', 'nobody', '--role', 'viewer']);
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toMatch(/nobody/);
    const listed = JSON.parse((await tessera(['collection', 'list', '--format', 'json'])).stdout) as Listed[];
    expect(listed.find((c) => c.name === 'minors')?.grants).toEqual([{ user: 'vera', role: 'viewer' }]);
    expect((await tessera(['collection', 'list'])).stdout).toMatch(
      /minors\s+restricted\s+1\s+vera \(viewer\)/,
    );
    expect((await tessera(['collection', 'revoke', 'minors', 'vera'])).code).toBe(0);
    const twice = await tessera(['collection', 'revoke', 'minors', 'vera']);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/vera in minors/);
  });

  it('exports one collection, without the quotes of a restricted one unless --with-quotes', async () => {
    const unknown = await tessera(['export', '--format', 'jsonl', '--collection', 'nowhere']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no collection named "nowhere"/);
    const open = await tessera(['export', '--format', 'jsonl', '--collection', 'general']);
    const openLines = open.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(openLines.map((l) => l.quote)).toEqual(['12 children']);
    const secret = await tessera(['export', '--format', 'jsonl', '--collection', 'minors']);
    const lines = secret.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ quote: null, population: 'women' });
    expect(lines[0]!.quoteWithheld).toMatch(/--with-quotes/);
    const quoted = await tessera(['export', '--format', 'jsonl', '--collection', 'minors', '--with-quotes']);
    expect((JSON.parse(quoted.stdout.trim()) as { quote: string }).quote).toBe('30 women');
    const csv = (await tessera(['export', '--format', 'csv'])).stdout.split('\r\n');
    expect(csv[0]).toMatch(/,quote_withheld$/);
    expect(csv.filter((r) => r.endsWith(',true'))).toHaveLength(1);
    // The export of the restricted collection was logged with who ran it.
    const audit = JSON.parse((await tessera(['audit', '--format', 'json'])).stdout) as {
      action: string;
      details: { read?: string };
    }[];
    expect(audit.filter((c) => c.action === 'collection.read' && c.details.read === 'export').length).toBe(3);
  });

  it('watches a URL in the collection named (general without one), refusing an unknown one with exit 2', async () => {
    const unknown = await tessera([
      'watch',
      'add',
      'https://example.org/feed.xml',
      '--collection',
      'nowhere',
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--collection: there is no collection named "nowhere"/);
    const added = await tessera(['watch', 'add', 'https://example.org/feed.xml', '--collection', 'minors']);
    expect(added).toMatchObject({ code: 0 });
    expect(added.stdout).toMatch(
      /^watching https:\/\/example\.org\/feed\.xml every 6h in the collection minors;/,
    );
    expect((await tessera(['watch', 'add', 'https://example.org/news'])).stdout).toMatch(
      /in the collection general;/,
    );
    // The same URL named into another collection: refused (exit 1), naming where it is.
    const elsewhere = await tessera([
      'watch',
      'add',
      'https://example.org/feed.xml',
      '--collection',
      'general',
    ]);
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stderr).toMatch(/watched in the collection "minors" already/);
    const listed = JSON.parse((await tessera(['watch', 'list', '--format', 'json'])).stdout) as {
      url: string;
      collection: string;
    }[];
    expect(listed.map((w) => [w.url, w.collection])).toEqual([
      ['https://example.org/feed.xml', 'minors'],
      ['https://example.org/news', 'general'],
    ]);
  });
  it('moves a watch to another collection, refusing an unknown collection with exit 2 and an unwatched URL with 1', async () => {
    const unknown = await tessera(['watch', 'move', 'https://example.org/news', '--collection', 'nowhere']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--collection: there is no collection named "nowhere"/);
    const missing = await tessera([
      'watch',
      'move',
      'https://example.org/unwatched',
      '--collection',
      'minors',
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/https:\/\/example\.org\/unwatched/);
    const moved = await tessera(['watch', 'move', 'https://example.org/news', '--collection', 'minors']);
    expect(moved).toMatchObject({ code: 0 });
    expect(moved.stdout).toMatch(/^https:\/\/example\.org\/news is watched in the collection minors now;/);
    const listed = JSON.parse((await tessera(['watch', 'list', '--format', 'json'])).stdout) as {
      url: string;
      collection: string;
    }[];
    expect(listed.find((w) => w.url === 'https://example.org/news')?.collection).toBe('minors');
  });
});
