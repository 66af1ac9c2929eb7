// Reviewing claims: one claim with the passage around it and its history (each change with what it
// changed), review actions, a report's claims confirmed at once, and undo of any earlier action.
// Undo reads the change log as data: each undo names the change it takes back (`undoes`) and restores
// only the fields that change set, when nothing later has changed them (planUndo says why not).
import { randomUUID } from 'node:crypto';
import { invalidInput, notFound, TesseraError } from '../domain/errors.ts';
import { EVERYONE, requireWrite, type Reader } from './collections.service.ts';
import { REVIEW_STATES, type ReviewState } from '../domain/filters.ts';
import type { Credibility } from '../domain/grade.ts';
import type {
  ChangeRecord,
  ClaimEdits,
  ClaimRecord,
  Repository,
  SourceRecord,
} from '../storage/repository.ts';

export const REVIEW_ACTIONS = ['confirm', 'reject', 'correct', 'reopen'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

const STATE_OF: Record<ReviewAction, ReviewState> = {
  confirm: 'confirmed',
  reject: 'rejected',
  correct: 'corrected',
  reopen: 'unreviewed',
};

/** Characters of context on each side of a claim in its passage. */
const PASSAGE = 400;

/** Another count of the same report, as the review form offers it for "part of". */
export interface SiblingClaim {
  id: number;
  value: ClaimRecord['claim']['value'];
  population: ClaimRecord['claim']['population'];
  status: ClaimRecord['claim']['status'];
  quote: string;
  review: ClaimRecord['review']['state'];
}

/**
 * A correction as analysts and the API give it: `partOf` names the whole by its claim id (the store
 * keeps its position among the report's claims, as the engine does).
 */
export type ClaimCorrection = Omit<ClaimEdits, 'partOf'> & { partOf?: number | null };

/** One field a change set: its value before and after, in plain words. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** A change of a claim's history with what it changed and whether it can still be taken back. */
export interface HistoryEntry {
  change: ChangeRecord;
  changes: FieldChange[];
  /** The change this one takes back, when it is an undo. */
  undoes: number | null;
  /** The later change that took this one back, if any. */
  undoneBy: number | null;
  /** The batch it belongs to (a report's claims confirmed at once). */
  batch: string | null;
  /** Null when it can be undone; else why not, in plain words. */
  cannotUndo: string | null;
}

export interface ClaimDetail {
  record: ClaimRecord;
  /** The claim id of the count this one is part of, or null. */
  partOf: number | null;
  /** The edits with `partOf` as a claim id, as the API takes them. */
  corrections: ClaimCorrection | null;
  /** The report's other counts, in reading order: the wholes this one may be part of. */
  siblings: SiblingClaim[];
  /** Reliability of the attributed source, else of the outlet; null is ungraded. */
  sourceReliability: SourceRecord['reliability'];
  passage: { text: string; start: number; end: number; offset: number };
  history: ChangeRecord[];
  /** The history with what each change changed, oldest first. */
  entries: HistoryEntry[];
}

export async function claimDetail(repo: Repository, id: number): Promise<ClaimDetail> {
  const record = await repo.getClaim(id);
  if (!record) throw notFound('claim', String(id));
  const [doc, history, sources, reportClaims] = await Promise.all([
    repo.getDocument(record.documentId),
    repo.listChanges({ entity: 'claim', entityId: id, limit: 10_000 }),
    repo.listSources(),
    claimsOfReport(repo, record.documentId),
  ]);
  const source =
    sources.find((s) => s.id === record.sourceId) ??
    sources.find((s) => s.kind === 'outlet' && s.name === record.documentOutlet);
  const text = doc?.text ?? '';
  const { start, end } = record.claim.span;
  const from = paragraphStart(text, Math.max(0, start - PASSAGE), start);
  const to = paragraphEnd(text, end, Math.min(text.length, end + PASSAGE));
  const idAt = (ordinal: number | null | undefined) =>
    ordinal === null || ordinal === undefined ? null : (reportClaims[ordinal]?.id ?? null);
  // The quote of a corrected highlight goes with its span: the claim as it stands shows it.
  const { quote: _quote, ...edited } = record.edits ?? {};
  const corrections: ClaimCorrection | null = record.edits
    ? { ...edited, ...('partOf' in edited ? { partOf: idAt(edited.partOf) } : {}) }
    : null;
  return {
    record,
    partOf: idAt(record.claim.partOf),
    corrections,
    siblings: reportClaims
      .filter((c) => c.id !== id)
      .map((c) => ({
        id: c.id,
        value: c.claim.value,
        population: c.claim.population,
        status: c.claim.status,
        quote: c.claim.quote,
        review: c.review.state,
      })),
    sourceReliability: source?.reliability ?? null,
    passage: { text: text.slice(from, to), start: start - from, end: end - from, offset: from },
    history,
    entries: historyEntries(history, record, idAt),
  };
}

/** Confirms, rejects, corrects (with edits) or reopens a claim. */
export async function reviewClaim(
  repo: Repository,
  id: number,
  input: {
    action: ReviewAction;
    edits?: ClaimCorrection;
    note?: string | null;
    actor: string;
    batch?: string;
  },
): Promise<ClaimRecord> {
  const { action } = input;
  if (action === 'correct' && (!input.edits || !Object.keys(input.edits).length))
    throw invalidInput('a correction needs at least one corrected field');
  if (action !== 'correct' && input.edits)
    throw invalidInput(`edits go with the action "correct", not "${action}"`);
  const edits = input.edits && (await storedEdits(repo, id, input.edits));
  return repo.reviewClaim(id, {
    batch: input.batch,
    state: STATE_OF[action],
    edits: action === 'correct' ? edits : action === 'reopen' ? null : undefined,
    note: input.note ?? null,
    actor: input.actor,
  });
}

/** The review actions still in force, oldest first: an undo takes back the action it names. */
export function reviewsInForce(history: readonly ChangeRecord[]): ChangeRecord[] {
  const stack: ChangeRecord[] = [];
  for (const c of history) {
    if (c.action !== 'claim.reviewed') continue;
    const undoes = c.details.undoes;
    if (typeof undoes === 'number') {
      const at = stack.findIndex((s) => s.id === undoes);
      if (at >= 0) stack.splice(at, 1);
    } else stack.push(c);
  }
  return stack;
}

/** Takes back the claim's last review still in force; repeated undos walk further back. */
export async function undoReview(repo: Repository, id: number, actor: string): Promise<ClaimRecord> {
  if (!(await repo.getClaim(id))) throw notFound('claim', String(id));
  const history = await repo.listChanges({ entity: 'claim', entityId: id, limit: 10_000 });
  const last = reviewsInForce(history)
    .filter((c) => typeof c.details.undoes !== 'number')
    .at(-1);
  if (!last) throw new TesseraError('conflict', `claim ${id} has no review to undo`);
  return undoChange(repo, id, last.id, actor);
}

/**
 * Takes back one change of a claim's history, the last or any earlier one: a review (its fields and, if
 * no later decision stands, its review state) or a grade. Refused (conflict) when a later change has
 * changed what it set since, naming that change: undo that one first.
 */
export async function undoChange(
  repo: Repository,
  id: number,
  changeId: number,
  actor: string,
): Promise<ClaimRecord> {
  const record = await repo.getClaim(id);
  if (!record) throw notFound('claim', String(id));
  const history = await repo.listChanges({ entity: 'claim', entityId: id, limit: 10_000 });
  const plan = planUndo(history, changeId, {
    state: record.review.state,
    edits: record.edits,
    credibility: record.credibility,
  });
  if (plan.kind === 'grade') return repo.gradeClaim(id, plan.credibility, actor, { undoes: changeId });
  return repo.reviewClaim(id, {
    state: plan.state,
    edits: plan.edits,
    note: null,
    undoes: changeId,
    actor,
  });
}

/** What a claim holds now, as undo compares it. */
export interface ClaimState {
  state: ReviewState;
  edits: ClaimEdits | null;
  credibility: Credibility | null;
}

export type UndoPlan =
  | { kind: 'review'; state: ReviewState; edits: ClaimEdits | null }
  | { kind: 'grade'; credibility: Credibility | null };

interface ReviewSnapshot {
  state?: ReviewState;
  edits?: ClaimEdits | null;
}

const snapshot = (v: unknown): ReviewSnapshot => (v && typeof v === 'object' ? v : {});

/** Equal JSON values, whatever the order of their keys (the log's jsonb reorders them). */
function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}
function canonical(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${k}:${canonical(o[k])}`)
    .join(',')}}`;
}

