// How the gazetteer reads Arabic names: stored without the article and the glued clitics, which the
// lexicon adds back; a name written with the article exactly when its country's name has one
// (العراق, but تونس and not البنين); nisbas in every form; and the words that make a name a place.
import {
  AMBIGUOUS,
  PLACE_CONTEXT,
  US_STATE_AFTER,
  US_STATE_BEFORE,
  AR_DEMONYMS_EXTRA,
  AR_NISBA,
} from './places.data.ts';
import { isWordChar, tokenBefore } from '../../gazetteer/tokens.ts';
import type { PlaceFormContext, PlaceGrammar } from '../../language-pack.ts';

/** Arabic words may carry و، ف، ب، ك، ل and the article: والعراق، بالعراق، للعراق. */
export const ARABIC_CLITICS = '[وف]?(?:بال|كال|لل|ال|[بكل])?';

/**
 * Every form of a nisba (تونسي): feminine تونسية, plurals تونسيون / تونسيين / تونسيات, the
 * accusative تونسيا and the dual; clitics (وال، بال، لل) come from the lexicon.
 */
export function nisbaForms(nisba: string): string[] {
  return ['', 'ة', 'ون', 'ين', 'ات', 'ا', 'ان', 'تان', 'تين'].map((ending) => nisba + ending);
}

/** Entries lose the article, which the clitic pattern adds back: العراق → عراق. */
export function withoutArticle(name: string): string {
  return name.startsWith('ال') && name.length > 4 ? name.slice(2) : name;
}

/**
 * Nouns for a place or a place of detention that a nationality adjective may qualify: "في الأراضي
 * السورية" (in Syrian territory), "السجون العراقية" (Iraqi prisons). After them a definite feminine
 * nisba names the country, as "Syrian territory" and "Iraqi prisons" do in other languages. Not a
 * border (الحدود التركية): it is between two countries. Folded as the engine scans text (ة → ه, أ → ا).
 */
const PLACE_NOUNS = [
  'اراضي',
  'ارض',
  'مدن',
  'مدينه',
  'قري',
  'قريه',
  'مناطق',
  'منطقه',
  'محافظه',
  'مخيمات',
  'مخيم',
  'سجون',
  'سجن',
  'معتقلات',
  'معتقل',
  'ساحه',
  'ساحات',
  'جبهات',
  'جبهه',
  'عاصمه',
  // Coasts and waters, where migrants drown or go missing: "قبالة السواحل الليبية"، "في المياه الليبية".
  'سواحل',
  'ساحل',
  'شواطئ',
  'مياه',
];

/** Plurals of "family" (folded), whose nationality adjective is a definite feminine singular. */
const FAMILY_NOUN = /^[وفبل]?(?:ال|لل)(?:عوا[ئي]ل|عا[ئي]لات|[اأ]سر)$/u;

const PLACE_NOUN = new RegExp(`(?:^|^[وفبل]?(?:ال|لل))(?:${PLACE_NOUNS.join('|')})$`, 'u');

/**
 * Nouns for the organs of a state: a definite feminine nisba after them (الحكومة الكازاخية، السلطات
 * العراقية، وزارة الخارجية التونسية) names the state that acts, which brings its citizens home
 * ("أعادت السلطات العراقية 500 عائلة": Iraqi families). Folded as the engine scans text.
 */
const STATE_NOUNS = [
  'حكومه',
  'سلطات',
  'وزاره',
  'دوله',
  'اجهزه',
  'رئاسه',
  'سفاره',
  'قنصليه',
  'خارجيه',
  'داخليه',
  'عدل',
  // Courts and prosecutors: "المحكمة العراقية", "المحاكم التونسية" name the state that tries the people
  // counted.
  'محكمه',
  'محاكم',
  'نيابه',
];

const STATE_NOUN = new RegExp(`^[وفبل]?(?:ال|لل)?(?:${STATE_NOUNS.join('|')})$`, 'u');
const COURT_NOUN = /^[وفبل]?(?:ال|لل)?(?:محكمه|محاكم|نيابه)$/u;

/**
 * Nouns of a state's armed forces (folded). After "من" or a noun for their members ("من القوات التركية",
 * "أفراد الشرطة الروسية", "عناصر من قوات الأمن العراقية") a definite feminine nisba names the state whose
 * force it is: the members counted before are of it. Not the force acting ("قتلت القوات التركية").
 */
const FORCE_NOUN = /^[وفبل]?(?:ال|لل)?(?:قوات|شرطه)$/u;
const SECURITY_NOUN = /^[وفبل]?(?:ال|لل)?(?:امن|جيش|نظام)$/u;
const MEMBERS_OR_FROM = /^(?:من|افراد|عناصر|جنود|منتسبي)$/u;

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
  return prev !== null && PLACE_NOUN.test(prev.text);
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
  // في الأراضي السورية، السجون العراقية; and a state's organ, which names the state: السلطات العراقية،
  // وزارة الخارجية الكازاخية.
  const prev = tokenBefore(text, start);
  // Families agree with a feminine singular adjective: "العوائل العراقية" (the Iraqi families) are people.
  if (prev && FAMILY_NOUN.test(prev.text)) return false;
  // "محكمة الأحداث العراقية", "النيابة العامة التونسية": the court, then its complement or adjective.
  const organ = prev && /^(?:ال|لل)/u.test(prev.text) ? tokenBefore(text, prev.start) : null;
  return (
    !(prev && (/(?:جنسيه|اصول|اصل)$/.test(prev.text) || STATE_NOUN.test(prev.text))) &&
    !(organ && COURT_NOUN.test(organ.text)) &&
    !nisbaOfPlace(text, start, at) &&
    !membersOfForce(text, start)
  );
}

