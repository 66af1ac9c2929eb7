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
const compile = (languages: readonly { prefix: string | undefined; markers: string[] }[]): RegExp =>
  // The word-start check is shared by every marker, so it is tested once per position, not once per
  // marker.
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${languages
      .flatMap(({ prefix, markers }) =>
        markers.map(foldMarker).map((m) => (prefix ? `${prefix}?${m}` : `${m}(?![\\p{L}\\p{N}])`)),
      )
      .join('|')})`,
    'u',
  );

const TOTAL = compile(SCOPE_MARKERS.total);
const EVENT = compile(SCOPE_MARKERS.event);
const STOCK = compile(SCOPE_MARKERS.stock);

/**
 * Reads the scope from the quote (and sentence, when given): a total marker outweighs an event one,
 * and an event one a stock one ("7 returned on Thursday while 300 remain": the sentence is an event's).
 */
export function classifyScope(...texts: (string | null | undefined)[]): ScopeReading {
  const text = foldText(texts.filter(Boolean).join(' ')).replace(/[’ʼ`]/g, "'");
  const total = TOTAL.exec(text);
  // "this week, bringing the total to 600": the number is the running total.
  if (total) return { scope: 'total', marker: total[0] };
  const event = EVENT.exec(text);
  if (event) return { scope: 'event', marker: event[0] };
  const stock = STOCK.exec(text);
  if (stock) return { scope: 'stock', marker: stock[0] };
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
