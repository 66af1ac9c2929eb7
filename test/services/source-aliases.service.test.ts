// Source aliases as services over one store: suggestions from names across scripts and shared facts,
// a merge listing a group's claims together under one grade, and an unmerge giving the alias back.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gradeSource } from '../../src/services/grades.service.ts';
import { ingest } from '../../src/services/ingest.service.ts';
import {
  aliasSuggestions,
  mergeSources,
  sourceClaims,
  sourcesByKind,
  unmergeSource,
} from '../../src/services/sources.service.ts';
import { linker } from '../../src/services/link.service.ts';
import { openRepository } from '../../src/storage/drivers/pglite.ts';
import type { Repository, SourceRecord } from '../../src/storage/repository.ts';
import { writeAliasReports } from '../fixtures/source-aliases.ts';

describe('source aliases', () => {
  let dir: string;
  let repo: Repository;
  const id: Record<string, number> = {};

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tessera-aliases-'));
    const inputs = await writeAliasReports(dir);
    repo = await openRepository('memory://', linker);
    const summary = await ingest(
      repo,
      inputs,
      { actor: 'tester', maxBytes: 1_000_000, fetchTimeoutMs: 1_000, allowPrivate: false },
      () => {},
    );
    expect(summary).toMatchObject({ stored: 3, failed: 0 });
    const named = (s: SourceRecord) => s.name;
    for (const s of await repo.listSources()) id[named(s)] = s.id;
  });
  afterAll(async () => {
    await repo?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('suggests the president in three scripts and the agency in two, each with its reasons', async () => {
    const items = await aliasSuggestions(repo);
    const pair = (a: string, b: string) =>
      items.find((s) => (s.a.name === a && s.b.name === b) || (s.a.name === b && s.b.name === a));
    expect(pair('Токаева', 'توكاييف')?.reasons.map((r) => r.code)).toContain('across-scripts');
    expect(pair('President Tokayev', 'Токаева')?.reasons).toContainEqual({ code: 'surname', detail: 'tkf' });
    expect(pair('President Tokayev', 'توكاييف')?.reasons.map((r) => r.code)).toEqual(['surname']);
    const agency = pair('SANA (sana.sy)', 'САНА (SANA)');
    expect(agency?.kind).toBe('outlet');
    expect(agency?.reasons[0]).toEqual({ code: 'same-name', detail: 'sana' });
    // Never an outlet with a speaker.
    expect(items.every((s) => s.kind === 'outlet' || s.kind === 'attributed')).toBe(true);
    expect(pair('Kazinform', 'President Tokayev')).toBeUndefined();
  });

  it("merges: the group lists every spelling's claims, one grade for all, logged; then no longer suggested", async () => {
    await gradeSource(repo, String(id['President Tokayev']), 'B', 'analyst');
    const { source } = await mergeSources(repo, id['Токаева']!, id['President Tokayev']!, 'analyst');
    expect(source).toMatchObject({ name: 'President Tokayev', grade: 'B' });
    expect(source.aliases.map((a) => a.name)).toEqual(['Токаева']);
    await mergeSources(repo, id['توكاييف']!, id['Токаева']!, 'analyst'); // into an alias: its group
    const group = await sourceClaims(repo, id['توكاييف']!, { limit: 10, offset: 0 });
    expect(group.source.id).toBe(id['President Tokayev']);
    expect(group.total).toBe(3);
    expect(new Set(group.claims.map((c) => c.record.documentName))).toEqual(
      new Set(['en-tok', 'ru-tok', 'ar-tok']),
    );
    // The grade applies to every alias, as the store reads it.
    const graded = new Map((await repo.listSources('attributed')).map((s) => [s.id, s.reliability]));
    expect([graded.get(id['Токаева']!), graded.get(id['توكاييف']!)]).toEqual(['B', 'B']);
    // Listed once, under its main source; a name filter finds it by any spelling.
    const listed = await sourcesByKind(repo, { words: 'токаева' });
    expect(listed.attributed.map((s) => s.name)).toEqual(['President Tokayev']);
    const pairs = (await aliasSuggestions(repo, { kind: 'attributed' })).map((s) => [s.a.id, s.b.id]);
    expect(pairs.flat().filter((x) => x === id['توكاييف'])).toEqual([]);
    // A new grade of any spelling grades the group.
    await gradeSource(repo, String(id['توكاييف']), 'C', 'analyst');
    expect((await repo.listSources('attributed')).filter((s) => s.reliability === 'C')).toHaveLength(3);
    const log = await repo.listChanges({ entity: 'source', entityId: id['توكاييف'] });
    expect(log.map((c) => c.action)).toEqual(['source.merged', 'source.graded']);
    expect(log[0]!.details).toMatchObject({
      into: id['President Tokayev'],
      reliability: { from: null, to: 'B' },
    });
  });

  it('unmerges an alias with the grade it had before; the main source and bad requests are refused by name', async () => {
    const r = await unmergeSource(repo, id['توكاييف']!, 'analyst');
    expect(r.source).toMatchObject({ name: 'توكاييف', reliability: null, aliases: [] });
    expect(r.from.aliases.map((a) => a.name)).toEqual(['Токаева']);
    expect((await sourceClaims(repo, id['President Tokayev']!, { limit: 10, offset: 0 })).total).toBe(2);
    const log = await repo.listChanges({ entity: 'source', entityId: id['توكاييف'] });
    expect(log.at(-1)).toMatchObject({
      action: 'source.unmerged',
      details: { from: id['President Tokayev'] },
    });

    await expect(unmergeSource(repo, id['President Tokayev']!, 'a')).rejects.toThrow(/main source/);
    await expect(unmergeSource(repo, id['Kazinform']!, 'a')).rejects.toThrow(/not merged/);
    await expect(mergeSources(repo, id['Kazinform']!, id['President Tokayev']!, 'a')).rejects.toThrow(
      /an outlet .* speakers stay apart/,
    );
    await expect(mergeSources(repo, id['Токаева']!, id['President Tokayev']!, 'a')).rejects.toThrow(
      /already one source/,
    );
    await expect(mergeSources(repo, 99999, id['Kazinform']!, 'a')).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(mergeSources(repo, 'x', id['Kazinform']!, 'a')).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });
});
