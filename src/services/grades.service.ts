// Grading with the Admiralty code: input read and checked here, stored and logged by the repository.
import { invalidInput, notFound } from '../domain/errors.ts';
import type { SourceKind } from '../domain/filters.ts';
import { parseCredibility, parseReliability, type Reliability } from '../domain/grade.ts';
import { check, recordIdSchema } from '../domain/validate.ts';
import { foldText } from '../text/fold.ts';
import type { ClaimRecord, Repository, SourceRecord } from '../storage/repository.ts';

/** `source` is a source id (digits) or its name as written; `reliability` a letter A–F. */
export async function gradeSource(
  repo: Repository,
  source: string,
  reliability: string,
  actor: string,
): Promise<SourceRecord[]> {
  const grade = parseReliability(reliability);
  const problems: string[] = [];
  if (!source.trim()) problems.push('SOURCE must be a source name or id');
  if (grade === null) problems.push(`reliability must be a letter from A to F, not "${reliability}"`);
  if (problems.length || grade === null) throw invalidInput(problems.join('; '));
  const digits = /^\d+$/.test(source.trim());
  if (digits && !check(recordIdSchema, source, 'SOURCE').ok) throw notFound('source', source.trim());
  const ref = digits ? Number(source.trim()) : source;
  return withAliases(repo, await repo.gradeSource(ref, grade, actor), grade, actor);
}

/**
 * A merged source's grade is its group's: once one member is graded, every other spelling of it is
 * graded the same (each logged), so a claim reads the same reliability whichever spelling it names.
 */
async function withAliases(
  repo: Repository,
  graded: SourceRecord[],
  grade: Reliability,
  actor: string,
): Promise<SourceRecord[]> {
  const aliases = await repo.listSourceAliases();
  if (!aliases.length) return graded;
  const canonicalOf = new Map(aliases.map((a) => [a.sourceId, a.canonicalId]));
  const groups = new Set(graded.map((s) => canonicalOf.get(s.id) ?? s.id));
  const done = new Set(graded.map((s) => s.id));
  const members = [...groups].flatMap((g) => [
    g,
    ...aliases.filter((a) => a.canonicalId === g).map((a) => a.sourceId),
  ]);
  const out = [...graded];
  for (const id of members) if (!done.has(id)) out.push(...(await repo.gradeSource(id, grade, actor)));
  return out;
}

export async function gradeClaim(
  repo: Repository,
  id: string,
  credibility: string,
  actor: string,
): Promise<ClaimRecord> {
  const grade = parseCredibility(credibility);
  const problems: string[] = [];
  const claimId = check(recordIdSchema, id, 'ID');
  if (!claimId.ok) problems.push(claimId.message);
  if (grade === null) problems.push(`credibility must be a number from 1 to 6, not "${credibility}"`);
  if (problems.length || grade === null || !claimId.ok) throw invalidInput(problems.join('; '));
  return repo.gradeClaim(claimId.value, grade, actor);
}

/** Sources of a kind whose name contains the given words (case and accents aside). */
export async function sourcesNamed(
  repo: Repository,
  filter: { kind?: SourceKind; words?: string; collections?: readonly number[] },
): Promise<SourceRecord[]> {
  const needle = filter.words ? foldText(filter.words).trim() : '';
  return (await repo.listSources(filter.kind, filter.collections)).filter(
    (s) => !needle || foldText(s.name).includes(needle),
  );
}

/** Grades one source's reliability (Admiralty A–F), logged with who and when. */
export async function gradeSourceById(
  repo: Repository,
  id: number,
  reliability: Reliability,
  actor: string,
): Promise<SourceRecord[]> {
  return withAliases(repo, await repo.gradeSource(id, reliability, actor), reliability, actor);
}
