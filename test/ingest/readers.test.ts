import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFiles } from '../../src/ingest/files.ts';
import { sha256Hex } from '../../src/ingest/hash.ts';
import { kindOfMediaType, kindOfPath } from '../../src/ingest/kinds.ts';
import { readText } from '../../src/ingest/read.ts';
import { makePdf } from './pdf-fixture.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('readers', () => {
  it('reads the text layer of a PDF', async () => {
    const pdf = makePdf(['About 140 minors from Kyrgyzstan', 'were sent to camps in Syria.']);
    const read = await readText(pdf, 'pdf', 'report.pdf');
    expect(read.text).toContain('About 140 minors from Kyrgyzstan');
    expect(read.text).toContain('camps in Syria');
  });

  it('refuses a damaged PDF by name', async () => {
    const bad = utf8('%PDF-1.7\n1 0 obj << /Type /Catalog garbage');
    await expect(readText(bad, 'pdf', 'broken.pdf')).rejects.toMatchObject({ code: 'unreadable_input' });
    await expect(readText(utf8('hello'), 'pdf', 'fake.pdf')).rejects.toThrow(/fake\.pdf: not a PDF/);
  });

  it('takes the main text of an HTML page, not its navigation', async () => {
    const para =
      'Kazakhstan repatriated 231 citizens, including 156 children, from Syria in January. '.repeat(4);
    const html = `<html><head><title>Repatriation</title></head><body><nav>Home | World | Sport</nav>
      <article><h1>Repatriation</h1><p>${para}</p><p>${para}</p></article><footer>© Outlet</footer></body></html>`;
    const read = await readText(utf8(html), 'html', 'page.html');
    expect(read.title).toBe('Repatriation');
    expect(read.text).toContain('156 children');
    expect(read.text).not.toContain('Home | World');
  });

  it('detects the encoding of legacy text and refuses binaries and empty files', async () => {
    const cp1251 = iconv.encode(
      'Около 140 несовершеннолетних из Кыргызстана были отправлены в лагеря в Сирии.',
      'win1251',
    );
    const read = await readText(new Uint8Array(cp1251), 'text', 'ru.txt');
    expect(read.text).toContain('несовершеннолетних');
    expect(read.encoding).not.toBe('utf-8');
    await expect(readText(new Uint8Array([0, 1, 2, 3, 0, 255]), 'text', 'x.txt')).rejects.toThrow(/binary/);
    await expect(readText(new Uint8Array(), 'text', 'empty.txt')).rejects.toThrow(/empty/);
    await expect(readText(utf8('  \n\t '), 'markdown', 'blank.md')).rejects.toThrow(/no text/);
  });

  it('hashes the bytes as collected', () => {
    expect(sha256Hex(utf8('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('knows its kinds by extension and media type', () => {
    expect(kindOfPath('a/report.TXT')).toBe('text');
    expect(kindOfPath('a/report.md')).toBe('markdown');
    expect(kindOfPath('a/report.htm')).toBe('html');
    expect(kindOfPath('a/report.pdf')).toBe('pdf');
    expect(kindOfPath('a/photo.png')).toBeNull();
    expect(kindOfPath('a/data.json')).toBeNull();
    expect(kindOfMediaType('text/html; charset=utf-8', 'http://x/')).toBe('html');
    expect(kindOfMediaType('application/octet-stream', 'http://x/r.pdf')).toBe('pdf');
    expect(kindOfMediaType('image/png', 'http://x/r.png')).toBeNull();
  });
});

describe('findFiles', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tessera-files-'));
    await mkdir(join(dir, 'sub', 'deeper'), { recursive: true });
    await writeFile(join(dir, 'b.txt'), 'b');
    await writeFile(join(dir, 'b.meta.json'), '{}');
    await writeFile(join(dir, 'a.json'), '{}');
    await writeFile(join(dir, 'sub', 'c.html'), '<p>c</p>');
    await writeFile(join(dir, 'sub', 'deeper', 'd.pdf'), '%PDF-');
    await writeFile(join(dir, 'sub', 'e.png'), 'png');
    await writeFile(join(dir, '.hidden.txt'), 'x');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('walks folders recursively in name order; sidecars are not listed; unknown kinds are skipped', async () => {
    const found = (await findFiles(dir)).map((f) => [f.type, f.path.slice(dir.length + 1)]);
    expect(found).toEqual([
      ['skipped', 'a.json'],
      ['file', 'b.txt'],
      ['file', 'sub/c.html'],
      ['file', 'sub/deeper/d.pdf'],
      ['skipped', 'sub/e.png'],
    ]);
  });

  it('reports a missing path as an error', async () => {
    const [f] = await findFiles(join(dir, 'nope'));
    expect(f!.type).toBe('error');
  });
});
