// Correcting a count's highlight in the reader, in Chromium: an analyst chooses a count, selects words
// in the rendered Markdown (a list item under a heading, across emphasis whose stars are not shown) and
// saves them; the stored span is those words' exact offsets in the report's source, the text shows the
// new highlight, the change is undone from the reader. A selection reaching outside the text is refused
// in words; a viewer has no such control (nor the report details form). At desktop and phone width; screenshots to screenshots/.
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../src/services/accounts.service.ts';
import type { ClaimRecord } from '../../src/storage/repository.ts';
import { haveChromium, SHOTS, startWebApp, WIDTHS, type TestPage, type WebHarness } from './harness.ts';

const MARKDOWN = [
  '# Returns from the north-east',
  '',
  'The regional office published its figures on *Thursday*, in two parts.',
  '',
  '## Flights',
  '',
  '- The first flight brought **52 women** back from the camps.',
  '- A second flight carried 37 children, nine of them without parents.',
  '',
  '## What comes next',
  '',
  '> Officials said that more flights would follow in the spring.',
].join('\n');

// axe-core, run in the page as test/web/axe.browser.test.ts runs it: the open correction checked too.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page as it is. */
async function seriousViolations(page: TestPage): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: () => Promise<{ violations: { id: string; impact?: string | null }[] }> };
      }
    ).axe;
    return (await axe.run()).violations.map((v) => ({ id: v.id, impact: v.impact ?? null }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

const ANALYST = { name: 'ana', password: 'ana password 1' };
const VIEWER = { name: 'vera', password: 'vera password 1' };

/** Selects `words` (as rendered) in the report's text, as an analyst would with the mouse. */
async function select(page: TestPage, words: string, from = '[data-testid="doc-text"]') {
  await page.evaluate(
    ([w, box]) => {
      const root = document.querySelector(box!)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let text = '';
      const nodes: { node: Text; at: number }[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n as Text, at: text.length });
        text += n.textContent;
      }
      const start = text.indexOf(w!);
      if (start < 0) throw new Error(`"${w}" is not in the text`);
      const at = (offset: number, end: boolean) => {
        // An end is placed in the node the last selected character is in, a start in the node of the first.
        const hit = [...nodes].reverse().find((x) => (end ? x.at < offset : x.at <= offset))!;
        return [hit.node, offset - hit.at] as const;
      };
      const range = document.createRange();
      range.setStart(...at(start, false));
      range.setEnd(...at(start + w!.length, true));
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
    },
    [words, from],
  );
}

/** The words the count's highlight covers in the rendered text. */
const shown = (page: TestPage, id: number) =>
  page.locator(`[data-testid="doc-text"] mark[data-mark="c${id}"]`).allTextContents();

