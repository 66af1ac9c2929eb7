// The overview: counts by origin for the map, estimate timelines for the most reported questions (the
// same series `tessera estimates` gives), and the latest reports and releases.
import type { EstimateSeries } from '../analysis/estimates.ts';
import type { DocumentSummary, PlaceCount, ReleaseRecord, Repository } from '../storage/repository.ts';
import { seriesFor } from './estimates.service.ts';
import { auditReadOfDocuments, EVERYONE, type Reader } from './collections.service.ts';
import { NO_CACHE, visibleKey, type AnswerCache, type KeptCodec } from './answer-cache.ts';

export interface Overview {
  stats: { documents: number; claims: number; releases: number; unreviewed: number };
  byOrigin: PlaceCount[];
  byLocation: PlaceCount[];
  timelines: EstimateSeries[];
  latestDocuments: DocumentSummary[];
  latestReleases: ReleaseRecord[];
}

const TIMELINES = 4;
const TIMELINE_POINTS = 120;
const LATEST = 8;

/** The overview of what the reader may read: every count leaves the other collections out. */
export async function overview(repo: Repository, reader: Reader = EVERYONE): Promise<Overview> {
  const collections = reader.visible;
  const [documents, counts, byOrigin, byLocation, top, latestDocuments, latestReleases] = await Promise.all([
    repo.countDocuments({ collections }),
    repo.countByReview(collections),
    repo.countByPlace('origin', collections),
    repo.countByPlace('location', collections),
    repo.listQuestions({ limit: TIMELINES, collections }),
    repo.listDocuments({ order: 'newest', limit: LATEST, collections }),
    repo.listReleases({ order: 'newest', live: true, limit: LATEST, collections }),
  ]);
  const timelines = await Promise.all(
    top.items.map(async (q) => {
      const question = {
        population: q.population,
        origin: q.origin,
        status: q.status,
        location: null,
        affiliation: null,
      };
      // The series only: the wider regions and sums estimates() adds are not shown here, nor how many
      // estimates there are beyond it (not counted).
      return thin((await seriesFor(repo, question, undefined, {}, reader, false)).series);
    }),
  );
  return {
    stats: { documents, ...counts },
    byOrigin,
    byLocation,
    timelines,
    latestDocuments,
    latestReleases,
  };
}

interface Shown<T> {
  value: T;
  /** The reports (and claims) the answer shows, audited on every read of it. */
  read: { documentId: number; claimId?: number }[];
}

/**
 * The overview in the shape `view` gives it (a surface's serialised body), kept in `cache` as that shape
 * for every reader of the same collections; an answer given a `codec` is kept in the store
 * too, so the first overview after a restart is read, not computed. The reads of restricted collections
 * it shows (latest reports, timeline points, latest releases) are audited on every call, kept or not.
 */
export async function overviewAs<T>(
  repo: Repository,
  reader: Reader,
  viewName: string,
  view: (o: Overview) => T,
  cache: AnswerCache = NO_CACHE,
  codec?: KeptCodec<T>,
): Promise<T> {
  const { value, read } = await cache.get(
    `overview|${viewName}|${visibleKey(reader.visible)}`,
    async (): Promise<Shown<T>> => {
      const o = await overview(repo, reader);
      return {
        value: view(o),
        read: [
          ...o.latestDocuments.map((d) => ({ documentId: d.id })),
          ...o.timelines.flatMap((t) =>
            t.points.map((p) => ({ documentId: Number(p.documentId), claimId: Number(p.claimId) })),
          ),
          ...o.latestReleases.map((r) => ({ documentId: r.documentId })),
        ],
      };
    },
    codec && shownCodec(codec),
  );
  await auditReadOfDocuments(repo, reader, 'overview', read);
  return value;
}

/** An answer and what it shows as bytes: the list of reads as a line of JSON, then the answer's bytes. */
function shownCodec<T>(codec: KeptCodec<T>): KeptCodec<Shown<T>> {
  return {
    encode: ({ value, read }) =>
      Buffer.concat([Buffer.from(JSON.stringify(read) + '\n'), codec.encode(value)]),
    decode(bytes) {
      const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const end = b.indexOf(0x0a);
      return {
        read: JSON.parse(b.subarray(0, end).toString('utf8')) as Shown<T>['read'],
        value: codec.decode(b.subarray(end + 1)),
      };
    },
  };
}

/** A timeline for the overview keeps an even sample of its points and the conflicting ones. */
export function thin(series: EstimateSeries): EstimateSeries {
  if (series.points.length <= TIMELINE_POINTS) return series;
  const conflicted = new Set(series.conflicts.flatMap((c) => c.claimIds));
  const step = series.points.length / TIMELINE_POINTS;
  const keep = new Set<number>();
  for (let i = 0; i < series.points.length; i += step) keep.add(Math.floor(i));
  return {
    ...series,
    conflicts: series.conflicts.slice(0, 10),
    points: series.points.filter(
      (p, i) => keep.has(i) || (conflicted.has(p.claimId) && keep.size < TIMELINE_POINTS * 2),
    ),
  };
}
