// A report stored without a publication date takes the one its dateline gives; a sidecar's date wins.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest, type IngestEvent } from '../../src/services/ingest.service.ts';
import { openRepository } from '../../src/storage/drivers/pglite.ts';
import type { Repository } from '../../src/storage/repository.ts';
import { linker } from '../../src/services/link.service.ts';

describe('datelines date reports', { timeout: 300_000 }, () => {
  let dir: string;
  let repo: Repository;
  const stored = new Map<string, number>();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tessera-dateline-'));
    const reports = join(dir, 'reports');
    await mkdir(reports);
    await writeFile(
      join(reports, 'bishkek.txt'),
      'BISHKEK, 4 April 2021 — Kyrgyzstan flew 79 children home from Iraq. An earlier flight brought 25 women home on Saturday. The children will stay in a rehabilitation centre near the capital for several weeks before they join their relatives.',
    );
    await writeFile(
      join(reports, 'dated.txt'),
      'BISHKEK, 4 April 2021 — A second flight brought 30 women home from Iraq. The women will be questioned by the security services before they are allowed to go back to their families.',
    );
    await writeFile(join(reports, 'dated.meta.json'), JSON.stringify({ published: '2021-04-06' }));
    await writeFile(
      join(reports, 'plain.txt'),
      'Some 40 children remain in the camps of north-east Syria, aid workers said. Their families have asked the government to bring them home before the winter.',
    );
    repo = await openRepository('memory://', linker);
    await ingest(
      repo,
      [reports],
      { actor: 'tester', maxBytes: 1e6, fetchTimeoutMs: 1000, allowPrivate: false },
      (e: IngestEvent) => {
        if (e.type === 'stored') stored.set(e.document.name, e.document.id);
      },
    );
  });
  afterAll(async () => {
    await repo.close();
    await rm(dir, { recursive: true, force: true });
  });

  const published = async (name: string) => (await repo.getDocument(stored.get(name)!))!.published;

  it('stores the dateline’s date as the publication date when none is given', async () => {
    expect(await published('bishkek')).toBe('2021-04-04');
  });

  it('keeps the sidecar’s date over the dateline', async () => {
    expect(await published('dated')).toBe('2021-04-06');
  });

  it('leaves a report without dateline undated', async () => {
    expect(await published('plain')).toBeNull();
  });

  it('anchors relative dates on the dateline', async () => {
    const claims = await repo.listClaims({ documentId: stored.get('bishkek')! });
    expect(claims.find((c) => c.claim.value.min === 25)!.claim.date).toBe('2021-04-03');
  });
});
