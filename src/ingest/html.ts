// HTML to the report's main text: Readability on a linkedom document, falling back to the body text.
// linkedom's DOM types differ from lib.dom's between versions: the casts keep both compilers happy.
/* eslint-disable @typescript-eslint/no-unnecessary-type-assertion */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlText {
  text: string;
  title: string | null;
}

/**
 * linkedom leaves a fragment without <html> with no document element (plain text) or with the fragment
 * as its root and no body (a bare <p>): such a fragment is read as a page's body.
 */
function parseDocument(html: string) {
  const parsed = parseHTML(html);
  const root = parsed.document.documentElement as unknown as Element | null;
  return root?.tagName.toUpperCase() === 'HTML' ? parsed : parseHTML(`<html><body>${html}</body></html>`);
}

export function htmlToText(html: string): HtmlText {
  const { document } = parseDocument(html);
  const title = document.querySelector('title')?.textContent?.trim() || null;
  let text: string | null;
  try {
    const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
    text = article?.textContent ?? null;
    if (article?.content) {
      // Re-parse the cleaned article to keep paragraph breaks that textContent flattens.
      const { document: cleaned } = parseHTML(`<html><body>${article.content}</body></html>`);
      text = blockText(cleaned.body as unknown as Element);
    }
  } catch {
    text = null;
  }
  if (!text || !text.trim()) {
    const { document: fresh } = parseDocument(html);
    for (const el of fresh.querySelectorAll('script,style,noscript,template')) el.remove();
    text = blockText(fresh.body as unknown as Element);
  }
  return { text: tidy(text), title };
}

const BLOCK = /^(P|DIV|LI|H[1-6]|BR|TR|BLOCKQUOTE|SECTION|ARTICLE|HEADER|FOOTER|UL|OL|TABLE|FIGCAPTION|PRE)$/;

function blockText(root: Element | null): string {
  if (!root) return '';
  const out: string[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) out.push(child.textContent ?? '');
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (tag === 'SCRIPT' || tag === 'STYLE') continue;
        const block = BLOCK.test(tag);
        if (block) out.push('\n');
        walk(child);
        if (block) out.push('\n');
      }
    }
  };
  walk(root);
  return out.join('');
}

const tidy = (s: string) =>
  s
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
