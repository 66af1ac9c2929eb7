// The review queue: every claim a filter keeps (unreviewed ones by default), in a stable order, walked
// by keyset from any claim, with its position "n of N". With "conflicts first" the claims whose estimate
// conflicts with another report's come first: the conflicts are the estimates page's own (each question's
// series through estimates.service.ts seriesFor, analysis/estimates.ts findConflicts), never computed
// twice (after a review, only the questions of the claims it touched are read again). The queue asks the
// store through the one claim filter (storedClaimFilter → ClaimFilter), so every condition the store
// adds to claim lists applies here too.
import { parseQuestion, ReviewQueueFilter, type ConflictOrder, type ReviewState } from '../domain/filters.ts';
import type { Claim, Population, Status } from '../domain/claim.ts';
import {
  AUDIT_ONLY_ACTIONS,
  type ClaimFilter,
  type ClaimRecord,
  type Repository,
  type Visible,
} from '../storage/repository.ts';
import { visibleKey } from './answer-cache.ts';
import { EVERYONE } from './collections.service.ts';
import { optionName, storedClaimFilter, type PageOf } from './claims.service.ts';
import { seriesFor } from './estimates.service.ts';

/** A queue: the store's claim filter and how conflicts order it. */
export interface QueueSpec {
  filter: ClaimFilter;
  conflicts?: ConflictOrder;
}

/** A queue question as typed (CLI options, API query strings): every problem listed at once. */
export interface QueueQuery {
  origin?: string;
  population?: string;
  status?: string;
  group?: string;
  since?: string;
  until?: string;
  lang?: string | string[];
  outlet?: string;
  report?: string | number;
  review?: string | string[];
  conflicts?: string;
}

/** Checks a queue question (`nameOf` names fields as the asking surface does), unreviewed by default. */
export function queueSpec(q: QueueQuery, nameOf: (field: string) => string = optionName): QueueSpec {
  return queueSpecOf(parseQuestion(ReviewQueueFilter, q, nameOf));
}

/** A queue from a parsed ReviewQueueFilter. */
export function queueSpecOf(f: ReviewQueueFilter): QueueSpec {
  const { review, conflicts, ...rest } = f;
  return {
    filter: storedClaimFilter({
      ...rest,
      review: review?.length ? [...new Set(review)] : (['unreviewed'] as ReviewState[]),
    }),
    conflicts,
  };
}

interface ConflictState {
  changeId: number;
  /** Each question's conflicting claims, by question key. */
  byQuestion: Map<string, Set<number>>;
  all: ReadonlySet<number>;
}

/** By store, then by the set of collections read: a reader's badges count only the claims it may read. */
const conflictStates = new WeakMap<Repository, Map<string, Promise<ConflictState>>>();

type Question = { population: Population; origin: string[]; status: Status };
const keyOf = (q: Question) => `${q.population}|${q.origin.join(',')}|${q.status}`;
const union = (m: Map<string, Set<number>>) => new Set([...m.values()].flatMap((s) => [...s]));

/**
 * Every claim in conflict with a comparable estimate of another report: the conflicts of each question
 * the reports answer (population × origins × status), as its estimate series finds them among its latest
 * estimates. Kept until the store changes; after reviews and grades only, the questions of the claims
 * they touched are read again, anything else (reports stored, re-extracted, corrected) reads them all.
 */
export async function conflictingClaims(
  repo: Repository,
  visible: Visible = undefined,
): Promise<ReadonlySet<number>> {
  const changeId = await repo.latestChangeId();
  const states = conflictStates.get(repo) ?? new Map<string, Promise<ConflictState>>();
  conflictStates.set(repo, states);
  const key = visibleKey(visible);
  const before = states.get(key);
  const state = (async (): Promise<ConflictState> => {
    const old = before && (await before.catch(() => null));
    if (old && old.changeId === changeId) return old;
    const touched = old ? await touchedClaims(repo, old.changeId) : null;
    if (!old || !touched) return { changeId, ...(await allConflicts(repo, visible)) };
    const byQuestion = new Map(old.byQuestion);
    const again = new Set<string>();
    for (const id of touched) {
      for (const [key, ids] of old.byQuestion) if (ids.has(id)) again.add(key);
      const record = await repo.getClaim(id);
      const q = record && questionOf(record.claim);
      if (q) again.add(keyOf(q));
    }
    for (const key of again) {
      const [population, origin, status] = key.split('|') as [Population, string, Status];
      const ids = await conflictsOf(repo, { population, origin: origin.split(','), status }, visible);
      if (ids.size) byQuestion.set(key, ids);
      else byQuestion.delete(key);
    }
    return { changeId, byQuestion, all: union(byQuestion) };
  })();
  states.set(key, state);
  state.catch(() => states.delete(key));
  return (await state).all;
}

