// kill -9 in the middle of an ingestion, then run it again: every report stored once, none missing or half-written.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/ingest/hash.ts';
import { extract } from '../../src/pipeline/extract.ts';
import { openRepository } from '../../src/storage/drivers/pglite.ts';
import { CLI, cliEnv, runCli } from './cli-helpers.ts';
import { linker } from '../../src/services/link.service.ts';

const COUNT = 150;
const report = (i: number) =>
  `Report ${i}. About ${100 + i} minors from Kyrgyzstan were sent to training camps in Syria, ` +
  `and ${20 + (i % 7)} women were detained on their return, officials said in ${2014 + (i % 8)}.`;

describe('interrupted ingestion', () => {
  let root: string;
  let reports: string;
  let data: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'tessera-kill-'));
    reports = join(root, 'reports');
    data = join(root, 'data');
    await mkdir(reports);
    for (let i = 0; i < COUNT; i++) {
      await writeFile(join(reports, `r${String(i).padStart(4, '0')}.txt`), report(i));
      await writeFile(
        join(reports, `r${String(i).padStart(4, '0')}.meta.json`),
        JSON.stringify({ lang: 'en' }),
      );
    }
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('leaves a consistent store that the next run completes: no duplicates, nothing missing', async () => {
    // Kill once some reports are stored and others are not.
    const child = spawn(process.execPath, [CLI, 'ingest', reports], { env: cliEnv(data) });
    let storedLines = 0;
    const killed = await new Promise<boolean>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        storedLines += (d.toString().match(/^stored /gm) ?? []).length;
        if (storedLines >= 20 && child.exitCode === null) child.kill('SIGKILL');
      });
      child.on('error', reject);
      child.on('close', (_code, signal) => resolve(signal === 'SIGKILL'));
    });
    expect(killed).toBe(true);
    expect(storedLines).toBeLessThan(COUNT);

    const rerun = await runCli(['ingest', reports], data);
    expect(rerun.code, rerun.stderr).toBe(0);
    const summary = /(\d+) stored, (\d+) already stored/.exec(rerun.stdout);
    expect(Number(summary![1]) + Number(summary![2])).toBe(COUNT);
    expect(Number(summary![2])).toBeGreaterThanOrEqual(storedLines);

    const repo = await openRepository(data, linker);
    try {
      const docs = await repo.listDocuments({ limit: COUNT * 2 });
      expect(docs).toHaveLength(COUNT);
      expect(new Set(docs.map((d) => d.sha256)).size).toBe(COUNT);
      const expectedHashes = Array.from({ length: COUNT }, (_, i) =>
        sha256Hex(new TextEncoder().encode(report(i))),
      );
      expect(new Set(docs.map((d) => d.sha256))).toEqual(new Set(expectedHashes));

      // Every document has exactly the claims the engine finds in it: none lost, none doubled.
      const claims = await repo.listClaims({ limit: 100_000 });
      const byDoc = new Map<number, number>();
      for (const c of claims) byDoc.set(c.documentId, (byDoc.get(c.documentId) ?? 0) + 1);
      for (const d of docs) {
        const i = Number(d.name.slice(1));
        expect(byDoc.get(d.id) ?? 0, d.name).toBe(
          extract(report(i), { lang: 'en', published: null }).claims.length,
        );
      }
      const stats = await repo.stats();
      expect(stats.blobs).toBe(COUNT);
      expect(
        (await repo.listChanges({ limit: 10_000 })).filter((c) => c.action === 'document.stored'),
      ).toHaveLength(COUNT);
    } finally {
      await repo.close();
    }
  });
});
