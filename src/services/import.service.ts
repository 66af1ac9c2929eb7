// Importing a STIX 2.1 bundle: Tessera's own reports come back with their counts, releases, reviews and
// grades, and their facts are linked again; another producer's reports are stored with their text and read
// by the engine, and everything else is named as skipped.
// Never half-written: the whole bundle is checked before anything is stored; each report is stored with
// its counts in one transaction (the same bytes twice are one report); reviews and grades are applied only
// where the store differs from the bundle, so running the same import again, after a crash or not, adds
// nothing and finishes what was left.
import type { Claim, Release } from '../domain/claim.ts';
import { invalidInput, TesseraError } from '../domain/errors.ts';
import type { Credibility, Reliability } from '../domain/grade.ts';
import { sha256Hex } from '../ingest/hash.ts';
import { readBundle, type BundleToImport, type ReportToImport } from '../interop/stix-read.ts';
import { countKey, sourceKey } from '../interop/stix.ts';
import { extract, EXTRACTOR_VERSION } from '../pipeline/extract.ts';
import type {
  ClaimEdits,
  ExtractionToStore,
  NewDocument,
  ReleaseEdits,
  Repository,
} from '../storage/repository.ts';
import { BATCH, documentCodes } from './ingest.service.ts';

export interface ImportOptions {
  /** Who imports: the collector of another producer's reports, and who applied a review that names nobody. */
  actor: string;
  /** Where the bundle was read from (a file path), recorded as where other producers' reports came from. */
  from: string;
  now?: () => Date;
}

export interface ImportSummary {
  /** Whether the bundle is Tessera's own. */
  tessera: boolean;
  reports: { stored: number; alreadyStored: number };
  claims: number;
  releases: number;
  /** Reviews, credibility grades and source grades the store did not have yet. */
  reviews: number;
  grades: number;
  sourceGrades: number;
  /** The bundle's facts, and how many of them the linker found again among the imported claims. */
  facts: { inBundle: number; found: number };
  /** Objects not imported, by type. */
  skipped: { type: string; count: number }[];
}

/**
 * Reads and checks a bundle's JSON text, naming `where` (the file) in every message: not JSON, not a
 * bundle, or the Tessera object at fault. Nothing is stored before this has passed.
 */
export function readBundleText(text: string, where: string): BundleToImport {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
  } catch (e) {
    throw invalidInput(`${where}: not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  return readBundle(json, where);
}

interface Prepared {
  report: ReportToImport;
  doc: NewDocument;
  extraction: ExtractionToStore;
}

function prepare(report: ReportToImport, options: ImportOptions, where: string): Prepared {
  const bytes = report.bytes ?? new TextEncoder().encode(report.text);
  const sha256 = sha256Hex(bytes);
  if (report.bytes && report.sha256 && report.sha256 !== sha256)
    throw invalidInput(
      `${where}: ${report.stixId}: the original bytes do not match their SHA-256 (${report.sha256})`,
    );
  const read = report.extraction
    ? null
    : extract(report.text, { lang: report.lang, published: report.published });
  const claims: Claim[] = report.extraction?.claims.map((c) => c.extracted) ?? read!.claims;
  const releases: Release[] = report.extraction?.releases.map((r) => r.extracted) ?? read!.releases;
  const lang = report.lang ?? read?.languages?.[0] ?? read?.lang ?? null;
  const collectedAt = report.collected ? new Date(report.collected.at) : (options.now?.() ?? new Date());
  return {
    report,
    doc: {
      name: report.name,
      sha256,
      size: bytes.length,
      mediaType: report.mediaType,
      encoding: report.encoding,
      bytes,
      text: report.text,
      lang,
      languages: report.languages ?? read?.languages ?? (lang ? [lang] : []),
      url: report.url,
      outlet: report.outlet,
      title: report.title,
      published: report.published,
      collectedAt: Number.isNaN(collectedAt.getTime()) ? new Date() : collectedAt,
      collectedHow: report.collected?.how === 'url' ? 'url' : 'file',
      collectedFrom: report.collected?.from ?? `${options.from}#${report.stixId}`,
      collectedBy: report.collected?.by ?? options.actor,
      codes: documentCodes(report.text, { claims }),
    },
    extraction: { extractorVersion: report.extractorVersion ?? EXTRACTOR_VERSION, claims, releases },
  };
}

const CLAIM_FIELDS = [
  'value',
  'qualifier',
  'population',
  'origin',
  'status',
  'location',
  'affiliation',
  'age',
  'source',
  'date',
] as const satisfies readonly (keyof ClaimEdits)[];
const RELEASE_FIELDS = [
  'media',
  'title',
  'date',
  'duration_min',
  'spoken',
  'subtitles',
  'producer',
] as const satisfies readonly (keyof ReleaseEdits)[];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields an analyst changed: where the claim as it stands differs from the engine's reading. */
function editsBetween<T extends object, K extends keyof T>(
  extracted: T,
  standing: T,
  fields: readonly K[],
): Partial<T> | null {
  const edits: Partial<T> = {};
  for (const f of fields) if (!same(extracted[f], standing[f])) edits[f] = standing[f];
  return Object.keys(edits).length ? edits : null;
}

