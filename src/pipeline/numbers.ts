// The grammar of numbers: digits with any grouping, number words, scale words, ranges, bounds and
// hedges, in any supported language. Works on normalised text; returns offsets into it.
import type { Qualifier } from '../domain/claim.ts';
import type { CompiledPack } from './compiled-pack.ts';
import type { LexiconMatch } from './lexicon.ts';
import type { NumberWord } from './language-pack.ts';

export interface NumberMention {
  /** The whole expression, bound words included. */
  start: number;
  end: number;
  /** The numeric part only (for quotes and exclusion checks). */
  numStart: number;
  numEnd: number;
  min: number | null;
  max: number | null;
  qualifier: Qualifier;
  /** Written in digits without grouping and between 1900 and 2100: maybe a year. */
  yearLike: boolean;
  spelled: boolean;
  /** Where the quote opens when not at `start`: a dual noun's core, past the clitics glued to it. */
  quoteStart?: number;
  /** Where the noun of an inverted approximate count stands before the number ("человек двадцать"). */
  nounBefore?: number;
}

interface Atom {
  start: number;
  end: number;
  value: number;
  yearLike: boolean;
  spelled: boolean;
  /** The scale word that ends the atom (4 آلاف, три тысячи): 1000, 1e6, or absent. */
  scale?: number;
  /** Its value when a smaller number joins it (NumberWord.beforeSmaller): ألفا و200 is 1,200. */
  joined?: number;
}

// Arabic glues و، ب، ل، ال to digits (بـ85, و104, الـ300): those still start a number. Web copy also
// drops the space between a word and digits (نحو70، أكثر من251): any Arabic letter may stand before.
const DIGITS =
  /(?:(?<![\p{L}\p{N}])|(?<=(?<![\p{L}\p{N}])(?:[وف]?[بلك]|[وف])(?:ال)?)|(?<=[\u0621-\u064a]))(?:\d{1,3}(?:(?:,|\.| )\d{3})+(?!\d)|\d+)(?:[.,]\d+(?!\d))?/uy;

/**
 * The first match of DIGITS in s at or after from, or null. A number starts at a digit: trying the
 * (sticky) pattern only there finds what a global search would, without testing its lookbehinds at
 * every other position.
 */
function nextDigits(s: string, from: number): RegExpExecArray | null {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    DIGITS.lastIndex = i;
    const m = DIGITS.exec(s);
    if (m) return m;
  }
  return null;
}

function parseDigits(raw: string): { value: number; grouped: boolean } {
  const grouping = /^\d{1,3}(?:[,. ]\d{3})+/.exec(raw);
  if (grouping) {
    const rest = raw.slice(grouping[0].length);
    const whole = Number(grouping[0].replace(/[,. ]/g, ''));
    return { value: rest ? whole + Number(`0.${rest.slice(1)}`) : whole, grouped: true };
  }
  return { value: Number(raw.replace(',', '.')), grouped: false };
}

/** A time word right before a year: في، عام، منذ، خلال (with a glued و/ف, or the article on عام). */
const AR_TIME_WORD_BEFORE = /(?:^|[^\u0621-\u064a])[وف]?(?:في|عام|العام|لعام|منذ|خلال|سنة)\s+$/u;

/** The Arabic article glued to digits (الـ120, ال120). */
const AR_ARTICLE_BEFORE = /ال[ـ]?$/u;

/** Three digits, a space, one to three digits, then a word in Arabic script: groups read in reverse. */
const REVERSED_GROUPS = /(\d{3} (\d{1,3}))(?=\s+[\u0621-\u064a])/y;

/**
 * Digits that are part of an armed group's name ("إم 23", "March 23 Movement") count no one: they go
 * before the number words after them are read, lest "إم 23 خمسين طفلا" take the words for their unit.
 */
function withoutGroupNames(atoms: Atom[], text: string, from: number, to: number, cp: CompiledPack): Atom[] {
  if (!atoms.length) return atoms;
  const names = cp.groups.scanRange(text, from, to);
  if (!names.length) return atoms;
  return atoms.filter((a) => !names.some((g) => g.start <= a.start && a.end <= g.end));
}

