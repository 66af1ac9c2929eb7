// Estimate series: every answer the reports give to one question ("how many Kazakh children are
// in Syria?"), who gave it, when and how it was graded; where answers at about the same time
// disagree; and, for a date, the range the estimates around it support and who dissents.

import { invalidInput } from '../domain/errors.ts';
import type { Affiliation, Bounds, PlaceCode, Population, Qualifier, Span, Status } from '../domain/claim.ts';
import {
  formatGrade,
  gradeOrUngraded,
  type Credibility,
  type Grade,
  type Reliability,
} from '../domain/grade.ts';
import { claimTime, compareDates, dayInterval, gapInDays, type DayInterval } from './dates.ts';
import { classifyScope, type Scope } from './scope.ts';
import type { AnalysisClaim, ClaimTime, CountryCount } from './types.ts';

export interface EstimateQuestion {
  population: Population;
  /** The origin set asked about; null asks for claims that state no origin. */
  origin: readonly PlaceCode[] | null;
  status?: Status | null;
  /** A place the people must be (or have been) in, among the claim's locations. */
  location?: PlaceCode | null;
  affiliation?: Affiliation | null;
}

export interface EstimateOptions {
  /** Estimates this many days apart or fewer are "about the same time". */
  toleranceDays: number;
  /** 'grade' weighs each estimate by its Admiralty grade when reconciling; 'equal' counts heads. */
  weighting: 'grade' | 'equal';
  /** Conflicting pairs listed in a series (all are counted); many estimates make many pairs. */
  maxConflicts: number;
}

export const DEFAULT_ESTIMATE_OPTIONS: Readonly<EstimateOptions> = Object.freeze({
  toleranceDays: 120,
  weighting: 'grade',
  maxConflicts: 100,
});

export interface EstimatePoint {
  claimId: string;
  documentId: string;
  documentName: string;
  lang: string;
  value: Bounds;
  qualifier: Qualifier;
  status: Status;
  source: string | null;
  outlet: string | null;
  /** When the count held: the claim's date, else the publication date (also for a running total "since" a year), else null. */
  date: string | null;
  dateBasis: 'claim' | 'published' | null;
  /** Always present: ungraded shows as F6. */
  grade: Grade;
  scope: Scope;
  scopeMarker: string | null;
  quote: string;
  /** The claim of the same report this one is part of (a subset: "18 of them orphans"), else null. */
  partOf: string | null;
  /** The fact this claim belongs to (the same count in other reports), once linked; else null. */
  factId: string | null;
  /** The report this one copies (its copy group's first), else null: copies are not independent. */
  copyOf: string | null;
  /** Where the quote is in its document's text, for the reader. */
  span: Span;
}

export interface EstimateConflict {
  claimIds: [string, string];
  daysApart: number;
  why: string;
}

export interface EstimateSeries {
  question: EstimateQuestion;
  /** In time order, undated last. */
  points: EstimatePoint[];
  /** Lowest and highest numbers stated; openAbove when some estimate has no upper bound. */
  span: { min: number | null; max: number | null; openAbove: boolean };
  /** The closest in time first, at most maxConflicts of them. */
  conflicts: EstimateConflict[];
  /** How many conflicting pairs there are in all. */
  conflictCount: number;
}

/** One point of evidence: the claims reporting the same count (one fact), copies counted once. */
export interface EvidenceFact {
  /** The fact's id, or the claim's own id when it was not linked to others. */
  id: string;
  claimIds: string[];
  value: Bounds;
  /** Independent origins among its reports (copies and one source's repeats count once). */
  origins: number;
  weight: number;
}

export interface Reconciliation {
  date: string;
  /** The range every supporting estimate allows; null bounds are open. Null when nothing is near. */
  supported: Bounds | null;
  /** Claim ids of the facts the range rests on. */
  restsOn: string[];
  /** Claim ids of the facts that disagree with it. */
  dissent: string[];
  /** The facts weighed (supporting and dissenting), each once whatever the number of its reports. */
  facts: EvidenceFact[];
  /** Estimates near the date left out, and why (single events, parts of another count, undated ones). */
  excluded: { claimId: string; why: string }[];
  weightFor: number;
  weightAgainst: number;
  /**
   * For people who joined, returned or were killed: the latest running total stated on or before the
   * date, however long before (such a count can only have grown since), else null.
   */
  runningTotal: { claimId: string; value: Bounds; date: string } | null;
  why: string[];
}

