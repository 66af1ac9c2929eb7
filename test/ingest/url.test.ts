import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { lookup } from 'node:dns/promises';
import { hostname } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchUrl, isPublicAddress } from '../../src/ingest/url.ts';

describe('fetchUrl', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      switch (req.url ?? '') {
        case '/report.html':
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end('<html><body><p>About 140 minors</p></body></html>');
          return;
        case '/moved':
          res.writeHead(302, { location: '/report.html' });
          res.end();
          return;
        case '/loop':
          res.writeHead(302, { location: '/loop' });
          res.end();
          return;
        case '/big':
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.write('x'.repeat(64 * 1024));
          res.end('x'.repeat(64 * 1024));
          return;
        case '/slow':
          setTimeout(() => res.end('late'), 2_000).unref();
          return;
        default:
          res.writeHead(404);
          res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  const opts = { allowPrivate: true, maxBytes: 100_000, timeoutMs: 5_000 };

  it('fetches a page from a private address when allowed, following redirects', async () => {
    const got = await fetchUrl(`${base}/moved`, opts);
    expect(got.url).toBe(`${base}/report.html`);
    expect(got.contentType).toMatch(/text\/html/);
    expect(new TextDecoder().decode(got.bytes)).toContain('140 minors');
  });

  it('refuses loopback and private addresses unless allowed', async () => {
    await expect(fetchUrl(`${base}/report.html`, { ...opts, allowPrivate: false })).rejects.toMatchObject({
      code: 'forbidden_address',
    });
    await expect(fetchUrl('http://localhost:1/', { ...opts, allowPrivate: false })).rejects.toMatchObject({
      code: 'forbidden_address',
    });
    await expect(fetchUrl('http://[::1]:1/', { ...opts, allowPrivate: false })).rejects.toMatchObject({
      code: 'forbidden_address',
    });
  });

  it('checks the addresses a host name resolves to, not just literal addresses', async () => {
    const name = hostname();
    const resolved = await lookup(name).catch(() => null);
    if (!resolved || isPublicAddress(resolved.address)) return; // Nothing private to point at on this machine.
    const port = new URL(base).port;
    await expect(
      fetchUrl(`http://${name}:${port}/report.html`, { ...opts, allowPrivate: false }),
    ).rejects.toMatchObject({
      code: 'forbidden_address',
    });
  });

  it('refuses other schemes, redirect loops, oversized bodies and slow servers', async () => {
    await expect(fetchUrl('ftp://example.org/r.txt', opts)).rejects.toThrow(/only http and https/);
    await expect(fetchUrl('file:///etc/passwd', opts)).rejects.toThrow(/only http and https/);
    await expect(fetchUrl(`${base}/loop`, opts)).rejects.toThrow(/redirect/);
    await expect(fetchUrl(`${base}/big`, opts)).rejects.toMatchObject({ code: 'too_large' });
    await expect(fetchUrl(`${base}/slow`, { ...opts, timeoutMs: 300 })).rejects.toThrow(/timed out/);
    await expect(fetchUrl(`${base}/missing`, opts)).rejects.toThrow(/HTTP 404/);
  });

  it('counts only globally routable unicast addresses as public', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '192.168.0.1',
      '172.16.5.4',
      '169.254.169.254',
      '::1',
      'fe80::1',
      'fc00::1',
      '::ffff:127.0.0.1',
      '0.0.0.0',
      '100.64.0.1',
    ]) {
      expect(isPublicAddress(a), a).toBe(false);
    }
    for (const a of ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'])
      expect(isPublicAddress(a), a).toBe(true);
  });
});
