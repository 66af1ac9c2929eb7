// Propaganda releases a report describes: media, title in the report's own script, date,
// duration, languages and producer. Metadata only; a release is found where the report names it.
import type { MediaType, Release } from '../domain/claim.ts';
import type { ClaimContext } from './claims.ts';
import { quickDate, resolveDate } from './dates.ts';
import type { LexiconMatch } from './lexicon.ts';
import type { Segment } from './segment.ts';

const QUOTED = /^\s*(?::\s*)?"([^"\n]{2,120})"/u;
const QUOTED_AFTER_MEDIA = /^(?:\s+[\p{L}\p{M}'-]+)?\s*(?::\s*)?"([^"\n]{2,120})"/u;

// A name in capitals, as titles are written in Latin and Cyrillic scripts: Dar al-Islam, Istok.
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?:[\s-](?:\p{Lu}[\p{L}\p{M}'’-]*|al|el|ad|ud|ul|of|the|de|du|des|la|le|wa))*`;
const NAME_AFTER = new RegExp(String.raw`^(?:\s+[\p{Ll}\p{L}-]+){0,4},\s+(${NAME})\s*(?=,|\.|;|\)|$)`, 'u');
const NAME_BEFORE = new RegExp(
  String.raw`(?:^|[\s(])(${NAME}),\s+(?:a|an|the|un|une|le|la)\s+(?:[\p{L}-]+\s+){0,3}$`,
  'u',
);

/** "a magazine in French, Dar al-Islam, …" or "published Istok, a Russian-language magazine". */
function appositiveTitle(
  ctx: ClaimContext,
  seg: Segment,
  md: LexiconMatch<MediaType>,
): { titleStart: number; titleEnd: number } | null {
  const { original, toOriginal, text } = ctx;
  const o = (i: number) => toOriginal[i]!;
  const after = original.slice(o(md.end - 1) + 1, o(seg.end - 1) + 1);
  const a = NAME_AFTER.exec(after);
  const base = o(md.end - 1) + 1;
  let start: number;
  let end: number;
  if (a) {
    start = base + a[0].length - a[1]!.length;
    end = start + a[1]!.length;
  } else {
    const before = original.slice(o(seg.start), o(md.start));
    const b = NAME_BEFORE.exec(before);
    if (!b) return null;
    start = o(seg.start) + b.index + b[0].indexOf(b[1]!);
    end = start + b[1]!.length;
    // A name opening the sentence is its subject more often than a title.
    if (start === o(seg.start)) return null;
  }
  // Back to normalised offsets: the first normalised index at or after each original offset.
  const toNorm = (orig: number) => {
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (toOriginal[mid]! < orig) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return { titleStart: toNorm(start), titleEnd: toNorm(end) };
}

export function findReleases(ctx: ClaimContext, published: string | null): Release[] {
  const { text, original, toOriginal, cp, sentences } = ctx;
  const out: Release[] = [];
  const seen = new Set<string>();
  const orig = (i: number) => toOriginal[i]!;
  for (let si = 0; si < sentences.length; si++) {
    const seg = sentences[si]!;
    const markers = cp.titleMarkers.scanRange(text, seg.start, seg.end);
    const media = cp.media.scanRange(text, seg.start, seg.end);
    const candidates: { titleStart: number; titleEnd: number; anchor: number }[] = [];
    for (const mk of markers) {
      const q = QUOTED.exec(text.slice(mk.end, seg.end));
      if (q) {
        const titleStart = mk.end + q.index + q[0].indexOf('"') + 1;
        candidates.push({ titleStart, titleEnd: titleStart + q[1]!.length, anchor: mk.start });
      }
    }
    // A quoted name a few words after a media word: the video "Race Towards Good", مجلته الإنجليزية «دابق».
    for (const md of media) {
      const q = QUOTED_AFTER_MEDIA.exec(text.slice(md.end, seg.end));
      // A quoted name followed by "media centre" is the producer, not a title.
      const afterQuote = q ? md.end + q[0].length : 0;
      const producerNext =
        q !== null &&
        cp.producerMarkers
          .scanRange(text, afterQuote, Math.min(seg.end, afterQuote + 30))
          .some((p) => p.start - afterQuote <= 3);
      if (q && !producerNext) {
        const titleStart = md.end + q[0].lastIndexOf('"', q[0].length - 2) + 1;
        if (!candidates.some((c) => c.titleStart === titleStart)) {
          candidates.push({ titleStart, titleEnd: titleStart + q[1]!.length, anchor: md.start });
        }
      }
      const named = appositiveTitle(ctx, seg, md);
      if (
        named &&
        !candidates.some((c) => c.titleStart <= named.titleStart && named.titleStart < c.titleEnd)
      ) {
        candidates.push({ ...named, anchor: md.start });
      }
    }
    for (const c of candidates) {
      const mediaType = nearestMedia(media, c.anchor) ?? mediaNearby(ctx, si);
      if (!mediaType) continue;
      const title = original
        .slice(orig(c.titleStart), orig(c.titleEnd - 1) + 1)
        .replace(/[.,;:]+$/, '')
        .trim();
      if (!title) continue;
      const key = `${mediaType}|${title.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const mediaMatch = media.filter((m) => m.start <= c.anchor).pop() ?? media[0];
      // From the media word or the title, whichever comes first, to the end of both (closing quote included).
      const start = Math.min(c.anchor, c.titleStart, mediaMatch ? mediaMatch.start : c.anchor);
      const titleEnd = text[c.titleEnd] === '"' ? c.titleEnd + 1 : c.titleEnd;
      const end = Math.min(
        seg.end,
        Math.max(titleEnd, mediaMatch && mediaMatch.start >= c.titleEnd ? mediaMatch.end : 0),
      );
      const spanStart = orig(start);
      const spanEnd = orig(end - 1) + 1;
      out.push({
        media: mediaType,
        title,
        date: releaseDate(ctx, seg, original.slice(orig(seg.start), orig(seg.end - 1) + 1), published),
        duration_min: duration(ctx, seg),
        ...languages(ctx, seg),
        producer: producer(ctx, seg),
        quote: original.slice(spanStart, spanEnd),
        span: { start: spanStart, end: spanEnd },
      });
    }
  }
  return out;
}

function nearestMedia(media: LexiconMatch<MediaType>[], anchor: number): MediaType | null {
  if (!media.length) return null;
  return [...media].sort((a, b) => Math.abs(a.start - anchor) - Math.abs(b.start - anchor))[0]!.value;
}

/** The media word of the sentences around, when the title's own sentence has none. */
function mediaNearby(ctx: ClaimContext, si: number): MediaType | null {
  for (const j of [si - 1, si + 1, si - 2]) {
    const seg = ctx.sentences[j];
    if (!seg) continue;
    const m = ctx.cp.media.scanRange(ctx.text, seg.start, seg.end);
    if (m.length) return m[0]!.value;
  }
  return null;
}

function duration(ctx: ClaimContext, seg: Segment): number | null {
  for (const w of ctx.cp.minuteWords.scanRange(ctx.text, seg.start, seg.end)) {
    const lead = /(\d+(?:[.,]\d+)?)[\s-]*$/.exec(ctx.text.slice(Math.max(seg.start, w.start - 12), w.start));
    if (lead) return Math.round(Number(lead[1]!.replace(',', '.')));
  }
  return null;
}

function languages(ctx: ClaimContext, seg: Segment): { spoken: string[]; subtitles: string[] } {
  const { text, cp } = ctx;
  const spoken = new Set<string>();
  const subtitles = new Set<string>();
  const subMarkers = cp.subtitleMarkers.scanRange(text, seg.start, seg.end);
  for (const l of cp.languageNames.scanRange(text, seg.start, seg.end)) {
    const sub = subMarkers.some((s) => s.end <= l.start && l.start - s.end < 40);
    (sub ? subtitles : spoken).add(l.value);
  }
  return { spoken: [...spoken], subtitles: [...subtitles] };
}

function producer(ctx: ClaimContext, seg: Segment): string | null {
  const { text, original, toOriginal, cp } = ctx;
  const marker = cp.producerMarkers.scanRange(text, seg.start, seg.end)[0];
  if (!marker) return null;
  // The producer's name stands around its marker: "al-Hayat Media Center", "مؤسسة «الحياة» الإعلامية".
  const from = Math.max(seg.start, marker.start - 30);
  const to = Math.min(seg.end, marker.end + 30);
  const window = text.slice(from, to);
  const quoted = /"([^"]{2,40})"/.exec(window);
  if (quoted) {
    const s = from + quoted.index;
    const e = s + quoted[0].length;
    const a = Math.min(s, marker.start);
    const b = Math.max(e, marker.end);
    return original.slice(toOriginal[a], toOriginal[b - 1]! + 1).trim();
  }
  return null;
}

function releaseDate(
  ctx: ClaimContext,
  seg: Segment,
  sentence: string,
  published: string | null,
): string | null {
  const d =
    quickDate(ctx, seg.start, seg.end, published) ??
    resolveDate(sentence, ctx.cp.pack.code, published, false);
  if (d) return d.length > 7 && /weekend|week|yesterday|today/i.test(sentence) ? d.slice(0, 7) : d;
  return null;
}
