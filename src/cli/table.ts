// Plain-text tables for the terminal: columns sized to content, long cells cut with an ellipsis.
import { stdout } from './io.ts';

const MAX_CELL = 60;
const width = (s: string) => [...s].length;
const cut = (s: string) => {
  const flat = s.replace(/\s+/g, ' ');
  return width(flat) > MAX_CELL ? [...flat].slice(0, MAX_CELL - 1).join('') + '…' : flat;
};

export function formatTable(headers: string[], rows: string[][]): string {
  const cells = rows.map((r) => r.map(cut));
  const widths = headers.map((h, i) => Math.max(width(h), ...cells.map((r) => width(r[i] ?? ''))));
  const line = (r: string[]) =>
    r
      .map((c, i) => c + ' '.repeat(Math.max(0, widths[i]! - width(c))))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

export function printTable(headers: string[], rows: string[][]): void {
  stdout().write(rows.length ? formatTable(headers, rows) + '\n' : '(nothing found)\n');
}

/** How a list command prints: a table for the terminal, or one JSON array for scripts. */
export type ListFormat = 'table' | 'json';

/** A list in the format asked for: each item as its JSON record, or as a row under the headers. */
export function printList<T>(
  format: ListFormat,
  items: readonly T[],
  json: (item: T) => unknown,
  table: { headers: string[]; row: (item: T) => string[] },
): void {
  if (format === 'json') stdout().write(JSON.stringify(items.map(json), null, 2) + '\n');
  else printTable(table.headers, items.map(table.row));
}
