// The engine's entry point: text and optional metadata in, claims and releases out. Pure: no I/O,
// no clock, no environment; the publication date is the only anchor for relative dates.
import type { Claim, DocumentMeta, Extraction, Release } from '../domain/claim.ts';
import { isSpace } from './chars.ts';
import { findClaims, type ClaimContext, type DraftClaim } from './claims.ts';
import { compilePack } from './compiled-pack.ts';
import { datelineDate, quickDate, resolveDate } from './dates.ts';
import { languageRuns } from './detect-language.ts';
import { ENGINE_HASH } from './engine-hash.ts';
import { LANGUAGE_PACKS, packFor } from './languages/index.ts';
import { normalize } from './normalize.ts';
import { findReleases } from './releases.ts';
import { splitSentences } from './segment.ts';

/**
 * The engine's release and a hash of its code and language packs (written by `npm run engine-hash`):
 * any change to what the engine is made of gives a new version, so `tessera reextract` re-reads.
 */
export const EXTRACTOR_VERSION = `1.1.0+${ENGINE_HASH}`;

export const SUPPORTED_LANGUAGES = LANGUAGE_PACKS.map((p) => p.code);

export function extract(text: string, meta: DocumentMeta = {}): Extraction {
  const published = meta.published ?? null;
  if (meta.lang) {
    if (!packFor(meta.lang)) {
      return {
        lang: meta.lang,
        languages: [meta.lang],
        claims: [],
        releases: [],
        notices: [
          `language "${meta.lang}" is not supported (Tessera reads ${SUPPORTED_LANGUAGES.join(', ')})`,
        ],
      };
    }
    // Filled in place rather than spread into a new object: the same keys in the same order.
    const extraction: Extraction = extractIn(text, meta.lang, published);
    extraction.languages = [meta.lang];
    extraction.notices = [];
    return extraction;
  }
  // Each stretch of paragraphs is read in its own language; spans are moved back onto the whole text.
  const runs = languageRuns(text, LANGUAGE_PACKS);
  const claims: Claim[] = [];
  const releases: Release[] = [];
  const notices: string[] = [];
  let dateline: string | null = null;
  const letters = new Map<string, number>();
  const unread = new Map<string, number>();
  for (const run of runs) {
    const size = run.end - run.start;
    if (run.iso1) letters.set(run.iso1, (letters.get(run.iso1) ?? 0) + size);
    if (!run.lang) {
      if (run.detected !== 'und') unread.set(run.detected, (unread.get(run.detected) ?? 0) + size);
      continue;
    }
    const whole = run.start === 0 && run.end === text.length;
    const part = extractIn(
      whole ? text : text.slice(run.start, run.end),
      run.lang,
      published ?? (run.start === 0 ? null : dateline),
    );
    // The report's head is in its first stretch: its dateline dates the stretches after it too.
    if (run.start === 0) dateline = part.dateline ?? null;
    const base = claims.length;
    for (const c of part.claims) {
      claims.push({
        ...c,
        span: { start: c.span.start + run.start, end: c.span.end + run.start },
        partOf: c.partOf === null || c.partOf === undefined ? c.partOf : c.partOf + base,
      });
    }
    for (const r of part.releases)
      releases.push({ ...r, span: { start: r.span.start + run.start, end: r.span.end + run.start } });
  }
  const languages = [...letters].sort((a, b) => b[1] - a[1]).map(([l]) => l);
  const read = languages.filter((l) => packFor(l));
  for (const [iso3, size] of unread) {
    notices.push(
      read.length
        ? `${size} characters look like a language Tessera does not read (${iso3}); they were not extracted`
        : `the text looks like a language Tessera does not read (${iso3}); nothing was extracted`,
    );
  }
  return { lang: read[0] ?? null, languages, claims, releases, notices, ...(dateline ? { dateline } : {}) };
}

// The map from folded to original offsets of the text being read, reused from text to text: nothing
// keeps it once extractIn returns (claims and releases hold offsets, not the map).
let offsetsBuffer = new Int32Array(4096);

/** Claims and releases of a text in one supported language. */
function extractIn(text: string, lang: string, published: string | null): Extraction {
  const cp = compilePack(packFor(lang)!);
  if (offsetsBuffer.length <= text.length)
    offsetsBuffer = new Int32Array(Math.max(text.length + 1, offsetsBuffer.length * 2));
  const norm = normalize(text, offsetsBuffer);
  cp.group.index(norm.text, text, norm.toOriginal);
  const sentences = splitSentences(norm.text, cp.abbreviations, {
    text,
    toOriginal: norm.toOriginal,
  });
  // Every field the stages fill in later is present from the start, in one order: added as each
  // document first needed them, in an order that varied with the document, they gave the context
  // many shapes, and every helper's read of ctx.text or ctx.cp went megamorphic.
  const ctx: ClaimContext = {
    text: norm.text,
    original: text,
    toOriginal: norm.toOriginal,
    cp,
    sentences,
    lastStatus: undefined,
    promotedSentence: undefined,
    places: undefined,
    ageLiterals: undefined,
    agesBySentence: undefined,
  };
  // Without a publication date, the report's dateline anchors its relative dates.
  const dateline = published ? null : datelineDate(ctx);
  published ??= dateline;

  const seen = new Map<string, number>();
  const claims: Claim[] = [];
  const dates = new Map<number, string | null>();
  const drafts = findClaims(ctx);
  // Where each draft ended up: a count said twice is one claim, and parts point at it.
  const indexOf = new Map<DraftClaim, number>();
  for (const d of drafts) {
    const claim = finish(d, text, norm.toOriginal, ctx, published, dates);
    const key = dedupeKey(claim);
    const known = seen.get(key);
    if (known !== undefined) {
      indexOf.set(d, known);
      continue;
    }
    seen.set(key, claims.length);
    indexOf.set(d, claims.length);
    claims.push(claim);
  }
  for (const d of drafts) {
    const at = indexOf.get(d)!;
    const whole = d.partOf ? indexOf.get(d.partOf) : undefined;
    if (whole !== undefined && whole !== at && !claims[at]!.partOf) claims[at]!.partOf = whole;
  }
  const releases = findReleases(ctx, published);
  // The caller sets languages and notices after dateline: the keys keep the order they had when spread.
  const part = { lang, claims, releases } as Extraction;
  if (dateline) part.dateline = dateline;
  return part;
}

