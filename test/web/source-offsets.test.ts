// A selection in a rendered report read back as offsets into its stored text: inside one run, across
// emphasis whose markers are not rendered, ends at the edge of a run or between elements, text that is
// not the report's own (an image's description), and selections refused as outside or empty.
// The DOM is linkedom's, built as the reader renders a Markdown report (runs carrying data-src).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { sourceOffsets } from '../../src/web/components/sourceOffsets.ts';

const SOURCE = [
  '# Flights',
  '',
  '- The first flight brought **52 women** home.',
  '- Then ![a photograph](x.png) 37 children.',
  '',
  '   ',
].join('\n');

/** The rendered report, each run of the source in an element carrying where it starts. */
function rendered() {
  const at = (words: string) => SOURCE.indexOf(words);
  const run = (words: string) => `<span data-src="${at(words)}">${words}</span>`;
  const html =
    `<main><h1 id="title">Report</h1><article id="text"><div class="markdown">` +
    `<h2>${run('Flights')}</h2>` +
    `<ul><li>${run('The first flight brought ')}<strong>${run('52 women')}</strong>${run(' home.')}</li>` +
    `<li>${run('Then ')}<span>[a photograph]</span>${run(' 37 children.')}</li></ul>` +
    // One run whose text is in two text nodes (as a renderer may leave it).
    `<p><mark data-src="${at('   ')}">x</mark></p>` +
    `</div></article></main>`;
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const mark = document.querySelector('mark')!;
  mark.textContent = '';
  mark.appendChild(document.createTextNode(' '));
  mark.appendChild(document.createTextNode('  '));
  const text = document.getElementById('text') as unknown as Node;
  /** The text node holding `words` (rendered), and where they start in it. */
  const find = (words: string): [Node, number] => {
    const walk = (node: Node): [Node, number] | null => {
      if (node.nodeType === 3 && node.nodeValue!.includes(words))
        return [node, node.nodeValue!.indexOf(words)];
      for (const child of Array.from(node.childNodes)) {
        const hit = walk(child);
        if (hit) return hit;
      }
      return null;
    };
    return walk(document.body)!;
  };
  return { document, text, find };
}

const ends = (start: [Node, number], end: [Node, number]) => ({
  startContainer: start[0],
  startOffset: start[1],
  endContainer: end[0],
  endOffset: end[1],
});

describe('sourceOffsets', () => {
  it('reads a selection inside one run as the same words of the source', () => {
    const { text, find } = rendered();
    const [node, at] = find('first flight');
    const span = sourceOffsets(text, ends([node, at], [node, at + 'first flight'.length]), SOURCE);
    expect(span).toEqual({ start: SOURCE.indexOf('first flight'), end: SOURCE.indexOf(' brought') });
  });

  it('spans the markers of emphasis that are not rendered, exactly as the source has them', () => {
    const { text, find } = rendered();
    const [from, at] = find('brought');
    const [to] = find('52 women');
    const span = sourceOffsets(text, ends([from, at], [to, '52 women'.length]), SOURCE);
    expect(span).toEqual({
      start: SOURCE.indexOf('brought'),
      end: SOURCE.indexOf('52 women') + '52 women'.length,
    });
    if ('start' in span) expect(SOURCE.slice(span.start, span.end)).toBe('brought **52 women');
  });

  it('moves an end at the edge of a run into the run beside it, leaving out markers it only touches', () => {
    const { text, find } = rendered();
    // From the very end of "…brought " (before the stars) to the very start of " home." (after them).
    const [before] = find('The first flight brought ');
    const [after] = find(' home.');
    const span = sourceOffsets(text, ends([before, 'The first flight brought '.length], [after, 0]), SOURCE);
    expect(span).toEqual({
      start: SOURCE.indexOf('52 women'),
      end: SOURCE.indexOf('52 women') + '52 women'.length,
    });
  });

  it('places ends given between elements (a whole list item) at the runs beside them', () => {
    const { document, text } = rendered();
    const item = document.querySelector('li') as unknown as Node;
    const span = sourceOffsets(text, ends([item, 0], [item, item.childNodes.length]), SOURCE);
    expect(span).toEqual({
      start: SOURCE.indexOf('The first'),
      end: SOURCE.indexOf(' home.') + ' home.'.length,
    });
  });

  it('skips text that is not the report’s own (an image’s description) at either end', () => {
    const { text, find } = rendered();
    const [alt] = find('[a photograph]');
    const [children] = find(' 37 children.');
    const forward = sourceOffsets(text, ends([alt, 3], [children, ' 37 children'.length]), SOURCE);
    expect(forward).toEqual({ start: SOURCE.indexOf(' 37'), end: SOURCE.indexOf(' 37 children') + 12 });
    const [then] = find('Then ');
    const back = sourceOffsets(text, ends([then, 0], [alt, 5]), SOURCE);
    expect(back).toEqual({ start: SOURCE.indexOf('Then'), end: SOURCE.indexOf('Then ') + 5 });
  });

  it('counts a run’s text nodes one after another', () => {
    const { document, text } = rendered();
    const mark = document.querySelector('mark')!;
    const second = mark.childNodes[1] as unknown as Node;
    const span = sourceOffsets(text, ends([second, 0], [second, 2]), 'x'.repeat(SOURCE.length));
    expect(span).toEqual({ start: SOURCE.indexOf('   ') + 1, end: SOURCE.indexOf('   ') + 3 });
  });

  it('refuses a selection reaching outside the report’s text', () => {
    const { text, find } = rendered();
    const [title] = find('Report');
    const [inside, at] = find('52 women');
    expect(sourceOffsets(text, ends([title, 0], [inside, at + 2]), SOURCE)).toEqual({ problem: 'outside' });
    expect(sourceOffsets(text, ends([inside, at], [title, 3]), SOURCE)).toEqual({ problem: 'outside' });
  });

  it('refuses a selection of nothing, of spaces only, or of no text of the report', () => {
    const { text, find, document } = rendered();
    const [node, at] = find('52 women');
    expect(sourceOffsets(text, ends([node, at], [node, at]), SOURCE)).toEqual({ problem: 'empty' });
    const mark = document.querySelector('mark')!;
    const blank = mark.childNodes[0] as unknown as Node;
    expect(sourceOffsets(text, ends([blank, 0], [mark.childNodes[1] as unknown as Node, 2]), SOURCE)).toEqual(
      { problem: 'empty' },
    );
    const [alt] = find('[a photograph]');
    expect(sourceOffsets(text, ends([alt, 1], [alt, 6]), SOURCE)).toEqual({ problem: 'empty' });
  });
});
