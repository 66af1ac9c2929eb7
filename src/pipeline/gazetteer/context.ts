// Whether a place name the lexicon found names a place here. Some names are ordinary words or
// people's names too (Chad, того, مالي "financial", المغرب "sunset prayer"), some are Georgia the
// US state, and a place inside an armed group's name ("Islamic State in Somalia") is part of that
// name, not anyone's origin. The engine filters the gazetteer's matches through acceptPlace.
import type { LanguagePack } from '../language-pack.ts';
import { packFor } from '../languages/index.ts';
import type { LexiconMatch } from '../lexicon.ts';
import { fold } from '../normalize.ts';
import { gazetteerFor } from './compile.ts';
import { patternKey } from './forms.ts';
import { followedBy, isWordChar, precededBy, tokenAfter, tokenBefore } from './tokens.ts';
import type { PlaceRef } from './types.ts';

interface Rule {
  capital: boolean;
  context: boolean;
  person: boolean;
  usState: boolean;
  notAfter: string[];
  notBefore: string[];
}

interface LanguageRules {
  byPattern: Map<string, Rule>;
  /** Articles that may stand capitalised before a name at a sentence's start. */
  articles: Set<string>;
  contextWords: Set<string>;
  contextStems: string[];
  usBefore: string[];
  usAfter: string[];
}

const compiledRules = new Map<string, LanguageRules>();

function rulesFor(pack: LanguagePack): LanguageRules {
  const hit = compiledRules.get(pack.code);
  if (hit) return hit;
  const grammar = pack.places;
  const byPattern = new Map<string, Rule>();
  for (const r of grammar.ambiguous) {
    const names = grammar.nameForms
      ? r.names.flatMap((n) => (/\s/.test(n) ? [n] : grammar.nameForms!(n)))
      : r.names;
    for (const name of names) {
      const key = patternKey(grammar.storedForm ? grammar.storedForm(name) : name);
      const rule = byPattern.get(key) ?? {
        capital: false,
        context: false,
        person: false,
        usState: false,
        notAfter: [],
        notBefore: [],
      };
      rule.capital ||= r.capital === true;
      rule.context ||= r.context === true;
      rule.person ||= r.person === true;
      rule.usState ||= r.usState === true;
      rule.notAfter.push(...(r.notAfter ?? []).map(fold));
      rule.notBefore.push(...(r.notBefore ?? []).map(fold));
      byPattern.set(key, rule);
    }
  }
  const rules: LanguageRules = {
    byPattern,
    articles: new Set((grammar.articles ?? []).map(fold)),
    contextWords: new Set(grammar.contextWords.map(fold)),
    contextStems: (grammar.contextStems ?? []).map(fold),
    usBefore: grammar.usStateBefore.map(fold),
    usAfter: grammar.usStateAfter.map(fold),
  };
  compiledRules.set(pack.code, rules);
  return rules;
}

/** Where the name's own letters start, after Arabic clitics (وبالمغرب → المغرب's م). */
function coreStart(text: string, match: LexiconMatch<PlaceRef>): number {
  // Clitics are at most four letters; the pattern's first word follows them.
  const space = match.pattern.indexOf(' ');
  const first = space < 0 ? match.pattern : match.pattern.slice(0, space);
  for (let skip = 0; skip <= 4; skip++) {
    if (!isWordChar(text, match.start + skip - 1) && skip > 0) break;
    if (text.startsWith(first, match.start + skip)) return match.start + skip;
  }
  return match.start;
}

function capitalised(original: string | undefined, toOriginal: Int32Array | undefined, at: number): boolean {
  if (!original || !toOriginal) return true;
  const ch = original[toOriginal[at]!] ?? '';
  return ch !== ch.toLowerCase();
}

/** The words that link a list of places: "Mali, Niger and Chad", "تشاد ومالي". */
const LIST_GAP = /^[\s,،]*(?:and|or|et|ou|и|или|و)?[\s,،]*$/u;

/**
 * Whether a gap joins two items of a list of places. A nationality with only a space beside the name is
 * no list item but the adjective of a noun, whose verb the name may be ("نساء مغربيات عدن", returned).
 */
function listGap(gap: string, kind: PlaceRef['kind']): boolean {
  return LIST_GAP.test(gap) && (kind !== 'demonym' || gap.trim() !== '');
}

/** Whether another (unambiguous) place stands next to this one in a list. */
function inPlaceList(
  text: string,
  match: LexiconMatch<PlaceRef>,
  found: readonly LexiconMatch<PlaceRef>[] | undefined,
  rules: LanguageRules,
): boolean {
  if (!found) return false;
  return found.some(
    (q) =>
      q !== match &&
      q.value.kind !== 'none' &&
      rules.byPattern.get(q.pattern)?.context !== true &&
      ((q.end <= match.start &&
        match.start - q.end < 8 &&
        listGap(text.slice(q.end, match.start), q.value.kind)) ||
        (q.start >= match.end &&
          q.start - match.end < 8 &&
          listGap(text.slice(match.end, q.start), q.value.kind))),
  );
}

/** A preposition or governing noun before the name, or a place list it belongs to. */
function hasPlaceContext(
  pack: LanguagePack,
  text: string,
  match: LexiconMatch<PlaceRef>,
  at: number,
  found: readonly LexiconMatch<PlaceRef>[] | undefined,
  rules: LanguageRules,
): boolean {
  // A preposition glued to the name: بمالي، لمالي، للمغرب.
  if (at > match.start && pack.places.contextClitics?.test(text.slice(match.start, at))) return true;
  let prev = tokenBefore(text, match.start);
  if (prev && prev.text === "'") prev = tokenBefore(text, prev.start);
  if (prev && (rules.contextWords.has(prev.text) || rules.contextStems.some((s) => prev.text.startsWith(s))))
    return true;
  return inPlaceList(text, match, found, rules);
}

