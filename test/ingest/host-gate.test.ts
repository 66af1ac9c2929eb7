// Polite fetching: captures of one host wait for each other; another host is not held up.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureUrl } from '../../src/ingest/capture.ts';

interface SlowHost {
  base: string;
  server: Server;
  inFlight: number;
  most: number;
  started: number[];
}

async function slowHost(delayMs: number): Promise<SlowHost> {
  const host: SlowHost = { base: '', server: createServer(), inFlight: 0, most: 0, started: [] };
  host.server.on('request', (_req, res) => {
    host.inFlight++;
    host.most = Math.max(host.most, host.inFlight);
    host.started.push(Date.now());
    setTimeout(() => {
      host.inFlight--;
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    }, delayMs);
  });
  await new Promise<void>((resolve) => host.server.listen(0, '127.0.0.1', resolve));
  host.base = `http://127.0.0.1:${(host.server.address() as AddressInfo).port}`;
  return host;
}

const OPTIONS = { allowPrivate: true, maxBytes: 1000, timeoutMs: 5000 };

describe('one request per host at a time', () => {
  let a: SlowHost;
  let b: SlowHost;
  beforeAll(async () => {
    a = await slowHost(150);
    b = await slowHost(150);
  });
  afterAll(async () => {
    await Promise.all([a, b].map((h) => new Promise((resolve) => h.server.close(resolve))));
  });

  it('queues captures of one host and lets another host go on', async () => {
    const started = Date.now();
    const results = await Promise.all([
      captureUrl(`${a.base}/1`, OPTIONS),
      captureUrl(`${a.base}/2`, OPTIONS),
      captureUrl(`${a.base}/3`, OPTIONS),
      captureUrl(`${b.base}/1`, OPTIONS),
    ]);
    expect(results.map((r) => (r.kind === 'response' ? r.httpStatus : r.failure))).toEqual([
      200, 200, 200, 200,
    ]);
    expect(a.most).toBe(1);
    expect(a.started).toHaveLength(3);
    // The other host was asked while the first host's queue was still going.
    expect(b.started[0]! - started).toBeLessThan(a.started[2]! - started);
  });
});
