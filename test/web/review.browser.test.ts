// Review at scale in Chromium: the queue with its filters and "conflicts first", the position "n of N"
// and the claim kept in the address through a reload and a visit to the reader, a report's claims
// confirmed at once and the batch undone, an earlier change undone from the history (what it changed
// shown), the highlight corrected by selecting words of the passage, and values refused in plain words.
// At desktop and phone width; screenshots to screenshots/.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewClaim } from '../../src/services/review.service.ts';
import type { ClaimRecord } from '../../src/storage/repository.ts';
import { writeEstimateReports } from '../fixtures/estimate-reports.ts';
import { haveChromium, startWebApp, type TestPage, type WebHarness } from './harness.ts';

describe.skipIf(!haveChromium)('review at scale in Chromium', () => {
  let root: string;
  let web: WebHarness;
  let claims: ClaimRecord[];
  const find = (words: string) => claims.find((c) => c.claim.quote.includes(words))!;
  const position = (page: TestPage) => page.getByTestId('queue-position').textContent();
  const shownClaim = async (page: TestPage) =>
    Number(/#(\d+)/.exec((await page.locator('.review h2').textContent()) ?? '')![1]);

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'tessera-review-web-'));
    const reports = await writeEstimateReports(root);
    await writeFile(
      join(reports, 'flight.txt'),
      'On Tuesday a plane brought 231 Kazakh citizens home from Syria, including 156 children, 18 of them orphans, the ministry said.\n',
    );
    await writeFile(
      join(reports, 'flight.meta.json'),
      JSON.stringify({ lang: 'en', outlet: 'Steppe Daily', published: '2019-05-30' }),
    );
    web = await startWebApp([reports]);
    claims = await web.repo.listClaims({ limit: 100 });
  }, 120_000);

  afterAll(async () => {
    await web?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('walks the queue conflicts first, n of N in the address, through a reload and the reader', async () => {
    const total = claims.length;
    const page = await web.open('/review?conflicts=first');
    await page.waitForSelector('[data-testid="review-state"]');
    expect(await position(page)).toBe(`1 of ${total}`);
    expect(await page.locator('.badge.conflict').count()).toBe(1);
    // While the next claim's details load, the previous claim is not left on screen under "2 of N"
    // (a Confirm pressed then would act on the wrong claim): the details are held back to see it.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const claimDetails = /\/api\/claims\/\d+$/;
    await page.route(claimDetails, async (route) => {
      await held;
      await route.continue();
    });
    await page.getByRole('button', { name: /^Next/ }).click();
    await expect.poll(() => position(page)).toBe(`2 of ${total}`);
    expect(await page.locator('.review h2').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Confirm/ }).count()).toBe(0);
    release();
    const second = await shownClaim(page);
    await page.unroute(claimDetails);
    expect(new URL(page.url()).searchParams.get('claim')).toBe(String(second));
    expect(new URL(page.url()).searchParams.get('conflicts')).toBe('first');
    await page.reload();
    await page.waitForSelector('[data-testid="review-state"]');
    expect(await position(page)).toBe(`2 of ${total}`);
    expect(await shownClaim(page)).toBe(second);
    // To the reader and back: the same claim, the same place.
    await page.getByTestId('open-reader').click();
    await page.waitForSelector('[data-testid="doc-text"]');
    await page.goBack();
    await page.waitForSelector('[data-testid="review-state"]');
    expect(await shownClaim(page)).toBe(second);
    expect(await position(page)).toBe(`2 of ${total}`);
    // A filter from the form: French reports only.
    await page.getByTestId('filter-lang').fill('fr');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => position(page)).toBe('1 of 1');
    expect(await shownClaim(page)).toBe(find('600 enfants').id);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('fr');
    expect(page.problems).toEqual([]);
    await page.close();
    await web.shoot(
      'review-queue',
      '/review?conflicts=first&population=children',
      '[data-testid="queue-position"]',
    );
  }, 120_000);

  it('confirms every unreviewed claim of a report at once, and undoes the batch (phone width)', async () => {
    const flight = find('231');
    const page = await web.open(`/review?report=${flight.documentId}`, 'phone');
    await page.waitForSelector('[data-testid="review-state"]');
    expect(await position(page)).toBe('1 of 3');
    await page.getByTestId('confirm-report').click();
    await expect
      .poll(() => page.getByTestId('review-message').textContent())
      .toMatch(/3 claims of the report confirmed/);
    const states = async () =>
      (await web.repo.listClaims({ documentId: flight.documentId, review: ['unreviewed', 'confirmed'] })).map(
        (c) => c.review.state,
      );
    expect(await states()).toEqual(['confirmed', 'confirmed', 'confirmed']);
    await page.getByTestId('undo-batch').click();
    await expect
      .poll(() => page.getByTestId('review-message').textContent())
      .toMatch(/3 confirmations undone/);
    expect(await states()).toEqual(['unreviewed', 'unreviewed', 'unreviewed']);
    expect(page.problems).toEqual([]);
    await page.close();
  }, 120_000);

  for (const size of ['desktop', 'phone'] as const) {
    it(`undoes an earlier correction from the history, keeping the later one (${size})`, async () => {
      const claim = size === 'desktop' ? find('Some 40') : find('More than 600');
      await reviewClaim(web.repo, claim.id, {
        action: 'correct',
        edits: { value: { min: 35, max: 45 } },
        actor: 'analyst-a',
      });
      await reviewClaim(web.repo, claim.id, {
        action: 'correct',
        edits: { value: { min: 35, max: 45 }, location: ['IQ'] },
        actor: 'analyst-b',
      });
      const page = await web.open(`/review?review=corrected&claim=${claim.id}`, size);
      await page.waitForSelector('[data-testid="history"] li');
      const entries = page.locator('[data-testid="history"] > li');
      const first = entries.nth((await entries.count()) - 2);
      const { min, max } = claim.claim.value;
      const was = min === max ? `${min}` : max === null ? `at least ${min}` : `${min}–${max}`;
      expect(await first.locator('ul.changes li').allTextContents()).toContain(`value: ${was} → 35–45`);
      await first.getByRole('button', { name: 'Undo this' }).click();
      await expect
        .poll(async () => (await web.repo.getClaim(claim.id))!.claim.value)
        .toEqual(claim.claim.value);
      const after = (await web.repo.getClaim(claim.id))!;
      expect(after.claim.location).toEqual(['IQ']);
      expect(after.review.state).toBe('corrected');
      await expect
        .poll(() => page.locator('[data-testid="history"] > li').last().textContent())
        .toMatch(/undo of change/);
      if (size === 'desktop')
        await web.shoot(
          'review-history',
          `/review?review=corrected&claim=${claim.id}`,
          '[data-testid="history"] li',
        );
      expect(page.problems).toEqual([]);
      await page.close();
    }, 120_000);

    it(`corrects the highlight by selecting words of the passage, and refuses bad values in plain words (${size})`, async () => {
      const claim = find('600 enfants');
      const words = size === 'desktop' ? '600 enfants kazakhs' : '600 enfants';
      const page = await web.open(`/review?claim=${claim.id}&review=unreviewed,corrected`, size);
      await page.waitForSelector('[data-testid="review-state"]');
      await page.getByRole('button', { name: /^Correct/ }).click();
      // Values refused in plain words before the API is asked.
      await page.locator('form.correct input').nth(0).fill('500');
      await page.locator('form.correct input').nth(1).fill('100');
      await page.getByTestId('edit-origin').fill('Narnia');
      await page.getByRole('button', { name: 'Save correction' }).click();
      const problems = await page.locator('.problems li').allTextContents();
      expect(problems).toContain(
        'The lowest value (500) is above the highest (100); swap them or correct one.',
      );
      expect(problems.join(' ')).toContain('"Narnia" is not a country or region the app knows');
      await page.locator('form.correct input').nth(0).fill('600');
      await page.locator('form.correct input').nth(1).fill('600');
      await page.getByTestId('edit-origin').fill('Kazakhstan');
      // Select the words in the passage, as an analyst would with the mouse.
      await page.evaluate((w) => {
        const box = document.querySelector('[data-testid="passage"] .passage')!;
        const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
        let text = '';
        const nodes: { node: Text; at: number }[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          nodes.push({ node: n as Text, at: text.length });
          text += n.textContent;
        }
        const start = text.indexOf(w);
        const end = start + w.length;
        const at = (offset: number) => {
          const hit = [...nodes].reverse().find((x) => x.at <= offset)!;
          return [hit.node, offset - hit.at] as const;
        };
        const range = document.createRange();
        range.setStart(...at(start));
        range.setEnd(...at(end));
        const sel = window.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
      }, words);
      await page.getByTestId('use-selection').click();
      // The form showed the claim's own highlight before: wait for the selection to replace it.
      await expect.poll(() => page.getByTestId('edit-highlight').textContent()).toBe(`Highlight: “${words}”`);
      await page.getByRole('button', { name: 'Save correction' }).click();
      await expect.poll(async () => (await web.repo.getClaim(claim.id))!.claim.quote).toBe(words);
      const after = (await web.repo.getClaim(claim.id))!;
      const text = (await web.repo.getDocument(after.documentId))!.text;
      expect(text.slice(after.claim.span.start, after.claim.span.end)).toBe(words);
      expect(after.claim.origin).toEqual(['KZ']);
      expect(page.problems).toEqual([]);
      await page.close();
    }, 120_000);
  }
});
