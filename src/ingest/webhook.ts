// Posting an alert to a webhook: JSON, no redirects followed, bounded in time, and no private addresses
// unless the rule allows them (the same checks as fetching, ingest/url.ts).
import { Agent, request } from 'undici';
import { WATCH_USER_AGENT } from './capture.ts';
import { checkUrl, guardedLookup } from './url.ts';

/** Posts the payload; says how it went (`HTTP 204`, or why it failed), never throws. */
export async function postWebhook(
  url: string,
  payload: unknown,
  opts: { allowPrivate: boolean; timeoutMs: number },
): Promise<string> {
  const dispatcher = new Agent({
    connect: opts.allowPrivate
      ? { timeout: opts.timeoutMs }
      : { timeout: opts.timeoutMs, lookup: guardedLookup(url) },
    headersTimeout: opts.timeoutMs,
    bodyTimeout: opts.timeoutMs,
  });
  try {
    const res = await request(checkUrl(url, opts.allowPrivate), {
      method: 'POST',
      dispatcher,
      signal: AbortSignal.timeout(opts.timeoutMs),
      headers: { 'content-type': 'application/json', 'user-agent': WATCH_USER_AGENT },
      body: JSON.stringify(payload),
    });
    await res.body.dump().catch(() => {});
    return `HTTP ${res.statusCode}`;
  } catch (e) {
    const cause = e instanceof Error ? (e.cause ?? e) : e;
    return `failed: ${cause instanceof Error ? cause.message : String(cause)}`;
  } finally {
    await dispatcher.close().catch(() => {});
  }
}
