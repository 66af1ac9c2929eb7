// Feeds in every format feedsmith reads, reduced to the items ingestion needs; pages are no feeds.
import { describe, expect, it } from 'vitest';
import { readFeed } from '../../src/ingest/feed.ts';

const bytes = (s: string) => new TextEncoder().encode(s);
const BASE = 'https://news.example/feeds/main';

describe('reading a feed', () => {
  it('reads Atom entries: the alternate link, the id as GUID, the published date', () => {
    const feed = readFeed(
      bytes(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>News</title><id>urn:feed</id><updated>2024-04-02T00:00:00Z</updated>
<entry><title>Returns</title><id>urn:entry:1</id><link rel="alternate" href="/2024/returns"/>
<link rel="enclosure" href="/2024/returns.mp3"/><published>2024-04-01T22:00:00-03:00</published><updated>2024-04-02T10:00:00Z</updated></entry>
</feed>`),
      BASE,
    );
    expect(feed).toEqual({
      format: 'atom',
      items: [
        {
          position: 1,
          guid: 'urn:entry:1',
          link: 'https://news.example/2024/returns',
          title: 'Returns',
          published: '2024-04-01',
        },
      ],
      malformed: [],
    });
  });

  it('reads JSON Feed items and names an item whose link is no http(s) URL', () => {
    const feed = readFeed(
      bytes(
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'News',
          items: [
            { id: 'a', url: 'https://news.example/a', title: 'A', date_published: '2024-05-06T07:00:00Z' },
            { id: 'b', url: 'mailto:editor@news.example', title: 'B' },
          ],
        }),
      ),
      BASE,
    );
    expect(feed?.format).toBe('json');
    expect(feed?.items).toEqual([
      { position: 1, guid: 'a', link: 'https://news.example/a', title: 'A', published: '2024-05-06' },
    ]);
    expect(feed?.malformed).toEqual([
      { position: 2, title: 'B', reason: 'its link "mailto:editor@news.example" is not an http(s) URL' },
    ]);
  });

  it('takes an RSS permalink GUID as the link when there is none, and reads a page as no feed', () => {
    const feed = readFeed(
      bytes(`<rss version="2.0"><channel><title>T</title><link>https://news.example/</link><description>d</description>
<item><title>Only a GUID</title><guid>https://news.example/p/1</guid></item></channel></rss>`),
      BASE,
    );
    expect(feed?.items.map((i) => i.link)).toEqual(['https://news.example/p/1']);
    expect(readFeed(bytes('<!doctype html><html><body><p>A report.</p></body></html>'), BASE)).toBeNull();
  });
});
