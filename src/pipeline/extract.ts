// Placeholder while the engine is built; replaced by the real pipeline.
import type { DocumentMeta, Extraction } from '../domain/claim.ts';

export const EXTRACTOR_VERSION = '0.0.0';

export function extract(_text: string, meta: DocumentMeta = {}): Extraction {
  return { lang: meta.lang ?? null, claims: [], releases: [], notices: [] };
}
