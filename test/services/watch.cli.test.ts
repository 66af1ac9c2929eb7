// `tessera watch` end to end in a child process: a local page watched, fetched twice, its history as
// JSON and its captures as WARC; usage errors exit 2 naming what is wrong.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WARCParser } from 'warcio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli-helpers.ts';

describe('tessera watch', { timeout: 300_000 }, () => {
  let dir: string;
  let server: Server;
  let base: string;
  let text = 'Version one: 21 children were returned to Kazakhstan.';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tessera-watch-'));
    server = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(`<html><body><p>${text}</p></body></html>`),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(dir, { recursive: true, force: true });
  });

  it('watches a page, records each fetch, prints the history as JSON and exports WARC', async () => {
    const store = join(dir, 'store');
    const url = `${base}/report`;
    const added = await runCli(['watch', 'add', url, '--every', '1h', '--allow-private'], store);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain(`watching ${url} every 1h`);
    const first = await runCli(['watch', 'run', '--once'], store);
    expect(first.stdout).toMatch(/^live\s+200 /m);
    text = 'Version two: 23 children were returned to Kazakhstan.';
    await runCli(['watch', 'run', '--once'], store);

    const history = await runCli(['watch', 'history', url, '--format', 'json'], store);
    expect(history.code, history.stderr).toBe(0);
    const entries = JSON.parse(history.stdout) as Record<string, unknown>[];
    expect(entries.map((e) => [e.httpStatus, e.state, e.finalUrl])).toEqual([
      [200, 'live', url],
      [200, 'changed', url],
    ]);
    expect(Object.keys(entries[0]!)).toEqual(
      expect.arrayContaining(['at', 'httpStatus', 'state', 'sha256', 'finalUrl']),
    );
    expect(entries[0]!.sha256).not.toEqual(entries[1]!.sha256);

    const list = await runCli(['watch', 'list', '--format', 'json'], store);
    expect(JSON.parse(list.stdout)).toMatchObject([{ url, kind: 'page', every: '1h', state: 'changed' }]);

    const file = join(dir, 'report.warc');
    const exported = await runCli(['watch', 'export', url, '--format', 'warc', '--output', file], store);
    expect(exported.code, exported.stderr).toBe(0);
    const bodies: string[] = [];
    for await (const record of WARCParser.iterRecords([await readFile(file)]))
      if (record.warcType === 'response') bodies.push(new TextDecoder().decode(await record.readFully(true)));
    expect(bodies).toEqual([expect.stringContaining('Version one'), expect.stringContaining('Version two')]);

    const removed = await runCli(['watch', 'remove', url], store);
    expect(removed.stdout).toContain(`stopped watching ${url}`);
    expect(JSON.parse((await runCli(['watch', 'list', '--format', 'json'], store)).stdout)).toEqual([]);
  });

  it('ends usage errors with exit 2, naming what is wrong', async () => {
    const store = join(dir, 'usage');
    const cases: [string[], string, RegExp][] = [
      [['watch', 'add', 'ftp://example.org/feed'], 'watch add', /URL must be an http\(s\) URL/],
      [['watch', 'add', 'http://127.0.0.1/feed'], 'watch add', /use --allow-private/],
      [['watch', 'add', 'https://example.org/feed', '--every', '10s'], 'watch add', /--every must be/],
      [['watch', 'list', '--format', 'xml'], 'watch list', /--format must be table or json/],
      [
        ['watch', 'export', 'https://example.org/', '--format', 'zip'],
        'watch export',
        /--format must be warc/,
      ],
      [['watch', 'history'], 'watch history', /missing required argument/],
      [['watch', 'alert', 'add', 'kz', '--origin', 'ZZ'], 'watch alert add', /--origin must be/],
      [
        ['watch', 'alert', 'add', 'kz', '--on', 'state', '--origin', 'KZ'],
        'watch alert add',
        /--on must be claim/,
      ],
      [
        ['watch', 'alert', 'add', 'hook', '--on', 'state', '--webhook', 'http://10.1.2.3/'],
        'watch alert add',
        /private address/,
      ],
    ];
    for (const [args, command, message] of cases) {
      const run = await runCli(args, store);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(message);
      expect(run.stderr, args.join(' ')).toContain(`Usage: tessera ${command} `);
    }
  });
});
