// Totals ("in total", "since 2019") versus single events ("this week", "on Thursday") versus stocks
// (how many are somewhere at a time: "remain", "are still held"): a total of returnees, one flight's
// returnees and those still in the camps are all right together and must not be read as a conflict.
// The markers are the language packs' data; they are folded as the text they are matched on is.

import { LANGUAGE_PACKS } from '../pipeline/languages/index.ts';
import { foldText } from './fold.ts';
import { CONTEXT_CHARS, contextAround, sentenceAround } from '../text/sentence.ts';

import type { Claim, Scope } from '../domain/claim.ts';

import type { ScopeReading } from '../domain/analysis-claim.ts';

export type { Scope, ScopeReading };

/** Regular-expression sources of every read language's markers, by scope (each pack gives its own). */
export const SCOPE_MARKERS = Object.fromEntries(
  (['total', 'event', 'stock'] as const).map((scope) => [
    scope,
    LANGUAGE_PACKS.map((pack) => ({ prefix: pack.scopeMarkerPrefix, markers: pack.scopeMarkers[scope] })),
  ]),
) as Record<Exclude<Scope, 'unmarked'>, { prefix: string | undefined; markers: string[] }[]>;

/** A marker folded as the text it is matched on is: its letters, not its escapes (`\\S` stays). */
const foldMarker = (source: string): string =>
  source
    .split(/(\\.)/u)
    .map((part, i) => (i % 2 ? part : foldText(part)))
    .join('');

// A language that glues conjunctions and prepositions to the next word and inflects its end (Arabic و ف
// ب ل) has its markers match as prefixes of a word; the others need a word boundary on both sides.
const alternatives = (languages: readonly { prefix: string | undefined; markers: string[] }[]): string[] =>
  languages.flatMap(({ prefix, markers }) =>
    markers.map(foldMarker).map((m) => (prefix ? `${prefix}?${m}` : `${m}(?![\\p{L}\\p{N}])`)),
  );

const ORDER = ['total', 'event', 'stock'] as const;

// Every scope's markers in one expression, a named group each, in the order of precedence: one scan of the
// text instead of three, and the word-start check tested once per position, not once per marker. At any
// position the first group that matches there is the one of highest precedence.
const MARKERS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${ORDER.map((scope) => `(?<${scope}>${alternatives(SCOPE_MARKERS[scope]).join('|')})`).join('|')})`,
  'gu',
);

/**
 * Reads the scope from the quote (and sentence, when given): a total marker outweighs an event one,
 * and an event one a stock one ("7 returned on Thursday while 300 remain": the sentence is an event's).
 * The marker is the first of the winning scope in the text.
 */
export function classifyScope(...texts: (string | null | undefined)[]): ScopeReading {
  const text = foldText(texts.filter(Boolean).join(' ')).replace(/[’ʼ`]/g, "'");
  let event: string | null = null;
  let stock: string | null = null;
  MARKERS.lastIndex = 0;
  for (let m = MARKERS.exec(text); m; m = MARKERS.exec(text)) {
    // "this week, bringing the total to 600": the number is the running total.
    if (m.groups!.total !== undefined) return { scope: 'total', marker: m[0] };
    if (m.groups!.event !== undefined) event ??= m[0];
    else stock ??= m[0];
    // The next match may start inside this one: a marker of higher precedence can overlap it.
    MARKERS.lastIndex = m.index + 1;
  }
  if (event !== null) return { scope: 'event', marker: event };
  if (stock !== null) return { scope: 'stock', marker: stock };
  return { scope: 'unmarked', marker: null };
}

/**
 * Whether a claim counts a total or a single event, read from its sentence when it is stored, so
 * series need not read the document's text again.
 */
export function claimScope(
  text: string,
  claim: Pick<Claim, 'quote' | 'span'>,
): { scope: Scope; scopeMarker: string | null } {
  const at = Math.max(0, claim.span.start - CONTEXT_CHARS);
  const sentence = sentenceAround(
    contextAround(text, claim.span),
    claim.span.start - at,
    claim.span.end - at,
  );
  const { scope, marker } = classifyScope(claim.quote, sentence);
  return { scope, scopeMarker: marker };
}