function digitAtoms(text: string, from: number, to: number, cp: CompiledPack): Atom[] {
  const atoms: Atom[] = [];
  const slice = text.slice(from, to);
  for (let m = nextDigits(slice, 0); m; m = nextDigits(slice, m.index + m[0].length)) {
    let { value, grouped } = parseDigits(m[0]);
    let end = from + m.index + m[0].length;
    // Arabic copied from a laid-out page reverses the groups of a spaced number: "293 1 طفلا" is 1 293.
    // A lone group of three digits, then one of one to three before a word, can be nothing else.
    let reversed: RegExpExecArray | null = null;
    // "المعتقلين الـ120 14 امرأة": digits after the article are a definite count of their own (the 120).
    if (
      cp.pack.script === 'arabic' &&
      m[0].length === 3 &&
      !AR_ARTICLE_BEFORE.test(slice.slice(Math.max(0, m.index - 3), m.index))
    ) {
      REVERSED_GROUPS.lastIndex = m.index;
      reversed = REVERSED_GROUPS.exec(slice);
    }
    if (reversed && !/[\d.,]\s?$/.test(slice.slice(Math.max(0, m.index - 2), m.index))) {
      value = Number(reversed[2]) * 1000 + value;
      grouped = true;
      end = from + m.index + reversed[1]!.length;
      m[0] = reversed[1]!;
    }
    let scaled = value;
    // A scale word after the digits: 4 thousand, 2 тыс., 1.5 million, 4 آلاف.
    const after = text.slice(end, Math.min(to, end + 24));
    const gap = /^[\s-]*/.exec(after)![0].length;
    // A year after a time word (في 2019 ألف شخص, منذ 2015 آلاف) is no number a scale word multiplies:
    // the scale word starts a count of its own.
    const yearFirst =
      cp.pack.script === 'arabic' &&
      m[0].length === 4 &&
      !grouped &&
      value >= 1900 &&
      value <= 2100 &&
      AR_TIME_WORD_BEFORE.test(text.slice(Math.max(0, from + m.index - 12), from + m.index));
    const scale = yearFirst
      ? undefined
      : cp.scaleWords.scanRange(text, end + gap, Math.min(to, end + 24)).find((s) => s.start === end + gap);
    if (scale) {
      scaled = value * scale.value;
      end = scale.end;
      // An abbreviated scale keeps its dot (тыс., mln.); a full word's dot ends the sentence.
      // Arabic abbreviates no scale word: "27 ألفا." ends the sentence.
      if (text[end] === '.' && scale.end - scale.start <= 4 && !isArabicLetter(text.charCodeAt(end - 1)))
        end++;
    }
    const yearLike =
      !grouped && !scale && Number.isInteger(value) && value >= 1900 && value <= 2100 && m[0].length === 4;
    const atom: Atom = {
      start: from + m.index,
      end,
      value: Math.round(scaled),
      yearLike,
      spelled: false,
      // Set later for some atoms, present in all: an atom has one shape.
      scale: undefined,
      joined: undefined,
    };
    if (scale) atom.scale = scale.value;
    atoms.push(atom);
  }
  return atoms;
}

