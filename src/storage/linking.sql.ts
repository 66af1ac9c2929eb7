// The store's side of linking: copies decided at ingestion from LSH band keys looked up by index,
// and facts kept incrementally (candidates fetched by factKey, analysis/facts.ts decides, rows written).
import { sql, type SQL } from 'drizzle-orm';
import { claimTime, compareDates } from '../analysis/dates.ts';
import { factKey, linkClaim, type Fact, type FactLink, type OriginGroup } from '../analysis/facts.ts';
import {
  bandKeys,
  computeSignature,
  decodeSignature,
  encodeSignature,
  NearDuplicateIndex,
  type CopyLink,
  type StoredSignature,
} from '../analysis/near-duplicates.ts';
import { classifyScope, type Scope } from '../analysis/scope.ts';
import type { AnalysisClaim } from '../analysis/types.ts';
import type { Claim } from '../domain/claim.ts';
import { gradeOrUngraded, type Credibility, type Reliability } from '../domain/grade.ts';
import type { Db, Exec } from './sql.repository.ts';

/** Serialises linking between writers: two chunks must not both found a fact for one key. */
const LINK_LOCK = 7_461_737_373;
/** Stored documents compared with each new one: those sharing the most LSH bands with it. */
const MAX_COPY_CANDIDATES = 8;
/**
 * Documents kept under one LSH band key. Beyond them a new holder adds nothing: a copy of a copy
 * shares its bands with the first holders too, and copies are grouped by their first document.
 */
const BAND_HOLDERS = 8;
/** Text around a claim read for its scope ("in total" often sits outside the quote). */
const CONTEXT_CHARS = 240;

/** Arrays as one literal parameter (Drizzle would spread a JS array into a row). */
const textArray = (values: readonly string[]) =>
  sql`${`{${values.map((v) => `"${v.replace(/["\\]/g, '')}"`).join(',')}}`}::text[]`;
const intArray = (values: readonly number[]) =>
  sql`${`{${values.map((v) => Math.trunc(v)).join(',')}}`}::int[]`;

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** The text around a claim, CONTEXT_CHARS either side of its span: where its sentence is looked for. */
function claimContext(text: string, span: { start: number; end: number }): string {
  const from = Math.max(0, span.start - CONTEXT_CHARS);
  return text.slice(from, from + span.end - span.start + 2 * CONTEXT_CHARS);
}

/**
 * Whether a claim counts a total or a single event, read from its sentence when it is stored, so
 * series need not read the document's text again.
 */
export function claimScopeColumns(
  text: string,
  claim: Pick<Claim, 'quote' | 'span'>,
): { scope: Scope; scopeMarker: string | null } {
  const at = Math.max(0, claim.span.start - CONTEXT_CHARS);
  const sentence = sentenceAround(claimContext(text, claim.span), claim.span.start - at, claim.span.end - at);
  const { scope, marker } = classifyScope(claim.quote, sentence);
  return { scope, scopeMarker: marker };
}

