// Text with spans highlighted, built as React text nodes (never HTML). Overlapping spans are
// split at every boundary, so each character belongs to exactly one piece. With `sourceRuns`, every
// piece is an element naming where it starts in the text (data-src), so a selection made in it can be
// read back as offsets into the text (sourceOffsets.ts).
import type { ReactNode } from 'react';
import { SOURCE_ATTRIBUTE } from './sourceOffsets.ts';

export interface Mark {
  id: string;
  start: number;
  end: number;
  kind: 'claim' | 'release';
  label: string;
  active?: boolean;
}

export function Highlighted({
  text,
  marks,
  onSelect,
  sourceRuns = false,
}: {
  text: string;
  marks: Mark[];
  onSelect?: (id: string) => void;
  /** Each piece in an element carrying its offset in `text` (data-src). */
  sourceRuns?: boolean;
}) {
  return <>{highlightRange(text, 0, text.length, marks, new Set(), onSelect, sourceRuns)}</>;
}

/**
 * The pieces of text[from, to) with the marks over them. `seen` holds the marks already placed, so the
 * first piece of each (the one "show in text" scrolls to) is named once however the text is cut up.
 * With `sourceRuns`, each piece carries its offset in `text` (plain pieces in a span of their own).
 */
export function highlightRange(
  text: string,
  from: number,
  to: number,
  marks: Mark[],
  seen: Set<string>,
  onSelect?: (id: string) => void,
  sourceRuns = false,
): ReactNode[] {
  const here = marks.filter((m) => m.end > from && m.start < to && m.end > m.start);
  const cuts = new Set<number>([from, to]);
  for (const m of here) {
    cuts.add(Math.max(from, Math.min(to, m.start)));
    cuts.add(Math.max(from, Math.min(to, m.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: ReactNode[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const piece = text.slice(a, b);
    const covering = here.filter((m) => m.start <= a && m.end >= b);
    const source = sourceRuns ? { [SOURCE_ATTRIBUTE]: a } : {};
    if (!covering.length) {
      out.push(
        sourceRuns ? (
          <span key={`${a}`} {...source}>
            {piece}
          </span>
        ) : (
          piece
        ),
      );
      continue;
    }
    const m = covering[covering.length - 1]!;
    const first = !seen.has(m.id);
    seen.add(m.id);
    out.push(
      <mark
        key={`${a}`}
        id={first ? `mark-${m.id}` : undefined}
        data-mark={m.id}
        {...source}
        className={`hl ${m.kind}${covering.some((c) => c.active) ? ' active' : ''}`}
        title={m.label}
        tabIndex={first && onSelect ? 0 : undefined}
        onClick={onSelect ? () => onSelect(m.id) : undefined}
        onKeyDown={
          onSelect
            ? (e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onSelect(m.id);
                }
              }
            : undefined
        }
      >
        {piece}
      </mark>,
    );
  }
  return out;
}