export function matchesQuestion(claim: AnalysisClaim, question: EstimateQuestion): boolean {
  if (claim.qualifier === 'vague' || claim.population !== question.population) return false;
  if (!sameOrigin(claim.origin, question.origin)) return false;
  if (question.status && claim.status !== question.status) return false;
  if (question.location && !claim.location.includes(question.location)) return false;
  if (question.affiliation && claim.affiliation !== question.affiliation) return false;
  return claim.value.min !== null || claim.value.max !== null;
}

export function toEstimatePoint(claim: AnalysisClaim): EstimatePoint {
  const { scope, marker } = scopeOf(claim);
  const time = heldAt(claim, scope, marker);
  return {
    claimId: claim.id,
    documentId: claim.documentId,
    documentName: claim.documentName,
    lang: claim.lang,
    value: { ...claim.value },
    qualifier: claim.qualifier,
    status: claim.status,
    source: claim.source,
    outlet: claim.outlet,
    date: time?.date ?? null,
    dateBasis: time?.basis ?? null,
    grade: gradeOrUngraded(claim.grade),
    scope,
    scopeMarker: marker,
    quote: claim.quote,
    partOf: claim.wholeId ?? null,
    factId: claim.factId ?? null,
    copyOf: claim.copyOf?.root ?? null,
    span: { ...claim.span },
  };
}

/** The scope read when the claim was stored, else read now from its sentence. */
function scopeOf(claim: Pick<AnalysisClaim, 'scope' | 'context'> & { quote?: string }) {
  return claim.scope ?? classifyScope(claim.quote ?? '', claim.context);
}

/** What a region's sums need of a country's count: its bounds, when it held and its scope. */
export type SummedPoint = Pick<EstimatePoint, 'claimId' | 'value' | 'date' | 'scope'>;

export function countryPoint(count: CountryCount): SummedPoint {
  const { scope, marker } = scopeOf(count);
  return {
    claimId: count.id,
    value: { ...count.value },
    date: heldAt(count, scope, marker)?.date ?? null,
    scope,
  };
}

// "since 2019", "depuis 2019", "с 2019 года", "منذ 2019": the date names where a period starts.
const PERIOD_START = /^(?:since|depuis|с|منذ)\s/u;

/**
 * When a count held: a running total or a stock holds when it is stated, so "406 since 2019" said
 * in 2021 is dated 2021 (its report's date), not 2019; otherwise the claim's date, else its report's.
 */
function heldAt(
  claim: Pick<AnalysisClaim, 'date' | 'published'>,
  scope: Scope,
  marker: string | null,
): ClaimTime | null {
  const time = claimTime(claim);
  if (
    time?.basis === 'claim' &&
    scope === 'total' &&
    marker !== null &&
    PERIOD_START.test(marker) &&
    claim.published &&
    dayInterval(claim.published) &&
    compareDates(claim.published, time.date) > 0
  )
    return { date: claim.published, basis: 'published' };
  return time;
}

/** The estimates among CLAIMS that answer QUESTION, in time order (a series without its conflicts). */
export function estimatePoints(
  claims: readonly AnalysisClaim[],
  question: EstimateQuestion,
): EstimatePoint[] {
  return claims
    .filter((c) => matchesQuestion(c, question))
    .map(toEstimatePoint)
    .sort(byPointTime);
}

export function estimateSeries(
  claims: readonly AnalysisClaim[],
  question: EstimateQuestion,
  options: Partial<EstimateOptions> = {},
): EstimateSeries {
  const settings = { ...DEFAULT_ESTIMATE_OPTIONS, ...options };
  const points = estimatePoints(claims, question);
  const found = findConflicts(points, settings.toleranceDays, settings.maxConflicts);
  const numbers = points.flatMap((p) => [p.value.min, p.value.max]).filter((n): n is number => n !== null);
  return {
    question,
    points,
    span: {
      // reduce, not Math.min(...): a long series would overflow the argument list.
      min: numbers.length ? numbers.reduce((a, b) => Math.min(a, b)) : null,
      max: numbers.length ? numbers.reduce((a, b) => Math.max(a, b)) : null,
      openAbove: points.some((p) => p.value.max === null),
    },
    conflicts: found.conflicts,
    conflictCount: found.total,
  };
}

