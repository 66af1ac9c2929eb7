// Near-duplicate documents (syndication): word shingles, MinHash signatures, LSH band keys.
// Only same-language texts can be textual copies; a translation is a separate report.
// Written here rather than taken from npm: the one minhash package is unmaintained, untyped and
// multiplies 32-bit values in floating point, which loses precision.

import type { CopyLink } from '../domain/analysis-claim.ts';
import { invalidInput } from '../domain/errors.ts';
import { foldedWords } from './fold.ts';

export interface NearDuplicateOptions {
  /** Words per shingle; 3 suits short news items, where 5 makes small edits cost too much. */
  shingleWords: number;
  /** Number of MinHash functions (signature length). */
  hashes: number;
  /** LSH bands; hashes / bands rows each. 32×4 finds pairs at Jaccard 0.5 with p≈0.87, 0.7 with p≈0.9999. */
  bands: number;
  /** Estimated Jaccard at or above which a document is a copy. */
  threshold: number;
}

export const DEFAULT_NEAR_DUPLICATE_OPTIONS: Readonly<NearDuplicateOptions> = Object.freeze({
  shingleWords: 3,
  hashes: 128,
  bands: 32,
  threshold: 0.7,
});

const SCHEME = 'minhash1';

/** Plain data, JSON-serialisable; `encodeSignature` gives a compact string for a DB column. */
export interface DocumentSignature {
  scheme: typeof SCHEME;
  lang: string;
  shingleWords: number;
  /** Distinct shingles the text had; 0 means the text had no words and copies nothing. */
  shingles: number;
  hashes: number[];
}

export interface StoredSignature {
  documentId: string;
  documentName: string;
  signature: DocumentSignature;
  /** The first document of the copy group this one belongs to (itself when it is an original). */
  copyRoot?: string;
}

export type { CopyLink };

/** Distinct folded word n-grams; a text shorter than n words is one shingle. */
export function shingles(text: string, words = DEFAULT_NEAR_DUPLICATE_OPTIONS.shingleWords): Set<string> {
  const tokens = foldedWords(text);
  const out = new Set<string>();
  if (tokens.length === 0) return out;
  if (tokens.length < words) {
    out.add(tokens.join(' '));
    return out;
  }
  for (let i = 0; i + words <= tokens.length; i++) {
    // Joined by hand: slice and join per shingle were a third of a signature's time.
    let shingle = tokens[i]!;
    for (let j = 1; j < words; j++) shingle += ' ' + tokens[i + j]!;
    out.add(shingle);
  }
  return out;
}

export function computeSignature(
  text: string,
  lang: string,
  options: Partial<NearDuplicateOptions> = {},
): DocumentSignature {
  const { shingleWords, hashes } = { ...DEFAULT_NEAR_DUPLICATE_OPTIONS, ...options };
  const seeds = seedsFor(hashes);
  // Unsigned 32-bit minima in a typed array: no boxed numbers in the inner loop.
  const mins = new Uint32Array(hashes).fill(0xffffffff);
  const set = shingles(text, shingleWords);
  for (const shingle of set) {
    const base = fnv1a(shingle);
    for (let i = 0; i < hashes; i++) {
      // fmix32 is a bijection, so x ↦ fmix32(x ^ seed) acts as an independent permutation per seed.
      const h = fmix32(base ^ seeds[i]!);
      if (h < mins[i]!) mins[i] = h;
    }
  }
  return {
    scheme: SCHEME,
    lang: lang.toLowerCase(),
    shingleWords,
    shingles: set.size,
    hashes: Array.from(mins),
  };
}

/** Share of agreeing hash positions; 0 across languages, schemes or for empty texts. */
export function estimateJaccard(a: DocumentSignature, b: DocumentSignature): number {
  if (!comparable(a, b) || a.shingles === 0 || b.shingles === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.hashes.length; i++) if (a.hashes[i] === b.hashes[i]) same++;
  return same / a.hashes.length;
}

/**
 * Keys under which to index a signature: two documents sharing any key are candidates.
 * The language is part of the key, so translations never meet.
 */
export function bandKeys(
  signature: DocumentSignature,
  bands = DEFAULT_NEAR_DUPLICATE_OPTIONS.bands,
): string[] {
  const { hashes } = signature;
  if (signature.shingles === 0) return [];
  if (bands <= 0 || hashes.length % bands !== 0) {
    throw invalidInput(`${hashes.length} hashes cannot be cut into ${bands} equal bands`);
  }
  const rows = hashes.length / bands;
  const keys: string[] = [];
  for (let band = 0; band < bands; band++) {
    let h = 0x811c9dc5;
    for (let r = 0; r < rows; r++) h = fmix32(h ^ hashes[band * rows + r]!);
    keys.push(
      `${SCHEME}:${signature.lang}:${signature.shingleWords}:${band}:${h.toString(16).padStart(8, '0')}`,
    );
  }
  return keys;
}

