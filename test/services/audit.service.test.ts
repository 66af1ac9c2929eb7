// The audit export: the change log with the account of every write, as CSV (parsed back with csv-parse)
// and JSON, from a date on.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createToken } from '../../src/services/accounts.service.ts';
import { auditExport, parseSince } from '../../src/services/audit.service.ts';
import { addWatch, removeWatch } from '../../src/services/watch.service.ts';
import { openRepository } from '../../src/storage/drivers/pglite.ts';
import type { Repository } from '../../src/storage/repository.ts';
import { linker } from '../../src/services/link.service.ts';

let repo: Repository;

const text = async (pieces: AsyncIterable<string>) => {
  let all = '';
  for await (const piece of pieces) all += piece;
  return all;
};

beforeAll(async () => {
  repo = await openRepository('memory://', linker);
  await addUser(repo, { name: 'ines', role: 'admin', password: 'ines password' }, 'root');
  await createToken(repo, 'ines', 'ines');
  await addWatch(repo, { url: 'https://news.example/feed' }, { actor: 'ines' });
  await removeWatch(repo, 'https://news.example/feed', 'ines');
});
afterAll(async () => repo?.close());

describe('audit export', () => {
  it('writes every change with its account as CSV, quoting the details', async () => {
    const rows = parse<Record<string, string>>(await text(auditExport(repo, 'csv')), { columns: true });
    expect(rows.map((r) => [r.actor, r.action, r.entity])).toEqual([
      ['root', 'user.added', 'user'],
      ['ines', 'token.created', 'token'],
      ['ines', 'watch.saved', 'watch'],
      ['ines', 'watch.removed', 'watch'],
    ]);
    expect(JSON.parse(rows[0]!.details!)).toEqual({ name: 'ines', role: 'admin' });
    expect(rows.every((r) => !Number.isNaN(Date.parse(r.at!)))).toBe(true);
  });

  it('writes the same as a JSON array, and only changes from the date asked', async () => {
    const all = JSON.parse(await text(auditExport(repo, 'json'))) as { id: number; actor: string }[];
    expect(all).toHaveLength(4);
    expect(all.map((c) => c.id)).toEqual([...all.map((c) => c.id)].sort((a, b) => a - b));
    const later = JSON.parse(
      await text(auditExport(repo, 'json', new Date(Date.now() + 60_000))),
    ) as unknown[];
    expect(later).toEqual([]);
    const since = JSON.parse(await text(auditExport(repo, 'json', parseSince('2020-01')))) as unknown[];
    expect(since).toHaveLength(4);
  });

  it('reads --since as a date or a time, and names a bad one', () => {
    expect(parseSince('2024-05').toISOString()).toBe('2024-05-01T00:00:00.000Z');
    expect(parseSince('2024-05-01T12:30:00+02:00').toISOString()).toBe('2024-05-01T10:30:00.000Z');
    expect(() => parseSince('yesterday')).toThrow(/--since must be a date/);
    expect(() => parseSince('2024-02-30')).toThrow(/"2024-02-30"/);
  });
});
