// Sentences and paragraphs over normalised text: the units claims are read within.

export interface Segment {
  start: number;
  end: number;
  paragraph: number;
}

const TERMINATORS = new Set(['.', '!', '?', '؟', '…', '。']);

/** Splits at sentence punctuation followed by space and at blank lines (and single newlines). */
export function splitSentences(text: string, abbreviations: ReadonlySet<string>): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  let paragraph = 0;
  const n = text.length;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s]!)) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, paragraph });
  };
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    if (c === '\n') {
      push(i);
      start = i + 1;
      // A blank line (or a lone newline, as plain-text reports use) starts a new paragraph.
      paragraph++;
      continue;
    }
    if (!TERMINATORS.has(c)) continue;
    let j = i + 1;
    while (j < n && (TERMINATORS.has(text[j]!) || text[j] === '"' || text[j] === "'" || text[j] === ')')) j++;
    if (j < n && text[j] !== ' ' && text[j] !== '\n' && text[j] !== '\t') continue;
    if (c === '.') {
      // Abbreviations, initials (N. Abykayev) and numbers (No. 5) do not end sentences.
      let w = i;
      while (w > 0 && /[\p{L}.]/u.test(text[w - 1]!)) w--;
      const word = text.slice(w, i);
      if (word.length === 1 && /\p{L}/u.test(word)) continue;
      if (abbreviations.has(word)) continue;
    }
    push(j);
    start = j;
  }
  push(n);
  return out;
}