const spanKey = (s: { start: number; end: number }) => `${s.start}:${s.end}`;

/** Imports a bundle (its JSON text, or as readBundleText read it); `options.from` names it in messages. */
export async function importBundle(
  repo: Repository,
  input: string | BundleToImport,
  options: ImportOptions,
  onReport?: (done: number, total: number) => void,
): Promise<ImportSummary> {
  const where = options.from;
  const bundle = typeof input === 'string' ? readBundleText(input, where) : input;
  // Everything is checked (hashes, engine runs) before the first write.
  const prepared = bundle.reports.map((r) => prepare(r, options, where));
  const summary: ImportSummary = {
    tessera: bundle.tessera,
    reports: { stored: 0, alreadyStored: 0 },
    claims: 0,
    releases: 0,
    reviews: 0,
    grades: 0,
    sourceGrades: 0,
    facts: { inBundle: bundle.facts.length, found: 0 },
    skipped: [...bundle.skipped].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count),
  };

  const documentOf = new Map<ReportToImport, number>();
  for (let at = 0; at < prepared.length; at += BATCH) {
    const chunk = prepared.slice(at, at + BATCH);
    const outcomes = await repo.storeDocuments(chunk, options.actor, { link: false });
    outcomes.forEach((o, i) => {
      documentOf.set(chunk[i]!.report, o.document.id);
      if (o.status === 'stored') {
        summary.reports.stored++;
        summary.claims += o.claimIds.length;
        summary.releases += o.releaseIds.length;
      } else summary.reports.alreadyStored++;
    });
    onReport?.(Math.min(at + BATCH, prepared.length), prepared.length);
  }

  // Reviews and grades, where the store does not hold them yet.
  const claimOfCount = new Map<string, number>();
  for (const { report } of prepared) {
    if (!report.extraction) continue;
    const documentId = documentOf.get(report)!;
    const stored = await repo.listClaims({
      documentId,
      review: ['unreviewed', 'confirmed', 'corrected', 'rejected'],
      limit: 100_000,
    });
    const byKey = new Map(stored.map((c) => [countKey(c.extracted), c]));
    for (const count of report.extraction.claims) {
      const claim = byKey.get(countKey(count.extracted));
      if (!claim) continue;
      claimOfCount.set(count.stixId, claim.id);
      const actor = count.review.by ?? options.actor;
      const edits: ClaimEdits | null = editsBetween(count.extracted, count.standing, CLAIM_FIELDS);
      // Compared as they stand: the same correction may be kept as edits of more or fewer fields.
      if (
        claim.review.state !== count.review.state ||
        editsBetween(claim.claim, count.standing, CLAIM_FIELDS)
      ) {
        await repo.reviewClaim(claim.id, {
          state: count.review.state,
          edits,
          note: count.review.note,
          actor,
        });
        summary.reviews++;
      }
      if (count.credibility !== null && claim.credibility !== count.credibility) {
        await repo.gradeClaim(claim.id, count.credibility as Credibility, actor);
        summary.grades++;
      }
    }
    const releases = await repo.listReleases({ documentId, limit: 100_000 });
    const releaseBySpan = new Map(releases.map((r) => [spanKey(r.release.span), r]));
    for (const r of report.extraction.releases) {
      const release = releaseBySpan.get(spanKey(r.standing.span));
      if (!release) continue;
      const edits: ReleaseEdits | null = editsBetween(r.extracted, r.standing, RELEASE_FIELDS);
      if (
        release.review.state !== r.review.state ||
        editsBetween(release.release, r.standing, RELEASE_FIELDS)
      ) {
        await repo.reviewRelease(release.id, {
          state: r.review.state,
          edits,
          note: r.review.note,
          actor: r.review.by ?? options.actor,
        });
        summary.reviews++;
      }
    }
  }

  if (bundle.sourceGrades.length) {
    const sources = await repo.listSources();
    for (const g of bundle.sourceGrades) {
      const source = sources.find((s) => s.kind === g.kind && sourceKey(s.name) === sourceKey(g.name));
      if (!source || source.reliability === g.reliability) continue;
      await repo.gradeSource(source.id, g.reliability as Reliability, options.actor);
      source.reliability = g.reliability as Reliability;
      summary.sourceGrades++;
    }
  }

  try {
    await repo.linkPending();
  } catch (e) {
    throw new TesseraError(
      'storage_failed',
      `the reports were imported, but linking them into facts failed (importing again retries): ${
        e instanceof Error ? e.message : String(e)
      }`,
      { cause: e },
    );
  }

  // The bundle's facts, found again by the linker among the imported claims?
  for (const members of bundle.facts) {
    const claimIds = members.map((id) => claimOfCount.get(id));
    if (claimIds.some((id) => id === undefined)) continue;
    const fact = await repo.factOfClaim(claimIds[0]!);
    const linked = new Set(fact?.claims.map((m) => m.claimId));
    if (fact && claimIds.every((id) => linked.has(id!))) summary.facts.found++;
  }
  return summary;
}
