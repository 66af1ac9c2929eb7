// Linking decisions, pure: which new documents copy stored ones (among the candidates a store found by
// LSH band key) and which claims join which fact (among the facts a store found by key), with reasons,
// plus the bookkeeping a store needs to write them back (counts, member order, first of each kind).
// services/link.service.ts feeds these functions from the store and persists what they decide.
import type { Bounds } from '../domain/claim.ts';
import { claimTime, compareDates } from './dates.ts';
import { factKey, linkClaim, SHARED_REASONS, type Fact, type FactLink, type OriginGroup } from './facts.ts';
import {
  bandKeys,
  computeSignature,
  decodeSignature,
  encodeSignature,
  NearDuplicateIndex,
  type CopyLink,
  type DocumentSignature,
  type StoredSignature,
} from './near-duplicates.ts';
import type { AnalysisClaim } from './types.ts';

/** Stored documents compared with each new one: those sharing the most LSH bands with it. */
export const MAX_COPY_CANDIDATES = 8;
/**
 * Documents kept under one LSH band key. Beyond them a new holder adds nothing: a copy of a copy
 * shares its bands with the first holders too, and copies are grouped by their first document.
 */
export const BAND_HOLDERS = 8;

export interface DocumentToSign {
  id: number;
  name: string;
  text: string;
  lang: string | null;
}

export interface SignedDocument extends DocumentToSign {
  signature: DocumentSignature;
  keys: string[];
}

/** A stored document a new one may copy, as the store found it under a shared band key. */
export interface CopyCandidate {
  documentId: number;
  name: string;
  /** encodeSignature's form. */
  signature: string;
  copyRoot: number;
}

export interface SignatureRow {
  documentId: number;
  signature: string;
  copyOf: number | null;
  copyRoot: number;
  jaccard: number | null;
}

export interface BandRow {
  key: string;
  documentId: number;
}

export interface CopyDecision {
  copies: Map<number, CopyLink | null>;
  signatures: SignatureRow[];
  /** The band keys each document is kept under (a key already holding BAND_HOLDERS takes no more). */
  bands: BandRow[];
}

/** Each document's MinHash signature and its LSH band keys. */
export function signDocuments(docs: readonly DocumentToSign[]): SignedDocument[] {
  return docs.map((d) => {
    const signature = computeSignature(d.text, d.lang ?? 'und');
    return { ...d, signature, keys: bandKeys(signature) };
  });
}

/**
 * Which documents are copies: each new document is compared with the candidates and with the batch's
 * earlier documents. `held` is how many documents each band key holds already.
 */
export function decideCopies(
  signed: readonly SignedDocument[],
  candidates: readonly CopyCandidate[],
  held: ReadonlyMap<string, number>,
): CopyDecision {
  const index = new NearDuplicateIndex();
  for (const c of candidates) {
    index.add({
      documentId: String(c.documentId),
      documentName: c.name,
      signature: decodeSignature(c.signature),
      copyRoot: String(c.copyRoot),
    } satisfies StoredSignature);
  }
  const holders = new Map(held);
  const copies = new Map<number, CopyLink | null>();
  const signatures: SignatureRow[] = [];
  const bands: BandRow[] = [];
  for (const d of signed) {
    const copy = index.addDocument(String(d.id), d.name, d.signature, d.keys);
    copies.set(d.id, copy);
    signatures.push({
      documentId: d.id,
      signature: encodeSignature(d.signature),
      copyOf: copy ? Number(copy.documentId) : null,
      copyRoot: copy ? Number(copy.root) : d.id,
      jaccard: copy?.jaccard ?? null,
    });
    for (const key of d.keys) {
      const count = holders.get(key) ?? 0;
      if (count >= BAND_HOLDERS) continue;
      holders.set(key, count + 1);
      bands.push({ key, documentId: d.id });
    }
  }
  return { copies, signatures, bands };
}

/** What a fact row keeps besides its columns: only what every member shares (see factWhy). */
export interface FactState {
  why: string[];
  originGroups: OriginGroup[];
  earliest: Fact['earliest'];
}

/**
 * A stored fact as linking reads it: its row, and the members a newcomer may be compared with (one per
 * kind, plus those in the newcomers' documents and copy groups), in link order.
 */
