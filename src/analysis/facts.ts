// Facts: the same count of the same people, from the same place, in the same state, at about
// the same time, reported by several documents. Built one claim at a time so a store can link a
// new claim by fetching only the facts under its key; every link says why.

import type { Bounds } from '../domain/claim.ts';
import { claimTime, compareDates, dayInterval, gapInDays } from './dates.ts';
import { sharedAttribution } from './sources.ts';
import type { AnalysisClaim, ClaimTime } from './types.ts';

export interface FactOptions {
  /** Claims further apart than this (claim date, else publication date) are different facts. */
  toleranceDays: number;
  /** Whether a claim with neither date nor publication date may join a dated fact. */
  linkUndated: boolean;
}

export const DEFAULT_FACT_OPTIONS: Readonly<FactOptions> = Object.freeze({
  toleranceDays: 120,
  // Many reports carry no date at all; refusing them would split most facts.
  linkUndated: true,
});

export interface FactLink {
  claimId: string;
  /** The member it was linked to; null for the claim that founded the fact. */
  to: string | null;
  why: string[];
}

/** Claims that count as one origin, and why (copies, same source, same document or outlet). */
export interface OriginGroup {
  claimIds: string[];
  why: string[];
}

export interface FactReport {
  claimId: string;
  documentId: string;
  documentName: string;
  /** The publication date when known, else the claim's date. */
  date: string | null;
}

export interface Fact {
  id: string;
  key: string;
  value: Bounds;
  population: AnalysisClaim['population'];
  origin: AnalysisClaim['origin'];
  status: AnalysisClaim['status'];
  /** The earliest time any member holds for (claim date, else publication date). */
  date: string | null;
  claims: AnalysisClaim[];
  links: FactLink[];
  /** Independent origins: copies and shared attribution count once. */
  origins: number;
  originGroups: OriginGroup[];
  /** The first report of the fact. */
  earliest: FactReport | null;
  /** What every member shares, then what each link adds ("en-004 – ar-006: dates ..."). */
  why: string[];
}

export interface FactAssignment {
  fact: Fact;
  created: boolean;
  link: FactLink;
}

/**
 * The lookup key: claims can only share a fact when their keys are equal, so a store indexes
 * facts by it and fetches candidates instead of recomputing. Null for vague or unbounded counts.
 */
export function factKey(
  claim: Pick<AnalysisClaim, 'value' | 'qualifier' | 'population' | 'origin' | 'status'>,
): string | null {
  if (claim.qualifier === 'vague' || (claim.value.min === null && claim.value.max === null)) return null;
  const origin = claim.origin === null ? '-' : [...claim.origin].sort().join(',');
  return `${claim.value.min ?? '-'}..${claim.value.max ?? '-'}|${claim.population}|${origin}|${claim.status}`;
}

/**
 * Adds one claim to the facts under its key: joins the closest compatible fact, or founds one.
 * Pure: returns the updated or new fact and leaves the candidates untouched. Null when the claim
 * has no key (vague); candidates under another key are ignored.
 */
export function linkClaim(
  candidates: readonly Fact[],
  claim: AnalysisClaim,
  options: Partial<FactOptions> & { newFactId?: string } = {},
): FactAssignment | null {
  const settings = { ...DEFAULT_FACT_OPTIONS, ...options };
  const key = factKey(claim);
  if (key === null) return null;

  let best: { fact: Fact; to: AnalysisClaim; gap: number } | null = null;
  for (const fact of candidates) {
    if (fact.key !== key || fact.claims.some((c) => c.id === claim.id)) continue;
    const match = closestMember(fact, claim, settings);
    if (
      match &&
      (best === null || match.gap < best.gap || (match.gap === best.gap && earlierFact(fact, best.fact)))
    ) {
      best = { fact, ...match };
    }
  }

  if (best === null) {
    const link: FactLink = { claimId: claim.id, to: null, why: keyReasons(claim) };
    return { fact: founded(options.newFactId ?? `fact:${claim.id}`, key, claim, link), created: true, link };
  }
  const link: FactLink = { claimId: claim.id, to: best.to.id, why: linkReasons(claim, best.to, settings) };
  return { fact: extended(best.fact, claim, link, best.to), created: false, link };
}

/** All at once, by the same rule: claims are taken in time order (undated last), so ids are stable. */
export function groupFacts(claims: readonly AnalysisClaim[], options: Partial<FactOptions> = {}): Fact[] {
  const byKey = new Map<string, Fact[]>();
  for (const claim of [...claims].sort(byTime)) {
    const key = factKey(claim);
    if (key === null) continue;
    const facts = byKey.get(key) ?? [];
    const assignment = linkClaim(facts, claim, options);
    if (!assignment) continue;
    byKey.set(
      key,
      assignment.created
        ? [...facts, assignment.fact]
        : facts.map((f) => (f.id === assignment.fact.id ? assignment.fact : f)),
    );
  }
  return [...byKey.values()].flat().sort((a, b) => byFactDate(a, b));
}

