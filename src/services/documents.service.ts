// Stored reports, newest first, and the releases registry grouped by release.
import type { MediaType } from '../domain/claim.ts';
import { notFound } from '../domain/errors.ts';
import { REVIEW_STATES } from '../domain/filters.ts';
import type {
  ClaimRecord,
  DocumentFilter,
  DocumentRecord,
  DocumentSummary,
  ReleaseRecord,
  Repository,
} from '../storage/repository.ts';
import { foldText } from '../text/fold.ts';
import type { PageOf, PageRequest } from './claims.service.ts';

export async function documentsPage(
  repo: Repository,
  filter: Pick<DocumentFilter, 'lang' | 'outlet' | 'country'>,
  page: PageRequest,
): Promise<PageOf<DocumentSummary>> {
  const [items, total] = await Promise.all([
    repo.listDocuments({ ...filter, order: 'newest', limit: page.limit, offset: page.offset }),
    repo.countDocuments(filter),
  ]);
  return { items, total };
}

/** One report with every claim and release found in it, whatever their review. */
export async function documentDetail(
  repo: Repository,
  id: number,
): Promise<{ document: DocumentRecord; claims: ClaimRecord[]; releases: ReleaseRecord[] }> {
  const document = await repo.getDocument(id);
  if (!document) throw notFound('document', String(id));
  const [claims, releases] = await Promise.all([
    repo.listClaims({ documentId: id, review: [...REVIEW_STATES], limit: 10_000 }),
    repo.listReleases({ documentId: id, limit: 10_000 }),
  ]);
  return { document, claims, releases };
}

export interface ReleaseFilter {
  media?: MediaType;
  /** A language spoken or subtitled. */
  lang?: string;
  documentId?: number;
  /** Words of the title, producer or quote. */
  q?: string;
}

/** A release with the other reports describing it (same media and title, case and accents aside). */
export interface ReleaseGroup {
  release: ReleaseRecord;
  alsoIn: ReleaseRecord[];
}

/** Every release not rejected, newest first. */
export async function liveReleases(repo: Repository): Promise<ReleaseRecord[]> {
  const out: ReleaseRecord[] = [];
  let afterId: number | undefined;
  for (;;) {
    const page = await repo.listReleases({ afterId, limit: 2000, live: true });
    out.push(...page);
    if (page.length < 2000) return out.reverse();
    afterId = page[page.length - 1]!.id;
  }
}

/** One row per release, newest first: reports naming the same titled media are listed together. */
export function groupReleases(all: readonly ReleaseRecord[], filter: ReleaseFilter): ReleaseGroup[] {
  const needle = filter.q ? foldText(filter.q).trim() : '';
  const groups = new Map<string, ReleaseRecord[]>();
  for (const r of all) {
    if (filter.media && r.release.media !== filter.media) continue;
    if (filter.documentId !== undefined && r.documentId !== filter.documentId) continue;
    const lang = filter.lang;
    if (lang && !r.release.spoken.includes(lang) && !r.release.subtitles.includes(lang)) continue;
    if (needle) {
      const hay = foldText(`${r.release.title ?? ''} ${r.release.producer ?? ''} ${r.release.quote}`);
      if (!hay.includes(needle)) continue;
    }
    const key = r.release.title ? `${r.release.media}|${foldText(r.release.title)}` : `#${r.id}`;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.values()].map(([release, ...alsoIn]) => ({ release: release!, alsoIn }));
}
