// Every page of the web app checked by axe-core in Chromium, at desktop and phone width: no serious or
// critical violation (labels, contrast, landmarks, names of buttons and links...). The login page is
// checked last, once the store has an account.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../src/services/accounts.service.ts';
import type { WIDTHS } from './harness.ts';
import { haveChromium, ROOT, startWebApp, type WebHarness } from './harness.ts';

/** Each page with what shows it has loaded its data. */
const PAGES: [string, string, string][] = [
  ['overview', '/', 'h1'],
  ['search', '/search?q=children', '.search'],
  ['review', '/review', 'h1'],
  ['reader', '/reader/1', 'h1'],
  ['facts', '/facts', 'h1'],
  ['estimates', '/estimates', 'h1'],
  ['sources', '/sources', 'table.sources'],
  ['releases', '/releases', 'h1'],
  ['ingest', '/ingest', 'h1'],
  ['watch', '/watch', 'h1'],
];

// axe-core as @axe-core/playwright runs it: its script injected into the page, then axe.run() there.
// (AxeBuilder wants a page of its own browser context; the harness opens pages straight from the browser.)
// Evaluated through the DevTools protocol, which the page's Content Security Policy does not govern.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Violation = { id: string; impact?: string | null; help: string; nodes: { target: unknown }[] };

const serious = (violations: Violation[]) =>
  violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`,
    );

describe.skipIf(!haveChromium)('accessibility of every page (axe-core)', () => {
  let web: WebHarness;

  beforeAll(async () => {
    web = await startWebApp([join(ROOT, 'samples')]);
  }, 300_000);
  afterAll(async () => {
    await web?.close();
  });

  const check = async (path: string, ready: string, size: keyof typeof WIDTHS) => {
    const page = await web.open(path, size);
    await page.waitForSelector(ready);
    // Let loading states settle: what is checked is the page as read.
    await page.waitForLoadState('networkidle');
    await page.evaluate(AXE);
    const { violations, passes } = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: () => Promise<{ violations: unknown[]; passes: unknown[] }> } }
      ).axe;
      const r = await axe.run();
      return { violations: r.violations, passes: r.passes.length };
    });
    await page.close();
    // axe ran its rules on the page: an empty list means checked, not skipped.
    expect(passes, `${path} at ${size}: axe checked nothing`).toBeGreaterThan(10);
    return serious(violations as Violation[]);
  };

  it('finds no serious or critical violation on any page, at either width', async () => {
    const found: string[] = [];
    for (const [name, path, ready] of PAGES)
      for (const size of ['desktop', 'phone'] as const)
        for (const v of await check(path, ready, size)) found.push(`${name} ${size}: ${v}`);
    expect(found).toEqual([]);
  }, 600_000);

  it('finds none on the login page either', async () => {
    await addUser(web.repo, { name: 'ada', role: 'analyst', password: 'ada password 1' }, 'test');
    const found: string[] = [];
    for (const size of ['desktop', 'phone'] as const) found.push(...(await check('/', '#login-title', size)));
    expect(found).toEqual([]);
  }, 300_000);
});