/**
 * Pairs of comparable estimates whose bounds cannot both hold, closest in time first, at most
 * `limit` of them (the total is counted). Comparable: from different reports, both whole answers or
 * both parts of other answers (a subset is never set against a whole), of the same scope (a single event only against an event of the same day), and held at about
 * the same time: their dates overlap, or both are precise to the month or day and within the
 * tolerance ("2019" is all of 2019, so it is compared with dates inside 2019 only). A running total
 * that grows is no conflict: of two totals of people who joined, returned or were killed, the later
 * may only be larger.
 */
export function findConflicts(
  points: readonly EstimatePoint[],
  toleranceDays: number,
  limit = DEFAULT_ESTIMATE_OPTIONS.maxConflicts,
): { conflicts: EstimateConflict[]; total: number } {
  const parts = subsets(points);
  const dated = points
    .map((p) => ({ point: p, days: p.date ? dayInterval(p.date) : null, subset: parts.has(p.claimId) }))
    .filter((d): d is DatedPoint => d.days !== null)
    .sort((a, b) => a.days.first - b.days.first);
  // Dense series have many conflicting pairs and only the `limit` closest in time are described:
  // pairs are kept per gap in the order found, each gap's list no longer than the limit.
  const widest = Math.floor(toleranceDays);
  const wanted = Math.max(0, limit);
  const byGap: { i: number; j: number; gap: number }[][] = Array.from({ length: widest + 1 }, () => []);
  let total = 0;
  for (let i = 0; i < dated.length; i++) {
    const a = dated[i]!;
    // Sorted by first day: once one starts too late, every later one does.
    for (let j = i + 1; j < dated.length && dated[j]!.days.first - a.days.last <= toleranceDays; j++) {
      const b = dated[j]!;
      const gap = gapInDays(a.days, b.days);
      if (gap > widest || !comparable(a, b, gap, toleranceDays) || !contradict(a, b)) continue;
      total++;
      const list = byGap[gap]!;
      if (list.length < wanted) list.push({ i, j, gap });
    }
  }
  // The closest first; equal gaps in time order.
  const kept = byGap.flat().slice(0, wanted);
  const conflicts = kept.map(({ i, j, gap }): EstimateConflict => {
    const [a, b] = [dated[i]!.point, dated[j]!.point];
    return {
      claimIds: [a.claimId, b.claimId],
      daysApart: gap,
      why: `${describePoint(a)} and ${describePoint(b)} cannot both hold; ${gap} days apart`,
    };
  });
  return { conflicts, total };
}

/**
 * The estimates that are parts of another answer to the same question ("2 orphans" of "7 children"):
 * they answer a narrower question. Another report of the same count (its fact) is a part too, even
 * where that report does not say what it is part of.
 */
export function subsets(points: readonly EstimatePoint[]): Set<string> {
  const listed = new Set(points.map((p) => p.claimId));
  const isPart = (p: EstimatePoint) => p.partOf !== null && listed.has(p.partOf);
  const partFacts = new Set(points.filter((p) => isPart(p) && p.factId !== null).map((p) => p.factId));
  return new Set(points.filter((p) => isPart(p) || partFacts.has(p.factId)).map((p) => p.claimId));
}

interface DatedPoint {
  point: EstimatePoint;
  days: DayInterval;
  /** Part of another estimate of the series. */
  subset: boolean;
}

/** Statuses whose totals only grow: people who joined, returned or were killed stay counted. */
const CUMULATIVE: ReadonlySet<Status> = new Set(['joined', 'returned', 'killed']);

function comparable(a: DatedPoint, b: DatedPoint, gap: number, toleranceDays: number): boolean {
  const [p, q] = [a.point, b.point];
  if (p.documentId === q.documentId || a.subset !== b.subset) return false;
  if (p.factId !== null && p.factId === q.factId) return false;
  if (p.scope !== q.scope) return false;
  if (
    p.scope === 'event' &&
    !(a.days.first === b.days.first && a.days.last === b.days.last && p.date!.length === 10)
  )
    return false;
  if (gap === 0) return true;
  // Dates that do not overlap are near only when both are precise (a day or a month).
  return p.date!.length >= 7 && q.date!.length >= 7 && gap <= toleranceDays;
}

