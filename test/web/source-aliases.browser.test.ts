// Merging source aliases in Chromium: a suggestion merged with its button, the group listed once with
// its alias, the undo, and an unmerge from the source's own page.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAliasReports } from '../fixtures/source-aliases.ts';
import { haveChromium, startWebApp, type WebHarness } from './harness.ts';

describe.skipIf(!haveChromium)('source aliases in Chromium', () => {
  let web: WebHarness;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tessera-aliases-web-'));
    web = await startWebApp(await writeAliasReports(dir));
  }, 300_000);
  afterAll(async () => {
    await web?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('merges a suggestion, lists the group once, undoes, and unmerges from the source page', async () => {
    const id = new Map((await web.repo.listSources()).map((s) => [s.name, s.id]));
    const speakers = (await web.repo.listSources('attributed')).length;
    const page = await web.open('/sources');
    await page.waitForSelector('.suggestions li');
    const pair = `${id.get('Токаева')}:${id.get('توكاييف')}`;
    await page.locator(`[data-suggestion="${pair}"] button`).click();
    await page.waitForSelector('p.done');
    expect(await page.locator('p.done').textContent()).toContain('Merged into Токаева');
    await page.waitForSelector(`[data-alias="${id.get('توكاييف')}"]`);
    expect(await page.locator('table.sources caption').nth(1).textContent()).toBe(
      `Attributed speakers (${speakers - 1})`,
    );
    expect(await page.locator(`[data-suggestion="${pair}"]`).count()).toBe(0);
    // Undo takes the merge back.
    await page.locator('p.done button').click();
    await page.waitForSelector(`[data-suggestion="${pair}"]`);
    expect(await page.locator(`[data-alias="${id.get('توكاييف')}"]`).count()).toBe(0);
    // Merge again, then unmerge from the group's page, which lists every spelling's claims.
    await page.locator(`[data-suggestion="${pair}"] button`).click();
    await page.waitForSelector(`[data-alias="${id.get('توكاييف')}"]`);
    await page.goto(`${web.base}/sources?id=${id.get('توكاييف')}`);
    await page.waitForSelector('.source-claims li[data-claim]');
    expect(await page.locator('.source-claims h2').textContent()).toContain('Токаева');
    expect(await page.locator('.source-claims li[data-claim]').count()).toBe(2);
    await page.locator(`[data-alias="${id.get('توكاييف')}"] button`).click();
    await page.waitForSelector('p.done');
    await page.waitForFunction(() => document.querySelectorAll('.source-claims li[data-claim]').length === 1);
    expect(page.problems).toEqual([]);
    await page.close();
    await web.shoot('sources-aliases', '/sources', '.suggestions li');
  }, 300_000);
});
