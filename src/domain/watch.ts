// Watching feeds and pages: the states a fetch shows, how often a URL is fetched, and alert rules, as zod
// schemas both surfaces parse with the same words.
import { z } from 'zod';
import { ClaimFilter } from './filters.ts';

/**
 * What one fetch of a watched URL shows: `live` (answered, same bytes or first seen), `changed` (new
 * bytes), `removed` (404, 410), `blocked` (451, a block page, or a DNS/TLS/connection failure where it
 * was live before), `unreachable` (timeouts, refused connections, other errors).
 */
export const WATCH_STATES = ['live', 'changed', 'removed', 'blocked', 'unreachable'] as const;
export type WatchState = (typeof WATCH_STATES)[number];

/** What a watched URL turned out to be, at its latest fetch (null before the first). */
export const WATCH_KINDS = ['feed', 'page'] as const;
export type WatchKind = (typeof WATCH_KINDS)[number];

const UNIT_SECONDS = { m: 60, h: 3600, d: 86_400 } as const;
export const INTERVAL_HINT = 'a whole number of minutes, hours or days such as 30m, 6h or 1d (at least 5m)';
const MIN_INTERVAL_SECONDS = 5 * 60;
const MAX_INTERVAL_SECONDS = 365 * 86_400;

/** `6h` → 21600 seconds; refuses anything shorter than five minutes (polite fetching) or over a year. */
export function intervalSeconds(value: string): number | null {
  const m = /^(\d{1,6})([mhd])$/.exec(value.trim());
  if (!m) return null;
  const seconds = Number(m[1]) * UNIT_SECONDS[m[2] as keyof typeof UNIT_SECONDS];
  return seconds >= MIN_INTERVAL_SECONDS && seconds <= MAX_INTERVAL_SECONDS ? seconds : null;
}

export const WatchInterval = z.string().transform((s, ctx) => {
  const seconds = intervalSeconds(s);
  if (seconds === null) {
    ctx.addIssue({ code: 'custom', message: `must be ${INTERVAL_HINT}, not "${s}"` });
    return z.NEVER;
  }
  return seconds;
});

/** `21600` → `6h`: the shortest exact way to write an interval. */
export function intervalText(seconds: number): string {
  if (seconds % 86_400 === 0) return `${seconds / 86_400}d`;
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  return `${Math.round(seconds / 60)}m`;
}

/** An http(s) URL, as written (whether it may be fetched is decided by ingest/url.ts). */
export const WatchUrl = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(2000, 'must be at most 2,000 characters')
  .refine((s) => /^https?:\/\//i.test(s) && URL.canParse(s), {
    error: (issue) => `must be an http(s) URL, not "${String(issue.input)}"`,
  });

/**
 * What an alert rule fires on: `claim`, a new claim matching the filter (the claims filter: origin,
 * population, status, group, dates); `state`, a watched URL (one, or any) whose state changes.
 */
export const ALERT_KINDS = ['claim', 'state'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const AlertRuleInput = z
  .object({
    name: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
    on: z.enum(ALERT_KINDS, { error: () => `must be one of ${ALERT_KINDS.join(', ')}` }),
    filter: ClaimFilter.default({}),
    /** For `state` rules: only this watched URL (any when absent). */
    url: WatchUrl.optional(),
    /** Where each alert is POSTed as JSON; private addresses only when allowed. */
    webhook: WatchUrl.optional(),
    allowPrivate: z.boolean().default(false),
  })
  .refine((r) => r.on === 'claim' || Object.keys(r.filter).length === 0, {
    error: 'must be claim to use claim filters',
    path: ['on'],
  })
  .refine((r) => r.on === 'state' || r.url === undefined, {
    error: 'must be state to name a watched URL',
    path: ['on'],
  });
export type AlertRuleInput = z.input<typeof AlertRuleInput>;
export type AlertRuleSpec = z.output<typeof AlertRuleInput>;