/** Candidates at or above the threshold, most similar first. */
export function findNearCopies(
  signature: DocumentSignature,
  candidates: readonly StoredSignature[],
  threshold = DEFAULT_NEAR_DUPLICATE_OPTIONS.threshold,
): CopyLink[] {
  return candidates
    .map((c) => ({
      documentId: c.documentId,
      documentName: c.documentName,
      root: c.copyRoot ?? c.documentId,
      jaccard: estimateJaccard(signature, c.signature),
    }))
    .filter((c) => c.jaccard > 0 && c.jaccard >= threshold)
    .sort((x, y) => y.jaccard - x.jaccard || x.documentId.localeCompare(y.documentId));
}

/** The one document a new document copies (the most similar), or null for an original. */
export function decideCopy(
  signature: DocumentSignature,
  candidates: readonly StoredSignature[],
  threshold = DEFAULT_NEAR_DUPLICATE_OPTIONS.threshold,
): CopyLink | null {
  // findNearCopies' first, in one pass: linking asks this for every new document.
  let best: { stored: StoredSignature; jaccard: number } | null = null;
  for (const c of candidates) {
    const jaccard = estimateJaccard(signature, c.signature);
    if (!(jaccard > 0 && jaccard >= threshold)) continue;
    if (
      best === null ||
      jaccard > best.jaccard ||
      (jaccard === best.jaccard && c.documentId.localeCompare(best.stored.documentId) < 0)
    )
      best = { stored: c, jaccard };
  }
  if (!best) return null;
  const { stored, jaccard } = best;
  return {
    documentId: stored.documentId,
    documentName: stored.documentName,
    root: stored.copyRoot ?? stored.documentId,
    jaccard,
  };
}

/** In-memory LSH index for batches and tests; a store does the same with a table of band keys. */
export class NearDuplicateIndex {
  private readonly byKey = new Map<string, StoredSignature[]>();
  private readonly options: NearDuplicateOptions;

  constructor(options: Partial<NearDuplicateOptions> = {}) {
    this.options = { ...DEFAULT_NEAR_DUPLICATE_OPTIONS, ...options };
  }

  /** `keys` are the signature's band keys when the caller has them already. */
  add(stored: StoredSignature, keys = bandKeys(stored.signature, this.options.bands)): void {
    for (const key of keys) {
      const bucket = this.byKey.get(key);
      if (bucket) bucket.push(stored);
      else this.byKey.set(key, [stored]);
    }
  }

  /** Stored signatures sharing at least one band with this one (not yet compared). */
  candidates(
    signature: DocumentSignature,
    keys = bandKeys(signature, this.options.bands),
  ): StoredSignature[] {
    const seen = new Map<string, StoredSignature>();
    for (const key of keys) {
      for (const stored of this.byKey.get(key) ?? []) seen.set(stored.documentId, stored);
    }
    return [...seen.values()];
  }

  /** Decides whether a new text copies a stored one, then stores it with its copy group. */
  addDocument(
    documentId: string,
    documentName: string,
    signature: DocumentSignature,
    keys = bandKeys(signature, this.options.bands),
  ): CopyLink | null {
    const copy = decideCopy(signature, this.candidates(signature, keys), this.options.threshold);
    this.add({ documentId, documentName, signature, copyRoot: copy?.root ?? documentId }, keys);
    return copy;
  }
}

/** "minhash1|ar|3|57|<base64 of big-endian uint32s>". */
export function encodeSignature(signature: DocumentSignature): string {
  const bytes = new Uint8Array(signature.hashes.length * 4);
  const view = new DataView(bytes.buffer);
  signature.hashes.forEach((h, i) => view.setUint32(i * 4, h));
  const body = Buffer.from(bytes).toString('base64');
  return [signature.scheme, signature.lang, signature.shingleWords, signature.shingles, body].join('|');
}

export function decodeSignature(encoded: string): DocumentSignature {
  const parts = encoded.split('|');
  const [scheme, lang, words, count, body] = parts;
  if (parts.length !== 5 || scheme !== SCHEME || !lang || body === undefined) {
    throw invalidInput(`not a ${SCHEME} signature: ${encoded.slice(0, 40)}`);
  }
  const bytes = Buffer.from(body, 'base64');
  if (bytes.length % 4 !== 0 || !/^\d+$/.test(words ?? '') || !/^\d+$/.test(count ?? '')) {
    throw invalidInput(`corrupt ${SCHEME} signature: ${encoded.slice(0, 40)}`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const hashes = Array.from({ length: bytes.length / 4 }, (_, i) => view.getUint32(i * 4));
  return { scheme: SCHEME, lang, shingleWords: Number(words), shingles: Number(count), hashes };
}

function comparable(a: DocumentSignature, b: DocumentSignature): boolean {
  return (
    a.scheme === b.scheme &&
    a.lang === b.lang &&
    a.shingleWords === b.shingleWords &&
    a.hashes.length === b.hashes.length
  );
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: a fast 32-bit bijection that mixes every input bit. */
function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const seedCache = new Map<number, Uint32Array>();

/** Fixed seeds (splitmix32 from a constant) so signatures made today compare with stored ones. */
function seedsFor(count: number): Uint32Array {
  const cached = seedCache.get(count);
  if (cached) return cached;
  const seeds = new Uint32Array(count);
  let state = 0x7e55e4a;
  for (let i = 0; i < count; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    seeds[i] = (z ^ (z >>> 16)) >>> 0;
  }
  seedCache.set(count, seeds);
  return seeds;
}