export interface StoredFactToLink {
  id: number;
  key: string;
  value: Bounds;
  population: Fact['population'];
  origin: string[] | null;
  status: Fact['status'];
  date: string | null;
  origins: number;
  state: FactState;
  /** Members stored, of which `members` holds one per kind. */
  claimCount: number;
  /** Documents behind the stored members. */
  documentCount: number;
  members: { claim: AnalysisClaim; linkedTo: number | null; why: string[] }[];
}

/** A fact to insert (`isNew`, its `ref` a placeholder until the store gives it an id) or update. */
export interface PlannedFact {
  ref: string;
  isNew: boolean;
  key: string;
  valueMin: number | null;
  valueMax: number | null;
  population: Fact['population'];
  origin: string[] | null;
  status: Fact['status'];
  date: string | null;
  claimCount: number;
  documentCount: number;
  origins: number;
  state: FactState;
}

/** A claim joining a fact (`factRef`: a stored fact's id or a PlannedFact's placeholder). */
export interface PlannedMember {
  factRef: string;
  claimId: number;
  documentId: number;
  copyRoot: number;
  /** The first member of its kind in the fact: what a later newcomer is compared with. */
  kindFirst: boolean;
  linkedTo: number | null;
  why: string[];
  /** Its place in the fact's link order. */
  ord: number;
}

export interface LinkPlan {
  facts: PlannedFact[];
  members: PlannedMember[];
}

/** What makes a member worth reading for a newcomer: its attributed source, outlet and time. */
export const kindOf = (c: AnalysisClaim) => JSON.stringify([c.source, c.outlet, c.date ?? c.published]);

/** Link order: by when a claim held (undated last), then by id as a number. */
export function byLinkTime(a: AnalysisClaim, b: AnalysisClaim): number {
  const [x, y] = [claimTime(a), claimTime(b)];
  if (x && y) return compareDates(x.date, y.date) || Number(a.id) - Number(b.id);
  if (x) return -1;
  if (y) return 1;
  return Number(a.id) - Number(b.id);
}

/**
 * Series are ordered by when a claim held, kept as its effective date: the claims whose stored date
 * differs from the one they hold now (an analyst's edit of its date, or a claim stored before).
 */
export function effectiveDateChanges(
  read: readonly { claim: AnalysisClaim; effectiveDate: string | null }[],
): { id: number; t: string | null }[] {
  return read
    .map(({ claim, effectiveDate }) => ({
      id: Number(claim.id),
      t: claimTime(claim)?.date ?? null,
      was: effectiveDate,
    }))
    .filter((x) => x.t !== x.was)
    .map(({ id, t }) => ({ id, t }));
}

/** The claims that can join a fact (vague and unbounded counts cannot), in link order. */
export function claimsToLink(claims: readonly AnalysisClaim[]): AnalysisClaim[] {
  return claims.filter((c) => factKey(c) !== null).sort(byLinkTime);
}

/** The keys whose facts linking needs, and the documents and copy groups whose members it must read. */
export function factLookup(pending: readonly AnalysisClaim[]): {
  keys: string[];
  near: { documents: number[]; roots: number[] };
} {
  return {
    keys: [...new Set(pending.map((c) => factKey(c)!))],
    near: {
      documents: [...new Set(pending.map((c) => Number(c.documentId)))],
      roots: [...new Set(pending.map((c) => Number(c.copyOf?.root ?? c.documentId)))],
    },
  };
}

function toFact(f: StoredFactToLink): Fact {
  return {
    id: String(f.id),
    key: f.key,
    value: f.value,
    population: f.population,
    origin: f.origin,
    status: f.status,
    date: f.date,
    claims: f.members.map((m) => m.claim),
    links: f.members.map((m): FactLink => ({
      claimId: m.claim.id,
      to: m.linkedTo === null ? null : String(m.linkedTo),
      why: m.why,
    })),
    origins: f.origins,
    originGroups: f.state.originGroups,
    earliest: f.state.earliest,
    why: f.state.why,
  };
}

/**
 * Links claims not yet in a fact (claimsToLink's order): each joins the closest compatible fact under
 * its key or founds one (facts.ts decides, with reasons). Returns the facts to insert and update with
 * their counts grown by what joined, and the members to add.
 */
