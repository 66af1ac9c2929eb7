// `tessera ingest` end to end, in child processes on one data folder: bad files, idempotence, URLs, listings.
import { createServer, type Server } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';
import { openRepository } from '../../src/storage/drivers/pglite.ts';
import type { Repository } from '../../src/storage/repository.ts';
import { makePdf } from '../ingest/pdf-fixture.ts';
import { runCli } from './cli-helpers.ts';
import { linker } from '../../src/services/link.service.ts';

const GOOD: Record<string, { text: string; lang: string; published: string }> = {
  'en-kyrgyz-minors': {
    text: 'About 140 minors from Kyrgyzstan were sent to training camps in Iraq and Syria, private sources said.',
    lang: 'en',
    published: '2015-03-02',
  },
  'ru-repatriation': {
    text: 'Казахстан вернул из Сирии 231 гражданина, в том числе 156 детей и 18 сирот, заявил президент.',
    lang: 'ru',
    published: '2019-01-10',
  },
  'ar-camps': {
    text: 'ذكرت مصادر مطلعة أن قرابة 140 قاصراً من قيرغيزستان أرسلوا إلى معسكرات للتدريب في سورية والعراق.',
    lang: 'ar',
    published: '2015-03-04',
  },
};

/** Claims the engine finds in a stored text, as the store should hold them. */
const expectedClaims = (text: string, lang: string, published: string) =>
  extract(text, { lang, published }).claims;