/** Why two claims are one fact, or null when they are not (different key or too far apart). */
export function explainLink(
  a: AnalysisClaim,
  b: AnalysisClaim,
  options: Partial<FactOptions> = {},
): string[] | null {
  const settings = { ...DEFAULT_FACT_OPTIONS, ...options };
  const key = factKey(a);
  if (key === null || key !== factKey(b)) return null;
  const gap = timeGap(claimTime(a), claimTime(b));
  if (gap === null ? !settings.linkUndated : gap > settings.toleranceDays) return null;
  return linkReasons(a, b, settings);
}

/** Groups claims into independent origins: same document, copies, same attributed source, same outlet. */
export function originGroups(claims: readonly AnalysisClaim[]): OriginGroup[] {
  let groups: OriginGroup[] = [];
  for (let i = 0; i < claims.length; i++) groups = addToOriginGroups(groups, claims.slice(0, i), claims[i]!);
  return groups;
}

/**
 * Adds one claim to existing origin groups in one pass over the members: it joins, and so
 * merges, every group holding a member of the same origin, with the first reason found for each.
 */
export function addToOriginGroups(
  groups: readonly OriginGroup[],
  members: readonly AnalysisClaim[],
  claim: AnalysisClaim,
): OriginGroup[] {
  const byId = new Map(members.map((m) => [m.id, m]));
  // Many members quote the same few sources: compare each distinct source once.
  const attribution = new Map<string | null, boolean>();
  const quotesSame = (member: AnalysisClaim) => {
    let same = attribution.get(member.source);
    if (same === undefined) {
      same = sharedAttribution(member.source, claim.source) !== null;
      attribution.set(member.source, same);
    }
    return same;
  };
  const joined: OriginGroup = { claimIds: [], why: [] };
  const apart: OriginGroup[] = [];
  for (const group of groups) {
    let why: string | null = null;
    for (const id of group.claimIds) {
      const member = byId.get(id);
      why = member ? sameOriginReason(member, claim, quotesSame) : null;
      if (why) break;
    }
    if (why === null) {
      apart.push(group);
      continue;
    }
    joined.claimIds.push(...group.claimIds);
    joined.why.push(...group.why, why);
  }
  joined.claimIds.push(claim.id);
  // The merged group takes the place of the first group it absorbed, so order stays stable.
  const firstJoined = groups.findIndex((g) => !apart.includes(g));
  const result = [...apart];
  result.splice(firstJoined === -1 ? result.length : firstJoined, 0, { ...joined, why: unique(joined.why) });
  return result;
}

function sameOriginReason(
  a: AnalysisClaim,
  b: AnalysisClaim,
  quotesSame = (x: AnalysisClaim) => sharedAttribution(x.source, b.source) !== null,
): string | null {
  if (a.documentId === b.documentId) return `same document ${a.documentName}`;
  const copy = copyReason(a, b);
  if (copy) return copy;
  if (a.source !== null && b.source !== null && quotesSame(a)) {
    return `${a.documentName} and ${b.documentName} quote the same source ("${a.source}", "${b.source}")`;
  }
  if (a.source === null && b.source === null && a.outlet && a.outlet === b.outlet) {
    return `${a.documentName} and ${b.documentName} are both stated by ${a.outlet}`;
  }
  return null;
}

function copyReason(a: AnalysisClaim, b: AnalysisClaim): string | null {
  if (a.copyOf?.documentId === b.documentId) return copiedFrom(a, b.documentName);
  if (b.copyOf?.documentId === a.documentId) return copiedFrom(b, a.documentName);
  const rootA = a.copyOf?.root ?? a.documentId;
  const rootB = b.copyOf?.root ?? b.documentId;
  if (rootA === rootB) return `documents ${a.documentName} and ${b.documentName} are copies of one text`;
  return null;
}

function copiedFrom(copy: AnalysisClaim, originalName: string): string {
  return `document ${copy.documentName} is a near copy of ${originalName} (Jaccard ${copy.copyOf!.jaccard.toFixed(2)})`;
}

function closestMember(
  fact: Fact,
  claim: AnalysisClaim,
  settings: FactOptions,
): { to: AnalysisClaim; gap: number } | null {
  const time = claimTime(claim);
  let best: { to: AnalysisClaim; gap: number } | null = null;
  for (const member of fact.claims) {
    const gap = timeGap(time, claimTime(member));
    // Every member must be near in time, so a fact cannot drift across years one link at a time.
    if (gap !== null && gap > settings.toleranceDays) return null;
    if (gap === null && !settings.linkUndated) return null;
    // An undated pairing ranks after any dated one.
    const rank = gap ?? settings.toleranceDays + 1;
    if (best === null || rank < best.gap) best = { to: member, gap: rank };
  }
  return best;
}

function timeGap(a: ClaimTime | null, b: ClaimTime | null): number | null {
  const x = a && dayInterval(a.date);
  const y = b && dayInterval(b.date);
  return x && y ? gapInDays(x, y) : null;
}

/** How many reasons keyReasons gives: what every member of a fact shares opens its `why`. */
export const SHARED_REASONS = 4;

