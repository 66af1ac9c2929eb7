// The releases registry: one entry per release, whatever script or spelling each report gives its title
// in (Istok, Исток, إستوك), with the reports describing it, the counts of children and fighters those
// reports give, and facets over media, producer, year and language.
// The store groups, filters and pages the releases by keys written with them (migration 0025), and the
// counts are read for the shown page only.
import type { MediaType, Population } from '../domain/claim.ts';
import { releaseKey } from '../analysis/release-key.ts';
import type { ClaimRecord, ReleaseGroup, ReleaseRecord, Repository } from '../storage/repository.ts';
import { foldText } from '../text/fold.ts';
import type { PageRequest } from './claims.service.ts';
import { NO_CACHE, visibleKey, type AnswerCache } from './answer-cache.ts';
import { EVERYONE, type Reader } from './collections.service.ts';

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

/** One release: the report that described it last, other reports, and how they spell its title. */
export interface ReleaseEntity {
  release: ReleaseRecord;
  /** Other reports' releases, newest first: the newest SHOWN_RELEASES and the newest of each spelling. */
  alsoIn: ReleaseRecord[];
  /** How many releases the entry holds (one per report describing it, as a rule): alsoIn may show fewer. */
  releases: number;
  /** Every title the reports give it, the newest report's first. */
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

/** Releases shown with each entry; an entry of thousands of reports says how many it holds. */
export const SHOWN_RELEASES = 50;

/**
 * The entries of a page from their releases (newest first, as listReleaseGroups gives their ids): the
 * newest release, the others shown, and every title they give, the newest release's first (the newest
 * release of each spelling is among those read, so no spelling is missed).
 */
function entitiesOf(
  groups: readonly ReleaseGroup[],
  records: readonly ReleaseRecord[],
): { entity: ReleaseEntity; documentIds: number[] }[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  return groups.flatMap(({ releaseIds, releases, documentIds }) => {
    const members = releaseIds.flatMap((id) => byId.get(id) ?? []);
    if (!members.length) return [];
    const spellings: string[] = [];
    const seen = new Set<string>();
    for (const r of members) {
      const title = r.release.title;
      if (title && !seen.has(foldText(title))) {
        seen.add(foldText(title));
        spellings.push(title);
      }
    }
    const [release, ...alsoIn] = members;
    return [{ entity: { release: release!, alsoIn, releases, spellings }, documentIds }];
  });
}

const byCount = (facet: FacetCount[]): FacetCount[] =>
  [...facet].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));

export interface ReleasesPage {
  items: (ReleaseEntity & { counts: ClaimRecord[] })[];
  total: number;
  /** Facets over the entities the filter selects. */
  facets: ReleaseFacets;
}

/** Counts shown per release: enough to see who it features, not a claims list. */
const COUNTS_PER_RELEASE = 20;
/** An entry of more reports than this has the claims counted beside it read on their own. */
const MANY_REPORTS = 100;

/**
 * A page of release entities that pass the filter, each with the counts of children and fighters its
 * reports give (not rejected), and facets over every entity the filter selects. The store groups, filters
 * and pages the releases (Repository.listReleaseGroups, by the keys analysis/release-key.ts gives them);
 * the answer is kept in `cache` until the store changes.
 */
export async function releasesPage(
  repo: Repository,
  filter: ReleaseFilter,
  page: PageRequest,
  reader: Reader = EVERYONE,
  cache: AnswerCache = NO_CACHE,
): Promise<ReleasesPage> {
  const key = `releases|${visibleKey(reader.visible)}|${JSON.stringify([filter, page])}`;
  return cache.get(key, () => findReleases(repo, filter, page, reader));
}

async function findReleases(
  repo: Repository,
  filter: ReleaseFilter,
  page: PageRequest,
  reader: Reader,
): Promise<ReleasesPage> {
  // The registry of what the reader may read: releases of other collections are neither shown nor grouped.
  const groups = await repo.listReleaseGroups(
    {
      collections: reader.visible,
      media: filter.media,
      lang: filter.lang,
      producerFold: filter.producer ? foldText(filter.producer) : undefined,
      year: filter.year,
      documentId: filter.documentId,
      needle: filter.q ? foldText(filter.q).trim() : undefined,
      needleKey: filter.q ? releaseKey(filter.q) : null,
    },
    { ...page, members: SHOWN_RELEASES },
  );
  const ids = groups.items.flatMap((g) => g.releaseIds);
  const records = ids.length ? await repo.listReleases({ ids, limit: ids.length, live: true }) : [];
  const shown = entitiesOf(groups.items, records);
  // The claims counted beside each entry: the first COUNTS_PER_RELEASE by id of its reports' claims of
  // each featured population. An entry of many reports reads its own, COUNTS_PER_RELEASE per population
  // (listClaims gives them in id order, so the first of the merged lists are the first of all of them);
  // the other entries read theirs together, as many as could be shown.
  const countsOf = async (documentIds: number[], limit: number) =>
    documentIds.length
      ? (
          await Promise.all(
            FEATURED_POPULATIONS.map((population) =>
              repo.listClaims({ documentIds, population, limit, collections: reader.visible }),
            ),
          )
        ).flat()
      : [];
  const owned = shown.map((e) => e.documentIds);
  const few = [...new Set(owned.filter((own) => own.length <= MANY_REPORTS).flat())];
  const [together, ...alone] = await Promise.all([
    countsOf(few, few.length * COUNTS_PER_RELEASE),
    ...owned.map((own) => (own.length > MANY_REPORTS ? countsOf(own, COUNTS_PER_RELEASE) : null)),
  ]);
  return {
    items: shown.map(({ entity }, i) => {
      const own = new Set(owned[i]);
      const mine = (alone[i] ?? together).filter((c) => own.has(c.documentId)).sort((a, b) => a.id - b.id);
      return { ...entity, counts: mine.slice(0, COUNTS_PER_RELEASE) };
    }),
    total: groups.total,
    facets: {
      media: byCount(groups.facets.media),
      producer: byCount(groups.facets.producer),
      year: byCount(groups.facets.year),
      lang: byCount(groups.facets.lang),
    },
  };
}