/** The edited fields a review changed (the quote goes with its span). */
function fieldsChanged(from: ClaimEdits | null | undefined, to: ClaimEdits | null | undefined): string[] {
  const keys = new Set([...Object.keys(from ?? {}), ...Object.keys(to ?? {})]);
  keys.delete('quote');
  const a = (from ?? {}) as Record<string, unknown>;
  const b = (to ?? {}) as Record<string, unknown>;
  return [...keys].filter((k) => !same(a[k], b[k])).sort();
}

/** Which change took each change back (an undo's `undoes`), itself not taken back. */
function undoneByMap(history: readonly ChangeRecord[]): Map<number, number> {
  const by = new Map<number, number>();
  // Latest first: an undo that was itself undone takes nothing back.
  for (const c of [...history].reverse()) {
    const undoes = c.details.undoes;
    if (typeof undoes !== 'number' || by.has(c.id)) continue;
    if (!by.has(undoes)) by.set(undoes, c.id);
  }
  return by;
}

const REVIEWED = 'claim.reviewed';
const GRADED = 'claim.graded';

/**
 * How to take back change `changeId` of a claim's history, given what the claim holds now. The rule:
 * - a review restores each field it changed to its value before, but only if the field still holds what
 *   that review set (else refused, naming the later change that changed it); its review state goes back
 *   too unless a later review decision (one not taken back) stands, which then keeps its state;
 *   a correction left with no corrected field is no correction (unreviewed), and a claim left with
 *   corrected fields is corrected;
 * - a grade restores the grade before it, if no later grade has changed it since;
 * - an undo can be taken back as well (a redo), by the same rule;
 * - a change already taken back, or one that set nothing that still stands, is refused.
 */
