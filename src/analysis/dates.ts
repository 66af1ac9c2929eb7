// Partial ISO dates as day intervals: "2019" is all of 2019, "2019-05" all of May, so
// "2019" and "2019-06-02" are 0 days apart and "2019-05" and "2019-07-01" 31 days apart.

import type { AnalysisClaim, ClaimTime } from './types.ts';

export interface DayInterval {
  /** Days since 1970-01-01 (UTC), inclusive. */
  first: number;
  last: number;
}

const DAY_MS = 86_400_000;

/** The days an ISO date (YYYY, YYYY-MM, YYYY-MM-DD, or a timestamp) covers; null if unreadable. */
export function dayInterval(iso: string): DayInterval | null {
  const known = intervalMemo.get(iso);
  if (known !== undefined) return known;
  const interval = readInterval(iso);
  // Few distinct dates recur across many claims; bounded so it cannot grow without end.
  if (intervalMemo.size >= 10_000) intervalMemo.clear();
  intervalMemo.set(iso, interval);
  return interval;
}

const intervalMemo = new Map<string, DayInterval | null>();

function readInterval(iso: string): DayInterval | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$/.exec(iso.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (month === null) return { first: days(year, 1, 1), last: days(year + 1, 1, 1) - 1 };
  if (day === null) return { first: days(year, month, 1), last: days(year, month + 1, 1) - 1 };
  const first = days(year, month, day);
  // Rejects 2019-02-30, which Date.UTC would quietly roll over into March.
  if (new Date(first * DAY_MS).getUTCDate() !== day) return null;
  return { first, last: first };
}

/** Days between two intervals; 0 when they overlap. */
export function gapInDays(a: DayInterval, b: DayInterval): number {
  if (a.last < b.first) return b.first - a.last;
  if (b.last < a.first) return a.first - b.last;
  return 0;
}

/** Days between two ISO dates, or null when either is missing or unreadable. */
export function daysApart(a: string | null, b: string | null): number | null {
  const x = a === null ? null : dayInterval(a);
  const y = b === null ? null : dayInterval(b);
  return x && y ? gapInDays(x, y) : null;
}

/** Its own date when it reads, else the publication date, else null. */
export function claimTime(claim: Pick<AnalysisClaim, 'date' | 'published'>): ClaimTime | null {
  if (claim.date && dayInterval(claim.date)) return { date: claim.date, basis: 'claim' };
  if (claim.published && dayInterval(claim.published)) return { date: claim.published, basis: 'published' };
  return null;
}

/** Orders partial dates by their first day, the less precise first on a tie ("2019" before "2019-01-01"). */
export function compareDates(a: string, b: string): number {
  const x = dayInterval(a);
  const y = dayInterval(b);
  if (!x || !y) return a.localeCompare(b);
  return x.first - y.first || y.last - x.last;
}

function days(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}
