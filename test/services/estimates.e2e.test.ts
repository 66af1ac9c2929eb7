// Estimates end to end on reports written for this test (four outlets, three languages): ingest,
// link, then `tessera estimates --format json` must list exactly the real conflicts and reconcile on
// the agreeing facts, leaving out the part ("including 40 orphans").
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeEstimateReports } from '../fixtures/estimate-reports.ts';
import { runCli } from './cli-helpers.ts';

interface EstimatesJson {
  points: {
    claimId: string;
    documentName: string;
    value: { min: number };
    scope: string;
    partOf: string | null;
    factId: string | null;
  }[];
  conflicts: { claimIds: [string, string] }[];
  wider: { region: string; points: { documentName: string }[] }[];
  reconciled: {
    supported: { min: number; max: number };
    restsOn: string[];
    dissent: string[];
    excluded: { claimId: string; why: string }[];
  };
}

describe('estimates on reports from several outlets and languages', () => {
  let root: string;
  let result: EstimatesJson;
  const nameOf = (id: string) => result.points.find((p) => p.claimId === id)!.documentName;
  const valueOf = (id: string) => result.points.find((p) => p.claimId === id)!.value.min;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'tessera-estimates-'));
    const input = await writeEstimateReports(root);
    const data = join(root, 'data');
    const ingested = await runCli(['ingest', input], data);
    expect(ingested.code, ingested.stderr).toBe(0);
    const asked = await runCli(
      [
        'estimates',
        '--population',
        'children',
        '--origin',
        'KZ',
        '--status',
        'present',
        '--at',
        '2019-05',
        '--format',
        'json',
      ],
      data,
    );
    expect(asked.code, asked.stderr).toBe(0);
    result = JSON.parse(asked.stdout) as EstimatesJson;
  }, 300_000);
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('lists every estimate with its scope, the count it is part of and its fact', () => {
    const orphans = result.points.find((p) => p.value.min === 40 && p.documentName === 'steppe-daily')!;
    const whole = result.points.find((p) => p.value.min === 150 && p.documentName === 'steppe-daily')!;
    expect(orphans.partOf).toBe(whole.claimId);
    const russian = result.points.find((p) => p.documentName === 'vestnik')!;
    expect(russian.factId).not.toBeNull();
    expect(russian.factId).toBe(whole.factId);
    expect(result.points.map((p) => p.scope)).toContain('stock');
  });

  it('lists exactly the real conflicts: 600 against each report of 150, not the part, not 2016', () => {
    const pairs = result.conflicts.map((c) => c.claimIds.map((id) => `${nameOf(id)}:${valueOf(id)}`).sort());
    expect(pairs.sort()).toEqual([
      ['la-gazette:600', 'steppe-daily:150'],
      ['la-gazette:600', 'vestnik:150'],
    ]);
  });

  it('shows the Central Asia figure as a wider group, never in the range', () => {
    expect(result.wider.map((w) => [w.region, w.points.map((p) => p.documentName)])).toEqual([
      ['region:central-asia', ['aid-bulletin']],
    ]);
    expect(result.points.map((p) => p.documentName)).not.toContain('aid-bulletin');
  });

  it('reconciles on the fact two outlets agree on, names the dissent and leaves the part out', () => {
    expect(result.reconciled.supported).toEqual({ min: 150, max: 150 });
    expect(result.reconciled.restsOn.map(nameOf).sort()).toEqual(['steppe-daily', 'vestnik']);
    expect(result.reconciled.dissent.map(nameOf)).toEqual(['la-gazette']);
    expect(result.reconciled.excluded.map((e) => e.why)).toEqual([
      'steppe-daily: part of another count of the same report',
    ]);
  });
});