/** Joins adjacent number words into values: "two hundred and fifty", "خمسة وعشرون", "quatre-vingt-dix". */
function wordAtoms(text: string, from: number, to: number, cp: CompiledPack): Atom[] {
  const words = cp.numberWords.scanRange(text, from, to);
  const atoms: Atom[] = [];
  let i = 0;
  while (i < words.length) {
    const run: LexiconMatch<NumberWord>[] = [words[i]!];
    let j = i + 1;
    while (
      j < words.length &&
      joinable(text, run[run.length - 1]!.end, words[j]!.start, cp) &&
      composes(run[run.length - 1]!.value, words[j]!.value)
    )
      run.push(words[j++]!);
    if (run.length > 1) cutRepeatedSize(run);
    if (run.length > 1) cutBeforeScaledTail(text, run, to, cp);
    j = i + run.length;
    let total = 0;
    let current = 0;
    let sawRealNumber = false;
    for (let k = 0; k < run.length; k++) {
      const { kind, beforeSmaller } = run[k]!.value;
      const value = beforeSmaller !== undefined && k + 1 < run.length ? beforeSmaller : run[k]!.value.value;
      if (kind === 'unit') {
        current += value;
        if (value !== 1) sawRealNumber = true;
      } else if (kind === 'multiplier') {
        current = (current || 1) * value;
        sawRealNumber = true;
      } else {
        total += (current || 1) * value;
        current = 0;
        sawRealNumber = true;
      }
    }
    total += current;
    if (sawRealNumber && total > 1) {
      let end = run[run.length - 1]!.end;
      // A scale after spelled numbers: "five thousand" handled above; "три тыс." here.
      const scale = cp.scaleWords
        .scanRange(text, end, Math.min(to, end + 16))
        .find((s) => /^\s*$/.test(text.slice(end, s.start)));
      let scaled: number | undefined;
      // A number word that is also a scale word scales the number before it and is no number of its
      // own (Arabic ثلاثون ألفا, 30,000, against ألفا شخص alone, 2,000).
      const scaleWord = scale && cp.numberWords.get(text.slice(scale.start, scale.end));
      const scaleIsNext = scaleWord !== undefined && words[j]?.start === scale!.start && total < scale!.value;
      if (scale && (!scaleWord || scaleIsNext)) {
        total *= scale.value;
        end = scale.end;
        scaled = scale.value;
        if (scaleIsNext) j++;
      }
      // "وثلاث نساء", "بخمسة آلاف": the number starts past a glued conjunction or preposition (not
      // past an article: "الأطفال الثلاثة" and "في المئة" are read from it).
      const first = run[0]!;
      const stem = first.end - first.pattern.length;
      const start =
        stem > first.start &&
        text.endsWith(first.pattern, first.end) &&
        GLUED_PARTICLES.test(text.slice(first.start, stem))
          ? stem
          : first.start;
      const atom: Atom = {
        start,
        end,
        value: total,
        yearLike: false,
        spelled: true,
        scale: undefined,
        joined: undefined,
      };
      if (scaled) atom.scale = scaled;
      else {
        // "ألف و200", "ألفين و500", "a thousand and 200": a thousand or a million said in a word takes a
        // smaller number after it as the scale word of "4 آلاف و200" does (joinScaled).
        const last = run[run.length - 1]!.value;
        if (last.kind === 'scale') atom.scale = last.value;
        else if (run.length === 1 && last.value >= 1000 && last.value % 1000 === 0)
          atom.scale = last.value >= 1_000_000 ? 1_000_000 : 1000;
        if (run.length === 1 && last.beforeSmaller !== undefined) atom.joined = last.beforeSmaller;
      }
      atoms.push(atom);
    }
    i = j;
  }
  return atoms;
}

/**
 * "between one hundred and one hundred fifty", "one thousand and one thousand five hundred": a hundred
 * after a hundred of the same group (no scale word between), or a scale word at or above one the run
 * already holds, opens another number, the range's other end; the run is cut before the units leading
 * it (in place). "two hundred thousand", "one million two hundred thousand" stay one number.
 */
function cutRepeatedSize(run: LexiconMatch<NumberWord>[]): void {
  let multiplied = false;
  let lastScale = Infinity;
  for (let k = 0; k < run.length; k++) {
    const { kind, value } = run[k]!.value;
    const repeated = (kind === 'multiplier' && multiplied) || (kind === 'scale' && value >= lastScale);
    if (repeated && k > 0) {
      const cut = run[k - 1]!.value.kind === 'unit' && k - 1 > 0 ? k - 1 : k;
      run.length = cut;
      return;
    }
    if (kind === 'multiplier') multiplied = true;
    else if (kind === 'scale') {
      lastScale = value;
      multiplied = false;
    }
  }
}

/**
 * "ما بين ألفين وثلاثة آلاف" (between two and three thousand): a scale word after a run multiplies the
 * words after a word already worth that scale (ألفين, 2,000), which then ends a number of its own; the
 * run is cut after it (in place). "مائة وعشرون ألفا" (no word worth a thousand before) and "مليون
 * وثلاثمائة ألف" (a word of a higher scale) stay one number.
 */
function cutBeforeScaledTail(
  text: string,
  run: LexiconMatch<NumberWord>[],
  to: number,
  cp: CompiledPack,
): void {
  const tail = run[run.length - 1]!.end;
  const scale = cp.scaleWords
    .scanRange(text, tail, Math.min(to, tail + 16))
    .find((s) => /^\s*$/.test(text.slice(tail, s.start)));
  if (!scale || scale.value < 1000) return;
  for (let k = run.length - 1; k >= 1; k--) {
    const v = run[k - 1]!.value.value;
    if (v >= scale.value && v < scale.value * 1000) {
      run.length = k;
      return;
    }
  }
}

