/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- JSON bodies read loosely in tests */
// The watch routes through fastify.inject: watches added and removed, histories, a report's
// availability, the WARC export, alert rules and alerts; bad input answered with 4xx.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { WARCParser } from 'warcio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { ingest } from '../../src/services/ingest.service.ts';
import { runWatches } from '../../src/services/watch.service.ts';
import { openRepository } from '../../src/storage/drivers/pglite.ts';
import type { Repository } from '../../src/storage/repository.ts';
import { linker } from '../../src/services/link.service.ts';

const OPTIONS = { actor: 'api-test', maxBytes: 1e6, fetchTimeoutMs: 3000 };
let repo: Repository;
let app: FastifyInstance;
let server: Server;
let base: string;
let gone = false;

beforeAll(async () => {
  repo = await openRepository('memory://', linker);
  app = await buildApp({
    repo,
    user: 'tester',
    maxUploadBytes: 1e6,
    fetchTimeoutMs: 3000,
    allowPrivate: true,
  });
  server = createServer((_req, res) => {
    if (gone) return res.writeHead(410).end('gone');
    res.writeHead(200, { 'content-type': 'text/html' }).end('<p>Eleven children returned to Kazakhstan.</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app.close();
  await repo.close();
  await new Promise((resolve) => server.close(resolve));
});

const call = async (method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) => {
  const res = await app.inject({ method, url, payload });
  const json = String(res.headers['content-type']).startsWith('application/json');
  return {
    status: res.statusCode,
    body: json ? res.json<Record<string, any>>() : {},
    raw: res.rawPayload,
    headers: res.headers,
  };
};

describe('watch routes', () => {
  it('adds a watch, shows its history and the availability of the report it gave, exports WARC, removes it', async () => {
    const url = `${base}/page`;
    const added = await call('POST', '/api/watches', { url, every: '2h' });
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({ created: true, watch: { url, every: '2h', state: null } });
    const rule = await call('POST', '/api/alert-rules', { name: 'page state', on: 'state', url });
    expect(rule.status).toBe(200);

    await runWatches(repo, OPTIONS, { all: true });
    await ingest(repo, [url], { ...OPTIONS, allowPrivate: true }, () => {});
    gone = true;
    await runWatches(repo, OPTIONS, { all: true });

    const list = await call('GET', '/api/watches');
    expect(list.body.items).toMatchObject([{ url, kind: 'page', state: 'removed' }]);
    const history = await call('GET', `/api/watches/history?url=${encodeURIComponent(url)}`);
    expect(history.body.items.map((h: any) => [h.httpStatus, h.state])).toEqual([
      [200, 'live'],
      [410, 'removed'],
    ]);
    const [doc] = await repo.listDocuments({});
    const availability = await call('GET', `/api/documents/${doc!.id}/availability`);
    expect(availability.body.availability).toMatchObject({ url, state: 'removed' });
    expect(availability.body.availability.history).toHaveLength(2);

    const alerts = await call('GET', '/api/alerts');
    expect(alerts.body.items).toMatchObject([
      { ruleName: 'page state', message: `${url} went from live to removed` },
    ]);

    const warc = await call('GET', `/api/watches/warc?url=${encodeURIComponent(url)}`);
    expect(warc.status).toBe(200);
    expect(warc.headers['content-type']).toBe('application/warc');
    const statuses = [];
    for await (const record of WARCParser.iterRecords([warc.raw]))
      if (record.warcType === 'response') statuses.push(record.httpHeaders?.statusCode);
    expect(statuses).toEqual([200, 410]);

    expect((await call('DELETE', `/api/watches?url=${encodeURIComponent(url)}`)).status).toBe(200);
    expect((await call('GET', '/api/watches')).body.items).toEqual([]);
  });

  it('answers bad input with 400 and unknown URLs with 404', async () => {
    const badEvery = await call('POST', '/api/watches', { url: `${base}/x`, every: 'often' });
    expect(badEvery.status).toBe(400);
    expect(badEvery.body.message).toMatch(/every must be a whole number/);
    expect((await call('POST', '/api/watches', { url: 'file:///etc/passwd' })).status).toBe(400);
    expect((await call('GET', '/api/watches/history?url=https://nowhere.example/')).status).toBe(404);
    expect(
      (await call('POST', '/api/alert-rules', { name: 'x', on: 'claim', filter: { origin: 'ZZ' } })).status,
    ).toBe(400);
    expect((await call('DELETE', '/api/alert-rules/999')).status).toBe(404);
  });
});
