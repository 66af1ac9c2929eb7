// Fetching a report by URL, safely: http(s) only, bounded size, time and redirects, and no requests to
// loopback, link-local or private addresses unless allowed (checked on every address DNS returns).
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { Agent, request } from 'undici';
import { fetchFailed, forbiddenAddress, tooLarge } from '../domain/errors.ts';

export interface FetchOptions {
  allowPrivate: boolean;
  maxBytes: number;
  timeoutMs: number;
  maxRedirects?: number;
}

export interface Fetched {
  /** The URL the bytes came from, after redirects. */
  url: string;
  bytes: Uint8Array;
  contentType: string | null;
}

/** Only globally routable unicast addresses are fetched by default. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return parsed.range() === 'unicast';
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** A DNS lookup that refuses names resolving to any non-public address (shared with ingest/capture.ts). */
export function guardedLookup(url: string) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '');
      const refused = addresses.find((a) => !isPublicAddress(a.address));
      if (refused) {
        return callback(
          forbiddenAddress(url, `${hostname} resolves to ${refused.address}, a non-public address`),
          '',
        );
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first)
        return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '');
      callback(null, first.address, first.family);
    });
  };
}

/** The URL parsed, if it may be fetched at all: http(s), no credentials, no private host unless allowed. */
export function checkUrl(raw: string, allowPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw fetchFailed(raw, 'not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw fetchFailed(raw, 'only http and https URLs are fetched');
  if (url.username || url.password) throw fetchFailed(raw, 'URLs with credentials are not fetched');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate) {
    if (isIP(host) && !isPublicAddress(host)) {
      throw forbiddenAddress(
        raw,
        `${host} is a loopback, link-local or private address (use --allow-private)`,
      );
    }
    if (host === 'localhost' || host.endsWith('.localhost')) {
      throw forbiddenAddress(raw, 'localhost is not fetched (use --allow-private)');
    }
  }
  return url;
}

/**
 * The connection settings every fetch of a URL uses: its time limits, and unless private addresses are
 * allowed, a DNS lookup that refuses them (checked at connect time, so a redirect or rebinding cannot slip by).
 */
export function safeDispatcher(raw: string, opts: { allowPrivate: boolean; timeoutMs: number }): Agent {
  return new Agent({
    connect: opts.allowPrivate
      ? { timeout: opts.timeoutMs }
      : { timeout: opts.timeoutMs, lookup: guardedLookup(raw) },
    headersTimeout: opts.timeoutMs,
    bodyTimeout: opts.timeoutMs,
  });
}

export async function fetchUrl(raw: string, opts: FetchOptions): Promise<Fetched> {
  const maxRedirects = opts.maxRedirects ?? 5;
  const dispatcher = safeDispatcher(raw, opts);
  const signal = AbortSignal.timeout(opts.timeoutMs);
  try {
    let url = checkUrl(raw, opts.allowPrivate);
    for (let hop = 0; ; hop++) {
      let res;
      try {
        res = await request(url, {
          method: 'GET',
          dispatcher,
          signal,
          headers: {
            'user-agent': 'tessera/0.1 (+evidence collection)',
            accept: 'text/html,text/plain,application/pdf,*/*;q=0.5',
          },
        });
      } catch (e) {
        throw describeFailure(raw, e, signal);
      }
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location) {
        await res.body.dump().catch(() => {});
        if (hop >= maxRedirects)
          throw fetchFailed(raw, `more than ${maxRedirects} redirects (a redirect loop?)`);
        const location = Array.isArray(res.headers.location)
          ? res.headers.location[0]!
          : res.headers.location;
        url = checkUrl(new URL(location, url).toString(), opts.allowPrivate);
        continue;
      }
      if (res.statusCode < 200 || res.statusCode >= 300) {
        await res.body.dump().catch(() => {});
        throw fetchFailed(raw, `the server answered HTTP ${res.statusCode}`);
      }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > opts.maxBytes) {
        await res.body.dump().catch(() => {});
        throw tooLarge(raw, declared, opts.maxBytes);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      try {
        for await (const chunk of res.body) {
          const buf = chunk as Buffer;
          size += buf.length;
          if (size > opts.maxBytes) {
            res.body.destroy();
            throw tooLarge(raw, size, opts.maxBytes);
          }
          chunks.push(buf);
        }
      } catch (e) {
        if (e instanceof Error && e.name === 'TesseraError') throw e;
        throw describeFailure(raw, e, signal);
      }
      const type = res.headers['content-type'];
      return {
        url: url.toString(),
        bytes: new Uint8Array(Buffer.concat(chunks)),
        contentType: (Array.isArray(type) ? type[0] : type) ?? null,
      };
    }
  } finally {
    await dispatcher.close().catch(() => {});
  }
}

function describeFailure(url: string, e: unknown, signal: AbortSignal): Error {
  if (e instanceof Error && e.name === 'TesseraError') return e;
  // The guarded lookup's refusal arrives wrapped in undici's connection error.
  const cause = e instanceof Error ? (e.cause ?? e) : e;
  if (cause instanceof Error && cause.name === 'TesseraError') return cause;
  if (signal.aborted) return fetchFailed(url, 'timed out', e);
  const code = (e as { code?: string }).code ?? (cause as { code?: string }).code;
  const message = e instanceof Error ? e.message : String(e);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return fetchFailed(url, 'host not found', e);
  if (code === 'ECONNREFUSED') return fetchFailed(url, 'connection refused', e);
  if (code?.startsWith('UND_ERR_') && /timeout/i.test(code)) return fetchFailed(url, 'timed out', e);
  return fetchFailed(url, message, e);
}
