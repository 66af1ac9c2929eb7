// The Watch page and a report's availability in Debian's Chromium (playwright-core): a page watched
// through live → changed → blocked (451) → removed (404), its timeline in that order, the alert its state
// rule fired, and the report's availability; each watch's collection, and a URL watched into another
// collection picked on the page; screenshots to screenshots/ (git-ignored).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { addUser, login } from '../../src/services/accounts.service.ts';
import { createAlertRule } from '../../src/services/alerts.service.ts';
import { addCollection } from '../../src/services/collections.service.ts';
import { ingest } from '../../src/services/ingest.service.ts';
import { addWatch, runWatches } from '../../src/services/watch.service.ts';
import { openRepository } from '../../src/storage/drivers/pglite.ts';
import type { Repository } from '../../src/storage/repository.ts';
import { linker } from '../../src/services/link.service.ts';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHOTS = join(ROOT, 'screenshots');
const haveChromium = existsSync(CHROMIUM);
const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
const OPTIONS = { actor: 'browser-test', maxBytes: 1e6, fetchTimeoutMs: 3000 };

describe.skipIf(!haveChromium)('the Watch page in Chromium', { timeout: 300_000 }, () => {
  let dir: string;
  let repo: Repository;
  let app: FastifyInstance;
  let browser: Browser;
  let site: Server;
  let base: string;
  let watched: string;
  let documentId: number;
  let answer = { status: 200, body: 'Some 120 children from Kazakhstan were returned from Syria.' };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tessera-watch-web-'));
    // A build of our own: dist/web may be older than this page.
    const webRoot = join(dir, 'web');
    const { build } = await import('vite');
    await build({
      configFile: join(ROOT, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: webRoot, emptyOutDir: true },
    });
    await mkdir(SHOTS, { recursive: true });

    site = createServer((_req, res) =>
      res
        .writeHead(answer.status, { 'content-type': 'text/html' })
        .end(`<html><head><title>Returnees</title></head><body><p>${answer.body}</p></body></html>`),
    );
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    watched = `http://127.0.0.1:${(site.address() as AddressInfo).port}/returnees`;

    repo = await openRepository(join(dir, 'data'), linker);
    await addCollection(repo, { name: 'cases', restricted: true }, 'browser-test');
    await addWatch(repo, { url: watched, every: '1h', allowPrivate: true }, OPTIONS);
    await createAlertRule(repo, { name: 'returnees page', on: 'state', url: watched }, 'browser-test');
    await runWatches(repo, OPTIONS, { all: true });
    await ingest(repo, [watched], { ...OPTIONS, allowPrivate: true }, () => {});
    documentId = (await repo.listDocuments({}))[0]!.id;
    answer = { status: 200, body: 'Some 125 children from Kazakhstan were returned from Syria.' };
    await runWatches(repo, OPTIONS, { all: true });
    answer = { status: 451, body: 'Unavailable For Legal Reasons' };
    await runWatches(repo, OPTIONS, { all: true });
    answer = { status: 404, body: 'Not found' };
    await runWatches(repo, OPTIONS, { all: true });

    app = await buildApp({ repo, user: 'browser-test', maxUploadBytes: 1e6, fetchTimeoutMs: 1000, webRoot });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await repo?.close();
    await new Promise((resolve) => site?.close(resolve));
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function open(path: string, size: keyof typeof WIDTHS): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage({ viewport: WIDTHS[size] });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.goto(base + path);
    return { page, problems };
  }

  it("shows a URL's timeline in order, its history and the alert its change fired", async () => {
    for (const size of Object.keys(WIDTHS) as (keyof typeof WIDTHS)[]) {
      const { page, problems } = await open('/watch', size);
      const timeline = page.getByRole('list', { name: `Timeline of ${watched}` });
      await timeline.locator('.tl-mark').first().waitFor();
      const marks = await timeline
        .locator('.tl-mark')
        .evaluateAll((els) => els.map((el) => [...el.classList].find((c) => c.startsWith('state-'))));
      expect(marks).toEqual(['state-live', 'state-changed', 'state-blocked', 'state-removed']);
      expect(await timeline.locator('.tl-mark').nth(2).textContent()).toMatch(/HTTP 451 · blocked/);
      expect(await page.locator('[data-testid="watch"] .watch-head .state-badge').textContent()).toBe(
        'removed',
      );
      const alerts = await page.locator('[data-testid="alerts"]').textContent();
      expect(alerts).toContain(`${watched} went from blocked to removed`);
      expect(alerts).toContain(`${watched} went from live to changed`);

      await page.locator('[data-testid="watch"] summary').click();
      const rows = page.locator('[data-testid="watch"] tbody tr');
      expect(await rows.count()).toBe(4);
      expect(await rows.nth(3).locator('td').nth(1).textContent()).toBe('404');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `the Watch page at ${size} scrolls sideways`).toBeLessThanOrEqual(WIDTHS[size].width + 1);
      await page.screenshot({ path: join(SHOTS, `watch-${size}.png`), fullPage: true });
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  it('adds a claim rule from the page, and shows the alert a new matching report fires', async () => {
    const { page, problems } = await open('/watch', 'desktop');
    const form = page.locator('section[aria-labelledby="rules-heading"] form');
    await form.getByLabel('Name').fill('children from KZ');
    await form.getByLabel('Origin (ISO code)').fill('KZ');
    await form.getByLabel('Population').selectOption('children');
    await form.getByRole('button', { name: 'Add rule' }).click();
    await page.locator('[data-testid="rules"]', { hasText: 'children from KZ' }).waitFor();
    expect(await page.locator('[data-testid="rules"]').textContent()).toContain(
      'origin KZ, population children',
    );

    // A report stored after the rule, then a watch pass (nothing is due: only the rules are checked).
    answer = { status: 200, body: 'A further 30 children from Kazakhstan were returned from Iraq in May.' };
    await ingest(repo, [`${watched}?page=2`], { ...OPTIONS, allowPrivate: true }, () => {});
    await runWatches(repo, OPTIONS);
    await page.reload();
    await page.locator('[data-testid="alerts"]', { hasText: 'matching "children from KZ"' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'watch-rules-desktop.png'), fullPage: true });
    await page.getByRole('link', { name: /matching "children from KZ"/ }).click();
    await page.waitForURL(/\/reader\/\d+$/);
    // The watch page's own heading may still be up for a moment after the address changes.
    await expect.poll(() => page.locator('h1').textContent()).toBe('Returnees');
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows on the report that its page was removed, with the page's timeline", async () => {
    const { page, problems } = await open(`/reader/${documentId}`, 'desktop');
    const availability = page.locator('[data-testid="availability"]');
    await availability.locator('.tl-mark').first().waitFor();
    expect(await availability.locator('.state-badge').first().textContent()).toBe('removed');
    expect(await availability.textContent()).toMatch(/removed since \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(await availability.locator('.tl-mark').count()).toBe(4);
    await page.screenshot({ path: join(SHOTS, 'watch-reader-availability.png') });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows each watch’s collection, and watches a URL into the collection picked', async () => {
    const { page, problems } = await open('/watch', 'desktop');
    const first = page.locator('[data-testid="watch"]', { hasText: watched });
    expect(await first.getByTestId('watch-collection').textContent()).toBe('collection general');
    const form = page.locator('form.watch-add').first();
    await form.getByLabel('Feed or page URL').fill('https://example.org/cases.xml');
    await form.getByLabel(/^Collection/).selectOption('cases');
    await form.getByRole('button', { name: 'Watch' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Watching https://example.org/cases.xml in the collection cases' })
      .waitFor();
    const added = page.locator('[data-testid="watch"]', { hasText: 'https://example.org/cases.xml' });
    await added.waitFor();
    expect(await added.getByTestId('watch-collection').textContent()).toBe('collection cases (restricted)');
    expect((await repo.getWatch('https://example.org/cases.xml'))?.collectionId).toBe(
      (await repo.getCollection('cases'))!.id,
    );
    await page.screenshot({ path: join(SHOTS, 'watch-collections-desktop.png'), fullPage: true });
    // Moved back into general from the watch's own control.
    await added.getByLabel('Move to collection').selectOption('general');
    await page.getByRole('status').filter({ hasText: 'is watched in the collection general now' }).waitFor();
    await page
      .locator('[data-testid="watch"]', { hasText: 'https://example.org/cases.xml' })
      .getByTestId('watch-collection')
      .filter({ hasText: /^collection general$/ })
      .waitFor();
    expect((await repo.getWatch('https://example.org/cases.xml'))?.collectionId).toBe(
      (await repo.getCollection('general'))!.id,
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  // Last: once an account exists, every request needs one.
  it('offers a viewer neither forms nor buttons that would be refused, and an analyst only its own rule’s', async () => {
    await addUser(repo, { name: 'vera', role: 'viewer', password: 'vera password 1' }, 'browser-test');
    await addUser(repo, { name: 'ana', role: 'analyst', password: 'ana password 1' }, 'browser-test');
    await createAlertRule(repo, { name: 'ana rule', on: 'claim', filter: { origin: 'KZ' } }, 'ana');
    const as = async (name: string, password: string) => {
      const page = await browser.newPage({ viewport: WIDTHS.desktop });
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      const { secret } = await login(repo, name, password);
      await page.context().addCookies([{ name: 'tessera_session', value: secret, url: base }]);
      await page.goto(base + '/watch');
      await page.locator('[data-testid="watch"]').first().waitFor();
      await page.getByTestId('rules').waitFor();
      return { page, problems };
    };
    const viewer = await as('vera', 'vera password 1');
    await viewer.page.getByText('an analyst adds and stops watches').waitFor();
    expect(await viewer.page.locator('form.watch-add').count()).toBe(0);
    expect(await viewer.page.getByRole('button', { name: 'Stop watching' }).count()).toBe(0);
    expect(await viewer.page.getByTestId('rules').getByRole('button', { name: 'Remove' }).count()).toBe(0);
    expect(await viewer.page.getByTestId('rules').textContent()).toContain('by ana');
    await viewer.page.screenshot({ path: join(SHOTS, 'watch-viewer-desktop.png'), fullPage: true });
    expect(viewer.problems).toEqual([]);
    await viewer.page.close();

    const analyst = await as('ana', 'ana password 1');
    expect(await analyst.page.locator('form.watch-add').count()).toBe(2);
    expect(await analyst.page.getByRole('button', { name: 'Stop watching' }).count()).toBeGreaterThan(0);
    const rules = analyst.page.getByTestId('rules').locator('li');
    expect(await rules.filter({ hasText: 'ana rule' }).getByRole('button', { name: 'Remove' }).count()).toBe(
      1,
    );
    expect(
      await rules.filter({ hasText: 'returnees page' }).getByRole('button', { name: 'Remove' }).count(),
    ).toBe(0);
    expect(analyst.problems).toEqual([]);
    await analyst.page.close();
  });
});
