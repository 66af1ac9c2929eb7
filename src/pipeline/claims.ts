// From number mentions to claims: what is counted, from where, doing what, said by whom.
// Reads one sentence at a time, with the paragraph and document as fallbacks for what the
// sentence leaves implicit (the origin a report is about, the source a paragraph quotes).
import type { Affiliation, Bounds, Population, Qualifier, Status } from '../domain/claim.ts';
import { isLetterPoint, isSpace } from './chars.ts';
import type { CompiledPack } from './compiled-pack.ts';
import { acceptPlace, CONFLICT_ZONES, type PlaceRef } from './gazetteer/index.ts';
import type { PlaceRole, PopulationWord } from './language-pack.ts';
import type { Lexicon, LexiconMatch } from './lexicon.ts';
import { applyQualifier, findNumbers, type NumberMention } from './numbers.ts';
import type { Segment } from './segment.ts';

/** A claim in normalised-text offsets; extract() maps it back to the original text. */
export interface DraftClaim {
  value: Bounds;
  qualifier: Qualifier;
  population: Population;
  origin: string[] | null;
  status: Status;
  location: string[];
  affiliation: Affiliation | null;
  age: Bounds;
  source: [number, number] | null;
  dateRange: [number, number] | null;
  start: number;
  end: number;
  sentence: number;
  paragraph: number;
}

interface PlaceHit {
  start: number;
  end: number;
  code: string;
  kind: PlaceRef['kind'];
  /** The preposition before it (from Kazakhstan, in Syria), or null. */
  prep: PlaceRole | null;
}

interface SentenceFacts {
  seg: Segment;
  numbers: NumberMention[];
  population: LexiconMatch<PopulationWord>[];
  places: PlaceHit[];
  status: LexiconMatch<Status>[];
  groups: LexiconMatch<Affiliation>[];
  fighting: LexiconMatch<boolean>[];
  vague: LexiconMatch<number>[];
  /** Per number: whether it may be a count, and so bounds the windows of its neighbours. */
  boundary: boolean[];
  ages: { start: number; end: number; min: number | null; max: number | null }[];
  source: [number, number] | null;
}

