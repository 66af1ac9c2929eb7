// Generated reports in the shape the store takes (document + extraction), shared by the benches
// that store them (storage, linking, api).
import { sha256Hex } from '../src/ingest/hash.ts';
import type { Extraction } from '../src/domain/claim.ts';
import { extract, EXTRACTOR_VERSION } from '../src/pipeline/extract.ts';
import { BATCH, documentCodes } from '../src/services/ingest.service.ts';
import type { ExtractionToStore, NewDocument, Repository } from '../src/storage/repository.ts';
import { buildCorpus, type BenchReport } from './corpus.ts';

export interface StorableReport {
  doc: NewDocument;
  extraction: ExtractionToStore;
}

/** The first `count` reports of the seeded corpus. */
export function benchReports(count: number): BenchReport[] {
  const corpus = buildCorpus({ targetBytes: count * 2_500 }).slice(0, count);
  if (corpus.length < count) throw new Error(`the corpus has only ${corpus.length} reports`);
  return corpus;
}

/** Report i as the store takes it, extracted now unless an extraction is given. */
export function storable(
  r: BenchReport,
  i: number,
  extraction: Extraction = extract(r.text, { lang: r.lang, published: r.published }),
  meta: Partial<Pick<NewDocument, 'outlet' | 'title'>> = {},
): StorableReport {
  const bytes = new TextEncoder().encode(r.text);
  // The text as reading the file gives it (one flat string), not the generator's concatenation, which
  // every later reader of the string would otherwise pay to flatten.
  const text = new TextDecoder().decode(bytes);
  return {
    doc: {
      name: `${r.id}-${i}`,
      sha256: sha256Hex(bytes),
      size: bytes.length,
      mediaType: 'text/plain',
      encoding: 'utf-8',
      bytes,
      text,
      lang: r.lang,
      url: null,
      outlet: meta.outlet ?? null,
      title: meta.title ?? null,
      published: r.published,
      collectedAt: new Date(),
      collectedHow: 'file',
      collectedFrom: `bench/${r.id}-${i}.txt`,
      collectedBy: 'bench',
      codes: documentCodes(r.text, extraction),
    },
    extraction: {
      extractorVersion: EXTRACTOR_VERSION,
      claims: extraction.claims,
      releases: extraction.releases,
    },
  };
}

export interface IngestTimes {
  /** Until the last report was stored: every report searchable, with its claims. */
  stored: number;
  /** Until the last report was linked: copies decided and claims in facts. */
  linked: number;
}

/**
 * Stores reports the way the ingest service does (a chunk checked for known bytes in one query, then
 * stored in one statement, on as many writers as the driver takes, then linked a large batch per
 * transaction) and returns the seconds until all were stored and until all were linked.
 */
export async function ingestAll(repo: Repository, items: StorableReport[]): Promise<IngestTimes> {
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < items.length) {
      const chunk = items.slice(next, next + BATCH);
      next += BATCH;
      const known = await repo.findDocumentsBySha256(chunk.map((i) => i.doc.sha256));
      await repo.storeDocuments(
        chunk.filter((i) => !known.has(i.doc.sha256)),
        'bench',
        { link: false },
      );
    }
  };
  await Promise.all(Array.from({ length: repo.concurrency }, worker));
  const stored = (performance.now() - started) / 1000;
  await repo.linkPending();
  return { stored, linked: (performance.now() - started) / 1000 };
}