/** "من القوات التركية", "أفراد الشرطة الروسية", "من قوات الأمن العراقية": a nisba naming a force's state. */
function membersOfForce(text: string, start: number): boolean {
  let prev = tokenBefore(text, start);
  if (prev && SECURITY_NOUN.test(prev.text)) prev = tokenBefore(text, prev.start);
  if (!prev || !FORCE_NOUN.test(prev.text)) return false;
  const before = tokenBefore(text, prev.start);
  return before !== null && MEMBERS_OR_FROM.test(before.text);
}

/**
 * Nouns for people (folded stems with their plural and accusative endings) after which a nisba agrees
 * with them as their nationality: "42 جنديا ماليا", "مواطنين ماليين", "امرأة مالية".
 */
const PERSON_NOUN =
  /^[وفبل]?(?:ال|لل)?(?:جندي(?:ا|ين|ان)?|جنود|عسكري(?:ا|ين|ون)?|مقاتل(?:ا|ين|ون)?|مسلح(?:ا|ين|ون)?|جهادي(?:ا|ين|ون)?|عنصر(?:ا)?|عناصر|مواطن(?:ا|ين|ون|ه|ات)?|شخص(?:ا)?|اشخاص|طفل(?:ا|ين|ان)?|اطفال|قاصر(?:ا|ين|ون)?|امراه|نساء|سيده|سيدات|فتاه|فتيات|رجل(?:ا)?|رجال|شاب(?:ا)?|شبان|لاجئ(?:ا|ين|ون)?|رهين(?:ه)?|رهائن|اسير(?:ا)?|اسري|ضابط(?:ا)?|ضباط|شرطي(?:ا|ين)?|مهاجر(?:ا|ين|ون)?|عامل(?:ا|ين)?|عمال|مدني(?:ا|ين|ون)?)$/u;

/** A government or armed forces, whose definite nisba is never "financial" (الحكومة المالية، القوات المالية). */
const MALI_STATE_NOUN = /^[وفبل]?(?:ال|لل)(?:حكومه|قوات)$/u;

/**
 * Mali's nisba is also "financial" (الأوراق المالية، وزارة المالية): a nationality only right after a
 * noun for people, or after a government or armed forces.
 */
function maliNisba(text: string, start: number): boolean {
  const prev = tokenBefore(text, start);
  return prev !== null && (PERSON_NOUN.test(prev.text) || MALI_STATE_NOUN.test(prev.text));
}

function acceptsForm({ text, match, at, articles }: PlaceFormContext): boolean {
  if (match.value.kind === 'demonym') {
    if (match.value.code === 'ML' && !maliNisba(text, match.start)) return false;
    return !definiteFeminineNisba(text, match.start, at);
  }
  const prefix = text.slice(match.start, at);
  const article = /ال$/.test(prefix) || /^[وف]?لل$/.test(prefix);
  // "في الأراضي السورية": سورية with the article is the nisba of a place noun, not the name.
  if (article ? articles.forbidden.has(match.pattern) : articles.required.has(match.pattern))
    return (
      article &&
      (nisbaOfPlace(text, match.start, at) ||
        familiesBefore(text, match.start) ||
        ofNationality(text, match.start))
    );
  return true;
}

/** "الجنسية السورية", "من الأصول السورية": سورية with the article after a nationality noun is one. */
function ofNationality(text: string, start: number): boolean {
  const prev = tokenBefore(text, start);
  return prev !== null && /(?:جنسيه|اصول|اصل)$/u.test(prev.text);
}

/** "العوائل السورية": سورية with the article after a family noun is the families' nationality. */
function familiesBefore(text: string, start: number): boolean {
  const prev = tokenBefore(text, start);
  if (!prev || !FAMILY_NOUN.test(prev.text)) return false;
  let end = start;
  while (isWordChar(text, end)) end++;
  return /ي[ةه]$/u.test(text.slice(start, end));
}

/**
 * القاعدة is also "the base" and "the rule": the group only when definite (القاعدة, للقاعدة; not
 * قاعدة, "a base") and not followed by a feminine adjective (القاعدة العسكرية, the military base;
 * القاعدة الجوية; القاعدة القانونية, the legal rule).
 */
function acceptsGroup(text: string, g: { start: number; end: number; value: string }): boolean {
  if (g.value !== 'al-qaeda') return true;
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

export const places: PlaceGrammar = {
  worldCountries: 'ara',
  demonyms: (code) => [...(AR_NISBA[code] ?? []).flatMap(nisbaForms), ...(AR_DEMONYMS_EXTRA[code] ?? [])],
  storedForm: withoutArticle,
  and: 'و',
  // "ترينيداد و توباغو": the conjunction is glued to the next word.
  displayName: (name) => name.replace(/\s+و\s+/g, ' و'),
  ambiguous: AMBIGUOUS,
  contextWords: PLACE_CONTEXT.words,
  // بمالي، لمالي، للمغرب: a glued preposition, with or without the article (the article alone is none).
  contextClitics: /^[وف]?[بكل]/u,
  usStateBefore: US_STATE_BEFORE,
  usStateAfter: US_STATE_AFTER,
  acceptsForm,
  acceptsGroup,
};