export function planUndo(history: readonly ChangeRecord[], changeId: number, now: ClaimState): UndoPlan {
  const target = history.find((c) => c.id === changeId);
  if (!target)
    throw notFound(
      'change',
      `${changeId} of this claim (its history lists changes ${history.map((c) => c.id).join(', ') || 'none'})`,
    );
  if (target.action !== REVIEWED && target.action !== GRADED)
    throw invalidInput(
      `change ${changeId} (${target.action}) is not a review or a grade, so it cannot be undone`,
    );
  const undoneBy = undoneByMap(history);
  const by = undoneBy.get(changeId);
  if (by !== undefined)
    throw new TesseraError('conflict', `change ${changeId} was already undone by change ${by}`);
  const later = history.filter((c) => c.id > changeId && c.action === target.action);

  if (target.action === GRADED) {
    const to = (target.details.to ?? null) as Credibility | null;
    const from = (target.details.from ?? null) as Credibility | null;
    if (now.credibility !== to) {
      const who = later.filter((c) => c.details.to !== c.details.from).at(-1);
      throw new TesseraError(
        'conflict',
        `cannot undo change ${changeId}: the credibility was graded again since${who ? ` by change ${who.id}` : ''} (${gradeWord(to)} → ${gradeWord(now.credibility)}); undo that change first`,
      );
    }
    return { kind: 'grade', credibility: from };
  }

  const from = snapshot(target.details.from);
  const to = snapshot(target.details.to);
  const fields = fieldsChanged(from.edits, to.edits);
  const current = (now.edits ?? {}) as Record<string, unknown>;
  const set = (to.edits ?? {}) as Record<string, unknown>;
  const moved = fields.filter((k) => !same(current[k], set[k]));
  if (moved.length) {
    const names = moved.map((k) => {
      const who = later
        .filter((c) => {
          const a = snapshot(c.details.from).edits as Record<string, unknown> | null | undefined;
          const b = snapshot(c.details.to).edits as Record<string, unknown> | null | undefined;
          return !same(a?.[k], b?.[k]);
        })
        .map((c) => c.id);
      return `${fieldName(k)}${who.length ? ` (changed by change ${who.join(', ')})` : ''}`;
    });
    throw new TesseraError(
      'conflict',
      `cannot undo change ${changeId}: ${names.join(' and ')} ${moved.length > 1 ? 'were' : 'was'} changed again since; undo the later change first`,
    );
  }
  // A later review decision that still stands keeps its review state.
  const standing = later.find((c) => typeof c.details.undoes !== 'number' && !undoneBy.has(c.id));
  const stateChanged = from.state !== undefined && from.state !== to.state;
  const revertState = stateChanged && !standing && now.state === to.state;
  if (!fields.length && !revertState)
    throw new TesseraError(
      'conflict',
      stateChanged
        ? `cannot undo change ${changeId}: it only set the review state (${from.state} → ${to.state}), and change ${standing?.id ?? '?'} decided the state again since`
        : `change ${changeId} changed nothing that could be undone`,
    );
  const edits: Record<string, unknown> = { ...current };
  const before = (from.edits ?? {}) as Record<string, unknown>;
  for (const k of fields.flatMap((f) => (f === 'span' ? ['span', 'quote'] : [f]))) {
    if (k in before) edits[k] = before[k];
    else delete edits[k];
  }
  const corrected = Object.keys(edits).length > 0;
  let state = revertState ? from.state! : now.state;
  if (state === 'corrected' && !corrected) state = 'unreviewed';
  if (state === 'unreviewed' && corrected) state = 'corrected';
  return { kind: 'review', state, edits: corrected ? edits : null };
}

