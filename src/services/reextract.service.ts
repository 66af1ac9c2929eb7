// Re-running the engine on stored documents after an upgrade; analysts' reviews and edits survive.
import { extract, EXTRACTOR_VERSION } from '../pipeline/extract.ts';
import type { ReextractOutcome, Repository } from '../storage/repository.ts';
import { documentCodes } from './ingest.service.ts';

export interface ReextractOptions {
  actor: string;
  /** Also documents already read by the current engine version. */
  all: boolean;
}

export type ReextractEvent =
  | { type: 'reextracted'; documentId: number; name: string; outcome: ReextractOutcome }
  | { type: 'current'; documentId: number; name: string }
  | { type: 'failed'; documentId: number; name: string; reason: string };

export interface ReextractSummary {
  reextracted: number;
  current: number;
  failed: number;
}

export async function reextract(
  repo: Repository,
  options: ReextractOptions,
  onEvent: (e: ReextractEvent) => void,
): Promise<ReextractSummary> {
  const summary: ReextractSummary = { reextracted: 0, current: 0, failed: 0 };
  let afterId: number | undefined;
  for (;;) {
    const page = await repo.listDocuments({ afterId, limit: 200 });
    if (!page.length) break;
    afterId = page[page.length - 1]!.id;
    for (const summaryRow of page) {
      const { id, name } = summaryRow;
      if (!options.all && summaryRow.extractorVersion === EXTRACTOR_VERSION) {
        summary.current++;
        onEvent({ type: 'current', documentId: id, name });
        continue;
      }
      try {
        const doc = await repo.getDocument(id);
        if (!doc) continue;
        // Detected again paragraph by paragraph, unless the stored language is not the one detected (a
        // sidecar or an analyst set it): then it holds for the whole text, as at ingestion.
        let extraction = extract(doc.text, { published: doc.published });
        if (doc.lang && (extraction.languages?.[0] ?? extraction.lang) !== doc.lang)
          extraction = extract(doc.text, { lang: doc.lang, published: doc.published });
        const outcome = await repo.replaceExtraction(
          id,
          {
            extractorVersion: EXTRACTOR_VERSION,
            claims: extraction.claims,
            releases: extraction.releases,
            lang: doc.lang ?? extraction.lang,
            languages: extraction.languages,
            codes: documentCodes(doc.text, extraction),
          },
          options.actor,
        );
        summary.reextracted++;
        onEvent({ type: 'reextracted', documentId: id, name, outcome });
      } catch (e) {
        summary.failed++;
        onEvent({ type: 'failed', documentId: id, name, reason: e instanceof Error ? e.message : String(e) });
      }
    }
  }
  return summary;
}
