// The review queue's "conflicts first" for a reader of some collections: a claim is in conflict only
// with estimates that reader may read, so a badge never hints at a restricted report's figure.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCollection } from '../../src/services/collections.service.ts';
import { ingest } from '../../src/services/ingest.service.ts';
import { linker } from '../../src/services/link.service.ts';
import { conflictingClaims } from '../../src/services/review-queue.service.ts';
import { openRepository } from '../../src/storage/drivers/pglite.ts';
import type { Repository } from '../../src/storage/repository.ts';
import { writeEstimateReports } from '../fixtures/estimate-reports.ts';

describe('conflicting claims by the collections read', () => {
  let dir: string;
  let repo: Repository;
  let general: number;
  let gazette: number;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tessera-review-conflicts-'));
    const reports = await writeEstimateReports(dir);
    repo = await openRepository('memory://', linker);
    const casework = await addCollection(repo, { name: 'casework', restricted: true }, 'root');
    general = (await repo.listCollections()).find((c) => c.name === 'general')!.id;
    const options = { actor: 'tester', maxBytes: 1_000_000, fetchTimeoutMs: 1_000, allowPrivate: false };
    // The French figure, four times the others, is the one real conflict: it goes into the restricted collection.
    const others = ['steppe-daily', 'vestnik', 'aid-bulletin', 'old-report'].map((id) =>
      join(reports, `${id}.txt`),
    );
    await ingest(repo, others, options, () => {});
    await ingest(
      repo,
      [join(reports, 'la-gazette.txt')],
      { ...options, collectionId: casework.id },
      () => {},
    );
    gazette = (await repo.listDocuments()).find((d) => d.name === 'la-gazette')!.id;
  }, 120_000);
  afterAll(async () => {
    await repo?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('finds the conflict for a reader of everything, and none for a reader of the open collection', async () => {
    const everything = await conflictingClaims(repo);
    const gazetteClaims = (await repo.listClaims({ documentId: gazette })).map((c) => c.id);
    expect(gazetteClaims.some((id) => everything.has(id))).toBe(true);
    // The claims the French figure conflicts with are readable; the conflict is not, for this reader.
    expect(everything.size).toBeGreaterThan(1);
    expect([...(await conflictingClaims(repo, [general]))]).toEqual([]);
    // Asked again for everything, the answer kept for the other reader does not leak into it.
    expect(await conflictingClaims(repo)).toEqual(everything);
  });
});
