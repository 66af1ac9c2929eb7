// The sources page in Chromium: outlets and attributed speakers in two tables, grades with their
// Admiralty meaning, and one source's claims with their credibility, the source kept in the address.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveChromium, ROOT, startWebApp, type WebHarness } from './harness.ts';

describe.skipIf(!haveChromium)('sources page in Chromium', () => {
  let web: WebHarness;

  beforeAll(async () => {
    web = await startWebApp([join(ROOT, 'samples')]);
  });
  afterAll(async () => {
    await web?.close();
  });

  it("keeps outlets and speakers apart with the meaning of each grade, and lists a source's claims", async () => {
    const speakers = (await web.repo.listSources('attributed')).length;
    const outlets = (await web.repo.listSources('outlet')).length;
    const page = await web.open('/sources');
    await page.waitForSelector('table.sources');
    const captions = await page.locator('table.sources caption').allTextContents();
    expect(captions).toEqual([`Outlets (${outlets})`, `Attributed speakers (${speakers})`]);
    expect(await page.locator('table.sources').nth(0).locator('tbody tr').count()).toBe(outlets);
    expect(await page.locator('table.sources').nth(0).locator('tbody tr').first().textContent()).toContain(
      'F reliability cannot be judged (ungraded)',
    );
    await page.locator('table.sources').nth(1).locator('tbody tr a').first().click();
    await page.waitForURL(/\/sources\?id=\d+/);
    await page.waitForSelector('.source-claims li[data-claim]');
    expect(await page.locator('.source-claims li').first().textContent()).toContain(
      '6 truth cannot be judged',
    );
    await page.reload();
    await page.waitForSelector('.source-claims li[data-claim]');
    expect(page.problems).toEqual([]);
    await page.close();
    await web.shoot('sources', '/sources', 'table.sources');
  });
});
