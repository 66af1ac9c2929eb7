// The releases registry: one entry per release, whatever script or spelling each report gives its title
// in (Istok, Исток, إستوك), with the reports describing it, the counts of children and fighters those
// reports give, and facets over media, producer, year and language.
// Releases are few beside claims (a report names a handful at most): the registry groups the live ones
// in memory, read once per change of the store (answer-cache.ts), and reads counts for the shown page only.
import type { MediaType, Population } from '../domain/claim.ts';
import { groupByRelease, releaseKey } from '../analysis/release-key.ts';
import type { ClaimRecord, ReleaseRecord, Repository } from '../storage/repository.ts';
import { foldText } from '../text/fold.ts';
import type { PageRequest } from './claims.service.ts';
import { EVERYONE, mayRead, type Reader } from './collections.service.ts';

export interface ReleaseFilter {
  media?: MediaType;
  /** A language spoken or subtitled (ISO 639-1). */
  lang?: string;
  /** The producer as written, case and accents aside. */
  producer?: string;
  /** The year of the release's date. */
  year?: string;
  documentId?: number;
  /** Words of the title in any script, of the producer or of the quote. */
  q?: string;
}

/** One release: the report that described it first, the other reports, and how they spell its title. */
export interface ReleaseEntity {
  release: ReleaseRecord;
  alsoIn: ReleaseRecord[];
  /** Every title the reports give it, the first report's first. */
  spellings: string[];
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface ReleaseFacets {
  media: FacetCount[];
  producer: FacetCount[];
  year: FacetCount[];
  lang: FacetCount[];
}

/** The populations a release's reports are read for: who propaganda shows and recruits. */
export const FEATURED_POPULATIONS: readonly Population[] = ['children', 'fighters'];

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

/** Every release grouped into entities, newest first (by the newest report describing each). */
export function releaseEntities(all: readonly ReleaseRecord[]): ReleaseEntity[] {
  const groups = groupByRelease(
    all,
    (r) => r.release.title,
    (r) => r.release.media,
  );
  return groups.map(([release, ...alsoIn]) => {
    const spellings: string[] = [];
    const seen = new Set<string>();
    for (const r of [release!, ...alsoIn]) {
      const title = r.release.title;
      if (title && !seen.has(foldText(title))) {
        seen.add(foldText(title));
        spellings.push(title);
      }
    }
    return { release: release!, alsoIn, spellings };
  });
}

const members = (e: ReleaseEntity) => [e.release, ...e.alsoIn];
const yearOf = (r: ReleaseRecord) => r.release.date?.slice(0, 4) ?? null;
const languagesOf = (r: ReleaseRecord) => [...r.release.spoken, ...r.release.subtitles];

/** Whether any report's account of the entity passes the filter: a release is what all its reports say. */
function matches(e: ReleaseEntity, f: ReleaseFilter, needle: string, needleKey: string | null): boolean {
  const all = members(e);
  if (f.media && e.release.release.media !== f.media) return false;
  if (f.documentId !== undefined && !all.some((r) => r.documentId === f.documentId)) return false;
  if (f.lang && !all.some((r) => languagesOf(r).includes(f.lang!))) return false;
  if (f.year && !all.some((r) => yearOf(r) === f.year)) return false;
  if (f.producer) {
    const producer = foldText(f.producer);
    if (!all.some((r) => r.release.producer && foldText(r.release.producer) === producer)) return false;
  }
  if (!needle) return true;
  return all.some((r) => {
    const title = r.release.title ?? '';
    // The title in another script: its key holds the query's ("Исток" finds Istok 3).
    if (needleKey && title && (releaseKey(title) ?? '').includes(needleKey)) return true;
    return foldText(`${title} ${r.release.producer ?? ''} ${r.release.quote}`).includes(needle);
  });
}

function facetsOf(entities: readonly ReleaseEntity[]): ReleaseFacets {
  const tally = (values: (e: ReleaseEntity) => Iterable<string>): FacetCount[] => {
    const counts = new Map<string, number>();
    for (const e of entities) for (const v of new Set(values(e))) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  };
  return {
    media: tally((e) => [e.release.release.media]),
    producer: tally((e) => members(e).flatMap((r) => (r.release.producer ? [r.release.producer] : []))),
    year: tally((e) => members(e).flatMap((r) => yearOf(r) ?? [])),
    lang: tally((e) => members(e).flatMap(languagesOf)),
  };
}

export interface ReleasesPage {
  items: (ReleaseEntity & { counts: ClaimRecord[] })[];
  total: number;
  /** Facets over the entities the filter selects. */
  facets: ReleaseFacets;
}

/** Counts shown per release: enough to see who it features, not a claims list. */
const COUNTS_PER_RELEASE = 20;

/**
 * A page of release entities that pass the filter, each with the counts of children and fighters its
 * reports give (not rejected), and facets over every entity the filter selects.
 */
export async function releasesPage(
  repo: Repository,
  all: readonly ReleaseRecord[],
  filter: ReleaseFilter,
  page: PageRequest,
  reader: Reader = EVERYONE,
): Promise<ReleasesPage> {
  const needle = filter.q ? foldText(filter.q).trim() : '';
  const needleKey = filter.q ? releaseKey(filter.q) : null;
  // The registry of what the reader may read: releases of other collections are neither shown nor grouped.
  const readable = reader.visible ? all.filter((r) => mayRead(reader, r.collectionId)) : all;
  const selected = releaseEntities(readable).filter((e) => matches(e, filter, needle, needleKey));
  const shown = selected.slice(page.offset, page.offset + page.limit);
  const documentIds = [...new Set(shown.flatMap((e) => members(e).map((r) => r.documentId)))];
  const counts = documentIds.length
    ? (
        await Promise.all(
          FEATURED_POPULATIONS.map((population) =>
            repo.listClaims({
              documentIds,
              population,
              limit: documentIds.length * COUNTS_PER_RELEASE,
              collections: reader.visible,
            }),
          ),
        )
      ).flat()
    : [];
  return {
    items: shown.map((e) => {
      const ids = new Set(members(e).map((r) => r.documentId));
      const own = counts.filter((c) => ids.has(c.documentId)).sort((a, b) => a.id - b.id);
      return { ...e, counts: own.slice(0, COUNTS_PER_RELEASE) };
    }),
    total: selected.length,
    facets: facetsOf(selected),
  };
}
