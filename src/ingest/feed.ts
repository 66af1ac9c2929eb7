// Reading a feed: RSS, Atom, RDF and JSON Feed parsed by feedsmith, each item reduced to what ingestion
// needs (link, GUID, title, date). An item without a usable link is named and skipped, never fatal.
import { parseFeed, type AnyFeed } from 'feedsmith';
import { feedDate, type FeedItem } from '../analysis/watch-state.ts';
import { decodeText } from './decode.ts';

export interface MalformedItem {
  position: number;
  title: string | null;
  reason: string;
}

export interface ReadFeed {
  format: AnyFeed['format'];
  items: FeedItem[];
  malformed: MalformedItem[];
}

interface RawItem {
  guid: string | null;
  link: string | null;
  title: string | null;
  date: string | null;
}

const text = (v: unknown): string | null => {
  if (typeof v === 'string') return v.trim() || null;
  if (v && typeof v === 'object' && 'value' in v) return text(v.value);
  return null;
};

function rawItems(parsed: AnyFeed): RawItem[] {
  switch (parsed.format) {
    case 'rss':
      return (parsed.feed.items ?? []).map((i) => ({
        guid: text(i.guid),
        // A permalink GUID is the item's address when it has no link, if it is an absolute URL.
        link: text(i.link) ?? (i.guid?.isPermaLink !== false ? absoluteUrl(text(i.guid)) : null),
        title: text(i.title),
        date: text(i.pubDate) ?? text(i.dc?.dates?.[0]),
      }));
    case 'atom':
      return (parsed.feed.entries ?? []).map((e) => {
        const links = e.links ?? [];
        const alternate = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0];
        return {
          guid: text(e.id),
          link: text(alternate?.href),
          title: text(e.title),
          date: text(e.published) ?? text(e.updated),
        };
      });
    case 'rdf':
      return (parsed.feed.items ?? []).map((i) => ({
        guid: null,
        link: text(i.link),
        title: text(i.title),
        date: text(i.dc?.dates?.[0]),
      }));
    case 'json':
      return (parsed.feed.items ?? []).map((i) => ({
        guid: text(i.id),
        link: text(i.url) ?? text(i.external_url),
        title: text(i.title),
        date: text(i.date_published) ?? text(i.date_modified),
      }));
  }
}

/** The feed in these bytes, or null when they are no feed (a page). */
export function readFeed(bytes: Uint8Array, baseUrl: string): ReadFeed | null {
  let parsed: AnyFeed;
  try {
    parsed = parseFeed(decodeText(bytes, baseUrl).text);
  } catch {
    return null;
  }
  const items: FeedItem[] = [];
  const malformed: MalformedItem[] = [];
  rawItems(parsed).forEach((raw, index) => {
    const position = index + 1;
    const link = raw.link ? resolveLink(raw.link, baseUrl) : null;
    if (!link) {
      malformed.push({
        position,
        title: raw.title,
        reason: raw.link ? `its link "${raw.link}" is not an http(s) URL` : 'it has no link',
      });
      return;
    }
    items.push({ position, guid: raw.guid, link, title: raw.title, published: feedDate(raw.date) });
  });
  return { format: parsed.format, items, malformed };
}

function resolveLink(link: string, base: string): string | null {
  try {
    const url = new URL(link, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

const absoluteUrl = (s: string | null): string | null => (s && /^https?:\/\//i.test(s) ? s : null);
