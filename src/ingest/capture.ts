// One capture of a watched URL: whatever the server answers (any status, its headers and raw body), or
// why nothing was answered. The same limits as ingestion (ingest/url.ts: http(s) only, no private
// addresses unless allowed, size, time and redirect limits), asked politely: a user agent naming
// Tessera, and If-None-Match / If-Modified-Since when the last answer gave an ETag or a date.
import { STATUS_CODES } from 'node:http';
import { request } from 'undici';
import type { FetchFailure } from '../analysis/watch-state.ts';
import { TesseraError } from '../domain/errors.ts';
import { hostOf, oneAtATime } from './host-gate.ts';
import { checkUrl, safeDispatcher } from './url.ts';

export const WATCH_USER_AGENT = 'Tessera/0.1 (evidence collection; watching a page or feed)';

export interface CaptureOptions {
  allowPrivate: boolean;
  maxBytes: number;
  timeoutMs: number;
  maxRedirects?: number;
  /** From the last answer: sent as If-None-Match / If-Modified-Since. */
  etag?: string | null;
  lastModified?: string | null;
}

export type Capture =
  | {
      kind: 'response';
      httpStatus: number;
      /** `HTTP/1.1 200 OK`: the status line as a WARC record writes it. */
      statusLine: string;
      /** The URL that answered, after redirects. */
      finalUrl: string;
      /** The response headers as received, in order. */
      headers: [string, string][];
      bytes: Uint8Array;
    }
  | { kind: 'failure'; failure: FetchFailure; message: string; finalUrl: string | null };

/** Captures a URL, waiting for any other request of this process to the same host to finish first. */
export function captureUrl(raw: string, opts: CaptureOptions): Promise<Capture> {
  return oneAtATime(hostOf(raw), () => capture(raw, opts));
}

async function capture(raw: string, opts: CaptureOptions): Promise<Capture> {
  const maxRedirects = opts.maxRedirects ?? 5;
  let url: URL;
  try {
    url = checkUrl(raw, opts.allowPrivate);
  } catch (e) {
    return failed(e, null);
  }
  const dispatcher = safeDispatcher(raw, opts);
  const signal = AbortSignal.timeout(opts.timeoutMs);
  try {
    for (let hop = 0; ; hop++) {
      const headers: Record<string, string> = {
        'user-agent': WATCH_USER_AGENT,
        accept: 'application/rss+xml,application/atom+xml,application/feed+json,text/html,*/*;q=0.5',
      };
      // Conditional headers belong to the URL that gave them, not to where it redirects.
      if (hop === 0 && opts.etag) headers['if-none-match'] = opts.etag;
      if (hop === 0 && opts.lastModified) headers['if-modified-since'] = opts.lastModified;
      let res;
      try {
        res = await request(url, { method: 'GET', dispatcher, signal, headers });
      } catch (e) {
        return failed(e, url.toString(), signal);
      }
      const location = res.headers.location;
      if (res.statusCode >= 300 && res.statusCode < 400 && res.statusCode !== 304 && location) {
        await res.body.dump().catch(() => {});
        if (hop >= maxRedirects)
          return {
            kind: 'failure',
            failure: 'redirects',
            message: `more than ${maxRedirects} redirects`,
            finalUrl: url.toString(),
          };
        try {
          url = checkUrl(
            new URL(Array.isArray(location) ? location[0]! : location, url).toString(),
            opts.allowPrivate,
          );
        } catch (e) {
          return failed(e, url.toString());
        }
        continue;
      }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > opts.maxBytes) {
        await res.body.dump().catch(() => {});
        return tooLarge(declared, opts.maxBytes, url);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      try {
        for await (const chunk of res.body) {
          const buf = chunk as Buffer;
          size += buf.length;
          if (size > opts.maxBytes) {
            res.body.destroy();
            return tooLarge(size, opts.maxBytes, url);
          }
          chunks.push(buf);
        }
      } catch (e) {
        return failed(e, url.toString(), signal);
      }
      return {
        kind: 'response',
        httpStatus: res.statusCode,
        statusLine: `HTTP/1.1 ${res.statusCode} ${STATUS_CODES[res.statusCode] ?? ''}`.trimEnd(),
        finalUrl: url.toString(),
        headers: headerPairs(res.headers),
        bytes: new Uint8Array(Buffer.concat(chunks)),
      };
    }
  } finally {
    await dispatcher.close().catch(() => {});
  }
}

function headerPairs(headers: Record<string, string | string[] | undefined>): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) pairs.push([name, v]);
  }
  return pairs;
}

const tooLarge = (size: number, limit: number, url: URL): Capture => ({
  kind: 'failure',
  failure: 'too_large',
  message: `${size} bytes exceeds the limit of ${limit} bytes`,
  finalUrl: url.toString(),
});

const TLS_CODE = /^(ERR_TLS|ERR_SSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_OSSL)/;

/** Names why a fetch got no answer, from the error undici or the lookup raised. */
function failed(e: unknown, finalUrl: string | null, signal?: AbortSignal): Capture {
  const cause = e instanceof Error ? (e.cause ?? e) : e;
  const own = [e, cause].find((x): x is TesseraError => x instanceof TesseraError);
  const message = e instanceof Error ? e.message : String(e);
  const result = (failure: FetchFailure, words: string): Capture => ({
    kind: 'failure',
    failure,
    message: words,
    finalUrl,
  });
  if (own) return result(own.code === 'forbidden_address' ? 'forbidden_address' : 'other', own.message);
  if (signal?.aborted) return result('timeout', 'timed out');
  const code = (e as { code?: string }).code ?? (cause as { code?: string } | undefined)?.code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME')
    return result('dns', 'host not found');
  if (code === 'ECONNREFUSED') return result('refused', 'connection refused');
  if (/TIMEOUT/i.test(code) || code === 'ETIMEDOUT') return result('timeout', 'timed out');
  if (TLS_CODE.test(code)) return result('tls', `TLS failed (${code})`);
  if (['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_SOCKET'].includes(code))
    return result('connection', `connection failed (${code})`);
  return result('other', message);
}