/**
 * Whether number word b can continue a number whose last word is a: twenty-four, two hundred fifty,
 * خمسة وعشرون (units before tens), soixante-dix; but not "пять-шесть" or "عشرة وعشرين", which are ranges.
 */
function composes(a: NumberWord, b: NumberWord): boolean {
  // "بين ألف وألفي", "مائة ومائتين": a whole hundred or thousand word after a word of its own size or more
  // is the other end of a range, not a part of the same number.
  if (a.kind !== 'unit' && b.kind === 'unit' && b.value >= 100 && b.value >= a.value) return false;
  // "ما بين ألف وألف وخمسمئة", "بين مئة ومئة وخمسين": a scale or hundred word after one of its kind
  // and its size or more starts the range's other end ("مليون وثلاثمائة ألف", a smaller scale after a
  // larger, stays one number).
  if (a.kind !== 'unit' && b.kind === a.kind && b.value >= a.value) return false;
  if (a.kind !== 'unit' || b.kind !== 'unit') return true;
  const x = a.value;
  const y = b.value;
  if (x >= 100) return y < 100 || (x >= 1000 && y < 1000);
  if (x >= 20 && x % 10 === 0) return y < 20;
  if (x < 10) return y >= 20 && y < 100 && y % 10 === 0;
  return false;
}

function joinable(text: string, a: number, b: number, cp: CompiledPack): boolean {
  const between = text.slice(a, b);
  if (/^[\s-]*$/.test(between)) return true;
  const words = between.trim();
  if (!words) return true;
  // Arabic joins with a glued و (خمسة وعشرون): the lexicon's clitics already absorbed it.
  // get() is the whole-phrase match (memoised): what a scan matching from start to end would find.
  return cp.numberConnectors.get(words) !== undefined;
}

