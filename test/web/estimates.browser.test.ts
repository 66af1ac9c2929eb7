// The estimates view in Chromium on reports written for it (four outlets, three languages): one point
// per fact with its reports on hover and click, filters kept in the address, a conflict opened with its
// two passages side by side, and scope and "part of" corrected in review. Screenshots to screenshots/.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeEstimateReports } from '../fixtures/estimate-reports.ts';
import { haveChromium, startWebApp, type TestPage, type WebHarness } from './harness.ts';

const QUESTION = '/estimates?population=children&origin=KZ&status=present';

describe.skipIf(!haveChromium)('estimates view in Chromium', () => {
  let root: string;
  let web: WebHarness;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'tessera-estimates-web-'));
    web = await startWebApp([await writeEstimateReports(root)]);
  });

  afterAll(async () => {
    await web?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('draws one point per fact and lists its reports on hover and on click', async () => {
    const page = await web.open(QUESTION);
    await page.waitForSelector('.chart-svg .pt');
    const rows = await page.locator('table tbody tr').count();
    const points = await page.locator('.chart-svg .pt').count();
    // The 150 carried by an English and a Russian outlet is one point.
    expect(points).toBe(rows - 1);
    const shared = page.locator('.chart-svg .pt[data-reports="2"]');
    expect(await shared.count()).toBe(1);
    await shared.hover();
    const tip = await page.locator('.tip').textContent();
    expect(tip).toMatch(/2 reports/);
    expect(tip).toMatch(/Steppe Daily/);
    expect(tip).toMatch(/Vestnik/);
    await shared.click();
    await page.waitForSelector('[data-testid="fact-reports"]');
    const listed = await page.locator('[data-testid="fact-reports"] li a').allTextContents();
    expect(listed.sort()).toEqual(['Steppe Daily', 'Vestnik']);
    expect(page.url()).toMatch(/[?&]open=f\d+/);
    // The address opens the same fact again.
    await page.reload();
    await page.waitForSelector('[data-testid="fact-reports"]');
    expect(page.problems).toEqual([]);
    await page.close();
  });

  it('opens a conflict with its two passages side by side, each count highlighted', async () => {
    const page = await web.open(QUESTION);
    await page.waitForSelector('.conflicts li');
    expect(await page.locator('.conflicts li').count()).toBe(2);
    await page.locator('[data-testid="compare"]').first().click();
    await page.waitForSelector('[data-testid="side-by-side"] article mark');
    const sides = page.locator('[data-testid="side-by-side"] article');
    expect(await sides.count()).toBe(2);
    const marked = await page.locator('[data-testid="side-by-side"] article mark').allTextContents();
    expect(marked.join(' ')).toMatch(/600/);
    expect(marked.join(' ')).toMatch(/150/);
    expect(await page.locator('[data-testid="side-by-side"] h4').allTextContents()).toContain('la-gazette');
    expect(page.url()).toMatch(/[?&]compare=\d+(%2C|,)\d+/);
    expect(page.problems).toEqual([]);
    await page.close();
    await web.shoot('estimates-facts', `${QUESTION}&open=${await firstSharedFact()}`, '.fact-reports');
  });

  it('keeps the filters in the address and answers them', async () => {
    const page = await web.open(QUESTION);
    await page.waitForSelector('.chart-svg .pt');
    await page.getByLabel('Where they are').fill('SY');
    await page.waitForURL(/location=SY/);
    await page.waitForSelector('.chart-svg .pt');
    await page.getByLabel('Where they are').fill('IQ');
    await page.waitForURL(/location=IQ/);
    await page.waitForSelector('text=No report answers this question with a number.');
    await page.getByLabel('Where they are').fill('');
    await page.getByLabel('As of').fill('2016');
    await page.waitForURL(/at=2016/);
    await expect.poll(() => page.locator('.reconciled h3').textContent()).toMatch(/^Reconciled at 2016: 40/);
    await page.close();
  });

  it('corrects the scope and the whole of a count in review', async () => {
    const orphans = (await web.repo.listClaims({})).find(
      (c) => c.claim.value.min === 40 && typeof c.claim.partOf === 'number',
    )!;
    const page = await web.open('/review');
    await page.waitForSelector('[data-testid="review-state"]');
    await stepTo(page, orphans.id);
    expect(await page.locator('.review dl').textContent()).toMatch(/Part of#\d+: 150 children/);
    await page.keyboard.press('e');
    await page.getByLabel('Scope').selectOption('stock');
    await page.getByLabel('Part of').selectOption({ label: 'stands alone' });
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForFunction(
      (id) => document.querySelector('[data-testid="review-message"]')?.textContent?.includes(`#${id}`),
      orphans.id,
    );
    const after = (await web.repo.getClaim(orphans.id))!;
    expect(after.review.state).toBe('corrected');
    expect(after.scope).toBe('stock');
    expect(after.claim.partOf).toBeNull();
    await page.close();
  });

  it('checks a correction in plain words and takes a country by its name', async () => {
    const camps = (await web.repo.listClaims({})).find((c) => c.claim.value.min === 600)!;
    const page = await web.open('/review');
    await page.waitForSelector('[data-testid="review-state"]');
    await stepTo(page, camps.id);
    await page.keyboard.press('e');
    await page.getByLabel('Value min').fill('700');
    await page.getByLabel('Value max').fill('650');
    await page.getByTestId('edit-origin').fill('Kazakhstan, Atlantis');
    await page.getByRole('button', { name: 'Save' }).click();
    const problems = await page.locator('.problems li').allTextContents();
    expect(problems).toEqual([
      expect.stringMatching(/lowest value \(700\) is above the highest \(650\)/),
      expect.stringMatching(/"Atlantis" is not a country or region/),
    ]);
    expect((await web.repo.getClaim(camps.id))!.review.state).toBe('unreviewed');
    await page.getByLabel('Value max').fill('');
    await page.getByTestId('edit-origin').fill('Kazakhstan, Central Asia');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForFunction(
      (id) => document.querySelector('[data-testid="review-message"]')?.textContent?.includes(`#${id}`),
      camps.id,
    );
    const after = (await web.repo.getClaim(camps.id))!;
    expect(after.claim.origin).toEqual(['KZ', 'region:central-asia']);
    expect(after.claim.value).toEqual({ min: 700, max: null });
    await page.close();
  });

  it('lists facts with their reports, filtered by a country typed by name, and links their download', async () => {
    const page = await web.open('/facts?population=children&origin=Kazakhstan');
    await page.waitForSelector('[data-testid="fact"]');
    const shared = page.locator('[data-testid="fact"]', { hasText: '2 reports' });
    expect(await shared.count()).toBe(1);
    expect((await shared.locator('li a').allTextContents()).sort()).toEqual(['Steppe Daily', 'Vestnik']);
    const href = (await page.locator('.export-links a', { hasText: 'CSV (HXL)' }).getAttribute('href'))!;
    expect(new URLSearchParams(href.split('?')[1]).get('origin')).toBe('KZ');
    expect(await page.title()).toBe('Facts · Tessera');
    expect(page.problems).toEqual([]);
    await page.close();
  });

  /** Steps through the review queue to a claim, waiting for each step to show before the next. */
  async function stepTo(page: TestPage, id: number): Promise<void> {
    const heading = page.locator('.review h2');
    for (let i = 0; i < 20; i++) {
      const shown = (await heading.textContent()) ?? '';
      if (shown.includes(`#${id} `)) return;
      await page.keyboard.press('j');
      await page.waitForFunction(
        (before) => document.querySelector('.review h2')?.textContent !== before,
        shown,
        { timeout: 10_000 },
      );
    }
    throw new Error(`claim #${id} is not in the review queue`);
  }

  async function firstSharedFact(): Promise<string> {
    const page = await web.open(QUESTION);
    await page.waitForSelector('.chart-svg .pt[data-reports="2"]');
    const fact = await page.locator('.chart-svg .pt[data-reports="2"]').getAttribute('data-fact');
    await page.close();
    return `f${fact}`;
  }
});