/** Whether two comparable estimates cannot both hold. */
function contradict(a: DatedPoint, b: DatedPoint): boolean {
  const [p, q] = [a.point, b.point];
  if (boundsOverlap(p.value, q.value)) return false;
  const status = p.status;
  if (p.scope === 'total' && status !== null && status === q.status && CUMULATIVE.has(status)) {
    // A running total may grow: only a later total below an earlier one contradicts it.
    if (a.days.last < b.days.first) return (q.value.max ?? Infinity) < (p.value.min ?? 0);
    if (b.days.last < a.days.first) return (p.value.max ?? Infinity) < (q.value.min ?? 0);
  }
  return true;
}

/**
 * The range the estimates within the tolerance of a date support. The unit of evidence is the fact:
 * the same count reported by several outlets or languages is one point, its weight growing with its
 * independent origins (copies and one source's repeats count once), not with its number of reports.
 * The range is what the heaviest set of mutually consistent facts allows (weights from the Admiralty
 * grades); the facts that disagree are the dissent. Single events and counts that are part of
 * another count are left out, saying why. Ties keep both sides, so nothing is silently dropped.
 */
export function reconcile(
  points: readonly EstimatePoint[],
  date: string,
  options: Partial<EstimateOptions> = {},
): Reconciliation {
  const settings = { ...DEFAULT_ESTIMATE_OPTIONS, ...options };
  const target = dayInterval(date);
  if (!target) throw invalidInput(`not an ISO date: ${date}`);
  const near: EstimatePoint[] = [];
  const excluded: Reconciliation['excluded'] = [];
  const parts = subsets(points);
  for (const p of points) {
    const days = p.date ? dayInterval(p.date) : null;
    if (!days) {
      excluded.push({ claimId: p.claimId, why: `${p.documentName}: no date` });
      continue;
    }
    if (gapInDays(days, target) > settings.toleranceDays) continue;
    if (p.scope === 'event') {
      excluded.push({ claimId: p.claimId, why: `${p.documentName}: a single event ("${p.scopeMarker}")` });
    } else if (parts.has(p.claimId)) {
      const why =
        p.partOf !== null
          ? 'part of another count of the same report'
          : 'the same count as a part of another count';
      excluded.push({ claimId: p.claimId, why: `${p.documentName}: ${why}` });
    } else near.push(p);
  }
  const weightOf = (p: EstimatePoint) => (settings.weighting === 'grade' ? gradeWeight(p.grade) : 1);
  const runningTotal = latestTotalBefore(points, target, parts);
  const base = { date, excluded, runningTotal };
  if (near.length === 0) {
    const why = [`no dated estimate within ${settings.toleranceDays} days of ${date}`];
    if (runningTotal) why.push(describeRunningTotal(runningTotal, points));
    return {
      ...base,
      supported: null,
      restsOn: [],
      dissent: [],
      facts: [],
      weightFor: 0,
      weightAgainst: 0,
      why,
    };
  }
  const facts = evidenceFacts(near, weightOf);

  // The heaviest consistent set is the set covering some point; the best point is some lower bound.
  const lows = [...new Set(facts.map((f) => f.value.min ?? 0))];
  let bestWeight = -1;
  let bestSets: EvidenceFact[][] = [];
  for (const value of lows) {
    const covering = facts.filter((f) => (f.value.min ?? 0) <= value && value <= (f.value.max ?? Infinity));
    const weight = round(covering.reduce((sum, f) => sum + f.weight, 0));
    const key = covering.map((f) => f.id).join('\u0000');
    if (weight > bestWeight) {
      bestWeight = weight;
      bestSets = [covering];
    } else if (
      weight === bestWeight &&
      !bestSets.some((set) => set.map((f) => f.id).join('\u0000') === key)
    ) {
      // Weights are positive, so an equally heavy different set is a rival reading, not a subset.
      bestSets.push(covering);
    }
  }
  const supporting = facts.filter((f) => bestSets.some((set) => set.includes(f)));
  const dissenting = facts.filter((f) => !supporting.includes(f));
  const ranges = bestSets.map(intersection);
  const supported: Bounds = {
    min: ranges.some((r) => r.min === null) ? null : Math.min(...ranges.map((r) => r.min!)),
    max: ranges.some((r) => r.max === null) ? null : Math.max(...ranges.map((r) => r.max!)),
  };
  const weightFor = round(supporting.reduce((sum, f) => sum + f.weight, 0));
  const weightAgainst = round(dissenting.reduce((sum, f) => sum + f.weight, 0));

  const byId = new Map(near.map((p) => [p.claimId, p]));
  const describeFact = (f: EvidenceFact) => {
    const reports = f.claimIds.map((id) => byId.get(id)!);
    const first = describePoint(reports[0]!);
    const more =
      reports.length > 1
        ? ` and ${reports.length - 1} more report(s) of the same count, ${f.origins} independent origin(s)`
        : '';
    return first + more + (settings.weighting === 'grade' ? ` weight ${round(f.weight)}` : '');
  };
  const why = [
    `${facts.length} fact(s) from ${near.length} estimate(s) within ${settings.toleranceDays} days of ${date}`,
  ];
  if (bestSets.length > 1) {
    why.push(`${bestSets.length} readings are equally supported; the range covers them all`);
  }
  why.push(`${formatBounds(supported)} is consistent with ${supporting.map(describeFact).join('; ')}`);
  if (dissenting.length) why.push(`dissenting: ${dissenting.map(describeFact).join('; ')}`);
  if (runningTotal) why.push(describeRunningTotal(runningTotal, points));
  if (settings.weighting === 'grade') {
    why.push(
      'weights: reliability A–F times credibility 1–6, ungraded counting as F6 (0.25); a fact reported from several independent origins weighs 1 − Π(1 − w)',
    );
  }
  return {
    ...base,
    supported,
    restsOn: supporting.flatMap((f) => f.claimIds),
    dissent: dissenting.flatMap((f) => f.claimIds),
    facts,
    weightFor,
    weightAgainst,
    why,
  };
}

