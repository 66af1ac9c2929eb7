// The pure decisions of watching: the state a fetch shows after the one before, block pages, feed item
// identity and feed dates.
import { describe, expect, it } from 'vitest';
import {
  blockPageSignature,
  classifyFetch,
  feedDate,
  feedItemKeys,
  newFeedItems,
  type FeedItem,
  type FetchOutcome,
  type PreviousFetch,
} from '../../src/analysis/watch-state.ts';
import { intervalSeconds, intervalText } from '../../src/domain/watch.ts';

const ok = (sha: string, text = 'a report'): FetchOutcome => ({
  kind: 'response',
  httpStatus: 200,
  sha256: sha,
  text,
});
const status = (httpStatus: number, text: string | null = null): FetchOutcome => ({
  kind: 'response',
  httpStatus,
  sha256: 'x'.repeat(64),
  text,
});
const failure = (f: 'timeout' | 'refused' | 'dns' | 'tls' | 'connection'): FetchOutcome => ({
  kind: 'failure',
  failure: f,
});
const was = (state: PreviousFetch['state'], liveSha256: string | null = 'a'): PreviousFetch => ({
  state,
  liveSha256,
});

describe('the state a fetch shows', () => {
  it('is live when first seen or unchanged, changed when the bytes differ from the last live fetch', () => {
    expect(classifyFetch(ok('a'), null).state).toBe('live');
    expect(classifyFetch(ok('a'), was('live')).state).toBe('live');
    expect(classifyFetch(ok('b'), was('live')).state).toBe('changed');
    expect(classifyFetch(ok('b'), was('changed', 'b')).state).toBe('live');
    // Back after a removal with the bytes it had: live again, not changed.
    expect(classifyFetch(ok('a'), was('removed', 'a')).state).toBe('live');
    expect(classifyFetch(status(304), was('changed', 'b')).state).toBe('live');
  });

  it('is removed on 404 and 410, blocked on 451 and on block pages, unreachable on other errors', () => {
    expect(classifyFetch(status(404), was('live')).state).toBe('removed');
    expect(classifyFetch(status(410), null).state).toBe('removed');
    expect(classifyFetch(status(451), null)).toEqual({
      state: 'blocked',
      reason: 'HTTP 451 Unavailable For Legal Reasons',
    });
    expect(classifyFetch(status(200, 'Доступ к ресурсу ограничен по решению суда'), null).state).toBe(
      'blocked',
    );
    expect(
      classifyFetch(status(403, 'Bu site 5651 sayılı Kanun kapsamında erişime kapatılmıştır'), null).state,
    ).toBe('blocked');
    expect(classifyFetch(status(403, 'Forbidden'), null).state).toBe('unreachable');
    expect(classifyFetch(status(503), was('live')).state).toBe('unreachable');
  });

  it('reads DNS, TLS and connection failures as blocked only where the page was live before', () => {
    for (const f of ['dns', 'tls', 'connection'] as const) {
      expect(classifyFetch(failure(f), was('live')).state, f).toBe('blocked');
      expect(classifyFetch(failure(f), was('changed')).state, f).toBe('blocked');
      expect(classifyFetch(failure(f), null).state, f).toBe('unreachable');
      expect(classifyFetch(failure(f), was('removed')).state, f).toBe('unreachable');
    }
    expect(classifyFetch(failure('timeout'), was('live')).state).toBe('unreachable');
    expect(classifyFetch(failure('refused'), was('live'))).toEqual({
      state: 'unreachable',
      reason: 'connection refused',
    });
  });

  it('finds block-page signatures only in the first part of a page', () => {
    expect(blockPageSignature('This website has been blocked by order of the court')).toBe(
      'court order block page',
    );
    expect(blockPageSignature('A report on how websites are blocked in some countries.')).toBeNull();
    expect(
      blockPageSignature(`${' '.repeat(70 * 1024)}Доступ к информационному ресурсу ограничен`),
    ).toBeNull();
  });
});

describe('feed items', () => {
  const item = (over: Partial<FeedItem>): FeedItem => ({
    position: 1,
    guid: null,
    link: 'https://news.example/a',
    title: null,
    published: null,
    ...over,
  });

  it('are known by GUID and by link without its fragment', () => {
    expect(feedItemKeys(item({ guid: 'g1', link: 'https://news.example/a#top' }))).toEqual([
      'guid:g1',
      'url:https://news.example/a',
    ]);
  });

  it('are new once: a known GUID or link, or a repeat within the feed, is left out', () => {
    const items = [
      item({ position: 1, guid: 'g1', link: 'https://news.example/a' }),
      item({ position: 2, guid: 'g1', link: 'https://news.example/a' }),
      item({ position: 3, guid: 'g2', link: 'https://news.example/a#more' }),
      item({ position: 4, guid: 'g3', link: 'https://news.example/b' }),
      item({ position: 5, guid: 'g4', link: 'https://news.example/c' }),
    ];
    expect(newFeedItems(items, new Set(['guid:g4'])).map((i) => i.position)).toEqual([1, 4]);
  });

  it('take the date as the feed writes it, in its own time zone', () => {
    expect(feedDate('Sun, 06 Sep 2009 23:20:00 -0500')).toBe('2009-09-06');
    expect(feedDate('2024-03-05T01:00:00+05:00')).toBe('2024-03-05');
    expect(feedDate('6 September 2009')).toBe('2009-09-06');
    expect(feedDate('2024-02-30')).toBeNull();
    expect(feedDate('yesterday')).toBeNull();
    expect(feedDate(null)).toBeNull();
  });
});

describe('intervals', () => {
  it('are whole minutes, hours or days from five minutes to a year', () => {
    expect(intervalSeconds('6h')).toBe(21_600);
    expect(intervalSeconds('30m')).toBe(1800);
    expect(intervalSeconds('1d')).toBe(86_400);
    expect(intervalSeconds('4m')).toBeNull();
    expect(intervalSeconds('366d')).toBeNull();
    expect(intervalSeconds('1.5h')).toBeNull();
    expect(intervalText(21_600)).toBe('6h');
    expect(intervalText(90 * 60)).toBe('90m');
  });
});
