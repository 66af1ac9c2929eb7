// Estimate series for one question (population × origin × status, place, group): every estimate with
// its source, date and grade, conflicts, and a reconciled range. The reasoning is analysis/estimates.ts.
import {
  countryPoint,
  estimatePoints,
  estimateSeries,
  formatBounds,
  reconcile,
  sumOfCountries,
  type RegionSum,
  type EstimateOptions,
  type EstimatePoint,
  type EstimateQuestion,
  type EstimateSeries,
  type Reconciliation,
  type SummedPoint,
} from '../analysis/estimates.ts';
import { compareDates } from '../analysis/dates.ts';
import type { Population } from '../domain/claim.ts';
import { describeGrade, isUngraded, type Grade } from '../domain/grade.ts';
import { EstimateQuery, originsOf, parseQuestion } from '../domain/filters.ts';
import type { QuestionCount, Repository } from '../storage/repository.ts';
import { optionName, type PageOf, type PageRequest } from './claims.service.ts';
import { REGION_PARENTS, regionChildren } from '../pipeline/gazetteer/index.ts';
import { auditReadOfDocuments, EVERYONE, type Reader } from './collections.service.ts';
import { NO_CACHE, visibleKey, type AnswerCache } from './answer-cache.ts';

export interface EstimateQueryInput {
  population?: string;
  /** `KZ`, `KZ,UZ` (claims counting both together) or `none` (claims that state no origin). */
  origin?: string;
  status?: string;
  location?: string;
  group?: string;
  /** Reconcile at this date; by default at the latest dated estimate. */
  at?: string;
}

/** Checks a question as typed on the command line, listing every problem at once. */
export function estimateQuestion(q: EstimateQueryInput): { question: EstimateQuestion; at: string | null } {
  return questionOf(parseQuestion(EstimateQuery, q, optionName));
}

/** A question parsed by the shared schema, as the analysis asks it. */
export function questionOf(q: EstimateQuery): { question: EstimateQuestion; at: string | null } {
  return {
    question: {
      population: q.population,
      origin: originsOf(q.origin),
      status: q.status ?? null,
      location: q.location ?? null,
      affiliation: q.group ?? null,
    },
    at: q.at ?? null,
  };
}

/** The questions the reports answer with numbers, most reported first. */
export function questions(
  repo: Repository,
  filter: { population?: Population } & PageRequest,
  reader: Reader = EVERYONE,
): Promise<PageOf<QuestionCount>> {
  return repo.listQuestions({ ...filter, collections: reader.visible });
}

/** A series shows the latest estimates up to this many; `total` says how many there are. */
export const DEFAULT_SERIES_LIMIT = 500;

/**
 * A wider group's estimates shown beside a question, the latest first, up to this many: context read
 * beside the series, not a second series (the wider group's own question lists them all).
 */
export const WIDER_CONTEXT_LIMIT = 20;

export interface EstimatesResult {
  series: EstimateSeries;
  /** Estimates matching the question in all; more than the series holds when it was cut. */
  total: number;
  /** Null when no estimate is dated. */
  reconciled: Reconciliation | null;
  /**
   * Estimates of the wider groups the origin lies in (Central Asia for Kazakhstan), as context: they
   * count more people than asked and are never part of the range. The latest WIDER_CONTEXT_LIMIT of
   * each; `more` says the wider group's own question has others.
   */
  wider: { region: string; points: EstimatePoint[]; more: boolean }[];
  /** For a region, what its countries add up to where they are stated for the same time and scope. */
  sums: RegionSum[];
}

/**
 * The series of one question: its latest `limit` estimates read from the store and the analysis over
 * them (conflicts among them). The estimates page and the review queue's "conflicts first" both read it.
 * `total` counts every matching estimate unless `counted` is false (then it is how many were read).
 */
export async function seriesFor(
  repo: Repository,
  question: EstimateQuestion,
  limit = DEFAULT_SERIES_LIMIT,
  options: Partial<EstimateOptions> = {},
  reader: Reader = EVERYONE,
  counted = true,
): Promise<{ series: EstimateSeries; total: number }> {
  const { claims, total } = await repo.listAnalysisClaims({
    counted,
    collections: reader.visible,
    population: question.population,
    origin: question.origin ? [...question.origin] : null,
    status: question.status ?? undefined,
    location: question.location ?? undefined,
    affiliation: question.affiliation ?? undefined,
    limit,
  });
  return { series: estimateSeries(claims, question, options), total };
}

export async function estimates(
  repo: Repository,
  question: EstimateQuestion,
  at: string | null = null,
  limit = DEFAULT_SERIES_LIMIT,
  reader: Reader = EVERYONE,
  cache: AnswerCache = NO_CACHE,
): Promise<EstimatesResult> {
  return estimatesAs(repo, question, at, limit, reader, cache, 'result', (r) => r);
}

/**
 * The same answer in the shape `view` gives it (a surface's serialised body, say), kept in `cache` as
 * that shape under the view's name, so a kept answer is not rebuilt on every request. The reads of
 * restricted collections it shows are audited every time, kept or not. `counted: false` is for a view
 * that does not show `total` (the API's): the matching estimates beyond the series are then not
 * counted (a count reads every one of them: 36,000 index entries for children from KZ at 65,000
 * reports), and `total` is how many were read.
 */