const CLOSE_GAP = /^[\s"'(]*$/;
const COMMA_GAP = /^,\s+$/;
const NO_STARTS: ReadonlySet<number> = new Set();
const byStart = (a: Atom, b: Atom) => a.start - b.start;
/** The gap a bound may leave before its number, per pack's boundGap: compiled once, not per sentence. */
const boundGaps = new Map<string, RegExp>();

function boundGapPattern(cp: CompiledPack): RegExp {
  const source = cp.pack.boundGap;
  if (!source) return CLOSE_GAP;
  let gap = boundGaps.get(source);
  if (!gap) {
    gap = new RegExp(`^\\s*(?:${source})?\\s*$`, 'u');
    boundGaps.set(source, gap);
  }
  return gap;
}

/**
 * A copy of a mention with another start or year flag, in findNumbers' key order: a spread
 * (`{ ...m, start }`) would make another shape, and readClaim would see two.
 */
export function mentionCopy(m: NumberMention, start: number, yearLike: boolean): NumberMention {
  return {
    start,
    end: m.end,
    numStart: m.numStart,
    numEnd: m.numEnd,
    min: m.min,
    max: m.max,
    qualifier: m.qualifier,
    yearLike,
    spelled: m.spelled,
    quoteStart: m.quoteStart,
    nounBefore: m.nounBefore,
  };
}

/** Number mentions in text[from, to): atoms combined into ranges and bounded by hedges. */
export function findNumbers(text: string, from: number, to: number, cp: CompiledPack): NumberMention[] {
  let digitList = withoutGroupNames(digitAtoms(text, from, to, cp), text, from, to, cp);
  // Digits right before a number word, a blank between (not after the article, not a year).
  const digitsBefore = (w: Atom) =>
    digitList.find(
      (d) =>
        !d.yearLike &&
        d.end <= w.start &&
        /^\s?$/.test(text.slice(d.end, w.start)) &&
        !AR_ARTICLE_BEFORE.test(text.slice(Math.max(0, d.start - 3), d.start)),
    );
  const labels = new Set<Atom>();
  const wordList = wordAtoms(text, from, to, cp).filter((w) => {
    if (digitList.some((d) => d.start < w.end && w.start < d.end)) return false;
    // A number word right after digits is their unit, not a count of its own: "60 بالمئة". After a
    // year it is a count: "استعادت في 2019 ثمانية مقاتلين", "in 2019 three children".
    // Digits after the article close a definite noun phrase ("المعتقلين الـ120 أربع عشرة امرأة"): the
    // words after them are the next count.
    const d = digitsBefore(w);
    if (!d) return true;
    if (isPowerOfTen(w.value)) return false;
    // A number word that is no power of ten scales nothing: the digits before it end a name ("عملية
    // مهر 4 ثلاثمئة وعشرين طفلا", the Mehr-4 operation; "الدفعة 12 خمسون عائلة"), the words are the count.
    labels.add(d);
    return true;
  });
  if (labels.size) digitList = digitList.filter((d) => !labels.has(d));
  // Each list is in text order already: sorting is needed only when both add atoms.
  let atoms = wordList.length === 0 ? digitList : [...digitList, ...wordList].sort(byStart);
  const approxNouns = cp.approxNumberNouns.scanRange(text, from, to);
  let added = false;
  for (const a of approxNouns) {
    const overlapping = atoms.filter((x) => x.start < a.end && a.start < x.end);
    // « deux douzaines »: number words inside a round-number noun are read with it, as one number.
    if (overlapping.length && overlapping.every((x) => x.start >= a.start && x.end <= a.end))
      atoms = atoms.filter((x) => !overlapping.includes(x));
    else if (overlapping.length) continue;
    atoms.push({
      start: a.start,
      end: a.end,
      value: a.value,
      yearLike: false,
      spelled: true,
      scale: undefined,
      joined: undefined,
    });
    added = true;
  }
  if (added) atoms.sort(byStart);
  joinScaled(text, atoms, cp);
  const approxStarts = approxNouns.length ? new Set(approxNouns.map((a) => a.start)) : NO_STARTS;
  const boundsBefore = cp.boundsBefore.scanRange(text, from, to);
  const openers = cp.rangeOpeners.scanRange(text, from, to);
  const gap = boundGapPattern(cp);

  const out: NumberMention[] = [];
  // The start of the new number of a change ("выросло с 80 до 160"): the joiner before it is no bound.
  let changeTo = -1;
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const b = atoms[i + 1];
    let mention: NumberMention = {
      start: a.start,
      end: a.end,
      numStart: a.start,
      numEnd: a.end,
      min: a.value,
      max: a.value,
      qualifier: approxStarts.has(a.start) ? 'approx' : 'exact',
      yearLike: a.yearLike,
      spelled: a.spelled,
      // Set for some mentions only, present in all: a mention has one shape (readClaim reads hundreds of fields).
      quoteStart: undefined,
      nounBefore: undefined,
    };
    // Ranges: between A and B, от A до B, A-B, A to B. A low end that looks like a year is one when a
    // range frame opens before it and the high end is no year: "between 1950 and 2600 fighters".
    const opener = b
      ? openers.find((o) => o.end <= a.start && gap.test(text.slice(o.end, a.start)))
      : undefined;
    const framed = opener !== undefined;
    // A high end that looks like a year is none after a low end that does not, when a people noun
    // follows it: "بين 1500 و2000 شخص" ("from 2015 to 2019 people" stays two years).
    if (
      b &&
      (!b.yearLike || (framed && !a.yearLike && peopleNounAt(cp, text, b.end))) &&
      (!a.yearLike || framed)
    ) {
      const between = text.slice(a.end, b.start);
      const joinWord = between.trim();
      let innerBound: { q: Qualifier; end: number } | null = null;
      // A bound that is also a range joiner (Russian "до") joins here: "от 400 до 600".
      const boundInside = boundsBefore.find(
        (m) =>
          m.start >= a.end &&
          m.end <= b.start &&
          gap.test(text.slice(m.end, b.start)) &&
          !cp.rangeJoiners.get(text.slice(m.start, m.end)),
      );
      const joinText = boundInside ? text.slice(a.end, boundInside.start).trim() : joinWord;
      if (boundInside) innerBound = { q: boundInside.value, end: boundInside.end };
      const isDash =
        /^-$/.test(joinText) &&
        /^\s*-\s*$/.test(text.slice(a.end, boundInside ? boundInside.start : b.start));
      // Arabic glues the joiner to the second number: بين عشرة وعشرين.
      const gluedJoiner = opener !== undefined && joinText === '' && text.startsWith(opener.value, b.start);
      // "thirty, thirty-five Irish people": two spelled numbers a comma apart, the second a little
      // larger and right before a people noun, are a spoken range, not a list.
      const spokenRange =
        joinText === ',' &&
        a.spelled &&
        b.spelled &&
        a.value < b.value &&
        b.value <= 2 * a.value &&
        peopleNounAt(cp, text, b.end);
      const isJoiner =
        isDash ||
        gluedJoiner ||
        spokenRange ||
        (joinText.length > 0 &&
          (cp.rangeJoiners.get(joinText) !== undefined ||
            (opener !== undefined && foldedEquals(joinText, opener.value, cp))));
      const changed = isJoiner && changedFrom(text, a, cp);
      if (changed) changeTo = b.start;
      if (isJoiner && (opener || isDash || a.spelled === b.spelled) && !changed) {
        let lo = a.value;
        const hi = b.value;
        // "4 to 5 thousand": the scale of the second number applies to the first.
        if (lo < hi / 100 && hi >= 1000 && lo < 1000) lo *= scaleOf(hi, lo);
        // "deux à trois cents", "two to three hundred": spelled hundreds apply to the first number too.
        else if (b.spelled && lo < 10 && hi >= 200 && hi < 1000 && hi % 100 === 0) lo *= 100;
        if (lo < hi || (innerBound && lo <= hi)) {
          const upperOpen = innerBound && (innerBound.q === 'more_than' || innerBound.q === 'at_least');
          mention = {
            start: opener ? opener.start : a.start,
            end: b.end,
            numStart: a.start,
            numEnd: b.end,
            min: lo,
            max: upperOpen ? null : hi,
            qualifier: 'range',
            yearLike: false,
            spelled: a.spelled,
            quoteStart: undefined,
            nounBefore: undefined,
          };
          i++;
        }
      }
    }
    if (mention.qualifier !== 'range') {
      const bound = boundsBefore
        .filter(
          (m) =>
            m.end <= mention.start &&
            !(a.start === changeTo && cp.rangeJoiners.get(text.slice(m.start, m.end)) !== undefined) &&
            !goalOfVerb(text, from, m, cp) &&
            (gap.test(text.slice(m.end, mention.start)) ||
              // "At least, 40 civilians", "По меньшей мере, 641 ребёнок": a comma after a lower bound.
              (m.value === 'at_least' && COMMA_GAP.test(text.slice(m.end, mention.start)))),
        )
        .sort((x, y) => y.end - x.end)[0];
      if (bound) {
        // An 'exact' entry only blocks a shorter bound inside it ("handed over"): no part of the count.
        if (bound.value !== 'exact') mention.start = bound.start;
        applyQualifier(mention, bound.value);
      } else if (approxStarts.has(a.start)) {
        // A round-number phrase that opens with a bound: "более тысячи" (more than a thousand).
        const opening = boundsBefore.find((m) => m.start === a.start && m.end < a.end);
        if (opening) applyQualifier(mention, opening.value);
      }
    }
    if (mention.qualifier === 'exact' && a.spelled && cp.invertedApprox.size)
      invertedApprox(text, from, mention, atoms[i - 1], cp);
    out.push(mention);
  }
  return out;
}

