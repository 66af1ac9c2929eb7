// Ingesting from the browser with a report's details: typed in the details form, or a NAME.meta.json
// chosen with the report; details without their report are named, not stored. The same form gives URLs
// fetched next their details (from a local server here), and bad details are refused in plain words.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveChromium, SHOTS, startWebApp, WIDTHS, type WebHarness } from './harness.ts';

const REPORT = (n: number) =>
  `Officials in Dushanbe said ${n} Tajik children were brought home from the camps in north-east Syria.`;

describe.skipIf(!haveChromium)('ingest with details in Chromium', () => {
  let root: string;
  let web: WebHarness;
  let server: Server;
  let pages: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'tessera-ingest-web-'));
    const empty = join(root, 'empty');
    await mkdir(empty);
    web = await startWebApp([empty], { allowPrivate: true });
    // Each path its own page, titled by itself.
    let n = 60;
    server = createServer((req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          `<html><head><title>Own title ${req.url}</title></head><body><p>${REPORT(n++)}</p></body></html>`,
        ),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    pages = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await web?.close();
    if (server) await new Promise((resolve) => server.close(resolve));
    if (root) await rm(root, { recursive: true, force: true });
  });

  const stored = async (name: string) =>
    (await web.repo.listDocuments({ limit: 100 })).find((d) => d.name === name);

  it('gives the details typed in the form to the files added next', async () => {
    const page = await web.open('/ingest');
    await page.getByText('Details for the files and URLs you add next').click();
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

  for (const size of Object.keys(WIDTHS) as (keyof typeof WIDTHS)[])
    it(`gives the details typed in the form to the URLs fetched next (${size})`, async () => {
      const url = `${pages}/report-${size}`;
      const page = await web.open('/ingest', size);
      await page.getByText('Details for the files and URLs you add next').click();
      await page.getByLabel('Outlet').fill('Asia Wire');
      await page.getByLabel('Published (2021-05-10)').fill('2020-11-05');
      await page.getByLabel('Language (ar, en, fr, ru)').fill('en');
      await page.getByLabel('Or paste URLs, one per line').fill(url);
      await page.getByRole('button', { name: 'Fetch URLs' }).click();
      await page.waitForFunction(() =>
        /stored/.test(document.querySelector('.upload .what')?.textContent ?? ''),
      );
      await page.screenshot({ path: join(SHOTS, `ingest-url-details-${size}.png`), fullPage: true });
      const ingestWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(ingestWidth, `ingest at ${size} scrolls sideways`).toBeLessThanOrEqual(WIDTHS[size].width + 1);
      // The page's own title is kept where none was typed.
      expect(await stored(url)).toMatchObject({
        outlet: 'Asia Wire',
        published: '2020-11-05',
        lang: 'en',
        title: `Own title /report-${size}`,
      });
      await page.locator('.upload').getByRole('link', { name: 'open' }).click();
      await page.getByText('Asia Wire').waitFor();
      expect(await page.locator('main').textContent()).toContain('2020-11-05');
      await page.screenshot({ path: join(SHOTS, `ingest-url-details-report-${size}.png`) });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(WIDTHS[size].width + 1);
      expect(page.problems).toEqual([]);
      await page.close();
    });

  it('refuses a bad date or language in plain words, fetching nothing', async () => {
    const url = `${pages}/refused`;
    const page = await web.open('/ingest');
    await page.getByText('Details for the files and URLs you add next').click();
    await page.getByLabel('Published (2021-05-10)').fill('2021-13-40');
    await page.getByLabel('Or paste URLs, one per line').fill(url);
    await page.getByRole('button', { name: 'Fetch URLs' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/"2021-13-40" is not a real date/);
    await page.getByLabel('Published (2021-05-10)').fill('2021-05-10');
    await page.getByLabel('Language (ar, en, fr, ru)').fill('English');
    await page.getByRole('button', { name: 'Fetch URLs' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/"English" is not a language code/);
    expect(await page.locator('.upload').count()).toBe(0);
    expect(await stored(url)).toBeUndefined();
    expect(page.problems).toEqual([]);
    await page.close();
  });
});
