// Need-to-know collections in the browser: a viewer logs in and sees only the reports of the
// collections it may read (the search page lists the open collection's reports, never the restricted
// one's, whose reader page is not found), a granted viewer sees both with the collection named in the
// reader, and each logs out.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../src/services/accounts.service.ts';
import { addCollection, grantCollection } from '../../src/services/collections.service.ts';
import { ingest } from '../../src/services/ingest.service.ts';
import { haveChromium, ROOT, SHOTS, startWebApp, WIDTHS, type TestPage, type WebHarness } from './harness.ts';

let web: WebHarness;
let secretId: number;

/** A refused request shows in the console as a failed load: expected here, anything else is a problem. */
const unexpected = (problems: string[]) => problems.filter((p) => !/status of (401|404)/.test(p));

async function logIn(page: TestPage, name: string) {
  await page.waitForSelector('#login-title');
  await page.fill('input[name=name]', name);
  await page.fill('input[name=password]', `${name} password 1`);
  await page.click('button[type=submit]');
  await page.waitForSelector('.account');
}

/** The page at both widths, logged in (each width a screenshot); neither may scroll sideways. */
async function shootBoth(page: TestPage, name: string) {
  for (const size of Object.keys(WIDTHS) as (keyof typeof WIDTHS)[]) {
    await page.setViewportSize(WIDTHS[size]);
    await page.screenshot({ path: join(SHOTS, `${name}-${size}.png`), fullPage: size === 'desktop' });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${name} at ${size} scrolls sideways`).toBeLessThanOrEqual(WIDTHS[size].width + 1);
  }
  await page.setViewportSize(WIDTHS.desktop);
}

describe.skipIf(!haveChromium)('collections in the browser', () => {
  beforeAll(async () => {
    web = await startWebApp([join(ROOT, 'samples', 'en-al-hol-camp-2019.txt')]);
    const minors = await addCollection(web.repo, { name: 'minors', restricted: true }, 'test');
    await ingest(
      web.repo,
      [join(ROOT, 'samples', 'ar-kazakh-zhusan-2019.txt')],
      { actor: 'test', maxBytes: 1e7, fetchTimeoutMs: 1000, allowPrivate: false, collectionId: minors.id },
      () => {},
    );
    secretId = (await web.repo.listDocuments({ collections: [minors.id] }))[0]!.id;
    for (const name of ['vera', 'gina'])
      await addUser(web.repo, { name, role: 'viewer', password: `${name} password 1` }, 'test');
    await grantCollection(web.repo, { collection: 'minors', user: 'gina', role: 'viewer' }, 'test');
  }, 300_000);
  afterAll(async () => web?.close(), 300_000);

  it('shows a viewer without a grant only the open collection, and logs out', async () => {
    const page = await web.open('/search');
    await logIn(page, 'vera');
    await page.waitForSelector('ol.results li');
    const hits = await page.locator('ol.results li').count();
    expect(hits).toBe(1);
    expect(await page.locator('ol.results').textContent()).not.toMatch(/zhusan/i);
    await shootBoth(page, 'collections-viewer-search');
    await page.goto(`${web.base}/reader/${secretId}`);
    await expect.poll(() => page.locator('main').textContent()).toMatch(/not found|unknown|no document/i);
    await page.click('.account button');
    await page.waitForSelector('#login-title');
    expect(unexpected(page.problems)).toEqual([]);
    await page.close();
  });

  it('shows a granted viewer both collections, the restricted one named in the reader', async () => {
    const page = await web.open('/search');
    await logIn(page, 'gina');
    await expect.poll(() => page.locator('ol.results li').count()).toBe(2);
    await page.goto(`${web.base}/reader/${secretId}`);
    await page.waitForSelector('.collection');
    expect(await page.locator('.collection').textContent()).toMatch(/minors \(restricted/);
    await shootBoth(page, 'collections-granted-reader');
    await page.click('.account button');
    await page.waitForSelector('#login-title');
    expect(unexpected(page.problems)).toEqual([]);
    await page.close();
  });
});
