// `tessera review` as a user types it: the queue with filters and conflicts first, a claim's place n of N,
// a report confirmed at once and the batch undone, a claim's history and undo of an earlier change,
// and bad input refused with exit 2 naming the option.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeEstimateReports } from '../fixtures/estimate-reports.ts';
import { runCli } from '../services/cli-helpers.ts';

let root: string;
let data: string;
const tessera = (args: string[]) => runCli(args, data);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tessera-review-cli-'));
  data = join(root, 'data');
  expect((await tessera(['ingest', await writeEstimateReports(root)])).code).toBe(0);
}, 120_000);
afterAll(async () => rm(root, { recursive: true, force: true }));

describe('tessera review', () => {
  it('lists the queue, conflicts first, and says where a claim stands', async () => {
    const json = await tessera(['review', 'queue', '--conflicts', 'first', '--format', 'json']);
    expect(json.code).toBe(0);
    const page = JSON.parse(json.stdout) as {
      total: number;
      conflicting: number;
      items: { id: number; claim: { quote: string } }[];
    };
    expect(page.conflicting).toBeGreaterThanOrEqual(2);
    expect(
      page.items
        .slice(0, page.conflicting)
        .map((c) => c.claim.quote)
        .join(' '),
    ).toContain('600 enfants');
    const table = await tessera(['review', 'queue', '--lang', 'fr']);
    expect(table.stdout).toMatch(/^1 claim\(s\) in the queue/);
    expect(table.stdout).toContain('1/1');
    const second = page.items[1]!.id;
    const place = await tessera(['review', 'next', '--conflicts', 'first', '--claim', String(second)]);
    expect(place.stdout).toMatch(new RegExp(`^2 of ${page.total}`));
  }, 240_000);

  it('confirms a report at once, undoes the batch, shows history and undoes an earlier change', async () => {
    const confirmed = await tessera(['review', 'confirm-report', '1']);
    expect(confirmed.code).toBe(0);
    const batch = /\(batch ([0-9a-f-]+)\)/.exec(confirmed.stdout)![1]!;
    const undone = await tessera(['review', 'undo-batch', '1', batch]);
    expect(undone.stdout).toMatch(/confirmation\(s\) undone/);
    const history = await tessera(['review', 'history', '1']);
    expect(history.stdout).toContain('review: unreviewed → confirmed');
    expect(history.stdout).toMatch(/undone by \d+/);
    const refused = await tessera(['review', 'undo', '1', '--change', '1']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/change not found: 1 of this claim/);
  }, 240_000);

  it('refuses bad input with exit 2 naming it', async () => {
    for (const [args, words] of [
      [['review', 'queue', '--origin', 'Narnia'], /--origin/],
      [['review', 'queue', '--conflicts', 'last'], /--conflicts/],
      [['review', 'undo', 'abc'], /CLAIM/],
    ] as const) {
      const res = await tessera([...args]);
      expect(res.code, args.join(' ')).toBe(2);
      expect(res.stderr).toMatch(words);
    }
  }, 240_000);
});