/** Everything analysis needs of a claim, with its grade and its document's copy link. */
export function analysisClaimsQuery(where: SQL, withContext = false): SQL {
  // The text around a claim is read only for claims stored before their scope was (migration 0006);
  // `context` holds it for claims linked before then.
  const context = withContext
    ? sql`, c.scope, c.scope_marker,
         -- The whole a count is part of, by its position among its report's claims (migration 0008).
         CASE WHEN c.part_of IS NOT NULL THEN (SELECT p.id FROM claims p WHERE p.document_id = c.document_id
           ORDER BY p.id OFFSET c.part_of LIMIT 1) END AS whole_id,
         (SELECT fc.fact_id FROM fact_claims fc WHERE fc.claim_id = c.id) AS fact_id,
         CASE WHEN c.scope IS NULL THEN coalesce(c.context, (
           SELECT substr(dt.text, greatest(1, c.span_start - ${CONTEXT_CHARS} + 1), c.span_end - c.span_start + 2 * ${CONTEXT_CHARS})
           FROM documents dt WHERE dt.id = c.document_id)) END AS context,
         greatest(0, c.span_start - ${CONTEXT_CHARS}) AS context_at`
    : sql``;
  return sql`
    SELECT c.id, c.document_id, d.name AS document_name, d.lang, d.published, d.outlet,
      c.value_min, c.value_max, c.qualifier, c.population, c.origin, c.status, c.location, c.affiliation,
      c.age_min, c.age_max, c.source, c.date, c.quote, c.span_start, c.span_end, c.credibility, c.effective_date,
      CASE WHEN c.source_id IS NOT NULL THEN sa.reliability ELSE so.reliability END AS reliability,
      s.copy_of, s.copy_root, s.jaccard, s.copy_of_name ${context}
    FROM claims c
    -- Each claim's document by its key (OFFSET 0 keeps the lookup per claim): without statistics the
    -- planner would otherwise hash every document to join a few hundred claims.
    CROSS JOIN LATERAL (
      SELECT d.name, d.lang, d.published, d.outlet, d.outlet_id FROM documents d
      WHERE d.id = c.document_id OFFSET 0
    ) d
    LEFT JOIN LATERAL (
      SELECT s.copy_of, s.copy_root, s.jaccard, cd.name AS copy_of_name FROM document_signatures s
      LEFT JOIN documents cd ON cd.id = s.copy_of
      WHERE s.document_id = c.document_id OFFSET 0
    ) s ON TRUE
    LEFT JOIN sources sa ON sa.id = c.source_id
    LEFT JOIN sources so ON so.id = d.outlet_id
    WHERE ${where}`;
}

export function toAnalysisClaim(r: Record<string, unknown>): AnalysisClaim {
  const reliability = (r.reliability as Reliability | null) ?? undefined;
  const credibility = (num(r.credibility) as Credibility | null) ?? undefined;
  const copyOf: CopyLink | null =
    r.copy_of === null || r.copy_of === undefined
      ? null
      : {
          documentId: String(Number(r.copy_of)),
          documentName: (r.copy_of_name as string | null) ?? String(Number(r.copy_of)),
          root: String(Number(r.copy_root)),
          jaccard: Number(r.jaccard ?? 0),
        };
  const claim: AnalysisClaim = {
    id: String(r.id),
    documentId: String(r.document_id),
    documentName: r.document_name as string,
    lang: (r.lang as string | null) ?? 'und',
    published: r.published as string | null,
    outlet: r.outlet as string | null,
    value: { min: num(r.value_min), max: num(r.value_max) },
    qualifier: r.qualifier as Claim['qualifier'],
    population: r.population as Claim['population'],
    origin: r.origin as string[] | null,
    status: r.status as Claim['status'],
    location: r.location as string[],
    affiliation: r.affiliation as Claim['affiliation'],
    age: { min: num(r.age_min), max: num(r.age_max) },
    source: r.source as string | null,
    date: r.date as string | null,
    quote: r.quote as string,
    span: { start: Number(r.span_start), end: Number(r.span_end) },
    grade: reliability || credibility ? gradeOrUngraded({ reliability, credibility }) : null,
    copyOf,
  };
  if (r.whole_id !== undefined) claim.wholeId = r.whole_id === null ? null : String(Number(r.whole_id));
  if (r.fact_id !== undefined) claim.factId = r.fact_id === null ? null : String(Number(r.fact_id));
  if (typeof r.scope === 'string') {
    claim.scope = { scope: r.scope as Scope, marker: (r.scope_marker as string | null) ?? null };
  } else if (typeof r.context === 'string') {
    claim.context = sentenceAround(
      r.context,
      Number(r.span_start) - Number(r.context_at),
      Number(r.span_end) - Number(r.context_at),
    );
  }
  return claim;
}