/** The claims reviewed or graded since a change; null when anything else changed (or too much). */
async function touchedClaims(repo: Repository, since: number): Promise<Set<number> | null> {
  const changes = await repo.listChanges({ afterId: since, limit: 1001 });
  if (changes.length > 1000) return null;
  const ids = new Set<number>();
  for (const c of changes) {
    // A logged read or refusal changed nothing.
    if ((AUDIT_ONLY_ACTIONS as readonly string[]).includes(c.action)) continue;
    if (c.entity !== 'claim' || (c.action !== 'claim.reviewed' && c.action !== 'claim.graded')) return null;
    ids.add(c.entityId);
  }
  return ids;
}

/** The question a claim answers in an estimate series, as the store groups them (listQuestions). */
function questionOf(c: Claim): Question | null {
  if (c.qualifier === 'vague' || !c.origin?.length || (c.value.min === null && c.value.max === null))
    return null;
  return { population: c.population, origin: [...new Set(c.origin)].sort(), status: c.status };
}

async function conflictsOf(repo: Repository, q: Question, visible: Visible): Promise<Set<number>> {
  const { series } = await seriesFor(
    repo,
    q,
    undefined,
    { maxConflicts: Number.MAX_SAFE_INTEGER },
    { ...EVERYONE, visible },
    false,
  );
  return new Set(series.conflicts.flatMap((c) => c.claimIds.map(Number)));
}

async function allConflicts(repo: Repository, visible: Visible): Promise<Omit<ConflictState, 'changeId'>> {
  const byQuestion = new Map<string, Set<number>>();
  const PAGE = 1000;
  for (let offset = 0; ; offset += PAGE) {
    const { items } = await repo.listQuestions({ limit: PAGE, offset, collections: visible });
    for (const q of items) {
      // One report alone cannot conflict: conflicts are between reports.
      if (q.documents < 2) continue;
      const ids = await conflictsOf(repo, q, visible);
      if (ids.size) byQuestion.set(keyOf(q), ids);
    }
    if (items.length < PAGE) return { byQuestion, all: union(byQuestion) };
  }
}

/** The queue as two runs of the store's claim order: the conflicting claims, then the others. */
async function segmentsOf(
  repo: Repository,
  spec: QueueSpec,
): Promise<{ segments: ClaimFilter[]; conflicting: ReadonlySet<number> }> {
  if (!spec.conflicts) return { segments: [spec.filter], conflicting: new Set() };
  const conflicting = await conflictingClaims(repo, spec.filter.collections);
  const within = [...conflicting];
  const first = { ...spec.filter, within };
  return {
    segments: spec.conflicts === 'only' ? [first] : [first, { ...spec.filter, without: within }],
    conflicting,
  };
}

const PAGING = ['afterId', 'beforeId', 'limit', 'offset', 'order'] as const;
const unpaged = (f: ClaimFilter): ClaimFilter => {
  const copy = { ...f };
  for (const k of PAGING) delete copy[k];
  return copy;
};