/** The latest cumulative total (joined, returned, killed) held on or before the date, not a part. */
function latestTotalBefore(
  points: readonly EstimatePoint[],
  target: DayInterval,
  parts: ReadonlySet<string>,
): Reconciliation['runningTotal'] {
  let best: { point: EstimatePoint; days: DayInterval } | null = null;
  for (const p of points) {
    if (p.scope !== 'total' || !CUMULATIVE.has(p.status) || parts.has(p.claimId) || !p.date) continue;
    const days = dayInterval(p.date);
    if (!days || days.first > target.last) continue;
    if (
      !best ||
      days.last > best.days.last ||
      (days.last === best.days.last && (p.value.min ?? 0) > (best.point.value.min ?? 0))
    )
      best = { point: p, days };
  }
  return best
    ? { claimId: best.point.claimId, value: { ...best.point.value }, date: best.point.date! }
    : null;
}

function describeRunningTotal(
  total: NonNullable<Reconciliation['runningTotal']>,
  points: readonly EstimatePoint[],
): string {
  const point = points.find((p) => p.claimId === total.claimId)!;
  return `the latest running total stated by then: ${describePoint(point)}; such a count can only have grown since`;
}

/**
 * Estimates grouped into facts (their linked fact, else each its own), in first-seen order. Within a
 * fact, reports from one origin (a copy group, else one attributed source, else one report) count
 * once at their best weight; independent origins combine as independent witnesses: 1 − Π(1 − w).
 */
export function evidenceFacts(
  points: readonly EstimatePoint[],
  weightOf: (p: EstimatePoint) => number,
): EvidenceFact[] {
  const groups = new Map<string, EstimatePoint[]>();
  for (const p of points) {
    const id = p.factId !== null ? `fact:${p.factId}` : `claim:${p.claimId}`;
    groups.set(id, [...(groups.get(id) ?? []), p]);
  }
  return [...groups].map(([id, members]) => {
    const byOrigin = new Map<string, number>();
    for (const p of members) {
      const origin = p.copyOf ?? (p.source ? `source:${p.source.toLowerCase()}` : `document:${p.documentId}`);
      byOrigin.set(origin, Math.max(byOrigin.get(origin) ?? 0, weightOf(p)));
    }
    const weight = 1 - [...byOrigin.values()].reduce((rest, w) => rest * (1 - Math.min(w, 1)), 1);
    return {
      id: id.slice(id.indexOf(':') + 1),
      claimIds: members.map((p) => p.claimId),
      value: intersection(members),
      origins: byOrigin.size,
      // One origin keeps its own weight (1 − (1 − w) = w); equal weighting counts each fact once.
      weight: round(Math.max(weight, 0)),
    };
  });
}

/** Estimates of several countries of a region for the same time and scope, added up. */
export interface RegionSum {
  date: string;
  scope: Scope;
  value: Bounds;
  /** The countries added, each with the one estimate it gave for that time and scope. */
  countries: { code: string; claimId: string }[];
}

/**
 * What a region's countries add up to where each states one figure for the same date and scope
 * (two countries at least; single events are not added). A country that gives two different
 * figures for one date leaves that date out: there is no one sum to state.
 */
