// Ingesting from the browser with a report's details: typed in the details form, or a NAME.meta.json
// chosen with the report; details without their report are named, not stored.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveChromium, startWebApp, type WebHarness } from './harness.ts';

const REPORT = (n: number) =>
  `Officials in Dushanbe said ${n} Tajik children were brought home from the camps in north-east Syria.`;

describe.skipIf(!haveChromium)('ingest with details in Chromium', () => {
  let root: string;
  let web: WebHarness;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'tessera-ingest-web-'));
    const empty = join(root, 'empty');
    await mkdir(empty);
    web = await startWebApp([empty]);
  });

  afterAll(async () => {
    await web?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  const stored = async (name: string) =>
    (await web.repo.listDocuments({ limit: 100 })).find((d) => d.name === name);

  it('gives the details typed in the form to the files added next', async () => {
    const page = await web.open('/ingest');
    await page.getByText('Details for the files you add next').click();
    await page.getByLabel('Title').fill('Children flown home');
    await page.getByLabel('Published (2021-05-10)').fill('2021-05-10');
    await page
      .locator('#files')
      .setInputFiles([{ name: 'typed.txt', mimeType: 'text/plain', buffer: Buffer.from(REPORT(41)) }]);
    await page.waitForFunction(() =>
      /stored/.test(document.querySelector('.upload .what')?.textContent ?? ''),
    );
    expect(await stored('typed')).toMatchObject({ title: 'Children flown home', published: '2021-05-10' });
    expect(page.problems).toEqual([]);
    await page.close();
  });

  it('sends a NAME.meta.json chosen with its report, and names one chosen alone', async () => {
    const page = await web.open('/ingest');
    await page.locator('#files').setInputFiles([
      { name: 'sidecar.txt', mimeType: 'text/plain', buffer: Buffer.from(REPORT(52)) },
      {
        name: 'sidecar.meta.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify({ outlet: 'Asia Wire', published: '2022-01-20' })),
      },
      { name: 'lonely.meta.json', mimeType: 'application/json', buffer: Buffer.from('{"title": "x"}') },
    ]);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.upload .what')].some((e) => /stored/.test(e.textContent ?? '')),
    );
    expect(await stored('sidecar')).toMatchObject({ outlet: 'Asia Wire', published: '2022-01-20' });
    const rows = await page.locator('.upload').allTextContents();
    expect(rows.some((r) => /lonely\.meta\.json.*without their report/.test(r))).toBe(true);
    expect(rows.some((r) => /sidecar\.meta\.json/.test(r) && /stored/.test(r))).toBe(false);
    expect(page.problems).toEqual([]);
    await page.close();
  });
});
