// The releases registry in Chromium on reports written for it: one magazine named in three scripts is
// one row with its other spellings and the children its reports count; the title filter works in any
// script; filters and facets are kept in the address. Screenshots to screenshots/.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReleaseReports } from '../fixtures/release-reports.ts';
import { haveChromium, startWebApp, type WebHarness } from './harness.ts';

describe.skipIf(!haveChromium)('releases registry in Chromium', () => {
  let root: string;
  let web: WebHarness;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'tessera-releases-web-'));
    web = await startWebApp([await writeReleaseReports(root)]);
  });

  afterAll(async () => {
    await web?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('shows one magazine named in three scripts as one row, with the children its reports count', async () => {
    const page = await web.open('/releases?media=magazine');
    await page.waitForSelector('[data-testid="release"]');
    expect(await page.locator('[data-testid="release"]').count()).toBe(1);
    const spellings = await page.locator('[data-testid="spelling"]').allTextContents();
    expect(spellings).toHaveLength(2);
    expect(spellings.every((s) => ['Istok', 'Исток', 'إستوك'].includes(s))).toBe(true);
    const counts = await page.locator('[data-testid="release-count"]').allTextContents();
    expect(counts).toHaveLength(3);
    expect(counts.every((c) => c.includes('12 children'))).toBe(true);
    expect(page.problems).toEqual([]);
    await page.close();
  });

  it('filters by a title in another script and by facets, kept in the address', async () => {
    const page = await web.open('/releases');
    await page.waitForSelector('[data-testid="release"]');
    expect(await page.locator('[data-testid="release"]').count()).toBe(2);
    await page.getByLabel('Title in any script, or producer').fill('إستوك');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="release"]').length === 1);
    expect(decodeURIComponent(page.url())).toContain('q=إستوك');
    await page.getByLabel('Title in any script, or producer').fill('');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="release"]').length === 2);
    await page.getByLabel('Year').selectOption('2017');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="release"]').length === 1);
    expect(page.url()).toMatch(/[?&]year=2017/);
    await page.reload();
    await page.waitForSelector('[data-testid="release"]');
    expect(await page.locator('[data-testid="release"] td').nth(1).textContent()).toBe('video');
    expect(await page.getByLabel('Year').inputValue()).toBe('2017');
    expect(page.problems).toEqual([]);
    await page.close();
  });

  it('renders at desktop and phone width', async () => {
    await web.shoot('releases-registry', '/releases', '[data-testid="release"]');
  });
});