/**
 * Another capitalised word right before or after: a person's name (Michael Jordan, Maurice Papon),
 * even at a sentence's start, where a given name stands as often as any other word.
 */
function readsAsPersonName(
  text: string,
  match: LexiconMatch<PlaceRef>,
  found: readonly LexiconMatch<PlaceRef>[] | undefined,
  rules: LanguageRules,
  original: string | undefined,
  toOriginal: Int32Array | undefined,
): boolean {
  if (!original || !toOriginal) return false;
  const next = tokenAfter(text, match.end);
  if (
    next &&
    next.start - match.end <= 1 &&
    isWordChar(next.text, 0) &&
    capitalised(original, toOriginal, next.start) &&
    !found?.some((q) => q.start === next.start)
  )
    return true;
  const prev = tokenBefore(text, match.start);
  return (
    prev !== null &&
    match.start - (prev.start + prev.text.length) <= 1 &&
    isWordChar(prev.text, 0) &&
    capitalised(original, toOriginal, prev.start) &&
    !rules.contextWords.has(prev.text) &&
    !rules.articles.has(prev.text) &&
    !found?.some((q) => q.end === prev.start + prev.text.length)
  );
}

/** Georgia the US state: "state of Georgia", "Atlanta, Georgia", "Georgia (U.S.)", "ولاية جورجيا". */
function namesUsState(
  text: string,
  match: LexiconMatch<PlaceRef>,
  found: readonly LexiconMatch<PlaceRef>[] | undefined,
  rules: LanguageRules,
  original: string | undefined,
  toOriginal: Int32Array | undefined,
): boolean {
  if (rules.usBefore.some((p) => precededBy(text, match.start, p))) return true;
  if (rules.usAfter.some((p) => followedBy(text, match.end, p))) return true;
  // "Savannah, Georgia": a capitalised word that is no place, then a comma.
  const comma = tokenBefore(text, match.start);
  if (comma?.text !== ',') return false;
  const city = tokenBefore(text, comma.start);
  return (
    city !== null &&
    isWordChar(city.text, 0) &&
    original !== undefined &&
    capitalised(original, toOriginal, city.start) &&
    !found?.some((q) => q.end === city.start + city.text.length)
  );
}

/** Range around a place in which a group name containing it must lie. */
const GROUP_REACH = 80;

/** Whether a group's name found in folded text names the group there (Arabic القاعدة is also "the base"). */
export function acceptGroup(
  lang: string,
  text: string,
  g: { start: number; end: number; value: string },
): boolean {
  const acceptsGroup = packFor(lang)?.places.acceptsGroup;
  return acceptsGroup ? acceptsGroup(text, g) : true;
}

/**
 * Whether the place is part of an armed group's name ("Islamic State in Somalia", "Islamic
 * Movement of Uzbekistan", "Jemaah Islamiyah of Indonesia"): the name says nothing of where the
 * counted people come from or are.
 */
export function insideGroupName(
  lang: string,
  text: string,
  match: { start: number; end: number },
  original?: string,
  toOriginal?: Int32Array,
): boolean {
  const pack = packFor(lang);
  if (!pack) return false;
  const groups = gazetteerFor(pack).groups.scanRange(
    text,
    Math.max(0, match.start - GROUP_REACH),
    Math.min(text.length, match.end + GROUP_REACH),
    original,
    toOriginal,
  );
  const of = pack.places.groupOf;
  return groups.some(
    (g) =>
      (g.start <= match.start && match.end <= g.end) ||
      (of !== undefined &&
        g.end <= match.start &&
        match.start - g.end < 12 &&
        of.test(text.slice(g.end, match.start))),
  );
}

/**
 * Whether a place the gazetteer found in text (folded, as the engine scans it) names a place there.
 * found: every place match of the same scan (a list of places vouches for an ambiguous member);
 * original and toOriginal: the unfolded text, for capitals. An ambiguous name (the pack's places.data.ts) is a
 * place when its context makes it one and not otherwise; the pack checks the name's form (an Arabic
 * name has the article exactly when its country's name has one); nothing inside a group's name is.
 */
export function acceptPlace(
  lang: string,
  text: string,
  match: LexiconMatch<PlaceRef>,
  found?: readonly LexiconMatch<PlaceRef>[],
  original?: string,
  toOriginal?: Int32Array,
): boolean {
  if (match.value.kind === 'none') return false;
  const pack = packFor(lang);
  if (!pack) return true;
  const at = pack.clitics ? coreStart(text, match) : match.start;
  const { acceptsForm } = pack.places;
  if (acceptsForm && !acceptsForm({ text, match, at, articles: gazetteerFor(pack).articles })) return false;
  if (insideGroupName(lang, text, match, original, toOriginal)) return false;
  const rules = rulesFor(pack);
  const rule = rules.byPattern.get(match.pattern);
  if (!rule) return true;
  if (rule.capital && !capitalised(original, toOriginal, at)) return false;
  if (rule.notAfter.some((w) => precededBy(text, match.start, w))) return false;
  if (rule.notBefore.some((w) => followedBy(text, match.end, w))) return false;
  if (rule.usState && namesUsState(text, match, found, rules, original, toOriginal)) return false;
  if (rule.context && !hasPlaceContext(pack, text, match, at, found, rules)) return false;
  if (rule.person && !hasPlaceContext(pack, text, match, at, found, rules)) {
    if (readsAsPersonName(text, match, found, rules, original, toOriginal)) return false;
  }
  return true;
}
