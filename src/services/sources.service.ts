// Sources as analysts weigh them: outlets (who published a report) and attributed speakers (whom a
// report quotes for a number) kept apart, each grade shown with its Admiralty meaning, and each source's
// claims with their own grades.
import { suggestAliases, type AliasReason } from '../analysis/source-aliases.ts';
import { invalidInput, notFound } from '../domain/errors.ts';
import type { SourceKind } from '../domain/filters.ts';
import {
  CREDIBILITY_LABELS,
  gradeOrUngraded,
  RELIABILITY_LABELS,
  type Credibility,
  type Reliability,
} from '../domain/grade.ts';
import { check, recordIdSchema } from '../domain/validate.ts';
import type { ClaimRecord, Repository, SourceAliasRecord, SourceRecord } from '../storage/repository.ts';
import { sourcesNamed } from './grades.service.ts';
import { auditRead, EVERYONE, type Reader } from './collections.service.ts';
import { claimsRead } from './claims.service.ts';

export interface GradedSource extends SourceRecord {
  /** The reliability as read: F when ungraded. */
  grade: Reliability;
  /** "usually reliable"; for an ungraded source "reliability cannot be judged". */
  meaning: string;
  /** Other spellings an analyst merged into this source (its claims list with its own). */
  aliases: { id: number; name: string }[];
}

export interface GradedClaim {
  record: ClaimRecord;
  /** The credibility as read: 6 when ungraded. */
  credibility: Credibility;
  meaning: string;
}

export function gradedSource(s: SourceRecord, aliases: { id: number; name: string }[] = []): GradedSource {
  const grade = gradeOrUngraded({ reliability: s.reliability ?? undefined }).reliability;
  return { ...s, grade, meaning: RELIABILITY_LABELS[grade], aliases };
}

/** Confirmed aliases: each alias's main source, and each main source's aliases in id order. */
export interface SourceGroups {
  canonicalOf: Map<number, number>;
  aliasesOf: Map<number, number[]>;
  records: SourceAliasRecord[];
}

export async function sourceGroups(repo: Repository): Promise<SourceGroups> {
  const records = await repo.listSourceAliases();
  const canonicalOf = new Map(records.map((r) => [r.sourceId, r.canonicalId]));
  const aliasesOf = new Map<number, number[]>();
  for (const r of records)
    aliasesOf.set(r.canonicalId, [...(aliasesOf.get(r.canonicalId) ?? []), r.sourceId]);
  return { canonicalOf, aliasesOf, records };
}

/** A source's group: its main source first, then the aliases. */
const membersOf = (groups: SourceGroups, id: number): number[] => {
  const main = groups.canonicalOf.get(id) ?? id;
  return [main, ...(groups.aliasesOf.get(main) ?? [])];
};

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
  const [named, everySource, groups] = await Promise.all([
    sourcesNamed(repo, { ...filter, collections: reader.visible }),
    repo.listSources(filter.kind),
    sourceGroups(repo),
  ]);
  const byId = new Map(everySource.map((s) => [s.id, s]));
  // A group is listed once, under its main source, when any of its spellings matches the words.
  const mains = new Set(named.map((s) => groups.canonicalOf.get(s.id) ?? s.id));
  const all = everySource
    .filter((s) => mains.has(s.id))
    .map((s) =>
      gradedSource(
        s,
        (groups.aliasesOf.get(s.id) ?? []).flatMap((id) => {
          const alias = byId.get(id);
          return alias ? [{ id, name: alias.name }] : [];
        }),
      ),
    );
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
  const [sources, visible, groups] = await Promise.all([
    repo.listSources(),
    reader.visible ? repo.listSources(undefined, reader.visible) : null,
    sourceGroups(repo),
  ]);
  const byId = new Map(sources.map((s) => [s.id, s]));
  if (!byId.has(id)) throw notFound('source', String(id));
  // An alias answers for its group: the main source, graded, with every spelling's claims.
  const [main, ...aliases] = membersOf(groups, id);
  const ids = [main!, ...aliases];
  // A source named only in collections the reader may not read is unknown to it.
  if (visible && !visible.some((s) => ids.includes(s.id))) throw notFound('source', String(id));
  const source = byId.get(main!)!;
  const filter = {
    ...(source.kind === 'outlet' ? { outletIds: ids } : { sourceIds: ids }),
    collections: reader.visible,
  };
  const [items, total] = await Promise.all([
    repo.listClaims({ ...filter, limit: page.limit, offset: page.offset, order: 'newest' }),
    repo.countClaims(filter),
  ]);
  await auditRead(repo, reader, 'source claims', claimsRead(items));
  const aliasNames = aliases.map((a) => ({ id: a, name: byId.get(a)?.name ?? String(a) }));
  return { source: gradedSource(source, aliasNames), total, claims: items.map(gradedClaim) };
}

export interface NamedSuggestion {
  kind: SourceKind;
  a: { id: number; name: string };
  b: { id: number; name: string };
  reasons: AliasReason[];
  score: number;
}

/**
 * Sources that may be one source written differently (analysis/source-aliases.ts): by the gazetteer,
 * by their names across scripts and by the facts they share; pairs already merged left out.
 */
