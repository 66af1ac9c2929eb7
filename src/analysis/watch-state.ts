// Pure decisions of watching: what state a fetch shows given the one before, and which feed items are new.
// No I/O: the service fetches (ingest/capture.ts), this decides, the store records.
import type { WatchState } from '../domain/watch.ts';

/** Why a fetch got no HTTP answer, as ingest/capture.ts names it. */
export type FetchFailure =
  | 'timeout'
  | 'refused'
  | 'dns'
  | 'tls'
  | 'connection'
  | 'forbidden_address'
  | 'too_large'
  | 'redirects'
  | 'other';

export type FetchOutcome =
  | {
      kind: 'response';
      httpStatus: number;
      /** SHA-256 of the body; for a 304 the service passes the bytes it already holds. */
      sha256: string | null;
      /** The start of the body as text, for block-page signatures (null when not text). */
      text: string | null;
    }
  | { kind: 'failure'; failure: FetchFailure };

export interface PreviousFetch {
  state: WatchState;
  /** SHA-256 of the last body answered with 2xx: what `changed` compares with. */
  liveSha256: string | null;
}

/**
 * Pages that answer 200 (or 403) with a notice instead of the report: the words of the notices that
 * national blocking systems and courts put in place of a page. Matched case-insensitively, in the first
 * 64 KB of the page's text.
 */
export const BLOCK_PAGE_SIGNATURES: readonly { name: string; pattern: RegExp }[] = [
  { name: 'Roskomnadzor registry notice', pattern: /доступ к (информационному )?ресурсу ограничен/i },
  { name: 'Roskomnadzor registry notice', pattern: /единый реестр запрещ[её]нной информации/i },
  { name: 'Turkish court blocking notice', pattern: /hakkında verilen karar (uyarınca|gereğince).*erişim/is },
  { name: 'Turkish law 5651 notice', pattern: /5651 sayılı kanun/i },
  {
    name: 'Kazakhstan access restriction',
    pattern: /доступ к (данному )?(интернет-)?ресурсу (временно )?ограничен/i,
  },
  { name: 'Indonesian Internet Positif', pattern: /internet ?positif/i },
  {
    name: 'court order block page',
    pattern:
      /(this|the) (web ?site|page|site|url) (has been|is) blocked (by|under|in accordance with|pursuant to)/i,
  },
  {
    name: 'court order block page',
    pattern:
      /access to this (web ?site|page|site|resource) (has been|is) (blocked|restricted|denied) (by|under|in accordance with|pursuant to|on the order)/i,
  },
  {
    name: 'geo-blocked content',
    pattern:
      /(content|page|video) is not available in your (country|region) (due to|because of) (a )?(legal|government)/i,
  },
];

export const SIGNATURE_WINDOW = 64 * 1024;

/** The block-page signature the text carries, if any. */
export function blockPageSignature(text: string | null): string | null {
  if (!text) return null;
  const head = text.slice(0, SIGNATURE_WINDOW);
  return BLOCK_PAGE_SIGNATURES.find((s) => s.pattern.test(head))?.name ?? null;
}

const WAS_UP: ReadonlySet<WatchState> = new Set(['live', 'changed']);

export interface Classified {
  state: WatchState;
  /** Why, in words: shown in histories beside the state. */
  reason: string;
}

/** The state one fetch shows, given the fetch before it (null for the first). */
export function classifyFetch(outcome: FetchOutcome, previous: PreviousFetch | null): Classified {
  if (outcome.kind === 'failure') {
    const wasUp = previous !== null && WAS_UP.has(previous.state);
    switch (outcome.failure) {
      // A name that stops resolving, a handshake that fails or a connection cut where the page was there
      // is how most national blocks look from outside; the same on a page never seen up proves nothing.
      case 'dns':
      case 'tls':
      case 'connection':
        return wasUp
          ? { state: 'blocked', reason: `${FAILURE_WORDS[outcome.failure]} where the page was live before` }
          : { state: 'unreachable', reason: FAILURE_WORDS[outcome.failure] };
      case 'timeout':
      case 'refused':
      case 'forbidden_address':
      case 'too_large':
      case 'redirects':
      case 'other':
        return { state: 'unreachable', reason: FAILURE_WORDS[outcome.failure] };
    }
  }
  const status = outcome.httpStatus;
  if (status === 451) return { state: 'blocked', reason: 'HTTP 451 Unavailable For Legal Reasons' };
  if (status === 404 || status === 410) return { state: 'removed', reason: `HTTP ${status}` };
  const signature = status === 304 ? null : blockPageSignature(outcome.text);
  if (signature && (status < 300 || status === 403))
    return { state: 'blocked', reason: `a block page (${signature})` };
  if (status === 304) return { state: 'live', reason: 'not modified since the last fetch' };
  if (status >= 200 && status < 300) {
    if (previous?.liveSha256 && outcome.sha256 && previous.liveSha256 !== outcome.sha256)
      return { state: 'changed', reason: 'new bytes since the last live fetch' };
    return { state: 'live', reason: previous?.liveSha256 ? 'the same bytes as before' : 'first seen' };
  }
  return { state: 'unreachable', reason: `HTTP ${status}` };
}

const FAILURE_WORDS: Record<FetchFailure, string> = {
  timeout: 'timed out',
  refused: 'connection refused',
  dns: 'host not found',
  tls: 'TLS handshake failed',
  connection: 'connection reset or closed',
  forbidden_address: 'the host resolves to a private address',
  too_large: 'the answer is larger than the size limit',
  redirects: 'too many redirects',
  other: 'the fetch failed',
};

/** An item of a feed, as ingest/feed.ts reads it. */
export interface FeedItem {
  /** Its place in the feed, from 1: how a malformed item is named. */
  position: number;
  guid: string | null;
  link: string;
  title: string | null;
  /** ISO date (YYYY-MM-DD) as the feed states it, or null. */
  published: string | null;
}

/** The link without its fragment: `…/a#top` and `…/a` are one report. */
export function canonicalLink(link: string): string {
  try {
    const url = new URL(link);
    url.hash = '';
    return url.toString();
  } catch {
    return link;
  }
}

/** What identifies an item across fetches: its GUID and its link; either one seen before makes it old. */
export function feedItemKeys(item: Pick<FeedItem, 'guid' | 'link'>): string[] {
  const keys = [`url:${canonicalLink(item.link)}`];
  if (item.guid) keys.unshift(`guid:${item.guid}`);
  return keys;
}

/**
 * The items not seen before, once each: an item whose GUID or link is known, or repeats an earlier item
 * of the same feed, is left out. (The same bytes under a new link are one document: the store decides.)
 */
export function newFeedItems(items: readonly FeedItem[], known: ReadonlySet<string>): FeedItem[] {
  const seen = new Set(known);
  const fresh: FeedItem[] = [];
  for (const item of items) {
    const keys = feedItemKeys(item);
    if (keys.some((k) => seen.has(k))) continue;
    for (const k of keys) seen.add(k);
    fresh.push(item);
  }
  return fresh;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The calendar date a feed gives, as written in its own time zone: ISO 8601 (Atom, JSON Feed) or RFC 822
 * (RSS: `Sun, 06 Sep 2009 16:20:00 +0000`). Null when it is no date.
 */
export function feedDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const rfc = /(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})/i.exec(s);
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2]!.toLowerCase()) + 1;
    return month ? validDate(Number(rfc[3]), month, Number(rfc[1])) : null;
  }
  return null;
}

function validDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/** When a watch is next due: one interval after this fetch. */
export const nextDue = (at: Date, everySeconds: number): Date => new Date(at.getTime() + everySeconds * 1000);
