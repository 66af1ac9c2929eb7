// The passage a search hit shows, and where in it the query matched: the query's own words (by a stem
// shared with the text's word), a concept's words in any language, and the places it named. Matching
// runs on the folded text (text/fold.ts) and maps back, so offsets are the report's own characters.
import { placeMentions } from '../pipeline/gazetteer/index.ts';
import { readWords, termFinder, type ConceptTerm } from './concepts.ts';
import { foldText, foldWithOffsets } from './fold.ts';

export interface Span {
  start: number;
  end: number;
}

export interface Passage {
  /** Part of the text around the best matches ("…" where cut); line breaks shown as spaces. */
  snippet: string;
  /** Matches, as offsets into `snippet`, in order and apart. */
  highlights: Span[];
}

export interface HighlightQuery {
  /** The query's plain words (websearch syntax allowed: quotes, `or`, `-excluded` are not marked). */
  text: string;
  /** Each concept's terms (one list per concept the query named). */
  concepts: readonly (readonly ConceptTerm[])[];
  /** Place codes the query named. */
  codes: readonly string[];
}

/** Reports longer than this are searched for a passage in their opening only. */
const SCANNED = 100_000;
const WORD = /[\p{L}\p{N}]+/gu;

/** Folded stems of the query's plain words: all but the last two letters, three at least. */
function queryStems(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/-?"[^"]*"|-?[^\s"]+/g)) {
    if (m[0].startsWith('-')) continue;
    for (const w of foldText(m[0]).match(WORD) ?? []) {
      if (w === 'or' || w === 'and') continue;
      const letters = [...w];
      if (letters.length < 2) continue;
      out.push(letters.slice(0, Math.max(3, letters.length - 2)).join(''));
    }
  }
  return [...new Set(out)];
}

/** Every match of the query in the text, each tagged with the part of the query it answers. */
export function matchesIn(text: string, query: HighlightQuery): (Span & { part: string })[] {
  const head = text.slice(0, SCANNED);
  const { text: folded, toOriginal } = foldWithOffsets(head);
  const words: string[] = [];
  const spans: Span[] = [];
  for (const m of folded.matchAll(WORD)) {
    words.push(m[0]);
    spans.push({ start: toOriginal[m.index]!, end: toOriginal[m.index + m[0].length]! });
  }
  const out: (Span & { part: string })[] = [];
  const stems = queryStems(query.text);
  const read = readWords(words);
  const finders = query.concepts.map(termFinder);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const stem = stems.find((s) => w.startsWith(s));
    if (stem) out.push({ ...spans[i]!, part: `w:${stem}` });
    finders.forEach((find, c) => {
      const term = find(read, i);
      if (term)
        out.push({ start: spans[i]!.start, end: spans[i + term.words.length - 1]!.end, part: `c:${c}` });
    });
  }
  if (query.codes.length)
    for (const p of placeMentions(head))
      if (query.codes.includes(p.code)) out.push({ start: p.start, end: p.end, part: `p:${p.code}` });
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The passage of `width` characters holding matches of the most parts of the query, its matches marked. */
export function passage(text: string, query: HighlightQuery, width = 240): Passage {
  const matches = matchesIn(text, query).slice(0, 2000);
  let start = 0;
  let best = -1;
  // Matches are in order of their start: a window's matches begin at `first` and end before one starting
  // past the window, so each window looks at its own matches only.
  let first = 0;
  for (const m of matches) {
    const from = Math.max(0, m.start - Math.floor(width / 4));
    while (matches[first]!.start < from) first++;
    const parts = new Set<string>();
    for (let k = first; k < matches.length && matches[k]!.start <= from + width; k++)
      if (matches[k]!.end <= from + width) parts.add(matches[k]!.part);
    if (parts.size > best) [best, start] = [parts.size, from];
  }
  // Start and end on a word boundary where one is near.
  if (start > 0) {
    const space = text.slice(start, start + 30).search(/\s/);
    if (space >= 0) start += space + 1;
  }
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const space = text.slice(start, end).search(/\s\S*$/);
    if (space > width / 2) end = start + space;
  }
  const lead = start > 0 ? '…' : '';
  const snippet = lead + text.slice(start, end).replace(/\s/g, ' ') + (end < text.length ? '…' : '');
  const highlights: Span[] = [];
  for (const m of matches) {
    if (m.start < start || m.end > end) continue;
    const span = { start: m.start - start + lead.length, end: m.end - start + lead.length };
    const last = highlights[highlights.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else highlights.push(span);
  }
  return { snippet, highlights };
}

/** The snippet with its matches wrapped in `open` and `close`, for plain-text surfaces. */
export function marked(p: Passage, open = '«', close = '»'): string {
  let out = '';
  let at = 0;
  for (const h of p.highlights) {
    out += p.snippet.slice(at, h.start) + open + p.snippet.slice(h.start, h.end) + close;
    at = h.end;
  }
  return out + p.snippet.slice(at);
}
