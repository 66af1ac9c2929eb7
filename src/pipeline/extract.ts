// The engine's entry point: text and optional metadata in, claims and releases out. Pure: no I/O,
// no clock, no environment; the publication date is the only anchor for relative dates.
import type { Claim, DocumentMeta, Extraction } from '../domain/claim.ts';
import { findClaims, type DraftClaim } from './claims.ts';
import { compilePack } from './compiled-pack.ts';
import { quickDate, resolveDate } from './dates.ts';
import { detectLanguage } from './detect-language.ts';
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
  const notices: string[] = [];
  let lang = meta.lang ?? null;
  if (lang && !packFor(lang)) {
    return {
      lang,
      claims: [],
      releases: [],
      notices: [`language "${lang}" is not supported (Tessera reads ${SUPPORTED_LANGUAGES.join(', ')})`],
    };
  }
  if (!lang) {
    const detected = detectLanguage(
      text,
      Object.fromEntries(LANGUAGE_PACKS.map((p) => [p.code, p.francCode])),
    );
    lang = detected.lang;
    if (!lang) {
      return {
        lang: null,
        claims: [],
        releases: [],
        notices: [
          `the text looks like a language Tessera does not read (${detected.detected}); nothing was extracted`,
        ],
      };
    }
  }
  const cp = compilePack(packFor(lang)!);
  const norm = normalize(text);
  cp.group.index(norm.text, text, norm.toOriginal);
  const sentences = splitSentences(norm.text, new Set(cp.pack.abbreviations));
  const ctx = { text: norm.text, original: text, toOriginal: norm.toOriginal, cp, sentences };
  const toOrig = (i: number) => norm.toOriginal[i]!;
  const published = meta.published ?? null;

  const seen = new Map<string, number>();
  const claims: Claim[] = [];
  const dates = new Map<number, string | null>();
  const drafts = findClaims(ctx);
  // Where each draft ended up: a count said twice is one claim, and parts point at it.
  const indexOf = new Map<DraftClaim, number>();
  for (const d of drafts) {
    const claim = finish(d, text, toOrig, ctx, published, dates);
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
  return { lang, claims, releases, notices };
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
  toOrig: (i: number) => number,
  ctx: Parameters<typeof findClaims>[0],
  published: string | null,
  dates: Map<number, string | null>,
): Claim {
  const start = toOrig(d.start);
  // The quote keeps marks that fold away (tanween, shadda, tatweel) after its last letter: قاصراً.
  let end = toOrig(d.end - 1) + 1;
  while (end < text.length && /[\u064b-\u065f\u0670\u0640]/.test(text[end]!)) end++;
  const seg = ctx.sentences[d.sentence]!;
  // Claims of one sentence share its date: resolve it once.
  if (!dates.has(d.sentence))
    dates.set(
      d.sentence,
      quickDate(ctx, seg.start, seg.end, published) ??
        resolveDate(
          text.slice(toOrig(seg.start), toOrig(seg.end - 1) + 1),
          ctx.cp.pack.code,
          published,
          false,
        ),
    );
  const date = dates.get(d.sentence)!;
  const source = d.source ? cleanSource(text.slice(toOrig(d.source[0]), toOrig(d.source[1] - 1) + 1)) : null;
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

function cleanSource(s: string): string | null {
  const t = s.replace(/^[\s"'«»“”,:-]+|[\s"'«»“”,:-]+$/g, '').trim();
  return t.length > 1 ? t : null;
}