const FOOTNOTE = /^(?:\[\d{1,3}\]|[\u00b9\u00b2\u00b3\u2070-\u2079]+)/u;
const PUNCT_STOP = /[.;:!?؟()[\]{}"،,]/;

export interface ClaimContext {
  /** The status of the last claim read, carried across paragraphs: a report is usually about one event. */
  lastStatus?: Status;
  text: string;
  original: string;
  toOriginal: Int32Array;
  cp: CompiledPack;
  sentences: Segment[];
}

export function findClaims(ctx: ClaimContext): DraftClaim[] {
  const { text, cp, sentences } = ctx;
  const topicOrigin = documentOrigin(ctx);
  const topicGroup = documentGroup(ctx);
  const topicLocation = documentLocation(ctx);
  const claims: DraftClaim[] = [];
  const paragraphSource = new Map<number, [number, number]>();
  const ownOrigin = new Set<DraftClaim>();
  for (let si = 0; si < sentences.length; si++) {
    const seg = sentences[si]!;
    if (
      !hasDigit(text, seg.start, seg.end) &&
      cp.numberWords.scanRange(text, seg.start, seg.end).length === 0 &&
      cp.approxNumberNouns.scanRange(text, seg.start, seg.end).length === 0 &&
      cp.vague.scanRange(text, seg.start, seg.end).length === 0
    ) {
      const src = findSource(ctx, seg);
      if (src) paragraphSource.set(seg.paragraph, src);
      continue;
    }
    const facts = readSentence(ctx, seg);
    if (facts.source) paragraphSource.set(seg.paragraph, facts.source);
    const before = claims.length;
    for (let mi = 0; mi < facts.numbers.length; mi++) {
      const m = facts.numbers[mi]!;
      // Numbers that cannot be counts (years, "five republics") do not split the sentence's windows.
      let prevBoundary = mi - 1;
      while (prevBoundary >= 0 && !facts.boundary[prevBoundary]) prevBoundary--;
      let nextBoundary = mi + 1;
      while (nextBoundary < facts.numbers.length && !facts.boundary[nextBoundary]) nextBoundary++;
      const windowStart = prevBoundary >= 0 ? facts.numbers[prevBoundary]!.end : seg.start;
      const windowEnd = nextBoundary < facts.numbers.length ? facts.numbers[nextBoundary]!.start : seg.end;
      const prev = claims.length ? claims[claims.length - 1] : undefined;
      const prevHere = prev && prev.paragraph === seg.paragraph ? prev : undefined;
      const made = readClaim(
        ctx,
        facts,
        m,
        windowStart,
        windowEnd,
        prevHere,
        claims.length > before ? claims[claims.length - 1] : undefined,
      );
      for (const c of made) {
        c.sentence = si;
        if (!c.source) c.source = paragraphSource.get(seg.paragraph) ?? null;
        if (c.origin) ownOrigin.add(c);
        else c.origin = prevHere?.origin ?? topicOrigin;
        if (!c.affiliation) c.affiliation = prevHere?.affiliation ?? topicGroup;
        if (!c.location.length) c.location = topicLocation;
        ctx.lastStatus = c.status;
        claims.push(c);
      }
    }
    // "18 femmes et 43 enfants ouzbeks": coordinated counts share the origin said after the last.
    for (let k = claims.length - 2; k >= before; k--) {
      const c = claims[k]!;
      const next = claims[k + 1]!;
      if (ownOrigin.has(c) || !ownOrigin.has(next)) continue;
      const between = text.slice(c.end, next.start).trim();
      if (between === '' || between === ',' || cp.conjunctions.get(between)) {
        c.origin = next.origin;
        ownOrigin.add(c);
      }
    }
  }
  return claims;
}

/** Whether text[start, end) holds an ASCII digit, as /\d/ tests it. */
function hasDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function readSentence(ctx: ClaimContext, seg: Segment): SentenceFacts {
  const { text, original, toOriginal, cp } = ctx;
  const { start, end } = seg;
  const places = cp.places
    .scanRange(text, start, end, original, toOriginal)
    .filter((p, _, found) => acceptPlace(cp.pack.code, text, p, found, original, toOriginal));
  const prepositions = cp.prepositions.scanRange(text, start, end);
  const population = cp.population.scanRange(text, start, end, original, toOriginal);
  const ages = findAges(ctx, seg);
  const vague = cp.vague.scanRange(text, start, end);
  const counted = findNumbers(text, start, end, cp).filter(
    (n) =>
      !ages.some((a) => a.start <= n.numStart && n.numEnd <= a.end) &&
      // Footnote references: "[12]".
      !(text[n.start - 1] === '[' && text[n.end] === ']'),
  );
  // Vague quantities ("hundreds of children", "десятки боевиков") are read like numbers and kept
  // apart by their qualifier; a number inside one ("a few dozen") is part of it.
  const numbers = [
    ...counted.filter(
      (n) =>
        !vague.some(
          (v) => v.start <= n.numStart && n.numEnd <= v.end && v.end - v.start > n.numEnd - n.numStart,
        ),
    ),
    ...vague
      // A vague word that is a number's hedge ("some 1,300") or followed by digits is not a quantity.
      .filter(
        (v) =>
          !counted.some((n) => n.start <= v.start && v.start < n.numEnd) &&
          !/\d\s*$/.test(text.slice(Math.max(start, v.start - 4), v.start)) &&
          !/^\s*\d/.test(text.slice(v.end, v.end + 4)),
      )
      .map((v): NumberMention => ({
        start: v.start,
        end: v.end,
        numStart: v.start,
        numEnd: v.end,
        min: v.value,
        max: null,
        qualifier: 'vague',
        yearLike: false,
        spelled: true,
      })),
  ].sort((a, b) => a.start - b.start);
  const boundary = numbers.map((n) => !n.yearLike && !unitAfter(ctx, n.end, end));
  return {
    seg,
    numbers,
    boundary,
    population,
    places: places.map((p) => classifyPlace(text, p, prepositions)),
    status: cp.status.scanRange(text, start, end),
    groups: cp.groups.scanRange(text, start, end, original, toOriginal),
    fighting: cp.fighting.scanRange(text, start, end).filter((f) => f.value),
    vague,
    ages,
    source: findSource(ctx, seg),
  };
}

function classifyPlace(
  text: string,
  p: LexiconMatch<PlaceRef>,
  prepositions: LexiconMatch<PlaceRole>[],
): PlaceHit {
  // Up to two words may stand between: "from other countries", "из других стран СНГ", "من دول".
  const prep = prepositions
    .filter((q) => q.end <= p.start && /^[\s'"]*(?:[\p{L}-]+[\s'"]+){0,2}$/u.test(text.slice(q.end, p.start)))
    .pop();
  return { start: p.start, end: p.end, code: p.value.code, kind: p.value.kind, prep: prep?.value ?? null };
}

/** The word that ends s before its trailing spaces (letters, dots, currency signs): "aged", "$". */
function trailingWord(s: string): string | undefined {
  // A backward scan: the regex /([\p{L}.$€£]+)\s*$/u would try every start position in turn.
  let end = s.length;
  while (end > 0 && isSpace(s.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0) {
    const c = s.charCodeAt(start - 1);
    if (c === 0x2e || c === 0x24 || c === 0x20ac || c === 0xa3 || isLetterPoint(c)) start--;
    else if (c >= 0xdc00 && c <= 0xdfff && start >= 2 && isAstralLetter(s.codePointAt(start - 2)!))
      start -= 2;
    else break;
  }
  return start < end ? s.slice(start, end) : undefined;
}

const isAstralLetter = (codePoint: number) => codePoint > 0xffff && isLetterPoint(codePoint);

// Helpers of readClaim at module level: closures made per number cost an allocation each (and a
// name property under tsx, which keeps function names).

/** Whether only spaces and dots stand between a and b: "23 December", "Nov. 18". */
function nextTo(text: string, a: number, b: number): boolean {
  return a <= b && /^[\s.]*$/.test(text.slice(a, b));
}

/** Whether only spaces stand between from and to. */
function blankBetween(text: string, from: number, to: number): boolean {
  return /^\s*$/.test(text.slice(from, to));
}

/** Whether a word of lex ends right before the number (spaces between): "из них 200", "numbering 6,612". */
function justBefore(text: string, seg: Segment, m: NumberMention, lex: Lexicon<true>): boolean {
  return lex
    .scanRange(text, Math.max(seg.start, m.start - 30), m.start)
    .some((p) => /^\s*$/.test(text.slice(p.end, m.start)));
}

function readClaim(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  windowStart: number,
  windowEnd: number,
  previous: DraftClaim | undefined,
  previousInSentence: DraftClaim | undefined,
): DraftClaim[] {
  const { text, cp } = ctx;
  const seg = facts.seg;
  if (m.min === 1 && m.max === 1) return [];
  // A vague quantity counts only what directly follows it: "hundreds of children", not "many said".
  if (m.qualifier === 'vague' && !nounAfter(ctx, facts, m)) return [];
  // What stands right before the number may make it something else: "aged 10", "page 5", "$500".
  const lead = text.slice(Math.max(seg.start, m.start - 24), m.start);
  const leadWord = trailingWord(lead);
  if (leadWord && cp.nonCountBefore.get(leadWord) && m.qualifier === 'exact') return [];
  if (/[$€£%#№]\s*$/.test(lead)) return [];
  const tail = text.slice(m.end, Math.min(seg.end, m.end + 40));
  if (/^\s*(?:%|٪|per\s?cent)/u.test(tail)) return [];
  if (/^[-/.]\d/.test(tail) || /^\//.test(tail) || /\/$/.test(lead)) return [];
  if (unitAfter(ctx, m.end, seg.end)) return [];

  // "December 23", "23 февраля": a day of the month.
  const month = cp.months.scanRange(text, Math.max(seg.start, m.start - 14), Math.min(seg.end, m.end + 14));
  const dayOfMonth = month.some((mo) => nextTo(text, mo.end, m.numStart) || nextTo(text, m.numEnd, mo.start));
  // "On 3 March 18 women…": a counted noun right after the number outweighs the month before it.
  const directNoun = facts.population.some(
    (p) => p.start >= m.end && /^\s*$/.test(text.slice(m.end, p.start)),
  );
  if (
    dayOfMonth &&
    !(directNoun && nextTo(text, month[0]!.end, m.numStart) && m.numStart - month[0]!.end > 1)
  )
    return [];

  let population: Population | null = null;
  let nounEnd = m.end;
  let generic = false;
  let inherited: DraftClaim | undefined;
  let nounOrigin: string | null = null;
  let effectiveWindowEnd = windowEnd;
  let start = m.start;

  const partitive = cp.partitives
    .scanRange(text, m.end, Math.min(seg.end, m.end + 30))
    .find((p) => /^\s*$/.test(text.slice(m.end, p.start)));
  const noun = nounAfter(ctx, facts, m);
  // "the foreigners, numbering 6,612", "السوريون (16,710)": the noun stands before its count.
  const named =
    !noun && (justBefore(text, seg, m, cp.numbering) || (text[m.start - 1] === '(' && text[m.end] === ')'))
      ? nounBefore(ctx, facts, m, windowStart)
      : null;
  if (named) {
    population = named.population;
    nounOrigin = named.origin;
    generic = named.population === 'people';
    start = named.start;
  } else if ((partitive || (!noun && justBefore(text, seg, m, cp.partitivesBefore))) && previous) {
    // "из них 200 погибли", "dont 300 ont été tués": the count is a part of the one before.
    inherited = previous;
    population = previous.population;
    if (partitive) {
      nounEnd = partitive.end;
      // "406 of them children", "из них 30 детей": a noun after the partitive says what is counted.
      const own = facts.population.find(
        (p) =>
          p.start >= partitive.end &&
          /^\s*(?:\p{L}+\s+)?$/u.test(text.slice(partitive.end, p.start)) &&
          !p.value.deferred,
      );
      if (own) {
        population = own.value.population;
        nounEnd = own.end;
      }
    }
  } else if (noun) {
    population = noun.word.population;
    nounEnd = noun.match.end;
    generic = !!noun.word.generic;
    if (generic) {
      // "the number of fighters from Central Asia … 2,000 to 4,000 people": the noun of "number of"
      // is what is counted; "the number who had gone to fight at 2,000 people" counts fighters.
      const framed = numberOfFrame(ctx, facts, m);
      if (framed && framed !== 'people') {
        population = framed;
        generic = false;
      }
    }
    if (noun.word.deferred) {
      const later = facts.population.find(
        (p) => p.start > noun.match.end && p.start < windowEnd && !p.value.deferred,
      );
      population = later?.value.population ?? previousInSentence?.population ?? previous?.population ?? null;
      if (later) nounEnd = Math.max(nounEnd, later.end);
    }
    // "women and children" counted together.
    const next = facts.population.find((p) => p.start > noun.match.end && p.start - noun.match.end < 12);
    if (next && !next.value.deferred && population && next.value.population !== population) {
      const joiner = text.slice(noun.match.end, next.start).trim();
      // Joined only by a conjunction, written apart or glued (Arabic وطفلا); two nouns side by side are not a pair.
      const nextWord = text.slice(next.start, next.end);
      const gluedAnd =
        joiner === '' &&
        cp.conjunctions.get(nextWord[0]!) !== undefined &&
        !next.pattern.startsWith(nextWord[0]!);
      if ((joiner !== '' && cp.conjunctions.get(joiner)) || gluedAnd) {
        const pair = new Set([population, next.value.population]);
        population = pair.has('men') && pair.has('women') && pair.size === 2 ? 'adults' : 'people';
        nounEnd = next.end;
        generic = false;
      }
    }
  } else {
    const demonym = facts.places.find(
      (p) => p.kind === 'demonym' && p.start >= m.end && blankBetween(text, m.end, p.start),
    );
    const fight = facts.fighting.find((f) => f.start >= m.end && blankBetween(text, m.end, f.start));
    const ofThe = cp.partitiveOf
      .scanRange(text, m.end, Math.min(seg.end, m.end + 12))
      .find((p) => blankBetween(text, m.end, p.start));
    // "three are from Chechnya", "2,926 from Tunisia": the noun is the one counted just before.
    const from = facts.places.find(
      (p) =>
        p.prep === 'from' &&
        p.start > m.end &&
        p.start - m.end < 28 &&
        !PUNCT_STOP.test(text.slice(m.end, p.start)),
    );
    const lead =
      text
        .slice(Math.max(seg.start, m.start - 16), m.start)
        .trim()
        .split(/\s+/)
        .pop() ?? '';
    const antecedent = previousInSentence ?? previous;
    const unitAfterDemonym =
      demonym && /^[\s-]*([\p{L}.]+)/u.exec(text.slice(demonym.end, Math.min(seg.end, demonym.end + 30)));
    if (unitAfterDemonym && cp.nonCountUnits.get(unitAfterDemonym[1]!)) return [];
    if (demonym) {
      population = 'people';
      nounEnd = demonym.end;
      nounOrigin = demonym.code;
      generic = true;
    } else if (fight) {
      population = 'fighters';
      nounEnd = fight.end;
    } else if (ofThe) {
      const next = facts.numbers.find((n) => n.start >= ofThe.end && n.start - ofThe.end < 8);
      const nextNoun = next ? nounAfter(ctx, facts, next) : undefined;
      population = nextNoun?.word.population ?? previousInSentence?.population ?? null;
      if (population && next) {
        nounEnd = next.end;
        // The partition's own phrase (of the 3,417 fighters from Russia) says where they are from.
        const after = facts.numbers.find((n) => n.start > next.end);
        effectiveWindowEnd = after ? after.start : seg.end;
      }
    } else if (
      from &&
      (antecedent || facts.status.some((st) => st.start > from.end && st.start < windowEnd))
    ) {
      population = antecedent?.population ?? 'people';
      nounEnd = from.end;
    } else if (
      previousInSentence &&
      m.start - previousInSentence.end < 80 &&
      (cp.rangeJoiners.get(lead) || cp.conjunctions.get(lead))
    ) {
      // "from about 10,000 people last December to more than 75,000 today".
      population = previousInSentence.population;
      inherited = previousInSentence;
    } else {
      const framed = numberOfFrame(ctx, facts, m);
      if (framed) {
        population = framed;
        generic = framed === 'people';
      }
    }
  }
  if (!population) return [];
  if (m.yearLike && !(noun && /^\s*$/.test(text.slice(m.end, noun.match.start)))) return [];

  // Generic nouns count fighters when the text says they fight.
  if (
    generic &&
    population === 'people' &&
    (facts.fighting.some((f) => f.start >= nounEnd && f.start < windowEnd && f.start - nounEnd < 140) ||
      // Verb-first languages: يقاتل نحو 1500 مواطن.
      (cp.pack.fightingBeforeCount === true &&
        facts.fighting.some(
          (f) => f.end <= m.start && f.start >= windowStart && /^\s*$/.test(text.slice(f.end, m.start)),
        )))
  ) {
    population = 'fighters';
  }

  const value: Bounds & { qualifier: Qualifier } = { min: m.min, max: m.max, qualifier: m.qualifier };
  const after = cp.boundsAfter
    .scanRange(text, m.end, Math.min(windowEnd, nounEnd + 30))
    .find((b) => b.start >= m.end && b.start - nounEnd < 24);
  if (after && value.qualifier === 'exact') applyQualifier(value, after.value);

  const verbFirst = cp.pack.fightingBeforeCount === true;
  const status =
    statusRightAfter(text, facts, nounEnd, windowEnd) ??
    pickStatus(facts, m, windowStart, windowEnd, verbFirst, false) ??
    inherited?.status ??
    previousInSentence?.status ??
    pickStatus(facts, m, windowStart, windowEnd, verbFirst, true) ??
    previous?.status ??
    ctx.lastStatus ??
    'present';
  const { origin, location } = pickPlaces(
    ctx,
    facts,
    m,
    nounEnd,
    windowStart,
    effectiveWindowEnd,
    status,
    nounOrigin,
  );
  const age = pickAge(facts, m, nounEnd, windowEnd);
  const group = pickGroup(facts, m);

  const base: DraftClaim = {
    value: { min: value.min, max: value.max },
    qualifier: value.qualifier,
    population,
    origin: origin.length ? origin : (inherited?.origin ?? null),
    status,
    location: location.length ? location : (inherited?.location ?? previous?.location ?? []),
    affiliation: group ?? inherited?.affiliation ?? null,
    age,
    source: facts.source,
    dateRange: null,
    start,
    end: Math.max(nounEnd, m.end),
    sentence: 0,
    paragraph: seg.paragraph,
  };
  // Distributive: "500 each from Kazakhstan and Kyrgyzstan" is one claim per origin.
  const each = cp.distributive.scanRange(text, m.end, windowEnd).find((d) => d.start - nounEnd < 12);
  if (each) {
    const after = new Set(
      facts.places
        .filter(
          (p) =>
            p.start > m.end &&
            p.end <= effectiveWindowEnd &&
            p.kind === 'name' &&
            !CONFLICT_ZONES.has(p.code),
        )
        .map((p) => p.code),
    );
    const origins = after.size > 1 ? [...after].sort() : (base.origin ?? []);
    if (origins.length > 1) return origins.map((code) => ({ ...base, origin: [code] }));
  }
  // "Казахстан и Кыргызстан вернули по 50 детей": each country named before the count.
  if (justBefore(text, seg, m, cp.distributiveBefore)) {
    const named = new Set(
      facts.places
        .filter(
          (p) => p.end <= m.start && p.kind !== 'site' && !CONFLICT_ZONES.has(p.code) && p.kind !== 'none',
        )
        .map((p) => p.code),
    );
    if (named.size > 1) return [...named].map((code) => ({ ...base, origin: [code] }));
  }
  return [base];
}

/** The noun of a "number of X" frame before the number in its clause, if any. */
function numberOfFrameNoun(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
): LexiconMatch<PopulationWord> | null {
  const { text, cp } = ctx;
  const numberOf = cp.numberOf.scanRange(text, Math.max(facts.seg.start, m.start - 110), m.start).pop();
  if (!numberOf) return null;
  if (facts.numbers.some((n) => n.start > numberOf.end && n.end <= m.start)) return null;
  if (/[.;:!?؟]/.test(text.slice(numberOf.end, m.start))) return null;
  return (
    facts.population.find(
      (p) => p.start >= numberOf.end && p.start - numberOf.end < 24 && p.end <= m.start,
    ) ?? null
  );
}

/** What "the number of X … N" counts, when such a frame precedes the number in its clause. */
function numberOfFrame(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): Population | null {
  const { text, cp } = ctx;
  const seg = facts.seg;
  const numberOf = cp.numberOf.scanRange(text, Math.max(seg.start, m.start - 110), m.start).pop();
  if (!numberOf) return null;
  if (facts.numbers.some((n) => n.start > numberOf.end && n.end <= m.start)) return null;
  if (/[.;:!?؟]/.test(text.slice(numberOf.end, m.start))) return null;
  const counted = facts.population.find(
    (p) => p.start >= numberOf.end && p.start - numberOf.end < 24 && p.end <= m.start,
  );
  const fights = facts.fighting.some((f) => f.start >= numberOf.end && f.end <= m.start);
  if (counted && !counted.value.generic && !counted.value.deferred) return counted.value.population;
  if (fights) return 'fighters';
  return counted && m.start - counted.end < 80 ? counted.value.population : null;
}

/** Whether a unit that makes a number something else follows it: years, minutes, dollars, "في المئة". */
function unitAfter(ctx: ClaimContext, at: number, end: number): boolean {
  const { text, cp } = ctx;
  return cp.nonCountUnits
    .scanRange(text, at, Math.min(end, at + 30))
    .some((u) => /^[\s-]*$/.test(text.slice(at, u.start)));
}

/** The nearest counted noun or nationality before a number in its window: "العراقيون … (20,144)". */
function nounBefore(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  windowStart: number,
): { population: Population; origin: string | null; start: number } | null {
  const from = Math.max(windowStart, m.start - 60);
  const noun = facts.population.filter((p) => p.start >= from && p.end <= m.start && !p.value.deferred).pop();
  const demonym = facts.places
    .filter((p) => p.kind === 'demonym' && p.start >= from && p.end <= m.start)
    .pop();
  if (demonym && (!noun || demonym.start > noun.start))
    return { population: 'people', origin: demonym.code, start: demonym.start };
  if (noun) return { population: noun.value.population, origin: null, start: noun.start };
  return null;
}

function nounAfter(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention) {
  const { text, cp } = ctx;
  for (const p of facts.population) {
    if (p.start < m.end) continue;
    // A footnote marker glued to the number ("4,000[12] fighters", "300¹") is not part of the phrase.
    const between = text.slice(m.end, p.start).replace(FOOTNOTE, '');
    if (between.length > 40 || PUNCT_STOP.test(between.replace(/^\s*[)"']\s*/, ''))) return undefined;
    const words = between.split(/[\s-]+/).filter(Boolean);
    // A verb between them makes the noun an object: "300 have children with them".
    if (words.some((w) => cp.nounBlockers.get(w))) return undefined;
    // Up to three modifiers (foreign, young, Kazakh, несовершеннолетних) or one unknown word.
    const unknown = words.filter(
      (w) =>
        !cp.modifiers.get(w) &&
        !facts.places.some((pl) => text.slice(pl.start, pl.end).includes(w)) &&
        !cp.population.get(w),
    );
    if (words.length <= 3 && unknown.length <= 1) return { match: p, word: p.value };
    return undefined;
  }
  return undefined;
}

/** A status word right after the counted noun describes it: "43 mothers serving time", "43 امرأة محكوم عليهن". */
function statusRightAfter(
  text: string,
  facts: SentenceFacts,
  nounEnd: number,
  windowEnd: number,
): Status | null {
  const next = facts.status.find((s) => s.start >= nounEnd && s.end <= windowEnd);
  return next && /^\s*(?:[\p{L}\p{M}]+\s+)?$/u.test(text.slice(nounEnd, next.start)) ? next.value : null;
}

/**
 * The status word that governs a count: the nearest in its window, preferring the side where the
 * language puts its verb (after the subject in en/fr/ru; before it in verb-first Arabic). With
 * wholeSentence, any status word of the sentence, as a fallback.
 */
function pickStatus(
  facts: SentenceFacts,
  m: NumberMention,
  windowStart: number,
  windowEnd: number,
  verbFirst: boolean,
  wholeSentence: boolean,
): Status | null {
  const pool = wholeSentence
    ? facts.status
    : facts.status.filter((s) => s.start >= windowStart && s.end <= windowEnd);
  if (!pool.length) return null;
  return [...pool].sort((a, b) => statusDistance(a, m, verbFirst) - statusDistance(b, m, verbFirst))[0]!
    .value;
}

/** How far a status word stands from a count, weighted by the side the language puts its verb. */
function statusDistance(s: LexiconMatch<Status>, m: NumberMention, verbFirst: boolean): number {
  return s.start >= m.end
    ? (s.start - m.end) * (verbFirst ? 1.5 : 1)
    : (m.start - s.end) * (verbFirst ? 1 : 2.5);
}

/** What may stand between a counted phrase and the places chained to it. */
const LINKING_GAP = /^[\s,'"()-]*$/u;

/** Where the places chained after a noun end: "from Kazakhstan and Kyrgyzstan", "граждан стран СНГ". */
function chainedPlacesEnd(ctx: ClaimContext, facts: SentenceFacts, nounEnd: number): number {
  const { text } = ctx;
  let phraseEnd = nounEnd;
  for (const p of facts.places) {
    if (p.start < phraseEnd) continue;
    // Cheap answers first: a long gap never links, punctuation alone always does (taking words
    // out of it cannot change that).
    if (p.start - phraseEnd >= 30) break;
    const gap = text.slice(phraseEnd, p.start);
    if (LINKING_GAP.test(gap)) {
      phraseEnd = p.end;
      continue;
    }
    let rest = gap;
    for (const lex of [ctx.cp.placeLinks, ctx.cp.distributive, ctx.cp.conjunctions]) {
      rest = lex.scan(rest).reduceRight((r, d) => r.slice(0, d.start) + r.slice(d.end), rest);
    }
    // Only "from" links a place into the phrase; "in Iraqi prisons" says where, not from where.
    rest = ctx.cp.prepositions
      .scan(rest)
      .filter((d) => d.value === 'from')
      .reduceRight((r, d) => r.slice(0, d.start) + r.slice(d.end), rest);
    if (LINKING_GAP.test(rest)) phraseEnd = p.end;
    else break;
  }
  return phraseEnd;
}

/**
 * Where the counted people come from and where they are. A place is their origin when it sits in
 * the counted phrase (12 Kazakh citizens, граждан Узбекистана, enfants ouzbeks) or follows "from";
 * a nationality word elsewhere qualifies something else ("Iraqi prisons", "the Kazakh ministry").
 */
function pickPlaces(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  nounEnd: number,
  windowStart: number,
  windowEnd: number,
  status: Status,
  nounOrigin: string | null,
): { origin: string[]; location: string[] } {
  const { text } = ctx;
  const origin = new Set<string>();
  const location = new Set<string>();
  const phraseEnd = chainedPlacesEnd(ctx, facts, nounEnd);
  // "the number of fighters from Central Asia … 2,000 people": the frame's noun phrase counts too.
  const frame = numberOfFrameNoun(ctx, facts, m);
  const frameEnd = frame ? chainedPlacesEnd(ctx, facts, frame.end) : -1;
  for (const p of facts.places) {
    const conflict = CONFLICT_ZONES.has(p.code);
    const inFrame = frame !== null && p.start >= frame.start && p.end <= frameEnd;
    const inPhrase = (p.start >= m.start && p.end <= phraseEnd) || inFrame;
    const inWindow = (p.start >= windowStart && p.end <= windowEnd) || inFrame;
    if (p.kind === 'site') {
      location.add(p.code);
      continue;
    }
    const isOrigin =
      inWindow &&
      (inPhrase
        ? !(conflict && p.kind === 'name' && p.prep !== null && p.prep !== 'from') &&
          !(conflict && status === 'returned' && p.prep === 'from')
        : p.prep === 'from' && p.start > m.start
          ? !conflict
          : p.prep === 'to' && status === 'returned' && !conflict && p.kind === 'name');
    if (isOrigin) origin.add(p.code);
    else if (
      conflict ||
      // Another country is where people are only when held, living or killed there: "detained in Turkey".
      (p.prep === 'in' &&
        p.kind === 'name' &&
        (status === 'detained' || status === 'present' || status === 'killed'))
    )
      location.add(p.code);
  }
  if (nounOrigin) origin.add(nounOrigin);
  if (!origin.size && status === 'returned') {
    // "Kazakhstan brought back 120 children": the country that brings people back is their own.
    const agent = facts.places.find(
      (p) =>
        (p.kind === 'name' || p.kind === 'demonym') &&
        p.prep === null &&
        p.end <= m.start &&
        !CONFLICT_ZONES.has(p.code) &&
        !/^(?:-|'s)/.test(text.slice(p.end, p.end + 2)),
    );
    if (agent) origin.add(agent.code);
  }
  for (const o of origin) location.delete(o);
  return {
    origin: [...origin].sort(),
    location: [...location].filter((c) => !c.startsWith('region:')).sort(),
  };
}

function pickAge(facts: SentenceFacts, m: NumberMention, nounEnd: number, windowEnd: number): Bounds {
  const age = facts.ages.find(
    (a) => a.start >= m.end && a.start <= Math.max(windowEnd, nounEnd + 60) && a.start - nounEnd < 60,
  );
  return age ? { min: age.min, max: age.max } : { min: null, max: null };
}

function pickGroup(facts: SentenceFacts, m: NumberMention): Affiliation | null {
  if (!facts.groups.length) return null;
  return [...facts.groups].sort((a, b) => Math.abs(a.start - m.start) - Math.abs(b.start - m.start))[0]!
    .value;
}

function findAges(ctx: ClaimContext, seg: Segment) {
  const { text, cp } = ctx;
  const slice = text.slice(seg.start, seg.end);
  const out: { start: number; end: number; min: number | null; max: number | null }[] = [];
  for (const re of cp.ageRegexes) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const g = m.groups ?? {};
      const num = (s: string | undefined) =>
        s === undefined
          ? null
          : /^\d+$/.test(s)
            ? Number(s)
            : (cp.ordinals.get(s) ?? cp.numberWords.get(s)?.value ?? null);
      let min = num(g.min);
      let max = num(g.max);
      if (g.under !== undefined) max = num(g.under) === null ? null : num(g.under)! - 1;
      if (g.over !== undefined) min = num(g.over) === null ? null : num(g.over)! + 1;
      if (g.exact !== undefined) min = max = num(g.exact);
      if (min === null && max === null) continue;
      const start = seg.start + m.index;
      const end = start + m[0].length;
      if (!out.some((o) => o.start <= start && end <= o.end)) out.push({ start, end, min, max });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return out;
}

/** How far a source's name runs from `at`: to punctuation or a word opening a clause ("that", "إن", "что"). */
function sourceLength(ctx: ClaimContext, at: number, end: number, max: number): number {
  const { text, cp } = ctx;
  const rest = text.slice(at, end);
  const punct = /[,.;:()«»"،]/u.exec(rest);
  const opener = cp.clauseOpeners.scanRange(text, at, end).find((o) => o.start > at);
  return Math.min(punct ? punct.index : rest.length, opener ? opener.start - at : rest.length, max);
}

function findSource(ctx: ClaimContext, seg: Segment): [number, number] | null {
  const { text, cp } = ctx;
  const before = cp.attributionBefore.scanRange(text, seg.start, seg.end)[0];
  if (before) {
    const end = before.end + sourceLength(ctx, before.end, seg.end, 80);
    if (end > before.end + 1) return [before.end, end];
  }
  const verb = cp.attributionVerbs.scanRange(text, seg.start, seg.end)[0];
  if (verb) {
    const lastBreak = (s: string) => Math.max(s.lastIndexOf(','), s.lastIndexOf('"'), s.lastIndexOf('،'));
    const lead = text.slice(seg.start, verb.start);
    const from = seg.start + lastBreak(lead) + 1;
    // "X said": the speaker stands right before the verb.
    if (verb.start - from > 2 && verb.start - from < 120) return [from, verb.start];
    // "…, said X": right after it.
    const to = verb.end + sourceLength(ctx, verb.end, seg.end, 60);
    if (to - verb.end > 2) return [verb.end, to];
    // "…, Jenish Ashyrbaev, said that": between the last two commas before it.
    const trimmed = lead.replace(/[\s,،]+$/u, '');
    const start = seg.start + lastBreak(trimmed) + 1;
    const end = seg.start + trimmed.length;
    if (end - start > 2 && end - start < 80) return [start, end];
  }
  return null;
}

function documentOrigin(ctx: ClaimContext): string[] | null {
  const { text, original, toOriginal, cp } = ctx;
  const counts = new Map<string, number>();
  const found = cp.places.scan(text, original, toOriginal);
  for (const p of found) {
    if (
      !acceptPlace(cp.pack.code, text, p, found, original, toOriginal) ||
      CONFLICT_ZONES.has(p.value.code) ||
      p.value.kind === 'site' ||
      p.value.code === 'region:foreign'
    )
      continue;
    counts.set(p.value.code, (counts.get(p.value.code) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || top[1] < 2) return null;
  if (second && second[1] * 1.5 > top[1]) return null;
  return [top[0]];
}

/** The conflict zones a report is about (Syria, Iraq…), where its counts hold unless a sentence says otherwise. */
function documentLocation(ctx: ClaimContext): string[] {
  const { text, original, toOriginal, cp } = ctx;
  const counts = new Map<string, number>();
  const found = cp.places.scan(text, original, toOriginal);
  for (const p of found) {
    const { code, kind } = p.value;
    if (
      !acceptPlace(cp.pack.code, text, p, found, original, toOriginal) ||
      !(CONFLICT_ZONES.has(code) || kind === 'site')
    )
      continue;
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const top = Math.max(0, ...counts.values());
  // Zones named about as often as the main one ("Syria and Iraq") all count.
  return [...counts]
    .filter(([, n]) => n * 3 >= top)
    .map(([code]) => code)
    .sort();
}

function documentGroup(ctx: ClaimContext): Affiliation | null {
  const { text, original, toOriginal, cp } = ctx;
  const counts = new Map<Affiliation, number>();
  for (const g of cp.groups.scan(text, original, toOriginal))
    counts.set(g.value, (counts.get(g.value) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || (second && second[1] * 2 > top[1])) return null;
  return top[0];
}