/** The sentence(s) holding [start, end) in a window of text. */
function sentenceAround(window: string, start: number, end: number): string {
  const before = window.slice(0, Math.max(0, start));
  const after = window.slice(Math.max(0, end));
  const cut = Math.max(...['. ', '! ', '? ', '\n', '۔ ', '؟ '].map((m) => before.lastIndexOf(m)));
  const stop = after.search(/[.!?؟\n]/);
  return window.slice(cut < 0 ? 0 : cut + 1, stop < 0 ? window.length : Math.max(0, end) + stop + 1).trim();
}

/**
 * Signatures of newly stored documents, each compared with the documents sharing one of its LSH
 * band keys (one indexed lookup for the batch) and with the batch's earlier documents.
 */
export async function recordSignatures(
  tx: Exec,
  docs: readonly { id: number; name: string; text: string; lang: string | null }[],
): Promise<Map<number, CopyLink | null>> {
  const out = new Map<number, CopyLink | null>();
  if (!docs.length) return out;
  const signed = docs.map((d) => {
    const signature = computeSignature(d.text, d.lang ?? 'und');
    return { ...d, signature, keys: bandKeys(signature) };
  });
  const wanted = signed.flatMap((d) => d.keys.map((key) => ({ doc: d.id, key })));
  const ids = signed.map((d) => d.id);
  const index = new NearDuplicateIndex();
  /** Documents each band key holds (up to BAND_HOLDERS); a key that is full takes no more. */
  const holders = new Map<string, number>();
  if (wanted.length) {
    // For each new document, the stored documents sharing the most bands with it (a copy at the
    // threshold shares about 8 of 32). Each key is read for its first BAND_HOLDERS documents only:
    // a text syndicated a thousand times would otherwise make every new copy read every old one.
    const found = rowsOf<Record<string, unknown>>(
      await tx.execute(sql`
        WITH w AS (SELECT * FROM jsonb_to_recordset(${JSON.stringify(wanted)}::jsonb) AS x(doc int, key text)),
        held AS (
          SELECT w.doc, w.key, h.document_id FROM w
          CROSS JOIN LATERAL (
            SELECT b.document_id FROM document_bands b WHERE b.key = w.key ORDER BY b.document_id
            LIMIT ${BAND_HOLDERS}
          ) h
          WHERE NOT (h.document_id = ANY(${intArray(ids)}))
        ),
        shared AS (SELECT doc, document_id, count(*) AS n FROM held GROUP BY doc, document_id),
        best AS (
          SELECT document_id FROM (
            SELECT document_id, row_number() OVER (PARTITION BY doc ORDER BY n DESC, document_id) AS r FROM shared
          ) ranked WHERE r <= ${MAX_COPY_CANDIDATES}
        )
        SELECT s.document_id, d.name, s.signature, s.copy_root, NULL AS held_key, NULL AS held
        FROM document_signatures s JOIN documents d ON d.id = s.document_id
        WHERE s.document_id IN (SELECT document_id FROM best)
        UNION ALL
        SELECT NULL, NULL, NULL, NULL, key, count(DISTINCT document_id) FROM held GROUP BY key`),
    );
    for (const r of found) {
      if (r.held_key !== null) {
        holders.set(r.held_key as string, Number(r.held));
        continue;
      }
      index.add({
        documentId: String(r.document_id),
        documentName: r.name as string,
        signature: decodeSignature(r.signature as string),
        copyRoot: String(r.copy_root),
      } satisfies StoredSignature);
    }
  }
  const sigRows: Record<string, unknown>[] = [];
  const bandRows: { key: string; document_id: number }[] = [];
  for (const d of signed) {
    const copy = index.addDocument(String(d.id), d.name, d.signature, d.keys);
    out.set(d.id, copy);
    sigRows.push({
      document_id: d.id,
      signature: encodeSignature(d.signature),
      copy_of: copy ? Number(copy.documentId) : null,
      copy_root: copy ? Number(copy.root) : d.id,
      jaccard: copy?.jaccard ?? null,
    });
    for (const key of d.keys) {
      const held = holders.get(key) ?? 0;
      if (held >= BAND_HOLDERS) continue;
      holders.set(key, held + 1);
      bandRows.push({ key, document_id: d.id });
    }
  }
  await tx.execute(sql`
    INSERT INTO document_signatures (document_id, signature, copy_of, copy_root, jaccard)
    SELECT x.document_id, x.signature, x.copy_of, x.copy_root, x.jaccard
    FROM jsonb_to_recordset(${JSON.stringify(sigRows)}::jsonb)
      AS x(document_id int, signature text, copy_of int, copy_root int, jaccard real)
    ON CONFLICT (document_id) DO NOTHING`);
  if (bandRows.length) {
    await tx.execute(sql`
      INSERT INTO document_bands (key, document_id)
      SELECT x.key, x.document_id FROM jsonb_to_recordset(${JSON.stringify(bandRows)}::jsonb)
        AS x(key text, document_id int)
      ON CONFLICT DO NOTHING`);
  }
  return out;
}

