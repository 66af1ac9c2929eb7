// Whether a place name the lexicon found names a place here. Some names are ordinary words or
// people's names too (Chad, того, مالي "financial", المغرب "sunset prayer"), some are Georgia the
// US state, and a place inside an armed group's name ("Islamic State in Somalia") is part of that
// name, not anyone's origin. The engine filters the gazetteer's matches through acceptPlace.
import { CHAR_KIND, WORD } from '../chars.ts';
import type { LexiconMatch } from '../lexicon.ts';
import { fold } from '../normalize.ts';
import { gazetteerFor, isGazetteerLang, storedForm, type GazetteerLang, type PlaceRef } from './compile.ts';
import {
  AMBIGUOUS,
  AR_PLACE_NOUNS,
  AR_STATE_NOUNS,
  PLACE_CONTEXT,
  US_STATE_AFTER,
  US_STATE_BEFORE,
} from './context.data.ts';
import { patternKey, russianNounForms } from './forms.ts';

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
  contextWords: Set<string>;
  contextStems: string[];
  usBefore: string[];
  usAfter: string[];
}

const compiledRules = new Map<GazetteerLang, LanguageRules>();

function rulesFor(lang: GazetteerLang): LanguageRules {
  const hit = compiledRules.get(lang);
  if (hit) return hit;
  const byPattern = new Map<string, Rule>();
  for (const r of AMBIGUOUS[lang]) {
    const names =
      lang === 'ru' ? r.names.flatMap((n) => (/\s/.test(n) ? [n] : russianNounForms(n))) : r.names;
    for (const name of names) {
      const key = patternKey(storedForm(lang, name));
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
    contextWords: new Set(PLACE_CONTEXT[lang].words.map(fold)),
    contextStems: (PLACE_CONTEXT[lang].stems ?? []).map(fold),
    usBefore: US_STATE_BEFORE[lang].map(fold),
    usAfter: US_STATE_AFTER[lang].map(fold),
  };
  compiledRules.set(lang, rules);
  return rules;
}

const isWordChar = (text: string, i: number) =>
  i >= 0 && i < text.length && CHAR_KIND[text.charCodeAt(i)] === WORD;

/** The token ending before pos (a word, or one other character), skipping spaces. */
function tokenBefore(text: string, pos: number): { text: string; start: number } | null {
  let i = pos - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  if (i < 0) return null;
  if (!isWordChar(text, i)) return { text: text[i]!, start: i };
  let j = i;
  while (isWordChar(text, j - 1)) j--;
  return { text: text.slice(j, i + 1), start: j };
}

/** The token starting after pos, skipping spaces. */
function tokenAfter(text: string, pos: number): { text: string; start: number } | null {
  let i = pos;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  if (i >= text.length) return null;
  if (!isWordChar(text, i)) return { text: text[i]!, start: i };
  let j = i;
  while (isWordChar(text, j)) j++;
  return { text: text.slice(i, j), start: i };
}

/** Whether phrase (folded) ends right before pos, as whole words. */
function precededBy(text: string, pos: number, phrase: string): boolean {
  const s = text.slice(Math.max(0, pos - phrase.length - 3), pos).trimEnd();
  return s.endsWith(phrase) && !isWordChar(s, s.length - phrase.length - 1);
}

/** Whether phrase (folded) starts right after pos, as whole words. */
function followedBy(text: string, pos: number, phrase: string): boolean {
  const s = text.slice(pos, pos + phrase.length + 3).trimStart();
  return s.startsWith(phrase) && !isWordChar(s, phrase.length);
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
      ((q.end <= match.start && match.start - q.end < 8 && LIST_GAP.test(text.slice(q.end, match.start))) ||
        (q.start >= match.end && q.start - match.end < 8 && LIST_GAP.test(text.slice(match.end, q.start)))),
  );
}

/** A preposition or governing noun before the name, or a place list it belongs to. */
function hasPlaceContext(
  lang: GazetteerLang,
  text: string,
  match: LexiconMatch<PlaceRef>,
  at: number,
  found: readonly LexiconMatch<PlaceRef>[] | undefined,
  rules: LanguageRules,
): boolean {
  // Arabic prepositions glued to the name: بمالي، لمالي، للمغرب (the article alone is none).
  if (lang === 'ar' && /[بلك]/.test(text.slice(match.start, at).replace(/ال$/, ''))) return true;
  let prev = tokenBefore(text, match.start);
  if (prev && prev.text === "'") prev = tokenBefore(text, prev.start);
  if (prev && (rules.contextWords.has(prev.text) || rules.contextStems.some((s) => prev.text.startsWith(s))))
    return true;
  return inPlaceList(text, match, found, rules);
}

/** Words that may stand capitalised before a country's name at a sentence's start. */
const ARTICLES = new Set(['the', 'a', 'an', 'le', 'la', 'les', 'un', 'une', 'des']);

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
    !ARTICLES.has(prev.text) &&
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

/**
 * A definite feminine singular nisba (السلطات التونسية، الحدود التركية) qualifies an institution, a
 * border or one person; counted people take the plural (التونسيين) or an indefinite form after a
 * number (150 امرأة تونسية).
 */
