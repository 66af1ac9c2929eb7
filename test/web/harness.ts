// A store, the API serving the built web app, and Debian's Chromium (playwright-core), for browser
// tests: pages opened at desktop or phone width with their errors collected, and screenshots written
// to the git-ignored screenshots/ folder.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { ingest } from '../../src/services/ingest.service.ts';
import { openRepository } from '../../src/storage/drivers/pglite.ts';
import type { Repository } from '../../src/storage/repository.ts';
import { linker } from '../../src/services/link.service.ts';

const CHROMIUM = '/usr/bin/chromium';
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WEB_ROOT = join(ROOT, 'dist/web');
export const SHOTS = join(ROOT, 'screenshots');
export const haveChromium = existsSync(CHROMIUM);
if (!haveChromium)
  console.warn(`browser tests skipped: ${CHROMIUM} is absent (apt-get install -y chromium; .ci/run does it)`);

export const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

export type TestPage = Page & { problems: string[] };

/** An account to log in as before a page opens (a session cookie in the page's own browser context). */
export interface LoginAs {
  name: string;
  password: string;
}

export interface WebHarness {
  repo: Repository;
  base: string;
  /** Opens a page of the app, collecting its script errors in `problems`; logged in as `as` if given. */
  open(path: string, size?: keyof typeof WIDTHS, as?: LoginAs): Promise<TestPage>;
  /** Screenshots a page at both widths once `ready` is on it; neither width may scroll sideways. */
  shoot(name: string, path: string, ready: string, as?: LoginAs): Promise<void>;
  close(): Promise<void>;
}

/**
 * Ingests `inputs` (files or folders) into a new store and serves the web app over it; `allowPrivate` lets
 * the app fetch URLs from a test's own local server.
 */
export async function startWebApp(
  inputs: string[],
  options: { allowPrivate?: boolean } = {},
): Promise<WebHarness> {
  if (!existsSync(join(WEB_ROOT, 'index.html'))) {
    const { build } = await import('vite');
    await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  }
  await mkdir(SHOTS, { recursive: true });
  const dir = await mkdtemp(join(tmpdir(), 'tessera-web-'));
  const repo = await openRepository(join(dir, 'data'), linker);
  await ingest(
    repo,
    inputs,
    { actor: 'test', maxBytes: 1e7, fetchTimeoutMs: 1000, allowPrivate: false },
    () => {},
  );
  const app: FastifyInstance = await buildApp({
    repo,
    user: 'browser-test',
    maxUploadBytes: 1e6,
    fetchTimeoutMs: 1000,
    webRoot: WEB_ROOT,
    allowPrivate: options.allowPrivate ?? false,
  });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

  async function open(path: string, size: keyof typeof WIDTHS = 'desktop', as?: LoginAs): Promise<TestPage> {
    const page = (await browser.newPage({ viewport: WIDTHS[size] })) as TestPage;
    page.problems = [];
    if (as) {
      // The page's context keeps the session cookie the login sets.
      const login = await page.request.post(`${base}/api/session`, { data: as });
      if (!login.ok())
        throw new Error(`logging in as ${as.name} failed: ${login.status()} ${await login.text()}`);
    }
    page.on('pageerror', (e) => page.problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && page.problems.push(m.text()));
    await page.goto(base + path);
    return page;
  }

  async function shoot(name: string, path: string, ready: string, as?: LoginAs) {
    for (const size of Object.keys(WIDTHS) as (keyof typeof WIDTHS)[]) {
      const page = await open(path, size, as);
      await page.waitForSelector(ready);
      await page.screenshot({ path: join(SHOTS, `${name}-${size}.png`), fullPage: size === 'desktop' });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${name} at ${size} scrolls sideways`).toBeLessThanOrEqual(WIDTHS[size].width + 1);
      await page.close();
    }
  }

  return {
    repo,
    base,
    open,
    shoot,
    async close() {
      await browser.close();
      await app.close();
      await repo.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