/**
 * Every stored document still without a signature (stored with linking deferred, or cut off by a crash),
 * signed and linked, `batch` documents per transaction. Returns how many documents and claims it linked.
 */
export async function linkUnsigned(
  db: Db,
  batch: number,
  onBatch?: (done: { documents: number; claims: number }) => void,
): Promise<{ documents: number; claims: number }> {
  const total = { documents: 0, claims: 0 };
  for (;;) {
    const done = await db.transaction(async (tx) => {
      // Taken before choosing the documents, so two linkers never sign the same ones.
      await tx.execute(sql`SELECT pg_advisory_xact_lock(${LINK_LOCK})`);
      const docs = rowsOf<{ id: number; name: string; text: string; lang: string | null }>(
        await tx.execute(sql`
          SELECT d.id, d.name, d.text, d.lang FROM documents d
          WHERE NOT EXISTS (SELECT 1 FROM document_signatures s WHERE s.document_id = d.id)
          ORDER BY d.id LIMIT ${batch}`),
      ).map((r) => ({ ...r, id: Number(r.id) }));
      if (!docs.length) return null;
      await recordSignatures(tx, docs);
      const claimIds = rowsOf<{ id: number }>(
        await tx.execute(
          sql`SELECT id FROM claims WHERE document_id = ANY(${intArray(docs.map((d) => d.id))}) ORDER BY id`,
        ),
      ).map((r) => Number(r.id));
      const { linked } = await linkClaims(tx, claimIds);
      return { documents: docs.length, claims: linked };
    });
    if (!done) return total;
    total.documents += done.documents;
    total.claims += done.claims;
    onBatch?.(total);
  }
}

/** Documents (of these) that have no signature yet: stored before linking existed, or by a failed link. */
export async function unsignedDocuments(
  tx: Exec,
  ids: readonly number[],
): Promise<{ id: number; name: string; text: string; lang: string | null }[]> {
  if (!ids.length) return [];
  return rowsOf<{ id: number; name: string; text: string; lang: string | null }>(
    await tx.execute(sql`
      SELECT d.id, d.name, d.text, d.lang FROM documents d
      WHERE d.id = ANY(${intArray([...ids])})
        AND NOT EXISTS (SELECT 1 FROM document_signatures s WHERE s.document_id = d.id)
      ORDER BY d.id`),
  ).map((r) => ({ ...r, id: Number(r.id) }));
}

/** facts.ts opens a fact's reasons with the four its members share (count, population, origin, status). */
const SHARED_REASONS = 4;

/**
 * A fact's reasons as facts.ts words them: what every member shares, then for each link the reasons
 * it adds, "en-004 – en-005: ...". Rebuilt from the members so the row need not grow with them.
 */
