// The sentence around a claim, cut from a window of text around its span: where its scope is read
// ("in total" often sits outside the quote). Used when a claim is stored (analysis/scope.ts) and for
// claims stored before their scope was, whose window the store reads back (storage/linking.sql.ts).

/** Text around a claim read for its scope, either side of its span. */
export const CONTEXT_CHARS = 240;

/** The text around a span, CONTEXT_CHARS either side of it: where its sentence is looked for. */
export function contextAround(text: string, span: { start: number; end: number }): string {
  const from = Math.max(0, span.start - CONTEXT_CHARS);
  return text.slice(from, from + span.end - span.start + 2 * CONTEXT_CHARS);
}

/** The sentence(s) holding [start, end) in a window of text. */
export function sentenceAround(window: string, start: number, end: number): string {
  const before = window.slice(0, Math.max(0, start));
  const after = window.slice(Math.max(0, end));
  const cut = Math.max(...['. ', '! ', '? ', '\n', '۔ ', '؟ '].map((m) => before.lastIndexOf(m)));
  const stop = after.search(/[.!?؟\n]/);
  return window.slice(cut < 0 ? 0 : cut + 1, stop < 0 ? window.length : Math.max(0, end) + stop + 1).trim();
}