export async function estimatesAs<T>(
  repo: Repository,
  question: EstimateQuestion,
  at: string | null,
  limit: number = DEFAULT_SERIES_LIMIT,
  reader: Reader,
  cache: AnswerCache,
  viewName: string,
  view: (result: EstimatesResult) => T,
  { counted = true }: { counted?: boolean } = {},
): Promise<T> {
  const key = `estimates|${viewName}|${visibleKey(reader.visible)}|${JSON.stringify([question, at, limit, counted])}`;
  const { value, read } = await cache.get(key, async () => {
    const result = await estimatesOf(repo, question, at, limit, reader, counted);
    const points = [...result.series.points, ...result.wider.flatMap((w) => w.points)];
    return {
      value: view(result),
      read: points.map((p) => ({ documentId: Number(p.documentId), claimId: Number(p.claimId) })),
    };
  });
  await auditReadOfDocuments(repo, reader, 'estimates', read);
  return value;
}

async function estimatesOf(
  repo: Repository,
  question: EstimateQuestion,
  at: string | null,
  limit: number,
  reader: Reader,
  counted: boolean,
): Promise<EstimatesResult> {
  const only = question.origin?.length === 1 ? question.origin[0]! : null;
  const context = {
    collections: reader.visible,
    population: question.population,
    status: question.status ?? undefined,
    location: question.location ?? undefined,
    affiliation: question.affiliation ?? undefined,
    limit,
  };
  // The wider regions' points are context: the latest few, never counted, never set against each
  // other. One more is read to tell whether there are others.
  const shown = Math.min(limit, WIDER_CONTEXT_LIMIT);
  const widerPoints = async (region: string) => {
    const found = await repo.listAnalysisClaims({
      ...context,
      limit: shown + 1,
      counted: false,
      origin: [region],
    });
    // The store gives the latest first.
    return {
      points: estimatePoints(found.claims.slice(0, shown), { ...question, origin: [region] }),
      more: found.claims.length > shown,
    };
  };
  // The regions it lies in directly; "anywhere abroad" says nothing of a country's people.
  const regions = only ? (REGION_PARENTS[only] ?? []).filter((r) => r !== 'region:foreign') : [];
  const children = only?.startsWith('region:') ? regionChildren(only) : [];
  // Independent reads, asked together (the store's pool runs them side by side).
  const [{ series, total }, widerFound, countryCounts] = await Promise.all([
    seriesFor(repo, question, limit, {}, reader, counted),
    Promise.all(regions.map(widerPoints)),
    children.length ? repo.listCountryCounts({ ...context, countries: children }) : [],
  ]);
  const wider = regions.flatMap((region, i) =>
    widerFound[i]!.points.length ? [{ region, ...widerFound[i]! }] : [],
  );
  const byCountry = new Map<string, SummedPoint[]>();
  for (const count of countryCounts) {
    const points = byCountry.get(count.country) ?? [];
    points.push(countryPoint(count));
    byCountry.set(count.country, points);
  }
  const dates = series.points.map((p) => p.date).filter((d): d is string => d !== null);
  const date = at ?? (dates.length ? dates.reduce((a, b) => (compareDates(a, b) >= 0 ? a : b)) : null);
  return {
    series,
    total,
    reconciled: date ? reconcile(series.points, date) : null,
    wider,
    sums: sumOfCountries(byCountry),
  };
}

/** "B2 (usually reliable; probably true)"; ungraded shows as "F6 (cannot be judged)", never hidden. */
export function gradeLabel(grade: Grade): string {
  return isUngraded(grade) ? 'F6 (cannot be judged)' : describeGrade(grade);
}

export const ESTIMATE_COLUMNS = [
  ['claim', '#meta+id'],
  ['date', '#date'],
  ['date_basis', '#date+basis'],
  ['value_min', '#affected+min'],
  ['value_max', '#affected+max'],
  ['qualifier', '#affected+qualifier'],
  ['scope', '#meta+scope'],
  ['part_of', '#meta+part_of'],
  ['fact', '#meta+fact'],
  ['source', '#meta+attributed'],
  ['outlet', '#meta+outlet'],
  ['grade', '#meta+grade'],
  ['document_name', '#meta+source+name'],
  ['lang', '#meta+lang'],
  ['conflicts', '#meta+conflict'],
  ['quote', '#description+quote'],
] as const;

export function estimateRow(p: EstimatePoint, conflictsWith: string[]): string[] {
  const n = (v: number | null) => (v === null ? '' : String(v));
  return [
    p.claimId,
    p.date ?? '',
    p.dateBasis ?? '',
    n(p.value.min),
    n(p.value.max),
    p.qualifier,
    p.scope,
    p.partOf ?? '',
    p.factId ?? '',
    p.source ?? '',
    p.outlet ?? '',
    gradeLabel(p.grade),
    p.documentName,
    p.lang,
    conflictsWith.join(' '),
    p.quote,
  ];
}

/** Claim id → the claims it conflicts with (among the listed conflicts). */
export function conflictMap(series: EstimateSeries): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const c of series.conflicts) {
    const [a, b] = c.claimIds;
    map.set(a, [...(map.get(a) ?? []), b]);
    map.set(b, [...(map.get(b) ?? []), a]);
  }
  return map;
}

/** "300 ... 600" or "at least 300" for the whole series. */
export function describeSpan(series: EstimateSeries): string {
  const { min, max, openAbove } = series.span;
  if (min === null && max === null) return 'no estimates';
  return openAbove
    ? `${formatBounds({ min, max: null })} (some estimates give no upper bound)`
    : `${min}–${max}`;
}