/** What every member of a fact shares (count, population, origin, status): the first SHARED_REASONS. */
function keyReasons(claim: AnalysisClaim): string[] {
  const { min, max } = claim.value;
  const count =
    min !== null && min === max
      ? `same count ${min}`
      : min !== null && max !== null
        ? `same range ${min}–${max}`
        : min !== null
          ? `same bound at least ${min}`
          : `same bound at most ${max}`;
  const origin =
    claim.origin === null ? 'origin unstated in both' : `same origin ${[...claim.origin].sort().join(', ')}`;
  return [count, `same population ${claim.population}`, origin, `same status ${claim.status}`];
}

function linkReasons(claim: AnalysisClaim, to: AnalysisClaim, settings: FactOptions): string[] {
  const why = keyReasons(claim);
  const [a, b] = [claimTime(to), claimTime(claim)];
  if (a && b) {
    why.push(
      a.date === b.date && a.basis === b.basis
        ? `same date ${describeTime(a)}`
        : `dates ${describeTime(a)} and ${describeTime(b)} within ${settings.toleranceDays} days`,
    );
  } else {
    const undated = [to, claim].filter((c) => claimTime(c) === null).map((c) => c.documentName);
    why.push(`no date for ${unique(undated).join(' and ')}; not known to differ in time`);
  }
  const origin = sameOriginReason(to, claim);
  if (origin) why.push(origin);
  return why;
}

function describeTime(time: ClaimTime): string {
  return time.basis === 'claim' ? time.date : `${time.date} (published)`;
}

function founded(id: string, key: string, claim: AnalysisClaim, link: FactLink): Fact {
  return {
    id,
    key,
    value: { ...claim.value },
    population: claim.population,
    origin: claim.origin === null ? null : [...claim.origin].sort(),
    status: claim.status,
    date: claimTime(claim)?.date ?? null,
    claims: [claim],
    links: [link],
    origins: 1,
    originGroups: [{ claimIds: [claim.id], why: [] }],
    earliest: asReport(claim),
    why: keyReasons(claim),
  };
}

/** The fact with one more member; only the newcomer is examined, so a link costs one pass. */
function extended(fact: Fact, claim: AnalysisClaim, link: FactLink, to: AnalysisClaim): Fact {
  const groups = addToOriginGroups(fact.originGroups, fact.claims, claim);
  const time = claimTime(claim)?.date ?? null;
  const report = asReport(claim);
  const shared = keyReasons(claim);
  const added = link.why
    .filter((w) => !shared.includes(w))
    .map((w) => `${to.documentName} – ${claim.documentName}: ${w}`);
  return {
    ...fact,
    date: time !== null && (fact.date === null || compareDates(time, fact.date) < 0) ? time : fact.date,
    claims: [...fact.claims, claim],
    links: [...fact.links, link],
    origins: groups.length,
    originGroups: groups,
    earliest: earlierReport(fact.earliest, report),
    why: [...fact.why, ...added],
  };
}

function asReport(claim: AnalysisClaim): FactReport {
  return {
    claimId: claim.id,
    documentId: claim.documentId,
    documentName: claim.documentName,
    date: reportDate(claim),
  };
}

function earlierReport(current: FactReport | null, candidate: FactReport): FactReport {
  if (current === null || current.date === null)
    return candidate.date === null && current ? current : candidate;
  if (candidate.date === null) return current;
  const order =
    compareDates(candidate.date, current.date) || candidate.documentName.localeCompare(current.documentName);
  return order < 0 ? candidate : current;
}

function reportDate(claim: AnalysisClaim): string | null {
  if (claim.published && dayInterval(claim.published)) return claim.published;
  return claim.date && dayInterval(claim.date) ? claim.date : null;
}

function byTime(a: AnalysisClaim, b: AnalysisClaim): number {
  const [x, y] = [claimTime(a), claimTime(b)];
  if (x && y) return compareDates(x.date, y.date) || a.id.localeCompare(b.id);
  if (x) return -1;
  if (y) return 1;
  return a.id.localeCompare(b.id);
}

function earlierFact(a: Fact, b: Fact): boolean {
  return byFactDate(a, b) < 0;
}

function byFactDate(a: Fact, b: Fact): number {
  if (a.date && b.date) return compareDates(a.date, b.date) || a.id.localeCompare(b.id);
  if (a.date) return -1;
  if (b.date) return 1;
  return a.id.localeCompare(b.id);
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/**
 * A fact's reasons as they are worded here: what every member shares, then for each link the reasons
 * it adds, "en-004 – en-005: ...". Rebuilt from the members so a stored fact need not grow with them.
 */
export function factWhy(
  shared: readonly string[],
  members: readonly { claimId: number; documentName: string; linkedTo: number | null; why: string[] }[],
): string[] {
  const names = new Map(members.map((m) => [m.claimId, m.documentName]));
  const lines = [...shared];
  for (const m of members) {
    if (m.linkedTo === null) continue;
    const to = names.get(m.linkedTo) ?? `claim ${m.linkedTo}`;
    for (const w of m.why) if (!shared.includes(w)) lines.push(`${to} – ${m.documentName}: ${w}`);
  }
  return lines;
}
