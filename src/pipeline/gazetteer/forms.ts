// Names as the gazetteer stores them: the lexicon's key of a pattern, and a display name cleaned to
// how text writes it. How a language inflects its names is its pack's (PlaceGrammar).
import type { PlaceGrammar } from '../language-pack.ts';
import { tokenize } from '../lexicon.ts';
import { fold } from '../normalize.ts';

const foldedWords = new Map<string, string>();

/** The key under which the Lexicon stores a pattern (folded words, stems without *), as in lexicon.ts. */
export function patternKey(raw: string): string {
  let pattern = raw.trim();
  if (pattern.startsWith('!')) pattern = pattern.slice(1);
  const out: string[] = [];
  for (const word of pattern.split(/\s+/)) {
    // Names share their words (Republic, of, Islands): each is folded and split once.
    let key = foldedWords.get(word);
    if (key === undefined) {
      const stem = word.endsWith('*') && word.length > 1;
      key = tokenize(fold(stem ? word.slice(0, -1) : word))
        .map((t) => t.text)
        .join(' ');
      foldedWords.set(word, key);
    }
    if (key) out.push(key);
  }
  return out.join(' ');
}

/**
 * A display name as text writes it: no parenthetical ("Myanmar (Burma)"), "&" spelled out, the
 * spaced dash of "Congo - Kinshasa" closed up, and the language's own spelling (Russian о-ва → острова).
 */
export function cleanName(name: string, grammar: Pick<PlaceGrammar, 'and' | 'displayName'>): string {
  let n = name.replace(/\s*\([^)]*\)/g, '').replace(/\s+-\s+/g, '-');
  n = n.replace(/\s*&\s*/g, ` ${grammar.and} `);
  if (grammar.displayName) n = grammar.displayName(n);
  return n.replace(/\s+/g, ' ').trim();
}
