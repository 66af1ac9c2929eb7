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
import type { AnalysisClaim } from './types.ts';

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
  source: string | null;
  outlet: string | null;
  /** The claim's date, else the publication date, else null. */
  date: string | null;
  dateBasis: 'claim' | 'published' | null;
  /** Always present: ungraded shows as F6. */
  grade: Grade;
  scope: Scope;
  scopeMarker: string | null;
  quote: string;
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

export interface Reconciliation {
  date: string;
  /** The range every supporting estimate allows; null bounds are open. Null when nothing is near. */
  supported: Bounds | null;
  restsOn: string[];
  dissent: string[];
  /** Estimates near the date left out, and why (single events, undated ones). */
  excluded: { claimId: string; why: string }[];
  weightFor: number;
  weightAgainst: number;
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
  const time = claimTime(claim);
  const { scope, marker } = claim.scope ?? classifyScope(claim.quote, claim.context);
  return {
    claimId: claim.id,
    documentId: claim.documentId,
    documentName: claim.documentName,
    lang: claim.lang,
    value: { ...claim.value },
    qualifier: claim.qualifier,
    source: claim.source,
    outlet: claim.outlet,
    date: time?.date ?? null,
    dateBasis: time?.basis ?? null,
    grade: gradeOrUngraded(claim.grade),
    scope,
    scopeMarker: marker,
    quote: claim.quote,
    span: { ...claim.span },
  };
}

export function estimateSeries(
  claims: readonly AnalysisClaim[],
  question: EstimateQuestion,
  options: Partial<EstimateOptions> = {},
): EstimateSeries {
  const settings = { ...DEFAULT_ESTIMATE_OPTIONS, ...options };
  const points = claims
    .filter((c) => matchesQuestion(c, question))
    .map(toEstimatePoint)
    .sort(byPointTime);
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
 * Pairs of estimates at about the same time whose bounds cannot both hold, closest in time first,
 * at most `limit` of them (the total is counted). Single events are left out (one flight's count
 * does not contradict a total), and so are pairs from one document.
 */
export function findConflicts(
  points: readonly EstimatePoint[],
  toleranceDays: number,
  limit = DEFAULT_ESTIMATE_OPTIONS.maxConflicts,
): { conflicts: EstimateConflict[]; total: number } {
  const dated = points
    .filter((p) => p.scope !== 'event')
    .map((p) => ({ point: p, days: p.date ? dayInterval(p.date) : null }))
    .filter((d): d is { point: EstimatePoint; days: DayInterval } => d.days !== null)
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
      if (a.point.documentId === b.point.documentId || boundsOverlap(a.point.value, b.point.value)) continue;
      const gap = gapInDays(a.days, b.days);
      if (gap > widest) continue;
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
 * The range the estimates within the tolerance of a date support: the values allowed by the
 * heaviest set of mutually consistent estimates (weight from the Admiralty grade), that set,
 * and the estimates that disagree with it. Ties keep both sides, so nothing is silently dropped.
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
  for (const p of points) {
    const days = p.date ? dayInterval(p.date) : null;
    if (!days) {
      excluded.push({ claimId: p.claimId, why: `${p.documentName}: no date` });
      continue;
    }
    if (gapInDays(days, target) > settings.toleranceDays) continue;
    if (p.scope === 'event') {
      excluded.push({ claimId: p.claimId, why: `${p.documentName}: a single event ("${p.scopeMarker}")` });
    } else near.push(p);
  }
  const weightOf = (p: EstimatePoint) => (settings.weighting === 'grade' ? gradeWeight(p.grade) : 1);
  const base = { date, excluded };
  if (near.length === 0) {
    const why = [`no dated estimate within ${settings.toleranceDays} days of ${date}`];
    return { ...base, supported: null, restsOn: [], dissent: [], weightFor: 0, weightAgainst: 0, why };
  }

  // The heaviest consistent set is the set covering some point; the best point is some lower bound.
  const lows = [...new Set(near.map((p) => p.value.min ?? 0))];
  let bestWeight = -1;
  let bestSets: EstimatePoint[][] = [];
  for (const value of lows) {
    const covering = near.filter((p) => (p.value.min ?? 0) <= value && value <= (p.value.max ?? Infinity));
    const weight = round(covering.reduce((sum, p) => sum + weightOf(p), 0));
    const key = ids(covering);
    if (weight > bestWeight) {
      bestWeight = weight;
      bestSets = [covering];
    } else if (weight === bestWeight && !bestSets.some((s) => ids(s) === key)) {
      // Weights are positive, so an equally heavy different set is a rival reading, not a subset.
      bestSets.push(covering);
    }
  }
  const restsOn = near.filter((p) => bestSets.some((s) => s.includes(p)));
  const dissent = near.filter((p) => !restsOn.includes(p));
  const ranges = bestSets.map(intersection);
  const supported: Bounds = {
    min: ranges.some((r) => r.min === null) ? null : Math.min(...ranges.map((r) => r.min!)),
    max: ranges.some((r) => r.max === null) ? null : Math.max(...ranges.map((r) => r.max!)),
  };
  const weightFor = round(restsOn.reduce((s, p) => s + weightOf(p), 0));
  const weightAgainst = round(dissent.reduce((s, p) => s + weightOf(p), 0));

  const weighed = (p: EstimatePoint) =>
    `${describePoint(p)}` + (settings.weighting === 'grade' ? ` weight ${round(weightOf(p))}` : '');
  const why = [`${near.length} estimate(s) within ${settings.toleranceDays} days of ${date}`];
  if (bestSets.length > 1) {
    why.push(`${bestSets.length} readings are equally supported; the range covers them all`);
  }
  why.push(`${formatBounds(supported)} is consistent with ${restsOn.map(weighed).join('; ')}`);
  if (dissent.length) why.push(`dissenting: ${dissent.map(weighed).join('; ')}`);
  if (settings.weighting === 'grade') {
    why.push('weights: reliability A–F times credibility 1–6; ungraded counts as F6 (0.25)');
  }
  return {
    ...base,
    supported,
    restsOn: restsOn.map((p) => p.claimId),
    dissent: dissent.map((p) => p.claimId),
    weightFor,
    weightAgainst,
    why,
  };
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

function intersection(points: EstimatePoint[]): Bounds {
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

function ids(points: EstimatePoint[]): string {
  return points.map((p) => p.claimId).join('\u0000');
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
