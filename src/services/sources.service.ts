// Sources as analysts weigh them: outlets (who published a report) and attributed speakers (whom a
// report quotes for a number) kept apart, each grade shown with its Admiralty meaning, and each source's
// claims with their own grades.
import { notFound } from '../domain/errors.ts';
import type { SourceKind } from '../domain/filters.ts';
import {
  CREDIBILITY_LABELS,
  gradeOrUngraded,
  RELIABILITY_LABELS,
  type Credibility,
  type Reliability,
} from '../domain/grade.ts';
import type { ClaimRecord, Repository, SourceRecord } from '../storage/repository.ts';
import { sourcesNamed } from './grades.service.ts';
import { auditRead, EVERYONE, type Reader } from './collections.service.ts';
import { claimsRead } from './claims.service.ts';

export interface GradedSource extends SourceRecord {
  /** The reliability as read: F when ungraded. */
  grade: Reliability;
  /** "usually reliable"; for an ungraded source "reliability cannot be judged". */
  meaning: string;
}

export interface GradedClaim {
  record: ClaimRecord;
  /** The credibility as read: 6 when ungraded. */
  credibility: Credibility;
  meaning: string;
}

export function gradedSource(s: SourceRecord): GradedSource {
  const grade = gradeOrUngraded({ reliability: s.reliability ?? undefined }).reliability;
  return { ...s, grade, meaning: RELIABILITY_LABELS[grade] };
}

export function gradedClaim(record: ClaimRecord): GradedClaim {
  const credibility = gradeOrUngraded({ credibility: record.credibility ?? undefined }).credibility;
  return { record, credibility, meaning: CREDIBILITY_LABELS[credibility] };
}

/** Outlets and attributed speakers, each list apart, graded, optionally narrowed by words of the name. */
export async function sourcesByKind(
  repo: Repository,
  filter: { kind?: SourceKind; words?: string },
  reader: Reader = EVERYONE,
): Promise<Record<SourceKind, GradedSource[]>> {
  const all = (await sourcesNamed(repo, { ...filter, collections: reader.visible })).map(gradedSource);
  return {
    outlet: all.filter((s) => s.kind === 'outlet'),
    attributed: all.filter((s) => s.kind === 'attributed'),
  };
}

/** One source with a page of its claims: an outlet's are those of its reports, a speaker's those it is quoted for. */
export async function sourceClaims(
  repo: Repository,
  id: number,
  page: { limit: number; offset: number },
  reader: Reader = EVERYONE,
): Promise<{ source: GradedSource; total: number; claims: GradedClaim[] }> {
  // A source named only in collections the reader may not read is unknown to it.
  const source = (await repo.listSources(undefined, reader.visible)).find((s) => s.id === id);
  if (!source) throw notFound('source', String(id));
  const filter = {
    ...(source.kind === 'outlet' ? { outletId: id } : { sourceId: id }),
    collections: reader.visible,
  };
  const [items, total] = await Promise.all([
    repo.listClaims({ ...filter, limit: page.limit, offset: page.offset, order: 'newest' }),
    repo.countClaims(filter),
  ]);
  await auditRead(repo, reader, 'source claims', claimsRead(items));
  return { source: gradedSource(source), total, claims: items.map(gradedClaim) };
}