/** Claims equal in value, vagueness, population, origin and status are one claim said twice. */
function dedupeKey(claim: Claim): string {
  // Cheaper than JSON.stringify of the same fields, and as unambiguous: codes hold no control characters.
  const origin = claim.origin === null ? '-' : '+' + claim.origin.join('\u0001');
  return `${numberKey(claim.value.min)}\u0000${numberKey(claim.value.max)}\u0000${claim.qualifier === 'vague'}\u0000${claim.population}\u0000${origin}\u0000${claim.status}`;
}

/** A number as JSON writes it (non-finite numbers as null). */
const numberKey = (n: number | null) => (n === null || !Number.isFinite(n) ? 'null' : String(n));

function finish(
  d: DraftClaim,
  text: string,
  toOriginal: Int32Array,
  ctx: Parameters<typeof findClaims>[0],
  published: string | null,
  dates: Map<number, string | null>,
): Claim {
  const start = toOriginal[d.start]!;
  // The quote keeps marks that fold away (tanween, shadda, tatweel) after its last letter: قاصراً.
  let end = toOriginal[d.end - 1]! + 1;
  while (end < text.length && /[\u064b-\u065f\u0670\u0640]/.test(text[end]!)) end++;
  const seg = ctx.sentences[d.sentence]!;
  // Claims of one sentence share its date: resolve it once.
  if (!dates.has(d.sentence))
    dates.set(
      d.sentence,
      quickDate(ctx, seg.start, seg.end, published) ??
        resolveDate(
          text.slice(toOriginal[seg.start], toOriginal[seg.end - 1]! + 1),
          ctx.cp.pack.code,
          published,
          ctx.cp.relativeDates,
        ),
    );
  const date = dates.get(d.sentence)!;
  // A child's name is never extracted (issue 12): the source says only that a minor said it.
  const source = !d.source
    ? null
    : d.source[2]
      ? (ctx.cp.pack.minorSpeaker ?? null)
      : restoreArticle(
          cleanSource(text.slice(toOriginal[d.source[0]], toOriginal[d.source[1] - 1]! + 1)),
          ctx.cp.pack.fusedArticle,
        );
  return {
    value: d.value,
    qualifier: d.qualifier,
    population: d.population,
    origin: d.origin,
    status: d.status,
    location: d.location,
    affiliation: d.affiliation,
    age: d.age,
    source,
    date,
    quote: text.slice(start, end),
    span: { start, end },
    partOf: null,
  };
}

/** "لليونيسف" → "اليونيسف": a source's first word with the preposition fused to its article undone. */
function restoreArticle(s: string | null, fused: [string, string] | undefined): string | null {
  if (!s || !fused || !s.startsWith(fused[0]) || s.length <= fused[0].length + 1) return s;
  return fused[1] + s.slice(fused[0].length);
}

function cleanSource(s: string): string | null {
  // Trimmed by hand: a regex for the trailing run is tried at every character of the name.
  let start = 0;
  let end = s.length;
  while (start < end && isSourcePadding(s.charCodeAt(start))) start++;
  while (end > start && isSourcePadding(s.charCodeAt(end - 1))) end--;
  // "Журнал «Огонек»": a name quoted last keeps its closing mark.
  const close = end < s.length ? CLOSING_QUOTE[s[end]!] : undefined;
  if (close !== undefined && s.lastIndexOf(close, end - 1) > start) end++;
  // 'صحيفة "الشرق الأوسط"': a straight mark closes the one left open inside the name.
  else if (s[end] === '"' && s.slice(start, end).split('"').length % 2 === 0) end++;
  const t = s.slice(start, end).trim();
  return t.length > 1 ? t : null;
}

/** The opening mark of each closing quote mark. */
const CLOSING_QUOTE: Record<string, string> = { '»': '«', '”': '“' };

/** Whitespace, quote marks, commas, colons and hyphens: what may pad a source's name. */
function isSourcePadding(code: number): boolean {
  switch (code) {
    case 0x22: // "
    case 0x27: // '
    case 0xab: // «
    case 0xbb: // »
    case 0x201c: // “
    case 0x201d: // ”
    case 0x2c: // ,
    case 0x3a: // :
    case 0x2d: // -
      return true;
    default:
      return isSpace(code);
  }
}