export async function aliasSuggestions(
  repo: Repository,
  options: { kind?: SourceKind; limit?: number } = {},
  reader: Reader = EVERYONE,
): Promise<NamedSuggestion[]> {
  // Only sources the reader may see are suggested: a name from a restricted collection stays in it.
  const [sources, facts, groups] = await Promise.all([
    repo.listSources(options.kind, reader.visible),
    repo.listSourceFacts(),
    sourceGroups(repo),
  ]);
  const factsOf = new Map<number, Set<number>>();
  for (const r of facts) {
    const set = factsOf.get(r.sourceId) ?? new Set<number>();
    set.add(r.factId);
    factsOf.set(r.sourceId, set);
  }
  const nameOf = new Map(sources.map((s) => [s.id, s.name]));
  return suggestAliases(sources, factsOf, groups.canonicalOf)
    .slice(0, options.limit ?? 100)
    .map((s) => ({
      kind: s.kind,
      a: { id: s.a, name: nameOf.get(s.a)! },
      b: { id: s.b, name: nameOf.get(s.b)! },
      reasons: s.reasons,
      score: s.score,
    }));
}

/** The sources named in what the reader may read, by id; null when it reads everything. */
async function readableSources(repo: Repository, reader: Reader): Promise<Map<number, SourceRecord> | null> {
  if (!reader.visible) return null;
  return new Map((await repo.listSources(undefined, reader.visible)).map((s) => [s.id, s]));
}

/** A source id as typed (`12`), or not_found naming it. */
function sourceIdOf(ref: number | string, sources: Map<number, SourceRecord>, label: string): number {
  const text = String(ref).trim();
  if (!/^\d+$/.test(text))
    throw invalidInput(`${label} must be a source id (a positive integer), not "${text}"`);
  const id = check(recordIdSchema, text, label);
  if (!id.ok || !sources.has(id.value)) throw notFound('source', text);
  return id.value;
}

export interface MergeOutcome {
  /** The group's main source, graded, with every alias. */
  source: GradedSource;
}

/**
 * Merges a source (with any aliases it has) into another's group, as an analyst confirmed: the claims of
 * every spelling list together and the group's grade applies to all (the main source's grade, else the
 * merged source's). Each alias is logged (`source.merged`); unmergeSource takes one back.
 */
export async function mergeSources(
  repo: Repository,
  aliasRef: number | string,
  intoRef: number | string,
  actor: string,
  reader: Reader = EVERYONE,
): Promise<MergeOutcome> {
  const [sources, visible, groups] = await Promise.all([
    repo.listSources(),
    readableSources(repo, reader),
    sourceGroups(repo),
  ]);
  const byId = new Map(sources.map((s) => [s.id, s]));
  // A source the reader may not see is unknown to it, as in every read.
  const aliasId = sourceIdOf(aliasRef, visible ?? byId, 'SOURCE');
  const intoId = sourceIdOf(intoRef, visible ?? byId, 'INTO');
  const moving = membersOf(groups, aliasId);
  const target = membersOf(groups, intoId);
  const main = target[0]!;
  const [alias, into] = [byId.get(aliasId)!, byId.get(intoId)!];
  if (aliasId === intoId) throw invalidInput(`a source cannot be merged into itself (${aliasId})`);
  if (main === moving[0])
    throw invalidInput(`${aliasId} "${alias.name}" and ${intoId} "${into.name}" are already one source`);
  if (alias.kind !== into.kind)
    throw invalidInput(
      `${aliasId} "${alias.name}" is ${alias.kind === 'outlet' ? 'an outlet' : 'an attributed speaker'} and ${intoId} "${into.name}" is not: outlets and speakers stay apart`,
    );
  const grade = byId.get(main)!.reliability ?? byId.get(moving[0]!)!.reliability ?? null;
  const grades = new Map<number, Reliability | null>();
  if (grade) for (const id of [...target, ...moving]) grades.set(id, grade);
  await repo.mergeSources({ aliasIds: moving, canonicalId: main, grades, actor });
  return { source: (await sourceClaims(repo, main, { limit: 0, offset: 0 })).source };
}

/**
 * Takes one alias out of its group (the undo of a merge): it lists on its own again, with the grade it
 * had before it was merged. A main source with aliases is refused, naming them.
 */
export async function unmergeSource(
  repo: Repository,
  ref: number | string,
  actor: string,
  reader: Reader = EVERYONE,
): Promise<{ source: GradedSource; from: GradedSource }> {
  const [sources, visible, groups] = await Promise.all([
    repo.listSources(),
    readableSources(repo, reader),
    sourceGroups(repo),
  ]);
  const byId = new Map(sources.map((s) => [s.id, s]));
  const id = sourceIdOf(ref, visible ?? byId, 'SOURCE');
  const record = groups.records.find((r) => r.sourceId === id);
  if (!record) {
    const aliases = groups.aliasesOf.get(id);
    throw invalidInput(
      aliases?.length
        ? `${id} "${byId.get(id)!.name}" is its group's main source: unmerge its aliases (${aliases.join(', ')}) instead`
        : `${id} "${byId.get(id)!.name}" is not merged with any source`,
    );
  }
  await repo.unmergeSource({ sourceId: id, reliability: record.reliabilityBefore, actor });
  const [alone, from] = await Promise.all([
    sourceClaims(repo, id, { limit: 0, offset: 0 }),
    sourceClaims(repo, record.canonicalId, { limit: 0, offset: 0 }),
  ]);
  return { source: alone.source, from: from.source };
}