function definiteFeminineNisba(text: string, start: number, at: number): boolean {
  const prefix = text.slice(start, at);
  if (!/ال$/.test(prefix) && !/^[وف]?لل$/.test(prefix)) return false;
  let end = at;
  while (isWordChar(text, end)) end++;
  if (!text.slice(at, end).endsWith('يه')) return false;
  // Except nationality itself: يحملون الجنسية التونسية، من الأصول المغربية; and a place it qualifies:
  // في الأراضي السورية، السجون العراقية.
  // …and a state's organ, which names the state: السلطات العراقية، وزارة الخارجية الكازاخية.
  const prev = tokenBefore(text, start);
  return (
    !(prev && (/(?:جنسيه|اصول|اصل)$/.test(prev.text) || AR_STATE_NOUN.test(prev.text))) &&
    !nisbaOfPlace(text, start, at)
  );
}

const AR_STATE_NOUN = new RegExp(`^[وفبل]?(?:ال|لل)?(?:${AR_STATE_NOUNS.join('|')})$`, 'u');

/**
 * Whether a definite feminine nisba qualifies a noun for a place, alone or in a coordinated chain:
 * "في الأراضي السورية", "في الأراضي العراقية والسورية".
 */
function nisbaOfPlace(text: string, start: number, at: number): boolean {
  let end = at;
  while (isWordChar(text, end)) end++;
  if (!text.slice(at, end).endsWith('يه')) return false;
  let prev = tokenBefore(text, start);
  for (let hops = 0; prev && hops < 3 && /^[وف]?(?:ال|لل)\S*يه$/u.test(prev.text); hops++)
    prev = tokenBefore(text, prev.start);
  return prev !== null && AR_PLACE_NOUN.test(prev.text);
}

const AR_PLACE_NOUN = new RegExp(`(?:^|^[وفبل]?(?:ال|لل))(?:${AR_PLACE_NOUNS.join('|')})$`, 'u');

/** Range around a place in which a group name containing it must lie. */
const GROUP_REACH = 80;
/** "Jemaah Islamiyah of Indonesia", "Jamaat … de l'Indonésie": the place that completes a group's name. */
const GROUP_OF: Partial<Record<GazetteerLang, RegExp>> = {
  en: /^\s+of\s+(?:the\s+)?$/,
  fr: /^\s*(?:de\s+(?:la\s+|l')?|du\s+|d')\s*$/,
};

/**
 * Whether a group name found in text is the group. Arabic القاعدة is also "the base" and "the rule":
 * the group only when definite (القاعدة, للقاعدة; not قاعدة, "a base") and not followed by a feminine
 * adjective (القاعدة العسكرية, the military base; القاعدة الجوية; القاعدة القانونية, the legal rule).
 */
export function acceptGroup(
  lang: string,
  text: string,
  g: { start: number; end: number; value: string },
): boolean {
  if (lang !== 'ar' || g.value !== 'al-qaeda') return true;
  const surface = text.slice(g.start, g.end);
  // The engine reads normalised text (ة → ه, إ → ا); a raw text is read the same.
  const bare = Math.max(surface.lastIndexOf('قاعدة'), surface.lastIndexOf('قاعده'));
  if (bare < 0) return true;
  const before = surface.slice(0, bare);
  if (!before.endsWith('ال') && !before.endsWith('لل')) return false;
  const next = /^\s+(\p{L}+)/u.exec(text.slice(g.end, g.end + 30))?.[1] ?? '';
  // "جماعة القاعدة الإرهابية": an adjective of the group (agreeing with جماعة) keeps it.
  if (/^(?:ال[إا]رهابي|المتطرف|الجهادي|المسلح)[ةه]$/u.test(next)) return true;
  return !/^(?:[وفبلك])?(?:ال|لل)\p{L}+[ةه]$/u.test(next);
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
  if (!isGazetteerLang(lang)) return false;
  const groups = gazetteerFor(lang).groups.scanRange(
    text,
    Math.max(0, match.start - GROUP_REACH),
    Math.min(text.length, match.end + GROUP_REACH),
    original,
    toOriginal,
  );
  const of = GROUP_OF[lang];
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
 * original and toOriginal: the unfolded text, for capitals. An ambiguous name (context.data.ts) is a
 * place when its context makes it one and not otherwise; an Arabic name is written with the article
 * exactly when its country's name has one (العراق but not البنين); nothing inside a group's name is.
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
  if (!isGazetteerLang(lang)) return true;
  const at = lang === 'ar' ? coreStart(text, match) : match.start;
  if (lang === 'ar' && match.value.kind !== 'demonym') {
    const { articles } = gazetteerFor(lang);
    const prefix = text.slice(match.start, at);
    const article = /ال$/.test(prefix) || /^[وف]?لل$/.test(prefix);
    // "في الأراضي السورية": سورية with the article is the nisba of a place noun, not the name.
    if (article ? articles.forbidden.has(match.pattern) : articles.required.has(match.pattern))
      if (!(article && nisbaOfPlace(text, match.start, at))) return false;
  }
  if (lang === 'ar' && match.value.kind === 'demonym' && definiteFeminineNisba(text, match.start, at))
    return false;
  if (insideGroupName(lang, text, match, original, toOriginal)) return false;
  const rules = rulesFor(lang);
  const rule = rules.byPattern.get(match.pattern);
  if (!rule) return true;
  if (rule.capital && !capitalised(original, toOriginal, at)) return false;
  if (rule.notAfter.some((w) => precededBy(text, match.start, w))) return false;
  if (rule.notBefore.some((w) => followedBy(text, match.end, w))) return false;
  if (rule.usState && namesUsState(text, match, found, rules, original, toOriginal)) return false;
  if (rule.context && !hasPlaceContext(lang, text, match, at, found, rules)) return false;
  if (rule.person && !hasPlaceContext(lang, text, match, at, found, rules)) {
    if (readsAsPersonName(text, match, found, rules, original, toOriginal)) return false;
  }
  return true;
}
