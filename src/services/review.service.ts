// Reviewing claims: one claim with the passage around it and its history, review actions, and undo.
// Undo reads the change log as data: each undo names the change it takes back (`undoes`).
import { invalidInput, notFound, TesseraError } from '../domain/errors.ts';
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
}

/**
 * A correction as analysts and the API give it: `partOf` names the whole by its claim id (the store
 * keeps its position among the report's claims, as the engine does).
 */
export type ClaimCorrection = Omit<ClaimEdits, 'partOf'> & { partOf?: number | null };

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
}

export async function claimDetail(repo: Repository, id: number): Promise<ClaimDetail> {
  const record = await repo.getClaim(id);
  if (!record) throw notFound('claim', String(id));
  const [doc, history, sources, reportClaims] = await Promise.all([
    repo.getDocument(record.documentId),
    repo.listChanges({ entity: 'claim', entityId: id, limit: 200 }),
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
  const corrections: ClaimCorrection | null = record.edits
    ? {
        ...record.edits,
        ...('partOf' in record.edits ? { partOf: idAt(record.edits.partOf) } : {}),
      }
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
      })),
    sourceReliability: source?.reliability ?? null,
    passage: { text: text.slice(from, to), start: start - from, end: end - from, offset: from },
    history,
  };
}

/** Confirms, rejects, corrects (with edits) or reopens a claim. */
export async function reviewClaim(
  repo: Repository,
  id: number,
  input: { action: ReviewAction; edits?: ClaimCorrection; note?: string | null; actor: string },
): Promise<ClaimRecord> {
  const { action } = input;
  if (action === 'correct' && (!input.edits || !Object.keys(input.edits).length))
    throw invalidInput('a correction needs at least one corrected field');
  if (action !== 'correct' && input.edits)
    throw invalidInput(`edits go with the action "correct", not "${action}"`);
  const edits = input.edits && (await storedEdits(repo, id, input.edits));
  return repo.reviewClaim(id, {
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
  const last = reviewsInForce(history).at(-1);
  const before = last?.details.from as { state?: ReviewState; edits?: ClaimEdits | null } | undefined;
  if (!last || !before?.state) throw new TesseraError('conflict', `claim ${id} has no review to undo`);
  return repo.reviewClaim(id, {
    state: before.state,
    edits: before.edits ?? null,
    note: null,
    undoes: last.id,
    actor,
  });
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
  const { partOf, ...fields } = correction;
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
  credibility: Credibility,
  actor: string,
): Promise<ClaimRecord> {
  return repo.gradeClaim(id, credibility, actor);
}
