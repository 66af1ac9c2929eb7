// The web application in Debian's Chromium (playwright-core): the overview, an Arabic report's
// highlights, review after reload, cross-language search, ingestion; screenshots to screenshots/.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimRecord, Repository } from '../../src/storage/repository.ts';
import { haveChromium, ROOT, SHOTS, startWebApp, type WebHarness } from './harness.ts';

describe.skipIf(!haveChromium)('web application in Chromium', () => {
  let web: WebHarness;
  let repo: Repository;
  let base: string;

  beforeAll(async () => {
    web = await startWebApp([join(ROOT, 'samples')]);
    ({ repo, base } = web);
  });

  afterAll(async () => {
    await web?.close();
  });

  const open: WebHarness['open'] = (path, size) => web.open(path, size);
  const shoot: WebHarness['shoot'] = (name, path, ready) => web.shoot(name, path, ready);

  it('loads the overview with the map and timelines, without errors', async () => {
    const page = await open('/');
    await page.waitForSelector('.map-svg path.counted');
    expect(await page.locator('path.counted').count()).toBeGreaterThan(2);
    expect(await page.locator('.chart-svg .pt').count()).toBeGreaterThan(0);
    expect(page.problems).toEqual([]);
    await page.close();
    await shoot('overview', '/', '.map-svg path.counted');
  });

  it('highlights exactly the words of a claim in an Arabic report, right to left', async () => {
    const docs = await repo.listDocuments({ limit: 100 });
    const ar = docs.find((d) => d.lang === 'ar')!;
    const claim = (await repo.listClaims({ documentId: ar.id }))[0]!;
    const page = await open(`/reader/${ar.id}?claim=${claim.id}`);
    await page.waitForSelector(`[data-mark="c${claim.id}"]`);
    expect(await page.locator('[data-testid="doc-text"]').getAttribute('dir')).toBe('rtl');
    const covered = (await page.locator(`[data-mark="c${claim.id}"]`).allTextContents()).join('');
    expect(covered).toBe(claim.claim.quote);
    // The text before the highlight is exactly the document's text before the span.
    const before = await page.evaluate((id) => {
      const article = document.querySelector('[data-testid="doc-text"]')!;
      const mark = document.getElementById(`mark-c${id}`)!;
      const range = document.createRange();
      range.setStart(article, 0);
      range.setEndBefore(mark);
      return range.toString().length;
    }, claim.id);
    expect(before).toBe(claim.claim.span.start);
    await page.close();
    await shoot('reader-ar', `/reader/${ar.id}?claim=${claim.id}`, `[data-mark="c${claim.id}"]`);
  });

  it('confirms a claim in review by keyboard and shows it confirmed after a reload', async () => {
    const page = await open('/review');
    await page.waitForSelector('[data-testid="review-state"]');
    const heading = await page.locator('.review h2').textContent();
    const id = Number(/#(\d+)/.exec(heading ?? '')![1]);
    await page.keyboard.press('c');
    await page.waitForFunction(
      (cid) => document.querySelector('[data-testid="review-message"]')?.textContent?.includes(`#${cid}`),
      id,
    );
    const record = (await repo.getClaim(id)) as ClaimRecord;
    expect(record.review.state).toBe('confirmed');
    await page.goto(`${base}/reader/${record.documentId}?claim=${id}`);
    await page.reload();
    await expect
      .poll(async () => page.locator(`#item-c${id} dd`).allTextContents(), { timeout: 10_000 })
      .toContain('confirmed');
    await page.close();
    await shoot('review', '/review', '[data-testid="review-state"]');
  });

  it('grades the source of a claim in review, and the store keeps the grade', async () => {
    const page = await open('/review');
    await page.waitForSelector('[data-testid="review-state"]');
    // Step through the queue to the first claim attributed to a source.
    for (let i = 0; i < 60 && (await page.locator('[data-testid="grade-source"]').count()) === 0; i++) {
      await page.keyboard.press('j');
    }
    await page.selectOption('[data-testid="grade-source"]', 'B');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="review-message"]')?.textContent?.length,
    );
    await expect
      .poll(async () => (await repo.listSources()).some((s) => s.reliability === 'B'), { timeout: 10_000 })
      .toBe(true);
    await page.close();
  });

  it('finds an English report about Kazakhstan from a Russian query', async () => {
    const page = await open('/search');
    await page.fill('#q', 'Казахстан');
    await page.press('#q', 'Enter');
    await page.waitForSelector('ol.results li');
    expect(await page.locator('ol.results li[data-lang="en"]').count()).toBeGreaterThan(0);
    await page.close();
    await shoot('search', `/search?q=${encodeURIComponent('Казахстан')}`, 'ol.results li');
  });

  it('ingests a file dropped on the page and names a file it cannot read', async () => {
    const page = await open('/ingest');
    await page.setInputFiles('#files', [
      {
        name: 'browser-upload.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(
          'Officials said 73 children from Tajikistan were repatriated from Iraq in April 2021.',
        ),
      },
      { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) },
    ]);
    await page.waitForSelector('.upload.done');
    await page.waitForSelector('.upload.failed');
    expect(await page.locator('.upload.done .what').textContent()).toMatch(/stored/);
    expect(await page.locator('.upload.failed .name').textContent()).toBe('photo.png');
    await page.screenshot({ path: join(SHOTS, 'ingest-desktop.png') });
    await page.close();
    await shoot('ingest', '/ingest', '.drop');
  });

  it('shows an estimate question reconciled, with the scope and the part of every estimate', async () => {
    const page = await open('/estimates?population=children&origin=KZ');
    await page.waitForSelector('.chart-svg .pt');
    expect(await page.locator('.reconciled h3').textContent()).toMatch(/^Reconciled at \d{4}/);
    const headers = await page.locator('table thead th').allTextContents();
    expect(headers).toEqual(expect.arrayContaining(['Scope', 'Part of']));
    expect(page.problems).toEqual([]);
    await page.close();
    // "As of" a date, kept in the address: the range is reconciled at that date.
    const asOf = await open('/estimates?population=children&origin=KZ&at=2019');
    await asOf.waitForSelector('.reconciled h3');
    expect(await asOf.locator('.reconciled h3').textContent()).toMatch(/^Reconciled at 2019:/);
    await asOf.close();
  });

  it("shows a report's source address as a decoded link, and an Arabic title right to left", async () => {
    const docs = await repo.listDocuments({ limit: 100 });
    const ar = docs.find((d) => d.lang === 'ar' && d.url)!;
    const page = await open(`/reader/${ar.id}`);
    const link = page.locator('a.url');
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(ar.url);
    expect(await link.getAttribute('rel')).toContain('noopener');
    expect(await link.textContent()).toBe(decodeURI(ar.url!));
    expect(await page.locator('h1').getAttribute('dir')).toBe('rtl');
    await page.close();
  });

  it('names each page in the title and moves focus to its heading on a page change', async () => {
    const page = await open('/');
    await page.waitForSelector('.map-svg path.counted');
    expect(await page.title()).toBe('Tessera');
    await page.getByRole('link', { name: 'Releases' }).click();
    await page.waitForSelector('h1');
    expect(await page.title()).toBe('Releases · Tessera');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.close();
  });

  it('lets the review shortcuts be turned off, and remembers it', async () => {
    const page = await open('/review');
    await page.waitForSelector('[data-testid="review-state"]');
    const heading = await page.locator('.review h2').textContent();
    const id = Number(/#(\d+)/.exec(heading ?? '')![1]);
    await page.getByTestId('shortcuts-toggle').uncheck();
    await page.locator('body').press('c');
    await page.reload();
    await page.waitForSelector('[data-testid="review-state"]');
    expect(await page.getByTestId('shortcuts-toggle').isChecked()).toBe(false);
    expect((await repo.getClaim(id))!.review.state).toBe('unreviewed');
    await page.getByTestId('shortcuts-toggle').check();
    await page.close();
  });

  it('links the estimates page to a download of its claims with its filters', async () => {
    const page = await open('/estimates?population=children&origin=KZ&status=returned');
    const link = page.locator('.export-links a', { hasText: 'CSV (HXL)' });
    const href = (await link.getAttribute('href'))!;
    expect(new URLSearchParams(href.split('?')[1]).toString()).toBe(
      'format=csv&population=children&origin=KZ&status=returned',
    );
    const csv = await page.evaluate(async (url) => (await fetch(url)).text(), href);
    const [header, hxl, ...rows] = csv.trimEnd().split('\r\n');
    expect(header).toMatch(/^claim,value_min,value_max,/);
    expect(hxl).toMatch(/^#meta\+id,#affected\+children\+min,/);
    expect(rows.length).toBe(
      await repo.countClaims({ population: 'children', origin: 'KZ', status: 'returned' }),
    );
    await page.close();
  });

  it('renders estimates and releases at both widths', async () => {
    await shoot('estimates', '/estimates', '.chart-svg .pt');
    await shoot('releases', '/releases', 'table tbody tr');
  });
});
