// Text with spans highlighted, built as React text nodes (never HTML). Overlapping spans are
// split at every boundary, so each character belongs to exactly one piece.
import type { ReactNode } from 'react';

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
}: {
  text: string;
  marks: Mark[];
  onSelect?: (id: string) => void;
}) {
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(text.length, m.start)));
    cuts.add(Math.max(0, Math.min(text.length, m.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: ReactNode[] = [];
  const firstSeen = new Set<string>();
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const piece = text.slice(from, to);
    const covering = marks.filter((m) => m.start <= from && m.end >= to && m.end > m.start);
    if (!covering.length) {
      out.push(piece);
      continue;
    }
    const m = covering[covering.length - 1]!;
    const first = !firstSeen.has(m.id);
    firstSeen.add(m.id);
    out.push(
      <mark
        key={`${from}`}
        id={first ? `mark-${m.id}` : undefined}
        data-mark={m.id}
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
  return <>{out}</>;
}