export function planLinks(
  pending: readonly AnalysisClaim[],
  storedFacts: readonly StoredFactToLink[],
): LinkPlan {
  const byKey = new Map<string, Fact[]>();
  /** Where each fact's next member goes in link order. */
  const nextOrd = new Map<string, number>();
  /** Per fact: the kinds and documents its stored members already have, and its stored counts. */
  const stored = new Map<
    string,
    { kinds: Set<string>; documents: Set<string>; claims: number; docs: number }
  >();
  for (const s of storedFacts) {
    const fact = toFact(s);
    const same = byKey.get(fact.key);
    if (same) same.push(fact);
    else byKey.set(fact.key, [fact]);
    nextOrd.set(fact.id, s.claimCount);
    // Every kind's first member was read, and every member in the newcomers' documents.
    stored.set(fact.id, {
      kinds: new Set(fact.claims.map(kindOf)),
      documents: new Set(fact.claims.map((c) => c.documentId)),
      claims: s.claimCount,
      docs: s.documentCount,
    });
  }

  const changed = new Map<string, Fact>();
  const added: { claimId: string; factId: string; link: FactLink }[] = [];
  let fresh = 0;
  for (const claim of pending) {
    const key = factKey(claim)!;
    let facts = byKey.get(key);
    if (!facts) byKey.set(key, (facts = []));
    const assignment = linkClaim(facts, claim, { newFactId: `new:${fresh}` });
    if (!assignment) continue;
    if (assignment.created) fresh++;
    const fact = assignment.fact;
    // The key's list is planLinks' own: a new fact is appended and the fact joined replaced in place,
    // never the list copied (a key common to thousands of facts made every new one copy them all).
    if (assignment.created) facts.push(fact);
    else facts[facts.findIndex((f) => f.id === fact.id)] = fact;
    changed.set(fact.id, fact);
    added.push({ claimId: claim.id, factId: fact.id, link: assignment.link });
  }

  // Counts grow by what joined: a new document is one no stored member (all were read) comes from.
  const claimsById = new Map(pending.map((c) => [c.id, c]));
  const counts = new Map<string, { claims: number; documents: number }>();
  const kindFirst = new Set<string>();
  for (const a of added) {
    let known = stored.get(a.factId);
    if (!known) {
      known = { kinds: new Set(), documents: new Set(), claims: 0, docs: 0 };
      stored.set(a.factId, known);
    }
    const claim = claimsById.get(a.claimId)!;
    const kind = kindOf(claim);
    if (!known.kinds.has(kind)) {
      known.kinds.add(kind);
      kindFirst.add(a.claimId);
    }
    known.claims++;
    if (!known.documents.has(claim.documentId)) {
      known.documents.add(claim.documentId);
      known.docs++;
    }
    counts.set(a.factId, { claims: known.claims, documents: known.docs });
  }
  const facts = [...changed.values()].map((f): PlannedFact => ({
    ref: f.id,
    isNew: f.id.startsWith('new:'),
    key: f.key,
    valueMin: f.value.min,
    valueMax: f.value.max,
    population: f.population,
    origin: f.origin,
    status: f.status,
    date: f.date,
    claimCount: counts.get(f.id)!.claims,
    documentCount: counts.get(f.id)!.documents,
    origins: f.origins,
    // Only what every member shares: each link's own reasons are kept with the member (see factWhy).
    state: { why: f.why.slice(0, SHARED_REASONS), originGroups: f.originGroups, earliest: f.earliest },
  }));
  const members = added.map((a): PlannedMember => {
    const ord = nextOrd.get(a.factId) ?? 0;
    nextOrd.set(a.factId, ord + 1);
    const claim = claimsById.get(a.claimId)!;
    return {
      factRef: a.factId,
      claimId: Number(a.claimId),
      documentId: Number(claim.documentId),
      copyRoot: Number(claim.copyOf?.root ?? claim.documentId),
      kindFirst: kindFirst.has(a.claimId),
      linkedTo: a.link.to === null ? null : Number(a.link.to),
      why: a.link.why,
      ord,
    };
  });
  return { facts, members };
}