export function factWhy(
  shared: string[],
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

interface FactState {
  why: string[];
  originGroups: OriginGroup[];
  earliest: Fact['earliest'];
}

interface LoadedFact extends Fact {
  /** Members stored, of which `claims` holds one per kind (see loadFacts). */
  storedCount: number;
  /** Documents behind the stored members. */
  storedDocuments: number;
}

/** What makes a member worth reading for a newcomer (loadFacts): its attributed source, outlet and time. */
const kindOf = (c: AnalysisClaim) => JSON.stringify([c.source, c.outlet, c.date ?? c.published]);

/**
 * The facts under these keys, as analysis/facts.ts needs them to link the incoming claims. A member
 * matters to a newcomer through its time, its attributed source, its outlet, or by sharing the
 * newcomer's document or copy group; so one member per (source, outlet, time) is read, plus those in
 * the newcomers' documents and copy groups. A fact repeated by a thousand independent reports costs
 * a few rows, not a thousand; origin groups and counts come from the fact's row, not from the members.
 */
async function loadFacts(
  tx: Exec,
  keys: string[],
  near: { documents: number[]; roots: number[] },
): Promise<LoadedFact[]> {
  if (!keys.length) return [];
  const factRows = rowsOf<Record<string, unknown>>(
    await tx.execute(sql`SELECT * FROM facts WHERE key = ANY(${textArray(keys)}) ORDER BY id`),
  );
  if (!factRows.length) return [];
  const ids = factRows.map((f) => Number(f.id));
  // The first member of each kind is marked when it joins (kind_first), and members carry their
  // document and copy group: both are index lookups, however many members the fact has.
  const reps = rowsOf<Record<string, unknown>>(
    await tx.execute(sql`
      SELECT fc.fact_id, fc.claim_id, fc.linked_to, fc.why, fc.ord
      FROM fact_claims fc
      WHERE fc.fact_id = ANY(${intArray(ids)}) AND fc.kind_first
      UNION
      SELECT fc.fact_id, fc.claim_id, fc.linked_to, fc.why, fc.ord
      FROM fact_claims fc
      WHERE fc.fact_id = ANY(${intArray(ids)})
        AND (fc.document_id = ANY(${intArray(near.documents)}) OR fc.copy_root = ANY(${intArray(near.roots)}))`),
  );
  // Fetched by id, so the claims table is read through its primary key however large it grows.
  const claimsById = new Map(
    rowsOf<Record<string, unknown>>(
      await tx.execute(
        analysisClaimsQuery(sql`c.id = ANY(${intArray(reps.map((r) => Number(r.claim_id)))})`),
      ),
    ).map((r) => [Number(r.id), r]),
  );
  const memberRows = reps
    .sort((a, b) => Number(a.fact_id) - Number(b.fact_id) || Number(a.ord) - Number(b.ord))
    .map((r) => ({
      ...claimsById.get(Number(r.claim_id))!,
      fact_id: r.fact_id,
      linked_to: r.linked_to,
      link_why: r.why,
    }));
  const members = new Map<number, { claim: AnalysisClaim; link: FactLink }[]>();
  for (const r of memberRows) {
    const claim = toAnalysisClaim(r);
    const list = members.get(Number(r.fact_id)) ?? [];
    list.push({
      claim,
      link: {
        claimId: claim.id,
        to: r.linked_to === null ? null : String(Number(r.linked_to)),
        why: r.link_why as string[],
      },
    });
    members.set(Number(r.fact_id), list);
  }
  return factRows.map((f) => {
    const state = f.state as FactState;
    const list = members.get(Number(f.id)) ?? [];
    return {
      id: String(f.id),
      key: f.key as string,
      value: { min: num(f.value_min), max: num(f.value_max) },
      population: f.population as Fact['population'],
      origin: f.origin as string[] | null,
      status: f.status as Fact['status'],
      date: f.date as string | null,
      claims: list.map((m) => m.claim),
      links: list.map((m) => m.link),
      origins: Number(f.origins),
      originGroups: state.originGroups,
      earliest: state.earliest,
      why: state.why,
      storedCount: Number(f.claim_count),
      storedDocuments: Number(f.document_count),
    };
  });
}

function byTime(a: AnalysisClaim, b: AnalysisClaim): number {
  const [x, y] = [claimTime(a), claimTime(b)];
  if (x && y) return compareDates(x.date, y.date) || Number(a.id) - Number(b.id);
  if (x) return -1;
  if (y) return 1;
  return Number(a.id) - Number(b.id);
}

/**
 * Links claims not yet in a fact: each joins the closest compatible fact under its key or founds
 * one. Rejected and vague claims stay out. Only the facts under the claims' keys are read.
 */
export async function linkClaims(tx: Exec, claimIds: readonly number[]): Promise<{ linked: number }> {
  if (!claimIds.length) return { linked: 0 };
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${LINK_LOCK})`);
  const rows = rowsOf<Record<string, unknown>>(
    await tx.execute(
      analysisClaimsQuery(
        sql`c.id = ANY(${intArray([...claimIds])}) AND c.review <> 'rejected'
          AND NOT EXISTS (SELECT 1 FROM fact_claims fc WHERE fc.claim_id = c.id)`,
      ),
    ),
  );
  const read = rows.map(toAnalysisClaim);
  // Series are ordered by when a claim held, written when a claim is stored; an analyst's edit of its
  // date, or a claim stored before, is brought up to date here (only those rows are sent).
  const times = read
    .map((c, i) => ({
      id: Number(c.id),
      t: claimTime(c)?.date ?? null,
      was: rows[i]!.effective_date ?? null,
    }))
    .filter((x) => x.t !== x.was)
    .map(({ id, t }) => ({ id, t }));
  if (times.length) {
    await tx.execute(sql`
      UPDATE claims c SET effective_date = x.t
      FROM jsonb_to_recordset(${JSON.stringify(times)}::jsonb) AS x(id int, t text)
      WHERE c.id = x.id AND c.effective_date IS DISTINCT FROM x.t`);
  }
  const pending = read.filter((c) => factKey(c) !== null).sort(byTime);
  if (!pending.length) return { linked: 0 };
  const keys = [...new Set(pending.map((c) => factKey(c)!))];
  const byKey = new Map<string, Fact[]>();
  /** Where each fact's next member goes in link order. */
  const nextOrd = new Map<string, number>();
  const near = {
    documents: [...new Set(pending.map((c) => Number(c.documentId)))],
    roots: [...new Set(pending.map((c) => Number(c.copyOf?.root ?? c.documentId)))],
  };
  /** Per fact: the kinds and documents its stored members already have, and its stored counts. */
  const stored = new Map<
    string,
    { kinds: Set<string>; documents: Set<string>; claims: number; docs: number }
  >();
  for (const fact of await loadFacts(tx, keys, near)) {
    byKey.set(fact.key, [...(byKey.get(fact.key) ?? []), fact]);
    nextOrd.set(fact.id, fact.storedCount);
    // Every kind's first member was read, and every member in the newcomers' documents.
    stored.set(fact.id, {
      kinds: new Set(fact.claims.map(kindOf)),
      documents: new Set(fact.claims.map((c) => c.documentId)),
      claims: fact.storedCount,
      docs: fact.storedDocuments,
    });
  }

  const changed = new Map<string, Fact>();
  const added: { claimId: string; factId: string; link: FactLink }[] = [];
  let fresh = 0;
  for (const claim of pending) {
    const key = factKey(claim)!;
    const facts = byKey.get(key) ?? [];
    const assignment = linkClaim(facts, claim, { newFactId: `new:${fresh}` });
    if (!assignment) continue;
    if (assignment.created) fresh++;
    const fact = assignment.fact;
    byKey.set(key, assignment.created ? [...facts, fact] : facts.map((f) => (f.id === fact.id ? fact : f)));
    changed.set(fact.id, fact);
    added.push({ claimId: claim.id, factId: fact.id, link: assignment.link });
  }

  // New facts get their ids now, in one statement; existing ones are updated in one more.
  const created = [...changed.values()].filter((f) => f.id.startsWith('new:'));
  const realId = new Map<string, string>();
  if (created.length) {
    const allocated = rowsOf<{ id: number | string }>(
      await tx.execute(
        sql`SELECT nextval(pg_get_serial_sequence('facts', 'id')) AS id FROM generate_series(1, ${created.length})`,
      ),
    );
    created.forEach((f, i) => realId.set(f.id, String(allocated[i]!.id)));
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
  const factRows = [...changed.values()].map((f) => ({
    id: Number(realId.get(f.id) ?? f.id),
    isNew: realId.has(f.id),
    key: f.key,
    value_min: f.value.min,
    value_max: f.value.max,
    population: f.population,
    origin: f.origin,
    status: f.status,
    date: f.date,
    claim_count: counts.get(f.id)!.claims,
    document_count: counts.get(f.id)!.documents,
    origins: f.origins,
    // Only what every member shares: each link's own reasons are in fact_claims (see factWhy).
    state: {
      why: f.why.slice(0, SHARED_REASONS),
      originGroups: f.originGroups,
      earliest: f.earliest,
    } satisfies FactState,
  }));
  const recordset = (list: typeof factRows) => sql`jsonb_to_recordset(${JSON.stringify(list)}::jsonb)
    AS x(id int, key text, value_min bigint, value_max bigint, population text, origin text[], status text,
      date text, claim_count int, document_count int, origins int, state jsonb)`;
  const inserts = factRows.filter((r) => r.isNew);
  const updates = factRows.filter((r) => !r.isNew);
  if (inserts.length) {
    await tx.execute(sql`
      INSERT INTO facts (id, key, value_min, value_max, population, origin, status, date, claim_count,
        document_count, origins, state)
      OVERRIDING SYSTEM VALUE
      SELECT x.id, x.key, x.value_min, x.value_max, x.population, x.origin, x.status, x.date, x.claim_count,
        x.document_count, x.origins, x.state FROM ${recordset(inserts)}`);
  }
  if (updates.length) {
    await tx.execute(sql`
      UPDATE facts f SET date = x.date, claim_count = x.claim_count, document_count = x.document_count,
        origins = x.origins, state = x.state, updated_at = now()
      FROM ${recordset(updates)} WHERE f.id = x.id`);
  }
  const memberRows = added.map((a) => {
    const ord = nextOrd.get(a.factId) ?? 0;
    nextOrd.set(a.factId, ord + 1);
    const claim = claimsById.get(a.claimId)!;
    return {
      document_id: Number(claim.documentId),
      copy_root: Number(claim.copyOf?.root ?? claim.documentId),
      kind_first: kindFirst.has(a.claimId),
      claim_id: Number(a.claimId),
      fact_id: Number(realId.get(a.factId) ?? a.factId),
      linked_to: a.link.to === null ? null : Number(a.link.to),
      why: a.link.why,
      ord,
    };
  });
  await tx.execute(sql`
    INSERT INTO fact_claims (claim_id, fact_id, linked_to, why, ord, document_id, copy_root, kind_first)
    SELECT x.claim_id, x.fact_id, x.linked_to, x.why, x.ord, x.document_id, x.copy_root, x.kind_first
    FROM jsonb_to_recordset(${JSON.stringify(memberRows)}::jsonb)
      AS x(claim_id int, fact_id int, linked_to int, why jsonb, ord int, document_id int, copy_root int,
        kind_first boolean)`);
  return { linked: added.length };
}

/**
 * Dissolves the facts these claims belong to and returns every claim they held, so the caller can
 * change or delete claims and link the survivors again: only the facts touched are recomputed.
 */
export async function detachFacts(tx: Exec, claimIds: readonly number[]): Promise<number[]> {
  if (!claimIds.length) return [];
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${LINK_LOCK})`);
  const rows = rowsOf<{ claim_id: number | string }>(
    await tx.execute(sql`
      WITH gone AS (
        DELETE FROM facts WHERE id IN (SELECT fact_id FROM fact_claims WHERE claim_id = ANY(${intArray([...claimIds])}))
        RETURNING id
      )
      SELECT fc.claim_id FROM fact_claims fc WHERE fc.fact_id IN (SELECT id FROM gone)`),
  );
  return [...new Set([...claimIds, ...rows.map((r) => Number(r.claim_id))])];
}
