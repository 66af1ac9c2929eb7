// The reader in Chromium: a Markdown report is shown with its structure (headings, lists, emphasis)
// and its counts highlighted inside it; what the report holds as HTML shows as text, never as markup.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveChromium, startWebApp, type WebHarness } from './harness.ts';

const MARKDOWN = [
  '# Returns from the camps',
  '',
  'The ministry gave its figures on **Monday**. The report lists:',
  '',
  '- a first flight with 64 women from Syria;',
  '- a second flight with 29 children, among them orphans.',
  '',
  '> Officials said <script>window.injected = true</script> more would follow.',
  '',
  'See [the statement](https://example.org/statement) and <b>the annex</b>.',
].join('\n');

describe.skipIf(!haveChromium)('reader in Chromium', () => {
  let root: string;
  let web: WebHarness;
  let id: number;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'tessera-reader-web-'));
    const reports = join(root, 'reports');
    await mkdir(reports);
    await writeFile(join(reports, 'returns.md'), MARKDOWN);
    await writeFile(
      join(reports, 'returns.meta.json'),
      JSON.stringify({ lang: 'en', published: '2020-03-02' }),
    );
    web = await startWebApp([reports]);
    id = (await web.repo.listDocuments({ limit: 1 }))[0]!.id;
  });

  afterAll(async () => {
    await web?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('renders a Markdown report as headings, lists and emphasis, its counts highlighted', async () => {
    const page = await web.open(`/reader/${id}`);
    await page.waitForSelector('[data-testid="doc-text"] mark');
    const body = page.locator('[data-testid="doc-text"]');
    expect(await body.locator('h2').textContent()).toBe('Returns from the camps');
    expect(await body.locator('li').count()).toBe(2);
    expect(await body.locator('strong').textContent()).toBe('Monday');
    expect(await body.locator('blockquote').count()).toBe(1);
    // The counts sit in the list items, highlighted.
    expect(await body.locator('li mark').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('64'), expect.stringContaining('29')]),
    );
    // No Markdown syntax is left in the text.
    expect(await body.textContent()).not.toMatch(/^#|\*\*|\]\(/m);
    expect(page.problems).toEqual([]);
    await page.close();
  });

  it('shows the report’s HTML as text and runs none of it', async () => {
    const page = await web.open(`/reader/${id}`);
    await page.waitForSelector('[data-testid="doc-text"] mark');
    const body = page.locator('[data-testid="doc-text"]');
    expect(await body.locator('script, b, a').count()).toBe(0);
    expect(await body.textContent()).toContain('<script>window.injected = true</script>');
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    expect(await body.locator('.md-link').getAttribute('title')).toBe('https://example.org/statement');
    await page.close();
  });

  it('scrolls to a count from its item beside the text', async () => {
    const page = await web.open(`/reader/${id}`);
    await page.waitForSelector('[data-testid="doc-text"] mark');
    await page.getByRole('button', { name: 'Show in text' }).first().click();
    const focused = await page.evaluate(() => document.activeElement?.tagName);
    expect(focused).toBe('MARK');
    await page.close();
  });

  it('corrects the report’s details, showing a refused value in plain words', async () => {
    const page = await web.open(`/reader/${id}`);
    await page.waitForSelector('[data-testid="doc-text"] mark');
    await page.getByRole('button', { name: 'Correct details' }).click();
    const form = page.getByRole('form', { name: 'Correct the report’s details' });
    await form.getByLabel('Published').fill('last spring');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/published .*real date/);
    await form.getByLabel('Published').fill('2020-03-05');
    await form.getByLabel('Title').fill('Returns in March');
    await form.getByLabel('Outlet').fill('Camp Monitor');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.waitForSelector('[role="status"]');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Returns in March');
    expect(await page.locator('main, body').first().textContent()).toMatch(/Published 2020-03-05/);
    expect(await page.locator('main, body').first().textContent()).toMatch(/Camp Monitor/);
    const [change] = (await web.repo.listChanges({ entity: 'document', entityId: id })).filter(
      (c) => c.action === 'document.corrected',
    );
    expect(change?.details).toMatchObject({ from: { published: '2020-03-02', title: null } });
    // The refused save is logged by the browser as a 400; nothing else went wrong.
    expect(page.problems.filter((p) => !/status of 400/.test(p))).toEqual([]);
    await page.close();
  });

  it('renders at desktop and phone width', async () => {
    await web.shoot('reader-markdown', `/reader/${id}`, '[data-testid="doc-text"] mark');
  });
});