describe.skipIf(!haveChromium)('correcting a highlight in the reader, in Chromium', () => {
  let root: string;
  let web: WebHarness;
  let id: number;
  let claims: ClaimRecord[];
  const find = (quote: string) => claims.find((c) => c.claim.quote === quote)!;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'tessera-reader-highlight-'));
    const reports = join(root, 'reports');
    await mkdir(reports);
    await writeFile(join(reports, 'camps.md'), MARKDOWN);
    await writeFile(
      join(reports, 'camps.meta.json'),
      JSON.stringify({ lang: 'en', published: '2021-04-08' }),
    );
    web = await startWebApp([reports]);
    await addUser(web.repo, { ...ANALYST, role: 'analyst' }, 'test');
    await addUser(web.repo, { ...VIEWER, role: 'viewer' }, 'test');
    id = (await web.repo.listDocuments({ limit: 1 }))[0]!.id;
    claims = await web.repo.listClaims({ documentId: id, limit: 100 });
  }, 120_000);

  afterAll(async () => {
    await web?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('saves words selected in a list item under a heading as the exact source span, and undoes it (desktop)', async () => {
    const claim = find('37 children');
    const page = await web.open(`/reader/${id}`, 'desktop', ANALYST);
    await page.waitForSelector('[data-testid="doc-text"] mark');
    await page.getByTestId(`correct-highlight-${claim.id}`).click();
    const bar = page.getByTestId('highlight-bar');
    expect(await bar.getByTestId('current-highlight').textContent()).toBe('37 children');
    // Nothing selected yet: nothing to use.
    expect(await page.getByTestId('use-selection').isDisabled()).toBe(true);

    // A selection reaching from the page's title into the text is refused in words.
    await page.evaluate(() => {
      const title = document.querySelector('h1')!.firstChild!;
      const range = document.createRange();
      range.setStart(title, 0);
      range.setEnd(document.querySelector('[data-testid="doc-text"] li')!, 1);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    });
    await page.getByTestId('use-selection').click();
    await expect
      .poll(() => bar.getByRole('alert').textContent())
      .toBe('The selection goes outside the report’s text: select only words of the report, then try again.');

    const words = 'A second flight carried 37 children';
    await select(page, words);
    await page.getByTestId('use-selection').click();
    await expect.poll(() => bar.getByRole('alert').count()).toBe(0);
    expect(await bar.getByTestId('new-highlight').textContent()).toBe(words);
    await page.screenshot({ path: join(SHOTS, 'reader-highlight-desktop.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('save-highlight').click();

    const start = MARKDOWN.indexOf(words);
    await expect
      .poll(async () => (await web.repo.getClaim(claim.id))!.claim.span)
      .toEqual({ start, end: start + words.length });
    const after = (await web.repo.getClaim(claim.id))!;
    expect(after.claim.quote).toBe(words);
    expect(after.review.state).toBe('corrected');
    // The text shows the new highlight; the bar is gone, the message offers the undo.
    await expect.poll(() => shown(page, claim.id)).toEqual([words]);
    expect(await page.getByTestId('highlight-bar').count()).toBe(0);
    const message = page.getByTestId('reader-message');
    expect(await message.textContent()).toMatch(/Highlight of count #\d+ saved/);
    await message.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await web.repo.getClaim(claim.id))!.claim.span).toEqual(claim.claim.span);
    await expect.poll(() => shown(page, claim.id)).toEqual(['37 children']);
    expect(page.problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('maps a selection across emphasis to the source with its stars, by keyboard (phone)', async () => {
    const claim = find('52 women');
    const page = await web.open(`/reader/${id}`, 'phone', ANALYST);
    await page.waitForSelector('[data-testid="doc-text"] mark');
    await page.getByTestId(`correct-highlight-${claim.id}`).press('Enter');
    // Rendered "brought 52 women": in the source, "brought **52 women".
    await select(page, 'brought 52 women');
    const use = page.getByTestId('use-selection');
    await expect.poll(() => use.isEnabled()).toBe(true);
    await use.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('new-highlight').textContent()).toBe('brought **52 women');
    // The bar stays in view while the text is read.
    const box = await page.getByTestId('highlight-bar').boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(WIDTHS.phone.height + 1);
    await page.screenshot({ path: join(SHOTS, 'reader-highlight-phone.png') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      WIDTHS.phone.width + 1,
    );
    // Saving moves focus to the button: Enter saves.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'save-highlight',
    );
    await page.keyboard.press('Enter');
    const start = MARKDOWN.indexOf('brought');
    const end = MARKDOWN.indexOf('52 women') + '52 women'.length;
    await expect.poll(async () => (await web.repo.getClaim(claim.id))!.claim.span).toEqual({ start, end });
    expect((await web.repo.getClaim(claim.id))!.claim.quote).toBe('brought **52 women');
    // The highlight shows over the words, the stars still hidden.
    await expect.poll(async () => (await shown(page, claim.id)).join('')).toBe('brought 52 women');
    expect(page.problems).toEqual([]);
    await page.close();
  }, 120_000);

  for (const size of ['desktop', 'phone'] as const)
    it(`shows a viewer no way to correct a highlight (${size})`, async () => {
      const page = await web.open(`/reader/${id}`, size, VIEWER);
      await page.waitForSelector('[data-testid="doc-text"] mark');
      await page.waitForLoadState('networkidle');
      expect(await page.locator('[data-testid^="correct-highlight-"]').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Correct highlight' }).count()).toBe(0);
      expect(await page.getByTestId('highlight-bar').count()).toBe(0);
      expect(await page.getByTestId('use-selection').count()).toBe(0);
      // Nor a way to change the report's details, which the API would refuse.
      expect(await page.getByRole('button', { name: 'Correct details' }).count()).toBe(0);
      // The counts are still shown to read.
      expect(await page.getByRole('button', { name: 'Show in text' }).count()).toBe(claims.length);
      expect(page.problems).toEqual([]);
      await page.close();
    }, 120_000);
});
