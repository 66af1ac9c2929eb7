// Grading with the Admiralty code: input read and checked here, stored and logged by the repository.
import { invalidInput, notFound } from '../domain/errors.ts';
import { check, recordIdSchema } from '../domain/validate.ts';
import { parseCredibility, parseReliability } from '../domain/grade.ts';
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
  return repo.gradeSource(ref, grade, actor);
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