const gradeWord = (c: Credibility | null) => (c === null ? 'ungraded' : String(c));

const FIELD_NAMES: Record<string, string> = {
  value: 'the number',
  age: 'the ages',
  partOf: 'part of',
  affiliation: 'the group',
  span: 'the highlight',
};
const fieldName = (k: string) => FIELD_NAMES[k] ?? `the ${k}`;

/** A field's value as the history shows it. */
function shown(
  field: string,
  v: unknown,
  idAt: (ordinal: number | null | undefined) => number | null,
): string {
  if (v === null || v === undefined) return '—';
  if (field === 'partOf') {
    const whole = idAt(v as number);
    return whole === null ? '—' : `claim ${whole}`;
  }
  if (field === 'value' || field === 'age') {
    const b = v as { min: number | null; max: number | null };
    if (b.min === null && b.max === null) return '—';
    if (b.min !== null && b.max !== null) return b.min === b.max ? `${b.min}` : `${b.min}–${b.max}`;
    return b.min !== null ? `at least ${b.min}` : `at most ${b.max}`;
  }
  if (Array.isArray(v)) return v.length ? v.join(', ') : '—';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

/** Each change of a claim's history with what it changed, what took it back and whether undo can. */
export function historyEntries(
  history: readonly ChangeRecord[],
  record: Pick<ClaimRecord, 'extracted' | 'edits' | 'review' | 'credibility'>,
  idAt: (ordinal: number | null | undefined) => number | null,
): HistoryEntry[] {
  const undoneBy = undoneByMap(history);
  const now: ClaimState = {
    state: record.review.state,
    edits: record.edits,
    credibility: record.credibility,
  };
  const engine = record.extracted as unknown as Record<string, unknown>;
  return history.map((change) => {
    const changes: FieldChange[] = [];
    if (change.action === REVIEWED) {
      const from = snapshot(change.details.from);
      const to = snapshot(change.details.to);
      if (from.state !== to.state)
        changes.push({ field: 'review', before: from.state ?? '—', after: to.state ?? '—' });
      for (const k of fieldsChanged(from.edits, to.edits)) {
        const value = (e: ClaimEdits | null | undefined) => {
          const edits = (e ?? {}) as Record<string, unknown>;
          if (k === 'span') {
            const quote = (k in edits ? edits.quote : engine.quote) as string;
            return `“${quote}”`;
          }
          if (k === 'scope' && !(k in edits)) return 'as read from the sentence';
          return shown(k, k in edits ? edits[k] : engine[k], idAt);
        };
        changes.push({
          field: k === 'span' ? 'highlight' : k,
          before: value(from.edits),
          after: value(to.edits),
        });
      }
    } else if (change.action === GRADED) {
      changes.push({
        field: 'credibility',
        before: gradeWord((change.details.from ?? null) as Credibility | null),
        after: gradeWord((change.details.to ?? null) as Credibility | null),
      });
    }
    let cannotUndo: string | null = null;
    try {
      planUndo(history, change.id, now);
    } catch (e) {
      cannotUndo = e instanceof Error ? e.message : String(e);
    }
    const undoes = change.details.undoes;
    const batch = change.details.batch;
    return {
      change,
      changes,
      undoes: typeof undoes === 'number' ? undoes : null,
      undoneBy: undoneBy.get(change.id) ?? null,
      batch: typeof batch === 'string' ? batch : null,
      cannotUndo,
    };
  });
}

/**
 * Confirms every unreviewed claim of a report in one action: each claim's confirmation is its own logged
 * change, all carrying one batch id, so each can be undone alone or the batch at once (undoBatch).
 */
export async function confirmReport(
  repo: Repository,
  documentId: number,
  input: { actor: string; note?: string | null; reader?: Reader },
): Promise<{ batch: string; confirmed: number[] }> {
  const [doc] = await repo.listDocuments({ ids: [documentId], limit: 1 });
  if (!doc) throw notFound('report', String(documentId));
  if (input.reader && input.reader !== EVERYONE)
    requireWrite(input.reader, doc.collectionId, { kind: 'report', id: String(documentId) });
  const batch = randomUUID();
  const unreviewed = await repo.listClaims({ documentId, review: ['unreviewed'], limit: 100_000 });
  const confirmed: number[] = [];
  for (const c of unreviewed) {
    await reviewClaim(repo, c.id, { action: 'confirm', note: input.note ?? null, actor: input.actor, batch });
    confirmed.push(c.id);
  }
  return { batch, confirmed };
}

/** Undoes every confirmation of a batch that can still be undone; says why for the others. */
export async function undoBatch(
  repo: Repository,
  documentId: number,
  batch: string,
  actor: string,
  reader: Reader = EVERYONE,
): Promise<{ undone: number[]; refused: { claimId: number; message: string }[] }> {
  if (reader !== EVERYONE) {
    const [doc] = await repo.listDocuments({ ids: [documentId], limit: 1 });
    if (!doc) throw notFound('report', String(documentId));
    requireWrite(reader, doc.collectionId, { kind: 'report', id: String(documentId) });
  }
  const changes = (await repo.listChanges({ documentId, entity: 'claim', limit: 100_000 })).filter(
    (c) => c.action === REVIEWED && c.details.batch === batch,
  );
  if (!changes.length) throw notFound('batch', `${batch} of report ${documentId}`);
  const undone: number[] = [];
  const refused: { claimId: number; message: string }[] = [];
  for (const c of changes) {
    try {
      await undoChange(repo, c.entityId, c.id, actor);
      undone.push(c.entityId);
    } catch (e) {
      if (!(e instanceof TesseraError) || e.code === 'storage_failed') throw e;
      refused.push({ claimId: c.entityId, message: e.message });
    }
  }
  return { undone, refused };
}

/** Every claim of a report in reading order (the order the engine's `partOf` positions count in). */
async function claimsOfReport(repo: Repository, documentId: number): Promise<ClaimRecord[]> {
  return repo.listClaims({ documentId, review: [...REVIEW_STATES], limit: 100_000 });
}

/**
 * A correction as the store keeps it: the whole named by claim id becomes its position in the report.
 * The whole must be another count of the same report, and not one of this count's own parts.
 */
async function storedEdits(repo: Repository, id: number, correction: ClaimCorrection): Promise<ClaimEdits> {
  const { partOf, quote: _quote, ...given } = correction;
  const fields: ClaimEdits = given.span ? { ...given, ...(await highlight(repo, id, given.span)) } : given;
  if (partOf === undefined) return fields;
  if (partOf === null) return { ...fields, partOf: null };
  const record = await repo.getClaim(id);
  if (!record) throw notFound('claim', String(id));
  const report = await claimsOfReport(repo, record.documentId);
  const ordinal = report.findIndex((c) => c.id === partOf);
  if (partOf === id) throw invalidInput(`claim ${id} cannot be part of itself`);
  if (ordinal < 0)
    throw invalidInput(`partOf: claim ${partOf} is not a count of the same report as claim ${id}`);
  // Walk up from the chosen whole: meeting this claim would make each a part of the other.
  const self = report.findIndex((c) => c.id === id);
  const seen = new Set<number>();
  for (let at: number | null | undefined = ordinal; at !== null && at !== undefined;) {
    if (at === self)
      throw invalidInput(
        `partOf: claim ${partOf} is itself part of claim ${id}, so ${id} cannot be part of it`,
      );
    if (seen.has(at)) break;
    seen.add(at);
    at = report[at]?.claim.partOf;
  }
  return { ...fields, partOf: ordinal };
}

/**
 * A corrected highlight: offsets into the report's text (as the reader shows it), not empty, within the
 * text; the quote is the text it covers.
 */
async function highlight(
  repo: Repository,
  id: number,
  span: { start: number; end: number },
): Promise<{ span: { start: number; end: number }; quote: string }> {
  const record = await repo.getClaim(id);
  if (!record) throw notFound('claim', String(id));
  const text = (await repo.getDocument(record.documentId))?.text ?? '';
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length)
    throw invalidInput(
      `the highlight must lie within the report, whose text runs from 0 to ${text.length}; ${start}–${end} does not`,
    );
  if (end <= start)
    throw invalidInput(`the highlight is empty: it must end after it starts (${start}–${end})`);
  const quote = text.slice(start, end);
  if (!quote.trim())
    throw invalidInput(`the highlight ${start}–${end} covers only spaces: select the words of the count`);
  return { span: { start, end }, quote };
}

function paragraphStart(text: string, earliest: number, start: number): number {
  const cut = text.lastIndexOf('\n', start - 1);
  if (cut >= earliest) return cut + 1;
  const space = text.indexOf(' ', earliest);
  return space >= 0 && space < start ? space + 1 : earliest;
}

function paragraphEnd(text: string, end: number, latest: number): number {
  const cut = text.indexOf('\n', end);
  if (cut >= 0 && cut <= latest) return cut;
  const space = text.lastIndexOf(' ', latest);
  return space > end ? space : latest;
}

/** Grades a claim's credibility (Admiralty 1–6), logged with who and when. */
export function gradeClaimCredibility(
  repo: Repository,
  id: number,
  credibility: Credibility | null,
  actor: string,
): Promise<ClaimRecord> {
  return repo.gradeClaim(id, credibility, actor);
}
