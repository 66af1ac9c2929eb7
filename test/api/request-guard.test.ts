// DNS rebinding and cross-site writes, tried as a hostile page would: the server answers only the host
// names it serves and takes writes only from its own pages or from clients that are no browser.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { hostNameOf, servedHostNames } from '../../src/api/request-guard.ts';
import { openRepository } from '../../src/storage/drivers/pglite.ts';
import type { Repository } from '../../src/storage/repository.ts';
import { linker } from '../../src/services/link.service.ts';

let dir: string;
let repo: Repository;
let app: FastifyInstance;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-guard-'));
  repo = await openRepository(join(dir, 'data'), linker);
  app = await buildApp({
    repo,
    user: 'tester',
    maxUploadBytes: 64 * 1024,
    fetchTimeoutMs: 1000,
    listenHost: '127.0.0.1',
    publicUrl: 'https://tessera.example.org',
  });
});

afterAll(async () => {
  await app?.close();
  await repo?.close();
  await rm(dir, { recursive: true, force: true });
});

const get = (host: string) => app.inject({ method: 'GET', url: '/api/overview', headers: { host } });
// A write any page could attempt: undoing a review of a claim that does not exist.
const write = (headers: Record<string, string>) =>
  app.inject({
    method: 'POST',
    url: '/api/claims/999999/undo',
    headers: { host: 'localhost:8080', ...headers },
  });

describe('host names', () => {
  it('answers loopback names, its listening address and its public name, on any port', async () => {
    for (const host of ['localhost:8080', '127.0.0.1:8080', '[::1]:8080', 'tessera.example.org', 'LOCALHOST'])
      expect((await get(host)).statusCode, host).toBe(200);
  });

  it('answers any other name with 421 and says which names it serves', async () => {
    const rebound = await get('evil.example:8080');
    expect(rebound.statusCode).toBe(421);
    expect(rebound.json()).toMatchObject({ code: 'misdirected_request' });
    expect(rebound.json<{ message: string }>().message).toMatch(/evil\.example.*localhost/);
    expect((await get('localhost.evil.example')).statusCode).toBe(421);
    expect((await get('not a host')).statusCode).toBe(421);
  });

  it('reads host headers and served names as a browser sends them', () => {
    expect(hostNameOf('[::1]:8080')).toBe('::1');
    expect(hostNameOf('Example.ORG.')).toBe('example.org');
    expect(hostNameOf('a:b:c')).toBeNull();
    expect([...servedHostNames({ listenHost: '0.0.0.0' })]).toEqual(['localhost', '127.0.0.1', '::1']);
    expect(servedHostNames({ listenHost: '192.168.1.20' }).has('192.168.1.20')).toBe(true);
  });
});

describe('writes', () => {
  it('refuses a write from another site, by its Origin or its Sec-Fetch-Site', async () => {
    for (const headers of <Record<string, string>[]>[
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { origin: 'http://localhost:9999' },
      { 'sec-fetch-site': 'cross-site' },
    ]) {
      const res = await write(headers);
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      expect(res.json()).toMatchObject({ code: 'forbidden' });
    }
  });

  it('takes writes from its own pages, its public origin and clients that are no browser', async () => {
    // 404: the write reached the route, which found no such claim.
    for (const headers of <Record<string, string>[]>[
      { origin: 'http://localhost:8080' },
      { origin: 'https://tessera.example.org' },
      { 'sec-fetch-site': 'same-origin' },
      {},
    ])
      expect((await write(headers)).statusCode, JSON.stringify(headers)).toBe(404);
  });

  it('lets any site read, as reads change nothing', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/overview',
      headers: { host: 'localhost:8080', origin: 'https://evil.example' },
    });
    expect(res.statusCode).toBe(200);
  });
});