describe('tessera ingest (CLI)', () => {
  let root: string;
  let reports: string;
  let data: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'tessera-ingest-'));
    reports = join(root, 'reports');
    data = join(root, 'data');
    await mkdir(join(reports, 'nested'), { recursive: true });
    for (const [name, r] of Object.entries(GOOD)) {
      await writeFile(join(reports, `${name}.txt`), r.text);
      await writeFile(
        join(reports, `${name}.meta.json`),
        JSON.stringify({ lang: r.lang, published: r.published, outlet: 'Test Wire', title: name }),
      );
    }
    await writeFile(
      join(reports, 'nested', 'fr-report.md'),
      '# Rapatriement\n\nLa France a rapatrié 35 enfants de Syrie, selon le ministère.\n',
    );
    await writeFile(
      join(reports, 'nested', 'en-pdf-report.pdf'),
      makePdf(['Some 300 Kazakhs fight for IS.']),
    );
    // The bad ones: each must be reported by name and fail the run, without touching the rest.
    await writeFile(
      join(reports, 'corrupt.pdf'),
      '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> trailer garbage',
    );
    await writeFile(
      join(reports, 'binary.txt'),
      Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x7f, 0x10, 0x00]),
    );
    await writeFile(join(reports, 'empty.txt'), '');
    // Kinds Tessera does not read: listed as skipped, not failures.
    await writeFile(join(reports, 'notes.json'), '{"a": 1}');
    await writeFile(
      join(reports, 'photo.png'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );

    server = createServer((req, res) => {
      if (req.url === '/article.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        const para = 'Uzbekistan brought back 98 women and children from Syria during the Mehr operation. ';
        res.end(
          `<html><head><title>Mehr</title></head><body><nav>Menu</nav><article><p>${para.repeat(3)}</p></article></body></html>`,
        );
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((r) => server?.close(r));
    await rm(root, { recursive: true, force: true });
  });

  /** Opens the data folder between CLI runs (the lock file keeps the two from overlapping). */
  async function withRepo<T>(fn: (repo: Repository) => Promise<T>): Promise<T> {
    const repo = await openRepository(data, linker);
    try {
      return await fn(repo);
    } finally {
      await repo.close();
    }
  }

  it('stores the good reports with their claims, reports the bad ones by name and exits non-zero', async () => {
    const run = await runCli(['ingest', reports], data);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/corrupt\.pdf: .*PDF/);
    expect(run.stderr).toMatch(/binary\.txt: a binary file/);
    expect(run.stderr).toMatch(/empty\.txt: an empty file/);
    expect(run.stdout).toMatch(/skipped .*notes\.json/);
    expect(run.stdout).toMatch(/skipped .*photo\.png/);
    expect(run.stdout).toMatch(/5 stored, 0 already stored, 2 skipped, 3 failed/);

    await withRepo(async (repo) => {
      const docs = await repo.listDocuments({ limit: 100 });
      expect(docs.map((d) => d.name).sort()).toEqual(
        ['ar-camps', 'en-kyrgyz-minors', 'en-pdf-report', 'fr-report', 'ru-repatriation'].sort(),
      );
      for (const d of docs) {
        const doc = (await repo.getDocument(d.id))!;
        expect(doc.collectedBy).toBe('test-runner');
        const good = GOOD[d.name];
        if (!good) continue;
        expect(doc).toMatchObject({
          text: good.text,
          lang: good.lang,
          published: good.published,
          outlet: 'Test Wire',
        });
        const stored = (await repo.listClaims({ documentId: d.id })).map((c) => c.claim);
        expect(stored).toEqual(expectedClaims(good.text, good.lang, good.published));
        for (const c of stored) expect(doc.text.slice(c.span.start, c.span.end)).toBe(c.quote);
      }
      const pdf = docs.find((d) => d.name === 'en-pdf-report')!;
      expect(pdf.mediaType).toBe('application/pdf');
      expect(new TextDecoder().decode((await repo.getDocumentBytes(pdf.id))!)).toMatch(/^%PDF-1\.4/);
      const stats = await repo.stats();
      expect(stats).toMatchObject({ documents: 5, blobs: 5 });
      const changes = await repo.listChanges({ limit: 100 });
      expect(changes.filter((c) => c.action === 'document.stored')).toHaveLength(5);
    });
  });

  it('says "already stored" on a second run and stores nothing twice', async () => {
    const run = await runCli(
      ['ingest', '--json', join(reports, 'en-kyrgyz-minors.txt'), join(reports, 'nested')],
      data,
    );
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { event: string; document?: { name: string } });
    expect(
      lines
        .filter((l) => l.event === 'already_stored')
        .map((l) => l.document!.name)
        .sort(),
    ).toEqual(['en-kyrgyz-minors', 'en-pdf-report', 'fr-report']);
    expect(lines.at(-1)).toMatchObject({ event: 'summary', stored: 0, alreadyStored: 3, failed: 0 });
    await withRepo(async (repo) => expect((await repo.stats()).documents).toBe(5));
  });

  it('fetches URLs from a local server only with --allow-private, keeping the URL as the name', async () => {
    const refused = await runCli(['ingest', `${base}/article.html`], data);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/article\.html: .*(private|loopback)/);

    const missing = await runCli(['ingest', '--allow-private', `${base}/missing.html`], data);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/HTTP 404/);

    const ok = await runCli(['ingest', '--allow-private', `${base}/article.html`], data);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(new RegExp(`stored #\\d+ ${base.replace(/[.]/g, '\\.')}/article\\.html`));
    await withRepo(async (repo) => {
      const docs = await repo.listDocuments({ limit: 100 });
      const page = docs.find((d) => d.name === `${base}/article.html`)!;
      expect(page).toMatchObject({
        collectedHow: 'url',
        url: `${base}/article.html`,
        mediaType: 'text/html',
        title: 'Mehr',
      });
      const doc = (await repo.getDocument(page.id))!;
      expect(doc.text).toContain('98 women and children');
      expect(doc.text).not.toContain('Menu');
    });
  });

  it('lists search hits and claims with the name each document came with beside its id', async () => {
    const found = await runCli(['search', 'Kyrgyzstan', '--format', 'json'], data);
    expect(found.code).toBe(0);
    const { items: hits, total } = JSON.parse(found.stdout) as {
      items: { document: { id: number; name: string } }[];
      total: number;
    };
    expect(total).toBe(hits.length);
    expect(hits.map((h) => h.document.name)).toEqual(
      expect.arrayContaining(['en-kyrgyz-minors', 'ar-camps']),
    );

    const table = await runCli(['search', 'قرغيزستان'], data);
    expect(table.stdout).toMatch(/#\d+ ar-camps/);

    const csv = await runCli(['claims', '--format', 'csv', '--since', '2015'], data);
    expect(csv.code).toBe(0);
    const [header, hxl] = csv.stdout.split('\n');
    expect(header).toMatch(/^claim,document,document_name,value_min/);
    expect(hxl).toMatch(/^#meta\+id,/);

    const bad = await runCli(['claims', '--population', 'kittens'], data);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--population must be one of/);
  });
});
