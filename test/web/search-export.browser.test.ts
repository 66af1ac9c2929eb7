// The search page's download links carry the whole question: words, every value of each facet, the
// date range and the order, and the export they ask for is the search's.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveChromium, ROOT, startWebApp, type WebHarness } from './harness.ts';

describe.skipIf(!haveChromium)('search export links in Chromium', () => {
  let web: WebHarness;
  beforeAll(async () => {
    web = await startWebApp([join(ROOT, 'samples')]);
  }, 300_000);
  afterAll(async () => {
    await web?.close();
  });

  it('carries every facet value, the dates and the order into the export', async () => {
    const outlet = (await web.repo.listSources('outlet'))[0]!.name;
    const path =
      `/search?q=children&lang=en,ru&population=children,fighters&country=KZ,TJ` +
      `&outlet=${encodeURIComponent(outlet)}&from=2015&to=2022&sort=date`;
    const page = await web.open(path);
    await page.waitForSelector('.export-links a');
    const href = await page.locator('.export-links a').first().getAttribute('href');
    const url = new URL(href!, web.base);
    expect(url.pathname).toBe('/api/export');
    const q = url.searchParams;
    expect(q.get('q')).toBe('children');
    expect(q.getAll('lang')).toEqual(['en', 'ru']);
    expect(q.getAll('population')).toEqual(['children', 'fighters']);
    expect(q.getAll('country')).toEqual(['KZ', 'TJ']);
    expect(q.getAll('outlet')).toEqual([outlet]);
    expect([q.get('from'), q.get('to'), q.get('sort')]).toEqual(['2015', '2022', 'date']);
    // The link answers with the export, not a refusal.
    const res = await page.request.get(url.toString());
    expect(res.status()).toBe(200);
    expect(page.problems).toEqual([]);
    await page.close();
  }, 300_000);
});
