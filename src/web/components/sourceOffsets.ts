// Where a selection in a rendered report lies in the report's own text. The reader renders each run of
// the report's characters in an element carrying `data-src`, the offset in the stored text where the
// run starts (Highlighted.tsx, with `sourceRuns`); Markdown's syntax (heading and list markers, emphasis
// stars, link addresses) is not rendered, so the rendered text and the stored text differ, but inside a
// run they are the same characters. A selection's two ends are each placed in a run, or between runs,
// and read back as offsets into the stored text: the span a claim's highlight uses.
//
// Only the DOM's tree (childNodes, nodeType, attributes) is used, no Range arithmetic, so the mapping is
// the same in any DOM and can be tested outside a browser.

/** The attribute naming where a rendered run of the report starts in the stored text. */
export const SOURCE_ATTRIBUTE = 'data-src';

/** A selection's ends, as a DOM Range or Selection gives them. */
export interface SelectionEnds {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

export type SourceSelection =
  | { start: number; end: number }
  /** outside: an end lies outside the report's text; empty: it covers none of the report's words. */
  | { problem: 'outside' | 'empty' };

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** A text node of the rendered report, with where it starts in the stored text (null: not the report's). */
interface Piece {
  src: number | null;
  length: number;
}

/** A selection end, placed: inside a text node (at `offset`), or between text nodes (before `gap`). */
type Place = { piece: number; offset: number } | { gap: number };

/**
 * The stored-text offsets [start, end) of a selection made in `container` (the rendered report), or why
 * there are none. `text` is the stored text; a selection of nothing but spaces is empty. An end at the
 * edge of a run is moved into the run beside it, so that no markup the selection only touches (the
 * stars of "**29**" selected from "29") falls inside the span.
 */
export function sourceOffsets(container: Node, selection: SelectionEnds, text: string): SourceSelection {
  const ends = [
    { node: selection.startContainer, offset: selection.startOffset },
    { node: selection.endContainer, offset: selection.endOffset },
  ];
  const places: (Place | null)[] = [null, null];
  const pieces: Piece[] = [];
  /** Places the ends in `node` (at `offset` among its children, or any offset past the last). */
  const placeIn = (node: Node, offset: number | 'past', where: (end: { offset: number }) => Place) =>
    ends.forEach((end, i) => {
      if (places[i] === null && end.node === node && (offset === 'past' || end.offset === offset))
        places[i] = where(end);
    });

  // Depth first, in document order; `run` is the enclosing run's start and the characters passed in it.
  const walk = (node: Node, run: { src: number; passed: number } | null) => {
    if (node.nodeType === TEXT_NODE) {
      const length = node.nodeValue?.length ?? 0;
      const piece = pieces.length;
      pieces.push({ src: run ? run.src + run.passed : null, length });
      if (run) run.passed += length;
      placeIn(node, 'past', (end) => ({ piece, offset: Math.max(0, Math.min(end.offset, length)) }));
      return;
    }
    let inner = run;
    if (node.nodeType === ELEMENT_NODE) {
      const src = (node as Element).getAttribute(SOURCE_ATTRIBUTE);
      if (src !== null && /^\d+$/.test(src)) inner = { src: Number(src), passed: 0 };
    }
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      placeIn(node, i, () => ({ gap: pieces.length }));
      walk(children[i]!, inner);
    }
    placeIn(node, 'past', () => ({ gap: pieces.length }));
  };
  walk(container, null);
  const [from, to] = places;
  if (!from || !to) return { problem: 'outside' };

  /** A piece of the report's own text, not empty; null otherwise. */
  const sourced = (i: number) => {
    const p = pieces[i];
    return p && p.src !== null && p.length > 0 ? { src: p.src, length: p.length } : null;
  };
  // The start: inside a run, unless at its very end; else where the next run starts.
  let start: number | null = null;
  let next: number;
  if ('piece' in from) {
    const p = sourced(from.piece);
    if (p && from.offset < p.length) start = p.src + from.offset;
    next = from.piece + 1;
  } else next = from.gap;
  for (let i = next; start === null && i < pieces.length; i++) start = sourced(i)?.src ?? null;
  // The end: inside a run, unless at its very start; else where the run before it ends.
  let end: number | null = null;
  let previous: number;
  if ('piece' in to) {
    const p = sourced(to.piece);
    if (p && to.offset > 0) end = p.src + to.offset;
    previous = to.piece - 1;
  } else previous = to.gap - 1;
  for (let i = previous; end === null && i >= 0; i--) {
    const p = sourced(i);
    end = p ? p.src + p.length : null;
  }
  if (start === null || end === null || end <= start || !text.slice(start, end).trim())
    return { problem: 'empty' };
  return { start, end };
}