export function sumOfCountries(byCountry: ReadonlyMap<string, readonly SummedPoint[]>): RegionSum[] {
  const groups = new Map<string, Map<string, SummedPoint[]>>();
  for (const [code, points] of byCountry)
    for (const p of points) {
      if (!p.date || p.scope === 'event') continue;
      const key = `${p.date}\u0000${p.scope}`;
      const group = groups.get(key) ?? new Map<string, SummedPoint[]>();
      group.set(code, [...(group.get(code) ?? []), p]);
      groups.set(key, group);
    }
  const sums: RegionSum[] = [];
  for (const [key, group] of groups) {
    if (group.size < 2) continue;
    const picked: { code: string; point: SummedPoint }[] = [];
    for (const [code, points] of group) {
      const values = new Set(points.map((p) => `${p.value.min}-${p.value.max}`));
      if (values.size !== 1) break;
      // Several reports of that one figure: the first stored stands for them, in whatever order given.
      picked.push({ code, point: points.reduce((a, b) => (firstStored(b.claimId, a.claimId) ? b : a)) });
    }
    if (picked.length !== group.size) continue;
    const [date, scope] = key.split('\u0000') as [string, Scope];
    const add = (pick: (b: Bounds) => number | null) =>
      picked.some((x) => pick(x.point.value) === null)
        ? null
        : picked.reduce((n, x) => n + pick(x.point.value)!, 0);
    sums.push({
      date,
      scope,
      value: { min: add((b) => b.min ?? 0), max: add((b) => b.max) },
      countries: picked
        .map((x) => ({ code: x.code, claimId: x.point.claimId }))
        .sort((a, b) => a.code.localeCompare(b.code)),
    });
  }
  return sums.sort((a, b) => compareDates(a.date, b.date) || a.scope.localeCompare(b.scope));
}

/** Whether claim id A was stored before B (ids are numbers written as text: "7" before "12"). */
function firstStored(a: string, b: string): boolean {
  return a.localeCompare(b, 'en', { numeric: true }) < 0;
}

// "Cannot be judged" (F, 6) sits between fairly reliable and not usually reliable: unknown is
// not evidence of unreliability, but it is not evidence of reliability either.
const RELIABILITY_WEIGHT: Record<Reliability, number> = { A: 1, B: 0.8, C: 0.6, D: 0.4, E: 0.2, F: 0.5 };
const CREDIBILITY_WEIGHT: Record<Credibility, number> = { 1: 1, 2: 0.8, 3: 0.6, 4: 0.4, 5: 0.2, 6: 0.5 };

export function gradeWeight(grade: Grade): number {
  return RELIABILITY_WEIGHT[grade.reliability] * CREDIBILITY_WEIGHT[grade.credibility];
}

export function boundsOverlap(a: Bounds, b: Bounds): boolean {
  return (a.min ?? 0) <= (b.max ?? Infinity) && (b.min ?? 0) <= (a.max ?? Infinity);
}

/** "156", "at least 600", "at most 40", "100–150". */
export function formatBounds(bounds: Bounds): string {
  const { min, max } = bounds;
  if (min !== null && max !== null) return min === max ? `${min}` : `${min}–${max}`;
  if (min !== null) return `at least ${min}`;
  if (max !== null) return `at most ${max}`;
  return 'any number';
}

function intersection(points: readonly { value: Bounds }[]): Bounds {
  const mins = points.map((p) => p.value.min).filter((n): n is number => n !== null);
  const maxes = points.map((p) => p.value.max).filter((n): n is number => n !== null);
  return { min: mins.length ? Math.max(...mins) : null, max: maxes.length ? Math.min(...maxes) : null };
}

function describePoint(p: EstimatePoint): string {
  const who = p.source ?? p.outlet ?? 'unattributed';
  return `${formatBounds(p.value)} (${p.documentName}, ${p.date ?? 'undated'}, ${who}, ${formatGrade(p.grade)})`;
}

function sameOrigin(a: readonly PlaceCode[] | null, b: readonly PlaceCode[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

function byPointTime(a: EstimatePoint, b: EstimatePoint): number {
  if (a.date && b.date) return compareDates(a.date, b.date) || a.claimId.localeCompare(b.claimId);
  if (a.date) return -1;
  if (b.date) return 1;
  return a.claimId.localeCompare(b.claimId);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
