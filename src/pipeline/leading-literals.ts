// A cheap test before an expensive one: the literal words a pattern's every match must start with,
// read from its source, so a sentence without any of them is never searched with the pattern.

const SPECIAL = '\\()[]{}.^$|?*+';

/**
 * Literals one of which starts every match of the pattern, or null when the source does not say (it
 * opens with a class, an escape, an optional group, or has alternatives at its top level). Leading
 * lookbehinds are skipped: they match no characters. `(?:under|below|less than)\s+...` gives
 * under, below, less than; `(?<!\p{L})(?:agee?s?|ages?)\s+...` gives age, age.
 */
export function leadingLiterals(source: string): string[] | null {
  if (splitAlternatives(source, 0).alternatives.length > 1) return null;
  let at = 0;
  while (source.startsWith('(?<!', at) || source.startsWith('(?<=', at)) {
    const group = splitAlternatives(source, at + 4);
    if (group.end < 0) return null;
    at = group.end + 1;
  }
  if (!source.startsWith('(?:', at)) {
    const literal = literalPrefix(source.slice(at));
    return literal ? [literal] : null;
  }
  const group = splitAlternatives(source, at + 3);
  if (group.end < 0) return null;
  // The group must be there in every match, not optional or repeatable from zero.
  const after = source[group.end + 1];
  if (after === '?' || after === '*' || after === '{') return null;
  const literals: string[] = [];
  for (const alternative of group.alternatives) {
    const literal = literalPrefix(alternative);
    if (!literal) return null;
    literals.push(literal);
  }
  return literals;
}

/**
 * The alternatives of the group whose body starts at `from`, up to its closing bracket (end, the
 * index of that bracket, or -1 when the source ends first: then the whole rest is the group).
 */
function splitAlternatives(source: string, from: number): { alternatives: string[]; end: number } {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = from;
  for (let i = from; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) {
        alternatives.push(source.slice(start, i));
        return { alternatives, end: i };
      }
      depth--;
    } else if (c === '|' && depth === 0) {
      alternatives.push(source.slice(start, i));
      start = i + 1;
    }
  }
  alternatives.push(source.slice(start));
  return { alternatives, end: -1 };
}

/** The plain characters a pattern starts with, without one a quantifier may make absent. */
function literalPrefix(pattern: string): string {
  let literal = '';
  for (let k = 0; k < pattern.length; k++) {
    const c = pattern[k]!;
    if (SPECIAL.includes(c)) break;
    const next = pattern[k + 1];
    if (next === '?' || next === '*' || next === '{') break;
    literal += c;
  }
  return literal;
}

/**
 * Literals one of which every match of the pattern contains, wherever it stands: a plain run of
 * characters or a group of literal alternatives at the top level that no quantifier makes optional.
 * For patterns that open with a capture or a class (`(?<min>\d+)\s*-\s*(?<max>\d+)\s+ans` gives ans);
 * of several such requirements, the one whose shortest literal is longest (the rarest in text). Null
 * when there is none, or the pattern has alternatives at its top level.
 */
export function requiredLiterals(source: string): string[] | null {
  if (splitAlternatives(source, 0).alternatives.length > 1) return null;
  let best: string[] | null = null;
  const consider = (literals: string[]) => {
    const shortest = Math.min(...literals.map((l) => l.length));
    if (shortest > 0 && (!best || shortest > Math.min(...best.map((l) => l.length)))) best = literals;
  };
  let run = '';
  const endRun = () => {
    if (run) consider([run]);
    run = '';
  };
  for (let i = 0; i < source.length;) {
    const c = source[i]!;
    if (c === '(') {
      endRun();
      const lookaround = /^\(\?<?[=!]/.test(source.slice(i, i + 4));
      const named = /^\(\?<(\w+)>/.exec(source.slice(i));
      const bodyAt = source.startsWith('(?:', i)
        ? i + 3
        : named
          ? i + named[0].length
          : lookaround
            ? -1
            : i + 1;
      const group = splitAlternatives(source, lookaround ? i + (source[i + 2] === '<' ? 4 : 3) : bodyAt);
      if (group.end < 0) return best;
      const optional = /^[?*{]/.test(source[group.end + 1] ?? '');
      if (!lookaround && !optional) {
        const literals = group.alternatives.map(literalPrefix);
        if (literals.every((l) => l)) consider(literals);
      }
      i = group.end + 1;
      continue;
    }
    if (c === '[' || c === '\\') {
      endRun();
      // A class or an escape: past it and its quantifier.
      if (c === '[') {
        let j = i + 1;
        while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
        i = j + 1;
      } else i += source[i + 1] === 'p' || source[i + 1] === 'P' ? source.indexOf('}', i) + 1 : 2;
      continue;
    }
    const next = source[i + 1];
    if (SPECIAL.includes(c)) {
      endRun();
      i++;
      continue;
    }
    if (next === '?' || next === '*' || next === '{') {
      endRun();
      i++;
      continue;
    }
    run += c;
    if (next === '+') endRun();
    i++;
  }
  endRun();
  return best;
}