/** How far before its goal's bound word a verb of bringing a figure to a value may stand. */
const GOAL_VERB_REACH = 60;

/**
 * "довели число возвращённых детей до 320": a bound word that also joins ranges, after a verb of the
 * pack's goalVerbs in the same clause, is the value the figure was brought to, not an upper bound.
 */
function goalOfVerb(
  text: string,
  from: number,
  bound: { start: number; end: number },
  cp: CompiledPack,
): boolean {
  if (!cp.goalVerbs.size || cp.rangeJoiners.get(text.slice(bound.start, bound.end)) === undefined)
    return false;
  const lo = Math.max(from, bound.start - GOAL_VERB_REACH);
  const verb = cp.goalVerbs.scanRange(text, lo, bound.start).at(-1);
  return verb !== undefined && !/[.;:!?()\d]/u.test(text.slice(verb.end, bound.start));
}

/**
 * "человек двадцать" (about twenty people): a noun of the pack's invertedApprox right before a spelled
 * number makes it approximate, and the mention opens at the noun. Not after another number ("12 человек
 * двадцать лет назад"), nor before a unit ("двадцать лет").
 */
function invertedApprox(
  text: string,
  from: number,
  mention: NumberMention,
  prev: Atom | undefined,
  cp: CompiledPack,
): void {
  const noun = cp.invertedApprox.scanRange(text, Math.max(from, mention.start - 16), mention.start).pop();
  if (!noun || !/^\s+$/u.test(text.slice(noun.end, mention.start))) return;
  if (prev && /^[\s,]*$/u.test(text.slice(prev.end, noun.start))) return;
  if (noun.start > 0 && /[\p{L}\p{N}]/u.test(text[noun.start - 1]!)) return;
  const unit = cp.nonCountUnits.scanRange(text, mention.end, Math.min(text.length, mention.end + 24))[0];
  if (unit && /^\s*$/u.test(text.slice(mention.end, unit.start))) return;
  mention.start = noun.start;
  mention.nounBefore = noun.start;
  applyQualifier(mention, 'approx');
}