/** A page of the queue by position (offset), and how many claims it holds in all. */
export async function queuePage(
  repo: Repository,
  spec: QueueSpec,
  page: { limit: number; offset: number },
): Promise<PageOf<ClaimRecord> & { conflicting: number }> {
  const { segments } = await segmentsOf(repo, spec);
  const counts = await Promise.all(segments.map((s) => repo.countClaims(unpaged(s))));
  const items: ClaimRecord[] = [];
  let skip = page.offset;
  for (let i = 0; i < segments.length && items.length < page.limit; i++) {
    const n = counts[i]!;
    if (skip >= n) {
      skip -= n;
      continue;
    }
    items.push(
      ...(await repo.listClaims({
        ...unpaged(segments[i]!),
        offset: skip,
        limit: page.limit - items.length,
      })),
    );
    skip = 0;
  }
  const total = counts.reduce((a, b) => a + b, 0);
  return { items, total, conflicting: spec.conflicts ? counts[0]! : 0 };
}

/** Where one claim stands in a queue, and its neighbours. */
export interface QueuePlace {
  /** Claims in the queue. */
  total: number;
  /** Claims in the queue that conflict with another report (0 unless conflicts order the queue). */
  conflicting: number;
  /** The claim shown: the one asked for, else the one at the position asked, else the first. */
  claim: ClaimRecord | null;
  /** Whether that claim is in the queue (one reviewed since is shown in its old place, outside it). */
  inQueue: boolean;
  /** 1-based position in the queue; for a claim outside it, how many queue claims come before it. */
  position: number;
  /** Whether its estimate conflicts with another report's (only known when conflicts order the queue). */
  conflict: boolean;
  previous: number | null;
  next: number | null;
}

/**
 * A claim's place in a queue: by id (kept in the web page's address, so a reload shows the same claim
 * even once it is reviewed and has left the queue), else by 1-based position, else the first claim.
 * Every question is a keyset or counted query over the store's indexes.
 */
export async function queuePlace(
  repo: Repository,
  spec: QueueSpec,
  at: { claim?: number; position?: number } = {},
): Promise<QueuePlace> {
  const { segments, conflicting } = await segmentsOf(repo, spec);
  const base = segments.map(unpaged);
  const counts = await Promise.all(base.map((s) => repo.countClaims(s)));
  const total = counts.reduce((a, b) => a + b, 0);
  const conflictCount = spec.conflicts ? counts[0]! : 0;

  let claim: ClaimRecord | null = null;
  if (at.claim !== undefined) claim = await repo.getClaim(at.claim);
  if (!claim && at.claim === undefined) {
    const { items } = await queuePage(repo, spec, { limit: 1, offset: Math.max(0, (at.position ?? 1) - 1) });
    claim = items[0] ?? (await queuePage(repo, spec, { limit: 1, offset: 0 })).items[0] ?? null;
  }
  if (!claim)
    return {
      total,
      conflicting: conflictCount,
      claim: null,
      inQueue: false,
      position: 0,
      conflict: false,
      previous: null,
      next: null,
    };

  const id = claim.id;
  // Its run: the conflicting claims' when it is one of them (and conflicts order the queue), else the last.
  const seg = spec.conflicts && conflicting.has(id) ? 0 : base.length - 1;
  const [member, before] = await Promise.all([
    repo.countClaims({ ...base[seg]!, ids: [id] }),
    repo.countClaims({ ...base[seg]!, beforeId: id }),
  ]);
  const earlier = counts.slice(0, seg).reduce((a, b) => a + b, 0);
  const position = earlier + before + (member ? 1 : 0);

  const nextIn = async (from: number): Promise<number | null> => {
    for (let i = from; i < base.length; i++) {
      const [n] = await repo.listClaims({ ...base[i]!, ...(i === from ? { afterId: id } : {}), limit: 1 });
      if (n) return n.id;
    }
    return null;
  };
  const previousIn = async (from: number): Promise<number | null> => {
    for (let i = from; i >= 0; i--) {
      const [p] = await repo.listClaims({
        ...base[i]!,
        ...(i === from ? { beforeId: id } : {}),
        order: 'newest',
        limit: 1,
      });
      if (p) return p.id;
    }
    return null;
  };
  const [previous, next] = await Promise.all([previousIn(seg), nextIn(seg)]);
  return {
    total,
    conflicting: conflictCount,
    claim,
    inQueue: member > 0,
    position,
    conflict: conflicting.has(id),
    previous,
    next,
  };
}
