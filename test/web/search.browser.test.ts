// The search page in Chromium: a concept query across languages with its matches in <mark>, facets
// that take several values kept in the address (and after a reload), a date range and the order.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveChromium, ROOT, startWebApp, type WebHarness } from './harness.ts';

describe.skipIf(!haveChromium)('search page in Chromium', () => {
  let web: WebHarness;

  beforeAll(async () => {
    web = await startWebApp([join(ROOT, 'samples')]);
  });
  afterAll(async () => {
    await web?.close();
  });

  it('marks matches, takes two languages at once, keeps them in the address and after a reload', async () => {
    const page = await web.open('/search');
    await page.fill('#q', 'Казахстан дети');
    await page.press('#q', 'Enter');
    await page.waitForSelector('ol.results li .snippet mark');
    const langs = await page
      .locator('ol.results li')
      .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-lang')))]);
    expect(langs.length).toBeGreaterThanOrEqual(3);
    // Each result shows at least one marked word.
    const unmarked = await page
      .locator('ol.results li')
      .evaluateAll((els) => els.filter((e) => !e.querySelector('.snippet mark')).length);
    expect(unmarked).toBe(0);

    await page.click('button.facet[data-facet="lang"][data-value="ar"]');
    await page.waitForURL(/lang=ar(&|$)/);
    await page.click('button.facet[data-facet="lang"][data-value="ru"]');
    await page.waitForURL(/lang=ar%2Cru/);
    await expect
      .poll(() =>
        page.locator('ol.results li').evaluateAll((els) => els.map((e) => e.getAttribute('data-lang'))),
      )
      .toEqual(expect.arrayContaining(['ar', 'ru']));
    const shown = await page
      .locator('ol.results li')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-lang')));
    expect(shown.every((l) => l === 'ar' || l === 'ru')).toBe(true);
    expect(await page.locator('button.facet[data-facet="lang"][aria-pressed="true"]').count()).toBe(2);

    await page.reload();
    await page.waitForSelector('ol.results li .snippet mark');
    expect(await page.locator('button.facet[data-facet="lang"][aria-pressed="true"]').count()).toBe(2);
    expect(page.problems).toEqual([]);
    await page.close();
    await web.shoot(
      'search-facets',
      `/search?q=${encodeURIComponent('Казахстан дети')}&lang=ar,ru`,
      '.snippet mark',
    );
  });

  it('keeps a date range and the order in the address, newest first', async () => {
    const page = await web.open('/search?population=children');
    await page.waitForSelector('ol.results li');
    await page.fill('input[name="from"]', '2019');
    await page.fill('input[name="to"]', '2020');
    await page.press('input[name="to"]', 'Enter');
    await page.waitForURL(/from=2019&to=2020|to=2020.*from=2019|from=2019.*to=2020/);
    // The earlier answer stays on the page until the sorted one comes: wait for that answer, then for
    // the results to stop being busy.
    const sorted = page.waitForResponse(
      (r) => r.url().includes('/api/search') && r.url().includes('sort=date'),
    );
    await page.selectOption('select[name="sort"]', 'date');
    await page.waitForURL(/sort=date/);
    await sorted;
    await page.waitForSelector('section[aria-busy="false"] ol.results li');
    const dates = await page
      .locator('ol.results li .muted.small')
      .evaluateAll((els) => els.map((e) => /\d{4}(-\d{2}){0,2}/.exec(e.textContent ?? '')?.[0] ?? ''));
    expect(dates.length).toBeGreaterThan(1);
    expect(dates.every((d) => d >= '2019' && d.slice(0, 4) <= '2020')).toBe(true);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(page.problems).toEqual([]);
    await page.close();
  });
});
