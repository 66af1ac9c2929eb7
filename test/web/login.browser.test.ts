// Logging in from the browser once the server has accounts: the login page instead of the app, a
// wrong password said in words, the account in the header, the app's pages, and logging out again.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, logout } from '../../src/services/accounts.service.ts';
import { haveChromium, ROOT, SHOTS, startWebApp, type WebHarness } from './harness.ts';

let web: WebHarness;

/** A refused request shows in the console as a failed load: expected here, anything else is a problem. */
const unexpected = (problems: string[]) => problems.filter((p) => !/status of 401/.test(p));

describe.skipIf(!haveChromium)('login in the browser', () => {
  beforeAll(async () => {
    web = await startWebApp([join(ROOT, 'samples', 'en-al-hol-camp-2019.txt')]);
    await addUser(web.repo, { name: 'ada', role: 'analyst', password: 'ada password 1' }, 'test');
  }, 300_000);
  afterAll(async () => web?.close(), 300_000);

  it('asks for a login, refuses a wrong password, shows the account, and logs out', async () => {
    const page = await web.open('/');
    await page.waitForSelector('#login-title');
    expect(await page.locator('.account').count()).toBe(0);

    await page.fill('input[name=name]', 'ada');
    await page.fill('input[name=password]', 'not the password');
    await page.click('button[type=submit]');
    await expect
      .poll(() => page.locator('[role=alert]').textContent())
      .toMatch(/wrong account name or password/);

    await page.fill('input[name=password]', 'ada password 1');
    await page.click('button[type=submit]');
    await page.waitForSelector('.account');
    expect(await page.locator('.account span').textContent()).toBe('ada (analyst)');
    await page.waitForSelector('h1:has-text("Overview")');
    await page.screenshot({ path: join(SHOTS, 'login-logged-in.png') });
    // The session cookie is HttpOnly: the page cannot read it.
    expect(await page.evaluate(() => document.cookie)).toBe('');

    await page.click('.account button');
    await page.waitForSelector('#login-title');
    expect(await page.locator('.account').count()).toBe(0);
    // The session is gone on the server too.
    const after = await page.evaluate(async () => (await fetch('/api/overview')).status);
    expect(after).toBe(401);
    expect(unexpected(page.problems)).toEqual([]);
    await page.close();
  });

  it('shows the login page when a session ends under an upload', async () => {
    const page = await web.open('/ingest');
    await page.waitForSelector('#login-title');
    await page.fill('input[name=name]', 'ada');
    await page.fill('input[name=password]', 'ada password 1');
    await page.click('button[type=submit]');
    await page.waitForSelector('input[type=file]', { state: 'attached' });
    // The session ends elsewhere (logged out in another tab, or on another server of the same store).
    const session = (await page.context().cookies()).find((c) => c.name === 'tessera_session');
    expect(session).toBeDefined();
    await logout(web.repo, session!.value);
    await page.setInputFiles('input[type=file]', {
      name: 'late.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Officials said 12 children returned.'),
    });
    await page.waitForSelector('#login-title');
    expect(unexpected(page.problems)).toEqual([]);
    await page.close();
  });
});