/**
 * A number with a scale word goes on with a smaller number: "три тысячи пятьсот", "3 тысячи 500",
 * "ثلاثة آلاف وخمسمائة", "4 آلاف و200" (the scale word ends the first atom, so the words after it
 * were read as a number of their own). Only a blank or a number connector may stand between.
 */
function joinScaled(text: string, atoms: Atom[], cp: CompiledPack): void {
  for (let i = 0; i + 1 < atoms.length; i++) {
    const a = atoms[i]!;
    const b = atoms[i + 1]!;
    if (a.scale === undefined || b.value >= a.scale || b.yearLike) continue;
    const between = text.slice(a.end, b.start).trim();
    if (between !== '' && cp.numberConnectors.get(between) === undefined) continue;
    const value = (a.joined ?? a.value) + b.value;
    atoms[i] = {
      start: a.start,
      end: b.end,
      value,
      yearLike: false,
      spelled: a.spelled,
      scale: undefined,
      joined: undefined,
    };
    atoms.splice(i + 1, 1);
    i--;
  }
}

/**
 * 10, 100, 1000 …: the values a number word may have when it is the unit of digits before it, and the
 * round bases of a ratio. Tested by division, without making the string.
 */
export function isPowerOfTen(n: number): boolean {
  if (!Number.isInteger(n) || n < 10 || n >= 1e21) return false;
  while (n % 10 === 0) n /= 10;
  return n === 1;
}

/** A word of change right before the low end: "passant de 80 à 160" gives two counts, not a range. */
function changedFrom(text: string, a: Atom, cp: CompiledPack): boolean {
  if (cp.changeFrom.size === 0) return false;
  const change = cp.changeFrom.scanRange(text, Math.max(0, a.start - 24), a.start).pop();
  return change !== undefined && /^\s*$/.test(text.slice(change.end, a.start));
}

function scaleOf(hi: number, lo: number): number {
  for (const s of [1_000_000, 1000]) if (hi >= s && lo * s <= hi) return s;
  return 1;
}

function foldedEquals(word: string, expected: string, cp: CompiledPack): boolean {
  const lex = cp.rangeJoiners;
  return word === expected || (lex.get(word) !== undefined && lex.get(expected) !== undefined);
}

export function applyQualifier(
  m: { min: number | null; max: number | null; qualifier: Qualifier },
  q: Qualifier,
): void {
  const n = m.min ?? m.max;
  m.qualifier = q;
  switch (q) {
    case 'more_than':
    case 'at_least':
      m.min = n;
      m.max = null;
      break;
    case 'less_than':
    case 'at_most':
      m.min = null;
      m.max = n;
      break;
    case 'exact':
    case 'approx':
    case 'range':
    case 'vague':
      break;
  }
}

/** Conjunctions and prepositions glued before an Arabic number word (و، ف، ب، ك، ل; وب، فل). */
const GLUED_PARTICLES = /^[وف]?[بكل]?$/u;

/** Whether a code unit is an Arabic letter (U+0621-U+064A). */
function isArabicLetter(c: number): boolean {
  return c >= 0x0621 && c <= 0x064a;
}

/** Whether a counted noun of the pack starts right after `at` (spaces aside). */
function peopleNounAt(cp: CompiledPack, text: string, at: number): boolean {
  // One adjective may stand before the noun: «от 1500 до 2000 узбекских боевиков».
  return cp.population
    .scanRange(text, at, Math.min(text.length, at + 40))
    .some((p) => /^\s*(?:[\p{L}\p{M}-]+\s+)?$/u.test(text.slice(at, p.start)));
}
