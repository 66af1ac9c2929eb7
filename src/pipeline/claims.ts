// From number mentions to claims: what is counted, from where, doing what, said by whom.
// Reads one sentence at a time, with the paragraph and document as fallbacks for what the
// sentence leaves implicit (the origin a report is about, the source a paragraph quotes).
import type { Affiliation, Bounds, Population, Qualifier, Status } from '../domain/claim.ts';
import { isLetterPoint, isSpace } from './chars.ts';
import type { CompiledPack } from './compiled-pack.ts';
import {
  acceptGroup,
  acceptPlace,
  CONFLICT_ZONES,
  isInside,
  mostSpecific,
  type PlaceRef,
} from './gazetteer/index.ts';
import type { PlaceRole, PopulationRole, PopulationWord } from './language-pack.ts';
import type { Lexicon, LexiconMatch } from './lexicon.ts';
import { movedMatch, withValue } from './lexicon.ts';
import { LiteralCursor } from './literal-cursor.ts';
import { applyQualifier, findNumbers, isPowerOfTen, mentionCopy, type NumberMention } from './numbers.ts';
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
  source: SourceSpan | null;
  dateRange: [number, number] | null;
  start: number;
  end: number;
  sentence: number;
  paragraph: number;
  /** The count this one continues ("of them", "others", a count without a noun): it shares its people. */
  antecedent: DraftClaim | null;
  /** Whether the origin was said of these people in their own clause (not inherited nor defaulted). */
  originStated: boolean;
  /** The count of this report this one is a part of: "231 people, including 156 children". */
  partOf: DraftClaim | null;
  /** Whether it breaks down the count before it in brackets: "910 children (783 boys and 127 girls)". */
  parenthetical: boolean;
  /** A generic noun ("citizens") counted as fighters because the text says they fight. */
  promoted: boolean;
  /** Whether the status came from the verb right before the count (it governs coordinated counts too). */
  statusBefore: boolean;
  /** The status the counts after it continue, when not its own: a partition's whole passes on its part's. */
  passesStatus?: Status;
  /** Victims, captives and opponents are not the people a report follows: they take no default origin. */
  role: PopulationRole | null;
  /** Whether its own clause says which group (one, several, or armed groups at large): none from before then. */
  groupSaid?: boolean;
  /** Its clause places it without a country ("in the Middle East", "from the conflict zones"). */
  placeUnnamed?: true;
  /** A part singled out by a subset marker ("including 5 Tunisians", "dont", "в том числе", "بينهم"). */
  included?: true;
  /** Counted by a plain word for people ("people", "individuals", "personnes", "человек"), not citizens. */
  plainPeople?: true | undefined;
  /** Coordinated with people counted by their nationality alone ("5 Sudanese and 4 children"): others. */
  apartFromNationals?: true;
  /** Its sentence opens the report of another event ("Separately", "Par ailleurs", "Между тем"). */
  newEvent?: true;
  /** Its noun is what it is said to be ("406 are children"): it sorts part of the people counted before. */
  predicated?: true;
  /** Its origin is the country of a town said of these people alone ("boys from Halabja"): it singles
   *  them out, and the counts after it do not continue it. */
  local?: true;
}

/**
 * Where a source's words are in the normalised text; `minor` when the speaker is a child, whose name
 * is never extracted: the claim's source then reads the pack's generic `minorSpeaker`.
 */
export type SourceSpan = [start: number, end: number, minor?: true];

interface PlaceHit {
  start: number;
  end: number;
  code: string;
  kind: PlaceRef['kind'];
  /** The preposition before it (from Kazakhstan, in Syria), or null. */
  prep: PlaceRole | null;
}

/** A place hit, always made here in one key order: a spread (`{ ...h, prep }`) would make another shape. */
function placeHit(
  start: number,
  end: number,
  code: string,
  kind: PlaceHit['kind'],
  prep: PlaceRole | null,
): PlaceHit {
  return { start, end, code, kind, prep };
}

/** The hit with another preposition. */
function withPrep(h: PlaceHit, prep: PlaceRole | null): PlaceHit {
  return placeHit(h.start, h.end, h.code, h.kind, prep);
}

interface SentenceFacts {
  seg: Segment;
  /** The sentence's index in the document. */
  index: number;
  numbers: NumberMention[];
  population: LexiconMatch<PopulationWord>[];
  places: PlaceHit[];
  status: LexiconMatch<Status>[];
  groups: LexiconMatch<Affiliation>[];
  fighting: LexiconMatch<boolean>[];
  vague: LexiconMatch<number>[];
  /** Per number: whether it may be a count, and so bounds the windows of its neighbours. */
  boundary: boolean[];
  /** Age spans; `term`: a prison term ("к срокам от 8 до 12 лет"), no count's age. */
  ages: {
    start: number;
    end: number;
    min: number | null;
    max: number | null;
    term: boolean;
    /** A noun of people by their age ("15-year-olds", the pack's ageNouns): whom it counts. */
    noun?: Population;
  }[];
  source: SourceSpan | null;
}

// Module constants, not literals in readClaim and its helpers: tsx (esbuild) turns a \p{..} regex
// literal into `new RegExp(...)`, built again at every call.
const TWO_WORDS = /^\s*(\p{L}+)\s+(\p{L}+)/u;
const ONE_WORD_GAP = /^\s*(?:\p{L}+\s+)?$/u;
const QUANTIFIER_GAP = /^[\s,:-]*(?:\p{L}+\s+)?$/u;
const LIST_GAP = /^[\s,،]*(?:\p{L}+)?[\s,،]*$/u;
const HYPHEN_LETTER = /^-\p{L}/u;
/** What joins two conjuncts of a list: a comma, a conjunction or both ("40 Kazakh, and 30 Uzbek women"). */
const ELIDED_GAP = /^\s*(?:,\s*)?(?:(\p{L}+)\s+)?/u;
const LETTER = /\p{L}/u;
/** Three words at most, or none: what may stand between a passive verb and its agent marker. */
const FEW_WORDS_GAP = /^\s*(?:[\p{L}\p{M}]+\s+){0,3}$/u;
const FOOTNOTE = /^(?:\[\d{1,3}\]|[\u00b9\u00b2\u00b3\u2070-\u2079]+)/u;
// Statuses of a plain count of people ("55,000 people live in the camps", "816 personnes sont recherchées")
// that say nothing of whose they are: the report's topic does not give them an origin.
const TOPICLESS: ReadonlySet<Status> = new Set<Status>(['present', 'other']);
const PUNCT_STOP = /[.;:!?؟()[\]{}"،,]/;
/** One word left unfinished at the very end of the text, right after a count's phrase. */
const CUT_OFF_WORD = /^[ \t]+[\p{L}\p{M}]{1,12}$/u;

export interface ClaimContext {
  /** The status of the last claim read, carried across paragraphs: a report is usually about one event. */
  lastStatus?: Status;
  /** The last sentence where generic people were counted as fighters because they fight. */
  promotedSentence?: number;
  text: string;
  original: string;
  toOriginal: Int32Array;
  cp: CompiledPack;
  sentences: Segment[];
  /** The places the whole report names (documentPlaces), once read. */
  places?: LexiconMatch<PlaceRef>[];
  /** Where the words of the pack's age patterns are, found sentence by sentence (findAges). */
  ageLiterals?: LiteralCursor;
  /** Each sentence's ages once read (sentenceAges): later passes ask for them again. */
  agesBySentence?: (SentenceFacts['ages'] | undefined)[];
}

export function findClaims(ctx: ClaimContext): DraftClaim[] {
  const { text, cp, sentences } = ctx;
  const topicLocation = documentLocation(ctx);
  const claims: DraftClaim[] = [];
  const paragraphSource = new Map<number, SourceSpan>();
  let lastSource: SourceSpan | null = null;
  let lastSourceSentence = -1;
  // A report written in sections ("On the Democratic Republic of Congo:") places the counts under each.
  let sectionLocation: string[] | null = null;
  const duals = packHasDuals(cp);
  for (let si = 0; si < sentences.length; si++) {
    const seg = sentences[si]!;
    if (
      !hasDigit(text, seg.start, seg.end) &&
      !cp.numberWords.anyIn(text, seg.start, seg.end) &&
      !cp.approxNumberNouns.anyIn(text, seg.start, seg.end) &&
      !cp.vague.anyIn(text, seg.start, seg.end) &&
      !(duals && hasDual(ctx, seg))
    ) {
      const src: SourceSpan | null = findSource(ctx, seg) ?? (pronounSpeaks(ctx, seg) ? lastSource : null);
      if (src) paragraphSource.set(seg.paragraph, src);
      if (src) [lastSource, lastSourceSentence] = [src, si];
      sectionLocation = sectionHeading(ctx, si) ?? sectionLocation;
      ctx.lastStatus = listHeadingStatus(ctx, seg) ?? ctx.lastStatus;
      continue;
    }
    const facts = readSentence(ctx, seg, si);
    // "Separately, …": another event; what was said before is no longer said by the same speaker.
    const newEvent = opensNewEvent(ctx, seg) || opensElsewhere(ctx, si);
    if (newEvent) {
      paragraphSource.delete(seg.paragraph);
      lastSource = null;
    }
    // "…, he told reporters": the speaker named before speaks again; when no one spoke before, the person
    // the sentence before names ("John Smith visited the camp. '…,' he said").
    if (!newEvent && (facts.source ? pronounSpan(ctx, facts.source) : pronounSpeaks(ctx, seg)))
      facts.source = lastSource ?? personBefore(ctx, si) ?? facts.source ?? speakingPronoun(ctx, seg);
    if (facts.source) paragraphSource.set(seg.paragraph, facts.source);
    if (facts.source) [lastSource, lastSourceSentence] = [facts.source, si];
    const before = claims.length;
    // "They include 120 of the 2,870 fighters from Georgia": a sentence that opens with a pronoun for
    // people counted just before continues them, and their group.
    const earlier = before > 0 ? claims[before - 1] : undefined;
    const continues =
      earlier && si - earlier.sentence <= 2 && opensWithPronoun(ctx, seg) ? earlier : undefined;
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
        prev && si - prev.sentence <= 2 ? prev : undefined,
      );
      for (const c of made) {
        c.sentence = si;
        if (newEvent) c.newEvent = true;
        // "Separately, 40 of them returned": an anaphor carries its people's source into the new event.
        if (newEvent && !c.source && (c.antecedent ?? c.partOf)?.sentence !== si)
          c.source = (c.antecedent ?? c.partOf)?.source ?? null;
        // An attribution holds for the rest of its paragraph, and past it for the next sentences only
        // (news paragraphs are often one sentence long): further on, the report speaks again.
        if (!c.source)
          c.source =
            paragraphSource.get(seg.paragraph) ??
            (si - lastSourceSentence <= ATTRIBUTION_REACH && speechGoesOn(ctx, si, c, facts, claims)
              ? lastSource
              : null);
        if (!c.affiliation && !c.groupSaid) {
          let near = continues ? continues.affiliation : nearbyGroup(ctx, si);
          // "أن الحركة جندت": the group named only by its kind is the last one the report named.
          if (near === undefined && definiteGroupNoun(ctx, seg))
            near = nearbyGroup(ctx, si, GROUP_NOUN_REACH);
          c.affiliation = near === undefined ? (prevHere?.affiliation ?? null) : near;
        }
        // Another event ("في عملية منفصلة") is not placed where the report's people are.
        if (!c.location.length && !c.placeUnnamed && !cp.otherEvent.anyIn(text, seg.start, c.start))
          c.location = sectionLocation ?? nearbyZones(ctx, si) ?? topicLocation;
        // "وفي سياق آخر، … هجوم على حافلة في دير الزور أسفر عن مقتل 23": where its own sentence says.
        else if (!c.location.length && !c.placeUnnamed) c.location = nearbyZones(ctx, si + 1, 1) ?? [];
        const moved = moveStatus(ctx, facts, c);
        if (moved) c.status = moved;
        // "Repatriations in 2019:" then "- Kazakhstan: 607 children": the state a list item is labelled with
        // brought its own people home (or saw them leave); under other headings it is where they are.
        if ((c.status === 'returned' || c.status === 'joined') && !c.origin?.length) {
          const label = itemLabel(ctx, facts, c.start);
          // "Syria: 607 children were recruited": a war people join in is where they are.
          if (label && !(c.status === 'joined' && CONFLICT_ZONES.has(label.code))) {
            c.origin = [label.code];
            c.originStated = true;
            c.location = c.location.filter((code) => code !== label.code);
          }
        } else if (c.status === 'present' && !c.origin?.length) {
          // "وصلت يوم الجمعة إلى طشقند طائرة تقل 40 طفلا": arrived home, a time said between the verb and
          // its place; as "وصلت إلى طشقند", they came back to the country they arrived in.
          const home = arrivedHome(ctx, facts, c);
          if (home) {
            c.status = 'returned';
            c.origin = [home];
            c.originStated = true;
            c.location = c.location.filter((code) => code !== home);
          }
        }
        // "1. Maldives – up to 200 fighters in Syria and Iraq": the item's own words say where its people
        // are, so the other country its label names is where they come from.
        if (!c.origin?.length && c.location.length) {
          const label = itemLabel(ctx, facts, c.start);
          if (
            label &&
            !c.location.includes(label.code) &&
            facts.places.some((p) => p.start >= c.start && p.prep !== null && c.location.includes(p.code))
          ) {
            c.origin = [label.code];
            c.originStated = true;
          }
        } else if (c.origin?.length === 1 && c.origin[0] === 'region:foreign') {
          // "Belgium – 498 foreign fighters": foreign fighters listed under a state that is no war zone
          // went from it ("Syria: 20,000 foreign fighters" are there).
          const label = itemLabel(ctx, facts, c.start);
          const whole = c.partOf ?? c.antecedent;
          if (label && !CONFLICT_ZONES.has(label.code)) {
            c.origin = [label.code];
            c.originStated = true;
            c.location = c.location.filter((code) => code !== label.code);
          } else if (
            // "…, of whom 137 returned": a part of such a count is from where its whole is.
            whole &&
            whole.start >= facts.seg.start &&
            whole.origin?.length === 1 &&
            whole.origin[0] !== 'region:foreign' &&
            itemLabel(ctx, facts, whole.start)?.code === whole.origin[0]
          ) {
            c.origin = [...whole.origin];
            c.originStated = true;
          }
        }
        // "Of the 150 returnees, 60 were jailed": people held after coming back are held at home, not in
        // the war zone they left.
        const whole = c.partOf ?? c.antecedent;
        if (
          (c.status === 'detained' || c.status === 'other') &&
          whole?.status === 'returned' &&
          c.location.length > 0 &&
          c.location.every((code) => CONFLICT_ZONES.has(code)) &&
          // "60 were held in Syria before their return": a zone their own sentence names stays.
          !facts.places.some((p) => c.location.includes(p.code))
        ) {
          const home = homeOrigin(c, claims);
          if (home) c.location = [home];
        }
        // A count in brackets leaves the status the counts after them continue as it was.
        if (asideOpen(text, seg.start, c.start) < 0) ctx.lastStatus = passedStatus(c);
        if (c.promoted) ctx.promotedSentence = si;
        claims.push(c);
      }
    }
    // "Repatriations in 2019:": a heading with no count of its own sets the status of the list it opens.
    if (claims.length === before) ctx.lastStatus = listHeadingStatus(ctx, seg) ?? ctx.lastStatus;
    if (facts.source && cp.contrastClause && claims.length - before >= 2)
      clauseSources(ctx, seg, facts.source, claims, before);
    // "including 156 children and 18 orphans": a count coordinated with a part is a part of the same.
    for (let k = before + 1; k < claims.length; k++) {
      const c = claims[k]!;
      const prev = claims[k - 1]!;
      if (c.partOf || !prev.partOf) continue;
      const between = text.slice(prev.end, c.start).trim();
      if (between === ',' || between === '،' || cp.conjunctions.get(between)) {
        c.partOf = prev.partOf;
        c.parenthetical = prev.parenthetical;
      }
    }
    if (claims.length === before && facts.ages.length) ageSaidAfter(ctx, facts, claims);
    breakdownLists(ctx, claims, before);
    // "18 femmes et 43 enfants ouzbeks": coordinated counts share the origin said after the last.
    for (let k = claims.length - 2; k >= before; k--) {
      const c = claims[k]!;
      const next = claims[k + 1]!;
      // "Of the 130 inmates, 25 are Moroccan": what a part is said to be is not said of its whole.
      if (c.originStated || !next.originStated || next.partOf === c) continue;
      // "Of the 4,000 fighters, 300 were from Niger": the count after a fronted whole is a part of it.
      if (frontedWhole(ctx, facts, c)) continue;
      const between = withoutOwnAdjectives(ctx, c, text.slice(c.end, next.start).trim());
      // "المعتقلين الـ120 أربع عشرة امرأة بلجيكية": a count right after a definite one, with nothing
      // between, is a part named after its whole, not coordinated with it.
      if (between === '' && /^\s+$/u.test(text.slice(c.end, next.start))) continue;
      const joined = between === '' || between === ',' || between === '،' || !!cp.conjunctions.get(between);
      // "7 أطفال و5 تشاديين": a nationality that is the next count's own noun is not said of this one,
      // which it sets apart as other people.
      if (bareNationality(ctx, facts, next)) {
        if (joined && between !== '') c.apartFromNationals = true;
        continue;
      }
      // "170 civilians and 13 US soldiers": a nationality before the next noun is that noun's own, and
      // what soldiers are is not said of the civilians counted with them.
      if (joined && (nationalityBeforeNoun(ctx, facts, next) || soldiersAndOthers(c, next))) continue;
      if (joined) {
        c.origin = next.origin;
        c.originStated = true;
        // "19 femmes et 35 enfants français ont atterri à Paris": now of that country, arriving there
        // is the first count's return too.
        if (c.status === 'present' && next.status === 'returned' && moveStatus(ctx, facts, c) === 'returned')
          c.status = 'returned';
      }
    }
    // "5 Sudanese and 4 children", "5 سودانيين و4 أطفال": a count coordinated after people counted by
    // their nationality alone is of other people.
    for (let k = before; k < claims.length - 1; k++) {
      let c = claims[k]!;
      const next = claims[k + 1]!;
      let between = text.slice(c.end, next.start).trim();
      // "2,000 foreign women (about 400 of them Russian) and 8,000 children": past the brackets of a
      // part, the count coordinated is coordinated with the part's whole.
      const whole = c.partOf ?? c.antecedent;
      const close = between.search(/[)\]]/u);
      if (
        whole &&
        next.partOf !== whole &&
        close >= 0 &&
        !/[([]/u.test(between.slice(0, close)) &&
        whole.end <= c.start &&
        /[([]/u.test(text.slice(whole.end, c.start))
      ) {
        c = whole;
        between = between.slice(close + 1).trim();
      }
      if (!c.originStated || next.originStated || next.partOf === c || !bareNationality(ctx, facts, c))
        continue;
      // "Of the 150 Kazakhs, 60 are children": the count after a fronted whole is a part of it.
      if (frontedWhole(ctx, facts, c)) continue;
      if (between === ',' || between === '،' || cp.conjunctions.get(between)) next.apartFromNationals = true;
    }
    // "تحتجز السلطات 14 امرأة تونسية و7 نساء مصريات في سجن": held, the prison after the last count
    // is where both are held.
    for (let k = claims.length - 2; k >= before; k--) {
      const c = claims[k]!;
      const next = claims[k + 1]!;
      if (c.status !== 'present' || next.status !== 'detained' || next.partOf === c) continue;
      const prison = facts.status.find((s) => s.value === 'detained' && s.start >= next.end);
      if (!prison || prison.start - next.end > 40 || PUNCT_STOP.test(text.slice(next.end, prison.start)))
        continue;
      const own = facts.places.findLast(
        (q) => q.kind === 'demonym' && q.start >= c.end && q.end <= next.start,
      );
      const from = own && blankBetween(text, c.end, own.start) ? own.end : c.end;
      const between = text.slice(from, next.start).trim();
      if (cp.conjunctions.get(between) || gluedAnd(ctx, from, next.start)) c.status = 'detained';
    }
    // "6 أطفال بلجيكيين و3 أمهات": a family's counts, the first's nationality said after its noun,
    // are of the same people.
    for (let k = before; k < claims.length - 1; k++) {
      const c = claims[k]!;
      const next = claims[k + 1]!;
      if (!c.originStated || next.originStated || next.partOf === c || !c.origin?.length) continue;
      if (!FAMILY.has(c.population) || !FAMILY.has(next.population) || c.role || next.role) continue;
      if (bareNationality(ctx, facts, c)) continue;
      // Past the first count's own nationality ("أطفال بلجيكيين"), only "and".
      const own = facts.places.findLast(
        (q) => q.kind === 'demonym' && q.start >= c.end && q.end <= next.start && c.origin!.includes(q.code),
      );
      if (!own || !blankBetween(text, c.end, own.start)) continue;
      const between = text.slice(own.end, next.start).trim();
      if (cp.conjunctions.get(between) || gluedAnd(ctx, own.end, next.start)) {
        next.origin = c.origin;
        next.originStated = true;
      }
    }
  }
  batchOrigins(ctx, claims);
  laterOrigins(ctx, claims);
  agesSaidAfter(ctx, claims);
  fillOrigins(ctx, claims);
  quotedSources(ctx, claims);
  anaphoricSources(ctx, claims);
  return mergeRepeats(definiteRepeats(ctx, claims));
}

/**
 * "France counts 1,460, while Belgium says 279", "selon Paris, … tandis que Bruxelles avance …": when a
 * sentence sets counts against each other in clauses, each count takes the speaker of its own clause.
 * A speaker named in a clause before its count is that clause's; a clause with none goes on with the
 * speaker of the clause before it, or with one named after the last count ("…, the ministry said"),
 * which speaks for the whole sentence. The sentence's one speaker (`said`) is then no longer everyone's.
 */
function clauseSources(
  ctx: ClaimContext,
  seg: Segment,
  said: SourceSpan,
  claims: DraftClaim[],
  before: number,
): void {
  const { text, cp } = ctx;
  const re = cp.contrastClause!;
  const cuts: number[] = [seg.start];
  re.lastIndex = 0;
  const clause = text.slice(seg.start, seg.end);
  for (let m = re.exec(clause); m; m = re.exec(clause)) cuts.push(seg.start + m.index + m[0].length);
  if (cuts.length < 2) return;
  cuts.push(seg.end);
  // The clause of each count of the sentence, and whether two clauses count.
  const clauseOf: number[] = [];
  for (let k = before; k < claims.length; k++) {
    let at = 0;
    while (at + 1 < cuts.length - 1 && claims[k]!.start >= cuts[at + 1]!) at++;
    clauseOf.push(at);
  }
  if (clauseOf[0] === clauseOf[clauseOf.length - 1]) return;
  let carry: SourceSpan | null = null;
  let trailing: SourceSpan | null = null;
  const own: (SourceSpan | null)[] = [];
  for (let at = 0; at < cuts.length - 1; at++) {
    const first = clauseOf.indexOf(at);
    const found = findSource(ctx, { ...seg, start: cuts[at]!, end: cuts[at + 1]! });
    if (!found || first < 0) {
      own.push(null);
      // "…, while 1,200 remain abroad, the ministry said": the last speaker speaks for all.
      if (found && at === cuts.length - 2) trailing = found;
      continue;
    }
    const lastCount = claims[before + clauseOf.lastIndexOf(at)]!;
    if (at > 0 && found[0] >= lastCount.end && at === cuts.length - 2) {
      trailing = found;
      own.push(null);
    } else own.push(found);
  }
  if (!own.some((o) => o !== null)) return;
  for (let k = before; k < claims.length; k++) {
    const c = claims[k]!;
    if (c.source && c.source !== said) continue;
    const at = clauseOf[k - before]!;
    for (let back = at; back >= 0 && !carry; back--) carry = own[back] ?? null;
    c.source = own[at] ?? carry ?? trailing;
    carry = null;
  }
}

/**
 * "40 children were rescued. The children, aged between 9 and 15, had been abducted": a sentence that
 * counts no one but opens with the definite noun of the count just before and its age gives that
 * count its age (when it has none).
 */
function ageSaidAfter(ctx: ClaimContext, facts: SentenceFacts, claims: DraftClaim[]): void {
  const { text, cp } = ctx;
  const age = facts.ages.find((a) => !a.term);
  if (!age) return;
  const p = facts.population.find((q) => q.end <= age.start);
  if (!p || !/^[\s,،(—–-]*$/u.test(text.slice(p.end, age.start))) return;
  const lead = text.slice(facts.seg.start, p.start).trim().toLowerCase();
  if (!lead || !cp.definiteArticles.get(lead)) return;
  // "dix enfants et six mères. Les enfants, âgés de 2 à 11 ans": the count of those people, not the last.
  let c: DraftClaim | undefined;
  for (let k = claims.length - 1; k >= 0 && facts.index - claims[k]!.sentence === 1; k--)
    if (claims[k]!.population === p.value.population) {
      c = claims[k];
      break;
    }
  if (!c || c.age.min !== null || c.age.max !== null) return;
  c.age = { min: age.min, max: age.max };
}

/** The people of a family's counts: women, mothers, children. */
const FAMILY: ReadonlySet<string> = new Set(['women', 'children']);

/** Whether only a glued conjunction (Arabic "و3") stands between two counts. */
function gluedAnd(ctx: ClaimContext, from: number, to: number): boolean {
  const gap = ctx.text.slice(from, to).trim();
  return gap === '' && ctx.cp.conjunctions.get(ctx.text[to - 1] ?? '') !== undefined;
}

/** Whether a count's noun is a bare nationality: "5 تشاديين", "twelve Sudanese". */
function bareNationality(ctx: ClaimContext, facts: SentenceFacts, c: DraftClaim): boolean {
  const { text, cp } = ctx;
  const p = facts.places.find((q) => q.kind === 'demonym' && q.start >= c.start && q.end <= c.end);
  return !!p && !cp.population.anyIn(text, c.start, p.start);
}

/**
 * Whether the nationality of a count stands between its number and its noun ("13 US soldiers", "13
 * американских военных"): an adjective there modifies that noun alone, unlike one after the last of
 * two coordinated nouns ("18 femmes et 43 enfants ouzbeks").
 */
function nationalityBeforeNoun(ctx: ClaimContext, facts: SentenceFacts, c: DraftClaim): boolean {
  let noun: LexiconMatch<PopulationWord> | undefined;
  for (const w of facts.population) if (w.start > c.start && w.end <= c.end) noun = w;
  if (!noun) return false;
  for (const q of facts.places) if (q.start > c.start && q.end <= noun.start && q.prep === null) return true;
  return false;
}

/** Fighters (soldiers, militants) counted with people of another kind: two groups, not one. */
function soldiersAndOthers(a: DraftClaim, b: DraftClaim): boolean {
  return (a.population === 'fighters') !== (b.population === 'fighters');
}

/**
 * "طفلان يتيمان وامرأتان": words after a count that only say more of its own people (an adjective, a
 * noun of the same kind) before the conjunction to the next count; what is left of `between`.
 */
function withoutOwnAdjectives(ctx: ClaimContext, c: DraftClaim, between: string): string {
  const { cp } = ctx;
  const words = between.split(/\s+/);
  let k = 0;
  while (
    k < words.length - 1 &&
    (cp.modifiers.get(words[k]!) || cp.population.get(words[k]!)?.population === c.population)
  )
    k++;
  return k ? words.slice(k).join(' ') : between;
}

/**
 * "The 19 militants shown in the video", "les six captifs": a count after a definite article names
 * people counted before with the same number, whatever is now said of them; it is the same claim
 * (GUIDELINES.md, Hard cases: the same number with the same bounds is one claim). The first keeps
 * its noun, and takes the origin the repeat gives when it had none.
 */
const valueKey = (c: DraftClaim) => `${c.value.min}-${c.value.max}`;

/**
 * The positions of the claims of each value (bounds), in order: a long report has thousands of claims,
 * and comparing each with every other took seconds.
 */
function claimsByValue(claims: readonly DraftClaim[]): Map<string, number[]> {
  const byValue = new Map<string, number[]>();
  for (let i = 0; i < claims.length; i++) {
    const key = valueKey(claims[i]!);
    const list = byValue.get(key);
    if (list) list.push(i);
    else byValue.set(key, [i]);
  }
  return byValue;
}

function definiteRepeats(ctx: ClaimContext, claims: DraftClaim[]): DraftClaim[] {
  const { text, cp } = ctx;
  const dropped = new Set<DraftClaim>();
  let sameValue: Map<string, number[]> | undefined;
  for (let j = 1; j < claims.length; j++) {
    const b = claims[j]!;
    if (b.qualifier === 'vague') continue;
    const lead = trailingWord(text.slice(Math.max(0, b.start - 12), b.start));
    if (!lead || !cp.definiteArticles.get(lead)) continue;
    let a: DraftClaim | undefined;
    for (const i of (sameValue ??= claimsByValue(claims)).get(valueKey(b))!) {
      if (i >= j) break;
      const c = claims[i]!;
      if (dropped.has(c) || c.qualifier === 'vague') continue;
      if (c.population === b.population || c.population === 'people' || b.population === 'people') {
        a = c;
        break;
      }
    }
    if (!a) continue;
    if (!a.origin?.length && b.origin?.length) a.origin = b.origin;
    keepAge(a, b);
    dropped.add(b);
  }
  return dropped.size ? claims.filter((c) => !dropped.has(c)) : claims;
}

/**
 * "15 citizens, 5 men, 2 women and 8 children", "480 people: 300 children, 140 women and 40 men": a
 * count followed by a list of two or more counts that add up to it is broken down by them.
 */
function breakdownLists(ctx: ClaimContext, claims: DraftClaim[], from: number): void {
  for (let k = from; k < claims.length - 2; k++) {
    const total = claims[k]!;
    const value = total.value.min;
    if (value === null || total.value.max !== value || total.qualifier === 'vague') continue;
    let sum = 0;
    let last = k;
    while (last + 1 < claims.length && sum < value) {
      const part = claims[last + 1]!;
      if (part.partOf || part.value.min === null || part.value.max !== part.value.min) break;
      // Parts are kinds of the people counted: "5 men, 3 women and 2 children" is no breakdown.
      if (total.population !== 'people' && part.population !== total.population) break;
      if (!(last === k ? leadsList(ctx, total, part) : joinedInList(ctx, claims[last]!, part))) break;
      sum += part.value.min;
      last++;
    }
    if (last - k < 2 || sum !== value) continue;
    for (let p = k + 1; p <= last; p++) claims[p]!.partOf = total;
    k = last;
  }
}

/** Whether two counts follow each other in a list: a comma, a colon, a dash or "and" between them. */
function joinedInList(ctx: ClaimContext, a: DraftClaim, b: DraftClaim): boolean {
  const between = ctx.text.slice(a.end, b.start).trim();
  return (
    between === ',' ||
    between === '،' ||
    between === ':' ||
    between === '—' ||
    (between.length < 12 && ctx.cp.conjunctions.get(between) !== undefined)
  );
}

/** "595 people came back: 406 children, ...": a short clause ending in a colon may lead the list. */
function leadsList(ctx: ClaimContext, total: DraftClaim, first: DraftClaim): boolean {
  if (first.start - total.end > 60) return false;
  const between = ctx.text.slice(total.end, first.start).trim();
  return (
    joinedInList(ctx, total, first) || (/[:—]$/.test(between) && between.length < 40 && !/\d/.test(between))
  );
}

/**
 * "أعادت طاجيكستان 146 طفلا. وقال مسؤول إن أعمار الأطفال تتراوح بين 3 و16 عاما": ages said in the next
 * sentence, before any count of its own, of the people the sentence before counted ("the children",
 * or "their ages") are that count's.
 */
function agesSaidAfter(ctx: ClaimContext, claims: DraftClaim[]): void {
  const { text, cp, sentences } = ctx;
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]!;
    const next = claims[i + 1];
    if (!unaged(c) || (next && next.sentence === c.sentence)) continue;
    const seg = sentences[c.sentence + 1];
    if (!seg) continue;
    const first = next && next.sentence === c.sentence + 1 ? next.start : seg.end;
    const age = sentenceAges(ctx, c.sentence + 1).find((a) => a.end <= first);
    if (!age) continue;
    const named = cp.population
      .scanRange(text, age.start, age.end, ctx.original, ctx.toOriginal)
      .some((p) => p.value.population === c.population && !!cp.definite?.test(text.slice(p.start, p.end)));
    const theirs = cp.definiteSuffix
      ? text
          .slice(age.start, age.end)
          .split(/\s+/)
          .some((w) => /^\p{L}+$/u.test(w) && cp.definiteSuffix!.test(w) && w.length > 5)
      : false;
    // "أعمار القتلى" (the ages of the dead): the definite noun of what befell them.
    const befell =
      !named &&
      !theirs &&
      (c.status === 'killed' || c.status === 'detained') &&
      cp.status
        .scanRange(text, age.start, age.end)
        .some((s) => s.value === c.status && !!cp.definite?.test(text.slice(s.start, s.end)));
    if (named || theirs || befell) c.age = { min: age.min, max: age.max };
  }
}

const unaged = (c: DraftClaim): boolean => c.age.min === null && c.age.max === null;

/** "11 children returned. The eleven children are aged 3 to 10": the ages said with a repeat are the count's. */
function keepAge(keep: DraftClaim, drop: DraftClaim): void {
  if (unaged(keep) && !unaged(drop)) keep.age = drop.age;
}

/**
 * A count said again with a weaker noun ("63 children" in a headline, "63 Azerbaijani citizens, all
 * minors" below) is one claim: the same bounds, the same status, compatible origins. The more specific
 * noun and the stated origin are kept (GUIDELINES.md, Hard cases).
 */
function mergeRepeats(claims: DraftClaim[]): DraftClaim[] {
  // A dropped repeat's parts belong to the claim kept in its place.
  const dropped = new Map<DraftClaim, DraftClaim>();
  const sameValue = claimsByValue(claims);
  for (let i = 0; i < claims.length; i++) {
    const a = claims[i]!;
    if (dropped.has(a) || a.qualifier === 'vague') continue;
    for (const j of sameValue.get(valueKey(a))!) {
      if (j <= i) continue;
      const b = claims[j]!;
      if (dropped.has(b) || b.qualifier === 'vague') continue;
      if (a.population !== b.population && a.population !== 'people' && b.population !== 'people') continue;
      const ao = a.origin ?? [];
      const bo = b.origin ?? [];
      if (ao.length && bo.length && ao.join() !== bo.join()) continue;
      if (a.status !== b.status) {
        // "800 Dagestanis fight in Syria" over "800 left for Syria, the governor said": the headline's
        // count, told with another verb, is the body's and its source the body's speaker.
        if (a.sentence === 0 && !a.source && b.source && a.population === b.population) a.source = b.source;
        continue;
      }
      const [keep, drop] = a.population === 'people' && b.population !== 'people' ? [b, a] : [a, b];
      if (!keep.origin?.length && drop.origin?.length) keep.origin = drop.origin;
      // A headline's count is attributed in the body, where it is said again.
      if (!keep.source && drop.source) keep.source = drop.source;
      keepAge(keep, drop);
      dropped.set(drop, keep);
      if (drop === a) break;
    }
  }
  if (!dropped.size) return claims;
  for (const c of claims) {
    let whole = c.partOf;
    while (whole && dropped.has(whole)) whole = dropped.get(whole)!;
    if (whole !== c.partOf) c.partOf = whole === c ? null : whole;
  }
  return claims.filter((c) => !dropped.has(c));
}

/**
 * "Of the 400 children, 300 were born in Raqqa", "Из 400 детей 300 родились в Сирии": a count right after
 * a fronted whole of this sentence (a comma at most between) is a part of it, whatever its verb says.
 */
function partOfFrontedWhole(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  whole: DraftClaim,
  gap: RegExp = COMMA_AT_MOST,
): boolean {
  return (
    whole.start >= facts.seg.start &&
    whole.end <= m.start &&
    gap.test(ctx.text.slice(whole.end, m.start)) &&
    frontedWhole(ctx, facts, whole)
  );
}

const COMMA_AT_MOST = /^\s*[,،]?\s*$/u;

/**
 * "Of the 326 children separated from armed groups during the year, 112 were reintegrated": the fronted
 * whole's phrase runs on (a participle, a relative clause, no figure) to the first comma, and the count
 * right after it, with a status word of its own clause, is a part.
 */
const FRONTED_PHRASE_GAP = /^(?:\s*[,،]?|[^.;:!?؟\d,،()]{1,80}[,،])\s*$/u;

/**
 * A year-like number right after a fronted whole, or after the whole and an aside set off by commas
 * ("Из 5000 тунисцев, уехавших в Сирию, 2000 погибли"): a part of it, as a smaller figure would be.
 */
function yearLikePartOfFrontedWhole(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  whole: DraftClaim,
): boolean {
  return (
    (whole.value.min ?? 0) > (m.min ?? Infinity) &&
    partOfFrontedWhole(ctx, facts, m, whole, FRONTED_WHOLE_GAP)
  );
}

/**
 * After a fronted whole: an aside between commas (no figure, no full stop), or up to three words of its
 * own clause, a comma, and up to two words of the part's ("غادروا، يعتقد أن").
 */
const FRONTED_WHOLE_GAP =
  /^(?:\s*[,،][^.;:!?؟\d,،]{1,60}[,،]\s*|(?:\s+\p{L}+){0,3}\s*[,،]?(?:\s+\p{L}+){0,2}\s*)$/u;

/** Whether a count opens its sentence behind a partitive ("Of the 4,000 fighters,", "Из 4 тысяч"). */
function frontedWhole(ctx: ClaimContext, facts: SentenceFacts, c: { start: number }): boolean {
  const { text, cp } = ctx;
  const of = cp.partitiveOf
    .scanRange(text, Math.max(facts.seg.start, c.start - 16), c.start)
    .find((p) => blankBetween(text, p.end, c.start));
  return of !== undefined && /^[\s"'«“]*$/u.test(text.slice(facts.seg.start, of.start));
}

/**
 * Whether a count stands in a phrase opened by "among" or "of" at the head of its sentence, one word at
 * most before it ("Among the 120 detainees", "وكان من بين المعتقلين الـ120", "ومن بين 120 معتقلا").
 */
function amongFronted(ctx: ClaimContext, c: DraftClaim): boolean {
  const { text, cp } = ctx;
  const seg = ctx.sentences[c.sentence]!;
  const from = Math.max(seg.start, c.start - 20);
  const word =
    cp.partitiveOf.scanRange(text, from, c.start).pop() ?? cp.among.scanRange(text, from, c.start).pop();
  return (
    word !== undefined &&
    AMONG_WHOLE_GAP.test(text.slice(word.end, c.start)) &&
    ONE_WORD_GAP.test(text.slice(seg.start, word.start))
  );
}

/**
 * "وصلت قافلة من العائدين الأوزبك … وضمت القافلة 30 امرأة": a count whose clause names a batch said
 * before (the pack's batchNouns) is of the people that batch was said to bring: their nationality,
 * and their return, told in one of the two sentences before.
 */
function batchOrigins(ctx: ClaimContext, claims: DraftClaim[]): void {
  const { text, cp, sentences, original, toOriginal } = ctx;
  if (!cp.batchAgain.size) return;
  for (const c of claims) {
    if (c.originStated || c.antecedent || c.role) continue;
    const seg = sentences[c.sentence]!;
    const again = cp.batchAgain.scanRange(text, Math.max(seg.start, c.start - 40), c.start).pop();
    if (!again || PUNCT_STOP.test(text.slice(again.end, c.start))) continue;
    for (let k = c.sentence - 1; k >= 0 && c.sentence - k <= 2; k--) {
      const prev = sentences[k]!;
      const first = cp.batchFirst.firstIn(text, prev.start, prev.end);
      if (!first) continue;
      const reach = Math.min(prev.end, first.end + 60);
      const places = cp.places
        .scanRange(text, first.end, reach, original, toOriginal)
        .filter((p) => p.value.kind === 'demonym' && countedNationality(ctx, p));
      if (places.length) {
        c.origin = [...new Set(places.map((p) => p.value.code))].sort();
        c.originStated = true;
      } else {
        const agent = batchReceiver(ctx, prev, first.start);
        if (agent) {
          c.origin = [agent];
          c.originStated = true;
        }
      }
      // Said to come back, or to arrive in their own country ("وصول دفعة … إلى مخيم الجدعة جنوب الموصل").
      const arrival = cp.arrivals.firstIn(text, prev.start, prev.end);
      if (
        c.status === 'present' &&
        (cp.status.scanRange(text, prev.start, prev.end).some((s) => s.value === 'returned') ||
          (arrival &&
            cp.places
              .scanRange(text, arrival.end, prev.end, original, toOriginal)
              .some((p) => p.value.kind !== 'demonym' && !!c.origin?.includes(p.value.code))))
      )
        c.status = 'returned';
      break;
    }
  }
}

/**
 * "تسلمت السلطات العراقية دفعة جديدة من العائلات … وضمت الدفعة 150 عائلة": the country that takes the
 * batch back (a return word, then its name or nationality, before the batch) is the country of the
 * people in it; not when the sentence sends them to another place ("سلمت … دفعة … إلى العراق").
 */
function batchReceiver(ctx: ClaimContext, prev: Segment, batchStart: number): string | null {
  const { text, cp, original, toOriginal } = ctx;
  const returned = cp.status.scanRange(text, prev.start, batchStart).find((s) => s.value === 'returned');
  if (!returned) return null;
  let agent: string | null = null;
  const prepositions = cp.prepositions.scanRange(text, prev.start, prev.end);
  for (const p of cp.places.scanRange(text, prev.start, prev.end, original, toOriginal)) {
    if (p.value.kind !== 'name' && p.value.kind !== 'demonym') continue;
    if (p.start >= returned.end && p.end <= batchStart) {
      if (agent === null) agent = p.value.code;
    } else if (
      p.start >= batchStart &&
      p.value.kind === 'name' &&
      classifyPlace(text, p, prepositions).prep === 'to'
    )
      return null;
  }
  return agent;
}

/**
 * An origin given to the same people in the next sentence: "Seven teenagers appear in the clip.
 * Investigators say the teenagers are originally from Sweden and Lebanon", "quatre enfants ; tous sont
 * tunisiens". The next sentence names them again (their noun, or "they", "tous", "все") and says where
 * they come from, before any other count.
 */
function laterOrigins(ctx: ClaimContext, claims: DraftClaim[]): void {
  const { text, original, toOriginal, cp, sentences } = ctx;
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]!;
    if (c.originStated || c.role || c.antecedent) continue;
    const next = claims[i + 1];
    const seg = sentences[c.sentence]!;
    const after = sentences[c.sentence + 1];
    // The rest of its sentence after a semicolon, or the next sentence of the paragraph.
    let semicolon = text.slice(c.end, seg.end).search(/[;؛]/);
    // "12 детей, они граждане Таджикистана": a comma before a subject pronoun opens such a clause too.
    if (semicolon < 0) semicolon = pronounAfterComma(ctx, c.end, seg.end);
    // "أعيد 70 طفلا جميعهم من العراق": or a subject pronoun right after the counted phrase.
    if (semicolon < 0) {
      const pronoun = cp.subjectPronouns.firstIn(text, c.end, Math.min(seg.end, c.end + 12));
      if (pronoun && pronoun.start > c.end && blankBetween(text, c.end, pronoun.start))
        semicolon = pronoun.start - c.end - 1;
    }
    const from =
      semicolon >= 0 ? c.end + semicolon + 1 : after && after.paragraph === seg.paragraph ? after.start : -1;
    if (from < 0) continue;
    const to = semicolon >= 0 ? seg.end : after!.end;
    if (next && next.start < to && next.start >= from) continue;
    const subject =
      cp.population
        .scanRange(text, from, to, original, toOriginal)
        .find((p) => p.value.population === c.population && !p.value.deferred) ??
      cp.subjectPronouns.firstIn(text, from, to);
    if (!subject) continue;
    const prepositions = cp.prepositions.scanRange(text, subject.end, Math.min(to, subject.end + 60));
    const places = cp.places
      .scanRange(text, subject.end, Math.min(to, subject.end + 80), original, toOriginal)
      .filter((p) => p.value.kind === 'name' || p.value.kind === 'demonym')
      .map((p) => classifyPlace(text, p, prepositions));
    const first = places[0];
    if (!first) continue;
    // "все они — азербайджанки": where a dash is the copula, it links the subject to its predicate.
    const dash = cp.pack.dashCopula ? dashCopula(ctx, subject.end) : null;
    const glueFrom = dash && dash.end <= first.start ? dash.end : subject.end;
    const linked =
      (first.prep === 'from' &&
        onlyGlue(ctx, glueFrom, first.start, [cp.auxiliaries, cp.copulas, cp.prepositions, cp.modifiers])) ||
      (first.kind === 'demonym' &&
        onlyGlue(ctx, glueFrom, first.start, [cp.auxiliaries, cp.copulas, cp.modifiers])) ||
      // "Все они гражданки Азербайджана", "они — уроженцы Дагестана": a person noun right before a
      // country's name governs it (a genitive), as "citizens of" does.
      (first.kind === 'name' &&
        first.prep === null &&
        onlyGlue(ctx, glueFrom, first.start, [cp.auxiliaries, cp.copulas, cp.modifiers, cp.population]) &&
        cp.population
          .scanRange(text, subject.start, first.start)
          .some((p) => blankBetween(text, p.end, first.start))) ||
      // "وأكدت الوزارة أن الأطفال يحملون الجنسية الكازاخية": a citizenship they hold, a verb before it.
      heldCitizenship(ctx, subject.end, first.start);
    if (!linked) continue;
    // The list that follows: "from Sweden, Lebanon and Belgium".
    const codes = [first.code];
    let end = first.end;
    for (const p of places.slice(1)) {
      const gap = text.slice(end, p.start);
      // "from Sweden and Lebanon", "de Suède et du Liban": a conjunction, and the preposition again.
      if (
        !LINKING_GAP.test(gap) &&
        !cp.conjunctions.get(gap.replace(/[,،]/g, '').trim()) &&
        !linksPlaces(cp, gap)
      )
        break;
      codes.push(p.code);
      end = p.end;
    }
    c.origin = mostSpecific(codes).sort();
    c.originStated = true;
  }
}

/**
 * Whether only a citizenship noun, and at most one word before it (a verb: يحملون، holds), stands
 * between a subject and a nationality or country: "الأطفال يحملون الجنسية الكازاخية".
 */
function heldCitizenship(ctx: ClaimContext, from: number, to: number): boolean {
  const { text, cp } = ctx;
  if (!cp.citizenshipNouns.size || to - from > 40) return false;
  const held = cp.citizenshipNouns.scanRange(text, from, to).pop();
  return (
    held !== undefined && blankBetween(text, held.end, to) && ONE_WORD_GAP.test(text.slice(from, held.start))
  );
}

/**
 * Whether only the counted people's own verb stands between their count and "others" (an adjective of
 * theirs before it at most): "ستة مسلحين ملثمين يقتادون ستة آخرين". The pack's plural verb pattern
 * says what a verb is; a conjunction or comma makes "others" a new clause's (more of the same people).
 */
function othersAsObject(ctx: ClaimContext, from: number, to: number): boolean {
  const verb = ctx.cp.pluralVerb;
  if (!verb || to - from > 40) return false;
  const words = ctx.text.slice(from, to).trim().split(/\s+/u);
  if (words.length === 0 || words.length > 2 || /[,،;:.]/u.test(ctx.text.slice(from, to))) return false;
  const last = words[words.length - 1]!;
  return verb.test(last) && !ctx.cp.conjunctions.get(last.slice(0, 1));
}

/** Where a comma stands right before a subject pronoun ("…, все они …", "…, ils sont"), from `from`; or -1. */
function pronounAfterComma(ctx: ClaimContext, from: number, to: number): number {
  const { text, cp } = ctx;
  // The Arabic comma too: "أعيد 70 طفلا، جميعهم عراقيون".
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 44 && c !== 0x060c) continue;
    const pronoun = cp.subjectPronouns.scanRange(text, i + 1, Math.min(to, i + 20))[0];
    if (pronoun && blankBetween(text, i + 1, pronoun.start)) return i - from;
  }
  return -1;
}

/** How far before a count its verb of capture may stand: the verb and its subject. */
const CAPTURE_REACH = 40;

/**
 * Origins the text leaves implicit. A count that continues another ("of them", "others") shares its
 * people's origin; the people a report follows (its citizens, fighters, returnees) take the origin the
 * report gives them elsewhere; victims, captives, opponents and counts of the killed or featured take
 * none, since a report's topic alone does not say where they come from (GUIDELINES.md, Hard cases).
 */
function fillOrigins(ctx: ClaimContext, claims: DraftClaim[]): void {
  // "Seven children returned; three of them are Lebanese, four Tunisian": the total is of both.
  // One part's origin is not the whole's ("2,500 people, more than 2,140 of them foreigners"): only
  // parts that add up to their total give it their origins.
  const parts = new Map<DraftClaim, DraftClaim[]>();
  for (const c of claims)
    if (c.partOf && c.originStated && c.origin?.length && !c.partOf.originStated)
      parts.set(c.partOf, [...(parts.get(c.partOf) ?? []), c]);
  // "Of the 130 inmates, 25 are Moroccan": a total of the same sentence whose parts alone say where
  // they come from, and do not add up to it, is of mixed people; the topic does not name the rest.
  const singledOut = new Set<DraftClaim>();
  for (const [total, of] of parts) {
    const sum = of.reduce((n, c) => n + (c.value.min ?? c.value.max ?? 0), 0);
    if (sum !== total.value.min) {
      if (of.some((c) => c.included || c.predicated || nationalityAfterPart(ctx, c))) singledOut.add(total);
      continue;
    }
    total.origin = [...new Set(of.flatMap((c) => c.origin ?? []))].sort();
    total.originStated = true;
  }
  // "Of the 130 inmates, 25 are Moroccan": a part said to be of a nationality singles itself out of
  // the people counted before it, who take no origin from it, nor from a topic it alone makes.
  for (const c of claims) {
    const whole = c.antecedent;
    if (c.predicated && c.originStated && c.origin?.length && whole && !whole.originStated && !c.partOf)
      if (whole.sentence === c.sentence && (whole.value.min ?? 0) > (c.value.min ?? 0)) singledOut.add(whole);
  }
  // "Among the 120 detainees were 14 Belgian women", "وكان من بين المعتقلين الـ120 أربع عشرة امرأة
  // بلجيكية": a whole fronted by "among" whose later part alone is given a nationality is of mixed people.
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]!;
    if (c.originStated || singledOut.has(c)) continue;
    for (let k = i + 1; k < claims.length && claims[k]!.sentence === c.sentence; k++) {
      const d = claims[k]!;
      if (d.originStated && d.origin?.length) {
        if (amongFronted(ctx, c)) singledOut.add(c);
        break;
      }
    }
  }
  const topic = topicOrigin(ctx, claims);
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]!;
    if (c.originStated) continue;
    if (c.antecedent) {
      c.origin = c.antecedent.origin;
      continue;
    }
    // A part of a count ("300 Kazakh fighters, including 150 women") is of the same people: of no
    // origin when its whole is denied one below ("79 children died, 12 of them under five").
    const whole = c.partOf;
    if (
      whole &&
      (whole.origin?.length || whole.role || whole.status === 'killed' || whole.status === 'featured')
    ) {
      c.origin = whole.origin;
      continue;
    }
    // "12 people, including 5 Tunisians": a total whose part alone is given an origin is of mixed
    // people; neither the topic nor the count before says where the rest come from.
    if (
      c.apartFromNationals ||
      c.role ||
      c.status === 'killed' ||
      c.status === 'featured' ||
      singledOut.has(c) ||
      c.newEvent ||
      // "In a separate operation, police arrested 23 members of a cell": not the people the report follows.
      ctx.cp.otherEvent.anyIn(ctx.text, ctx.sentences[c.sentence]!.start, c.start) ||
      // "واختطف التنظيم 40 امرأة": captives a verb of capture before them takes are no one the report
      // follows; fighters taken captive may be the group's own.
      (c.status !== 'returned' &&
        c.population !== 'fighters' &&
        ctx.cp.captureWords.anyIn(
          ctx.text,
          Math.max(ctx.sentences[c.sentence]!.start, c.start - CAPTURE_REACH),
          c.start,
        ))
    ) {
      c.origin = null;
      continue;
    }
    c.origin =
      continued(ctx, claims, i)?.origin ??
      placedBefore(ctx, claims, c) ??
      theirNumberBefore(ctx, claims, c) ??
      (c.plainPeople && TOPICLESS.has(c.status) ? null : topic);
  }
}

/**
 * Whether a part's own words name its nationality right after it: "70 women, nine of them Germans" (a
 * part whose origin the clause gives, "11 of them orphans, were handed over to Russian officials", has none).
 */
function nationalityAfterPart(ctx: ClaimContext, c: DraftClaim): boolean {
  for (const p of placesFrom(ctx, c.start)) {
    if (p.start > c.end + 2) return false;
    if (p.value.kind === 'demonym' && blankBetween(ctx.text, c.end, p.start)) return true;
  }
  return false;
}

/**
 * The count whose people a count without an origin plainly continues: the last one before it with an
 * origin, in its sentence or the one before (a report moves on from one paragraph to the next about
 * the same returnees), when both say the same happened to them.
 */
function continued(ctx: ClaimContext, claims: DraftClaim[], i: number): DraftClaim | undefined {
  const c = claims[i]!;
  const anaphorOpens = i > 0 && claims[i - 1]!.sentence === c.sentence - 1 && opensWithAnaphor(ctx, c);
  for (let k = i - 1; k >= 0; k--) {
    const p = claims[k]!;
    if (c.sentence - p.sentence > 1) return undefined;
    if (p.role || p.local || !p.origin?.length) continue;
    // "3,000 people, more than 2,000 of them foreigners": a part whose own origin its whole lacks
    // singles it out; the people a later count continues are the whole's, not the part's.
    if (p.partOf && p.originStated && !p.partOf.origin?.length) continue;
    // "Трое из пятерых задержанных – уроженцы Таджикистана": a part whose phrase holds this count is
    // taken of it; what the part is said to be is not said of its whole.
    if (p.start <= c.start && p.end >= c.end) continue;
    // In the next sentence, other people ("500 foreign women … 108 children live with their mothers")
    // are a new group: only the same kind of people, or a part of people counted at large, continues.
    const sameKind = p.population === c.population || p.population === 'people';
    if (p.sentence === c.sentence || (p.status === c.status && sameKind)) return p;
    // "150 Iraqi families were repatriated. The returnees included 400 children": a sentence that
    // opens by referring back to them counts the same people, whatever its noun or verb.
    if (anaphorOpens) return p;
  }
  return undefined;
}

/** Whether a count's sentence opens with words that refer back to the people counted before it. */
function opensWithAnaphor(ctx: ClaimContext, c: DraftClaim): boolean {
  const { text, cp } = ctx;
  const seg = ctx.sentences[c.sentence]!;
  const to = Math.min(c.start, seg.start + 30);
  if (to <= seg.start) return false;
  const a = cp.peopleAnaphors.firstIn(text, seg.start, to);
  return !!a && /^[\s"'«“(]*$/u.test(text.slice(seg.start, a.start));
}

/**
 * "Foreigners are kept in an annex. In this annex live 9,000 women and children": a count whose
 * sentence opens with the place said again ("In this", "В этой") is of the people the sentence
 * before (of the paragraph, without a count of its own) put there, when it names one nationality.
 */
function placedBefore(ctx: ClaimContext, claims: DraftClaim[], c: DraftClaim): string[] | undefined {
  const { text, cp, sentences } = ctx;
  const seg = sentences[c.sentence]!;
  const before = sentences[c.sentence - 1];
  if (!before || before.paragraph !== seg.paragraph) return undefined;
  const anaphor = cp.placeAnaphors.firstIn(text, seg.start, Math.min(seg.end, seg.start + 20));
  if (!anaphor || !/^[\s"'«“]*$/u.test(text.slice(seg.start, anaphor.start))) return undefined;
  if (claims.some((d) => d.sentence === c.sentence - 1)) return undefined;
  const codes = new Set<string>();
  for (const p of placesFrom(ctx, before.start)) {
    if (p.start >= before.end) break;
    if (p.value.kind === 'demonym') codes.add(p.value.code);
  }
  return codes.size === 1 ? [...codes] : undefined;
}

/**
 * "Reports speak of Moroccan children in Syria. Their number is put at 390": a count whose "their
 * number" frame (عددهم) has no people before it in its own sentence counts the people the sentence
 * before (of the paragraph, without a count of its own) names, when it gives them one nationality.
 */
function theirNumberBefore(ctx: ClaimContext, claims: DraftClaim[], c: DraftClaim): string[] | undefined {
  const { text, cp, sentences, original, toOriginal } = ctx;
  const seg = sentences[c.sentence]!;
  const before = sentences[c.sentence - 1];
  if (!before || before.paragraph !== seg.paragraph) return undefined;
  const frame = cp.numberOf.scanRange(text, Math.max(seg.start, c.start - 60), c.start).pop();
  if (!frame || PUNCT_STOP.test(text.slice(frame.end, c.start))) return undefined;
  const word = text.slice(frame.start, frame.end);
  let pronoun = false;
  for (const suffix of cp.pack.possessiveSuffixes)
    if (word.endsWith(suffix) && cp.subjectPronouns.get(suffix)) pronoun = true;
  if (!pronoun) return undefined;
  if (cp.population.scanRange(text, seg.start, frame.start, original, toOriginal).length) return undefined;
  for (const d of claims) if (d.sentence === c.sentence - 1) return undefined;
  const codes = new Set<string>();
  for (const p of placesFrom(ctx, before.start)) {
    if (p.start >= before.end) break;
    if (p.value.kind === 'demonym') codes.add(p.value.code);
  }
  return codes.size === 1 ? [...codes] : undefined;
}

/** One more piece of evidence for a report's topic origin; conflict zones and "foreign" are not one. */
function countOrigin(counts: Map<string, number>, code: string): void {
  if (CONFLICT_ZONES.has(code) || code === 'region:foreign') return;
  counts.set(code, (counts.get(code) ?? 0) + 1);
}

/** The origin of the people a report follows: the nationality its counts and demonyms name most. */
function topicOrigin(ctx: ClaimContext, claims: DraftClaim[]): string[] | null {
  const counts = new Map<string, number>();
  /**
   * People counted as nationals of a conflict zone ("9 سودانيين و6 مصريين"): no topic, but a report
   * whose counts name them about as often as its top nationality follows no one nationality.
   */
  let rival = 0;
  const zones = new Map<string, number>();
  for (const c of claims)
    if (c.originStated && !c.role)
      for (const code of c.origin ?? []) {
        countOrigin(counts, code);
        if (CONFLICT_ZONES.has(code)) {
          const n = (zones.get(code) ?? 0) + 2;
          zones.set(code, n);
          rival = Math.max(rival, n);
        }
      }
  for (const p of documentPlaces(ctx)) if (p.value.kind === 'demonym') countOrigin(counts, p.value.code);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || top[1] < 2) return null;
  if (second && second[1] * 1.5 > top[1]) return null;
  if (rival * 1.5 > top[1]) return null;
  return [top[0]];
}

const dualPacks = new WeakMap<CompiledPack, boolean>();

/** Whether a pack has dual nouns (طفلان, or vocalised ones), which are numbers without a number word. */
function packHasDuals(cp: CompiledPack): boolean {
  let has = dualPacks.get(cp);
  if (has === undefined) {
    has = !!cp.vocalisedDual || Object.values(cp.pack.populationWords).some((w) => w.dual);
    dualPacks.set(cp, has);
  }
  return has;
}

/** Whether a sentence names people by a dual noun. */
function hasDual(ctx: ClaimContext, seg: Segment): boolean {
  return ctx.cp.population
    .scanRange(ctx.text, seg.start, seg.end, ctx.original, ctx.toOriginal)
    .some((p) => p.value.dual || vocalisedDual(ctx, p));
}

/** Whether text[start, end) holds an ASCII digit, as /\d/ tests it. */
function hasDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * "26 Russian-speaking women", "French-speaking fighters": a nationality word joined by a hyphen to a word
 * of speaking (the pack's spokenMarkers) names a language, not where the people come from. A form the
 * gazetteer lists whole ("Kazakh-speaking") stays its country's.
 */
function spokenLanguage(ctx: ClaimContext, p: { start: number; end: number; value: PlaceRef }): boolean {
  const { text, cp } = ctx;
  if (p.value.kind !== 'demonym' || text[p.end] !== '-') return false;
  return cp.spokenMarkers.firstIn(text, p.end + 1, Math.min(text.length, p.end + 12))?.start === p.end + 1;
}

/**
 * The facts with other statuses, in readSentence's key order: a spread (`{ ...facts, status }`) would
 * make objects of another shape, and every reader of the facts would then see two.
 */
function factsWithStatus(facts: SentenceFacts, status: LexiconMatch<Status>[]): SentenceFacts {
  return {
    seg: facts.seg,
    index: facts.index,
    numbers: facts.numbers,
    boundary: facts.boundary,
    population: facts.population,
    places: facts.places,
    status,
    groups: facts.groups,
    fighting: facts.fighting,
    vague: facts.vague,
    ages: facts.ages,
    source: facts.source,
  };
}

function readSentence(ctx: ClaimContext, seg: Segment, index: number): SentenceFacts {
  const { text, original, toOriginal, cp } = ctx;
  const { start, end } = seg;
  const places = cp.places
    .scanRange(text, start, end, original, toOriginal)
    .filter(
      (p, _, found) =>
        acceptPlace(cp.pack.code, text, p, found, original, toOriginal) && !spokenLanguage(ctx, p),
    );
  const prepositions = cp.prepositions.scanRange(text, start, end);
  const groups = cp.groups
    .scanRange(text, start, end, original, toOriginal)
    .filter((g) => acceptGroup(cp.pack.code, text, g));
  // A word of an armed group's name is no people counted: "حزب العمال" (the PKK) holds "workers". A
  // person noun that opens the name is its members' noun: "15 على الأقل من مقاتلي الشباب" (al-Shabaab
  // fighters), "fighters" counted and the group named.
  const found = findNumbers(text, start, end, cp);
  // "الإيزيديون البالغ عددهم 3500" (numbering 3,500): a people word inside a numbering phrase (بالغ,
  // adult) is no noun.
  const numbering = cp.numbering.scanRange(text, start, end);
  const population = cp.population
    .scanRange(text, start, end, original, toOriginal)
    .filter(
      (p) =>
        !numbering.some((n) => n.start <= p.start && p.end <= n.end) &&
        !groups.some(
          (g) =>
            g.start <= p.start &&
            p.end <= g.end &&
            g.end - g.start > p.end - p.start &&
            !(g.start === p.start && p.value.population === 'fighters'),
        ) &&
        !verbBeforeCount(ctx, p, found),
    );
  const ages = sentenceAges(ctx, index);
  // A noun of people by their age ("Thirty 15-year-olds", "76 under-15s") counts them as a word would.
  for (const a of ages)
    if (a.noun && !population.some((p) => p.start < a.end && a.start < p.end)) {
      const at = population.findIndex((p) => p.start > a.start);
      const word = { start: a.start, end: a.end, value: { population: a.noun }, pattern: '' };
      population.splice(at < 0 ? population.length : at, 0, word);
    }
  const vague = cp.vague.scanRange(text, start, end);
  const counted = [...found, ...dualMentions(ctx, population, found)].filter(
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
        quoteStart: undefined,
        nounBefore: undefined,
      })),
  ].sort((a, b) => a.start - b.start);
  // "Two of the seven Australian children": a spelled number between the partitive "of" and the
  // nationality is the whole's count, as a digit would be; "of" is no from-link of the place.
  const wholeBetween = (q: LexiconMatch<PlaceRole | null>, at: number) =>
    cp.partitiveOf.firstIn(text, q.start, at)?.start === q.start &&
    numbers.some((n) => n.start >= q.end && n.end <= at);
  const placeHits = places.map((p) =>
    destination(ctx, classifyPlace(text, p, prepositions, cp.months, cp.speakerTimeWords, wholeBetween)),
  );
  cityCountry(text, placeHits, prepositions);
  if (cp.destination) subjectAfterPlace(text, placeHits);
  heldAtPlace(ctx, placeHits);
  nisbaAfterNoun(ctx, population, placeHits);
  nisbaOfGovernedNoun(ctx, numbers, population, placeHits);
  listItemYears(text, start, numbers, placeHits);
  const boundary = numbers.map((n) => !n.yearLike && !unitAfter(ctx, n.end, end, population, placeHits));
  const source = findSource(ctx, seg);
  // The sentence's status words, less those that say nothing of people counted here (each step says which).
  let status = withoutNotStatus(
    cp.status.scanRange(text, start, end),
    cp.notStatus.scanRange(text, start, end),
  );
  status = withoutCampsLeft(ctx, status);
  status = withoutPlacesArrivedFrom(ctx, status, start, end);
  status = withoutDeniedReturns(ctx, status, end);
  status = withoutYielding(ctx, status, start);
  status = withoutRelay(ctx, status, end);
  status = withoutDeathSentences(ctx, status, start, end);
  status = withoutShareVerbs(ctx, population, placeHits, status);
  status = surrendersWithoutPlace(ctx, placeHits, end, status);
  status = outsideNames(source, groups, status);
  status = heldByGroup(ctx, groups, status);
  return {
    seg,
    index,
    numbers,
    boundary,
    population,
    places: placeHits,
    status,
    groups,
    fighting: cp.fighting.scanRange(text, start, end).filter((f) => f.value),
    vague,
    ages,
    source,
  };
}

/** How far a verb of leaving may stand before the from-phrase of the camp it took people out of. */
const LEFT_CAMP_REACH = 24;

/**
 * "a rapatrié du camp de Roj 35 enfants", "repatriated from the Roj camp 35 children", "أعاد العراق من مخيم
 * الهول 2500 شخص": a camp in the from-phrase of a verb of another status is where the people were taken
 * from, no word that they are there ("35 enfants du camp de Roj", with no verb before, stay present).
 */
function withoutCampsLeft(ctx: ClaimContext, status: LexiconMatch<Status>[]): LexiconMatch<Status>[] {
  const { text, cp } = ctx;
  let kept = status;
  for (let i = 1; i < status.length; i++) {
    const s = status[i]!;
    const verb = status[i - 1]!;
    if (s.value !== 'present' || verb.value === 'present' || s.start - verb.end > LEFT_CAMP_REACH * 2)
      continue;
    const camp = cp.holdingPlaces.firstIn(text, s.start, s.end);
    if (!camp || camp.start !== s.start || cp.prisonPlaces.anyIn(text, s.start, s.end)) continue;
    // The from nearest the camp: "19 of its citizens from the Roj camp" has a partitive "of" before it.
    const from = cp.prepositions
      .scanRange(text, verb.end, s.start)
      .findLast((p) => p.value === 'from' && p.start - verb.end <= LEFT_CAMP_REACH);
    if (!from || cp.partitiveOf.anyIn(text, from.start, from.end)) continue;
    // The verb's subject may stand between (Arabic puts it first); then the preposition and up to three
    // words of the camp's name ("the Roj", "camp de"): no clause break, no number.
    // "brought back 19 of its citizens from the Roj camp": or the count the verb takes, with its noun.
    if (
      !(wordsOnly(text, verb.end, from.start, 2) || countedObject(text, verb.end, from.start)) ||
      !wordsOnly(text, from.end, s.start, 3)
    )
      continue;
    if (kept === status) kept = [...status];
    kept.splice(kept.indexOf(s), 1);
  }
  return kept;
}

/**
 * "43 Tajik children from Iraqi prisons arrived in Dushanbe", "В Душанбе прибыли 43 ребенка из иракских
 * тюрем": a prison or a camp behind a preposition of source, in a clause that tells of an arrival, is the
 * place the people came out of, not where they are.
 */
function withoutPlacesArrivedFrom(
  ctx: ClaimContext,
  status: LexiconMatch<Status>[],
  start: number,
  end: number,
): LexiconMatch<Status>[] {
  const { text, cp } = ctx;
  if (!cp.arrivals.size) return status;
  let kept = status;
  for (const s of status) {
    if (s.value !== 'detained' && s.value !== 'present') continue;
    const place = cp.holdingPlaces.firstIn(text, s.start, s.end);
    if (!place) continue;
    // The preposition, then a nationality or a modifier at most ("from Iraqi prisons", "из иракских тюрем").
    const from = cp.prepositions
      .scanRange(text, Math.max(start, s.start - ARRIVED_FROM_REACH), s.start)
      .pop();
    if (!from || from.value !== 'from' || !wordsOnly(text, from.end, s.start, 2)) continue;
    // The arrival in the same clause, before or after the place: no clause break between them.
    const arrival =
      cp.arrivals.scanRange(text, start, end).find((v) => v.end <= from.start || v.start >= s.end) ?? null;
    if (!arrival) continue;
    const [gapFrom, gapTo] = arrival.end <= from.start ? [arrival.end, from.start] : [s.end, arrival.start];
    if (PUNCT_STOP.test(text.slice(gapFrom, gapTo))) continue;
    if (kept === status) kept = [...status];
    kept.splice(kept.indexOf(s), 1);
  }
  return kept;
}

/**
 * Whether text[from, to) is a count and its noun phrase, a verb's object: a number, at most six words,
 * no punctuation but a number's separators ("1,200 children", "19 of its citizens").
 */
function countedObject(text: string, from: number, to: number): boolean {
  const gap = text
    .slice(from, to)
    .trim()
    .replace(/(\p{N})[,.\s\u00a0\u202f](?=\p{N}{3})/gu, '$1');
  if (!/\p{N}/u.test(gap) || !/^[\p{L}\p{M}\p{N}'’\s-]+$/u.test(gap)) return false;
  return gap.split(/\s+/u).length <= 6;
}

/** Whether text[from, to) holds at most `max` words and nothing else (no digit, no punctuation). */
function wordsOnly(text: string, from: number, to: number, max: number): boolean {
  const gap = text.slice(from, to).trim();
  if (gap === '') return true;
  if (!/^[\p{L}\p{M}'’\s-]+$/u.test(gap)) return false;
  return gap.split(/\s+/u).length <= max;
}

/**
 * « 40 combattants se sont rendus, selon l'armée »: a verb of going (the pack's surrenderWithoutPlace) with
 * no place after it before its clause ends is a surrender (other); « se sont rendus en Syrie » keeps its
 * reading.
 */
function surrendersWithoutPlace(
  ctx: ClaimContext,
  places: readonly PlaceHit[],
  end: number,
  status: LexiconMatch<Status>[],
): LexiconMatch<Status>[] {
  const { text, cp } = ctx;
  if (!cp.surrenderWithoutPlace.size) return status;
  let out: LexiconMatch<Status>[] | null = null;
  for (let i = 0; i < status.length; i++) {
    const s = status[i]!;
    if (s.value === 'other' || !spansExactly(cp.surrenderWithoutPlace, text, s)) continue;
    const stop = text.slice(s.end, end).search(STATUS_CLAUSE_STOP);
    const clauseEnd = stop < 0 ? end : s.end + stop;
    if (places.some((p) => p.start >= s.end && p.start < clauseEnd)) continue;
    out ??= [...status];
    out[i] = withValue(s, 'other' as const);
  }
  return out ?? status;
}

/**
 * "Les Tunisiens représentent 3 000 des combattants": a share verb after people or a country (its subject)
 * tells how many of a whole they are, not a status ("représentés dans la vidéo" stays one).
 */
function withoutShareVerbs(
  ctx: ClaimContext,
  population: readonly LexiconMatch<PopulationWord>[],
  places: readonly PlaceHit[],
  status: LexiconMatch<Status>[],
): LexiconMatch<Status>[] {
  const { text, cp } = ctx;
  if (!cp.shareVerbs.size || !status.length) return status;
  const shared = (s: LexiconMatch<Status>) => {
    // The share verb may run past the status word: "représente à lui seul".
    const verb = cp.shareVerbs.scanRange(text, s.start, Math.min(text.length, s.end + 24))[0];
    if (!verb || verb.start !== s.start || verb.end < s.end) return false;
    const subject = (q: { end: number }) =>
      q.end <= s.start && SHARE_SUBJECT_GAP.test(text.slice(q.end, s.start));
    return population.some(subject) || places.some((p) => p.kind !== 'site' && subject(p));
  };
  return status.some(shared) ? status.filter((s) => !shared(s)) : status;
}

/**
 * "…, according to Save the Children", "بحسب منظمة أنقذوا الأطفال", "A report released in May said":
 * a status word inside the speaker's own words says nothing of the people counted; nor does one inside
 * an armed group's name ("le Parti islamique du Turkestan" holds « parti », left).
 */
function outsideNames(
  source: SourceSpan | null,
  groups: readonly { start: number; end: number }[],
  status: LexiconMatch<Status>[],
): LexiconMatch<Status>[] {
  let kept = status;
  if (source !== null && status.some((s) => s.start >= source[0] && s.end <= source[1]))
    kept = kept.filter((s) => !(s.start >= source[0] && s.end <= source[1]));
  for (const g of groups)
    if (kept.some((s) => insideName(s, g))) kept = kept.filter((s) => !insideName(s, g));
  return kept;
}

/**
 * "3,000 Yazidi women are still held by ISIS", "held by the group": a verb of holding with its agent (the
 * pack's holdVerbs) detains only when that agent, right after it (an article at most between), is no armed
 * group, named or not (groupNouns, ownerGroupNouns); a group's people are held where it rules (present),
 * as "held" alone says.
 */
function heldByGroup(
  ctx: ClaimContext,
  groups: readonly { start: number; end: number }[],
  status: LexiconMatch<Status>[],
): LexiconMatch<Status>[] {
  const { text, cp } = ctx;
  if (!cp.holdVerbs.size) return status;
  const agentAt = (s: LexiconMatch<Status>, at: number) => /^\s+(?:\p{L}+\s+)?$/u.test(text.slice(s.end, at));
  return status.map((s) =>
    s.value === 'detained' &&
    cp.agentMarkers.anyIn(text, Math.max(s.start, s.end - 4), s.end) &&
    cp.holdVerbs.anyIn(text, s.start, s.end) &&
    (groups.some((g) => g.start >= s.end && agentAt(s, g.start)) ||
      [cp.groupNouns, cp.release.ownerGroupNouns].some((nouns) =>
        nouns.scanRange(text, s.end, Math.min(text.length, s.end + 24)).some((g) => agentAt(s, g.start)),
      ))
      ? withValue(s, 'present' as const)
      : s,
  );
}

function insideName(s: { start: number; end: number }, name: { start: number; end: number }): boolean {
  return s.start >= name.start && s.end <= name.end && name.end - name.start > s.end - s.start;
}

/**
 * "около 5 тысяч …: 2000 из Узбекистана, 1500 из Таджикистана", "5,000 fighters: 2000 from Tunisia":
 * a number like a year that is an item of a list after another count, with "from" and a place right
 * after it, counts people; a year comes from nowhere.
 */
function listItemYears(
  text: string,
  start: number,
  numbers: NumberMention[],
  places: readonly PlaceHit[],
): void {
  for (let i = 1; i < numbers.length; i++) {
    const n = numbers[i]!;
    const before = numbers[i - 1]!;
    if (!n.yearLike || before.yearLike || before.qualifier === 'vague') continue;
    if (!/[:,;]\s*$/u.test(text.slice(Math.max(start, n.start - 3), n.start))) continue;
    let next: PlaceHit | undefined;
    for (const p of places)
      if (p.start > n.end) {
        next = p;
        break;
      }
    if (
      next?.prep === 'from' &&
      next.start - n.end <= 8 &&
      /^\s+\p{L}+\s+$/u.test(text.slice(n.end, next.start))
    )
      numbers[i] = mentionCopy(n, n.start, false);
  }
}

function classifyPlace(
  text: string,
  p: LexiconMatch<PlaceRef>,
  prepositions: LexiconMatch<PlaceRole | null>[],
  months?: Lexicon<number>,
  timeWords?: Lexicon<true>,
  countBetween?: (q: LexiconMatch<PlaceRole | null>, at: number) => boolean,
): PlaceHit {
  // Up to two words may stand between: "from other countries", "из других стран СНГ", "من دول".
  // The last preposition that does (sought from the end: most are far from the place). Only the
  // nearest one before the place is tried: a gap that fails makes every longer gap ending in it fail.
  let prep: LexiconMatch<PlaceRole | null> | undefined;
  for (let k = prepositions.length - 1; k >= 0; k--) {
    const q = prepositions[k]!;
    if (q.end > p.start) continue;
    // "В марте Киргизия вернула", "Во вторник Казахстан вернул": a preposition that governs a month or
    // a day is not the place's.
    if (
      PREPOSITION_GAP.test(text.slice(q.end, p.start)) &&
      !months?.anyIn(text, q.end, p.start) &&
      !timeWords?.anyIn(text, q.end, p.start) &&
      !countBetween?.(q, p.start)
    )
      prep = q;
    break;
  }
  return placeHit(p.start, p.end, p.value.code, p.value.kind, prep?.value ?? null);
}

const PREPOSITION_GAP = /^[\s'"]*(?:[\p{L}-]+[\s'"]+){0,2}$/u;

/**
 * "Из Сирии Ирак вернул 50 детей": in a language that marks case (destination), a country named right
 * after another, with no comma nor conjunction between, is not in the first one's list; the preposition
 * of the first does not reach it (it opens the clause as its subject). Not in Arabic, whose "و" clings to
 * the next name ("من ليبيا وسوريا").
 */
function subjectAfterPlace(text: string, hits: PlaceHit[]): void {
  for (let i = 1; i < hits.length; i++) {
    const h = hits[i]!;
    const before = hits[i - 1]!;
    if (h.prep === null || h.kind !== 'name' || before.kind !== 'name' || before.prep !== h.prep) continue;
    if (/^\s+$/u.test(text.slice(before.end, h.start))) hits[i] = withPrep(h, null);
  }
}

/**
 * "80 مقاتلا سوريا", "مقاتلا عراقيا وسوريا": the accusative nisba is written like the country's name
 * (سوريا), so the gazetteer reads a country. With no preposition, right after a people noun or after
 * another nationality and "و", with a case ending (the pack's demonymCaseEndings) taken off, it is the
 * nisba: a nationality, not a place where they are.
 */
function nisbaAfterNoun(
  ctx: ClaimContext,
  population: readonly LexiconMatch<PopulationWord>[],
  hits: PlaceHit[],
): void {
  const { text } = ctx;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.kind !== 'name' || h.prep !== null || !writtenNisba(ctx, h, h.code)) continue;
    const afterNoun = population.some((p) => p.end <= h.start && blankBetween(text, p.end, h.start));
    const prev = hits[i - 1];
    const afterNisba = prev?.kind === 'demonym' && /^\s+و$/u.test(text.slice(prev.end, h.start));
    if (afterNoun || afterNisba) hits[i] = placeHit(h.start, h.end, h.code, 'demonym', h.prep);
  }
}

/**
 * The predicate of a nominal sentence whose subject is a part of a definite whole of people ("14 من
 * القتلى أطفال"): a people noun of another population right after the whole's noun, with neither the
 * article nor a possessive suffix, a copula pronoun at most between.
 */
function partPredicate(
  ctx: ClaimContext,
  facts: SentenceFacts,
  whole: LexiconMatch<PopulationWord>,
  population: Population | null,
): LexiconMatch<PopulationWord> | undefined {
  const { text, cp } = ctx;
  if (population !== 'people' || !cp.definite?.test(text.slice(whole.start, whole.end))) return undefined;
  const next = facts.population.find((p) => p.start > whole.end && p.start - whole.end < 8);
  if (!next || next.value.population === 'people' || next.value.generic) return undefined;
  const word = text.slice(next.start, next.end);
  if (cp.definite.test(word) || cp.definiteSuffix?.test(word)) return undefined;
  // "أطفال وسيدات": a predicate of two nouns names people of both kinds, no narrower population.
  if (facts.population.some((q) => q.start > next.end && q.start - next.end < 4)) return undefined;
  const gap = text.slice(whole.end, next.start).trim();
  return gap === '' || cp.copulas.get(gap) ? next : undefined;
}

/**
 * "من عناصر بوكو حرام وعائلاتهم": right after `at`, a people noun with "and" glued before it and a
 * possessive suffix after it (the pack's definiteSuffix), which the population lexicon knows bare. Read
 * only as the second noun of a part's whole: alone, a possessed noun is never a count's noun.
 */
function possessedConjunct(ctx: ClaimContext, at: number): LexiconMatch<PopulationWord> | undefined {
  const { text, cp } = ctx;
  const word = /^\s+(\p{L}+)/u.exec(text.slice(at, at + 40));
  if (!word || !cp.definiteSuffix || !cp.conjunctions.get(word[1]![0]!)) return undefined;
  const suffix = cp.definiteSuffix.exec(word[1]!);
  if (!suffix) return undefined;
  const stem = word[1]!.slice(1, word[1]!.length - suffix[0].length);
  const value = stem.length > 2 ? cp.population.get(stem) : undefined;
  if (!value) return undefined;
  const start = at + word[0].length - word[1]!.length;
  return { start, end: start + word[1]!.length, value, pattern: stem };
}

/**
 * "أعيد 150 من الأطفال العراقيين", "150 من النساء العراقيات": the part's preposition right after a count
 * governs the people noun after it; a nationality adjective right after that noun agrees with it and
 * says whose nationality the counted have, not whence they were taken. Not when the noun is not the
 * count's own ("25 أسيرا من الجنود العراقيين", "enfants de djihadistes français").
 */
function nisbaOfGovernedNoun(
  ctx: ClaimContext,
  numbers: readonly NumberMention[],
  population: readonly LexiconMatch<PopulationWord>[],
  hits: PlaceHit[],
): void {
  const { text, cp } = ctx;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.kind !== 'demonym' || h.prep !== 'from') continue;
    let noun: LexiconMatch<PopulationWord> | undefined = population.find(
      (p) => p.end <= h.start && blankBetween(text, p.end, h.start),
    );
    if (!noun || noun.start < h.start - 24) continue;
    // "125 من النساء والأطفال العراقيين": the nouns joined before it (a glued "and") share its "from".
    for (let k = 0; k < 2; k++) {
      const first: number = noun.start;
      const joined = population
        .filter((p) => p.end <= first && first - p.end <= 1 && blankBetween(text, p.end, first))
        .pop();
      if (!joined) break;
      noun = joined;
    }
    const nounStart = noun.start;
    const from = cp.prepositions
      .scanRange(text, Math.max(0, nounStart - 8), nounStart)
      .find((q) => q.value === 'from' && blankBetween(text, q.end, nounStart));
    if (from && numbers.some((n) => !n.yearLike && blankBetween(text, n.end, from.start)))
      hits[i] = withPrep(h, null);
  }
}

/** Whether a country's name at `p` is its nisba with a case ending (the pack's demonymCaseEndings): سوريا. */
function writtenNisba(ctx: ClaimContext, p: { start: number; end: number }, code: string): boolean {
  const endings = ctx.cp.pack.demonymCaseEndings;
  if (!endings) return false;
  const word = ctx.text.slice(p.start, p.end);
  const ending = endings.find((e) => word.endsWith(e));
  if (!ending) return false;
  const nisba = ctx.cp.places.get(word.slice(0, -ending.length));
  return nisba?.kind === 'demonym' && nisba.code === code;
}

/**
 * "released 30 fighters from Bagram prison", "from Roj camp": a place named before a word of a prison or
 * camp is where they were held, not where they come from.
 */
function heldAtPlace(ctx: ClaimContext, hits: PlaceHit[]): void {
  const { text, cp } = ctx;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.prep !== 'from' || (h.kind !== 'name' && h.kind !== 'site')) continue;
    const held = cp.holdingPlaces.firstIn(text, h.end, Math.min(text.length, h.end + 12));
    if (held && blankBetween(text, h.end, held.start)) hits[i] = withPrep(h, 'in');
  }
}

/** A town the gazetteer does not know, set off before its country: "mombasa, ", "gao, " (folded text). */
const TOWN_BEFORE_COUNTRY = /(?:^|[\s'"])((?:[\p{L}-]+\s)?[\p{L}-]+),\s+$/u;

/**
 * "arrested in Mombasa, Kenya": the country after an unknown town (one or two words) and a comma takes
 * the town's preposition (where), unless the town is itself a place found ("from Syria, Kazakhstan").
 */
function cityCountry(text: string, hits: PlaceHit[], prepositions: LexiconMatch<PlaceRole | null>[]): void {
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    // The country closes the phrase: "in Mombasa, Kenya." and not "in raids, Kenya said".
    if (h.prep !== null || h.kind !== 'name' || !/^\s*(?:[.,;:)]|$)/u.test(text.slice(h.end, h.end + 3)))
      continue;
    const town = TOWN_BEFORE_COUNTRY.exec(text.slice(Math.max(0, h.start - 32), h.start));
    if (!town) continue;
    const comma = h.start - (town[0].length - town[0].lastIndexOf(','));
    if (i > 0 && hits[i - 1]!.end > comma - town[1]!.length) continue;
    // The preposition right before the town's last word, or before its two words.
    for (let k = prepositions.length - 1; k >= 0; k--) {
      const q = prepositions[k]!;
      if (q.end > comma || q.value !== 'in') continue;
      const gap = text.slice(q.end, comma);
      if (/^\s+[\p{L}-]+(?:\s[\p{L}-]+)?$/u.test(gap)) hits[i] = withPrep(h, 'in');
      break;
    }
  }
}

/**
 * "в Сирию", "в Казахстан" (accusative: where to) against "в Сирии", "в Казахстане" (where): in a
 * language that marks the destination by case, "in" before a place in that case means "to".
 */
function destination(ctx: ClaimContext, hit: PlaceHit): PlaceHit {
  const marks = ctx.cp.destination;
  if (!marks || hit.prep !== 'in' || (hit.kind !== 'name' && hit.kind !== 'site')) return hit;
  const { text } = ctx;
  const name = text.slice(hit.start, hit.end);
  // "в Косово", "в Мали": a form the same in every case says where to only beside a verb of motion.
  if (marks.indeclinable?.test(name)) {
    if (!marks.motion || !marks.before.test(text.slice(Math.max(0, hit.start - 6), hit.start))) return hit;
    return motionBeside(text, hit, marks.motion) ? withPrep(hit, 'to') : hit;
  }
  if (!marks.ending.test(name)) return hit;
  if (!marks.before.test(text.slice(Math.max(0, hit.start - 6), hit.start))) return hit;
  return withPrep(hit, 'to');
}

/** How far around an indeclinable place a verb of motion is looked for. */
const MOTION_REACH = 40;

/**
 * Whether a verb of motion is the word before the preposition of `hit` ("вернулись в Косово") or one
 * of the words after the place before its clause ends ("в Косово из Сирии были возвращены 110").
 */
function motionBeside(text: string, hit: PlaceHit, motion: RegExp): boolean {
  const before = text.slice(Math.max(0, hit.start - MOTION_REACH), hit.start);
  // The word before the preposition: the text up to the last space before it.
  const prepAt = before.trimEnd().lastIndexOf(' ');
  const head = before.slice(0, Math.max(0, prepAt)).trimEnd();
  const wordAt = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\n'));
  if (motion.test(' ' + head.slice(wordAt + 1))) return true;
  let after = text.slice(hit.end, hit.end + MOTION_REACH);
  const stop = after.search(/[,.;:!?()\d«»"]/u);
  if (stop >= 0) after = after.slice(0, stop);
  return motion.test(after);
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

/** Whether a place or a community noun ("القبائل", "المحافظة") follows right after offset. */
function placeOrCommunityAfter(ctx: ClaimContext, facts: SentenceFacts, from: number): boolean {
  const { text, cp } = ctx;
  if (facts.places.some((p) => p.kind !== 'demonym' && p.start >= from && blankBetween(text, from, p.start)))
    return true;
  const community = cp.communityNouns.scanRange(text, from, Math.min(facts.seg.end, from + 30))[0];
  return !!community && blankBetween(text, from, community.start);
}

/** Whether text.slice(from, to) is whitespace only (or empty): read in place, without the slice. */
function blankBetween(text: string, from: number, to: number): boolean {
  const n = text.length;
  // Offsets as slice() takes them: negative ones count from the end, all are clamped to the text.
  const start = from < 0 ? Math.max(0, n + from) : Math.min(from, n);
  const end = to < 0 ? Math.max(0, n + to) : Math.min(to, n);
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * "The Uzbek women at al-Hol number 112": a word the pack lists both as a label before a number ("issue
 * number 5") and as a verb of count is the verb when no article, possessive or label noun stands
 * before it; the people before it are then counted (readClaim's numbering path).
 */
function countVerb(ctx: ClaimContext, lead: string, leadWord: string): boolean {
  const { cp } = ctx;
  if (!cp.numbering.get(leadWord)) return false;
  const before = trailingWord(lead.slice(0, lead.lastIndexOf(leadWord)));
  return (
    before !== undefined &&
    !/[.$€£]/u.test(before) &&
    !cp.definiteArticles.get(before) &&
    !cp.possessives.get(before) &&
    !cp.nonCountBefore.get(before) &&
    cp.media.get(before) === undefined
  );
}

/** Whether a word of lex ends right before the number (spaces between): "из них 200", "numbering 6,612". */
function justBefore(
  text: string,
  seg: Segment,
  m: NumberMention,
  lex: Lexicon<true>,
  comma = false,
): boolean {
  for (const p of lex.scanRange(text, Math.max(seg.start, m.start - 30), m.start)) {
    if (onlyBlanks(text, p.end, m.start, comma)) return true;
  }
  return false;
}

/**
 * "الدفعة الـ12 من العائدين" (the twelfth batch of returnees), "الرحلة الـ7": digits that take the
 * article (the pack's definitePrefix) after a definite noun of things (its nonCountUnits) agree with it
 * as its ordinal, and count no one. After a noun of people they are its count ("الأطفال الـ30": the 30
 * children), and so before one ("في المخيم الـ300 طفل": the 300 children in the camp).
 */
function ordinalOfThing(ctx: ClaimContext, lead: string): boolean {
  const { cp } = ctx;
  if (!cp.definite) return false;
  const words = lead.trimEnd().split(/\s+/u);
  // The article may carry a tatweel ("الـ") or stand glued to the digits.
  const article = words.at(-1)?.replace(/\u0640/gu, '');
  const noun = words.at(-2);
  if (!article || !noun || cp.definite.exec(article)?.[0] !== article) return false;
  const prefix = cp.definite.exec(noun)?.[0];
  return (
    prefix !== undefined &&
    noun.length > prefix.length &&
    cp.nonCountUnits.get(noun.slice(prefix.length)) !== undefined
  );
}

/**
 * Whether an indefinite noun of people follows the number with only blanks between ("الـ300 طفل"): the
 * number's counted noun. A definite one ("الـ7 للأطفال") is not.
 */
function countedRightAfter(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): boolean {
  const { text, cp } = ctx;
  return facts.population.some(
    (q) =>
      q.start >= m.end &&
      blankBetween(text, m.end, q.start) &&
      !cp.definite?.test(text.slice(q.start, q.end)),
  );
}

/** Whether a nationality noun follows the number with only blanks between ("2000 тунисцев"). */
function demonymRightAfter(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): boolean {
  return facts.places.some(
    (p) => p.kind === 'demonym' && p.start >= m.end && onlyBlanks(ctx.text, m.end, p.start, false),
  );
}

/**
 * A frame of numbering right before the count, or with only adverbs and auxiliaries between: "are 300",
 * "sont désormais plus de 300", "seraient aujourd'hui environ 200".
 */
function numberingBefore(ctx: ClaimContext, seg: Segment, m: NumberMention): boolean {
  const { text, cp } = ctx;
  for (const p of cp.numbering.scanRange(text, Math.max(seg.start, m.start - 30), m.start))
    if (onlyBlanks(text, p.end, m.start, false) || auxiliariesOnly(ctx, p.end, m.start)) return true;
  return false;
}

/** A subject pronoun right before a frame of numbering before the count: "Ils sont 250", "elles étaient plus de 40". */
function pronounNumbering(ctx: ClaimContext, seg: Segment, m: NumberMention): boolean {
  const { text, cp } = ctx;
  // "Их было 23": a frame that holds its own pronoun ("Их было трое: …" opens a list, read as such).
  if (cp.pronounFrames.size && !/^\s*:/u.test(text.slice(m.end, m.end + 3)))
    for (const p of cp.pronounFrames.scanRange(text, Math.max(seg.start, m.start - 30), m.start))
      if (onlyBlanks(text, p.end, m.start, false) || auxiliariesOnly(ctx, p.end, m.start)) return true;
  for (const p of cp.numbering.scanRange(text, Math.max(seg.start, m.start - 30), m.start)) {
    if (!onlyBlanks(text, p.end, m.start, false) && !auxiliariesOnly(ctx, p.end, m.start)) continue;
    const pronoun = cp.subjectPronouns.scanRange(text, Math.max(seg.start, p.start - 8), p.start).pop();
    if (pronoun && blankBetween(text, pronoun.end, p.start)) return true;
  }
  return false;
}

/** Whether text[from, to) is only spaces, with one comma among them when `comma` allows it. */
function onlyBlanks(text: string, from: number, to: number, comma: boolean): boolean {
  let commas = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (isSpace(c)) continue;
    if (comma && (c === 0x2c || c === 0x60c) && commas++ === 0) continue;
    return false;
  }
  return true;
}

/**
 * "عاد منهم إلى البلاد حتى الآن 300" (of them, 300 have come back to the country so far): a partitive
 * right after its verb, with only adjuncts (no count, no person noun, no punctuation) before the number.
 */
function partitiveAfterVerb(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): boolean {
  const { text, cp } = ctx;
  const p = cp.partitivesBefore.scanRange(text, Math.max(facts.seg.start, m.start - 50), m.start).pop();
  if (!p || FRONTED_GAP_STOP.test(text.slice(p.end, m.start))) return false;
  if (facts.numbers.some((n) => n.start >= p.end && n.end <= m.start)) return false;
  if (facts.population.some((q) => q.start >= p.end && q.end <= m.start)) return false;
  // "ومن بينهن فرت 57 خلال ساعات" (of them, 57 escaped within hours): a partitive opening its sentence,
  // with a verb or two between it and the number.
  if (
    FRONTED_PARTITIVE_LEAD.test(text.slice(facts.seg.start, p.start)) &&
    FRONTED_PARTITIVE_GAP.test(text.slice(p.end, m.start))
  )
    return true;
  return facts.status.some((s) => s.end <= p.start && blankBetween(text, s.end, p.start));
}

/** Only a conjunction glued to the partitive, or nothing, before it: "ومن بينهم". */
const FRONTED_PARTITIVE_LEAD = /^\s*(?:[وف]|and\s+|et\s+|и\s+)?$/iu;
/** One to three words between the fronted partitive and the number. */
const FRONTED_PARTITIVE_GAP = /^(?:\s+\p{L}+){1,3}\s+$/u;

/**
 * "ولم يعد منهم سوى 40", "لم يعد من الأطفال الـ80 سوى 10": a word of exception (the pack's exceptives)
 * right before a headless count makes it a part of a whole, "منهم" right before the word or a count
 * earlier in the sentence, with no stop between.
 */
function wholeOfPart(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  nounEnd: number,
  previousInSentence: DraftClaim | undefined,
): boolean {
  const { text, cp } = ctx;
  if (!cp.exceptives.size) return false;
  // "12 طفلا من أصل 300 طفل": the count right after "out of", past the part.
  if (
    previousInSentence &&
    previousInSentence.end <= m.start &&
    cp.partitiveOf
      .scanRange(text, previousInSentence.end, m.start)
      .some((p) => blankBetween(text, previousInSentence.end, p.start) && blankBetween(text, p.end, m.start))
  )
    return true;
  // "من الأطفال الـ80 سوى 10": the count before a word of exception and the part's number.
  const except = cp.exceptives
    .scanRange(text, nounEnd, Math.min(facts.seg.end, nounEnd + 12))
    .find((x) => blankBetween(text, nounEnd, x.start));
  return (
    !!except && facts.numbers.some((n) => n.start >= except.end && blankBetween(text, except.end, n.start))
  );
}

/**
 * "Из 230 детей в лагере вернули лишь 30", "من بين 230 طفلا في المخيم أعيد 30": in a sentence that opens
 * with a whole, the verb right before the next count (its part) is the part's; the whole has not
 * undergone it. The whole's own status, or null when the sentence is not so.
 */
function wholeBeforeItsPart(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  nounEnd: number,
  windowEnd: number,
): Status | null {
  const { text } = ctx;
  const part = facts.numbers.find((n) => n.start >= windowEnd && n.start >= m.end);
  if (!part || part.qualifier === 'vague') return null;
  // Past the whole's own noun: "Из 40 задержанных 12 …" names the whole by its status.
  const verb = facts.status.filter((s) => s.start >= Math.max(m.end, nounEnd) && s.end <= part.start).pop();
  if (!verb || !(auxiliariesOnly(ctx, verb.end, part.start) || exceptiveOnly(ctx, verb.end, part.start)))
    return null;
  if (!frontedWhole(ctx, facts, m)) return null;
  // "Из 230 детей, вывезенных из Сирии, семьям передали 30": an aside of the whole's, set off by a
  // comma before the part's verb, says what became of it; else it is where it is.
  const aside = facts.status.find(
    (s) => s.start >= m.end && s.end <= verb.start && /[,،]/u.test(text.slice(s.end, verb.start)),
  );
  return aside?.value ?? 'present';
}

/** Whether only a word of exception stands in text[from, to): "لم يعد سوى 30" (none came back but 30). */
function exceptiveOnly(ctx: ClaimContext, from: number, to: number): boolean {
  const x = ctx.cp.exceptives.firstIn(ctx.text, from, to);
  return x !== undefined && blankBetween(ctx.text, from, x.start) && blankBetween(ctx.text, x.end, to);
}

/**
 * The status of a headless count after a word of exception ("ولم يعد من الأطفال الـ80 سوى 10"): the
 * verb before it in its clause, the whole between them.
 */
function exceptedStatus(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  previousInSentence: DraftClaim | undefined,
): Status | null {
  if (!exceptionOfWhole(ctx, facts, m, previousInSentence)) return null;
  const verb = facts.status.filter((s) => s.end <= m.start && s.start >= facts.seg.start).pop();
  return verb && !FRONTED_GAP_STOP.test(ctx.text.slice(verb.end, m.start)) ? verb.value : null;
}

function exceptionOfWhole(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  previousInSentence: DraftClaim | undefined,
): boolean {
  const { text, cp } = ctx;
  if (!cp.exceptives.size) return false;
  const word = cp.exceptives.scanRange(text, Math.max(facts.seg.start, m.start - 8), m.start).pop();
  if (!word || !blankBetween(text, word.end, m.start)) return false;
  const partitive = cp.partitivesBefore
    .scanRange(text, Math.max(facts.seg.start, word.start - 40), word.start)
    .pop();
  if (partitive && !FRONTED_GAP_STOP.test(text.slice(partitive.end, word.start))) return true;
  return (
    previousInSentence !== undefined &&
    previousInSentence.end <= word.start &&
    !FRONTED_GAP_STOP.test(text.slice(previousInSentence.end, word.start))
  );
}

const FRONTED_GAP_STOP = /[,،.;:!?؟()"«»]/u;

function readClaim(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  windowStart: number,
  windowEnd: number,
  previous: DraftClaim | undefined,
  previousInSentence: DraftClaim | undefined,
  recent: DraftClaim | undefined,
): DraftClaim[] {
  const { text, cp } = ctx;
  const seg = facts.seg;
  if (m.min === 1 && m.max === 1) return [];
  // A vague quantity counts only what directly follows it: "hundreds of children", not "many said".
  // "عشرات الطاجيك", "dozens of Tunisians": a nationality counted alone right after it is such a noun.
  // So is one behind a preposition alone when a part follows ("des dizaines de Belges, dont 20 enfants"):
  // the whole the part is taken of, whose nationality is the part's.
  if (
    m.qualifier === 'vague' &&
    !nounAfter(ctx, facts, m) &&
    !facts.places.some(
      (p) =>
        p.kind === 'demonym' &&
        p.start >= m.end &&
        p.start - m.end <= 4 &&
        (blankBetween(text, m.end, p.start) ||
          (onlyGlue(ctx, m.end, p.start, [cp.prepositions]) && partFollows(ctx, p.end))),
    )
  )
    return [];
  // What stands right before the number may make it something else: "aged 10", "page 5", "$500".
  const lead = text.slice(Math.max(seg.start, m.start - 24), m.start);
  const leadWord = trailingWord(lead);
  // One word or several ("aged 10", "some as young as 11"); a year word before a number no year can be
  // leaves it a count ("منذ مطلع العام مئتين وسبعة عشر").
  if (
    leadWord &&
    m.qualifier === 'exact' &&
    (cp.nonCountBefore.get(leadWord) || justBefore(text, seg, m, cp.nonCountBefore)) &&
    !notAYear(cp, lead, m, text) &&
    !framesNounAfter(ctx, facts, m) &&
    !countVerb(ctx, lead, leadWord)
  )
    return [];
  if (/[$€£%#№]\s*$/.test(lead)) return [];
  if (ordinalOfThing(ctx, lead) && !countedRightAfter(ctx, facts, m)) return [];
  if (placePopulation(ctx, facts, m, windowStart)) return [];
  const tail = text.slice(m.end, Math.min(seg.end, m.end + 40));
  if (/^\s*(?:%|٪|per\s?cent)/u.test(tail)) return [];
  // A slash after a digit makes a date or a fraction ("24/7", "3/2021"); after a word it parts a
  // breakdown ("298 boys/114 girls"), and the number after it is a count of its own.
  if (/^[-/.]\d/.test(tail) || /^\//.test(tail) || /(?:^|[^\p{L}])\/$/u.test(lead)) return [];
  if (unitAfter(ctx, m.end, seg.end, facts.population, facts.places)) return [];
  if (thingAdjective(ctx, facts, m)) return [];
  if (inRatio(ctx, facts, m)) return [];

  // "December 23", "23 февраля": a day of the month.
  const month = cp.months.scanRange(text, Math.max(seg.start, m.start - 14), Math.min(seg.end, m.end + 14));
  // No month has a 32nd day: "в начале мая 40 детей" counts.
  const dayOfMonth =
    (m.min === null || m.min <= 31) &&
    month.some((mo) => nextTo(text, mo.end, m.numStart) || nextTo(text, m.numEnd, mo.start));
  // "On 3 March 18 women…": a counted noun right after the number outweighs the month before it.
  // A nationality counted alone does as much: "في أبريل 300 عراقي".
  const directNoun =
    facts.population.some((p) => p.start >= m.end && /^\s*$/.test(text.slice(m.end, p.start))) ||
    facts.places.some(
      (p) =>
        p.kind === 'demonym' &&
        p.start >= m.end &&
        p.start - m.end <= 2 &&
        /^\s*$/.test(text.slice(m.end, p.start)),
    );
  // "In June 25 children returned", "в марте 25 детей", "في مارس 25 طفلا": a month after a preposition
  // names a period, and the number after it counts the noun that follows.
  // "On 3 March 18 women…", "25 марта 30 детей": a month that has its day before it takes no other.
  const periodBefore =
    directNoun &&
    month.some(
      (mo) =>
        nextTo(text, mo.end, m.numStart) &&
        (cp.monthPeriod?.test(text.slice(Math.max(seg.start, mo.start - 12), mo.start)) === true ||
          facts.numbers.some((n) => n.numEnd <= mo.start && nextTo(text, n.numEnd, mo.start))),
    );
  if (
    dayOfMonth &&
    !periodBefore &&
    !(directNoun && nextTo(text, month[0]!.end, m.numStart) && m.numStart - month[0]!.end > 1)
  )
    return [];

  let population: Population | null = null;
  let nounEnd = m.end;
  let generic = false;
  let inherited: DraftClaim | undefined;
  let role: PopulationRole | null = null;
  let predicated = false;
  let nounOrigin: string | null = null;
  /** Nationalities a predicate lists: "около 70 тыс., это сирийцы и иракцы". */
  let listedOrigins: string[] = [];
  let effectiveWindowEnd = windowEnd;
  /** The country whose share of a total this count is ("Morocco (300)"): its only origin. */
  let sharedBy = bracketCountry(ctx, facts, m);
  let tabled = false;
  /** What the heading of a table says befell its rows' people ("Women repatriated …:"). */
  let tableStatus: Status | null = null;
  /** Where a breakdown puts this part of a total: "60 in Mali". */
  let placedIn: string | null = null;
  let start = m.start;
  /** The noun a post-posed numeral follows ("العائدين الستة"), when it counts that noun. */
  let postHead: { start: number; end: number } | null = null;

  const partitive = cp.partitives
    .scanRange(text, m.end, Math.min(seg.end, m.end + 30))
    .find((p) => /^\s*$/.test(text.slice(m.end, p.start)));
  const noun = nounAfter(ctx, facts, m);
  let gapped: ReturnType<typeof gappedNoun>;
  // "the foreigners, numbering 6,612", "السوريون (16,710)": the noun stands before its count.
  const named =
    (!noun &&
      (numberingBefore(ctx, seg, m) ||
        (text[m.start - 1] === '(' && text[m.end] === ')') ||
        labelInBrackets(ctx, facts, m))) ||
    numberedGeneric(ctx, facts, m, noun?.word)
      ? nounBefore(ctx, facts, m, windowStart)
      : !noun || noun.word.generic
        ? shareSubject(ctx, facts, m)
        : null;
  // "recruited 1,293 children, by al-Shabaab (908), the national army (209) and others (36)": a count
  // alone in brackets after a name breaks the count before it down by who (or where).
  const byActor = !noun && !partitive ? breakdownItem(ctx, facts, m, previousInSentence ?? recent) : null;
  if (byActor) {
    inherited = byActor.whole;
    population = byActor.whole.population;
    start = byActor.start;
    nounEnd = byActor.end;
  } else if (named) {
    population = named.population;
    nounOrigin = named.origin;
    generic = named.population === 'people';
    start = named.start;
    if (noun) nounEnd = noun.match.end;
  } else if (
    (partitive ||
      (!noun &&
        (justBefore(text, seg, m, cp.partitivesBefore, true) ||
          partitiveAfterVerb(ctx, facts, m) ||
          exceptionOfWhole(ctx, facts, m, previousInSentence)))) &&
    recent
  ) {
    // "из них 200 погибли", "dont 300 ont été tués": the count is a part of the one before, which
    // may stand in an earlier sentence or paragraph (wire copy breaks a total from its breakdown).
    inherited = previousInSentence ?? recent;
    population = inherited.population;
    const named = definiteAntecedent(ctx, facts, inherited.end, m.start);
    if (named) {
      population = named.population;
      role = named.role ?? null;
    }
    if (partitive) {
      nounEnd = partitive.end;
      // "406 of them children", "из них 30 детей": a noun after the partitive says what is counted.
      const own = facts.population.find(
        (p) =>
          p.start >= partitive.end &&
          ONE_WORD_GAP.test(text.slice(partitive.end, p.start)) &&
          !p.value.deferred &&
          // "75 d'entre eux seraient tués": after a verb, a word for the dead is the participle, what
          // befell them; the people stay those counted before.
          !(participle(facts, p) && !blankBetween(text, partitive.end, p.start)),
      );
      if (own) {
        // "84 منهم من الذكور" (84 of them male): the sex of children keeps them children.
        if (!(population === 'children' && bySex(own.value.population))) population = own.value.population;
        role = own.value.role ?? null;
        nounEnd = own.end;
        // "90 of them were women and children": both kinds together are people.
        const pair = pairedNoun(ctx, facts, own);
        if (pair) {
          population = 'people';
          role = null;
          nounEnd = pair.end;
        }
      }
    }
    // "Of these, 540 were Nigerian": what the part is said to be.
    const predicate = copulaPredicate(ctx, facts, m.end > nounEnd ? m.end : nounEnd);
    if (predicate && nounEnd <= m.end + 40) {
      // "84 منهم من الذكور", "12 of them are male": the sex of children keeps them children.
      population = predicatedPopulation(population, predicate.population);
      nounOrigin = predicate.origin;
      listedOrigins = predicate.origins;
      role = predicate.role ?? role;
      nounEnd = predicate.end;
      predicated = true;
    }
    // "among them 5 Sudanese", "من بينهم 6 تونسيين": a nationality right after the part is its noun, in its
    // quote.
    if (nounEnd === m.end) {
      const demonym = facts.places.find(
        (p) => p.kind === 'demonym' && p.start >= m.end && blankBetween(text, m.end, p.start),
      );
      if (demonym) {
        nounEnd = demonym.end;
        nounOrigin ??= demonym.code;
      }
    }
    // "تونس وحدها بنحو 5 آلاف منهم" (Tunisia alone, about 5,000 of them): the part from that country.
    const share = countryShare(ctx, facts, m);
    if (share && !nounOrigin) nounOrigin = share.code;
    // "150 Tajiks joined IS, and 40 of them were killed fighting": a part of people said to fight.
    generic = population === 'people' && !role;
  } else if (!noun && (gapped = gappedNoun(ctx, facts, m))) {
    // "killed 30 and wounded 45 hostages": the noun of the next conjunct is this count's too.
    population = gapped.word.population;
    role = gapped.word.role ?? null;
    generic = !!gapped.word.generic;
    nounEnd = gapped.match.end;
  } else if (!noun && recent && facts.index - recent.sentence <= 2 && pronounNumbering(ctx, seg, m)) {
    // "Ils sont aujourd'hui 250 à être rentrés": a subject pronoun counted by a frame of numbering
    // stands for the people counted just before.
    inherited = recent;
    population = recent.population;
    generic = population === 'people';
  } else if (
    !noun &&
    !partitive &&
    !recent &&
    !previousInSentence &&
    pronounNumbering(ctx, seg, m) &&
    // "Ils sont 3 000 à avoir manifesté": only what befell them or what they do in a war makes a claim.
    (anyWithin(facts.status, m.end, Math.min(seg.end, m.end + 90)) ||
      anyWithin(facts.fighting, m.end, Math.min(seg.end, m.end + 90)))
  ) {
    // "Ils sont 37, âgés de 4 à 15 ans, à avoir été rapatriés", "Их было 23": with no count before to
    // stand for, the pronoun counted by a frame of numbering counts people (what they do may make
    // them fighters: "Ils étaient 62 à combattre").
    population = 'people';
    generic = true;
  } else if (noun) {
    population = noun.word.population;
    role = noun.word.role ?? null;
    nounEnd = noun.match.end;
    generic = !!noun.word.generic;
    // "نحو 1200 من أبناء داغستان" (natives of Dagestan): sons of a place or a community are its people.
    if (noun.word.nativesBeforePlace && placeOrCommunityAfter(ctx, facts, noun.match.end)) {
      population = 'people';
      generic = true;
    }
    // "12 Tunisiennes rapatriées", "12 Marocaines détenues": a participle after a nationality that names
    // women by its form describes them; they stay women.
    if (population === 'people' && cp.womenDemonym && participle(facts, noun.match)) {
      const d = facts.places.find(
        (p) => p.kind === 'demonym' && p.start >= m.end && p.end <= noun.match.start,
      );
      if (d && blankBetween(text, d.end, noun.match.start) && namesWomen(ctx, d)) {
        population = 'women';
        generic = false;
      }
    }
    if (generic) {
      // "the number of fighters from Central Asia … 2,000 to 4,000 people": the noun of "number of"
      // is what is counted; "the number who had gone to fight at 2,000 people" counts fighters.
      const framed = numberOfFrame(ctx, facts, m);
      if (framed && framed !== 'people') {
        population = framed;
        generic = false;
      } else if (theirNumber(ctx, facts, m) !== null) {
        // "их число составляет 300 человек", "their number stands at 300 people": the generic noun
        // after the frame counts the people named before it, with their nationality.
        const named = namedBefore(ctx, facts, m);
        if (named) {
          ({ population, origin: nounOrigin, role } = named);
          generic = population === 'people';
        }
      } else {
        // "Выходцы из Чечни, 12 человек, были задержаны": a generic count in apposition to the people
        // named right before the comma counts them, with their nationality.
        const named = appositionHead(ctx, facts, m, noun.match.end, windowStart);
        if (named) {
          // "150 families, about 600 people": families are counted as households, and the people in
          // apposition are their members, counted one by one.
          if (named.population !== 'people' && named.population !== 'families') population = named.population;
          nounOrigin = named.origin;
          generic = population === 'people';
        }
      }
    }
    // "Пятеро из задержанных — граждане Таджикистана", "Cinq des détenus sont des Tunisiens": a part taken
    // "of" a whole with no number of its own, then a copula: what the part is said to be is its.
    if (noun.match.start > m.end && partOfWholeNoun(ctx, m.end, noun.match.start)) {
      const predicate = copulaPredicate(ctx, facts, noun.match.end);
      if (predicate && (predicate.origin || predicate.population)) {
        population = predicatedPopulation(population, predicate.population);
        nounOrigin = predicate.origin ?? nounOrigin;
        listedOrigins = predicate.origins;
        role = predicate.role ?? role;
        nounEnd = predicate.end;
        generic = population === 'people' && !role;
        predicated = true;
      }
    }
    // "из 850 выехавших в Сирию кыргызстанцев": a participle counting people, the place it names, then a
    // nationality noun: the noun heads the phrase and says whence they are.
    if (!nounOrigin && population === 'people' && participle(facts, noun.match)) {
      const head = nationalityAfterPlace(ctx, facts, noun.match.end);
      if (head) {
        nounOrigin = head.code;
        nounEnd = Math.max(nounEnd, head.end);
      }
    }
    // "3500 معتقل من عناصر داعش", "50 شخصا من مقاتلي الحركة": people of the ranks of fighters are fighters.
    if (population === 'people' && !role && fromTheRanks(ctx, facts, noun.match.end)) {
      population = 'fighters';
      generic = false;
    }
    // "83 قنبلة بشرية من الأطفال", "30 انتحاريا من الأطفال": fighters or people drawn from children or
    // women are children or women (as child soldiers count children).
    if (population === 'fighters' || population === 'people') {
      const among = fromAmongNarrower(ctx, facts, noun.match.end);
      if (among) {
        population = among;
        generic = false;
      }
    }
    if (noun.word.deferred) {
      // "4,000 verified cases of child recruitment": the cases are of the people named after them,
      // or of the people the sentence (or the one before) is about ("the number of children used").
      const later = facts.population.find(
        (p) => p.start > noun.match.end && p.start < windowEnd && !p.value.deferred && !p.value.anaphoric,
      );
      population = later?.value.population ?? mentionedBefore(ctx, facts, m)?.population ?? null;
      if (later) nounEnd = Math.max(nounEnd, later.end);
    } else if (noun.word.remains) {
      // "عثرت الشرطة على جثتين لمسلحين" (the bodies of two gunmen): the noun right after says whose.
      const of = facts.population.find(
        (p) =>
          p.start > noun.match.end &&
          p.start - noun.match.end <= 3 &&
          !p.value.deferred &&
          !p.value.anaphoric &&
          !p.value.remains,
      );
      if (of) {
        population = of.value.population;
        role = of.value.role ?? null;
        generic = !!of.value.generic;
        nounEnd = Math.max(nounEnd, of.end);
      }
    } else if (noun.word.anaphoric) {
      // "41 others were detained": more of the people counted just before; unless a definite noun
      // stands before the numeral ("المقاتلون العشرون الآخرون", the twenty other fighters): it is counted.
      // After a part singled out of a whole ("7 civilians, including 3 children, and 12 others were
      // wounded"), the others are more of the whole's people.
      const last = previousInSentence ?? recent;
      const antecedent = last?.included && last.partOf ? last.partOf : last;
      const head = postposedHead(ctx, facts, m);
      if (head) {
        population = head.value.population;
        role = head.value.role ?? null;
        generic = !!head.value.generic;
        start = head.start;
      } else if (previousInSentence && othersAsObject(ctx, previousInSentence.end, m.start)) {
        // "أربعة مسلحين يقتادون ثلاثة آخرين" (four gunmen leading three others): others the counted
        // people act on are not more of them; "others" counts people.
        role = 'victim';
      } else {
        const one = previousInSentence ? null : onePersonBefore(ctx, facts, noun.match, m);
        if (one) {
          population = one.value.population;
          role = one.value.role ?? null;
          generic = !!one.value.generic;
        } else if (antecedent) {
          population = antecedent.population;
          inherited = antecedent;
        }
      }
    } else if (
      previousInSentence &&
      noun.word.role === 'victim' &&
      participle(facts, noun.match) &&
      anyWithin(facts.status, previousInSentence.end, m.start) &&
      // "were killed and a further 17 injured": more of them, after an additive.
      (conjunctionOnly(ctx, previousInSentence.end, m.start) || justBefore(text, seg, m, cp.additives))
    ) {
      // "12 enfants ont été tués et 30 blessés", "were killed and 30 wounded": the wounded or the dead
      // after a count's clause are its ellipsis, of the same people.
      population = previousInSentence.population;
      role = previousInSentence.role;
      inherited = previousInSentence;
    } else if (
      (previousInSentence ?? recent) &&
      noun.word.role === 'victim' &&
      participle(facts, noun.match) &&
      noun.match.start > m.end &&
      cp.copulas.anyIn(text, m.end, noun.match.start) &&
      onlyGlue(ctx, m.end, noun.match.start, [cp.copulas, cp.auxiliaries, cp.modifiers])
    ) {
      // "300 Dutch nationals went to Syria; roughly 100 are dead": the dead or wounded after a copula are
      // what the count is said to be, as "100 have died"; with no noun of its own it counts those before.
      const before = (previousInSentence ?? recent)!;
      population = before.population;
      role = before.role;
      inherited = before;
    } else if (
      (previousInSentence ?? recent) &&
      noun.word.population !== 'fighters' &&
      cp.groupAnaphors
        .scanRange(text, noun.match.end, Math.min(seg.end, noun.match.end + 20))
        .some((g) => blankBetween(text, noun.match.end, g.start))
    ) {
      // "The four men in the group were detained", "шестеро мужчин из этой группы": a part of the
      // people counted before, of their origin; its own noun says what is counted.
      inherited = previousInSentence ?? recent;
    } else if (
      (previousInSentence ?? recent)?.population === noun.word.population &&
      justBefore(text, seg, m, cp.additives)
    ) {
      // "Another 200 children remain", "ещё около 200 несовершеннолетних": more of the same people.
      inherited = previousInSentence ?? recent;
    }
    // "63 citizens, all of them minors": an apposition that says what all of them are names them.
    const apposition = appositionNoun(ctx, facts, noun.match.end, windowEnd);
    if (apposition && generic && apposition.value.population !== 'people') {
      population = apposition.value.population;
      generic = false;
      nounEnd = apposition.end;
    }
    // "17 morts parmi les militaires nigériens": the dead or wounded among a whole named after them
    // are of that whole, and of its nationality.
    if (noun.word.role === 'victim') {
      const whole = victimsAmong(ctx, facts, noun.match.end, windowEnd);
      if (whole) {
        population = whole.population;
        generic = false;
        if (whole.origin) nounOrigin = whole.origin;
      } else if (population === 'people' && groupsOwnDead(ctx, facts, noun.match, m.start)) {
        population = 'fighters';
        generic = false;
      }
    }
    // «Из находящихся в лагере россиян около 700 – дети»: a part said to be some people (a dash or a
    // copula before its noun) is of the nationality that names the fronted whole.
    if (!nounOrigin && predicateNoun(ctx, facts, m, windowEnd)?.start === noun.match.start)
      nounOrigin = frontedWholeDemonym(ctx, facts, m);
    // "431 persons and charities": people counted with things are not a count of people.
    const conjunct = TWO_WORDS.exec(text.slice(noun.match.end, Math.min(windowEnd, noun.match.end + 40)));
    if (
      conjunct &&
      cp.conjunctions.get(conjunct[1]!) &&
      cp.nonCountUnits.get(conjunct[2]!) &&
      // "a rapatrié 35 enfants et compte en ramener 10": a word the pack knows as a verb of intention.
      cp.plannedMarkers.get(conjunct[2]!) === undefined &&
      // "arrested 40 men and released 12 women": a word with a count right after it is a verb.
      !(windowEnd < seg.end && blankBetween(text, noun.match.end + conjunct[0].length, windowEnd))
    )
      return [];
    // "women and children" counted together. "من عناصر بوكو حرام وعائلاتهم": the group a noun of members
    // is in construct with may stand between.
    // Only after the part's "of" ("1200 من عناصر بوكو حرام وعائلاتهم"): the whole the part is taken of
    // holds both nouns, and the count takes them both, possessed or not.
    const partOf = cp.prepositions
      .scanRange(text, m.end, noun.match.start)
      .some(
        (q) =>
          q.value === 'from' &&
          blankBetween(text, m.end, q.start) &&
          blankBetween(text, q.end, noun.match.start),
      );
    const member = partOf
      ? facts.groups.find((g) => g.start > noun.match.end && blankBetween(text, noun.match.end, g.start))
      : undefined;
    const pairFrom = member ? member.end : noun.match.end;
    const next =
      facts.population.find((p) => p.start > pairFrom && p.start - pairFrom < 12) ??
      (partOf ? possessedConjunct(ctx, pairFrom) : undefined);
    // A dual ("220 امرأة وطفلين") is a count of its own, not the second half of a pair; a participle
    // with a count after it is the next clause's verb ("killed 5 soldiers and wounded 12 others").
    if (
      next &&
      !next.value.deferred &&
      !next.value.dual &&
      !(
        participle(facts, next) &&
        facts.numbers.some((n) => n.start >= next.end && blankBetween(text, next.end, n.start))
      ) &&
      population &&
      next.value.population !== population
    ) {
      // A comma before a glued conjunction ("220 امرأة، وطفلا") still joins the pair.
      const joiner = text
        .slice(pairFrom, next.start)
        .trim()
        .replace(/^[,،]$/, '');
      // Joined only by a conjunction, written apart or glued (Arabic وطفلا); two nouns side by side are not a pair.
      const nextWord = text.slice(next.start, next.end);
      const gluedAnd =
        joiner === '' &&
        cp.conjunctions.get(nextWord[0]!) !== undefined &&
        !next.pattern.startsWith(nextWord[0]!);
      // "50 djihadistes et leurs familles", "12 امرأة وأطفالهن": the possessed noun goes with them uncounted.
      const possessed =
        !partOf &&
        (cp.possessives.anyIn(text, pairFrom, next.start) || possessedStem(cp, nextWord, next.pattern));
      // "أربع نساء وطفل" (four women and a child): after a count of 3 to 10, whose noun is plural, one
      // person's singular is someone apart; after 11 and up the singular is the counted noun's number
      // ("146 امرأة وطفلا" counts both).
      const onePersonApart =
        cp.onePerson.get(next.pattern) !== undefined &&
        m.min !== null &&
        m.min % 100 >= 3 &&
        m.min % 100 <= 10;
      // "Thirty-One Women, Children Repatriated": a headline (no full stop, title case) joins the pair by a
      // comma alone.
      const headlineComma =
        /^\s*,\s*$/u.test(text.slice(pairFrom, next.start)) &&
        !/[.!?…]\s*$/u.test(text.slice(seg.start, seg.end)) &&
        /\p{Lu}/u.test(ctx.original[ctx.toOriginal[next.start]!] ?? '') &&
        /\p{Lu}/u.test(ctx.original[ctx.toOriginal[noun.match.start]!] ?? '');
      // "31 women, children and elderly people": a list of nouns a conjunction closes, commas before it.
      const closing = /^\s*,\s*$/u.test(text.slice(pairFrom, next.start))
        ? listClosingNoun(ctx, facts, next.end)
        : undefined;
      if (
        ((joiner !== '' && cp.conjunctions.get(joiner)) || gluedAnd || headlineComma || closing) &&
        !possessed &&
        !onePersonApart
      ) {
        const pair = new Set([
          population,
          next.value.population,
          ...(closing ? [closing.value.population] : []),
        ]);
        population = pair.has('men') && pair.has('women') && pair.size === 2 ? 'adults' : 'people';
        nounEnd = (closing ?? next).end;
        generic = false;
      }
    }
    // "فإن 14 من القتلى أطفال", "30 من المعتقلين هم نساء": a nominal sentence; after a part of a definite
    // whole of people, a narrower noun without the article (a copula pronoun at most between) is the
    // predicate, and says who the part are.
    const predicate = partOf ? partPredicate(ctx, facts, noun.match, population) : undefined;
    if (predicate) {
      population = predicate.value.population;
      nounEnd = predicate.end;
      generic = false;
    }
  } else {
    let demonym =
      facts.places.find(
        (p) =>
          p.kind === 'demonym' &&
          p.start >= m.end &&
          (blankBetween(text, m.end, p.start) ||
            frameAfter(ctx, m.end, p.start) ||
            youngThen(ctx, facts, m, p.start) ||
            boundBetween(ctx, m.end, p.start)),
      ) ?? accusativeNisba(ctx, facts, m);
    // "a dozen Somali-Americans", "40 Dutch-Moroccans": a nationality joined by a hyphen to another is
    // the compound's first part; the last nationality is its head.
    for (
      let next: PlaceHit | undefined;
      demonym && HYPHEN_LETTER.test(text.slice(demonym.end, demonym.end + 2));
    ) {
      const end = demonym.end;
      next = facts.places.find((p) => p.kind === 'demonym' && p.start === end + 1);
      if (!next) break;
      demonym = next;
    }
    const fight = facts.fighting.find((f) => f.start >= m.end && blankBetween(text, m.end, f.start));
    const ofGroup = memberOfGroup(ctx, facts, m);
    const head = postposedHead(ctx, facts, m);
    const ofThe = cp.partitiveOf
      .scanRange(text, m.end, Math.min(seg.end, m.end + 12))
      .find((p) => blankBetween(text, m.end, p.start));
    // "three are from Chechnya", "2,926 from Tunisia": the noun is the one counted just before.
    const from = facts.places.find(
      (p) =>
        p.prep === 'from' &&
        p.start > m.end &&
        p.start - m.end < 28 &&
        onlyGlue(ctx, m.end, p.start, [
          cp.auxiliaries,
          cp.prepositions,
          cp.placeLinks,
          cp.status,
          cp.distributive,
          // "300 ونيف من التونسيين", "200 at least from Chechnya": a bound after the number.
          cp.boundsAfter,
        ]),
    );
    const lead =
      text
        .slice(Math.max(seg.start, m.start - 16), m.start)
        .trim()
        .split(/\s+/)
        .pop() ?? '';
    const antecedent = previousInSentence ?? recent;
    const unitAfterDemonym =
      demonym && /^[\s-]*([\p{L}.]+)/u.exec(text.slice(demonym.end, Math.min(seg.end, demonym.end + 30)));
    // The word may end the sentence ("группы."): its dot is not an abbreviation's ("тыс.").
    // A definite word is no counted noun: "حكم على 12 تونسيا بالسجن" (to prison), not "12 prisons".
    if (
      unitAfterDemonym &&
      !cp.definite?.test(unitAfterDemonym[1]!) &&
      (cp.nonCountUnits.get(unitAfterDemonym[1]!) ||
        cp.nonCountUnits.get(unitAfterDemonym[1]!.replace(/\.$/, '')))
    )
      return [];
    // "three Tunisian-commanded units": a nationality that opens a compound adjective is no head.
    if (demonym && HYPHEN_LETTER.test(text.slice(demonym.end, demonym.end + 2))) return [];
    const predicate = antecedent ? copulaPredicate(ctx, facts, m.end) : null;
    let theirs: number | null;
    let share: PlaceHit | null;
    let shared: LexiconMatch<PopulationWord> | undefined;
    let fronted: LexiconMatch<PopulationWord> | null;
    let saidToBe: LexiconMatch<PopulationWord> | null;
    let brokenDown: Population | null;
    let twoOf: PlaceHit | null;
    let strength: number | null;
    const placeAfter = antecedent && !from ? placeListAfter(ctx, facts, m) : null;
    if (head) {
      // "النساء السبع": a definite numeral after its definite noun counts it.
      population = head.value.population;
      role = head.value.role ?? null;
      start = head.start;
      postHead = head;
      // "المقاتلون التونسيون الثلاثة": the nationality between them is theirs.
      const adjective = facts.places.find(
        (p) => p.kind === 'demonym' && p.prep === null && p.start >= head.end && p.end <= m.start,
      );
      if (adjective) nounOrigin = adjective.code;
    } else if (demonym && (shared = elidedNoun(ctx, facts, demonym))) {
      // "40 Kazakh and 30 Uzbek women": the nationality is an adjective whose noun, said once at the
      // list's end, counts both; each keeps its own nationality.
      population = shared.value.population;
      role = shared.value.role ?? null;
      generic = !!shared.value.generic;
      nounEnd = demonym.end;
      nounOrigin = demonym.code;
    } else if (demonym) {
      // "609 were Congolese, 28 Rwandan and 5 Ugandan": a bare nationality in a list of the same
      // people counts what the list counts.
      // "9 أطفال و4 صوماليين": after people named by a noun and no nationality, other people.
      const women = namesWomen(ctx, demonym) || womenPredicate(ctx, facts, demonym);
      // "13 US soldiers and 170 Afghans": soldiers and police oppose the groups; people of another
      // nationality counted with them are not of their ranks.
      const listed =
        previousInSentence &&
        previousInSentence.role !== 'opponent' &&
        (((previousInSentence.originStated ||
          !cp.population.anyIn(text, previousInSentence.start, previousInSentence.end)) &&
          LIST_GAP.test(text.slice(previousInSentence.end, m.start)) &&
          (text.slice(previousInSentence.end, m.start).trim() === ',' ||
            cp.conjunctions.get(text.slice(previousInSentence.end, m.start).replace(/[,،]/g, '').trim()) !==
              undefined)) ||
          // "200 Libyan fighters joined IS, and 40 Tunisians": a nationality coordinated with fighters
          // of another nationality adds to them.
          (!women && fightersListed(ctx, facts, previousInSentence, m, demonym.end)) ||
          // "2,000 foreign women (400 Russian)": a nationality in brackets right after a counted phrase
          // is a part of its people.
          (parenthetical(text, m, previousInSentence) && !previousInSentence.role));
      // "من بين الأطفال 9 سودانيين": a nationality counted among a whole named right before is of its people.
      const whole = women || listed ? null : amongWhole(ctx, facts, m);
      population = women ? 'women' : listed ? previousInSentence.population : (whole?.population ?? 'people');
      if (listed) inherited = previousInSentence;
      nounEnd = demonym.end;
      nounOrigin = demonym.code;
      generic = !listed && !women;
    } else if ((twoOf = nationalityBeforeNumeral(ctx, facts, m))) {
      // "حكم على فرنسيين اثنين" (two Frenchmen), "الأردنيين الستة": the nationality a numeral follows is
      // what it counts.
      population = 'people';
      nounOrigin = twoOf.code;
      generic = true;
      start = twoOf.start;
    } else if ((strength = strengthAfter(ctx, m)) !== null) {
      // "a 300-strong force", "the group is 400 strong": the strength of a force counts its fighters.
      population = 'fighters';
      nounEnd = strength;
    } else if (fight) {
      population = 'fighters';
      nounEnd = fight.end;
    } else if (ofGroup) {
      // "تسعة من الجماعة", "12 من داعش": members of an armed group are its fighters.
      population = 'fighters';
      nounEnd = ofGroup;
    } else if ((brokenDown = partsInBrackets(ctx, facts, m))) {
      // "the maiming of 512 (380 boys, 132 girls)": a count with no noun, broken down right after it in
      // brackets by counts with nouns, counts what its parts are.
      population = brokenDown;
    } else if (ofThe && !(from && from.start >= ofThe.end && blankBetween(text, ofThe.end, from.start))) {
      // ("651 из Туниса": a from-place right after the partitive word is where they come from, below.)
      const next = facts.numbers.find((n) => n.start >= ofThe.end && n.start - ofThe.end < 8);
      const nextNoun = next ? nounAfter(ctx, facts, next) : undefined;
      // "Some 30 of the 200 Norwegians have returned": a nationality right after the whole's number
      // names its people, as "200 Norwegian nationals" does.
      const nextDemonym =
        next && !nextNoun
          ? facts.places.find(
              (p) => p.kind === 'demonym' && p.start >= next.end && blankBetween(text, next.end, p.start),
            )
          : undefined;
      if (nextDemonym) nounOrigin = nextDemonym.code;
      // "Пятеро из числа боевиков задержаны": with no number of its own, the whole is the noun right after.
      const wholeNoun = next
        ? undefined
        : facts.population.find(
            (p) => p.start >= ofThe.end && blankBetween(text, ofThe.end, p.start) && !p.value.deferred,
          );
      population =
        nextNoun?.word.population ??
        (nextDemonym ? (namesWomen(ctx, nextDemonym) ? 'women' : 'people') : null) ??
        previousInSentence?.population ??
        wholeNoun?.value.population ??
        null;
      if (nextDemonym && population === 'people') generic = true;
      if (wholeNoun && !previousInSentence && population === wholeNoun.value.population) {
        nounEnd = wholeNoun.end;
        generic = wholeNoun.value.generic === true;
      }
      if (population && next) {
        nounEnd = next.end;
        // The partition's own phrase (of the 3,417 fighters from Russia) says where they are from.
        const after = facts.numbers.find((n) => n.start > next.end);
        effectiveWindowEnd = after ? after.start : seg.end;
      }
    } else if (
      from &&
      (antecedent ||
        // "اعتقلت الشرطة 18 من التونسيين" (18 of the Tunisians): a nationality names people by itself.
        from.kind === 'demonym' ||
        facts.status.some((st) => st.start > from.end && st.start < windowEnd) ||
        // Verb-first languages: "وقتل 40 من الشيشان", the verb before the count.
        peopleVerbNext(ctx, facts, m, windowEnd) ||
        // "The contingent included 651 from Tunisia and 318 from Morocco": counts listed by the
        // country they come from count people, whatever word with no people in it stands before the
        // list (a people noun before them names them: "Of the foreign recruits, 412 came from Niger and
        // 207 from Chad" counts recruits, by the readings below).
        (fromCountryList(ctx, facts, m, from) && !facts.population.some((p) => p.end <= m.start)) ||
        // "Those arrested included 12 from Belgium": a pronoun and a status word name people before it.
        pronounParticiple(ctx, facts, m))
    ) {
      // "une vingtaine de Tunisiennes": a nationality noun that names women by its form counts women, as
      // does one of both genders whose predicate is feminine ("une trentaine de Kirghizes sont détenues").
      population =
        antecedent?.population ??
        (from.kind === 'demonym' && (namesWomen(ctx, from) || womenPredicate(ctx, facts, from))
          ? 'women'
          : 'people');
      nounEnd = from.end;
      // "ويقاتل 400 من الإيغور": people named by where they come from are a generic noun, which a
      // fighting word makes fighters, as "400 أوزبكي" is.
      generic = population === 'people' && !antecedent?.role;
    } else if (predicate && antecedent && !justBefore(text, seg, m, cp.numberOf)) {
      // "609 were Congolese", "90 are women": what the count is said to be, of the people counted before.
      // Not a count its frame names ("ثلثا الأجانب البالغ عددهم 6,000 هم من الأطفال": the 6,000 are
      // the foreigners; the predicate tells of the two thirds).
      population = predicatedPopulation(antecedent.population, predicate.population);
      nounOrigin = predicate.origin;
      listedOrigins = predicate.origins;
      role = predicate.role;
      inherited = antecedent;
      nounEnd = predicate.end;
      predicated = true;
    } else if (antecedent && (share = countryShare(ctx, facts, m))) {
      // "يليها المغرب بـ1600" (then Morocco, with 1,600): a country's share of the people counted before.
      population = antecedent.population;
      inherited = antecedent;
      nounOrigin = share.code;
      sharedBy = share.code;
      // The quote opens at the country, past a glued "and" ("والجزائر بـ170"); no country's name opens with و.
      start = text[share.start] === 'و' ? share.start + 1 : share.start;
      // The next share ("، والجزائر بـ170") is another country's.
      const stop = /[,،;؛]/u.exec(text.slice(m.end, windowEnd));
      if (stop) effectiveWindowEnd = m.end + stop.index;
    } else if ((share = tableRow(ctx, facts, m))) {
      // "came from France: 1,910; Belgium: 498", "из Франции — 1910, Бельгии — 498": a table in prose,
      // each row the people of a country; the noun before the table (боевиков) says who they are.
      const named = nounBeforeRows(facts, share.start);
      population = named?.value.population ?? antecedent?.population ?? 'people';
      if (named) tableStatus = headingStatus(facts, named, share.start);
      generic = population === 'people';
      nounOrigin = share.code;
      sharedBy = share.code;
      start = share.start;
      tabled = true;
      const stop = /[,،;؛]/u.exec(text.slice(m.end, windowEnd));
      if (stop) effectiveWindowEnd = m.end + stop.index;
    } else if (previousInSentence && (share = gappedCountry(ctx, facts, m, previousInSentence))) {
      // "Finland has repatriated 23 children; Sweden, 12": the clause before lends its verb and noun.
      population = previousInSentence.population;
      inherited = previousInSentence;
      nounOrigin = share.code;
      sharedBy = share.code;
      start = share.start;
    } else if (placeAfter && antecedent) {
      // A breakdown after a total: "200 in Iraq, 60 in Mali", "600 – Германии".
      population = antecedent.population;
      inherited = antecedent;
      // "in Iraq" says where they are, "– Германии" where they come from.
      if (placeAfter.prep === 'in') placedIn = placeAfter.code;
      else nounEnd = placeAfter.end;
    } else if (
      antecedent &&
      (peopleVerbNext(ctx, facts, m, windowEnd) ||
        includedWhoVerb(ctx, facts, m, windowEnd) ||
        agePredicateNext(ctx, facts, m, windowEnd) ||
        justBefore(text, seg, m, cp.additives) ||
        // "les autres, une centaine, sont toujours dans les camps": the others, counted in apposition.
        (text.charCodeAt(m.end) === 44 && restApposed(ctx, m.end)) ||
        additiveAfter(ctx, m) ||
        conjunctVerbObject(ctx, facts, m, previousInSentence) ||
        // "Of the abducted children, five were found dead": the whole fronted before the count names them.
        frontedPartitive(ctx, facts, m) !== null ||
        opensWithAuxiliary(ctx, facts, m) ||
        partOfFrontedWhole(ctx, facts, m, antecedent) ||
        (partOfFrontedWhole(ctx, facts, m, antecedent, FRONTED_PHRASE_GAP) &&
          anyWithin(facts.status, m.end, windowEnd)))
    ) {
      // "53 died and 91 returned", "a further 52 have come home", "ещё 58 были осуждены": the people
      // counted just before, in this sentence or one of the two before it, unless the clause names
      // its own ("55 содержащихся в заключении матерей").
      const own = facts.population.find(
        (p) =>
          p.start > m.end &&
          p.start < windowEnd &&
          !p.value.deferred &&
          !p.value.anaphoric &&
          !participle(facts, p) &&
          !PUNCT_STOP.test(text.slice(m.end, p.start)) &&
          // "30 were handed over to their families": people of theirs are others.
          !afterPossessive(ctx, facts, m.end, p.start) &&
          // "ещё 60 воссоединились с семьями": past a finite verb, a noun is its object or complement.
          !finiteVerbBetween(ctx, m.end, p.start),
      );
      // "Of the returnees, 160 are in prison", "Parmi les femmes, 60 …": a fronted partitive names them.
      const whole = own ? undefined : frontedPartitive(ctx, facts, m);
      if (own) {
        population = own.value.population;
        role = own.value.role ?? null;
        nounEnd = own.end;
      } else if (whole) {
        population = whole.value.population;
        role = whole.value.role ?? null;
        inherited = antecedent;
        start = whole.start;
      } else {
        // "406 are children, and 31 are in prison": a count said to be of some kind sorts part of the
        // people before it; the next count without a noun is of those people, not of that kind.
        const of = sortedFrom(ctx, antecedent);
        population = of.population;
        inherited = of;
        // "250 Jordanians joined HTS, while 90 went to fight for IS": the part may be said to fight.
        generic = population === 'people' && !of.role;
      }
    } else if (
      !antecedent &&
      cp.personalNumerals.size &&
      spansExactly(cp.personalNumerals, text, m) &&
      peopleVerbNext(ctx, facts, m, windowEnd) &&
      // "Детей в лагере было семеро": the noun of its clause, before it, is what it counts.
      !(postposedNumeral(ctx, m) && nounBefore(ctx, facts, m, clauseStart(ctx, facts, m, windowStart)))
    ) {
      // "В Дагестане задержаны пятеро", "Пятеро погибли": a collective numeral counts people by itself.
      population = 'people';
      generic = true;
    } else if (!antecedent && (fronted = frontedPartitive(ctx, facts, m))) {
      // "Of the returnees, 160 are in prison" with no count before it: the fronted whole names them.
      population = fronted.value.population;
      role = fronted.value.role ?? null;
      start = fronted.start;
    } else if (!antecedent && (saidToBe = predicateNoun(ctx, facts, m, windowEnd))) {
      // "Parmi les Français détenus dans le camp, 700 sont des enfants", "из них около 700 — дети" with no
      // count before: the noun the count is said to be names them.
      population = saidToBe.value.population;
      role = saidToBe.value.role ?? null;
      nounEnd = saidToBe.end;
      // …and the nationality that names the fronted whole is theirs too.
      nounOrigin = frontedWholeDemonym(ctx, facts, m) ?? nounOrigin;
    } else if (
      previousInSentence &&
      m.start - previousInSentence.end < 80 &&
      (cp.rangeJoiners.get(lead) ||
        cp.conjunctions.get(lead) ||
        // "2,500 شخص مقارنة بـ1,300": a count set against the one before counts the same people.
        justBefore(text, seg, m, cp.comparisons))
    ) {
      // "from some 8,000 people in the spring to over 60,000 now"; "300 are children, and 25
      // are in prison": the people the count before was sorted from.
      const of = sortedFrom(ctx, previousInSentence);
      population = of.population;
      inherited = of;
      // "79 children and 28 women …, bringing the total to 500": the figure sums unlike people.
      if (figureBefore(ctx, facts, m) !== null && coordinatedUnlike(ctx, facts, of)) population = 'people';
    } else if (
      previousInSentence &&
      /^\s*(?:[.,،؛;]|$)/u.test(text.slice(m.end, seg.end)) &&
      cp.clauseOpeners.anyIn(text, previousInSentence.end, m.start)
    ) {
      // "يقيم في مخيم روج 2600 شخص، فيما يضم مخيم الهول أكثر من 40 ألفا": a count that ends a clause
      // set beside the one before, its noun left out, counts what that one counts.
      population = previousInSentence.population;
      inherited = previousInSentence;
    } else if (previousInSentence && gappedListItem(ctx, facts, m, previousInSentence, windowEnd)) {
      // "150 уроженцы Хатлонской, 280 Согдийской областей": a list item whose noun is left out.
      population = previousInSentence.population;
      inherited = previousInSentence;
    } else if (postposedNumeral(ctx, m)) {
      // "Юных стрелков на записи четверо", "Детей в лагере было пятеро": the noun of the clause.
      const clause = clauseStart(ctx, facts, m, windowStart);
      const named = nounBefore(ctx, facts, m, clause);
      if (named) {
        population = named.population;
        nounOrigin = named.origin;
        generic = named.population === 'people';
        start = named.start;
      } else if (cp.possessives.anyIn(text, clause, m.start)) {
        // "их было трое": the people counted or named just before.
        const before = antecedent ? null : mentionedBefore(ctx, facts, m);
        population = antecedent?.population ?? before?.population ?? null;
        if (antecedent) inherited = antecedent;
        // "Их было трое: двое уроженцев Чечни и один из Дагестана": a list after a colon names them all.
        const listed = population ? null : colonList(ctx, facts, m);
        if (listed) {
          population = listed.population;
          nounOrigin = listed.origins[0] ?? null;
          listedOrigins = listed.origins;
          generic = population === 'people';
        }
      }
    } else if ((theirs = theirNumber(ctx, facts, m)) !== null) {
      start = theirs;
      // "Их число достигло 850", "Leur nombre s'élève à 850", "Their number has reached 850": the
      // people counted or named just before.
      if (antecedent) {
        population = antecedent.population;
        inherited = antecedent;
        // "79 children and 28 women …, bringing the total to 500": a total after unlike people counted
        // side by side sums them all.
        if (coordinatedUnlike(ctx, facts, antecedent)) population = 'people';
      } else {
        const named = namedBefore(ctx, facts, m);
        if (named) {
          ({ population, origin: nounOrigin, role } = named);
          generic = population === 'people';
        }
      }
    } else {
      const framed = numberOfFrame(ctx, facts, m);
      // A generic frame noun keeps the nationality said with it: "le nombre de Belges encore détenus".
      const framedDemonym = framed && framed !== 'people' ? null : numberOfDemonym(ctx, facts, m);
      if (framed) {
        population = framed;
        generic = framed === 'people';
        if (framedDemonym) nounOrigin = framedDemonym.code;
      } else if (framedDemonym) {
        // "the number of Georgians still held stands at 46", "عدد التونسيين هناك بنحو 650".
        population = 'people';
        nounOrigin = framedDemonym.code;
        generic = true;
      } else if (!antecedent && !from && relativeOfPeople(ctx, facts, m)) {
        // "Of the 5,600 who returned, 1,200 were minors": "the N who …" counts people.
        population = 'people';
        generic = true;
      } else if ((from || partitive) && !antecedent) {
        // The people named (not counted) before: "Of the foreign recruits, 651 came from Tunisia",
        // "les enfants … 17 d'entre eux venaient de Tchétchénie".
        const named = mentionedBefore(ctx, facts, m);
        if (named) {
          population = named.population;
          role = named.role ?? null;
          nounEnd = (from ?? partitive)!.end;
        } else if (from && bareCountVerb(ctx, facts, m)) {
          // "Kosovo brings home 110 from Syria": no people named before; the verb counts people.
          population = 'people';
          generic = true;
        }
      } else if (
        antecedent &&
        justBefore(text, seg, m, cp.numberOf) &&
        // "Of this figure of 20,000": the same count again, not another.
        !(antecedent.value.min === m.min && antecedent.value.max === m.max)
      ) {
        // "a more cautious figure than the government's estimate of three hundred", "a total of 90":
        // a figure with no noun of its own, for the people counted just before.
        population = antecedent.population;
        inherited = antecedent;
      } else if (!antecedent && bareCountVerb(ctx, facts, m)) {
        // "Mali: 16 killed in attack on army post", "RSF kills 200 in Darfur village": a verb of harm or
        // return right beside a bare number, nothing counted before, makes it a count of people.
        population = 'people';
        generic = true;
      }
    }
  }
  // "215 of the returnees were women", "45 des rapatriés sont des enfants": a part taken of a whole
  // named right after it is what the predicate after the whole says it is.
  if (!predicated && (population || inherited)) {
    const whole = namedWholeAfter(ctx, facts, m);
    const predicate = whole ? copulaPredicate(ctx, facts, whole.end) : null;
    if (whole && predicate?.population) {
      population = predicate.population;
      role = predicate.role;
      nounOrigin ??= predicate.origin ?? whole.origin;
      nounEnd = predicate.end;
      predicated = true;
    } else if (
      whole &&
      predicate?.origin &&
      !nounOrigin &&
      facts.numbers.some((n) => n.start > m.end && n.end <= whole.end)
    ) {
      // "3 из 5 задержанных – уроженцы Таджикистана": a predicate of origin alone says whence the part is.
      nounOrigin = predicate.origin;
      nounEnd = predicate.end;
      predicated = true;
    }
  }
  // "the killing (224) and maiming (612) of children": a count in brackets after the name of a deed counts
  // the people the deeds' list is of, named after it.
  let deed = deedBracket(ctx, facts, m);
  // "the killing of 142 and maiming of 319 children": the first deed's count leaves its noun to the last.
  const elided = !population && !deed && !noun && !partitive ? elidedDeedNoun(ctx, facts, m) : null;
  if (elided) {
    deed = elided.deed;
    population = elided.noun.word.population;
    role = elided.noun.word.role ?? null;
    start = elided.deed.start;
  }
  // "the killing of 310 children, the maiming of 512 and …": a later deed's count leaves out the noun
  // of the deed before it.
  const echoed =
    !population && !deed && !noun && !partitive && previousInSentence
      ? deedAfterDeed(ctx, facts, m, previousInSentence)
      : null;
  if (echoed && previousInSentence) {
    deed = echoed;
    population = previousInSentence.population;
    role = previousInSentence.role;
    start = echoed.start;
  }
  if (!population && deed && !noun && !partitive) {
    const of = deedPeople(ctx, facts, m);
    if (of) {
      population = of.value.population;
      role = of.value.role ?? null;
      start = deed.start;
      nounEnd = m.end + BRACKET_CLOSE.exec(text.slice(m.end, m.end + 3))![0].length;
    }
  }
  if (!population) return [];
  // "Uzbekistan: 1,500 fighters; Kazakhstan: 600": a row of a table in prose with a noun of its own is
  // still the people of its country (one at peace: "Syria: 600 children were recruited" says where).
  if (noun && !nounOrigin && !tabled && blankBetween(text, m.end, noun.match.start)) {
    const row = tableRow(ctx, facts, m);
    if (row && !CONFLICT_ZONES.has(row.code)) {
      nounOrigin = row.code;
      // "Кыргызстан — 79 детей, Таджикистан — 84 ребенка": the next row's country is not this row's.
      const next = facts.numbers.find((n) => n.start > m.end && rowCountry(text, facts, n));
      const nextRow = next && rowCountry(text, facts, next);
      if (nextRow && nextRow.start > nounEnd)
        effectiveWindowEnd = Math.min(effectiveWindowEnd, nextRow.start);
    }
  }
  // "сообщила комиссия из пяти экспертов", "a panel of five experts said": a count inside the
  // speaker's own words describes who speaks, not people of the conflict.
  // The speaker's phrase ends with the counted noun.
  if (
    facts.source &&
    m.start > facts.source[0] &&
    nounEnd <= facts.source[1] &&
    /^[\s"'»”]*$/u.test(text.slice(nounEnd, facts.source[1]))
  )
    return [];
  // A text cut off mid-word right after the counted phrase ("the estimated 850 Kyrgyz cit"): its noun
  // is not complete (GUIDELINES.md, Hard cases).
  const phraseEnd = Math.max(nounEnd, m.end);
  if (text.length - phraseEnd <= 16 && CUT_OFF_WORD.test(text.slice(phraseEnd)) && !wholeLastWord(ctx, facts))
    return [];
  if (ratioAfter(ctx, facts, nounEnd, windowEnd) || ratioBase(ctx, facts, m) || perPerson(ctx, facts, m))
    return [];
  if (
    m.yearLike &&
    !tabled &&
    // "In 2015 foreign fighters travelled", « en 2015 », «в 2015»: after a preposition of time it is a year.
    (YEAR_PREPOSITION.test(text.slice(Math.max(seg.start, m.start - 8), m.start)) ||
      !(noun && /^\s*$/.test(text.slice(m.end, noun.match.start)))) &&
    // "11,000 fighters, including 2000 Tunisians": a year-like figure after a marker of a part, its
    // people named right after it (a nationality), is the part's count; no year is "including".
    !(justBefore(text, seg, m, cp.subsetMarkers) && demonymRightAfter(ctx, facts, m)) &&
    // "إن 2000 منهم قتلوا", "2000 of them died": a year is no part of anyone.
    !partitive &&
    // "Из 5000 тунисцев 2000 погибли", "من بين 5000 تونسي غادروا، قتل 2000": a part of a fronted whole.
    !(previousInSentence && yearLikePartOfFrontedWhole(ctx, facts, m, previousInSentence)) &&
    !yearLikeNisbaCount(ctx, facts, m, nounEnd) &&
    !(frameWordAsWritten(ctx, m) && demonymRightAfter(ctx, facts, m)) &&
    !yearLikeFrameValue(ctx, facts, m) &&
    !hedgedYearLikeCount(ctx, facts, m, noun?.match.start ?? null, nounEnd)
  )
    return [];

  // Generic nouns count fighters when the text says they fight ("1,500 nationals have fought"), not
  // when someone else in a relative clause does ("23 citizens whose husbands fought").
  let promoted = false;
  if (generic && population === 'people') {
    // "4 тысяч выходцев из России и около 5 тысяч выходцев из Азии воюют": a count coordinated with the
    // next one shares the verb after both.
    const fightReach = coordinatedWithNext(ctx, facts, nounEnd, windowEnd) ? facts.seg.end : windowEnd;
    // "1,500 nationals, including 300 Uzbeks, fought for HTS": the verb past a part set off by commas is
    // the whole's too.
    const aside = partAsideClose(ctx, facts, nounEnd, windowEnd);
    const fightsAfter = facts.fighting.some(
      (f) =>
        f.start >= nounEnd &&
        (f.start < fightReach || (aside !== null && f.start > aside[0] && f.start < aside[1])) &&
        f.start - nounEnd < 140 &&
        !(
          facts.population.some((p) => p.start >= nounEnd && p.end <= f.start) &&
          cp.clauseOpeners.anyIn(text, nounEnd, f.start)
        ) &&
        !recruitedToFight(ctx, facts, nounEnd, f.start),
    );
    // "Граждан Таджикистана, воюющих в Афганистане, насчитывается 300", "Tajik nationals fighting in
    // Afghanistan number 300": the people named before their count are said to fight there.
    const fightsInPhrase =
      start < m.start &&
      facts.fighting.some(
        (f) => f.start >= start && f.end <= m.start && !recruitedToFight(ctx, facts, start, f.start),
      );
    // Verb-first languages: يقاتل نحو 1500 مواطن.
    const fightsBefore =
      cp.pack.fightingBeforeCount === true &&
      facts.fighting.some(
        (f) => f.end <= m.start && f.start >= windowStart && fightLeadsTo(ctx, f.end, m.start),
      );
    // "Besides, 500 people from Kazakhstan and 400 from Turkmenistan.": a sentence without a verb of
    // its own continues the one before, whose people fought.
    // A status word in brackets ("(44 people have returned home)") is the aside's, not this count's.
    // Not across a paragraph break, nor for a part of a whole counted in its own sentence as people
    // ("وفي ليبيا، يضم السجن 48 أجنبيا بينهم 12 سودانيا").
    const elliptical =
      (ctx.promotedSentence ?? -2) >= facts.index - 1 &&
      ctx.sentences[ctx.promotedSentence!]?.paragraph === seg.paragraph &&
      !(
        previousInSentence &&
        previousInSentence.population !== 'fighters' &&
        justBefore(text, seg, m, cp.subsetMarkers, true)
      ) &&
      !anyWithin(withoutAsideStatus(ctx, facts, m).status, windowStart, windowEnd) &&
      !anyWithin(facts.fighting, windowStart, windowEnd);
    if (
      fightsAfter ||
      fightsInPhrase ||
      fightsBefore ||
      elliptical ||
      amongFightersBefore(ctx, facts, m) ||
      amongFightersAfter(ctx, facts, nounEnd, windowEnd)
    ) {
      population = 'fighters';
      promoted = true;
    }
  }

  const value: Bounds & { qualifier: Qualifier } = { min: m.min, max: m.max, qualifier: m.qualifier };
  const after = cp.boundsAfter
    .scanRange(text, m.end, Math.min(windowEnd, nounEnd + 30))
    // "40 children, and more flights are planned": a comma ends the counted phrase.
    .find(
      (b) =>
        b.start >= m.end &&
        b.start - nounEnd < 24 &&
        !/[,،;]/u.test(text.slice(nounEnd, b.start)) &&
        !quantityAfter(ctx, facts, b.end),
    );
  if (after && value.qualifier === 'exact') applyQualifier(value, after.value);
  // "وتجاوز عدد الأطفال المجندين 2000 طفل" (the number of recruited children exceeded 2000): a bound
  // verb before a "number of" frame bounds the frame's number.
  if (value.qualifier === 'exact') {
    const framedBound = frameBound(ctx, facts, m);
    if (framedBound) applyQualifier(value, framedBound);
  }

  const ofGroup = groupSize(ctx, facts, m);
  const verbFirst = cp.pack.fightingBeforeCount === true;
  // "84 children whose mothers are jailed were flown home": the relative clause's verb tells of the
  // mothers; the count's status comes from the other verbs of the sentence.
  let own = withoutWholeStatus(
    ctx,
    withoutFrontedPartStatus(
      ctx,
      withoutPartStatus(ctx, withoutAsideStatus(ctx, withoutOthersStatus(ctx, facts, nounEnd), m), m),
      m,
      nounEnd,
    ),
    m,
    windowEnd,
    previousInSentence,
  );
  own = withoutHeldPlaceLeft(ctx, own, m);
  // A participle after the noun says what became of them ("four boys killed", "women sentenced"),
  // unless it only says where they were ("65 nationals held in camps"): then the verb before rules.
  // "اعتقلت الشرطة العائدين الستة": a status word that is the noun a post-posed numeral follows names who
  // they are, as it does after the numeral ("6 عائدين"); it is no verb before them.
  const headWord = postHead
    ? own.status.find((st) => st.start >= postHead.start && st.end <= postHead.end)
    : undefined;
  if (headWord)
    own = factsWithStatus(
      own,
      own.status.filter((st) => st !== headWord),
    );
  const stateAfter = statusRightAfter(ctx, own, nounEnd, windowEnd, m.start) ?? headWord?.value ?? null;
  // "قبضت الشرطة على 5 رجال", "دفعت الجماعة بأكثر من 300 طفل": a verb whose object the particle opens
  // governs the count as a verb right before it does.
  // It goes first: "قضت محكمة عراقية بإعدام 11 فرنسيا" is a sentence, whatever the word after the particle.
  // The verb before a post-posed numeral stands before its noun: "اعتقلت الشرطة [العائدين] الستة".
  const headed = postHead ? mentionCopy(m, postHead.start, m.yearLike) : m;
  let governing =
    (cp.particleWords.size ? particleVerbStatus(ctx, headed, windowStart) : null) ??
    verbBefore(ctx, own, headed, previousInSentence);
  // "300 погибли и 150 вернулись": a count after a conjunction, with a predicate of its own right after
  // it, opens the next clause; the verb before the conjunction is the last clause's.
  if (governing && stateAfter && conjunctionOpens(ctx, facts, m)) governing = null;
  // "ولا يزال 112 طفلا مفقودين", "لا يزال نحو 2800 طفل إيزيدي في عداد المفقودين": still, and missing.
  // Between the counted phrase and that fate, past the words of people, three words at most and no place
  // of holding ("يعيش 300 طفل في المخيم مصابين بأمراض" says where they live, then how).
  const fate = governing === 'present' ? fateAfter(ctx, own, nounEnd, windowEnd) : null;
  if (
    fate &&
    /^\s*(?:[\p{L}\p{M}]+\s+){0,3}$/u.test(withoutPeopleWords(own, text, nounEnd, fate.start)) &&
    !cp.holdingPlaces.anyIn(text, nounEnd, fate.start)
  )
    governing = 'other';
  const excepted = noun ? null : exceptedStatus(ctx, own, m, previousInSentence);
  // "أعدم التنظيم 17 رجلا بتهمة التجسس", "executed 17 prisoners held in its jails": a killing the verb
  // before tells of comes after any custody said of them, or any escape they tried ("أعدمت 12 صبيا حاولوا
  // الفرار").
  const custodyBeforeKilling =
    (stateAfter === 'detained' || stateAfter === 'other') && killingBefore(ctx, own, m);
  const prevented = cp.preventVerbs.size > 0 && preventedBefore(ctx, own, m);
  // "Каждый четвертый из 400 боевиков, вернувшихся в Тунис, находится в тюрьме": the predicate past the
  // participle is the share's; the whole keeps its participle (partitionStatus). "La moitié des 130
  // revenants sont en détention": a whole named by a status noun keeps the noun's.
  const shareWhole: Status | null = shareBefore(ctx, own, m)
    ? (partitionStatus(ctx, own, m, nounEnd) ??
      own.status.find((s) => s.start >= m.end && s.end <= nounEnd)?.value ??
      null)
    : null;
  // "Из 230 детей в лагере вернули лишь 30": the verb before the part is none of the whole's.
  const wholeBefore = wholeBeforeItsPart(ctx, own, m, nounEnd, windowEnd);
  let status =
    // "إعادة سوى 12 طفلا من أصل 300 طفل", "لم يعد من الأطفال الـ80 سوى 10": the whole a part is taken
    // from has not undergone what the part did; only what is said right after its own noun is its.
    (wholeOfPart(ctx, own, m, nounEnd, previousInSentence) ? (stateAfter ?? 'present') : null) ??
    wholeBefore ??
    // …and the part after the word of exception takes the negated verb before them both.
    excepted ??
    // "avoir empêché 27 000 jeunes de rejoindre les zones de conflit": kept from it, they did not go.
    (prevented ? 'other' : null) ??
    // "were killed by 3 gunmen": the agent of the deed, as the subject of "3 gunmen killed them", did it.
    (agentOfPassive(ctx, own, m) ? 'other' : null) ??
    tableStatus ??
    // "30 قتيلا و45 جريحا": a counted noun that is itself a status word says what befell them.
    (noun ? nounStatus(ctx, own, noun.match, m) : null) ??
    lossBefore(ctx, facts, m) ??
    coordinatedVerbStatus(ctx, own, m, previousInSentence) ??
    (cp.receiveVerbs.size ? receivedFromHolding(ctx, facts, m, windowStart) : null) ??
    (noun ? movedWhole(ctx, own, m, noun.match) : null) ??
    (actsOnOthers(ctx, own, nounEnd, windowEnd) ? 'other' : null) ??
    shareWhole ??
    // "23 из 40 женщин, возвращенных в Косово, осуждены": the predicate is the part's, not the whole's.
    (partitiveWhole(ctx, own, m) ? null : predicateAfterParticiple(ctx, own, nounEnd, windowEnd)) ??
    (ofGroup && !anyWithin(own.status, windowStart, windowEnd) ? 'present' : null) ??
    victimNounStatus(own, noun?.match, governing) ??
    partitionStatus(ctx, own, m, nounEnd) ??
    // "recruited 2,000 children, including 40 who were killed": the part's own clause.
    (noun ? null : includedWhoStatus(ctx, own, m, windowEnd)) ??
    // "executed 12 boys who had tried to flee its camps": the object of a verb before it has no verb after
    // its relative clause; the status word there is the clause's own.
    (governing ? null : pastRelative(ctx, own, nounEnd, windowEnd)) ??
    (governing ? null : predicateAfterDescriptor(ctx, own, m.start, nounEnd, windowEnd)) ??
    // "هربت 20 فتاة من معسكر للجماعة": a verb before the count and its completing word after it say more
    // than the status word that completing phrase holds (a camp: joined).
    (!governing && stateAfter && cp.splitWords.size
      ? splitVerbStatus(ctx, own, m, windowStart, windowEnd, nounEnd)
      : null) ??
    // "ستة أطفال مجندين قتلوا في المعارك": the recruits' participle names who they are; the verb after it
    // is what befell them.
    (stateAfter === 'joined' ? mainVerbPastRecruit(ctx, own, nounEnd, windowEnd) : null) ??
    // "mis en examen 9 femmes rentrées de Syrie", "arrested 9 women returned from Iraq": a return said
    // after the noun names who they are (returnees); the verb that takes them as object is what befell them.
    (stateAfter &&
    stateAfter !== 'present' &&
    !(governing && peopleWordAfter(own, nounEnd, windowEnd)) &&
    !(governing && stateAfter === 'returned' && governing !== 'returned' && governing !== 'present') &&
    // "تسلم العراق 150 من رعاياه المحتجزين في سوريا": the custody said after the noun is where the people
    // handed over were; the verb of receiving them, with its subject (verb-first), is what befell them.
    !(governing === 'returned' && stateAfter === 'detained' && verbWithSubject(ctx, facts, m)) &&
    !custodyBeforeKilling &&
    // "أدانت المحكمة 6 نساء سافرن إلى سوريا", "arrested 5 men recruited by IS": a joining said after the
    // noun names who they are; a custody, death or return the verb before gives is what befell them.
    !(
      stateAfter === 'joined' &&
      (governing === 'detained' ||
        governing === 'killed' ||
        governing === 'returned' ||
        // "أحبطت محاولات 40 شابا الالتحاق", "abducted 6 boys recruited": kept from going, or taken.
        governing === 'other' ||
        // «показаны 120 мальчиков в тренировочном лагере»: the training camp is the scene the video shows
        // (behind a preposition; "showing that 300 children were recruited" is what the report says);
        // "يظهر مقطع فيديو 20 صبيا يتدربون": so is what they are shown doing, a verb right after them.
        (governing === 'featured' &&
          (sceneAfter(ctx, own, nounEnd, windowEnd) ||
            own.status.some(
              (s) => s.value === 'joined' && s.start >= nounEnd && blankBetween(text, nounEnd, s.start),
            ))))
    )
      ? stateAfter
      : null) ??
    frameStatus(ctx, own, m) ??
    // "سلم 40 مقاتلا أنفسهم", "brought 40 children back": a verb, the count, the word that completes it.
    (cp.splitWords.size ? splitVerbStatus(ctx, own, m, windowStart, windowEnd, nounEnd) : null) ??
    governing ??
    (custodyBeforeKilling ? 'killed' : stateAfter) ??
    // "Of the returnees, 214 were children", "Of those killed, 30 were children": the fronted whole's.
    frontedWholeStatus(ctx, own, m, windowEnd) ??
    pickStatus(ctx, own, m, windowStart, windowEnd, verbFirst, false, nounEnd) ??
    inherited?.status ??
    passedStatus(outsideAside(text, seg, previousInSentence, m)) ??
    // "Пятеро уроженцев Чечни воевали в Сирии, трое задержаны", "Five Chechens fought in Syria, three
    // were detained": a count whose own clause says they fight has no status word of its own; fighting
    // is being there (GUIDELINES.md: present), not the next clause's status.
    (fightingBeforeNextCount(ctx, own, m) ? 'present' : null) ??
    pickStatus(ctx, own, m, windowStart, windowEnd, verbFirst, true) ??
    passedStatus(outsideAside(text, seg, previous, m)) ??
    ctx.lastStatus ??
    'present';
  // "handed 46 children over to UNICEF", "a remis à l'UNICEF 46 enfants": released into care, not home.
  // "Les 47 enfants rapatriés … ont été confiés à l'aide sociale": brought home first, then into care.
  if (
    status === 'returned' &&
    stateAfter !== 'returned' &&
    cp.careRecipients.size &&
    handedToCare(ctx, own, m, nounEnd)
  )
    status = 'other';
  // "14 children kept in a camp were flown back", "étaient détenues … et ont été rapatriées": a verb of
  // bringing them home after the words of their custody is what befell them.
  // Not the whole of a partition whose part has the return: "Nine of the 20 women detained in March were
  // later repatriated", nor the whole of a share named by a word of custody ("La moitié des 130 détenus
  // ont été rapatriés": half came home, all were held).
  if (
    (status === 'present' || status === 'detained') &&
    wholeBefore === null &&
    status !== shareWhole &&
    custodyThenReturn(ctx, own, m, nounEnd, windowEnd) &&
    !(partitiveWhole(ctx, facts, m) && wholeParticiple(ctx, own, m.end, nounEnd))
  )
    status = 'returned';
  // "were taken to the Houri rehabilitation centre": a status phrase with a proper name inside it.
  status = namedInStatusPhrase(ctx, own, m, status) ?? status;
  if (status === 'returned' && takenToWar(ctx, facts, m, windowStart, windowEnd)) status = 'joined';
  // "12 French children were flown to Syria by their parents": an arrival into a war that is none of
  // their own country, with no war zone nor camp they are taken out of, is a departure to it.
  else if (status === 'returned' && flownToWar(ctx, facts, windowStart, windowEnd, nounOrigin))
    status = 'joined';
  // "were killed (1,010) or maimed (1,664)": a count in brackets after a deed is of that deed alone.
  if (deed) status = deed.value;
  // "2,674 children were killed (1,010) or maimed (1,664)": the whole of a list of unlike deeds, each
  // with its count in brackets, is of mixed outcomes (GUIDELINES.md: other).
  else if (mixedDeedList(ctx, facts, m)) status = 'other';
  // "760 people left Germany for Syria and Iraq": a journey from a country at peace to a war is a departure.
  if (status === 'present' && leftForWar(facts, m.end, windowEnd)) status = 'joined';
  // "300 Iraqi families left al-Hol for Iraq": leaving a camp or a war for their own country is a return.
  else if (status === 'present' && leftForHome(facts, m, windowEnd, nounOrigin)) status = 'returned';
  // "تضم الدفعة 64 عائدا" (the group holds 64 returnees): a noun that says they came back outranks a
  // verb that only says where they are.
  if (status === 'present' && noun && returneeNoun(own, noun.match)) status = 'returned';
  // "The 300 returnees were taken to Aktau": a returnee moved on at home is still back, unless the move
  // sends them to a war ("returnees sent back to Syria").
  if (status === 'joined' && noun && returneeNoun(own, noun.match) && !sentToWar(facts, m.end, windowEnd))
    status = 'returned';
  // "تسلمت الحكومة الدفعة الخامسة من مخيم الهول، وتضم 154 عائلة": what a batch brought back holds.
  if (status === 'present' && cp.batchHolds.size && batchBroughtBack(ctx, facts, m)) status = 'returned';
  // "abducted 6 Kenyan workers": victims taken by a group have not joined it (GUIDELINES.md, Hard cases).
  if (status === 'joined' && noun?.word.role === 'victim') status = 'other';
  // "120 réfugiés ont été accueillis en Grèce": a state receiving victims of a war (refugees) takes them
  // in, it does not take them back; they are there.
  if (
    status === 'returned' &&
    noun?.word.role === 'victim' &&
    cp.receiveVerbs.anyIn(text, windowStart, windowEnd) &&
    !facts.status.some(
      (s) =>
        s.value === 'returned' &&
        s.start >= windowStart &&
        s.end <= windowEnd &&
        !cp.receiveVerbs.anyIn(text, s.start, s.end),
    )
  )
    status = 'present';
  // "11 wounded children were evacuated to a hospital": the hurt are victims (GUIDELINES.md, Hard cases),
  // wherever they are taken; only their death or custody says more.
  if (
    noun &&
    (status === 'returned' || status === 'present' || status === 'joined') &&
    facts.population.some((p) => p.value.role === 'victim' && p.start >= m.end && p.end <= noun.match.start)
  )
    status = 'other';
  // "ويحتجز التنظيم 10 رهائن", "احتجز المسلحون 12 رهينة": captives held by whoever is no state or its
  // force, with no prison or camp named, are the holder's victims (GUIDELINES.md, Hard cases: hostages
  // are other); "تحتجز القوات 300 أسير" and "300 أسير في السجون" stay detention.
  if (status === 'detained' && noun?.word.captive && !heldByState(ctx, seg, noun.match.start))
    status = 'other';
  // "более 380 казахстанцев возвращено из иностранных учебных заведений": back from studies abroad,
  // not from a conflict.
  if (status === 'returned' && cp.studyPlaces.anyIn(text, m.end, windowEnd)) return [];
  // "Twelve of them are from Almaty": a part whose own clause says nothing of what became of it shares
  // its whole's status; a status word of another clause ("many had been detained;") is not its own.
  // So does a part with its own noun after "including / بينهم" ("79 children died, including 12 under five").
  const included =
    inherited ??
    (!byActor &&
    !parenthetical(text, m, previousInSentence) &&
    justBefore(text, seg, m, cp.subsetMarkers, true)
      ? previousInSentence
      : undefined);
  if (
    included &&
    !excepted &&
    !ownClauseStatus(ctx, own, m, Math.max(nounEnd, m.end), windowStart, windowEnd)
  )
    status = passedStatus(included) ?? status;
  // "The 300 returnees, including 156 children and 18 orphans, were taken to Aktau": a part coordinated
  // with an included part is in the same aside; the verb after the aside is the whole's.
  else if (
    !included &&
    previousInSentence?.included &&
    cp.conjunctions.get(text.slice(previousInSentence.end, m.start).trim()) !== undefined &&
    !ownClauseStatus(ctx, own, m, Math.max(nounEnd, m.end), windowStart, windowEnd)
  )
    status = passedStatus(previousInSentence) ?? status;
  // "52 autres doivent l'être", "ten others could follow", "another 10 were not": a modal right after a
  // count it is the subject of, whose clause has no status word of its own, puts the return still to come.
  if (status === 'returned' && !governing && plannedAfterCount(ctx, own, nounEnd)) status = 'present';
  // "400 of the 3,417 fighters from Russia": the whole is everyone who went, whatever became of the
  // part, unless its own phrase says otherwise ("of the 244 who came back").
  let passesStatus: Status | undefined;
  if (population === 'fighters' && partitiveWhole(ctx, facts, m)) {
    passesStatus = status;
    status = pickStatus(ctx, own, m, m.start, windowEnd, verbFirst, false) ?? 'joined';
  }
  // "65 of its nationals", "ses citoyens", "своих граждан", "مواطنيها": people of the country named before.
  // Promoted to fighters, they stay "its nationals": "3000 من مواطنيها يقاتلون".
  const possessed =
    noun !== undefined &&
    // "Le Kirghizstan reconnaît qu'une vingtaine de citoyens…": citizens are a state's.
    (noun.word.citizenship === true ||
      ((population === noun.word.population || promoted) &&
        (cp.possessives.anyIn(text, m.end, noun.match.start) ||
          // "أعلنت كينيا مقتل 20 من جنودها": its soldiers are the state's as its citizens are.
          ((noun.word.generic === true || noun.word.population === 'fighters') &&
            cp.pack.possessiveSuffixes.some((suffix) =>
              text.slice(noun.match.start, noun.match.end).endsWith(suffix),
            )))));
  // "العراقيون … وصل عددهم إلى 30,000 شخص": "their number" names the people its pronoun refers to.
  if (!nounOrigin) {
    const referent = frameReferent(ctx, facts, m);
    // With only a nationality before the frame ("العراقية وعددها 94 عائلة"), the noun after it counts.
    if (
      referent &&
      (population === 'people' ||
        referent.population === population ||
        (referent.population === null && referent.origin !== null))
    ) {
      nounOrigin = referent.origin;
      population = referent.population ?? population;
    }
  }
  // "Trois des cinq suspects sont des Tunisiens": the predicate after the whole of a part is the part's;
  // the whole's places end with its noun.
  if (partitiveWhole(ctx, facts, m) && copulaPredicate(ctx, facts, nounEnd)?.origin)
    effectiveWindowEnd = Math.min(effectiveWindowEnd, nounEnd);
  const {
    origin: placed,
    location,
    local,
    past: placedInPast,
  } = pickPlaces(
    ctx,
    facts,
    m,
    // "Douze autres enfants français": the places of the head after "others" are the phrase's too.
    noun && noun.match.value.anaphoric && noun.word !== noun.match.value && nounEnd === noun.match.end
      ? Math.max(nounEnd, headOf(ctx, facts, noun.match)?.match.end ?? nounEnd)
      : nounEnd,
    windowStart,
    effectiveWindowEnd,
    status,
    nounOrigin,
    possessed,
    noun === undefined,
  );
  // "the Somali National Army (112)": a nationality in the name of who did it is the actor's, not theirs.
  if (byActor)
    for (const p of facts.places)
      if (p.kind === 'demonym' && p.start >= byActor.start && p.end <= byActor.end) {
        const at = placed.indexOf(p.code);
        if (at >= 0) placed.splice(at, 1);
      }
  const origin = sharedBy
    ? [sharedBy]
    : listedOrigins.length > 1
      ? [...new Set([...placed, ...listedOrigins])].sort()
      : placed;
  // "Thirty 15-year-olds", "the under-18s, numbering about 700": a noun of age counted (the pack's
  // ageNouns) says the age itself.
  const ageNoun = facts.ages.find(
    (a) => a.noun && (a.end === nounEnd || (a.start === start && a.end <= m.start)),
  );
  const age = ageNoun ? { min: ageNoun.min, max: ageNoun.max } : pickAge(facts, m, nounEnd, windowEnd, ctx);
  // "30 of them are under 18", "30 ont moins de 18 ans": people said to be under age are children.
  // "30 из них младше 18 лет": right after a partitive, with no noun of its own, the age is a predicate.
  if (
    population === 'people' &&
    age.max !== null &&
    age.max < 18 &&
    (minorPredicate(ctx, facts, nounEnd) ||
      (partitive !== undefined && nounEnd === partitive.end && agePredicateRightAfter(facts, nounEnd)))
  )
    population = 'children';
  // An item of a breakdown by who did it names its group in its own words, if any.
  const { group, said: groupSaid } = byActor
    ? {
        group: facts.groups.find((g) => g.start >= byActor.start && g.end <= byActor.end)?.value ?? null,
        said: false,
      }
    : pickGroup(ctx, facts, m, Math.max(nounEnd, m.end), windowStart, windowEnd);

  // "killed in the Middle East", "returned from the conflict zones": placed, with no country to name.
  const unnamed =
    !placedIn &&
    !location.length &&
    (placedInPast ||
      cp.unnamedPlaces
        .scanRange(text, windowStart, windowEnd)
        .some(
          (u) => !priorClause(ctx, facts, u, m, windowStart) && !nextClause(ctx, facts, u, m, windowEnd),
        ));
  const bracketed = parenthetical(text, m, previousInSentence);
  // "the nationality of 95 children is still not known": said to be unknown, so none.
  const unknownOrigin = justBefore(text, seg, m, cp.unknownOriginBefore);
  if (unknownOrigin) origin.length = 0;
  // "Dix-huit Françaises et leurs 32 enfants": a possessive that ties the count to the people counted
  // right before, past a conjunction, gives it their origin.
  else if (
    !origin.length &&
    !inherited &&
    previousInSentence?.origin &&
    theirsAfterAnd(ctx, previousInSentence, m)
  )
    origin.push(...previousInSentence.origin);
  // "19,000 Ukrainian children were deported to Russia": taken to a country other than their own is no
  // return; that country is where they are.
  // "نقلت السلطات 45 طفلا من سوريا إلى تركيا": so a transfer abroad, whoever they are.
  if (status === 'returned' && !placedIn) {
    const abroad = takenAbroad(ctx, facts, m, origin, windowStart, windowEnd);
    if (abroad) {
      status = 'other';
      if (!location.includes(abroad)) location.push(abroad);
    }
  }
  // "45 Iraqi families left al-Hol for Iraq": a journey to their own country is a return.
  if (status === 'joined' && !placedIn && origin.length) {
    const to = firstDestination(ctx, facts, m, 'joined', windowStart, windowEnd);
    if (to && to.kind === 'name' && origin.includes(to.code)) {
      status = 'returned';
      const at = location.indexOf(to.code);
      if (at >= 0) location.splice(at, 1);
    }
  }
  // Every field is set, the optional ones to undefined, in one order: drafts made with conditional
  // spreads had dozens of shapes, and every read of a draft's field (findClaims, extract) went megamorphic.
  const base: DraftClaim = {
    value: { min: value.min, max: value.max },
    qualifier: value.qualifier,
    population,
    origin: origin.length ? origin : unknownOrigin ? null : (inherited?.origin ?? null),
    status,
    // The count before is where these people are only if the same happened to them (as for origin).
    location: placedIn
      ? [placedIn]
      : location.length || unnamed
        ? location
        : (inherited?.location ?? (previous?.status === status ? previous.location : undefined) ?? []),
    affiliation: group ?? (groupSaid ? null : (inherited?.affiliation ?? null)),
    age,
    source: facts.source,
    dateRange: null,
    start: start === m.start && m.quoteStart !== undefined ? m.quoteStart : start,
    end: Math.max(nounEnd, m.end),
    sentence: 0,
    paragraph: seg.paragraph,
    antecedent: inherited ?? null,
    // An armed group's size counts people from everywhere: no origin unless its phrase says one.
    originStated: origin.length > 0 || ofGroup || unknownOrigin,
    local: local && origin === placed ? true : undefined,
    parenthetical: bracketed,
    promoted,
    statusBefore: governing !== null,
    passesStatus: passesStatus ? passesStatus : undefined,
    partOf: byActor
      ? byActor.whole
      : partitive || justBefore(text, seg, m, cp.subsetMarkers, true)
        ? wholeOf(previousInSentence ?? recent)
        : bracketed
          ? previousInSentence!
          : null,
    role,
    groupSaid: groupSaid ? groupSaid : undefined,
    predicated: predicated ? true : undefined,
    placeUnnamed: unnamed ? true : undefined,
    included: !partitive && justBefore(text, seg, m, cp.subsetMarkers, true) ? true : undefined,
    plainPeople:
      noun?.word.generic && !noun.word.citizenship && population === 'people' && !inherited
        ? true
        : undefined,
    // Set later by findClaims; present from the start so that every draft has one shape (below).
    apartFromNationals: undefined,
    newEvent: undefined,
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
  // "по 265 человек из Ливана и Туниса": each of the origins of its phrase.
  if (justBefore(text, seg, m, cp.distributiveBefore) && (base.origin?.length ?? 0) > 1)
    return base.origin!.map((code) => ({ ...base, origin: [code] }));
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

/** Where "N من GROUP" ends ("تسعة من الجماعة المتطرفة", "12 من داعش"), or null: N of an armed group. */
function memberOfGroup(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): number | null {
  const { text, cp } = ctx;
  const to = Math.min(facts.seg.end, m.end + 40);
  const of = cp.prepositions
    .scanRange(text, m.end, to)
    .find((p) => p.value === 'from' && blankBetween(text, m.end, p.start));
  if (!of) return null;
  const group =
    facts.groups.find((g) => g.start >= of.end && blankBetween(text, of.end, g.start)) ??
    cp.groupNouns.scanRange(text, of.end, to).find((g) => blankBetween(text, of.end, g.start));
  return group ? group.end : null;
}

/**
 * The nationality in "15 روسيًا": the accusative nisba is written like the country's name (روسيا), so
 * the gazetteer reads a country. Right after a number, with a case ending taken off, it is the nisba.
 */
function accusativeNisba(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): PlaceHit | null {
  const { text, cp } = ctx;
  const endings = cp.pack.demonymCaseEndings;
  if (!endings) return null;
  const place = facts.places.find(
    (p) => p.kind === 'name' && p.start >= m.end && blankBetween(text, m.end, p.start),
  );
  if (!place) return null;
  const word = text.slice(place.start, place.end);
  for (const ending of endings) {
    if (!word.endsWith(ending)) continue;
    const nisba = cp.places.get(word.slice(0, -ending.length));
    if (nisba?.kind === 'demonym' && nisba.code === place.code)
      return placeHit(place.start, place.end, place.code, 'demonym', place.prep);
  }
  return null;
}

/**
 * "قضى الجيش على إرهابيين اثنين", "أصيب شخصان اثنان": "two" in a word after an indefinite plural or dual
 * noun that no number counts is that noun's count; not before a partitive ("مسلحين اثنين منهم"). So a
 * unit from three to ten that agrees after its plural ("أصيب أطفال ثلاثة بجروح"), where its clause goes
 * on past it with a preposition, a status word or punctuation, not with a noun of its own ("نساء ثلاث
 * سنوات").
 */
function indefiniteTwo(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
): LexiconMatch<PopulationWord> | null {
  const { text, cp } = ctx;
  if (!m.spelled || m.min === null || m.min !== m.max || m.min < 2 || m.min > 10 || m.start !== m.numStart)
    return null;
  if (m.min > 2 && !clauseGoesOn(ctx, facts, m.end)) return null;
  // "مواطنين فرنسيين اثنين": a nationality between them is the noun's adjective.
  const before = demonymsBefore(text, facts, m.start);
  const head = facts.population.filter((p) => p.end <= before).pop();
  if (!head || head.value.deferred || head.value.anaphoric || !blankBetween(text, head.end, before))
    return null;
  if (facts.numbers.some((n) => n !== m && n.end <= head.start && blankBetween(text, n.end, head.start)))
    return null;
  if (
    cp.partitives
      .scanRange(text, m.end, Math.min(facts.seg.end, m.end + 12))
      .some((p) => blankBetween(text, m.end, p.start))
  )
    return null;
  return head;
}

/**
 * The nationality used as a noun that a numeral follows, in a pack whose numerals follow their noun (the
 * pack's definite marker): the spelled two, "على فرنسيين اثنين" (two Frenchmen), whose noun reads as a
 * dual or a plural alike; a definite numeral after a definite nationality, "الأردنيين الستة", "التونسيين
 * الـ12" (the six Jordanians). Not after a people noun (indefiniteTwo and postposedHead count that), nor
 * after a preposition.
 */
function nationalityBeforeNumeral(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
): PlaceHit | null {
  const { text, cp } = ctx;
  if (!cp.definite || m.min === null || m.min !== m.max) return null;
  const lead = m.spelled
    ? undefined
    : trailingWord(text.slice(Math.max(facts.seg.start, m.numStart - 8), m.numStart));
  const article = lead !== undefined && cp.definite.exec(lead)?.[0].length === lead.length;
  const definite = article || definiteNumeral(cp, text, m);
  if (!definite && (!m.spelled || m.min !== 2 || m.start !== m.numStart)) return null;
  const before = article ? text.lastIndexOf(lead, m.numStart) : m.start;
  const p = facts.places.findLast((q) => q.end <= before);
  if (!p || p.kind !== 'demonym' || p.prep !== null || !blankBetween(text, p.end, before)) return null;
  if (definite && !cp.definite.test(text.slice(p.start, p.end))) return null;
  if (facts.population.some((q) => q.end <= p.start && blankBetween(text, q.end, p.start))) return null;
  return facts.numbers.some((n) => n !== m && n.end <= p.start && blankBetween(text, n.end, p.start))
    ? null
    : p;
}

/** Right after `at`: punctuation, the end, a preposition or a status word (no noun the number counts). */
function clauseGoesOn(ctx: ClaimContext, facts: SentenceFacts, at: number): boolean {
  const { text, cp } = ctx;
  if (/^\s*(?:[.;:!?,،؟]|$)/u.test(text.slice(at, at + 3))) return true;
  const hi = Math.min(facts.seg.end, at + 12);
  // A preposition glued to the next word ("بجروح", with wounds), that word no people's noun.
  if (
    cp.pack.script === 'arabic' &&
    /^\s+ب\p{L}{3}/u.test(text.slice(at, hi)) &&
    !facts.population.some((p) => p.start >= at && p.start < hi)
  )
    return true;
  return (
    cp.prepositions.scanRange(text, at, hi).some((q) => blankBetween(text, at, q.start)) ||
    facts.status.some((s) => s.start >= at && s.start < hi && blankBetween(text, at, s.start)) ||
    // A copula that opens a clause on them: "أطفال ثلاثة كانوا محتجزين", "نساء أربع كن في المخيم".
    cp.copulas.scanRange(text, at, hi).some((q) => blankBetween(text, at, q.start))
  );
}

/**
 * Whether a spelled number bears the article ("السبع", "العشرون"). The article is what stands before the
 * number word, not letters of the word itself: the folded "ألفين" (two thousand) opens with "ال" too.
 */
function definiteNumeral(cp: CompiledPack, text: string, m: NumberMention): boolean {
  if (!m.spelled || !cp.definite) return false;
  const w = cp.numberWords.scanRange(text, m.numStart, m.numEnd)[0];
  if (!w) return false;
  const lead = text.slice(w.start, w.end - w.pattern.length);
  return lead.length > 0 && cp.definite.exec(lead)?.[0].length === lead.length;
}

/** Where the definite nationality adjectives written right before `at` begin ("الأطفال [الأوزبك] العشرة"). */
function demonymsBefore(text: string, facts: SentenceFacts, at: number): number {
  for (let i = facts.places.length - 1; i >= 0; i--) {
    const q = facts.places[i]!;
    if (q.end > at) continue;
    if (q.kind !== 'demonym' || q.prep !== null || !blankBetween(text, q.end, at)) break;
    at = q.start;
  }
  return at;
}

/**
 * The definite noun a definite numeral follows ("النساء السبع", "المقاتلون الثلاثة"): the numeral is
 * post-posed. Only for packs that mark definite words.
 */
function postposedHead(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
): LexiconMatch<PopulationWord> | null {
  const { text, cp } = ctx;
  if (!cp.definite) return null;
  // Digits take the article apart or glued: "الأطفال الـ30", "الأطفال الـ 30".
  const lead = m.spelled
    ? undefined
    : trailingWord(text.slice(Math.max(facts.seg.start, m.numStart - 8), m.numStart));
  const article = lead !== undefined && cp.definite.exec(lead)?.[0].length === lead.length;
  if (!article && !definiteNumeral(cp, text, m)) return indefiniteTwo(ctx, facts, m);
  const before = article ? text.lastIndexOf(lead, m.numStart) : m.start;
  // A nationality adjective between them agrees with a noun that has the article: "الأطفال الأوزبك العشرة".
  const adjectives = demonymsBefore(text, facts, before);
  if (adjectives < before) {
    const noun = facts.population.filter((p) => p.end <= adjectives).pop();
    if (
      noun &&
      !noun.value.deferred &&
      blankBetween(text, noun.end, adjectives) &&
      cp.definite.test(text.slice(noun.start, noun.end))
    )
      return noun;
  }
  const head = facts.population.filter((p) => p.end <= before).pop();
  if (!head || head.value.deferred || !blankBetween(text, head.end, before)) return null;
  const word = text.slice(head.start, head.end);
  return cp.definite.test(word) || possessedStem(cp, word, head.pattern) ? head : null;
}

/**
 * The country whose share of a total a count is, named (or its people) right before it (the pack's
 * countryShareGap): "تونس وحدها بنحو 5 آلاف منهم", "يليها المغرب بـ1600", "المصريون وحدهم 700". A
 * country after a preposition is a place, not a share.
 */
function countryShare(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): PlaceHit | null {
  const gap = ctx.cp.countryShareGap;
  if (!gap) return null;
  const { text } = ctx;
  let p: PlaceHit | undefined;
  for (const q of facts.places) if (q.end <= m.start) p = q;
  if (!p || (p.kind !== 'name' && p.kind !== 'demonym')) return null;
  // "came from Tunisia (800), Morocco (300)": a count alone in brackets right after a country is its
  // share, whatever the preposition before the country.
  if (p.prep !== null && !(/^\s*\($/u.test(text.slice(p.end, m.start)) && text[m.end] === ')')) return null;
  return gap.test(text.slice(p.end, m.start)) ? p : null;
}

/**
 * "347 said they had joined", "40 told researchers that they were recruited": the people counted say it of
 * themselves, so what their own pronoun did is theirs. Where that pronoun ends, when a verb of saying (and
 * its addressee, and "that") right at `at` leads to it; else `at`.
 */
function selfReport(ctx: ClaimContext, at: number, windowEnd: number): number {
  const { text, cp } = ctx;
  const end = Math.min(windowEnd, at + 40);
  const verb = cp.attributionVerbs.scanRange(text, at, end)[0];
  if (!verb || !blankBetween(text, at, verb.start)) return at;
  const pronoun = cp.subjectPronouns.scanRange(text, verb.end, end)[0];
  if (!pronoun || PUNCT_STOP.test(text.slice(verb.end, pronoun.start))) return at;
  // Past the verb: its addressee ("told researchers"), "that", nothing else (at most three words).
  const gap = text.slice(verb.end, pronoun.start).trim();
  if (gap.split(/\s+/u).length > 3 || /\p{N}/u.test(gap)) return at;
  return pronoun.end;
}

/**
 * Whether another quantity (a number, or a share: "half", "a third", "most") opens right at `at`: a bound
 * before it is its own ("21 girls were freed and at least half were pregnant"), no bound after the count.
 */
function quantityAfter(ctx: ClaimContext, facts: SentenceFacts, at: number): boolean {
  const { text, cp } = ctx;
  const end = Math.min(facts.seg.end, at + 16);
  if (facts.numbers.some((n) => n.start >= at && n.start < end && blankBetween(text, at, n.start)))
    return true;
  const share = cp.quantifiers.firstIn(text, at, end);
  return share !== undefined && blankBetween(text, at, share.start);
}

/**
 * Whether the text's last word is a word the pack knows whole, a status ("40 women returned") or a word
 * of people, a place or a group: a headline without a full stop ends with it; it is not cut off.
 */
function wholeLastWord(ctx: ClaimContext, facts: SentenceFacts): boolean {
  const end = ctx.text.length;
  const ends = (h: { end: number }) => h.end === end;
  return (
    facts.status.some(ends) ||
    facts.population.some(ends) ||
    facts.places.some(ends) ||
    facts.groups.some(ends) ||
    ctx.cp.bareCountVerbs.scanRange(ctx.text, Math.max(0, end - 16), end).some(ends)
  );
}

/**
 * The noun that closes a list of people nouns after `at` (the end of its second noun), past a conjunction
 * and at most one word more: "women, children and elderly people". None when no conjunction closes it.
 */
function listClosingNoun(
  ctx: ClaimContext,
  facts: SentenceFacts,
  at: number,
): LexiconMatch<PopulationWord> | undefined {
  const { text, cp } = ctx;
  const last = facts.population.find((p) => p.start > at && p.start - at < 24);
  if (!last) return undefined;
  const words = text.slice(at, last.start).trim().split(/\s+/u);
  return words.length <= 2 && words[0] !== ',' && cp.conjunctions.get(words[0]!) !== undefined
    ? last
    : undefined;
}

/** Where a word of strength right after the count ends ("300-strong", "400 strong"), else null. */
function strengthAfter(ctx: ClaimContext, m: NumberMention): number | null {
  const { text, cp } = ctx;
  if (!cp.strengthWords.size || !/^[\s-]/u.test(text[m.end] ?? '')) return null;
  const word = cp.strengthWords.firstIn(text, m.end + 1, Math.min(text.length, m.end + 12));
  return word && word.start === m.end + 1 ? word.end : null;
}

/**
 * Where the aside that opens right after a counted phrase ends, when it is a part set off by commas (", including
 * 300 Uzbeks,", ", among them hundreds of Central Asians,") and the count at `windowEnd` is its: the closing
 * comma and the end of the clause after it (the next count or the sentence's end). Else null.
 */
function partAsideClose(
  ctx: ClaimContext,
  facts: SentenceFacts,
  nounEnd: number,
  windowEnd: number,
): [number, number] | null {
  const { text, cp } = ctx;
  const open = /^\s*,\s*/u.exec(text.slice(nounEnd, windowEnd));
  if (!open || windowEnd >= facts.seg.end) return null;
  const marker = cp.subsetMarkers.firstIn(text, nounEnd + open[0].length, windowEnd);
  if (!marker || marker.start !== nounEnd + open[0].length || !blankBetween(text, marker.end, windowEnd))
    return null;
  const close = text.indexOf(',', windowEnd);
  if (close < 0 || close >= facts.seg.end || /[;:()]/u.test(text.slice(windowEnd, close))) return null;
  const next = facts.numbers.find((n) => n.start > close);
  return [close, next ? next.start : facts.seg.end];
}

/** Where a bound right after a number ends ("40-odd", "40 or so", "200 at least"), else `at`. */
function pastBoundAfter(ctx: ClaimContext, at: number): number {
  const { text, cp } = ctx;
  const from = at + (/^\s*-/u.exec(text.slice(at, at + 4))?.[0].length ?? 0);
  const bound = cp.boundsAfter.firstIn(text, from, Math.min(text.length, from + 16));
  return bound && blankBetween(text, from, bound.start) ? bound.end : at;
}

/**
 * Whether only a bound after the number stands before the word at `to`, glued by a hyphen or apart:
 * "2,000-odd Tajiks", "40 or so Uzbeks".
 */
function boundBetween(ctx: ClaimContext, from: number, to: number): boolean {
  const { text, cp } = ctx;
  const gap = text.slice(from, to);
  if (!/^[-\s]/u.test(gap) || gap.length > 16) return false;
  const at = from + (/^\s*-/u.exec(gap)?.[0].length ?? 0);
  const bound = cp.boundsAfter.firstIn(text, at, to);
  return !!bound && blankBetween(text, at, bound.start) && blankBetween(text, bound.end, to);
}

/**
 * A count's country of origin right after it, or after its noun: "651 from Tunisia", "40 fighters from
 * Chad".
 */
function fromCountryAfter(ctx: ClaimContext, facts: SentenceFacts, n: NumberMention): PlaceHit | undefined {
  const { cp } = ctx;
  return facts.places.find(
    (p) =>
      p.prep === 'from' &&
      p.kind === 'name' &&
      p.start > n.end &&
      p.start - n.end < 32 &&
      onlyGlue(ctx, n.end, p.start, [cp.prepositions, cp.placeLinks, cp.population]),
  );
}

/** Whether a from-place before the count `m` is the country of origin of an earlier count ("40 from Chad"). */
function fromOfEarlierCount(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention, p: PlaceHit): boolean {
  return facts.numbers.some((n) => n !== m && n.end <= p.start && fromCountryAfter(ctx, facts, n) === p);
}

/**
 * "651 from Tunisia and 318 from Morocco", "12 from Belgium, 5 from France": a count whose country of
 * origin follows it, coordinated (a comma or a conjunction) with another count of the same make.
 * Counts sorted by the countries they come from are people, even with no noun before the list.
 */
function fromCountryList(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention, from: PlaceHit): boolean {
  const { text, cp } = ctx;
  if (from.kind !== 'name' || fromCountryAfter(ctx, facts, m) !== from) return false;
  const joined = (a: number, b: number): boolean => {
    const gap = text.slice(a, b).replace(/[,،]/gu, ' ').trim();
    return b >= a && b - a < 12 && (gap === '' || cp.conjunctions.get(gap) !== undefined);
  };
  return facts.numbers.some((n) => {
    if (n === m || n.yearLike) return false;
    const other = fromCountryAfter(ctx, facts, n);
    if (!other) return false;
    return n.start > m.end ? joined(from.end, n.start) : joined(other.end, m.start);
  });
}

/**
 * A colon or a dash between a country and its count in a table set in prose; or only blanks ("France
 * 1,910; Belgium 498", a tab in a table's row), when a semicolon, a comma, a full stop, a tab or the line's
 * end closes the row.
 */
const TABLE_GAP = /^\s*[:—–-]\s*$/u;
const BARE_TABLE_GAP = /^[ \t]+$/u;
const ROW_END = /^[ \t]*(?:[;,.\n\t]|$)/u;

/** The country a count follows as a row of a table: "France: 1,910", "Бельгии — 498". */
function rowCountry(text: string, facts: SentenceFacts, n: NumberMention): PlaceHit | null {
  let p: PlaceHit | undefined;
  for (const q of facts.places) if (q.end <= n.start) p = q;
  if (!p || (p.kind !== 'name' && p.kind !== 'demonym')) return null;
  if (p.prep !== null && p.prep !== 'from') return null;
  const gap = text.slice(p.end, n.start);
  if (TABLE_GAP.test(gap)) return p;
  return p.prep === null && BARE_TABLE_GAP.test(gap) && ROW_END.test(text.slice(n.end, n.end + 3)) ? p : null;
}

/**
 * "France: 1,910; Belgium: 498", "Франция — 1910, Бельгия — 498": a count after a country and a colon
 * or a dash is that country's row of a table when another count of the sentence is one too. A row's
 * count may look like a year ("Франции — 1910") when another row's does not.
 */
function tableRow(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): PlaceHit | null {
  const p = rowCountry(ctx.text, facts, m);
  if (!p) return null;
  for (const n of facts.numbers)
    if (n !== m && !(m.yearLike && n.yearLike) && rowCountry(ctx.text, facts, n)) return p;
  return null;
}

/** The people a table's rows count: the last person noun of the sentence before the row. */
function nounBeforeRows(facts: SentenceFacts, at: number): LexiconMatch<PopulationWord> | null {
  let noun: LexiconMatch<PopulationWord> | null = null;
  for (const p of facts.population) if (p.end <= at && !p.value.deferred) noun = p;
  return noun;
}

/**
 * "Women repatriated from the camps: Germany: 26; France: 17": the status word said of the noun that
 * heads a table, right after it and before any count, is what befell every row's people; a place word
 * later in the heading ("the camps") is where they were.
 */
function headingStatus(facts: SentenceFacts, noun: LexiconMatch<PopulationWord>, row: number): Status | null {
  const st = facts.status.find((s) => s.start >= noun.end && s.end <= row);
  if (!st || facts.numbers.some((n) => n.start >= noun.end && n.end <= st.start)) return null;
  return st.value;
}

/**
 * "1,213 children (boys: 1,011; girls: 202)": inside brackets, a noun of people and a colon right
 * before a count label it; the noun is what it counts.
 */
function labelInBrackets(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): boolean {
  const { text } = ctx;
  const label = facts.population.findLast((p) => p.end <= m.start);
  if (!label || label.value.deferred || !/^\s*:\s*$/u.test(text.slice(label.end, m.start))) return false;
  return /\([^()]*$/u.test(text.slice(Math.max(facts.seg.start, label.start - 40), label.start));
}

/**
 * "Tunisia (800), Morocco (300)", "из Туниса (800)": the country a count alone in brackets follows is
 * where those counted come from; not a place they are in ("held in Syria (300)").
 */
const LAST_WORD = /\S+\s+$/u;

function bracketCountry(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): string | null {
  const { text } = ctx;
  if (text[m.start - 1] !== '(' && text[m.start - 2] !== '(') return null;
  if (!/^\s*\)/u.test(text.slice(m.end, m.end + 3))) return null;
  let p: PlaceHit | undefined;
  for (const q of facts.places) if (q.end <= m.start) p = q;
  if (!p || (p.kind !== 'name' && p.kind !== 'demonym') || p.prep === 'in' || p.prep === 'to') return null;
  if (!/^\s*\(\s*$/u.test(text.slice(p.end, m.start))) return null;
  // "والجيش الوطني الصومالي (98)": a nationality after another definite noun is that noun's, the actor's;
  // "المغاربة (300)", "المقاتلين المغاربة (300)", "يليهم السوريون (16,710)" are the people.
  const before = LAST_WORD.exec(text.slice(Math.max(facts.seg.start, p.start - 30), p.start));
  const word = before?.[0].trim();
  if (
    p.kind === 'demonym' &&
    word !== undefined &&
    ctx.cp.definite?.test(word) &&
    actorNounBefore(ctx, p.start - before![0].length, p.start)
  )
    return null;
  return p.code;
}

/**
 * Whether a quantifier of a part ("most of them", "غالبيتهم", "большинство из них") stands between the
 * counted phrase and a later from-place: the place is said of the part, not of the whole.
 */
function mostOfThem(ctx: ClaimContext, from: number, to: number): boolean {
  if (to <= from) return false;
  return ctx.cp.quantifiers.scanRange(ctx.text, from, to).some((q) => q.value === 'part');
}

/**
 * The population of a part after its copula's predicate: what the predicate says it is ("90 are women"),
 * but "84 منهم من الذكور" (12 of them are male) keeps children children, and a predicate that says only
 * "people" leaves a narrower noun ("98 of them are still captives" are the schoolgirls counted before).
 */
function predicatedPopulation<P extends string | null | undefined>(
  current: P,
  predicate: Population | null | undefined,
): P | Population {
  if (!predicate) return current;
  if (current === 'children' && bySex(predicate)) return current;
  if (predicate === 'people' && current && current !== 'people') return current;
  return predicate;
}

/** Men or women: said of a part of children, their sex ("84 of them male"), not their age. */
function bySex(population: Population | null): boolean {
  return population === 'men' || population === 'women';
}

/**
 * A year word before a number that cannot be a year (neither a Gregorian nor a Hijri year) does not
 * make it one: "منذ مطلع العام مئتين وسبعة عشر عنصرا" (since the start of the year, 217 members).
 */
function notAYear(cp: CompiledPack, lead: string, m: NumberMention, text: string): boolean {
  if (!cp.yearWordsBefore?.test(lead)) return false;
  // "des 1 500 rapatriés", "of the 1,500": digits grouped in thousands write no year.
  if (GROUPED_DIGITS.test(text.slice(m.numStart, m.numEnd))) return true;
  return m.min !== null && (m.min < 1000 || m.min > 2100);
}

const GROUPED_DIGITS = /\d[\s\u00a0\u202f,.']\d{3}/u;

/**
 * "نحو 2000 طاجيكي يقاتلون": where a nationality follows a number as its noun (Arabic), one right after
 * a number that looks like a year is its counted noun, since a year takes no nisba; unless a year word
 * stands before it (عام 2000: the pack's yearWordsBefore).
 */
function yearLikeNisbaCount(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  nounEnd: number,
): boolean {
  const yearWords = ctx.cp.yearWordsBefore;
  if (!yearWords) return false;
  const { text } = ctx;
  if (yearWords.test(text.slice(Math.max(facts.seg.start, m.numStart - 10), m.numStart))) return false;
  if (
    facts.places.some(
      (p) =>
        p.kind === 'demonym' && p.end === nounEnd && p.start >= m.end && blankBetween(text, m.end, p.start),
    )
  )
    return true;
  // "فقدت الجماعة 2000 من مقاتليها" (2000 of its fighters): a part taken "of" people, right after the
  // number, with no time word before it, is a count.
  const of = FROM_PERSON.exec(text.slice(m.end, Math.min(facts.seg.end, m.end + 8)));
  return of !== null && facts.population.some((p) => p.start === m.end + of[0].length && p.end === nounEnd);
}

/**
 * "Около 2000 тунисских джихадистов", "about 2000 Tunisians", "plus de 2000 jeunes Tunisiens": no year is
 * hedged, so a hedged number that looks like a year is a count when its noun of people follows, with only
 * nationality words and modifiers between, or when a nationality noun right after it is what it counts.
 * An upper bound stays out ("до 2015 года", "up to 2019": until then).
 */
function hedgedYearLikeCount(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  nounStart: number | null,
  nounEnd: number,
): boolean {
  if (m.qualifier !== 'approx' && m.qualifier !== 'more_than' && m.qualifier !== 'at_least') return false;
  const { text, cp } = ctx;
  // "since around 2015", "depuis environ 2015": a hedged year after a word that takes a date.
  const before = trailingWord(text.slice(Math.max(facts.seg.start, m.start - 16), m.start));
  if (before && cp.nonCountBefore.get(before.toLowerCase())) return false;
  if (nounStart !== null)
    return nounStart - m.end <= 40 && onlyGlue(ctx, m.end, nounStart, [cp.places, cp.modifiers]);
  // The nationality noun counted, right after the number or past modifiers ("jeunes Tunisiens").
  return facts.places.some(
    (p) =>
      p.kind === 'demonym' &&
      p.end === nounEnd &&
      p.start >= m.end &&
      (blankBetween(text, m.end, p.start) ||
        (p.start - m.end <= 24 && onlyGlue(ctx, m.end, p.start, [cp.modifiers]))),
  );
}

/** "من" and the space after it, right after a number (the partitive of a noun of people). */
const FROM_PERSON = /^\s+[وف]?من\s+/u;

/**
 * "عدد الأطفال المجندين بلغ 2000", "وقدر عدد الأطفال بنحو 2000": a year-like number that a "number of"
 * frame reaches (the pack's frameValueBefore, or a bound in its phrase) is the frame's count.
 */
function yearLikeFrameValue(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): boolean {
  const reach = ctx.cp.frameValueBefore;
  const frame = reach && frameBefore(ctx, facts, m, 110);
  if (!frame) return false;
  // "ارتفع عدد العائدين من 2015 إلى 2019": after another year, a year again.
  if (facts.numbers.some((n) => n.yearLike && n.start >= frame.end && n.end <= m.start)) return false;
  const { text, cp } = ctx;
  const lead = text.slice(Math.max(facts.seg.start, m.start - 12), m.start);
  if (m.start < m.numStart || reach.test(lead)) return true;
  // The verb opens the frame ("وبلغ عدد الأطفال 2000"): the number ends it, unless a time word takes it.
  const verb = FIRST_WORD.exec(text.slice(frame.start, frame.end));
  return (
    verb !== null &&
    verb[0].length < frame.end - frame.start &&
    reach.test(` ${verb[0]} `) &&
    !cp.yearWordsBefore?.test(lead) &&
    !cp.monthPeriod?.test(lead)
  );
}

const FIRST_WORD = /^\S+/u;

/** A noun made definite by a pronoun suffix on its stem: "أطفالهن الـ7" (their seven children). */
function possessedStem(cp: CompiledPack, word: string, pattern: string): boolean {
  const at = word.indexOf(pattern);
  const suffix = cp.definiteSuffix?.exec(word);
  return at >= 0 && suffix != null && word.length - at - pattern.length === suffix[0].length;
}

/** A counted noun after "all of them" / "جميعهم" / "все они", right after a counted phrase. */
function appositionNoun(
  ctx: ClaimContext,
  facts: SentenceFacts,
  nounEnd: number,
  windowEnd: number,
): LexiconMatch<PopulationWord> | null {
  const { text, cp } = ctx;
  const quantifier = cp.quantifiers
    .scanRange(text, nounEnd, Math.min(windowEnd, nounEnd + 60))
    .find(
      (q) =>
        q.value === 'all' && /^[\s,،\p{L}-]*$/u.test(text.slice(nounEnd, q.start)) && q.start - nounEnd < 40,
    );
  if (!quantifier) return null;
  return (
    facts.population.find(
      (p) => p.start >= quantifier.end && QUANTIFIER_GAP.test(text.slice(quantifier.end, p.start)),
    ) ?? null
  );
}

/**
 * The people "N منهم" takes part of when a definite noun names them after the last count: "80 returned;
 * the returnees are watched, and 12 of them were convicted" counts returnees. Only for packs that mark
 * definite nouns (Arabic ال).
 */
function definiteAntecedent(
  ctx: ClaimContext,
  facts: SentenceFacts,
  from: number,
  to: number,
): PopulationWord | null {
  const { text, cp } = ctx;
  if (!cp.definite || to <= from) return null;
  const source = facts.source;
  const named = cp.population
    .scanRange(text, from, to, ctx.original, ctx.toOriginal)
    .filter(
      (p) =>
        // "وقال وزير حقوق الإنسان إن ألفين منهم": a word of the speaker's name is not who is counted.
        !(source && p.start >= source[0] && p.end <= source[1]) &&
        !p.value.deferred &&
        !p.value.anaphoric &&
        !p.value.dual &&
        cp.definite!.test(text.slice(p.start, p.end)),
    )
    .pop();
  return named?.value ?? null;
}

/**
 * Dual nouns (طفلان، امرأتين) as numbers of two: a mention of no width just before the noun, which
 * then reads as its counted noun. A dual right after another number is that number's noun.
 */
function dualMentions(
  ctx: ClaimContext,
  population: LexiconMatch<PopulationWord>[],
  counted: NumberMention[],
): NumberMention[] {
  const { text } = ctx;
  const out: NumberMention[] = [];
  let last: LexiconMatch<PopulationWord> | undefined;
  for (const p of population) {
    if (!p.value.dual && !vocalisedDual(ctx, p)) continue;
    // "طفلتان مغربيتان", "الطفلتان المغربيتان" (two Moroccan girls): a dual right after a dual, with no
    // clitic glued to it but the article the first one bears too, agrees with it as its adjective
    // ("امرأتان وطفلان" are two counts).
    const adjective =
      last !== undefined &&
      last.end <= p.start &&
      blankBetween(text, last.end, p.start) &&
      (gluedBefore(text, p) === '' ||
        (gluedBefore(text, p) === gluedBefore(text, last) && !!ctx.cp.definite?.test(gluedBefore(text, p))));
    last = p;
    if (adjective) continue;
    if (counted.some((n) => n.start <= p.start && (p.start < n.end || blankBetween(text, n.end, p.start))))
      continue;
    // "وامرأتان": the clitics glued to the dual (and, to) are not part of its quote.
    const core = /[\s*]/.test(p.pattern) ? p.start : Math.max(p.start, p.end - p.pattern.length);
    out.push({
      start: p.start,
      end: p.start,
      numStart: p.start,
      numEnd: p.end,
      min: 2,
      max: 2,
      qualifier: 'exact',
      yearLike: false,
      spelled: true,
      // In the order of findNumbers' mentions, so that all have one shape.
      quoteStart: core > p.start ? core : undefined,
      nounBefore: undefined,
    });
  }
  return out;
}

/** The clitics glued before a lexicon word's own letters ("وال" of "والطفلان"); '' for a pattern with gaps. */
function gluedBefore(text: string, p: LexiconMatch<unknown>): string {
  return /[\s*]/.test(p.pattern) ? '' : text.slice(p.start, Math.max(p.start, p.end - p.pattern.length));
}

/**
 * A plural people noun whose written vowels make it a dual (the pack's vocalisedDual): "مسلحَين" (two
 * gunmen), which folding would leave as the plural "مسلحين".
 */
function vocalisedDual(ctx: ClaimContext, p: LexiconMatch<PopulationWord>): boolean {
  const { cp, original, toOriginal } = ctx;
  if (!cp.vocalisedDual || p.value.anaphoric) return false;
  const end = toOriginal[p.end - 1]! + 1;
  return cp.vocalisedDual.test(original.slice(Math.max(toOriginal[p.start]!, end - 12), end));
}

/**
 * A people noun that is a verb in the same letters (the pack's verbBeforeCount), right before a count: the
 * verb, no noun ("وأسر ثلاثة آخرون", and captured three others; not أسر, families).
 */
function verbBeforeCount(
  ctx: ClaimContext,
  p: LexiconMatch<PopulationWord>,
  numbers: readonly NumberMention[],
): boolean {
  const { text, cp } = ctx;
  if (!cp.verbBeforeCount.size) return false;
  const verb = cp.verbBeforeCount.firstIn(text, p.start, p.end);
  if (!verb || verb.start !== p.start || verb.end !== p.end) return false;
  return numbers.some((n) => n.start >= p.end && n.start - p.end < 4 && blankBetween(text, p.end, n.start));
}

/**
 * "дети числом порядка 45 человек", "women numbering 45 persons": a numbering phrase between a noun
 * and a count of a generic noun ("человек", "persons") counts the noun before it.
 */
function numberedGeneric(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  word: PopulationWord | undefined,
): boolean {
  return word?.generic === true && justBefore(ctx.text, facts.seg, m, ctx.cp.numbering);
}

/** "40 граждан из каждого миллиона", "12 fighters per million": a ratio after the counted phrase. */
function ratioAfter(ctx: ClaimContext, facts: SentenceFacts, nounEnd: number, windowEnd: number): boolean {
  const { text, cp } = ctx;
  // Not bounded by the next number: "на миллион" is one.
  const end = Math.min(facts.seg.end, Math.max(windowEnd, nounEnd + 40));
  return cp.ratioAfter
    .scanRange(text, nounEnd, end)
    .some((r) => !PUNCT_STOP.test(text.slice(nounEnd, r.start)) && r.start - nounEnd < 30);
}

/**
 * "a city of 22 million", "с населением около 22 миллионов", "المدينة التي يبلغ عدد سكانها مليون نسمة":
 * the population of a town, a region or a country counts no one the report is about (GUIDELINES.md:
 * no link to a conflict): people at large, not fighters, children or women. The pack's placePopulation
 * words stand right before the number (justBefore) or earlier in its clause (inClause). A camp's or a prison's population is a count of people held
 * there (GUIDELINES.md `present`): a holding place said in the frame, between it and the number, or
 * just before it ("عدد سكان المخيم", "the camp, with a population of") keeps the count.
 */
function placePopulation(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  windowStart: number,
): boolean {
  const { text, cp } = ctx;
  const { seg } = facts;
  // Inline callbacks, not a named closure: this runs at every number, and a named closure is
  // allocated (and, under tsx, named) at every call.
  const framed =
    cp.placePopulation.justBefore
      .scanRange(text, Math.max(seg.start, m.start - 30), m.start)
      .some((f) => blankBetween(text, f.end, m.start) && !heldPlaceBefore(ctx, seg, f, m)) ||
    cp.placePopulation.inClause
      .scanRange(text, Math.max(windowStart, seg.start, m.start - 60), m.start)
      .some((f) => !PUNCT_STOP.test(text.slice(f.end, m.start)) && !heldPlaceBefore(ctx, seg, f, m));
  // "home to some 200 Chechen fighters": people narrower than a place's inhabitants are counted.
  return framed && (nounAfter(ctx, facts, m)?.word.population ?? 'people') === 'people';
}

/** How far before a population frame the place it describes may be named: a few words. */
const PLACE_BEFORE_FRAME = 24;

/** A camp or a prison named just before a population frame, or between it and its number. */
function heldPlaceBefore(
  ctx: ClaimContext,
  seg: Segment,
  frame: LexiconMatch<true>,
  m: NumberMention,
): boolean {
  return ctx.cp.holdingPlaces.anyIn(ctx.text, Math.max(seg.start, frame.start - PLACE_BEFORE_FRAME), m.start);
}

/**
 * "يحتاج كل عائد إلى 40 ضابطا" (each returnee needs 40 officers): "each" and one person earlier in the
 * number's clause make the number so many per person, a ratio (GUIDELINES.md, Hard cases).
 */
function perPerson(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): boolean {
  const { text } = ctx;
  return (
    ctx.cp.ratioBefore
      .scanRange(text, Math.max(facts.seg.start, m.start - 40), m.start)
      .some((r) => !PUNCT_STOP.test(text.slice(r.end, m.start))) ||
    // "بين كل 10 مقاتلين" (among every 10 fighters): the number after "every" is a ratio's base.
    (ctx.cp.ratioEvery.size > 0 && justBefore(text, facts.seg, m, ctx.cp.ratioEvery))
  );
}

/** "на миллион жителей", "per 100,000 inhabitants": the number is the base of a ratio. */
function ratioBase(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): boolean {
  return ctx.cp.ratioAfter
    .scanRange(ctx.text, Math.max(facts.seg.start, m.start - 24), Math.min(facts.seg.end, m.end + 4))
    .some((r) => r.start <= m.start && r.end >= m.numEnd && r.start < m.numStart);
}

/**
 * A count in a list after a comma whose noun is left out: "150 from Khatlon, 280 from Sughd", "150
 * уроженцы Хатлонской, 280 Согдийской областей": a few words of its own, then the end of the clause,
 * with no verb, noun or number of its own.
 */
function gappedListItem(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  previous: DraftClaim,
  windowEnd: number,
): boolean {
  const { text } = ctx;
  if (m.yearLike || m.qualifier === 'vague') return false;
  const between = text.slice(previous.end, m.start);
  if (!/^[\p{L}\s-]{0,30},\s*$/u.test(between)) return false;
  const rest = text.slice(m.end, windowEnd);
  const stop = rest.search(/[.;:!?,)»"]|$/u);
  const words = rest.slice(0, stop).trim().split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 2) return false;
  const end = m.end + stop;
  return (
    !anyWithin(facts.status, m.end, end) &&
    !anyWithin(facts.fighting, m.end, end) &&
    !anyWithin(facts.population, m.end, end)
  );
}

/** A number word that ends its clause, after what it counts: "стрелков … четверо.", "их было трое". */
function postposedNumeral(ctx: ClaimContext, m: NumberMention): boolean {
  const { text, cp } = ctx;
  if (cp.pack.numeralAfterNoun !== true) return false;
  if (m.qualifier !== 'exact' || !/^\s*(?:[.;:!?,—–]|$)/u.test(text.slice(m.end, m.end + 3))) return false;
  if (m.spelled) return true;
  // «Из них детей – 30», «Детей среди них было 30»: digits after a dash or a link of being.
  if (m.yearLike) return false;
  const lead = Math.max(0, m.start - 16);
  // (The text is read with its dashes folded to a hyphen: a spaced one.)
  if (/\p{L}\s+[-—–]\s*$/u.test(text.slice(lead, m.start))) return true;
  return cp.postposedDigitLinks
    .scanRange(text, lead, m.start)
    .some((w) => blankBetween(text, w.end, m.start));
}

/**
 * The people a list after a colon right after the count names, all of them: the first people noun's
 * population (a generic noun's is people) and every place whence the list says they come.
 */
function colonList(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
): { population: Population; origins: string[] } | null {
  const { text } = ctx;
  const colon = /^\s*:/u.exec(text.slice(m.end, m.end + 3));
  if (!colon) return null;
  const from = m.end + colon[0].length;
  const noun = facts.population.find((p) => p.start >= from && !p.value.deferred && !p.value.anaphoric);
  if (!noun || noun.start - from > 24) return null;
  const origins: string[] = [];
  for (const p of facts.places)
    if (p.start >= from && p.prep !== 'in' && p.prep !== 'to' && !origins.includes(p.code))
      origins.push(p.code);
  return { population: noun.value.generic ? 'people' : noun.value.population, origins };
}

/** "detained two more": a word right after the count that adds more of the people counted before. */
function additiveAfter(ctx: ClaimContext, m: NumberMention): boolean {
  const { text, cp } = ctx;
  if (!cp.additivesAfter.size) return false;
  const w = cp.additivesAfter.scanRange(text, m.end, Math.min(text.length, m.end + 8))[0];
  return w !== undefined && blankBetween(text, m.end, w.start);
}

/** Punctuation that ends a clause, the Arabic comma and semicolon too. */
const CLAUSE_MARK = /[.;:!?,—–،؛]/u;

/** Whether the clause of count m (from its clause start to the next clause break after `from`) holds a status word. */
function ownClauseStatus(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  from: number,
  windowStart: number,
  windowEnd: number,
): boolean {
  const { text } = ctx;
  const start = clauseStart(ctx, facts, m, windowStart);
  // "dont 120, selon le ministère, sont morts": the clause goes on past an incise.
  let end = pastIncise(ctx, from, windowEnd);
  while (end < windowEnd && !CLAUSE_MARK.test(text[end]!)) end++;
  return anyWithin(facts.status, start, end);
}

/** Where the clause of a number begins: after the last clause punctuation before it in its window. */
function clauseStart(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention, windowStart: number): number {
  const { text } = ctx;
  let from = m.start;
  while (from > Math.max(windowStart, facts.seg.start) && !CLAUSE_MARK.test(text[from - 1]!)) from--;
  return from;
}

/**
 * « 70 Tchétchènes sont toujours détenues »: a nationality of both genders whose predicate, right after
 * it past auxiliaries and modifiers only, is a participle in the feminine plural counts women.
 */
function womenPredicate(ctx: ClaimContext, facts: SentenceFacts, demonym: PlaceHit): boolean {
  const re = ctx.cp.womenParticiple;
  if (re === null) return false;
  // The end of the nationality's word (a gazetteer name may stop before its plural ending).
  let from = demonym.end;
  while (from < ctx.text.length && isLetterPoint(ctx.text.charCodeAt(from))) from++;
  const st = facts.status.find((s) => s.start >= from && s.start - from < 40);
  if (!st || !linkedBy(ctx, from, st.start)) return false;
  // Read in the original text: folding drops the accent that tells « arrêtés » from « arrêtées ».
  const { original } = ctx;
  const start = ctx.toOriginal[st.start]!;
  let end = start;
  while (end < original.length && /[\p{L}\p{M}]/u.test(original[end]!)) end++;
  return re.test(original.slice(start, end).normalize('NFC').toLowerCase());
}

/** Whether a nationality noun names women by its form: "14 казахстанок", "сирийки". */
function namesWomen(ctx: ClaimContext, demonym: PlaceHit): boolean {
  const re = ctx.cp.womenDemonym;
  if (re === null) return false;
  // The whole word: a gazetteer name may stop before the feminine ending ("Français|es").
  return re.test(ctx.text.slice(demonym.start, wordEnd(ctx.text, demonym.end)));
}

/**
 * A count alone in brackets after a name, in a list breaking down the count before it: "by al-Shabaab
 * (908), the army (209)", "حركة الشباب (908) أو القوات المسلحة (209)". The name runs back to the list's
 * last separator and holds no people of its own ("Syrians (16,710)" is read as their count) and no
 * number; the whole is the last count of the paragraph that is not itself such an item.
 */
function breakdownItem(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  recent: DraftClaim | undefined,
): { whole: DraftClaim; start: number; end: number } | null {
  const { text, cp } = ctx;
  if (m.yearLike || !recent || recent.paragraph !== facts.seg.paragraph) return null;
  const open = /\(\s*$/.exec(text.slice(Math.max(0, m.start - 4), m.start));
  const close = /^\s*\)/.exec(text.slice(m.end, m.end + 4));
  if (!open || !close) return agentItem(ctx, facts, m, recent);
  const bracket = m.start - open[0].length;
  // The name: back to a comma, semicolon, colon, bracket or the count before; not over 10 words.
  let from = bracket;
  while (from > facts.seg.start && !/[,،;:()\d]/u.test(text[from - 1]!)) from--;
  if (from <= recent.end && recent.sentence === facts.index) from = Math.max(from, recent.end);
  let name = text.slice(from, bracket);
  // A list's joiner opens the name: "and the army", "و القوات", "ou les milices".
  const joiner = cp.conjunctions
    .scanRange(text, from, bracket)
    .find((c) => blankBetween(text, from, c.start));
  if (joiner) {
    from = joiner.end;
    name = text.slice(from, bracket);
  }
  const lead = /^\s*/u.exec(name)![0].length;
  from += lead;
  name = name.trim();
  if (!LETTER.test(name) || name.split(/\s+/).length > 10) return null;
  // "the Syrians (16,710)", "Syrian children (500)": people of a nationality counted; a nationality
  // qualifying another noun ("the Somali National Army (112)") names the actor.
  if (
    facts.places.some(
      (p) =>
        p.kind === 'demonym' &&
        p.start >= from &&
        p.end <= bracket &&
        (!LETTER.test(text.slice(p.end, bracket)) || cp.population.anyIn(text, p.end, bracket)) &&
        !actorNounBefore(ctx, from, p.start),
    )
  )
    return null;
  // A list already under way takes names of people as who did it ("armed elements (36)"); a list's
  // first item with people in its name is their count ("the Syrians (16,710)").
  const continued = recent.partOf !== null && recent.antecedent === recent.partOf;
  // Armed men named as who recruited children ("the rebels (700)") are the actor, not the count.
  const people = facts.population.filter((p) => p.start >= from && p.end <= bracket);
  const actors = people.every((p) => p.value.population === 'fighters' && recent.population !== 'fighters');
  if (!continued && !actors) return null;
  const whole = continued ? recent.partOf! : recent;
  return { whole, start: from, end: m.end + close[0].length };
}

/**
 * A count followed by who did it, in a list breaking down the count before it: "174 cases, 169 by
 * ISIS and 3 by Hezbollah", "169 من قبل داعش". The item runs to the end of the agent's name.
 */
function agentItem(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  recent: DraftClaim,
): { whole: DraftClaim; start: number; end: number } | null {
  const { text, cp } = ctx;
  const agent = cp.agentMarkers
    .scanRange(text, m.end, Math.min(facts.seg.end, m.end + 12))
    .find((a) => blankBetween(text, m.end, a.start));
  if (!agent) return null;
  let end = agent.end;
  while (end < facts.seg.end && !/[,،;.()]/u.test(text[end]!)) end++;
  const joiner = cp.conjunctions.scanRange(text, agent.end, end).find((c) => c.start > agent.end);
  if (joiner) end = joiner.start;
  while (end > agent.end && /\s/u.test(text[end - 1]!)) end--;
  if (!LETTER.test(text.slice(agent.end, end))) return null;
  const continued = recent.partOf !== null && recent.antecedent === recent.partOf;
  return { whole: continued ? recent.partOf! : recent, start: m.start, end };
}

/** The count a part belongs to: a part's own whole when it is itself a part ("(783 boys …). Among them"). */
function wholeOf(c: DraftClaim | undefined): DraftClaim | null {
  if (!c) return null;
  return c.partOf && c.parenthetical ? c.partOf : c;
}

/**
 * "512 (380 boys, 132 girls)", "512 [300 men and 212 women]": what a count with no noun counts, when
 * brackets right after it break it down into two or more counts with nouns: their population when they
 * share one, adults for men and women, else people. Null when the brackets hold no such parts.
 */
function partsInBrackets(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): Population | null {
  const { text } = ctx;
  const open = /^\s*[([]/u.exec(text.slice(m.end, m.end + 4));
  if (!open) return null;
  const from = m.end + open[0].length;
  const close = text.slice(from, Math.min(facts.seg.end, from + 120)).search(/[)\]]/u);
  if (close < 0) return null;
  const to = from + close;
  const kinds = new Set<Population>();
  let parts = 0;
  for (const n of facts.numbers) {
    if (n.start < from || n.end > to) continue;
    const noun = nounAfter(ctx, facts, n);
    if (!noun || noun.match.end > to || noun.word.deferred || noun.word.anaphoric) continue;
    kinds.add(noun.word.population);
    parts++;
  }
  if (parts < 2) return null;
  if (kinds.size === 1) return [...kinds][0]!;
  return kinds.size === 2 && kinds.has('men') && kinds.has('women') ? 'adults' : 'people';
}

/** "910 children (783 boys and 127 girls)": a count in brackets right after a counted phrase breaks it down. */
function parenthetical(text: string, m: NumberMention, previous: DraftClaim | undefined): boolean {
  if (!previous) return false;
  const between = text.slice(previous.end, m.start);
  return /^\s*\(\s*$/.test(between) || (/^\s*\([^()]*$/.test(between) && between.length < 40);
}

/**
 * "90 من العائدين الـ150 كانوا أطفالا" (90 of the 150 returnees were children): "from", a definite noun and
 * the numeral after it that counts it make the whole a part is taken of.
 */
function postposedWholeAfter(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
): { end: number; origin: string | null } | null {
  const { text, cp } = ctx;
  const from = cp.prepositions
    .scanRange(text, m.end, Math.min(facts.seg.end, m.end + 8))
    .find((p) => p.value === 'from' && blankBetween(text, m.end, p.start));
  if (!from) return null;
  const noun = facts.population.find((p) => p.start >= from.end && blankBetween(text, from.end, p.start));
  if (!noun) return null;
  const whole = facts.numbers.find((n) => n.start >= noun.end && n.start - noun.end <= 6);
  if (!whole || postposedHead(ctx, facts, whole)?.start !== noun.start) return null;
  return { end: whole.end, origin: null };
}

/** "215 of the returnees", "45 des rapatriés": the whole a count is taken of, named right after it. */
function namedWholeAfter(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
): { end: number; origin: string | null } | null {
  const { text, cp } = ctx;
  const of = cp.partitiveOf
    .scanRange(text, m.end, Math.min(facts.seg.end, m.end + 12))
    .find((p) => blankBetween(text, m.end, p.start));
  if (!of) return cp.definite ? postposedWholeAfter(ctx, facts, m) : null;
  // "30 of the 200 returnees are women": the whole's own count stands before its noun.
  const count = facts.numbers.find((n) => n.start >= of.end && blankBetween(text, of.end, n.start));
  const from = count && count.start - of.end <= 4 ? count.end : of.end;
  const noun = facts.population.find((p) => p.start >= from && p.start - from <= 24);
  // "5 of the abducted children": a participle may stand before the whole's noun.
  if (noun && !noun.value.deferred && onlyGlue(ctx, from, noun.start, [cp.modifiers, cp.status]))
    return { end: noun.end, origin: null };
  const demonym = facts.places.find((p) => p.kind === 'demonym' && p.start >= from && p.start - from <= 24);
  if (!demonym || !onlyGlue(ctx, from, demonym.start, [cp.modifiers])) return null;
  // "of the 200 Norwegian nationals": the nationality is an adjective of the noun after it.
  if (
    noun &&
    !noun.value.deferred &&
    noun.start >= demonym.end &&
    blankBetween(text, demonym.end, noun.start)
  )
    return { end: noun.end, origin: demonym.code };
  return { end: demonym.end, origin: demonym.code };
}

/**
 * "Of the returnees, 214 were children", "Of those repatriated, 97 were women": a sentence that opens
 * with a partitive and a whole without a count of its own, then a comma right before the count, gives the
 * part what the whole's phrase says befell them (a status word or a noun of returnees in it), when the
 * part's own clause says nothing more than where or what they are.
 */
function frontedWholeStatus(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  windowEnd: number,
): Status | null {
  const { text, cp } = ctx;
  const { seg } = facts;
  const comma = /[,،]\s*$/u.exec(text.slice(Math.max(seg.start, m.start - 4), m.start));
  if (!comma) return null;
  const commaAt = m.start - comma[0].length;
  const of = cp.partitiveOf.firstIn(text, seg.start, commaAt);
  if (!of || !/^[\s"'“«]*$/u.test(text.slice(seg.start, of.start))) return null;
  if (/[,،;:()]/u.test(text.slice(of.end, commaAt))) return null;
  if (facts.numbers.some((n) => n.start >= of.end && n.end <= commaAt)) return null;
  if (facts.status.some((st) => st.start >= m.end && st.end <= windowEnd && st.value !== 'present'))
    return null;
  return facts.status.filter((st) => st.start >= of.end && st.end <= commaAt).pop()?.value ?? null;
}

/** "Of the women, 160 …": the people word of a partitive set off by a comma right before the count. */
function frontedPartitive(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
): LexiconMatch<PopulationWord> | null {
  const { text, cp } = ctx;
  const p = facts.population.filter((q) => q.end <= m.start).pop();
  if (!p || p.value.anaphoric || !/^\s*[,،]\s*$/u.test(text.slice(p.end, m.start))) return null;
  const of = cp.partitiveOf.scanRange(text, Math.max(facts.seg.start, p.start - 30), p.start).pop();
  // "Of the abducted children, five …": a participle may stand before the whole's noun.
  return of && onlyGlue(ctx, of.end, p.start, [cp.modifiers, cp.status]) ? p : null;
}

/**
 * The people of a whole named right before a count, after a word for "among" ("بين الأطفال 9",
 * "ومن بين النساء 40"), when it names a narrower noun than people.
 */
function amongWhole(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): PopulationWord | null {
  const { text, cp } = ctx;
  if (!cp.among.size) return null;
  let p = facts.population.filter((q) => q.end <= m.start).pop();
  if (p && blankBetween(text, p.end, m.start)) {
    if (p.value.anaphoric || p.value.generic || p.value.population === 'people') return null;
    const of = cp.among.scanRange(text, Math.max(facts.seg.start, p.start - 12), p.start).pop();
    if (of && blankBetween(text, of.end, p.start)) return p.value;
  }
  // Past the dead or the detained named after the whole («боевиков, погибших в сражении»).
  if (p && p.value.population === 'people' && !p.value.generic)
    p = facts.population.filter((q) => q.end <= p!.start).pop();
  if (!p || p.value.anaphoric || p.value.generic || p.value.population === 'people') return null;
  // "Among the foreign fighters killed in the battle were 651 Tunisians", "Среди иностранных боевиков,
  // погибших в сражении, было 651 тунисцев": the whole's phrase, opening the sentence or its clause,
  // runs on to the count through its own modifiers, no other count nor stop between.
  if (m.start - p.end > AMONG_PHRASE_MAX || AMONG_PHRASE_STOP.test(text.slice(p.end, m.start))) return null;
  if (facts.numbers.some((n) => n.start >= p.end && n.end <= m.start)) return null;
  const of = cp.among.scanRange(text, Math.max(facts.seg.start, p.start - 24), p.start).pop();
  if (!of || !AMONG_LEAD.test(text.slice(of.end, p.start))) return null;
  let from = of.start;
  while (from > facts.seg.start && /\s/u.test(text[from - 1]!)) from--;
  return from === facts.seg.start || /[,،;]/u.test(text[from - 1]!) ? p.value : null;
}

const AMONG_PHRASE_MAX = 64;
const AMONG_PHRASE_STOP = /[.;:!?؟()]/u;
/** Up to three words (an article, adjectives) between an among-word and its whole's noun. */
const AMONG_LEAD = /^\s+(?:[\p{L}'’-]+\s+){0,3}$/u;

/**
 * "17 morts parmi les militaires nigériens", "30 blessés parmi les soldats": a noun of people right
 * after an among-word past a victims' noun, with the nationality glued to it. Not another victims'
 * noun ("parmi les civils") nor a generic one.
 */
function victimsAmong(
  ctx: ClaimContext,
  facts: SentenceFacts,
  nounEnd: number,
  windowEnd: number,
): { population: Population; origin: string | null } | null {
  const { text, cp } = ctx;
  if (!cp.among.size) return null;
  const among = cp.among.scanRange(text, nounEnd, Math.min(windowEnd, nounEnd + 12))[0];
  if (!among || !blankBetween(text, nounEnd, among.start)) return null;
  const whole = facts.population.find((p) => p.start >= among.end && p.start - among.end <= 8);
  if (!whole || !ONE_WORD_GAP.test(text.slice(among.end, whole.start))) return null;
  if (whole.value.role === 'victim' || whole.value.generic || whole.value.anaphoric) return null;
  if (whole.value.population === 'people') return null;
  const demonym = facts.places.find(
    (p) => p.kind === 'demonym' && p.start >= whole.end && blankBetween(text, whole.end, p.start),
  );
  return { population: whole.value.population, origin: demonym?.code ?? null };
}

/**
 * "Half of the 9,000 detainees", "40 percent of the 62,000 residents", "a third of the 1,500": the count
 * is the whole a share (a part quantifier, or a number with a unit that counts no one) is taken of.
 */
function shareBefore(ctx: ClaimContext, facts: SentenceFacts, m: { start: number }): boolean {
  const { text, cp } = ctx;
  const from = Math.max(facts.seg.start, m.start - 30);
  const of = cp.partitiveOf.scanRange(text, from, m.start).find((o) => blankBetween(text, o.end, m.start));
  if (!of) return false;
  const part = cp.quantifiers.scanRange(text, from, of.start).pop();
  if (part?.value === 'part' && blankBetween(text, part.end, of.start)) return true;
  // "70% of the 10,000 detainees": a percent sign glued to its number.
  if (/\d\s*%\s*$/u.test(text.slice(from, of.start))) return true;
  const unit = cp.nonCountUnits.scanRange(text, from, of.start).pop();
  return (
    unit !== undefined &&
    blankBetween(text, unit.end, of.start) &&
    facts.numbers.some((n) => n.end <= unit.start && blankBetween(text, n.end, unit.start))
  );
}

/**
 * Where the share of a fronted whole starts, past its comma, or -1: "Of the 1,800 fighters held in
 * Hasakah, 30 percent (most) are Iraqis", « Sur les 1 800 détenus, la plupart sont irakiens »: the
 * predicate after the share is the share's, not the whole's.
 */
function shareOfFrontedWhole(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): number {
  const { text } = ctx;
  const { seg } = facts;
  if (!frontedWhole(ctx, facts, m)) return -1;
  // The share follows one of the commas after the whole ("Из 1800 боевиков, содержащихся в Хасаке, 30
  // процентов"), before any other count.
  const next = facts.numbers.find((n) => n.start >= m.end);
  COMMA_AFTER.lastIndex = m.end;
  for (let comma = COMMA_AFTER.exec(text); comma && comma.index < seg.end; comma = COMMA_AFTER.exec(text)) {
    const after = comma.index + comma[0].length;
    if (next && next.start < after) return -1;
    if (shareAt(ctx, facts, after)) return after;
  }
  return -1;
}

/** A comma and the spaces after it, searched from a given offset (lastIndex). */
const COMMA_AFTER = /[,،]\s*/gu;

/** Whether a share of a whole opens at `at`: "most", "nearly half", "30 percent", "30 %", "30 процентов". */
function shareAt(ctx: ClaimContext, facts: SentenceFacts, at: number): boolean {
  const { text, cp } = ctx;
  const end = facts.seg.end;
  const part = cp.quantifiers.firstIn(text, at, Math.min(end, at + 24));
  // The quantifier opens the clause, a hedge at most before it.
  if (part?.value === 'part' && /^(?:\p{L}+\s+)?$/u.test(text.slice(at, part.start))) return true;
  const share = facts.numbers.find((n) => n.start === at);
  if (!share) return false;
  if (/^\s*[%٪]/u.test(text.slice(share.end, share.end + 3))) return true;
  const unit = cp.nonCountUnits.firstIn(text, share.end, Math.min(end, share.end + 16));
  return unit !== undefined && blankBetween(text, share.end, unit.start);
}

/** A copula right before P, nothing but spaces between: "are Iraqis". */
function copulaRightBefore(ctx: ClaimContext, facts: SentenceFacts, p: PlaceHit): boolean {
  const { text, cp } = ctx;
  const c = cp.copulas.scanRange(text, Math.max(facts.seg.start, p.start - 30), p.start).pop();
  return c !== undefined && blankBetween(text, c.end, p.start);
}

/**
 * Whether a word for "among" opens the count's phrase ("Среди 14 погибших", "Among the 40 recruits",
 * "Parmi les 30 détenus"), an article at most between: what the clause then says is of some of them.
 */
function amongBefore(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): boolean {
  const { text, cp } = ctx;
  if (!cp.among.size) return false;
  const of = cp.among.scanRange(text, Math.max(facts.seg.start, m.start - 16), m.start).pop();
  return of !== undefined && AMONG_GAP.test(text.slice(of.end, m.start));
}

/**
 * "Among the fighters were 651 Tunisians", "Среди боевиков были 651 выходец из Туниса": a clause opened by
 * a word for "among" and fighters, then a copula, counts some of those fighters.
 */
function amongFightersBefore(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): boolean {
  const { text, cp } = ctx;
  if (!cp.among.size) return false;
  const among = cp.among.scanRange(text, Math.max(facts.seg.start, m.start - 48), m.start)[0];
  if (!among || !/(?:^|[,;:])\s*$/u.test(text.slice(facts.seg.start, among.start))) return false;
  const whole = facts.population.filter((p) => p.start >= among.end && p.end <= m.start).pop();
  if (!whole || whole.value.population !== 'fighters' || whole.value.generic || whole.value.anaphoric)
    return false;
  // "Среди 40 боевиков", "Among the 40 fighters": the whole's own number may stand before its noun.
  if (!AMONG_WHOLE_GAP.test(text.slice(among.end, whole.start))) return false;
  return cp.copulas.get(text.slice(whole.end, m.start).trim()) !== undefined;
}

/**
 * "Trois Algériens figurent parmi les jihadistes tués", "three Algerians were among the fighters killed",
 * «трое граждан Алжира оказались среди убитых боевиков»: people said to be among fighters, by a verb of
 * being (two words at most) right after their counted phrase, are fighters.
 */
function amongFightersAfter(
  ctx: ClaimContext,
  facts: SentenceFacts,
  nounEnd: number,
  windowEnd: number,
): boolean {
  const { text, cp } = ctx;
  if (!cp.among.size) return false;
  const among = cp.among.scanRange(text, nounEnd, Math.min(windowEnd, nounEnd + 32))[0];
  if (!among || !AMONG_VERB_GAP.test(text.slice(nounEnd, among.start))) return false;
  // "were arrested among …": a deed of their own is no being among.
  if (anyWithin(facts.status, nounEnd, among.start)) return false;
  // Past the dead or the held named before the whole («среди убитых боевиков»).
  return facts.population.some(
    (p) =>
      p.start >= among.end &&
      p.end <= windowEnd &&
      AMONG_WHOLE_GAP.test(text.slice(among.end, p.start)) &&
      p.value.population === 'fighters' &&
      !p.value.generic &&
      !p.value.anaphoric &&
      // "among the fighters' relatives": the fighters' own people are others.
      !/^['’]/u.test(text.slice(p.end, p.end + 1)) &&
      // "among ISIS-K recruits": a noun of joining says they joined, not that they fight (GUIDELINES.md).
      !facts.status.some((st) => st.value === 'joined' && st.start <= p.start && st.end >= p.end),
  );
}

/** Between the counted phrase and "among": one or two words (a verb of being and its auxiliary). */
const AMONG_VERB_GAP = /^\s+[\p{L}'’]+(?:\s+[\p{L}'’]+)?\s+$/u;

const AMONG_WHOLE_GAP = /^\s+(?:[\p{L}'’]{1,5}\s+)?(?:\d[\d\s,.]*\s+)?(?:[\p{L}-]+\s+)?$/u;

/** Between "among" and its count: spaces, or one short word (an article, a demonstrative). */
const AMONG_GAP = /^\s+(?:[\p{L}'’]{1,5}\s+)?$/u;

/** The people a sentence or the one before it names without counting ("the number of children used"). */
function mentionedBefore(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): PopulationWord | null {
  const { text, cp, sentences } = ctx;
  const named = facts.population.filter((p) => p.end <= m.start && !p.value.deferred && !p.value.anaphoric);
  const here = named.pop();
  // "Из иностранных боевиков, убитых в Ливии, 65 …": a word for the dead or hurt right after a noun and
  // its comma is that noun's participle; the noun says who they are.
  const head = named.at(-1);
  if (here?.value.role === 'victim' && head && /^\s*[,،]\s*$/u.test(text.slice(head.end, here.start)))
    return head.value;
  if (here) return here.value;
  const prev = facts.index > 0 ? sentences[facts.index - 1] : undefined;
  if (!prev || prev.paragraph !== facts.seg.paragraph) return null;
  const before = cp.population
    .scanRange(text, prev.start, prev.end, ctx.original, ctx.toOriginal)
    .filter((p) => !p.value.deferred && !p.value.anaphoric && !p.value.generic)
    .pop();
  return before?.value ?? null;
}

/** Whether text[from, to) holds nothing but words of the given lexicons (and spaces). */
function onlyGlue(ctx: ClaimContext, from: number, to: number, lexicons: Lexicon<unknown>[]): boolean {
  const { text } = ctx;
  if (PUNCT_STOP.test(text.slice(from, to))) return false;
  const covered = new Uint8Array(to - from);
  for (const lex of lexicons)
    for (const w of lex.scanRange(text, from, to)) covered.fill(1, w.start - from, w.end - from);
  for (let i = from; i < to; i++) if (!covered[i - from] && !isSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Whether a fronted fighting phrase governs the count after it: nothing between, or only a status
 * verb, a group, a place and prepositions ("сражаться за ИГ в Сирию выехали 652 человека").
 */
function fightLeadsTo(ctx: ClaimContext, from: number, to: number): boolean {
  const { cp, text } = ctx;
  // "القتال أدى إلى تشريد/مقتل N": what the fighting did to people makes them its victims, not fighters.
  if (cp.status.scanRange(text, from, to).some((s) => s.value === 'other' || s.value === 'killed'))
    return false;
  return (
    blankBetween(ctx.text, from, to) ||
    onlyGlue(ctx, from, to, [
      cp.status,
      cp.groups,
      // "يقاتل في صفوف التنظيم 700 أوزبكي": a group named by its common noun.
      cp.groupNouns,
      cp.places,
      cp.prepositions,
      cp.auxiliaries,
      cp.conjunctions,
    ])
  );
}

/**
 * "les autres, une centaine, sont toujours dans les camps", "остальные, около 70, находятся": whether the
 * count ending at `at` stands in apposition after one of the pack's restWords and a comma.
 */
function restApposed(ctx: ClaimContext, at: number): boolean {
  const { text, cp } = ctx;
  if (!cp.restWords.size) return false;
  const comma = text.lastIndexOf(',', at - 1);
  if (comma < 0 || at - comma > 32 || /[.;:!?()]/u.test(text.slice(comma, at))) return false;
  const rest = cp.restWords.scanRange(text, Math.max(0, comma - 20), comma).pop();
  return rest !== undefined && blankBetween(text, rest.end, comma);
}

/** How far an incise after a count may run, its commas included: longer, it is a clause of its own. */
const INCISE_REACH = 64;

/**
 * "120, semble-t-il, sont morts", "ещё 300, как полагают, погибли", "120, selon le ministère, sont morts":
 * where an incise set off by commas right at `from` ends (past its closing comma), when one of the pack's
 * inciseOpeners opens it and it holds no count; else `from`. The count's verb is the one past it.
 */
function pastIncise(ctx: ClaimContext, from: number, to: number): number {
  const { text, cp } = ctx;
  if (text.charCodeAt(from) !== 44) return from;
  if (restApposed(ctx, from)) return from + 1;
  if (!cp.inciseOpeners.size) return from;
  let at = from + 1;
  while (at < to && isSpace(text.charCodeAt(at))) at++;
  const end = Math.min(to, from + INCISE_REACH);
  const opener = cp.inciseOpeners.scanRange(text, at, end)[0];
  if (!opener || opener.start !== at) return from;
  const close = text.slice(opener.end, end).search(/[,;:.!?()\n]/u);
  if (close < 0 || text.charCodeAt(opener.end + close) !== 44) return from;
  const past = opener.end + close + 1;
  return hasCount(text, at, past) ? from : past;
}

/** Only auxiliaries, adverbs or nothing between two offsets: "53 have since died", "600 ont été tués". */
function auxiliariesOnly(ctx: ClaimContext, start: number, to: number): boolean {
  const { text, cp } = ctx;
  const from = pastIncise(ctx, start, to);
  const gap = text.slice(from, to);
  if (/^\s*$/.test(gap)) return true;
  if (gap.length > 48 || PUNCT_STOP.test(gap)) return false;
  let rest = gap;
  for (const a of cp.auxiliaries.scanRange(text, from, to).reverse())
    rest = rest.slice(0, a.start - from) + rest.slice(a.end - from);
  return /^\s*$/.test(rest);
}

/**
 * "a mis en examen les 12 femmes rentrées de Syrie", "arrested the 12 women": a definite article right
 * before the count, past the verb's auxiliaries, makes the people named its object.
 */
function articledObject(ctx: ClaimContext, from: number, to: number): boolean {
  const { text, cp } = ctx;
  if (!cp.definiteArticles.size || to - from > 40) return false;
  const article = cp.definiteArticles.scanRange(text, from, to).pop();
  return (
    article !== undefined &&
    blankBetween(text, article.end, to) &&
    article.start > from &&
    auxiliariesOnly(ctx, from, article.start)
  );
}

/** How long a prepositional adjunct between a verb and its count may be: "pour terrorisme", "à Paris". */
const ADJUNCT_REACH = 32;

/**
 * Only a short prepositional adjunct (the pack's objectAdjuncts, then at most three words, no people
 * word) between a verb and its count: "a condamné pour terrorisme 125 citoyens revenus de Syrie".
 */
function adjunctOnly(ctx: ClaimContext, facts: SentenceFacts, from: number, to: number): boolean {
  const { text, cp } = ctx;
  if (!cp.objectAdjuncts.size || to - from > ADJUNCT_REACH) return false;
  const gap = text.slice(from, to);
  if (PUNCT_STOP.test(gap) || /\d/.test(gap)) return false;
  const head = cp.objectAdjuncts.scanRange(text, from, to)[0];
  if (!head || !blankBetween(text, from, head.start)) return false;
  if (anyWithin(facts.population, from, to)) return false;
  // "Les personnes revenues en France sont 250": a copula or auxiliary makes the count its predicate.
  if (cp.copulas.scanRange(text, head.end, to).length || cp.auxiliaries.scanRange(text, head.end, to).length)
    return false;
  const words = text.slice(head.end, to).trim().split(/\s+/u);
  // "tués en Syrie et 150 autres sont rentrés": a conjunction opens another clause, with its own verb.
  if (words.some((w) => cp.conjunctions.get(w) !== undefined)) return false;
  // "a condamné par défaut 23 combattants": an adjunct of two words or more is whole by itself.
  return (words[0] !== '' || /\s/u.test(text.slice(head.start, head.end))) && words.length <= 3;
}

/**
 * Only a term of sentence between a verb and its count: "приговорил к 10 годам 14 вернувшихся", "a
 * condamné à dix ans de prison 14 revenants" (a word before one number, its unit of time, three words
 * after it at most, no people).
 */
function termOnly(ctx: ClaimContext, facts: SentenceFacts, from: number, to: number): boolean {
  const { text, cp } = ctx;
  if (to - from > 48 || PUNCT_STOP.test(text.slice(from, to))) return false;
  const inGap = facts.numbers.filter((n) => n.start >= from && n.end <= to);
  if (inGap.length !== 1) return false;
  const n = inGap[0]!;
  const unit = cp.nonCountUnits.scanRange(text, n.end, to).find((u) => blankBetween(text, n.end, u.start));
  if (!unit || anyWithin(facts.population, from, to)) return false;
  const before = text.slice(from, n.start).trim();
  const after = text.slice(unit.end, to).trim();
  const words = after ? after.split(/\s+/u) : [];
  return (
    before.split(/\s+/u).length <= 1 &&
    words.length <= 3 &&
    !words.some((w) => cp.conjunctions.get(w) !== undefined)
  );
}

/** Whether a subset marker opens a part right after `at`, a comma at most between: ", dont", ", в том числе". */
function partFollows(ctx: ClaimContext, at: number): boolean {
  const { text, cp } = ctx;
  return cp.subsetMarkers
    .scanRange(text, at, Math.min(text.length, at + 24))
    .some((s) => /^\s*,?\s*$/u.test(text.slice(at, s.start)));
}

/** Only words that say when between a verb and its count: "a rapatrié mardi 32 enfants", "freed on Monday 40". */
function whenOnly(ctx: ClaimContext, from: number, to: number): boolean {
  const { text, cp } = ctx;
  const gap = text.slice(from, to);
  if (gap.length > 24 || /[,،.;:!?]/u.test(gap)) return false;
  const words = [
    ...cp.speakerEdges.scanRange(text, from, to),
    ...cp.months.scanRange(text, from, to),
    ...cp.speakerEdgeLinks.scanRange(text, from, to),
    ...cp.auxiliaries.scanRange(text, from, to),
  ].sort((a, b) => b.start - a.start);
  if (!words.length) return false;
  let rest = gap;
  for (const w of words)
    rest = rest.slice(0, w.start - from) + ' '.repeat(w.end - w.start) + rest.slice(w.end - from);
  return /^[\s\d]*$/u.test(rest);
}

/**
 * The people a count without a noun after C continues: those C was sorted from when C is said to be
 * of some kind ("406 are children", "406 из них — дети"), else C's.
 */
function sortedFrom(ctx: ClaimContext, c: DraftClaim): DraftClaim {
  if (!c.antecedent) return c;
  return c.predicated || ctx.cp.copulas.anyIn(ctx.text, c.start, c.end) ? c.antecedent : c;
}

/**
 * Whether a count's own clause says they fight ("воевали в Сирии", "fought in Syria") and the next
 * count of the sentence comes before any status word: the status words past it are that count's.
 */
function fightingBeforeNextCount(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): boolean {
  // The next count of people: no year, no count of things ("une cinquantaine de pays").
  const at = facts.numbers.findIndex((n) => n.start > m.end && !n.yearLike);
  const next = at < 0 ? undefined : facts.numbers[at];
  if (!next || !facts.boundary[at]) return false;
  // A verb of fighting, not a noun for fighters ("2 000 combattants, dont …").
  const fight = facts.fighting.find(
    (f) =>
      f.start >= m.end &&
      f.end <= next.start &&
      !facts.population.some((p) => p.start < f.end && p.end > f.start),
  );
  if (!fight || PUNCT_STOP.test(ctx.text.slice(m.end, fight.start))) return false;
  return !facts.status.some((s) => s.start >= m.end && s.end <= next.start);
}

/**
 * The nationality of a whole with no number of its own fronted before a part ("Parmi les Belges détenus
 * dans le camp, une dizaine sont des enfants", «Из находящихся в лагере россиян около 700 – дети»): the
 * partitive or among-word opens the clause, and the nationality noun heads the whole, right after the partitive (its
 * article at most) or right before the part's number. No other count between.
 */
function frontedWholeDemonym(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): string | null {
  const { text, cp } = ctx;
  let from = m.start;
  while (from > facts.seg.start && !/[.;:!?؟]/u.test(text[from - 1]!)) from--;
  const of = [cp.partitiveOf.firstIn(text, from, m.start), cp.among.firstIn(text, from, m.start)].find(
    (o) => o !== undefined && /^[\s"«“]*$/u.test(text.slice(from, o.start)),
  );
  if (!of) return null;
  if (facts.numbers.some((n) => n !== m && n.start >= of.end && n.end <= m.start)) return null;
  const heads = facts.places.filter(
    (p) =>
      p.kind === 'demonym' &&
      p.start >= of.end &&
      p.end <= m.start &&
      // "rapatriés par les autorités françaises": a state's nationality names who acted, not the whole.
      !ofStateNoun(ctx, p) &&
      (blankBetween(text, of.end, p.start) || /^[\s,،]*$/u.test(text.slice(wordEnd(text, p.end), m.start))),
  );
  return heads.length === 1 ? heads[0]!.code : null;
}

/**
 * The noun a count is said to be right after it, past a copula or a dash and one article at most ("700
 * sont des enfants", "700 are children", "700 — дети"): not a pronoun nor a generic noun.
 */
function predicateNoun(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  windowEnd: number,
): LexiconMatch<PopulationWord> | null {
  const { text, cp } = ctx;
  const p = facts.population.find((q) => q.start >= m.end && q.end <= windowEnd);
  if (!p || p.value.anaphoric || p.value.generic || p.start - m.end > 24) return null;
  const gap = text.slice(m.end, p.start);
  const dash = /^\s*[–—-]\s*$/u.test(gap);
  if (!dash) {
    const copula = cp.copulas.firstIn(text, m.end, p.start);
    if (!copula || !/^\s*$/u.test(text.slice(m.end, copula.start))) return null;
    if (!/^\s*(?:[\p{L}]+['’]?\s*)?$/u.test(text.slice(copula.end, p.start))) return null;
  }
  return participle(facts, p) ? null : p;
}

/** A people verb right after a number ("53 died", "58 more are back"), or before it in verb-first languages. */
function peopleVerbNext(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  windowEnd: number,
): boolean {
  // "40-odd were killed", "40 or so are still in Syria": a bound after the number is no word between.
  const from = selfReport(ctx, pastBoundAfter(ctx, m.end), windowEnd);
  const after = facts.status.find((st) => st.start >= from && st.end <= windowEnd);
  if (after && auxiliariesOnly(ctx, from, after.start)) return true;
  if (ctx.cp.pack.fightingBeforeCount !== true) return false;
  const before = facts.status.filter((st) => st.end <= m.start && st.start >= facts.seg.start).pop();
  // "لم يعد سوى 30": none but 30 came back; the word of exception is no stop.
  return (
    before !== undefined &&
    (auxiliariesOnly(ctx, before.end, m.start) ||
      (ctx.cp.exceptives.size > 0 && exceptiveOnly(ctx, before.end, m.start)))
  );
}

/**
 * "Mali: 16 killed in attack on army post", "At least 40 were abducted": a bare number that opens its
 * clause (after the sentence's start, a stop, a conjunction or "that"), a verb of harm or return right
 * after it past auxiliaries; or "RSF kills 200 in Darfur village", "brings home 110 from Syria": the verb
 * right before it, a preposition or the clause's end right after ("killed 200 of them" is a part, not this).
 */
function bareCountVerb(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): boolean {
  const { text, cp } = ctx;
  if (!cp.bareCountVerbs.size || m.yearLike) return false;
  const seg = facts.seg;
  const after = cp.bareCountVerbs.scanRange(text, m.end, Math.min(seg.end, m.end + 32))[0];
  if (after && auxiliariesOnly(ctx, m.end, after.start)) {
    const lead = text.slice(Math.max(seg.start, m.start - 40), m.start).trimEnd();
    const word = trailingWord(lead);
    if (
      /^\s*$/u.test(text.slice(seg.start, m.start)) ||
      /[:;,(\u2013\u2014]$/u.test(lead) ||
      (word !== undefined && (!!cp.conjunctions.get(word) || !!cp.clauseOpeners.get(word)))
    )
      return true;
  }
  const before = cp.bareCountVerbs.scanRange(text, Math.max(seg.start, m.start - 32), m.start).pop();
  if (!before || !blankBetween(text, before.end, m.start)) return false;
  const rest = text.slice(m.end, Math.min(seg.end, m.end + 24));
  if (/^\s*(?:$|[.,;:!?)])/u.test(rest)) return true;
  const prep = cp.prepositions.scanRange(text, m.end, Math.min(seg.end, m.end + 24))[0];
  return (
    prep !== undefined &&
    blankBetween(text, m.end, prep.start) &&
    !cp.partitiveOf.anyIn(text, prep.start, prep.end)
  );
}

/**
 * "Of the 5,600 who returned", "the estimated 900 who left": a count with a definite article before it (a
 * hedge or a participle of reporting between) and a relative pronoun of people right after it counts people.
 */
function relativeOfPeople(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): boolean {
  const { text, cp } = ctx;
  if (!cp.personRelatives.size || m.yearLike) return false;
  const rel = cp.personRelatives.scanRange(text, m.end, Math.min(facts.seg.end, m.end + 8))[0];
  if (!rel || !blankBetween(text, m.end, rel.start)) return false;
  let lead = text.slice(Math.max(facts.seg.start, m.start - 24), m.start);
  let word = trailingWord(lead);
  // "the estimated 900 who left": a participle of reporting between the article and the number.
  if (word && cp.attributionVerbs.get(word.toLowerCase())) {
    lead = lead.slice(0, lead.lastIndexOf(word));
    word = trailingWord(lead);
  }
  return word !== undefined && !!cp.definiteArticles.get(word.toLowerCase());
}

/**
 * "Those arrested included 12 from Belgium", "Among those repatriated were 40 from Kazakhstan": a subject
 * pronoun right before a status word makes a phrase of people with no noun, in the count's clause and
 * with no people noun between; the count after it counts such people.
 */
function pronounParticiple(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): boolean {
  const { text, cp } = ctx;
  const st = facts.status.findLast((s) => s.end <= m.start && s.start >= facts.seg.start);
  if (!st || m.start - st.end > 24 || PUNCT_STOP.test(text.slice(st.end, m.start))) return false;
  if (facts.population.some((p) => p.end <= m.start && p.end > st.start)) return false;
  const pronoun = cp.subjectPronouns.scanRange(text, Math.max(facts.seg.start, st.start - 8), st.start).pop();
  return pronoun !== undefined && blankBetween(text, pronoun.end, st.start);
}

/**
 * "1,900 nationals went, including some 300 who were killed", "dont 80 qui sont rentrés": a count after
 * a word of inclusion, its people said by a relative clause to have done or undergone something.
 */
function includedWhoVerb(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  windowEnd: number,
): boolean {
  return includedWhoStatus(ctx, facts, m, windowEnd, false) !== null;
}

/**
 * The status word of "including N who VERB": the part's own relative clause says what befell it ("recruited
 * 2,000 children, including 40 who were killed"), past its auxiliaries and, when `adverbs`, one adverb
 * ("who were later released").
 */
function includedWhoStatus(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  windowEnd: number,
  adverbs = true,
): Status | null {
  const { text, cp } = ctx;
  if (!justBefore(text, facts.seg, m, cp.subsetMarkers, true)) return null;
  const who = cp.clauseOpeners
    .scanRange(text, m.end, Math.min(windowEnd, m.end + 16))
    .find((w) => blankBetween(text, m.end, w.start));
  if (!who) return null;
  const after = facts.status.find((st) => st.start >= who.end && st.end <= windowEnd);
  if (!after) return null;
  if (!adverbs) return auxiliariesOnly(ctx, who.end, after.start) ? after.value : null;
  // "وقتل منهم 90 فيما عاد 45": a verb right before the part is its own; the clause after is another's.
  const lo = Math.max(facts.seg.start, m.start - 30);
  if (
    facts.status.some(
      (s) => s.start >= lo && s.end <= m.start && !PUNCT_STOP.test(text.slice(s.end, m.start)),
    )
  )
    return null;
  if (auxiliariesOnly(ctx, who.end, after.start)) return after.value;
  const words = text.slice(who.end, after.start).trim().split(/\s+/u);
  const adverb = words.filter((w) => !cp.auxiliaries.get(w) && !cp.copulas.get(w));
  return adverb.length === 1 && cp.clauseAdverb?.test(adverb[0]!) === true && words.length <= 3
    ? after.value
    : null;
}

/**
 * "Troops freed 110 pupils. Eighty were treated in hospital": a count that opens its sentence with an
 * auxiliary or a copula right after it, and no noun, is of the people counted before.
 */
function opensWithAuxiliary(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): boolean {
  const { text, cp } = ctx;
  if (m.yearLike || m.qualifier === 'vague' || !/^[\s"'«“]*$/u.test(text.slice(facts.seg.start, m.start)))
    return false;
  const next = NEXT_WORD.exec(text.slice(m.end, Math.min(facts.seg.end, m.end + 24)));
  return (
    next !== null && (cp.auxiliaries.get(next[1]!) !== undefined || cp.copulas.get(next[1]!) !== undefined)
  );
}

/**
 * Whether a possessive ("their", "leurs") stands right before a word, past a verb or two words after
 * the count: "30 joined their families", "30 were handed to their families"; not "8 de ses citoyens".
 */
function afterPossessive(ctx: ClaimContext, facts: SentenceFacts, from: number, at: number): boolean {
  const { text, cp } = ctx;
  const owner = cp.possessives.scanRange(text, Math.max(from, at - 10), at).pop();
  if (!owner || !blankBetween(text, owner.end, at) || blankBetween(text, from, owner.start)) return false;
  const words = text.slice(from, owner.start).trim().split(/\s+/);
  // One word that is no partitive's is a verb too: "another 30 rejoined their families".
  return words.length > 1 || anyWithin(facts.status, from, owner.start) || !cp.modifiers.get(words[0]!);
}

/**
 * Whether a finite verb other than a copula or an auxiliary stands between a count and a later word,
 * in a language whose pack marks verbs by their ending ("60 воссоединились с семьями").
 */
function finiteVerbBetween(ctx: ClaimContext, from: number, to: number): boolean {
  const { text, cp } = ctx;
  if (!cp.verbEnding) return false;
  for (const w of text.slice(from, to).split(/[\s,]+/))
    if (w && cp.verbEnding.test(w) && !cp.copulas.get(w) && !cp.auxiliaries.get(w)) return true;
  return false;
}

/** "24 ont moins de six ans", "14 moins de 3 ans": a count whose predicate is its people's age. */
function agePredicateNext(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  windowEnd: number,
): boolean {
  return facts.ages.some(
    (a) => !a.term && a.start >= m.end && a.end <= windowEnd && auxiliariesOnly(ctx, m.end, a.start),
  );
}

/** "N are women", "N were Congolese", "N — граждане Германии": what a count is said to be. */
function copulaPredicate(
  ctx: ClaimContext,
  facts: SentenceFacts,
  at: number,
): {
  population: Population | null;
  origin: string | null;
  origins: string[];
  role: PopulationRole | null;
  end: number;
} | null {
  const { text, cp } = ctx;
  // "N are", and "N, это" / "N — это" with a comma or a dash before the copula.
  const copula =
    cp.copulas
      .scanRange(text, at, Math.min(facts.seg.end, at + 40))
      .find((c) => auxiliariesOnly(ctx, at, c.start) || /^\s*[,—–-]\s*$/u.test(text.slice(at, c.start))) ??
    dashCopula(ctx, at);
  if (!copula) return null;
  const noun = facts.population.find(
    (p) => p.start >= copula.end && linkedBy(ctx, copula.end, p.start) && !participle(facts, p),
  );
  const demonym = facts.places.find(
    (p) => p.kind === 'demonym' && p.start >= copula.end && linkedBy(ctx, copula.end, p.start),
  );
  const origins = demonym ? demonymList(ctx, facts, demonym) : [];
  if (noun && !noun.value.deferred && (!demonym || noun.start <= demonym.start)) {
    // "90 étaient des femmes et des enfants", "90 — женщины и дети": two kinds said together are people.
    const pair = pairedNoun(ctx, facts, noun);
    // "— граждане Таджикистана", "— уроженцы Дагестана": a country glued to the noun says whence.
    const whence = demonym
      ? undefined
      : facts.places.find(
          (p) =>
            p.kind === 'name' &&
            (p.prep === null || (p.prep === 'from' && !CONFLICT_ZONES.has(p.code))) &&
            p.start >= noun.end &&
            p.start - noun.end <= 6 &&
            !/[,.;:()]/.test(text.slice(noun.end, p.start)),
        );
    return {
      population: pair ? 'people' : noun.value.generic ? null : noun.value.population,
      origin: demonym?.code ?? whence?.code ?? null,
      origins,
      role: pair ? null : (noun.value.role ?? null),
      end: Math.max(pair?.end ?? noun.end, demonym?.end ?? 0, whence?.end ?? 0),
    };
  }
  if (demonym) return { population: null, origin: demonym.code, origins, role: null, end: demonym.end };
  return null;
}

/**
 * The noun of another kind of people coordinated right after a predicate's noun ("des femmes et des
 * enfants", "women and children", "женщины и дети"): a conjunction, at most a short article between.
 */
function pairedNoun(
  ctx: ClaimContext,
  facts: SentenceFacts,
  noun: LexiconMatch<PopulationWord>,
): LexiconMatch<PopulationWord> | undefined {
  const next = facts.population.find((p) => p.start > noun.end && p.start - noun.end < 16);
  if (!next || next.value.deferred || next.value.population === noun.value.population) return undefined;
  // "40 of them women and 52 children": a noun with a count of its own is no pair.
  if (facts.numbers.some((n) => n.start >= noun.end && n.end <= next.start)) return undefined;
  const words = ctx.text.slice(noun.end, next.start).trim().split(/\s+/u);
  if (!ctx.cp.conjunctions.get(words[0]!) || words.length > 2) return undefined;
  return words.length === 1 || words[1]!.length <= 3 ? next : undefined;
}

const DASH_COPULA = /^\s+[-—–]\s+/u;

/** "68 из них — уроженки Дагестана": in a language whose present copula is a dash, the dash. */
function dashCopula(ctx: ClaimContext, at: number): { start: number; end: number } | null {
  if (!ctx.cp.pack.dashCopula) return null;
  const dash = DASH_COPULA.exec(ctx.text.slice(at, at + 8));
  return dash ? { start: at, end: at + dash[0].length } : null;
}

/** "18 Françaises et leurs 32 enfants": only a conjunction and a possessive between the count before and m. */
function theirsAfterAnd(ctx: ClaimContext, previous: DraftClaim, m: NumberMention): boolean {
  const { text, cp } = ctx;
  if (!cp.possessives.size || m.start - previous.end > 24) return false;
  const owner = cp.possessives.scanRange(text, previous.end, m.start).pop();
  if (!owner || !blankBetween(text, owner.end, m.start)) return false;
  const and = text.slice(previous.end, owner.start).trim();
  return cp.conjunctions.get(and) !== undefined;
}

/** Whether the text before `to` ends in a conjunction or a comma after a verb of the clause from `from`. */
function conjunctionOnly(ctx: ClaimContext, from: number, to: number): boolean {
  const lead = trailingWord(ctx.text.slice(from, to));
  const tail = ctx.text.slice(from, to).trimEnd();
  return (lead !== undefined && ctx.cp.conjunctions.get(lead) !== undefined) || /[,،]$/u.test(tail);
}

/** "40 sont morts": a noun that is also a status word ("the dead", "les morts") used as a participle. */
function participle(facts: SentenceFacts, p: LexiconMatch<PopulationWord>): boolean {
  return facts.status.some((st) => st.start < p.end && st.end > p.start);
}

/**
 * A nationality noun right after one place phrase that follows `at` ("выехавших в Сирию кыргызстанцев"):
 * prepositions only before the place, nothing between the place and the nationality.
 */
function nationalityAfterPlace(ctx: ClaimContext, facts: SentenceFacts, at: number): PlaceHit | undefined {
  const { text, cp } = ctx;
  const place = facts.places.find((p) => p.start >= at && p.kind !== 'demonym');
  if (!place || place.start - at > 16 || !onlyGlue(ctx, at, place.start, [cp.prepositions])) return undefined;
  return facts.places.find(
    (p) => p.kind === 'demonym' && p.start >= place.end && blankBetween(text, place.end, p.start),
  );
}

/** A nationality and those coordinated with it: "сирийцы и иракцы", "Syrians, Iraqis and Turks". */
function demonymList(ctx: ClaimContext, facts: SentenceFacts, first: PlaceHit): string[] {
  const { text, cp } = ctx;
  const codes = [first.code];
  let end = first.end;
  for (const p of facts.places) {
    if (p.start < end || p === first) continue;
    const gap = text.slice(end, p.start);
    if (
      p.kind !== 'demonym' ||
      !(LINKING_GAP.test(gap) || cp.conjunctions.get(gap.replace(/[,،]/g, '').trim()))
    )
      break;
    codes.push(p.code);
    end = p.end;
  }
  return codes;
}

/** Whether only modifiers (or nothing) stand between a copula and its predicate: "are all young women". */
function linkedBy(ctx: ClaimContext, from: number, to: number): boolean {
  const { text, cp } = ctx;
  const words = text.slice(from, to).split(/\s+/).filter(Boolean);
  if (words.length > 2 || PUNCT_STOP.test(text.slice(from, to))) return false;
  return words.every((w) => cp.modifiers.get(w) !== undefined || cp.auxiliaries.get(w) !== undefined);
}

/** "200 in Iraq", "600 – Германии": a place right after a number, in a breakdown of a count before it. */
function placeListAfter(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): PlaceHit | null {
  const { text } = ctx;
  const place = facts.places.find((p) => p.start >= m.end && p.start - m.end < 16);
  if (!place || place.kind === 'none' || place.kind === 'demonym') return null;
  const gap = text.slice(m.end, place.start);
  // "230 — из Ливии", "230 – from Libya": a list dash may stand before the preposition too.
  const from = m.end + (/^\s*[-–—]\s/u.exec(gap)?.[0].length ?? 0);
  if (place.prep === 'in' || place.prep === 'from')
    return onlyGlue(ctx, from, place.start, [ctx.cp.prepositions, ctx.cp.auxiliaries]) ? place : null;
  // A dash standing for "from" in lists: "600 – Германии".
  return /^\s*[-–—]\s*$/.test(gap) ? place : null;
}

/**
 * A "their number" frame right before the number with no counted noun of its own: a possessive, then
 * a "number of" word ("их число достигло", "leur nombre s'élève à", "their number has reached").
 */
function theirNumber(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): number | null {
  const { text, cp } = ctx;
  if (!cp.pack.possessives.length) return figureBefore(ctx, facts, m);
  const frame = frameBefore(ctx, facts, m, 40);
  if (!frame) return figureBefore(ctx, facts, m);
  if (facts.population.some((p) => p.start >= frame.end && p.end <= m.start)) return null;
  if (PUNCT_STOP.test(text.slice(frame.end, m.start))) return null;
  const first = /^[\p{L}\p{M}]+/u.exec(text.slice(frame.start, frame.end))?.[0];
  if (first && cp.possessives.get(first.toLowerCase())) return frame.start;
  const before = trailingWord(text.slice(Math.max(facts.seg.start, frame.start - 16), frame.start));
  if (before && cp.possessives.get(before.toLowerCase())) return frame.start - before.length - 1;
  return figureBefore(ctx, facts, m);
}

/**
 * "Finland has repatriated 23 children; Sweden, 12", "…; Sweden, 12; Norway, 5": after a semicolon, a
 * country, a comma and a bare count that ends its clause leave out the verb and the noun of the clause
 * before, whose count had a country of its own: the country is this count's as that one was its.
 */
function gappedCountry(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  prev: DraftClaim,
): PlaceHit | null {
  const { text } = ctx;
  if (!prev.origin?.length || prev.end > m.start) return null;
  if (!/^\s*(?:[.;,]|$)/u.test(text.slice(m.end, facts.seg.end))) return null;
  const p = facts.places.findLast((q) => q.end <= m.start);
  if (!p || p.kind !== 'name' || p.prep !== null || p.start < prev.end) return null;
  if (!/^\s*,\s*$/u.test(text.slice(p.end, m.start))) return null;
  return /^\s*;\s*$/u.test(text.slice(prev.end, p.start)) ? p : null;
}

/**
 * Whether a count of other people stands right before the count `c`, joined to it by a conjunction
 * alone: "79 children and 28 women", "12 women, 28 children". A total after both sums unlike people.
 */
function coordinatedUnlike(ctx: ClaimContext, facts: SentenceFacts, c: DraftClaim): boolean {
  const { text, cp } = ctx;
  const noun = facts.population.findLast((p) => p.end <= c.start && !p.value.deferred);
  if (!noun || noun.value.population === c.population || c.start - noun.end > 8) return false;
  const joiner = text.slice(noun.end, c.start).trim();
  if (joiner !== ',' && !cp.conjunctions.get(joiner)) return false;
  return facts.numbers.some((n) => n.end <= noun.start && blankBetween(text, n.end, noun.start));
}

/**
 * "officials now put the figure at about 1,100", « avancent le chiffre d'environ 1 100 »: a definite word
 * for the figure (the pack's figureWords) shortly before a count, some word between and no people, no
 * other number and no "number of" frame of its own: where the figure starts, as for "their number".
 */
function figureBefore(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): number | null {
  const { text, cp } = ctx;
  if (!cp.figureWords.size) return null;
  const figure = cp.figureWords.scanRange(text, Math.max(facts.seg.start, m.start - 30), m.start).pop();
  // "the number 850" names a number; a bound read with the count may be all between («цифру около 2500»).
  if (!figure || (blankBetween(text, figure.end, m.start) && /\p{N}/u.test(text[m.start]!))) return null;
  if (PUNCT_STOP.test(text.slice(figure.end, m.start))) return null;
  if (anyWithin(facts.population, figure.end, m.start)) return null;
  if (facts.numbers.some((n) => n.start >= figure.end && n.end <= m.start)) return null;
  // "the number of Tunisians … stands at 1,100" is a frame with a noun of its own.
  if (
    cp.numberOf
      .scanRange(text, figure.start, Math.min(m.start, figure.end + 8))
      .some((n) => n.start < figure.end && n.end > figure.end)
  )
    return null;
  return figure.start;
}

/**
 * The people named (not counted) last before a count, in its sentence or the one before in its
 * paragraph, with the nationality said of them ("граждан Киргизии", "Kyrgyz citizens").
 */
function namedBefore(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
): { population: Population; origin: string | null; role: PopulationRole | null } | null {
  const { text, cp, sentences } = ctx;
  const look = (f: SentenceFacts, to: number) => {
    const nouns = f.population.filter((p) => p.end <= to && !p.value.deferred && !p.value.anaphoric);
    let noun = nouns.pop();
    // "граждан Киргизии, уехавших в Сирию": a participle set after the people's noun (and its place) is
    // said of them; the noun names them.
    const before = nouns.pop();
    if (noun?.value.adjective && before && /^[^.;:!?]{0,40},\s*$/u.test(text.slice(before.end, noun.start)))
      noun = before;
    // "les Kirghizes partis en Syrie": a nationality standing alone as the people.
    const alone = f.places
      .filter((p) => p.kind === 'demonym' && p.end <= to && (!noun || p.start >= noun.end))
      .pop();
    if (alone && (!noun || !blankBetween(text, noun.end, alone.start)))
      return { population: 'people' as Population, origin: alone.code, role: null };
    if (!noun) return null;
    const place = f.places.find(
      (p) =>
        p.kind !== 'none' &&
        ((p.end <= noun.start && p.kind === 'demonym' && blankBetween(text, p.end, noun.start)) ||
          (p.start >= noun.end &&
            p.start - noun.end < 12 &&
            (blankBetween(text, noun.end, p.start) ||
              onlyGlue(ctx, noun.end, p.start, [cp.prepositions, cp.placeLinks])))),
    );
    return { population: noun.value.population, origin: place?.code ?? null, role: noun.value.role ?? null };
  };
  const here = look(facts, m.start);
  if (here) return here;
  const prev = facts.index > 0 ? sentences[facts.index - 1] : undefined;
  if (!prev || prev.paragraph !== facts.seg.paragraph) return null;
  return look(readSentence(ctx, prev, facts.index - 1), prev.end);
}

/**
 * The people a "their number" frame refers to ("العراقيون … حيث وصل عددهم إلى 30,000 شخص"): the nearest
 * nationality or counted noun before the frame in its sentence. The frame is a "number of" word that
 * ends in a plural pronoun suffix.
 */
function frameReferent(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
): { population: Population | null; origin: string | null } | null {
  const { text, cp } = ctx;
  // "العوائل العراقية وعددها 94 عائلة": a frame word with its pronoun, a counted noun right after the number.
  const counting = framesNounAfter(ctx, facts, m)
    ? cp.countFrameWords.scanRange(text, Math.max(facts.seg.start, m.start - 12), m.start).pop()
    : undefined;
  const frame =
    counting ?? cp.numberOf.scanRange(text, Math.max(facts.seg.start, m.start - 60), m.start).pop();
  if (!frame) return null;
  const word = text.slice(frame.start, frame.end);
  if (
    !cp.pack.possessiveSuffixes.some(
      (suffix) => word.endsWith(suffix) && (counting !== undefined || cp.subjectPronouns.get(suffix)),
    )
  )
    return null;
  if (facts.numbers.some((n) => n.start >= frame.end && n.end <= m.start)) return null;
  if (/[.;:!?؟]/.test(text.slice(frame.end, m.start))) return null;
  const from = Math.max(facts.seg.start, frame.start - 100);
  if (facts.numbers.some((n) => n.start >= from && n.end <= frame.start)) return null;
  const noun = facts.population
    .filter((p) => p.start >= from && p.end <= frame.start && !p.value.deferred && !p.value.anaphoric)
    .pop();
  const demonym = facts.places
    .filter(
      (p) =>
        p.start >= from &&
        p.end <= frame.start &&
        (p.kind === 'demonym' ||
          // "العوائل السورية وعددها": a country's name in ية with the article, right after the counted
          // noun, is its feminine nationality adjective (سورية is also Syria).
          (noun !== undefined &&
            p.start >= noun.end &&
            blankBetween(text, noun.end, p.start) &&
            /^ال.*ي[ةه]$/u.test(text.slice(p.start, p.end)))),
    )
    .pop();
  if (!noun && !demonym) return null;
  const population = noun && !noun.value.generic ? noun.value.population : null;
  // The nationality said of that noun, or standing alone as the people ("العراقيون").
  const origin =
    demonym && (!noun || demonym.start >= noun.start || demonym.end === noun.end) ? demonym.code : null;
  return { population, origin };
}

/**
 * A "number of" frame ("the number of", "عدد", "число") up to `reach` characters before the number,
 * with no other number and no sentence punctuation between: the number is what the frame counts.
 */
function frameBefore(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  reach: number,
): LexiconMatch<true> | null {
  const { text, cp } = ctx;
  const numberOf = cp.numberOf.scanRange(text, Math.max(facts.seg.start, m.start - reach), m.start).pop();
  if (!numberOf) return null;
  // A year between is no other count: "the number of minors brought back since 2019 to 161".
  if (facts.numbers.some((n) => n.start > numberOf.end && n.end <= m.start && !n.yearLike)) return null;
  if (/[.;:!?؟]/.test(text.slice(numberOf.end, m.start))) return null;
  return numberOf;
}

/**
 * "وعددها 94 عائلة" (numbering 94 families): a frame word the pack also lists as no count ("في عددها
 * 12", a magazine's issue) frames a count when a counted noun follows the number directly.
 */
function framesNounAfter(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): boolean {
  const { text, cp } = ctx;
  return (
    cp.countFrameWords.size > 0 &&
    justBefore(text, facts.seg, m, cp.countFrameWords) &&
    (facts.population.some((p) => p.start >= m.end && /^\s*$/.test(text.slice(m.end, p.start))) ||
      (frameWordAsWritten(ctx, m) && demonymRightAfter(ctx, facts, m)))
  );
}

/**
 * « le rapatriement des 1200 Tunisiens »: the word right before the number is a count frame word as the
 * pack spells it, accents and all (the article « des », not « dès » that folding makes the same), so a
 * nationality noun after a year-like number is what it counts.
 */
function frameWordAsWritten(ctx: ClaimContext, m: NumberMention): boolean {
  const words = ctx.cp.pack.countFrameWords;
  if (!words?.length) return false;
  const at = ctx.toOriginal[m.start] ?? m.start;
  const word = /([\p{L}\p{M}]+)\s*$/u.exec(ctx.original.slice(Math.max(0, at - 16), at).normalize('NFC'));
  return word !== null && words.includes(word[1]!.toLowerCase());
}

/**
 * "estiment à 1 500 le nombre de Marocains": a "number of" frame after the number, with only its
 * article and preposition around it, puts the number to the people it names.
 */
function frameAfter(ctx: ClaimContext, from: number, to: number): boolean {
  const { cp } = ctx;
  return (
    to - from <= 32 &&
    cp.numberOf.anyIn(ctx.text, from, to) &&
    onlyGlue(ctx, from, to, [cp.numberOf, cp.modifiers, cp.possessives])
  );
}

/**
 * Whether the last status word before the count is a verb with its subject between it and the count
 * ("تسلمت تونس 40"): a deed done, not a verbal noun ("إعادة 43 امرأة … سيكون صعبا") nor another
 * count's verb.
 */
function verbWithSubject(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): boolean {
  const verb = facts.status.filter((s) => s.end <= m.start && s.start >= facts.seg.start).pop();
  if (verb === undefined) return false;
  // "أعلن الأردن استعادة 15 من مواطنيه": a deed announced, right after the announcer's name, is the
  // announcer's (one to three words between the verb of saying and the deed).
  if (blankBetween(ctx.text, verb.end, m.start)) {
    const said = ctx.cp.attributionVerbs
      .scanRange(ctx.text, Math.max(facts.seg.start, verb.start - 40), verb.start)
      .pop();
    // Not past "إن": "قال المسؤول إن إعادة 31 امرأة" names the return in the clause said, no one's deed.
    if (
      said &&
      ANNOUNCER_GAP.test(ctx.text.slice(said.end, verb.start)) &&
      !ctx.cp.clauseOpeners.anyIn(ctx.text, said.end, verb.start)
    )
      return true;
  }
  return /\p{L}/u.test(ctx.text.slice(verb.end, m.start)) && subjectBetween(ctx, facts, verb.end, m.start);
}

/** Between a verb of saying and the deed it announces: its subject, one to three words. */
const ANNOUNCER_GAP = /^(?:\s+[\p{L}\p{M}]+){1,3}\s+$/u;

/** A bound word right before a "number of" frame before the number: "تجاوز عدد X N", "exceeded". */
function frameBound(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): Qualifier | null {
  const numberOf = frameBefore(ctx, facts, m, 110);
  if (!numberOf) return null;
  const { text, cp } = ctx;
  const from = Math.max(facts.seg.start, numberOf.start - 16);
  const bound = cp.boundsBefore.scanRange(text, from, numberOf.start).pop();
  if (bound && blankBetween(text, bound.end, numberOf.start)) return bound.value;
  // "لا يقل عدد الضحايا عن 25": a verb that bounds only before the frame.
  const verb = cp.frameBounds.size ? cp.frameBounds.scanRange(text, from, numberOf.start).pop() : undefined;
  if (verb && blankBetween(text, verb.end, numberOf.start)) return verb.value;
  // "قدرت الوزارة عدد المقاتلين بـ900" (the ministry estimated their number at 900): a verb of estimating
  // with its subject, a few words, between it and the frame.
  const wide = Math.max(facts.seg.start, numberOf.start - 48);
  const estimate = cp.frameBounds.size
    ? cp.frameBounds.scanRange(text, wide, numberOf.start).findLast((b) => b.value === 'approx')
    : undefined;
  if (!estimate) return null;
  const gap = text.slice(estimate.end, numberOf.start);
  return /^\s*(?:[\p{L}\p{M}]+\s+){1,3}$/u.test(gap) ? 'approx' : null;
}

/** The noun of a "number of X" frame before the number in its clause, if any. */
function numberOfFrameNoun(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
): LexiconMatch<PopulationWord> | null {
  const numberOf = frameBefore(ctx, facts, m, 110);
  if (!numberOf) return null;
  return frameCounted(ctx, facts, numberOf.end, m.start);
}

/** How far before its comma the noun of a restated phrase may stand ("ربع المقاتلين الأجانب،"). */
const RESTATED_REACH = 40;

/**
 * The noun of people a count restates: the phrase before a comma and one of the pack's
 * restatementMarkers right before the count ("ربع المقاتلين الأجانب، أي ما يقارب 1,200 مقاتل"), words
 * only between the noun and the comma.
 */
function restatedNoun(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
): LexiconMatch<PopulationWord> | null {
  const { text, cp } = ctx;
  if (!cp.restatementMarkers.size) return null;
  const marker = cp.restatementMarkers
    .scanRange(text, Math.max(facts.seg.start, m.start - 12), m.start)
    .filter((q) => blankBetween(text, q.end, m.start))
    .sort((a, b) => a.start - b.start)[0];
  if (!marker) return null;
  const comma = /[,،]\s*$/u.exec(text.slice(Math.max(facts.seg.start, marker.start - 4), marker.start));
  if (!comma) return null;
  const at = marker.start - comma[0].length;
  const noun = facts.population.filter((p) => p.end <= at).pop();
  if (!noun || at - noun.end > RESTATED_REACH || /[\p{N}.;:!?,،()]/u.test(text.slice(noun.end, at)))
    return null;
  return noun;
}

/**
 * The noun a "number of" frame ending at `from` counts, before `to`. "Число убитых детей": an adjective of
 * people right before a noun of people (a blank between) is that noun's adjective; the noun is counted.
 */
function frameCounted(
  ctx: ClaimContext,
  facts: SentenceFacts,
  from: number,
  to: number,
): LexiconMatch<PopulationWord> | null {
  const counted = facts.population.find((p) => p.start >= from && p.start - from < 24 && p.end <= to);
  if (!counted?.value.adjective) return counted ?? null;
  const head = facts.population.find((q) => q.start >= counted.end && q.end <= to && !q.value.deferred);
  return head && blankBetween(ctx.text, counted.end, head.start) ? head : counted;
}

/**
 * What a "number of" frame says befell the people it counts, in the words right after it: "Число
 * задержанных … составило 19", "the number of those detained stands at 19".
 */
function frameStatus(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): Status | null {
  const numberOf = frameBefore(ctx, facts, m, 110);
  if (!numberOf) return null;
  const s = facts.status.find((w) => w.start >= numberOf.end && w.end <= m.start);
  if (!s || s.start - numberOf.end > 24 || PUNCT_STOP.test(ctx.text.slice(numberOf.end, s.start)))
    return captiveInFrame(ctx, facts, numberOf.end, m.start) ? 'other' : null;
  // Being somewhere ("الموجودين في السجون") leaves it to the rest of the clause to say where and how.
  return s.value === 'present' ? null : s.value;
}

/**
 * "تجاوز عدد الأطفال المختطفين على يد الجماعة 1400": hostages or the abducted named close after the frame
 * (a captive population word) are the group's victims, held by it: status other.
 */
function captiveInFrame(ctx: ClaimContext, facts: SentenceFacts, from: number, to: number): boolean {
  const p = facts.population.find((w) => w.start >= from && w.end <= to && w.start - from <= 24);
  if (!p) return false;
  const c = p.value.captive
    ? p
    : facts.population.find((w) => w.start > p.start && w.end <= to && w.start - p.end <= 2);
  return !!c?.value.captive && !PUNCT_STOP.test(ctx.text.slice(from, c.start));
}

/** A nationality counted by a "number of" frame before the number: "the number of Georgians … 46". */
function numberOfDemonym(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): PlaceHit | null {
  // A relative clause may stand between: "the number of foreigners who joined … in Syria and Iraq exceeded N".
  const numberOf = frameBefore(ctx, facts, m, 160);
  if (!numberOf) return null;
  return (
    facts.places.find(
      (p) =>
        p.kind === 'demonym' && p.start >= numberOf.end && p.start - numberOf.end < 24 && p.end <= m.start,
    ) ?? null
  );
}

/**
 * "численность организации … от 50 до 200 тысяч боевиков", "the number of the group's members … N":
 * the size of an armed group, named right after the "number of" frame (its noun or its name).
 */
function groupSize(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): boolean {
  const { text, cp } = ctx;
  const numberOf = frameBefore(ctx, facts, m, 110);
  if (!numberOf) return false;
  const near = Math.min(m.start, numberOf.end + 40);
  if (facts.places.some((p) => p.start >= numberOf.end && p.end <= near)) return false;
  // "عدد الأطفال المختطفين على يد الجماعة": the group's captives, not its members.
  if (captiveInFrame(ctx, facts, numberOf.end, m.start)) return false;
  return cp.groupNouns.anyIn(text, numberOf.end, near) || anyWithin(facts.groups, numberOf.end, near);
}

/** What "the number of X … N" counts, when such a frame precedes the number in its clause. */
function numberOfFrame(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): Population | null {
  const numberOf = frameBefore(ctx, facts, m, 110);
  if (!numberOf) return null;
  const counted = frameCounted(ctx, facts, numberOf.end, m.start);
  const fights = facts.fighting.some((f) => f.start >= numberOf.end && f.end <= m.start);
  // "عدد القتلى من الأطفال": the dead drawn from the children are children.
  if (counted?.value.role === 'victim' && counted.value.population === 'people') {
    const narrower = fromAmongNarrower(ctx, facts, counted.end);
    if (narrower) return narrower;
  }
  // "عدد قتلى التنظيم" (the number of the group's dead): its members.
  if (
    counted?.value.role === 'victim' &&
    counted.value.population === 'people' &&
    groupsOwnDead(ctx, facts, counted, counted.start)
  )
    return 'fighters';
  // "عدد النساء والأطفال الأجانب … 10 آلاف و500 شخص", "the number of women and children … is": two
  // nouns of people joined in the frame count both together (GUIDELINES.md: people).
  if (counted && conjoinedOther(ctx, facts, counted, m.start)) return 'people';
  if (counted && !counted.value.generic && !counted.value.deferred) return counted.value.population;
  if (fights) return 'fighters';
  return counted && m.start - counted.end < 80 ? counted.value.population : null;
}

/**
 * Whether a people noun of another population follows `counted` before `to`, joined to it by a
 * conjunction alone (glued in Arabic: "النساء والأطفال"; "women and children").
 */
function conjoinedOther(
  ctx: ClaimContext,
  facts: SentenceFacts,
  counted: LexiconMatch<PopulationWord>,
  to: number,
): boolean {
  const { text, cp } = ctx;
  if (counted.value.generic) return false;
  const next = facts.population.find(
    (q) => q.start >= counted.end && q.end <= to && q.start - counted.end <= 8,
  );
  if (!next || next.value.generic || next.value.population === counted.value.population) return false;
  const gap = text.slice(counted.end, next.start).trim();
  if (gap !== '') return cp.conjunctions.get(gap) !== undefined;
  const glued = text.slice(next.start, next.start + 1);
  return cp.pack.script === 'arabic' && cp.conjunctions.get(glued) !== undefined;
}

/**
 * Whether a unit that makes a number something else follows it: years, minutes, dollars, "في المئة".
 * A unit stem never takes a word that names people: "euro*" is not "Européens", "jour*" not "journalistes".
 */
function unitAfter(
  ctx: ClaimContext,
  at: number,
  end: number,
  population: readonly LexiconMatch<PopulationWord>[],
  places: readonly PlaceHit[],
): boolean {
  const { text, cp } = ctx;
  for (const u of cp.nonCountUnits.scanRange(text, at, Math.min(end, at + 40))) {
    const adjacent = /^[\s-]*$/.test(text.slice(at, u.start));
    if (!adjacent && !nationalityOnly(text, places, at, u.start)) continue;
    // "حكم على 12 تونسيا بالسجن" (sentenced to prison): a definite word after the nationality is no unit.
    if (!adjacent && cp.definite?.test(text.slice(u.start, u.end))) continue;
    // Nor right after the number, when the article is a clitic the unit's word does not hold: a counted
    // noun after its number has none ("على الأطفال الستة بالسجن", to prison; "6 سجون" counts prisons).
    if (adjacent && articleClitic(cp, text.slice(u.start, u.end), u.pattern)) continue;
    if (!namesPeople(u, population, places)) return true;
  }
  return false;
}

/** Whether a matched word bears the article as a clitic before its pattern ("بالسجن" for سجن). */
function articleClitic(cp: CompiledPack, word: string, pattern: string): boolean {
  const article = cp.definite?.exec(word)?.[0];
  return article !== undefined && word.slice(article.length).startsWith(pattern.replace(/\*$/u, ''));
}

/** Whether only a nationality stands in text[from, to): "50,000 Yemeni riyals", "1,000 Iraqi dinars". */
function nationalityOnly(text: string, places: readonly PlaceHit[], from: number, to: number): boolean {
  for (const p of places)
    if (p.kind === 'demonym' && p.start >= from && p.end <= to)
      return blankBetween(text, from, p.start) && blankBetween(text, p.end, to);
  return false;
}

/** Whether a unit's words are a word for people or a nationality ("Européens" is no "euro"). */
function namesPeople(
  u: { start: number; end: number },
  population: readonly LexiconMatch<PopulationWord>[],
  places: readonly PlaceHit[],
): boolean {
  for (const p of population) if (p.start === u.start && p.end >= u.end) return true;
  for (const p of places) if (p.kind === 'demonym' && p.start === u.start && p.end >= u.end) return true;
  return false;
}

/**
 * Whether a number is a term of a ratio: "un enfant sur trois", "trois jeunes sur cinq", "one in five
 * children". A ratio is not a count (GUIDELINES.md, Hard cases); "40 sur 300" and "40 fighters in 3
 * attacks" are not ratios: the joiner stands right before a small or round second number, the first is
 * the smaller, and the noun is said once (after the first number or after the second, not both).
 */
function inRatio(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): boolean {
  if (ratioNumerator(ctx, facts, m) >= 0 || afterEveryBase(ctx, facts, m)) return true;
  const next = facts.numbers[facts.numbers.indexOf(m) + 1];
  return !!next && ratioNumerator(ctx, facts, next) === m.numStart;
}

/**
 * "بين كل 10 مقاتلين أجانب يوجد 3 من تونس" (among every 10 foreign fighters 3 are from Tunisia): a
 * smaller number after an "every N" base in its clause is the ratio's other term, no count either.
 */
function afterEveryBase(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): boolean {
  if (ctx.cp.ratioEvery.size === 0 || m.min === null || m.yearLike) return false;
  const prev = facts.numbers[facts.numbers.indexOf(m) - 1];
  if (!prev || prev.min === null || prev.yearLike || prev.min <= m.min || m.start - prev.end > 40)
    return false;
  return (
    !PUNCT_STOP.test(ctx.text.slice(prev.end, m.start)) &&
    justBefore(ctx.text, facts.seg, prev, ctx.cp.ratioEvery)
  );
}

/** Where the first term of a ratio whose second term is b starts ("one", "un" included), or -1. */
function ratioNumerator(ctx: ClaimContext, facts: SentenceFacts, b: NumberMention): number {
  const { text, cp } = ctx;
  // A ratio's second term is small or round (one in five, un sur mille); "40 sur 300" is a part.
  if (b.yearLike || b.min === null || (b.min > 10 && !isPowerOfTen(b.min))) return -1;
  const joiner = cp.ratioJoiners
    .scanRange(text, Math.max(facts.seg.start, b.numStart - 16), b.numStart)
    .find((j) => /^\s*$/.test(text.slice(j.end, b.numStart)));
  if (!joiner) return -1;
  const from = Math.max(facts.seg.start, joiner.start - 40);
  const prev = facts.numbers.filter((n) => n.numEnd <= joiner.start && n.numEnd >= from).pop();
  const one = cp.numberWords
    .scanRange(text, from, joiner.start)
    .filter((w) => w.value.kind === 'unit' && w.value.value === 1)
    .pop();
  // "طفلا من كل خمسة أطفال" (a child out of every five): a counted noun right before the joiner, with
  // no number of its own, is one of them (an Arabic indefinite singular says "one").
  const single =
    !prev && !one
      ? facts.population.find((p) => p.end <= joiner.start && /^\s*$/.test(text.slice(p.end, joiner.start)))
      : undefined;
  const first =
    prev && (!one || prev.numEnd > one.end)
      ? { start: prev.numStart, end: prev.numEnd, value: prev.yearLike ? null : prev.min }
      : one
        ? { start: one.start, end: one.end, value: 1 }
        : single && { start: single.start, end: single.end, value: 1 };
  if (!first || first.value === null || first.value >= b.min) return -1;
  const gap = text.slice(first.end, joiner.start);
  if (PUNCT_STOP.test(gap) || gap.split(/\s+/).filter(Boolean).length > 3) return -1;
  const nounAfterFirst = !/^\s*$/.test(gap);
  // "trois enfants sur quatre détenus dans le camp": a word after the second number that is also a
  // status participle (held, returned) says what the people are, no second noun.
  const nounAfterSecond = facts.population.some(
    (p) =>
      p.start >= b.numEnd &&
      p.start - b.numEnd <= 2 &&
      !facts.status.some((st) => st.start <= p.start && st.end >= p.end),
  );
  if (nounAfterFirst && nounAfterSecond) return -1;
  return unitAfter(ctx, b.numEnd, facts.seg.end, facts.population, facts.places) ? -1 : first.start;
}

/**
 * The people a generic count stands in apposition to: "Выходцы из Чечни, 12 человек, задержаны",
 * "The suspects, 12 people, were charged". A comma or a dash right before the number (no other number since the
 * noun), and a comma, a dash, a bracket or the sentence's end right after the count's noun.
 */
function appositionHead(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  nounEnd: number,
  windowStart: number,
): { population: Population; origin: string | null; start: number } | null {
  const { text } = ctx;
  if (!/(?:,|\s[-–—])\s*$/u.test(text.slice(Math.max(facts.seg.start, m.start - 3), m.start))) return null;
  if (!/^\s*(?:[,)–—]|-\s|[.;!?]?\s*$)/u.test(text.slice(nounEnd, Math.min(facts.seg.end, nounEnd + 3))))
    return null;
  const named = nounBefore(ctx, facts, m, windowStart);
  if (!named || (named.origin === null && named.population === 'people')) return null;
  if (facts.numbers.some((n) => n.start >= named.start && n.end <= m.start)) return null;
  // Only the named phrase before the comma: no verb between it and the count but a participle set off
  // by its comma ("Дети, вывезенные из Ирака, — 14 человек").
  if (
    facts.status.some(
      (st) =>
        st.start >= named.start && st.end <= m.start && !/,\s*$/.test(text.slice(named.start, st.start)),
    )
  )
    return null;
  return named;
}

/** "in a training camp", «в тренировочном лагере»: the first status word after the noun, behind a preposition. */
function sceneAfter(ctx: ClaimContext, facts: SentenceFacts, nounEnd: number, windowEnd: number): boolean {
  const first = facts.status.find((s) => s.start >= nounEnd && s.end <= windowEnd);
  return first !== undefined && ctx.cp.prepositions.anyIn(ctx.text, nounEnd, first.start);
}

/**
 * «В Казахстане вернули 600 граждан»: a country behind "in" that opens its clause, a subjectless plural
 * verb right after it (the pack's impersonalAgentVerb): its authorities did it.
 */
function impersonalAgent(ctx: ClaimContext, facts: SentenceFacts, p: PlaceHit): boolean {
  const { text, cp } = ctx;
  if (!cp.impersonalAgentVerb || p.prep !== 'in' || p.kind !== 'name' || CONFLICT_ZONES.has(p.code))
    return false;
  const clauseStart = Math.max(facts.seg.start, text.lastIndexOf(',', p.start) + 1);
  if (!onlyGlue(ctx, clauseStart, p.start, [cp.prepositions])) return false;
  return cp.impersonalAgentVerb.test(text.slice(p.end, Math.min(facts.seg.end, p.end + 40)));
}

/** "in Iraqi prisons", "dans les camps syriens": a nationality that names a camp's or a prison's country. */
function namesHoldingPlace(ctx: ClaimContext, p: PlaceHit): boolean {
  const { text, cp } = ctx;
  const after = cp.holdingPlaces.scanRange(text, p.end, Math.min(text.length, p.end + 16))[0];
  if (after && blankBetween(text, p.end, after.start)) return true;
  const before = cp.holdingPlaces.scanRange(text, Math.max(0, p.start - 16), p.start).pop();
  return !!before && blankBetween(text, before.end, p.start);
}

/** The nearest counted noun or nationality before a number in its window: "العراقيون … (20,144)". */
function nounBefore(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  windowStart: number,
): { population: Population; origin: string | null; start: number } | null {
  const from = Math.max(windowStart, m.start - 80);
  // The frame's own words are not the noun: "البالغ عددهم" (numbering) is no count of adults.
  const frame = ctx.cp.numbering.scanRange(ctx.text, from, m.start);
  const nouns = facts.population.filter(
    (p) =>
      p.start >= from &&
      p.end <= m.start &&
      !p.value.deferred &&
      !frame.some((f) => f.start <= p.start && p.end <= f.end),
  );
  // "les jihadistes français détenus en Irak": a participle after the noun is no noun of its own.
  let noun = nouns.findLast((p) => !participle(facts, p)) ?? nouns.at(-1);
  // "الأطفال الذين جندهم الحوثيون يبلغ عددهم 600": the subject of a relative clause on the head noun is
  // not the people the frame numbers; the head is.
  if (noun && frame.length) {
    const i = nouns.indexOf(noun);
    const head = i > 0 ? nouns[i - 1] : undefined;
    if (
      head &&
      ctx.cp.nounBlockers
        .scanRange(ctx.text, head.end, noun.start)
        .some((b) => blankBetween(ctx.text, head.end, b.start))
    )
      noun = head;
  }
  // "Les Belges retenus dans le nord-est syrien sont au nombre de 46": not a place's adjective.
  const demonym = facts.places
    .filter(
      (p) =>
        p.kind === 'demonym' &&
        p.start >= from &&
        p.end <= m.start &&
        !qualifiesOtherNoun(ctx, p) &&
        !namesHoldingPlace(ctx, p),
    )
    .pop();
  // A noun with its nisba ("المقاتلين التونسيين البالغ عددهم"): the noun counts, the nisba says whence.
  if (demonym && noun && demonym.start >= noun.end && blankBetween(ctx.text, noun.end, demonym.start))
    return { population: noun.value.population, origin: demonym.code, start: noun.start };
  // "The Uzbek women at al-Hol number 112": a nationality adjective right before the noun says whence.
  // So does one inside the noun's own phrase ("foreign fighters").
  if (
    demonym &&
    noun &&
    ((noun.start >= demonym.end && blankBetween(ctx.text, demonym.end, noun.start)) ||
      (demonym.start >= noun.start && demonym.end <= noun.end))
  )
    return {
      // "Les Tunisiennes détenues en Libye": a participle after a feminine nationality noun describes women.
      population:
        noun.value.population === 'people' && participle(facts, noun) && namesWomen(ctx, demonym)
          ? 'women'
          : noun.value.population,
      origin: demonym.code,
      start: Math.min(demonym.start, noun.start),
    };
  // "Les Marocaines retenues à Roj sont 45": a feminine nationality noun names women.
  if (demonym && (!noun || demonym.start > noun.start))
    return {
      population: namesWomen(ctx, demonym) ? 'women' : 'people',
      origin: demonym.code,
      start: demonym.start,
    };
  // "Les Belges encore détenus … sont au nombre de 46": a participle after the nationality (a word
  // that also names detainees) describes it; the nationality is the head.
  if (
    demonym &&
    noun &&
    noun.value.population === 'people' &&
    participle(facts, noun) &&
    noun.start >= demonym.end &&
    noun.start - demonym.end < 16
  )
    return {
      population: namesWomen(ctx, demonym) ? 'women' : 'people',
      origin: demonym.code,
      start: demonym.start,
    };
  if (noun) {
    // "Граждан Азербайджана … насчитывается 45", "Выходцев из Киргизии …": a country glued to the noun
    // (a genitive or a "from") says whence.
    const whence = facts.places.find(
      (p) =>
        p.kind === 'name' &&
        // "Дети из Ирака": a war zone they come out of is where they were, not whence.
        (p.prep === null || (p.prep === 'from' && !CONFLICT_ZONES.has(p.code))) &&
        p.start >= noun.end &&
        p.start - noun.end <= 6 &&
        p.end <= m.start &&
        !/[,.;:()]/.test(ctx.text.slice(noun.end, p.start)),
    );
    return { population: noun.value.population, origin: whence?.code ?? null, start: noun.start };
  }
  return null;
}

function nounAfter(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention) {
  const after = nounAfterNumber(ctx, facts, m);
  // "المحتجزين الـ10000 هم من الأطفال": a definite numeral counts the definite noun it follows; a noun
  // further on, past other words, is what the sentence says they are.
  if (
    after &&
    ctx.cp.definite &&
    !blankBetween(ctx.text, m.end, after.match.start) &&
    postposedHead(ctx, facts, m)
  )
    return undefined;
  if (after || m.nounBefore === undefined) return after;
  // "уехали человек двадцать из этого села": the noun of an inverted count stands before its number.
  const p = facts.population.find((q) => q.start === m.nounBefore);
  return p ? { match: p, word: p.value } : undefined;
}

/** TEXT from FROM to TO with the points of the place names inside it dropped ("U.S." reads "US"). */
function withoutPlacePoints(facts: SentenceFacts, text: string, from: number, to: number): string {
  let out = '';
  let at = from;
  for (const pl of facts.places) {
    if (pl.start < at || pl.end > to || !text.slice(pl.start, pl.end).includes('.')) continue;
    out += text.slice(at, pl.start) + text.slice(pl.start, pl.end).replaceAll('.', '');
    at = pl.end;
  }
  return out + text.slice(at, to);
}

/**
 * "بتجنيد (250) طفلا", "recruited (250) children": a figure in brackets with its noun right after the
 * closing bracket, and no counted noun or place of origin right before the opening one (which the
 * figure would count: "Tunisia (800)", "the army (15)"), is the number of the phrase after it. A place
 * they are in ("في مأرب (35) طفلا") or the nationality of an actor ("الحكومة العراقية (150) عائلة") is
 * none.
 */
function bracketedFigure(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  nounStart: number,
): boolean {
  const { text } = ctx;
  if (!/^\s*\)\s*$/u.test(text.slice(m.end, nounStart))) return false;
  // "(15) وعناصر مسلحة (36)": a noun with "and" glued before it opens the next item of a list.
  if (glued(ctx, nounStart)) return false;
  const open = text.lastIndexOf('(', m.start);
  if (open < facts.seg.start) return false;
  // Only the noun's adjectives between it and the bracket: a word of what befell them ("الحوثيين بتجنيد
  // (400) طفلا") starts the phrase the figure belongs to.
  const near = (q: { start: number; end: number }) =>
    q.end <= open &&
    open - q.end <= 25 &&
    !/[.,،;:()\d]/u.test(text.slice(q.end, open)) &&
    !facts.status.some((st) => st.start >= q.end && st.end <= open);
  if (facts.population.some(near)) return false;
  return !facts.places.some(
    (q) =>
      near(q) &&
      q.prep !== 'in' &&
      q.prep !== 'to' &&
      !(q.kind === 'demonym' && actorBefore(ctx, facts, q)) &&
      // "وأعادت أوزبكستان (98) طفلا": a country right after the verb is its subject, no item of a list.
      !facts.status.some((st) => st.end <= q.start && blankBetween(text, st.end, q.start)),
  );
}

/** "والجيش الوطني الصومالي", "الحكومة العراقية": a nationality right after a definite noun of no people. */
function actorBefore(ctx: ClaimContext, facts: SentenceFacts, q: PlaceHit): boolean {
  const before = LAST_WORD.exec(ctx.text.slice(Math.max(facts.seg.start, q.start - 30), q.start));
  const word = before?.[0].trim();
  return (
    word !== undefined &&
    ctx.cp.definite?.test(word) === true &&
    actorNounBefore(ctx, q.start - before![0].length, q.start)
  );
}

function nounAfterNumber(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention) {
  const { text, cp } = ctx;
  for (const p of facts.population) {
    if (p.start < m.end) continue;
    // "killed 30 and wounded 45 hostages": a word for the wounded with a count right after it is the
    // verb of the next conjunct, no noun of this count. Right after this count it is its noun: "Из 90
    // заложников 14 погибли" (of the 90 hostages, 14 died).
    if (!nounOfCount(ctx, m.end, p.start) && victimVerb(ctx, facts, p)) return undefined;
    // The common case, "300 children": nothing but spaces between passes every test below.
    // "120 раненых военнослужащих": an adjective right after the number takes the noun after it.
    if (p.start - m.end <= 40 && blankBetween(text, m.end, p.start)) {
      if (p.value.adjective) return headOf(ctx, facts, p);
      // "11 wounded children", "12 injured women": a word for the hurt before a noun of people is its
      // adjective; the noun says who they are.
      if (p.value.role === 'victim') {
        const q = facts.population.find((r) => r.start >= p.end);
        if (q && q.value.role !== 'victim' && q.start - p.end <= 2 && blankBetween(text, p.end, q.start))
          return { match: q, word: q.value };
      }
      // "32 jeunes Français": a word for the young that the pack also knows as a modifier is the
      // adjective of a capitalised nationality noun right after it, which is the head.
      if (youngBeforeDemonym(ctx, facts, p)) return undefined;
      // "двое несовершеннолетних жителей Ингушетии", "трое несовершеннолетних граждан Казахстана": a
      // word for minors before a generic noun of people says what they are; the phrase runs on to the
      // generic noun, whose place (Ингушетии) is theirs. So does a word for adults ("250 взрослых граждан
      // Франции").
      if ((p.value.population === 'children' || p.value.population === 'adults') && !p.value.generic) {
        const q = facts.population.find((r) => r.start >= p.end);
        if (q && q.value.generic && q.value.population === 'people' && blankBetween(text, p.end, q.start))
          return { match: q, word: p.value };
        if (p.value.population === 'adults') return { match: p, word: p.value };
        // "150 teenage boys", "40 teenage fighters": a word for the young before a noun of children or
        // fighters is its adjective; the phrase runs on to the noun, and they are children.
        if (
          q &&
          q.start - p.end <= 2 &&
          cp.modifiers.get(text.slice(p.start, p.end)) &&
          (q.value.population === 'children' || q.value.population === 'fighters') &&
          blankBetween(text, p.end, q.start)
        )
          return { match: q, word: p.value };
      }
      // "120 autres enfants": the noun after "others" says who is counted; the phrase stays "120 autres"
      // for what follows it (a participle after the noun still says what befell them).
      if (p.value.anaphoric) return { match: p, word: headOf(ctx, facts, p)?.word ?? p.value };
      return { match: p, word: p.value };
    }
    // A footnote marker glued to the number ("4,000[12] fighters", "300¹") is not part of the phrase.
    // "39 U.S. citizens": the points of an abbreviated place's name between them end nothing.
    const between = withoutPlacePoints(facts, text, m.end, p.start).replace(FOOTNOTE, '');
    if (between.length > 40 || PUNCT_STOP.test(between.replace(/^\s*[)"']\s*/, ''))) return undefined;
    // "estime à 3 000 le nombre de ses ressortissants": a "number of" frame after the number names
    // what it counts, a possessive and all.
    if (frameAfter(ctx, m.end, p.start)) return headOf(ctx, facts, p);
    // "из них 15 – уроженцы Дагестана": where a dash is the copula, a noun after it is a predicate.
    if (
      cp.pack.dashCopula &&
      DASH_COPULA.exec(between)?.[0] === between &&
      justBefore(text, facts.seg, m, cp.partitivesBefore, true)
    )
      return undefined;
    // "the army (15) and armed elements (36)": a count alone in brackets ends there. Not where the
    // noun follows the closing bracket at once and nothing counted stands before the opening one:
    // "بتجنيد (250) طفلا" brackets the figure of the phrase after it.
    if (
      /^\s*\)/.test(between) &&
      /\(\s*$/.test(text.slice(Math.max(0, m.start - 3), m.start)) &&
      !bracketedFigure(ctx, facts, m, p.start)
    )
      return undefined;
    // "641 Tunisians, most of them young men": a noun after a quantifier is said of the head.
    if (cp.quantifiers.anyIn(text, m.end, p.start)) return undefined;
    // "40 or so women", "200 or more fighters": a bound after the number is no word of the phrase.
    const bound = cp.boundsAfter
      .scanRange(text, m.end, p.start)
      .find((b) => blankBetween(text, m.end, b.start));
    const words = (bound ? text.slice(bound.end, p.start) : between).split(/[\s-]+/).filter(Boolean);
    // A verb between them makes the noun an object: "300 have children with them".
    if (words.some((w) => cp.nounBlockers.get(w))) return undefined;
    // "ещё 60 воссоединились с семьями": so does a finite verb, where the pack marks verbs by ending.
    if (finiteVerbBetween(ctx, m.end, p.start)) return undefined;
    // "30 were handed over to their families", "30 joined their families": a noun after a possessive
    // past other words is other people's, theirs; "30 of their children" counts the children.
    // "37 more of its citizens": a possessive right after a partitive "of" that only modifiers lead is the
    // counted noun's, as in "30 of their children".
    for (let k = 2; k < words.length; k++)
      if (
        cp.possessives.get(words[k]!) &&
        !(cp.partitiveOf.get(words[k - 1]!) && words.slice(0, k - 1).every((w) => cp.modifiers.get(w)))
      )
        return undefined;
    // Right after a status verb too: "another 30 joined their families" (the object is theirs).
    // The verb's phrase may hold the object too ("rejoined their families").
    // Any word but a partitive's before the possessive is a verb: "another 30 rejoined their families".
    if (
      words.length === 2 &&
      cp.possessives.get(words[1]!) &&
      (!cp.modifiers.get(words[0]!) || facts.status.some((s) => s.start >= m.end && s.start < p.start))
    )
      return undefined;
    // "689 IS supporters": a word of a group's name between them ("IS") is no copula, whatever it spells.
    const copula = words.some(
      (w) =>
        cp.copulas.get(w) &&
        !facts.groups.some(
          (g) =>
            g.start >= m.end &&
            g.end <= p.start &&
            text
              .slice(g.start, g.end)
              .split(/[\s-]+/)
              .includes(w),
        ),
    );
    // "الأجانب البالغ عددهم 6,000 هم من الأطفال": a count its frame names is the frame's; the noun
    // after a copula is a predicate, said of others (here: two thirds of them).
    if (copula && justBefore(text, facts.seg, m, cp.numberOf)) return undefined;
    // "410 были выходцами из Алжира", "120 étaient des ressortissants": a generic noun after a copula
    // says what the count is, not what it counts; the people counted before decide (copulaPredicate).
    if (p.value.generic && copula) return undefined;
    // "30 of the 200 Norwegians are women": the whole a part is taken from is not what the part is said to be.
    if ((copula || /[—–]/u.test(between)) && partitiveWhole(ctx, facts, m)) return undefined;
    // "الدفعة العشرون من العائلات" (the twentieth batch of families): a spelled number with the article
    // is an ordinal or a post-posed numeral, never a part taken "of" a noun after it. After a bound or
    // hedge ("قرابة الألفين من النساء", about two thousand of the women) it is the cardinal: no ordinal
    // takes a bound.
    if (definiteNumeral(cp, text, m) && m.start === m.numStart) return undefined;
    // "two of the accused's brothers": after a partitive "of", a possessor's genitive right before the
    // noun stands for its whole phrase, as a possessive does ("two of his brothers").
    if (
      words.length > 2 &&
      cp.partitiveOf.get(words[0]!) &&
      /\p{L}(?:'s|s')$/u.test(words[words.length - 1]!)
    )
      words.splice(1, words.length - 2);
    // Up to three modifiers (foreign, young, Kazakh, несовершеннолетних) or one unknown word.
    if (words.length > 3) return undefined;
    // "600 عراقي من عائلات المقاتلين", "300 Tunisians from fighters' families": a nationality counted
    // right after the number, then a family noun behind "from", counts persons of those families.
    if (p.value.population === 'families' && demonymFromFamilies(ctx, facts, m, p, words)) return undefined;
    // "98 des 276 enfants", "5 سودانيين و4 أطفال" (a digit glued to "and"), "5 Sudanese and four
    // children": a noun after another number is that number's.
    if (words.some((w) => isAsciiDigit(w.charCodeAt(0)))) return undefined;
    if (facts.numbers.some((n) => n.start >= m.end && n.end <= p.start)) return undefined;
    const unknown = words.filter(
      (w, k) =>
        !cp.modifiers.get(w) &&
        !facts.places.some((pl) => text.slice(pl.start, pl.end).includes(w)) &&
        // "70 al-Shabaab fighters", "40 Boko Haram recruits": a group's name of several words.
        !facts.groups.some(
          (g) => g.start >= m.end && g.end <= p.start && text.slice(g.start, g.end).includes(w),
        ) &&
        !cp.population.get(w) &&
        // "5 of the abducted boys": a participle before the whole's noun, after "of".
        !(w === words[words.length - 1] && cp.partitiveOf.get(words[0]!) && cp.status.get(w)) &&
        // "300 Russian-speaking fighters": a language and the word of speaking it.
        !cp.languageNames.get(w) &&
        !(k > 0 && cp.languageNames.get(words[k - 1]!) && cp.spokenMarkers.get(w)),
    );
    if (unknown.length > 1) return undefined;
    return headOf(ctx, facts, p);
  }
  return undefined;
}

/**
 * Whether a word at `to` is still the noun of the count ending at `from`: nothing between them, or one
 * word that is no conjunction ("Из 90 освобожденных заложников"; not "killed 30 and wounded 45").
 */
function nounOfCount(ctx: ClaimContext, from: number, to: number): boolean {
  const between = ctx.text.slice(from, to);
  if (to - from <= 2 && blankBetween(ctx.text, from, to)) return true;
  const word = /^\s+([\p{L}\p{M}]+)\s+$/u.exec(between)?.[1];
  return word !== undefined && !ctx.cp.conjunctions.get(word);
}

/** Whether a victim word ("wounded", "injured") has a count right after it: a verb, not the dead or hurt. */
function victimVerb(ctx: ClaimContext, facts: SentenceFacts, p: LexiconMatch<PopulationWord>): boolean {
  if (p.value.role !== 'victim') return false;
  for (const n of facts.numbers)
    if (n.start >= p.end) return n.start - p.end <= 3 && blankBetween(ctx.text, p.end, n.start);
  return false;
}

/** The end of the whole word a place match starts: a gazetteer name may stop before an ending ("Kazakh|s"). */
function wordEnd(text: string, end: number): number {
  let e = end;
  while (e < text.length && e - end < 4 && isLetterPoint(text.charCodeAt(e))) e++;
  return e;
}

/**
 * "40 Kazakh and 30 Uzbek women", "12 Tunisian, 8 Libyan and 5 Moroccan fighters": a nationality with no
 * noun ending (an adjective, not "Kazakhs"), coordinated with further counts whose last one has a
 * nationality and a noun: that noun is shared. At most four conjuncts are read.
 */
function elidedNoun(
  ctx: ClaimContext,
  facts: SentenceFacts,
  demonym: PlaceHit,
): LexiconMatch<PopulationWord> | undefined {
  const { text, cp } = ctx;
  const plural = cp.demonymNounEnding;
  if (plural === null || demonym.prep !== null) return undefined;
  let d = demonym;
  for (let k = 0; k < 4; k++) {
    const end = wordEnd(text, d.end);
    if (plural.test(text.slice(d.start, end))) return undefined;
    const noun = facts.population.find((p) => p.start >= end && p.start - end <= 2);
    if (noun && k > 0 && blankBetween(text, end, noun.start) && !noun.value.deferred) return noun;
    const gap = ELIDED_GAP.exec(text.slice(end, Math.min(facts.seg.end, end + 14)));
    if (!gap || (gap[1] === undefined ? !gap[0].includes(',') : !cp.conjunctions.get(gap[1])))
      return undefined;
    const n = facts.numbers.find((x) => x.start === end + gap[0].length);
    if (!n) return undefined;
    const next = facts.places.find((p) => p.kind === 'demonym' && p.start >= n.end && p.start - n.end <= 2);
    if (!next || next.prep !== null || !blankBetween(text, n.end, next.start)) return undefined;
    d = next;
  }
  return undefined;
}

/**
 * "killed 30 and wounded 45 hostages", "killed 12 and injured 40 children": a count with no noun, then a
 * conjunction and a word for the hurt used as a verb with its own count and noun: the noun is shared.
 */
function gappedNoun(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  depth = 0,
): { match: LexiconMatch<PopulationWord>; word: PopulationWord } | undefined {
  const { text, cp } = ctx;
  // "and wounded 45", ", wounded 45", ", and wounded 45", "и ранили 45".
  const after = text.slice(m.end, Math.min(facts.seg.end, m.end + 14));
  const conj = /^\s*(?:[,،]\s*)?(\p{L}+)\s+/u.exec(after);
  const gap = conj && cp.conjunctions.get(conj[1]!) ? conj[0] : /^\s*[,،]\s*/u.exec(after)?.[0];
  if (gap === undefined) return undefined;
  const at = m.end + gap.length;
  const hurt = facts.population.find((p) => p.start === at);
  const verb = hurt && victimVerb(ctx, facts, hurt) ? hurt : facts.status.find((s) => s.start === at);
  if (!verb) return undefined;
  const next = facts.numbers.find((n) => n.start >= verb.end);
  if (!next || (verb !== hurt && !auxiliariesOnly(ctx, verb.end, next.start))) return undefined;
  // "killed 30, wounded 45 and displaced 200 people": the noun may come after a further conjunct.
  const shared =
    nounAfter(ctx, facts, next) ?? (depth < 3 ? gappedNoun(ctx, facts, next, depth + 1) : undefined);
  if (shared) return shared;
  // "killed 3 and wounded 45": no noun at all; the word for the hurt stands for people, out of the quote.
  return verb === hurt ? { match: movedMatch(hurt, m.end, m.end), word: hurt.value } : undefined;
}

/**
 * "killed 18 soldiers and wounded 40", "killed 30 militants and arrested 12": a count with no noun right
 * after a conjunction and a status verb, past the count before in its sentence, is more of those people.
 */
function conjunctVerbObject(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  previousInSentence: DraftClaim | undefined,
): boolean {
  const { text, cp } = ctx;
  if (!previousInSentence || previousInSentence.end > m.start || m.start - previousInSentence.end > 30)
    return false;
  const conj = /^[\s,]*(\p{L}+)\s+/u.exec(text.slice(previousInSentence.end, m.start));
  if (!conj || !cp.conjunctions.get(conj[1]!)) return false;
  const at = previousInSentence.end + conj[0].length;
  const verb = facts.status.find((s) => s.start === at);
  return verb !== undefined && verb.end <= m.start && auxiliariesOnly(ctx, verb.end, m.start);
}

/**
 * Whether a place stands in a relative clause right after the counted noun whose verb tells of a journey
 * (a return, a departure) or of fighting: "7 men who had returned from Syria", "20 women who travelled to
 * Iraq", "9 men who had fought in Syria".
 */
function pastJourneyClause(ctx: ClaimContext, facts: SentenceFacts, nounEnd: number, p: PlaceHit): boolean {
  const { text, cp } = ctx;
  if (p.start < nounEnd || p.start - nounEnd > 60) return false;
  const lead0 = nounEnd + /^[\s,]*/u.exec(text.slice(nounEnd))![0].length;
  // "девять боевиков, воевавших в Сирии, осуждены": a fighting participle the same.
  const foughtAside =
    /^\s*,/u.test(text.slice(nounEnd, p.start)) &&
    !PUNCT_STOP.test(text.slice(lead0, p.start)) &&
    facts.fighting.some((f) => f.value && f.start === lead0 && f.end <= p.start) &&
    !anyWithin(facts.status, lead0, p.start);
  if (foughtAside) return true;
  const opener = cp.clauseOpeners.firstIn(text, nounEnd, Math.min(p.start, nounEnd + 4));
  if (!opener || !/^[\s,]*$/u.test(text.slice(nounEnd, opener.start))) {
    // "девятерых женщин, вернувшихся из Сирии, осудили": a participle set off by a comma tells of
    // their past the same way, when it is a journey's.
    if (
      !/^\s*,/u.test(text.slice(nounEnd, p.start)) ||
      !participleOpens(cp, text.slice(nounEnd + 1, p.start))
    )
      return false;
    const lead = nounEnd + /^[\s,]*/u.exec(text.slice(nounEnd))![0].length;
    const verb = facts.status.find((s) => s.start === lead && s.end <= p.start);
    return verb !== undefined && (verb.value === 'returned' || verb.value === 'joined');
  }
  if (PUNCT_STOP.test(text.slice(opener.end, p.start))) return false;
  const verb = facts.status.find((s) => s.start >= opener.start && s.end <= p.start);
  if (verb) return verb.value === 'returned' || verb.value === 'joined';
  return facts.fighting.some((f) => f.value && f.start >= opener.end && f.end <= p.start);
}

/** Whether a family noun follows "N DEMONYM from": the demonym is the count's head. */
function demonymFromFamilies(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  p: LexiconMatch<PopulationWord>,
  words: readonly string[],
): boolean {
  if (words.length !== 2 || ctx.cp.prepositions.get(words[1]!) !== 'from') return false;
  for (const pl of facts.places)
    if (
      pl.kind === 'demonym' &&
      pl.start >= m.end &&
      pl.end < p.start &&
      blankBetween(ctx.text, m.end, pl.start)
    )
      return true;
  return false;
}

function youngBeforeDemonym(
  ctx: ClaimContext,
  facts: SentenceFacts,
  p: LexiconMatch<PopulationWord>,
): boolean {
  const { text, cp } = ctx;
  if (p.value.population !== 'children' || !cp.modifiers.get(text.slice(p.start, p.end))) return false;
  const d = facts.places.find((q) => q.start >= p.end);
  return (
    d !== undefined &&
    d.kind === 'demonym' &&
    d.prep === null &&
    blankBetween(text, p.end, d.start) &&
    UPPER_LETTER.test(ctx.original[ctx.toOriginal[d.start]!] ?? '')
  );
}

/**
 * Whether the phrase ending at `nounEnd` is joined by a conjunction (and a bound word) to the count that
 * opens the next window: "4 тысяч выходцев из России и около 5 тысяч…", "300 Tunisians and 200…".
 */
function coordinatedWithNext(
  ctx: ClaimContext,
  facts: SentenceFacts,
  nounEnd: number,
  windowEnd: number,
): boolean {
  const { text, cp } = ctx;
  const next = facts.numbers.find((n) => n.start >= windowEnd);
  if (!next || next.start !== windowEnd || windowEnd - nounEnd > 60) return false;
  if (/[.;:!?()]/u.test(text.slice(nounEnd, windowEnd))) return false;
  // "300 returned home and 200 are fighting": a verb of its own ends the first count's clause.
  if (anyWithin(facts.status, nounEnd, windowEnd) || finiteVerbBetween(ctx, nounEnd, windowEnd)) return false;
  const words = text.slice(nounEnd, windowEnd).trim().split(/\s+/);
  let k = words.length - 1;
  if (k >= 0 && cp.boundsBefore.get(words[k]!) !== undefined) k--;
  // "5 тысяч выходцев из России и ещё 4 тысячи из стран СНГ воюют": a word adding more of the same.
  if (k > 0 && cp.additives.get(words[k]!) !== undefined) k--;
  return k >= 0 && cp.conjunctions.get(words[k]!) !== undefined;
}

/** "32 jeunes Français": only the adjective of the young between a number and its nationality noun. */
function youngThen(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention, at: number): boolean {
  const { text } = ctx;
  const young = facts.population.find((q) => q.start >= m.end);
  return (
    young !== undefined &&
    blankBetween(text, m.end, young.start) &&
    blankBetween(text, young.end, at) &&
    youngBeforeDemonym(ctx, facts, young)
  );
}

/**
 * "900 выехавших в Сирию граждан": a participle's place (a preposition and a place) between it and the
 * noun it qualifies.
 */
function placeGap(ctx: ClaimContext, facts: SentenceFacts, from: number, to: number): boolean {
  const { text, cp } = ctx;
  if (to - from > 32) return false;
  const place = facts.places.find((q) => q.start > from && q.end <= to);
  if (!place || !blankBetween(text, place.end, to)) return false;
  const words = text.slice(from, place.start).trim().split(/\s+/);
  return words.length === 1 && cp.prepositions.get(words[0]!) !== undefined;
}

/**
 * "17 задержанных на прошлой неделе рекрутов": a phrase of when (a preposition, then a month, a year or
 * a word of relative time, three words at most) between a participle and its noun.
 */
function timeGap(ctx: ClaimContext, from: number, to: number): boolean {
  const { text, cp } = ctx;
  if (to - from > 32 || PUNCT_STOP.test(text.slice(from, to))) return false;
  const words = text.slice(from, to).trim().split(/\s+/);
  if (words.length < 2 || words.length > 3 || cp.prepositions.get(words[0]!) === undefined) return false;
  return words.some(
    (w, k) =>
      k > 0 &&
      (/^\d{4}$/.test(w) ||
        cp.months.get(w) !== undefined ||
        cp.speakerTimeWords.get(w) !== undefined ||
        (cp.relativeDates !== null && cp.relativeDates.test(w))),
  );
}

/** The head of a counted phrase that opens with a person word. */
function headOf(ctx: ClaimContext, facts: SentenceFacts, p: LexiconMatch<PopulationWord>) {
  // "12 autres enfants", "120 раненых военнослужащих": the noun after the adjective is the head.
  if (p.value.anaphoric || p.value.adjective) {
    const head = facts.population.find(
      (q) =>
        q.start >= p.end &&
        !q.value.deferred &&
        (blankBetween(ctx.text, p.end, q.start) ||
          (p.value.adjective && (placeGap(ctx, facts, p.end, q.start) || timeGap(ctx, p.end, q.start)))),
    );
    // "12 soldats ont été tués, et 8 autres blessés": after "others", a word for the wounded or the
    // dead is a participle, what befell more of the people before; "others" alone is the count.
    if (head && p.value.anaphoric && victimNounStatus(facts, head, null)) return { match: p, word: p.value };
    if (head) return { match: head, word: head.value };
    if (p.value.substantive && !standsAlone(ctx, facts, p)) return undefined;
  }
  return { match: p, word: p.value };
}

const NEXT_WORD = /^\s+([\p{L}\p{M}][\p{L}\p{M}-]*)/u;

/**
 * "قتل طفل وأصيب اثنان آخران" (a child was killed and two others wounded): the one person named last
 * before a count of masculine others with no count before it, when a masculine singular of the pack's
 * onePerson names them; after a woman ("قتلت امرأة وأصيب أربعة آخرون") the others stay people.
 */
function onePersonBefore(
  ctx: ClaimContext,
  facts: SentenceFacts,
  others: LexiconMatch<PopulationWord>,
  m: NumberMention,
): LexiconMatch<PopulationWord> | null {
  const { text, cp } = ctx;
  if (!cp.onePerson.size) return null;
  let p = facts.population.findLast((q) => q.end <= m.start && !q.value.anaphoric && !q.value.deferred);
  if (!p || /[.;:!?؟]/u.test(text.slice(p.end, m.start))) return null;
  // "قتل مقاتل من الحوثيين وأسر ثلاثة آخرون": a plural after the one person's preposition says whose
  // he is; the one person is the noun before it.
  const i = facts.population.indexOf(p);
  const whose = i > 0 ? facts.population[i - 1]! : undefined;
  if (
    whose &&
    !whose.value.anaphoric &&
    !whose.value.deferred &&
    cp.prepositions
      .scanRange(text, whose.end, p.start)
      .some((w) => blankBetween(text, whose.end, w.start) && blankBetween(text, w.end, p!.start))
  )
    p = whose;
  const one = cp.onePerson.firstIn(text, p.start, p.end);
  if (!one || one.start !== p.start || one.end !== p.end) return null;
  return cp.feminineOthers.anyIn(text, others.start, others.end) ? null : p;
}

/** "5 военных баз": right after the number, an adjective of people qualifies a thing; no count. */
function thingAdjective(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): boolean {
  for (const p of facts.population) {
    if (p.start < m.end) continue;
    if (!p.value.substantive || p.start - m.end > 2 || !blankBetween(ctx.text, m.end, p.start)) return false;
    return headOf(ctx, facts, p) === undefined;
  }
  return false;
}

/**
 * Whether an adjective that counts people stands alone: "5 военных погибли", "5 военных и 3 мирных
 * жителей", "5 военных." (soldiers), not "5 военных баз" (bases), where it is the next word's.
 */
function standsAlone(ctx: ClaimContext, facts: SentenceFacts, p: LexiconMatch<PopulationWord>): boolean {
  const { text, cp } = ctx;
  const next = NEXT_WORD.exec(text.slice(p.end, Math.min(facts.seg.end, p.end + 40)));
  if (!next) return true;
  const word = next[1]!;
  const at = p.end + next[0].length - word.length;
  if (cp.verbEnding?.test(word)) return true;
  if (anyAt(facts.status, at) || anyAt(facts.places, at) || anyAt(facts.numbers, at)) return true;
  return Boolean(
    cp.conjunctions.get(word) ||
    cp.prepositions.get(word) ||
    cp.auxiliaries.get(word) ||
    cp.copulas.get(word) ||
    cp.nounBlockers.get(word),
  );
}

function anyAt(matches: readonly { start: number }[], at: number): boolean {
  for (const w of matches) if (w.start === at) return true;
  return false;
}

/**
 * The verb whose object a count is: "Lebanon repatriated 65 of its nationals held in camps" (returned,
 * not held), and "flew home 28 women and 66 children, who had been held" for both coordinated counts.
 */
function verbBefore(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  previousInSentence: DraftClaim | undefined,
): Status | null {
  const { text, cp } = ctx;
  const verb = facts.status.filter((s) => s.end <= m.start && s.start >= facts.seg.start).pop();
  // "Из 4 тысяч уехавших около тысячи вернулись": the participle that names the whole counted before
  // is that count's noun, no verb of this one.
  const ownedByWhole =
    verb !== undefined &&
    previousInSentence !== undefined &&
    verb.start >= previousInSentence.start &&
    verb.end <= previousInSentence.end;
  if (
    verb &&
    !ownedByWhole &&
    (auxiliariesOnly(ctx, verb.end, m.start) ||
      articledObject(ctx, verb.end, m.start) ||
      subjectBetween(ctx, facts, verb.end, m.start) ||
      killerBetween(ctx, facts, verb, m.start) ||
      whenOnly(ctx, verb.end, m.start) ||
      adjunctOnly(ctx, facts, verb.end, m.start) ||
      (verb.value === 'detained' && termOnly(ctx, facts, verb.end, m.start)))
  ) {
    if (heldInPrison(ctx, facts, verb, m, facts.seg.start, facts.seg.end)) return 'detained';
    if (heldInPrison(ctx, facts, verb, m, facts.seg.start, facts.seg.end, 'other')) return 'other';
    if (heldInCamp(ctx, facts, verb, m, facts.seg.start, facts.seg.end)) return 'present';
    const moved = movedIntoHolding(ctx, facts, verb, m);
    if (moved) return moved;
    if (
      verb.value === 'returned' &&
      (planned(ctx, facts, returnChainStart(ctx, facts, verb)) || plannedLater(ctx, facts, m))
    )
      return plannedFromPrison(ctx, facts, m.end) ? 'detained' : 'present';
    return verb.value;
  }
  if (previousInSentence?.statusBefore) {
    // A dual's mention opens at its glued clitics ("وطفلان"): the conjunction is among them. The
    // nationality of the count before is its own ("3 نساء تركيات و9 أطفال").
    let from = previousInSentence.end;
    for (const p of facts.places)
      if (p.kind === 'demonym' && p.prep === null && p.start >= from && blankBetween(text, from, p.start))
        from = p.end;
    const between = text.slice(from, m.quoteStart ?? m.start).trim();
    if (between === ',' || between === '،' || cp.conjunctions.get(between)) return previousInSentence.status;
    // "находятся 420 боевиков, включая 90 женщин": a part named after its whole shares its verb.
    // "abducted 120 children, of whom 43 were recruited": a part with a verb of its own right after it
    // is told by that verb.
    if (
      subsetAfter(ctx, between) &&
      !anyWithin(facts.status, previousInSentence.end, m.start) &&
      !facts.status.some((st) => st.start >= m.end && auxiliariesOnly(ctx, m.end, st.start))
    )
      return previousInSentence.status;
  }
  return null;
}

/**
 * "recruited 40 men and attacked 12 soldiers", "recruté 40 garçons et livré 12 filles": past the count
 * before, a conjunction and one verb of its own (the pack's coordinatedVerb, no status word) open a second
 * conjunct whose verb governs this count. What it did to them the lexicon does not know: other.
 */
function coordinatedVerbStatus(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  previousInSentence: DraftClaim | undefined,
): Status | null {
  const { text, cp } = ctx;
  const re = cp.coordinatedVerb;
  if (!re || !previousInSentence) return null;
  const from = previousInSentence.end;
  if (from > m.start || m.start - from > 48) return null;
  if (anyWithin(facts.status, from, m.start)) return null;
  const gap = /^[\s,]*(\p{L}+)\s+/u.exec(text.slice(from, m.start));
  if (!gap || !cp.conjunctions.get(gap[1]!)) return null;
  let at = from + gap[0].length;
  const words = WORDS_AT;
  words.lastIndex = at;
  let w: RegExpExecArray | null;
  let seen = 0;
  while ((w = words.exec(text)) && w.index < m.start) {
    at = w.index;
    if (cp.auxiliaries.get(w[0]) || cp.copulas.get(w[0])) continue;
    seen++;
    if (seen > 1) break;
    const start = ctx.toOriginal[at]!;
    const end = ctx.toOriginal[at + w[0].length]!;
    if (!re.test(ctx.original.slice(start, end).normalize('NFC').toLowerCase())) return null;
    // Bound words may follow the verb: "and attacked at least 12 soldiers".
    return text
      .slice(at + w[0].length, m.start)
      .trim()
      .split(/\s+/u)
      .filter(Boolean).length <= 2
      ? 'other'
      : null;
  }
  return null;
}

const WORDS_AT = /\p{L}+/gu;

/** Whether only a conjunction (a comma before it at most) stands between the last status word and the count. */
function conjunctionOpens(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): boolean {
  const verb = facts.status.findLast((s) => s.end <= m.start && s.start >= facts.seg.start);
  if (!verb || m.start - verb.end > 12) return false;
  const gap = ctx.text
    .slice(verb.end, m.start)
    .replace(/^[\s,،]+/u, '')
    .trim();
  return gap !== '' && !!ctx.cp.conjunctions.get(gap);
}

/**
 * "The army lost 14 soldiers", "потеряла не менее 14 бойцов": a verb of losing right before the count
 * (its bound between) says they were killed (the pack's lossVerbs); "فقد 40 شخصا" (went missing), a
 * verb of going missing there, that they are missing, status other (missingVerbs).
 */
function lossBefore(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): Status | null {
  const { text, cp } = ctx;
  const from = Math.max(facts.seg.start, m.start - 24);
  if (cp.missingVerbs.size) {
    const verb = cp.missingVerbs.scanRange(text, from, m.start).pop();
    if (verb && blankBetween(text, verb.end, m.start)) return 'other';
  }
  if (cp.lossVerbs.size) {
    // "فقد الجيش المالي 14 جنديا": verb first, the one who lost them stands between (subjectBetween).
    const verb = cp.lossVerbs.scanRange(text, Math.max(facts.seg.start, m.start - 48), m.start).pop();
    if (
      verb &&
      // "فُقد أثر 30 طفلا": a longer phrase the verb opens says what befell them (all trace lost).
      !facts.status.some((s) => s.start <= verb.start && s.end > verb.end) &&
      (blankBetween(text, verb.end, m.start) || subjectBetween(ctx, facts, verb.end, m.start))
    )
      return 'killed';
  }
  return null;
}

/**
 * What befell the people when the counted noun itself says it ("45 جريحا", "50 قتيلا"): killed or
 * other only; a noun of a state (detainees, prisoners) leaves the verb to say what was done to them.
 */
function nounStatus(
  ctx: ClaimContext,
  facts: SentenceFacts,
  noun: { start: number; end: number },
  m: NumberMention,
): Status | null {
  for (const s of facts.status)
    if (s.start === noun.start && s.end === noun.end && (s.value === 'killed' || s.value === 'other'))
      return s.value === 'other' && killedRightBefore(ctx, facts, m) ? 'killed' : s.value;
  return null;
}

/**
 * "executed 4 hostages", "ont exécuté 6 otages", "казнили 6 заложников": a verb of killing right before
 * the count (blanks between) is what last befell people whose noun says they were taken.
 */
function killedRightBefore(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): boolean {
  for (const s of facts.status)
    if (
      s.value === 'killed' &&
      s.end <= m.start &&
      m.start - s.end <= 2 &&
      blankBetween(ctx.text, s.end, m.start)
    )
      return true;
  return false;
}

/**
 * "Из 4 тысяч уехавших около тысячи вернулись": a whole named by a participle of going or coming back
 * (a noun here) is what that participle says; the verb after it tells of the part.
 */
function movedWhole(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  noun: { start: number; end: number },
): Status | null {
  const { text, cp } = ctx;
  // The whole opens its clause: "Из 4 тысяч уехавших", "Of the 900 who left".
  // "Среди 40 задержанных были…", "Among the 40 detainees were…": a whole held in custody, too.
  const from = Math.max(facts.seg.start, m.start - 16);
  const of =
    cp.partitiveOf.scanRange(text, from, m.start).find((p) => blankBetween(text, p.end, m.start)) ??
    cp.among
      .scanRange(text, from, m.start)
      // "Among the 60 detainees": the article may stand between.
      .find(
        (p) =>
          blankBetween(text, p.end, m.start) || !!cp.definiteArticles.get(text.slice(p.end, m.start).trim()),
      );
  if (!of || !/(?:^|[,;:])\s*$/u.test(text.slice(facts.seg.start, of.start))) return null;
  for (const s of facts.status)
    if (
      s.start === noun.start &&
      s.end === noun.end &&
      (s.value === 'joined' || s.value === 'returned' || s.value === 'detained')
    )
      return s.value;
  return null;
}

/** Whether the counted noun is itself a word of coming back: "returnees", "عائدين". */
function returneeNoun(facts: SentenceFacts, noun: { start: number; end: number }): boolean {
  return facts.status.some((s) => s.start === noun.start && s.end === noun.end && s.value === 'returned');
}

/** Whether a count's phrase ends in a subset marker before the next: "… из Таджикистана, включая". */
function subsetAfter(ctx: ClaimContext, between: string): boolean {
  const comma = Math.max(between.lastIndexOf(','), between.lastIndexOf('،'));
  if (comma < 0 || /[.;:!?؟()]/u.test(between)) return false;
  return ctx.cp.subsetMarkers.get(between.slice(comma + 1).trim()) !== undefined;
}

/**
 * Verb-first languages put the subject between a verb and its object count ("استعادت قيرغيزستان 31
 * امرأة"): up to two words of one clause, none of them a count, a person noun or another status word.
 */
function subjectBetween(ctx: ClaimContext, facts: SentenceFacts, from: number, to: number): boolean {
  if (ctx.cp.pack.fightingBeforeCount !== true) return false;
  const gap = ctx.text.slice(from, to);
  if (PUNCT_STOP.test(gap) || /\d/.test(gap)) return false;
  // "أدانت محكمة بلجيكية غيابيا 6 نساء": an auxiliary or adverb beside the subject is not one of its words.
  // "اعتقلت الشرطة في كراتشي ثلاثة رجال": where it was done, a place after "in" behind the subject, is
  // no word of the subject either.
  // (A copy: scanRange hands out an array the next scan reuses.)
  const aside: { start: number; end: number }[] = [...ctx.cp.auxiliaries.scanRange(ctx.text, from, to)];
  for (const p of facts.places) {
    if (p.prep !== 'in' || p.kind === 'demonym' || p.start < from || p.end > to) continue;
    const prep = ctx.cp.prepositions.scanRange(ctx.text, Math.max(from, p.start - 8), p.start).pop();
    aside.push({
      start: prep && blankBetween(ctx.text, prep.end, p.start) ? prep.start : p.start,
      end: p.end,
    });
  }
  let rest = gap;
  for (const a of aside.sort((x, y) => y.start - x.start))
    rest = rest.slice(0, a.start - from) + rest.slice(a.end - from);
  if (objectParticleSubject(ctx, facts, from, to, rest)) return true;
  // "جند تنظيم الدولة الإسلامية 71 طفلا", "قتل مسلحو حركة الشباب 12 جنديا": a group's name is one word of
  // the subject, and a people noun in construct with it (its fighters) the head of that subject.
  const group = ctx.cp.groups.scanRange(ctx.text, from, to).pop();
  if (group && /^\s*$/u.test(ctx.text.slice(group.end, to))) {
    const head = facts.population.find((p) => p.start >= from && p.end <= group.start);
    const lead = head
      ? ctx.text.slice(from, head.start) + ctx.text.slice(head.end, group.start)
      : ctx.text.slice(from, group.start);
    return (
      /^\s*$/u.test(lead) &&
      !facts.status.some((s) => s.start >= from && s.end <= to) &&
      !facts.population.some((p) => p !== head && p.start >= from && p.end <= to)
    );
  }
  if (rest.trim().split(/\s+/).length > 2) return false;
  return (
    !facts.status.some((s) => s.start >= from && s.end <= to) &&
    !facts.population.some((p) => p.start >= from && p.end <= to)
  );
}

/**
 * "أفرجت الجماعات المسلحة عن 183 طفلا", "قبضت قوات الأمن على 5 رجال": an object particle (the pack's
 * objectParticles) right before the count closes the verb's subject, up to four words (people too), no
 * status word and no other count among them. REST is the gap without its auxiliaries and places.
 */
function objectParticleSubject(
  ctx: ClaimContext,
  facts: SentenceFacts,
  from: number,
  to: number,
  rest: string,
): boolean {
  const { text, cp } = ctx;
  if (!cp.objectParticles.size) return false;
  const particle = cp.objectParticles.scanRange(text, Math.max(from, to - 8), to).pop();
  if (!particle || !blankBetween(text, particle.end, to) || blankBetween(text, from, particle.start))
    return false;
  if (facts.numbers.some((n) => n.start >= from && n.end <= to)) return false;
  if (facts.status.some((s) => s.start >= from && s.end <= to)) return false;
  return rest.trim().split(/\s+/).length <= 4;
}

/**
 * "أعدم المسلحون 4 أسرى" (the militants executed 4 captives): in a verb-first language a verb of killing,
 * then its subject as one people noun, then the count: the noun does the killing, the count undergoes it.
 * One word only, the whole of it a people noun, and no other status word.
 */
function killerBetween(
  ctx: ClaimContext,
  facts: SentenceFacts,
  verb: LexiconMatch<Status>,
  to: number,
): boolean {
  if (verb.value !== 'killed' || ctx.cp.pack.fightingBeforeCount !== true) return false;
  const from = verb.end;
  const gap = ctx.text.slice(from, to);
  if (!/^\s+[\p{L}\p{M}]+\s+$/u.test(gap)) return false;
  const start = from + gap.search(/\S/u);
  const end = start + gap.trim().length;
  if (facts.status.some((s) => s.start < end && s.end > start)) return false;
  return facts.population.some((p) => p.start === start && p.end === end);
}

/**
 * Whether the counted people do to others what their verb says: "five gunmen killed 23 tourists" (the
 * tourists were killed; the gunmen's status is other): a status verb right after the counted noun
 * whose object is another count.
 */
function actsOnOthers(ctx: ClaimContext, facts: SentenceFacts, nounEnd: number, windowEnd: number): boolean {
  const { text } = ctx;
  const verb = facts.status.find((s) => s.start >= nounEnd && s.end <= windowEnd);
  if (!verb || !/^\s*(?:[\p{L}\p{M}]+\s+)?$/u.test(text.slice(nounEnd, verb.start))) return false;
  if (opensConjunct(ctx, verb)) return false;
  // "killed 5 soldiers and wounded 12 others": after a conjunction the verb is the next clause's.
  if (ctx.cp.conjunctions.get(text.slice(nounEnd, verb.start).trim())) return false;
  // "قتل منهم 120 فيما عاد 60", "12 were killed while 30 returned": a clause opener starts the next clause.
  if (ctx.cp.clauseOpeners.anyIn(text, nounEnd, verb.start)) return false;
  return facts.numbers.some(
    (n) =>
      n.start >= verb.end &&
      n.start - verb.end < 24 &&
      auxiliariesOnly(ctx, verb.end, n.start) &&
      // "remain in two camps", « restent dans les deux camps »: a number of places is no object of the verb.
      !ctx.cp.prepositions.anyIn(text, verb.end, n.start) &&
      !ctx.cp.holdingPlaces.anyIn(text, n.end, Math.min(windowEnd, n.end + 12)) &&
      // "169 enfants revenus en 2019": a year behind a word (fr "en" is also an auxiliary) is a date.
      !(n.yearLike && !blankBetween(text, verb.end, n.start)) &&
      // "حكمت على 5 متهمين بالسجن 10 سنوات", "sentenced 5 men to 10 years": a term is no one acted on.
      !unitAfter(ctx, n.end, facts.seg.end, facts.population, facts.places),
  );
}

/**
 * "were killed by 3 gunmen", « ont été tués par 3 hommes armés », "قتل مدنيان على يد 3 مسلحين": a count
 * right after the agent marker of a status verb (a few words before it, in the same clause) is who did
 * the deed, not who underwent it.
 */
function agentOfPassive(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): boolean {
  const { text, cp } = ctx;
  const from = Math.max(facts.seg.start, m.start - 16);
  const marker = cp.agentMarkers.scanRange(text, from, m.start).at(-1);
  if (!marker || !blankBetween(text, marker.end, m.start)) return false;
  const verb = facts.status.findLast((s) => s.end <= marker.start);
  if (!verb || marker.start - verb.end > 32) return false;
  const gap = text.slice(verb.end, marker.start);
  return !PUNCT_STOP.test(gap) && FEW_WORDS_GAP.test(gap);
}

/**
 * "2,000 children, recruited by the rebels, died in combat", "детей, завербованных хуситами, погибли":
 * a participle set off by commas after the counted noun says what they were; the verb after the
 * closing comma says what became of them.
 */
function predicateAfterParticiple(
  ctx: ClaimContext,
  facts: SentenceFacts,
  nounEnd: number,
  windowEnd: number,
): Status | null {
  const { text } = ctx;
  // "Семерым уроженцам Дагестана, воевавшим в рядах ИГ, вынесены приговоры", "подросткам из Казани,
  // вербовавшим …, предъявлены обвинения": the noun's own words (its origin, three at most) may stand
  // before the comma, and a participle of fighting may open the aside as one of status does.
  const comma = /^((?:\s+[\p{L}\p{M}'’-]+){0,3})\s*[,،]\s*/u.exec(text.slice(nounEnd, windowEnd));
  if (!comma) return null;
  const opens = nounEnd + comma[0].length;
  if (anyWithin(facts.status, nounEnd, opens)) return null;
  const first =
    facts.status.find((s) => s.start === opens && s.end <= windowEnd) ??
    facts.fighting.find((f) => f.start === opens && f.end <= windowEnd);
  if (!first || (comma[1] && !asideOpensWithParticiple(ctx, facts, first))) return null;
  const rest = text.slice(first.end, Math.min(windowEnd, first.end + 80));
  const close = rest.search(/[,،]/u);
  if (close < 0 || /[.;:!?؟()]/u.test(rest.slice(0, close))) return null;
  const from = first.end + close + 1;
  const next = facts.status.find((s) => s.start >= from && s.end <= windowEnd && s.start - from < 40);
  if (!next || PUNCT_STOP.test(text.slice(from, next.start))) return null;
  // «300 граждан, выехавших в Сирию, так и не вернулись»: after an aside that tells of their going, a
  // return denied or still to come leaves the going as what they did.
  if (
    next.value === 'returned' &&
    'value' in first &&
    first.value === 'joined' &&
    planned(ctx, facts, returnChainStart(ctx, facts, next))
  )
    return 'joined';
  return next.value;
}

/**
 * Whether an aside's first word past the noun's own words is a participle: the pack's relative words
 * ("who", "qui") open no such aside; only a status or fighting word that is no finite verb does
 * ("воевавшим", "вербовавшим", "having fought").
 */
function asideOpensWithParticiple(
  ctx: ClaimContext,
  facts: SentenceFacts,
  first: { start: number; end: number },
): boolean {
  const { text, cp } = ctx;
  return !cp.clauseOpeners.anyIn(text, Math.max(facts.seg.start, first.start - 8), first.end);
}

/**
 * "16 women returned from Syria were charged", "16 femmes revenues de Syrie ont été mises en examen",
 * "13 граждан, вернувшихся из Сирии, были задержаны": a participle right after the noun that names who
 * they are (back from the war, gone to it) yields to the clause's own verb after it, when that verb
 * says they were held or killed, or brought back after they had gone. Likewise a participle of custody ("12 women held in Syria were
 * repatriated") yields to a verb of bringing them home. The verb must follow its place phrase with only auxiliaries or the
 * aside's closing comma before it ("returned after being arrested" is no predicate).
 */
function predicateAfterDescriptor(
  ctx: ClaimContext,
  facts: SentenceFacts,
  countStart: number,
  nounEnd: number,
  windowEnd: number,
): Status | null {
  const { text, cp } = ctx;
  let first: LexiconMatch<Status> | undefined;
  let next: LexiconMatch<Status> | undefined;
  for (const s of facts.status) {
    // "12 Marocaines détenues", "45 garçons recrutés": a custody or joining word read as the counted
    // noun's last word is its participle.
    const ownWord = s.end === nounEnd && s.start > countStart && (custody(s) || s.value === 'joined');
    if ((s.start < nounEnd && !ownWord) || s.end > windowEnd) continue;
    if (!first) first = s;
    else if (s.start >= first.end) {
      // "jugés pour avoir rejoint l'EI ont été relaxés": the charge after the participle is no verb.
      if (charged(ctx, s)) continue;
      // "held in a camp in Syria": the custody phrase's own place words are not the clause's verb.
      if (custody(first) && custody(s)) continue;
      // "parties rejoindre l'EI", "left to join IS": the journey told in two verbs is one participle.
      if (first.value === 'joined' && s.value === 'joined') continue;
      next = s;
      break;
    }
  }
  if (!first || !next) return null;
  if (first.value === 'returned' || first.value === 'joined') {
    // "17 boys recruited by al-Shabaab were handed over to UNICEF": recruited before, brought back now.
    const broughtBack = first.value === 'joined' && next.value === 'returned';
    if (next.value !== 'detained' && next.value !== 'killed' && next.value !== 'other' && !broughtBack)
      return null;
    // "12 women held in Syria were repatriated", "détenues en Syrie ont été rapatriées": a participle
    // of custody describes them where they were; the clause's verb of bringing home, or of escape or
    // release ("détenues par les Chabab se sont évadées"), is what befell them. Not of death: "sentenced
    // to death" is a sentence.
  } else if (
    !custody(first) ||
    // "8 girls held by al-Shabaab were killed": a death told by its own verb, an auxiliary before it (not
    // "sentenced to death", a sentence).
    (next.value !== 'returned' && next.value !== 'other' && next.value !== 'killed')
  )
    return null;
  if (!DESCRIPTOR_GAP.test(text.slice(nounEnd, first.start))) return null;
  const between = text.slice(first.end, next.start);
  if (between.length > 60 || /[.;:!?؟()"]/u.test(between)) return null;
  const comma = between.lastIndexOf(',');
  // Only one comma, the aside's close; no conjunction ("returned and were later arrested" is another
  // clause of the same subject, which the other rules read).
  if (comma !== between.indexOf(',')) return null;
  for (const w of between.split(/[\s,]+/u)) if (w && cp.conjunctions.get(w)) return null;
  const tail = comma >= 0 ? first.end + comma + 1 : first.end;
  // What stands right before the verb: auxiliaries only, after the last comma or the place phrase.
  let at = next.start;
  // "sont toujours détenues", "ont ensuite été rapatriées": one adverb of the clause may stand among them.
  let adverb = false;
  for (const a of cp.auxiliaries.scanRange(text, tail, next.start).reverse()) {
    const gap = text.slice(a.end, at).trim();
    if (!gap || (!adverb && !/\s/u.test(gap) && cp.clauseAdverb?.test(gap))) {
      adverb ||= !!gap;
      at = a.start;
    }
  }
  // « recrutés par les Chabab sont morts »: the verb's phrase may open with its own auxiliary.
  const ownAuxiliary = cp.auxiliaries.firstIn(text, next.start, next.end)?.start === next.start;
  // "8 girls held by al-Shabaab escaped": a verb of getting away needs no auxiliary to be the clause's own.
  if (
    comma >= 0
      ? !/^\s*$/u.test(text.slice(tail, at))
      : at === next.start && !ownAuxiliary && !(custody(first) && next.value === 'other')
  )
    return null;
  // "sentenced to death": a death one word after the custody word is its sentence.
  if (next.value === 'killed' && custody(first) && (at === next.start || ONE_WORD_GAP.test(between)))
    return null;
  // "12 women held in Roj have asked to be repatriated": a return wished for or planned is none yet.
  if (next.value === 'returned' && planned(ctx, facts, returnChainStart(ctx, facts, next))) return null;
  return next.value;
}

/**
 * "14 children kept in a camp in Syria were flown back", "20 women were held in Roj and then repatriated",
 * "étaient détenues dans le camp et ont été rapatriées", "содержались в лагере и были возвращены": after
 * the words that say where the counted people were held, a verb of bringing them home in the same clause
 * (a participle, the main verb, or a verb coordinated with the custody verb) says what became of them.
 * Only words of custody between; no other count, no other people, no clause of its own (a relative, a
 * contrast), and no return still to come.
 */
function custodyThenReturn(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  nounEnd: number,
  windowEnd: number,
): boolean {
  const { text, cp } = ctx;
  let held: LexiconMatch<Status> | undefined;
  for (const s of facts.status) {
    if (s.start < m.end || s.end > windowEnd) continue;
    if (!held) {
      if (!custody(s) || s.start - nounEnd > 60) return false;
      held = s;
      continue;
    }
    if (custody(s)) continue;
    if (s.value !== 'returned') return false;
    // A short name in quotes («в лагере «Рож»», "the camp of \"al-Hol\"") is no quotation: only a quote
    // mark left unpaired by it ends the clause.
    const gap = text.slice(held.end, s.start).replace(QUOTED_NAME, ' ');
    if (gap.length > 90 || /[.;:!?؟()"]/u.test(gap) || /\d/u.test(gap)) return false;
    const contrast = cp.contrastClause;
    if (contrast) {
      contrast.lastIndex = 0;
      if (contrast.test(gap)) return false;
    }
    // "held in the camp before they were brought home" (قبل أن): that conjunction's "that" opens no clause.
    for (const o of cp.clauseOpeners.scanRange(text, held.end, s.start))
      if (!laterMarker(cp, text, o, held.end)) return false;
    // "detained after being repatriated", "arrested upon their return": the return came first.
    if (cp.earlierMarkers.anyIn(text, held.end, s.start)) return false;
    const before = cp.possessives.scanRange(text, Math.max(held.end, s.start - 8), s.start).pop();
    if (before && /^\s*$/u.test(text.slice(before.end, s.start))) return false;
    if (possessedWord(cp, text.slice(s.start, s.end))) return false;
    for (const p of facts.population) if (p.start >= held.end && p.end <= s.start) return false;
    if (planned(ctx, facts, returnChainStart(ctx, facts, s))) return false;
    return true;
  }
  return false;
}

/** Whether a clause opener is the end of a later marker ("قبل أن": before) that starts after `from`. */
function laterMarker(
  cp: CompiledPack,
  text: string,
  o: { start: number; end: number },
  from: number,
): boolean {
  if (!cp.laterMarkers.size) return false;
  return cp.laterMarkers
    .scanRange(text, Math.max(from, o.start - 12), o.end)
    .some((l) => l.start <= o.start && l.end >= o.end);
}

/** Whether a word ends in a possessive suffix of the pack ("عودتهم", their return): a noun, no verb. */
function possessedWord(cp: CompiledPack, word: string): boolean {
  for (const suffix of cp.pack.possessiveSuffixes)
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) return true;
  return false;
}

/** Whether a status word says where people are held: in custody or present there. */
function custody(s: LexiconMatch<Status>): boolean {
  return s.value === 'detained' || s.value === 'present';
}

/** Between the noun and its participle: nothing, a comma, or one word ("граждан Киргизии, вернувшихся"). */

const DESCRIPTOR_GAP = /^[\s,]*(?:[\p{L}\p{M}]+[\s,]+)?$/u;

/**
 * "родители вывезли в Сирию 300 детей" (took 300 children to Syria): a verb of bringing whose
 * destination is a conflict zone sends people there; they did not come back.
 */
function takenToWar(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  windowStart: number,
  windowEnd: number,
): boolean {
  // Only where the case says "to" unambiguously (French "en Syrie" is both "in" and "to").
  if (!ctx.cp.destination) return false;
  // The destination of the count's own clause: "уехали в Сирию, 800 из них вернулись" tells of the
  // whole's journey, not the part's.
  let start = clauseStart(ctx, facts, m, windowStart);
  // "Из 450 уехавших в Сирию вернулись 20": a part of a fronted whole starts its clause with its own
  // verb right before it, or itself; the whole's phrase tells of the whole's journey.
  const whole = facts.numbers.find((n) => n.end <= m.start && frontedWhole(ctx, facts, n));
  if (whole) start = Math.max(start, verbRightBefore(ctx, facts, m, whole.end)?.start ?? m.start);
  // "Ирак вернул в Багдад 50 детей": a state that brings people into itself (its capital, its soil)
  // takes them home, whether or not a war is there.
  const verb = facts.status.findLast((s) => s.value === 'returned' && s.end <= m.start && s.start >= start);
  const subject = verb
    ? facts.places.find(
        (q) =>
          q.prep === null &&
          q.kind === 'name' &&
          q.start >= start &&
          q.end <= verb.start &&
          SUBJECT_GAP.test(ctx.text.slice(q.end, verb.start)),
      )
    : undefined;
  // "возвращены из лагеря аль-Холь в Ирак": brought back out of one war to a home at war too (not
  // "из Казахстана в Сирию вернулись": going back to the war).
  const back = ctx.cp.destination.back;
  const broughtBack =
    back !== null &&
    facts.status.some(
      (s) =>
        s.value === 'returned' &&
        s.start >= start &&
        s.end <= windowEnd &&
        back.test(ctx.text.slice(s.start, s.end)),
    ) &&
    facts.places.some(
      (q) => q.prep === 'from' && q.start >= start && q.end <= windowEnd && CONFLICT_ZONES.has(q.code),
    );
  if (broughtBack) return false;
  let toWar = false;
  for (const p of facts.places) {
    if (p.start < start || p.end > windowEnd || p.prep !== 'to') continue;
    if (subject?.code === p.code) continue;
    // «300 граждан, выехавших в Сирию, вернулись на родину»: the goal of a journey told in a participle
    // aside after the noun is where they went before, not where the return after the aside takes them.
    if (earlierJourneyAside(ctx, facts, p, m, windowEnd)) continue;
    if (!CONFLICT_ZONES.has(p.code)) return false;
    toWar = true;
  }
  return toWar;
}

/**
 * Whether place P is the goal of a journey told in an aside set off by commas after the count's noun
 * and opened by a word of going there («…, выехавших в Сирию, вернулись»): the aside closes before a
 * verb of coming back, which is the count's own deed.
 */
function earlierJourneyAside(
  ctx: ClaimContext,
  facts: SentenceFacts,
  p: PlaceHit,
  m: NumberMention,
  windowEnd: number,
): boolean {
  const { text } = ctx;
  const went = facts.status.findLast((s) => s.value === 'joined' && s.end <= p.start && s.start > m.end);
  if (!went) return false;
  // The comma that opens the aside, right before the word of going (blanks only between).
  let comma = went.start - 1;
  while (comma > m.end && /\s/u.test(text[comma]!)) comma--;
  if (text[comma] !== ',' || /[,.;:!?()]/u.test(text.slice(went.end, p.start))) return false;
  // The comma that closes it, then the return.
  const close = text.indexOf(',', p.end);
  if (close < 0 || close >= windowEnd || /[.;:!?()]/u.test(text.slice(p.end, close))) return false;
  return facts.status.some((s) => s.value === 'returned' && s.start > close && s.end <= windowEnd);
}

/** Whether a word of LEXICON covers exactly the status word `s` (no more, no less). */
function spansExactly(lexicon: Lexicon<unknown>, text: string, s: { start: number; end: number }): boolean {
  const word = lexicon.scanRange(text, s.start, s.end)[0];
  return word !== undefined && word.start === s.start && word.end === s.end;
}

/**
 * "ونقلت وكالة الأنباء عن مصدر أمني قوله إن": a relay verb with its link after the outlet's name tells
 * who said it (relayedSpeaker); it moves no one ("نقلت السلطات 16 امرأة": transferred, stays).
 */
function withoutRelay(
  ctx: ClaimContext,
  status: LexiconMatch<Status>[],
  end: number,
): LexiconMatch<Status>[] {
  const { text, cp } = ctx;
  if (!cp.relayVerbs.size) return status;
  let out = status;
  for (const s of status) {
    if (s.value !== 'returned') continue;
    if (!spansExactly(cp.relayVerbs, text, s)) continue;
    const link = cp.relayLinks.firstIn(text, s.end, Math.min(end, s.end + 64));
    if (!link || !RELAY_GAP.test(text.slice(s.end, link.start))) continue;
    // The relayed words follow ("قوله إن", "أن"): "نقلت السلطات عن طريق البر 16 امرأة" is a transfer.
    if (cp.clauseOpeners.anyIn(text, link.end, Math.min(end, link.end + 80)))
      out = out.filter((x) => x !== s);
  }
  return out;
}

/**
 * Status words without the death in a death sentence: "sentenced 11 men to death", "condamnés à mort",
 * "приговорили к смертной казни". After a verb of sentencing in its clause, the penalty is no killing;
 * the verb says their status (detained). "stoned to death" has no such verb and stays a killing.
 */
function withoutDeathSentences(
  ctx: ClaimContext,
  status: LexiconMatch<Status>[],
  start: number,
  end: number,
): LexiconMatch<Status>[] {
  const { text, cp } = ctx;
  if (!cp.deathPhrases.size) return status;
  let out = status;
  for (const s of status) {
    if (s.value !== 'killed') continue;
    const phrase = cp.deathPhrases
      .scanRange(text, Math.max(start, s.start - 16), Math.min(end, s.end + 8))
      .find((p) => p.start <= s.start && s.end <= p.end);
    if (!phrase) continue;
    const verb = cp.sentencingVerbs.scanRange(text, Math.max(start, phrase.start - 90), phrase.start).pop();
    if (verb && !/[.;:!?]/u.test(text.slice(verb.end, phrase.start))) out = out.filter((x) => x !== s);
  }
  return out;
}

/** Whether a place after a count, between from and to, is a conflict zone people go to ("to Syria"). */
function sentToWar(facts: SentenceFacts, from: number, to: number): boolean {
  return facts.places.some(
    (p) => p.start >= from && p.end <= to && p.prep === 'to' && CONFLICT_ZONES.has(p.code),
  );
}

/** A count alone in brackets: "(224)". */
const BRACKET_OPEN = /\(\s*$/u;
const BRACKET_CLOSE = /^\s*\)/u;
/** Bracketed counts and what joins deeds in a list ("(224) and maiming (612) of"), stripped to its words. */
const BRACKETED_COUNT = /\(\s*[\d.,\s]+\)/gu;

/**
 * The deed a count alone in brackets follows right after: "the killing (224)", "were killed (1,010) or
 * maimed (1,664)", "abduction (83)". The count is of people that deed befell.
 */
function deedBracket(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): LexiconMatch<Status> | null {
  const { text } = ctx;
  const open = BRACKET_OPEN.exec(text.slice(Math.max(facts.seg.start, m.start - 3), m.start));
  if (!open || !BRACKET_CLOSE.test(text.slice(m.end, m.end + 3))) return null;
  const bracket = m.start - open[0].length;
  let found: LexiconMatch<Status> | null = null;
  for (const st of facts.status) if (st.end <= bracket && blankBetween(text, st.end, bracket)) found = st;
  return found;
}

/**
 * "the killing of 142 and maiming of 319 children", "the abduction of 40 and the recruitment of 25 boys":
 * a count right after "<deed> of" with no noun of its own, followed by a conjunction and another deed of
 * a count that has one, counts the same kind of people; its own deed says what befell them.
 */
function elidedDeedNoun(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
): { deed: LexiconMatch<Status>; noun: NonNullable<ReturnType<typeof nounAfter>> } | null {
  const { text, cp } = ctx;
  const deed = deedOfBefore(ctx, facts, m.start);
  if (!deed) return null;
  const next = facts.numbers.find((n) => n.start > m.end);
  if (!next || next.start - m.end > 50) return null;
  const nextDeed = deedOfBefore(ctx, facts, next.start);
  if (!nextDeed || nextDeed.start < m.end) return null;
  // Only a conjunction (and an article) between the count and the next deed.
  const gap = text.slice(m.end, nextDeed.start);
  if (!wordConjunction(cp, gap) || gap.trim().split(/\s+/u).length > 2 || /[.;:!?()]/u.test(gap)) return null;
  const noun = nounAfter(ctx, facts, next);
  return noun ? { deed, noun } : null;
}

/**
 * "the killing of 310 children, the maiming of 512 and the abduction of 96": a count right after "<deed>
 * of" with no noun of its own, joined (a comma or a conjunction, and an article) to the count of another
 * deed right before it, counts the same people; its own deed says what befell them. Its deed, or undefined.
 */
function deedAfterDeed(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  previous: DraftClaim,
): LexiconMatch<Status> | undefined {
  const { text, cp } = ctx;
  const deed = deedOfBefore(ctx, facts, m.start);
  if (!deed || deed.start < previous.end) return undefined;
  const gap = text.slice(previous.end, deed.start);
  if (/[.;:!?()]/u.test(gap) || gap.trim().split(/\s+/u).length > 3) return undefined;
  if (gap.trim() !== ',' && !gap.trim().startsWith(',') && !wordConjunction(cp, gap)) return undefined;
  const count = facts.numbers.find((n) => n.start >= previous.start && n.end <= previous.end);
  return count && deedOfBefore(ctx, facts, count.start) ? deed : undefined;
}

/** The deed named right before "of" and a count: "the killing of 142" (of that word alone between). */
function deedOfBefore(ctx: ClaimContext, facts: SentenceFacts, at: number): LexiconMatch<Status> | undefined {
  const { text, cp } = ctx;
  const deed = facts.status.findLast((st) => st.end <= at && at - st.end <= 6);
  if (!deed) return undefined;
  // The lexicon may hold the deed with its "of" ("maiming of").
  if (blankBetween(text, deed.end, at))
    return cp.partitiveOf.scanRange(text, deed.start, deed.end).some((o) => o.end === deed.end)
      ? deed
      : undefined;
  const of = cp.partitiveOf.firstIn(text, deed.end, at);
  return of && blankBetween(text, deed.end, of.start) && blankBetween(text, of.end, at) ? deed : undefined;
}

/** An article or other lowercase word, then one to three capitalised words: a name inside a phrase. */
const NAME_INSIDE = /^(\s+(?:\p{Ll}+\s+)?)(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?=\p{Ll})/u;

/**
 * "were taken to the Houri rehabilitation centre", "brought to the Halat rehabilitation center": the first
 * status word after the count, read again with a proper name after its article left out, is a longer
 * status phrase of the pack ("taken to the rehabilitation cent*"), whose status it gives. Only when the
 * count's status came from that word; null otherwise.
 */
function namedInStatusPhrase(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  status: Status,
): Status | null {
  const { text, cp } = ctx;
  // The status word the count's status came from: the first after it.
  const s = facts.status.find((st) => st.start >= m.end);
  if (!s || s.value !== status) return null;
  // Only a word the lexicon holds a longer phrase for can be read again ("taken to … rehabilitation centre").
  if (!phrasePrefixes(cp.status).has(s.pattern)) return null;
  // Capitals are read in the original text; the normalised one is skipped word for word.
  const end = Math.min(facts.seg.end, s.end + 60);
  const name = NAME_INSIDE.exec(ctx.original.slice(ctx.toOriginal[s.end], ctx.toOriginal[end - 1]! + 1));
  if (!name) return null;
  const article = name[1]!.trim() ? 1 : 0;
  const words = name[0].trim().split(/\s+/u).length;
  const skipped = new RegExp(`^(?:\\s+\\S+){${words}}`, 'u').exec(text.slice(s.end, end));
  if (!skipped) return null;
  const head =
    text.slice(s.start, s.end) +
    (article ? text.slice(s.end, s.end + skipped[0].length).split(/(?=\s)/u)[0]! + ' ' : ' ');
  const rest = text.slice(s.end + skipped[0].length, end).trimStart();
  const longer = cp.status.scan(head + rest).find((h) => h.start === 0 && h.end > head.length);
  return longer && longer.value !== s.value ? longer.value : null;
}

const prefixesOf = new WeakMap<Lexicon<unknown>, Set<string>>();

/** Every proper beginning, word by word, of a lexicon's phrases of two words or more: "taken to", "taken". */
function phrasePrefixes(lexicon: Lexicon<unknown>): Set<string> {
  let prefixes = prefixesOf.get(lexicon);
  if (!prefixes) {
    prefixes = new Set();
    for (const entry of lexicon.entries)
      for (let k = 1; k < entry.tokens.length; k++)
        prefixes.add(
          entry.tokens
            .slice(0, k)
            .map((t) => t.text)
            .join(' '),
        );
    prefixesOf.set(lexicon, prefixes);
  }
  return prefixes;
}

/** A count alone in brackets right after a word: "killed (1,010)". */
const DEED_COUNT_AFTER = /^\s*\(\s*\d[\d\s,.]*\)/u;

/**
 * Whether the count `m` is the whole of a list of deeds past it, each followed by its own count in
 * brackets ("were killed (1,010) or maimed (1,664)"), and the deeds are not all alike. The first deed
 * follows the count with no other number between.
 */
function mixedDeedList(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): boolean {
  const { text } = ctx;
  const deeds = facts.status.filter((st) => st.start >= m.end && DEED_COUNT_AFTER.test(text.slice(st.end)));
  const first = deeds[0];
  if (!first || deeds.length < 2 || first.start - m.end > 60) return false;
  if (facts.numbers.some((n) => n.start >= m.end && n.end <= first.start)) return false;
  if (PUNCT_STOP.test(text.slice(m.end, first.start))) return false;
  return deeds.some((d) => d.value !== first.value);
}

/**
 * The people a list of deeds with counts in brackets is of, named after the list: "the killing (224) and
 * maiming (612) of children". Only deeds, bracketed counts and short joiners stand between (six words at
 * most, no other number).
 */
function deedPeople(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
): LexiconMatch<PopulationWord> | undefined {
  const { text } = ctx;
  const p = facts.population.find((q) => q.start > m.end && !q.value.deferred);
  if (!p || p.start - m.end > 80) return undefined;
  const between = text.slice(m.end, p.start).replace(BRACKETED_COUNT, ' ');
  if (/[\d.;:!?]/u.test(between.replace(/^\s*\)/u, ''))) return undefined;
  return between.split(/[\s,)]+/u).filter(Boolean).length <= 6 ? p : undefined;
}

/**
 * Whether the count's window has an arrival verb with a war zone right after it that is not their own
 * country (arrivalAtWar), and no place of war or camp they come from: "were flown to Syria" takes them
 * to the war; "Iraqi children were flown to Baghdad" or "flown from al-Hol to Iraq" bring them home.
 */
function flownToWar(
  ctx: ClaimContext,
  facts: SentenceFacts,
  windowStart: number,
  windowEnd: number,
  nounOrigin: string | null,
): boolean {
  if (!arrivalAtWar(ctx, facts, windowStart, windowEnd, nounOrigin)) return false;
  return !facts.places.some(
    (p) =>
      p.start >= windowStart &&
      p.end <= windowEnd &&
      p.prep === 'from' &&
      p.kind !== 'demonym' &&
      (p.kind === 'site' || CONFLICT_ZONES.has(p.code)),
  );
}

/**
 * "300 Iraqi families left al-Hol for Iraq", "40 Tajik women left Syria for Tajikistan": a camp or a war
 * zone left (a from-place) for the country their own nationality names, right after it, is a way home.
 */
function leftForHome(facts: SentenceFacts, m: NumberMention, to: number, nounOrigin: string | null): boolean {
  const p = facts.places.find((q) => q.start >= m.end && q.end <= to && q.prep === 'from');
  if (!p || p.kind === 'demonym' || (p.kind !== 'site' && !CONFLICT_ZONES.has(p.code))) return false;
  const home = facts.places.find(
    (q) => q.start >= p.end && q.start - p.end <= 8 && q.end <= to && q.prep === 'to' && q.kind === 'name',
  );
  if (!home || home.code === p.code) return false;
  return (
    home.code === nounOrigin ||
    facts.places.some(
      (d) => d.kind === 'demonym' && d.code === home.code && d.start >= m.end && d.end <= p.start,
    )
  );
}

/**
 * Whether a place people come from, then a conflict zone they go to, follow a count between from and to:
 * "left Germany for Syria", "from France to Iraq". A move from one war to another is no departure.
 */
function leftForWar(facts: SentenceFacts, from: number, to: number): boolean {
  // « une centaine d'enfants français nés en Syrie »: a nationality, even after « de », says whence they
  // are, not a country they left.
  const p = facts.places.find(
    (q) => q.start >= from && q.end <= to && q.prep === 'from' && q.kind !== 'demonym',
  );
  if (!p || CONFLICT_ZONES.has(p.code)) return false;
  return facts.places.some(
    (q) =>
      q.start >= p.end &&
      q.start - p.end <= 8 &&
      q.end <= to &&
      q.prep === 'to' &&
      CONFLICT_ZONES.has(q.code),
  );
}

/** Status words not inside a phrase that only looks like one ("their home governments"). */
function withoutNotStatus(status: LexiconMatch<Status>[], not: LexiconMatch<true>[]): LexiconMatch<Status>[] {
  if (!not.length) return status;
  return status.filter((s) => !not.some((n) => n.start <= s.start && n.end >= s.end));
}

/** What ends the clause of a status word: a sentence mark or a comma in either script. */
const STATUS_CLAUSE_STOP = /[.,،;:!?؟]/u;

/**
 * "200 امرأة لم تعد إلى بلدانها", "ولم تتم إعادة 70 امرأة": a return the text denies (one of the pack's
 * returnNegators opening the status word, or right before it) leaves them where they are: present. A word
 * of exception later in its clause ("لم يعد منهم سوى 40": only 40 came back) makes it a return again.
 */
function withoutDeniedReturns(
  ctx: ClaimContext,
  status: LexiconMatch<Status>[],
  end: number,
): LexiconMatch<Status>[] {
  const { text, cp } = ctx;
  if (!cp.returnNegators.size || !status.some((s) => s.value === 'returned')) return status;
  return status.map((s) => {
    if (s.value !== 'returned') return s;
    const denied = cp.returnNegators
      .scanRange(text, Math.max(0, s.start - 16), s.end)
      .some((n) =>
        n.start < s.start ? blankBetween(text, n.end, s.start) : n.start === s.start && n.end < s.end,
      );
    if (!denied) return s;
    const stop = STATUS_CLAUSE_STOP.exec(text.slice(s.end, end));
    const clauseEnd = stop ? s.end + stop.index : end;
    return cp.exceptives.anyIn(text, s.end, clauseEnd) ? s : withValue(s, 'present' as const);
  });
}

/**
 * "أحكام بالسجن بحق 12 عائدا", "تنفيذ حكم الإعدام بحق 21 أسيرا": a yielding status word (the pack's
 * yieldingStatusWords, "against") gives way to a status word before it in its clause, which says what was
 * done; alone ("انتهاكات بحق 45 طفلا") it stays.
 */
function withoutYielding(
  ctx: ClaimContext,
  status: LexiconMatch<Status>[],
  start: number,
): LexiconMatch<Status>[] {
  const { text, cp } = ctx;
  if (!cp.yieldingStatus.size) return status;
  const yields = (s: LexiconMatch<Status>) => {
    if (!spansExactly(cp.yieldingStatus, text, s)) return false;
    return status.some(
      (o) =>
        o !== s &&
        o.end <= s.start &&
        o.start >= start &&
        !STATUS_CLAUSE_STOP.test(text.slice(o.end, s.start)),
    );
  };
  return status.some(yields) ? status.filter((s) => !yields(s)) : status;
}

/**
 * c, unless it stands in brackets that m is outside of: "200 from Armenia (25 have returned) and 100
 * from Azerbaijan": the aside's count passes its status to no count after the brackets close.
 */
function outsideAside(
  text: string,
  seg: Segment,
  c: DraftClaim | undefined,
  m: NumberMention,
): DraftClaim | undefined {
  if (!c || c.start < seg.start || asideOpen(text, seg.start, c.start) < 0) return c;
  const close = asideClose(text, c.end, seg.end);
  return close >= 0 && close < m.start ? undefined : c;
}

/** How far an aside in brackets may run: longer, a bracket is not one. */
const ASIDE_REACH = 200;

/** The '(' of the brackets text[at] stands in (not closed before at, within the sentence), or -1. */
function asideOpen(text: string, from: number, at: number): number {
  for (let i = at - 1; i >= from && i >= at - ASIDE_REACH; i--) {
    const c = text.charCodeAt(i);
    if (c === 40) return i;
    if (c === 41) return -1;
  }
  return -1;
}

/** The ')' that closes the brackets text[at] stands in (before another opens, within the sentence), or -1. */
function asideClose(text: string, at: number, to: number): number {
  for (let i = at; i < to && i < at + ASIDE_REACH; i++) {
    const c = text.charCodeAt(i);
    if (c === 41) return i;
    if (c === 40) return -1;
  }
  return -1;
}

function passedStatus(c: DraftClaim | undefined): Status | undefined {
  return c ? (c.passesStatus ?? c.status) : undefined;
}

/** Whether a count is the whole of a partition: "400 of the 3,417", "из 150", "من أصل 600". */
function partitiveWhole(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): boolean {
  const { text, cp } = ctx;
  // "90 من العائدين الـ150" (90 of the 150 returnees): a numeral after its definite noun is the whole
  // from that noun on, and the bare "from" between the part and that noun is partitive.
  const head = cp.definite ? postposedHead(ctx, facts, m) : null;
  if (head) {
    const from = cp.prepositions
      .scanRange(text, Math.max(facts.seg.start, head.start - 16), head.start)
      .find((p) => p.value === 'from' && blankBetween(text, p.end, head.start));
    if (from && facts.numbers.some((n) => n.end <= from.start && blankBetween(text, n.end, from.start)))
      return true;
  }
  const at = head ? head.start : m.start;
  const of = cp.partitiveOf
    .scanRange(text, Math.max(facts.seg.start, at - 16), at)
    .find((p) => blankBetween(text, p.end, at));
  if (!of) return false;
  return facts.numbers.some((n) => n.end <= of.start && blankBetween(text, n.end, of.start));
}

/**
 * "قتل 12 طفلا مجندا" (12 recruited children were killed), "اعتقلت 4 أشخاص عائدين" (arrested 4
 * returnees): the status word right after the counted noun is itself a noun of people, an adjective
 * saying what they are; the verb that governs the count says what befell them.
 */
function peopleWordAfter(facts: SentenceFacts, nounEnd: number, windowEnd: number): boolean {
  let next: LexiconMatch<Status> | undefined;
  for (const s of facts.status)
    if (s.start >= nounEnd && s.end <= windowEnd) {
      next = s;
      break;
    }
  if (!next) return false;
  for (const p of facts.population) if (p.start <= next.start && p.end >= next.end) return true;
  return false;
}

/** A status word right after the counted noun describes it: "43 mothers serving time", "43 امرأة محكوم عليهن". */
function statusRightAfter(
  ctx: ClaimContext,
  facts: SentenceFacts,
  nounEnd: number,
  windowEnd: number,
  countStart = nounEnd,
): Status | null {
  const { text } = ctx;
  const next = facts.status.find((s) => s.start >= nounEnd && s.end <= windowEnd);
  if (!next || !oneWordOrAdverbBetween(ctx, nounEnd, next.start)) return null;
  if (opensConjunct(ctx, next) || relativeOfCount(ctx, next, nounEnd)) return null;
  // "repatriated 70 children and then reintegrated them", "ثم أعادت دمجهم": a verb after a conjunction
  // opens the next clause, what was done next; it does not say who the counted are.
  for (const w of text.slice(nounEnd, next.start).split(/\s+/u))
    if (w && ctx.cp.conjunctions.get(w.toLowerCase())) return null;
  if (charged(ctx, next)) return null;
  // "قتل طفلان عندما أصابت القذيفة المدرسة", "two died when shells hit": the verb of another clause.
  if (next.start > nounEnd && ctx.cp.subordinators.anyIn(text, nounEnd, next.start)) return null;
  // "أعادت 146 طفلا من سجون العراق": the place a return takes them from is not what became of them.
  if (
    next.value !== 'returned' &&
    returnTakenFrom(ctx, facts, next, { start: nounEnd, end: nounEnd }, facts.seg.start)
  )
    return null;
  // "killed 5 soldiers and wounded 12 others": a verb with a count of its own is the next clause's.
  if (hasObjectCount(ctx, facts, next)) return null;
  if (next.value === 'joined' && joinsCountedThings(ctx, facts, next)) return null;
  // "huit enfants exécutant des prisonniers": a verb with people for its object is what the counted did.
  if (hasObjectPeople(ctx, facts, next)) return null;
  // "ثمانية أطفال يعدمون أسرى": people named by their status (captives) past a verb of the counted are
  // its object; not past a copula ("12 طفلا كانوا أسرى").
  if (objectPeopleNoun(ctx, facts, nounEnd, next)) return null;
  // "300 women held in prisons in Iraq": held where a prison is said is detained.
  if (heldInPrison(ctx, facts, next, { start: nounEnd, end: nounEnd }, nounEnd, windowEnd)) return 'detained';
  // "40 women are detained in Roj camp": held where a camp is said is present.
  if (heldInCamp(ctx, facts, next, { start: nounEnd, end: nounEnd }, nounEnd, windowEnd)) return 'present';
  const moved = movedIntoHolding(ctx, facts, next, { end: nounEnd });
  if (moved) return moved;
  // "25 женщин будут возвращены", "40 enfants seront rapatriés": a return still to come leaves them where they are.
  if (
    next.value === 'returned' &&
    (planned(ctx, facts, returnChainStart(ctx, facts, next)) ||
      plannedBeforeCount(ctx, facts, countStart) ||
      plannedObject(ctx, facts, countStart, nounEnd, next))
  )
    return plannedFromPrison(ctx, facts, next.end) ? 'detained' : 'present';
  // "11 Français revenus de Syrie ont été mis en examen": the return names who they are.
  if (next.value === 'returned')
    return mainVerbPastReturnee(ctx, facts, next, windowEnd)?.value ?? next.value;
  return next.value;
}

/**
 * At most one word between the counted phrase and its participle or verb, not counting one adverb of
 * the clause ("35 мужчин впоследствии были осуждены": the adverb, then the auxiliary).
 */
function oneWordOrAdverbBetween(ctx: ClaimContext, start: number, to: number): boolean {
  const from = pastIncise(ctx, start, to);
  // Two words and their spaces: anything longer is no such gap (most gaps run to the end of the clause).
  if (to - from > 48) return false;
  const gap = ctx.text.slice(from, to);
  if (/^\s*(?:[\p{L}\p{M}]+\s+)?$/u.test(gap)) return true;
  const words = gap.trim().split(/\s+/u);
  return (
    words.length === 2 &&
    !!ctx.cp.clauseAdverb &&
    /^\s/u.test(gap) &&
    /\s$/u.test(gap) &&
    words.every((w) => /^[\p{L}\p{M}-]+$/u.test(w)) &&
    words.some((w) => ctx.cp.clauseAdverb!.test(w))
  );
}

/**
 * "وتنتظر 40 عائلة أوزبكية إعادتها" (40 Uzbek families await their return): in a verb-first language a
 * word of waiting or intention right before the count governs the return said after its noun.
 */
/**
 * "Kazakhstan expects 40 more children to return", "wants the 12 women to come home": a verb of expecting
 * or wanting right before the count, whose infinitive after the counted phrase is the return (the pack's
 * plannedObjects): a return still to come.
 */
function plannedObject(
  ctx: ClaimContext,
  facts: SentenceFacts,
  countStart: number,
  nounEnd: number,
  next: LexiconMatch<Status>,
): boolean {
  const { text, cp } = ctx;
  if (!cp.plannedObjectVerbs.size) return false;
  const to = cp.infinitives.scanRange(text, nounEnd, next.start).pop();
  if (!to || !blankBetween(text, nounEnd, to.start) || !blankBetween(text, to.end, next.start)) return false;
  const verb = cp.plannedObjectVerbs
    .scanRange(text, Math.max(facts.seg.start, countStart - 24), countStart)
    .pop();
  return verb !== undefined && ONE_WORD_GAP.test(text.slice(verb.end, countStart));
}

function plannedBeforeCount(ctx: ClaimContext, facts: SentenceFacts, countStart: number): boolean {
  const { text, cp } = ctx;
  if (cp.pack.fightingBeforeCount !== true) return false;
  const marker = cp.plannedMarkers
    .scanRange(text, Math.max(facts.seg.start, countStart - 16), countStart)
    .pop();
  return marker !== undefined && /^\s*$/u.test(text.slice(marker.end, countStart));
}

/**
 * A status verb carrying the object pronoun of a relative clause about the count after `from` (the
 * pack's objectPronoun). After "of them" ("لقي 200 منهم حتفهم") the pronoun is the part's own.
 */
function relativeOfCount(ctx: ClaimContext, s: LexiconMatch<Status>, from: number): boolean {
  const { cp, text } = ctx;
  // The verb's own word only: "لقوا حتفهم" (met their death) ends in a noun with its possessive.
  const verb = /^\S+/u.exec(text.slice(s.start, s.end))?.[0] ?? '';
  return (
    !!cp.objectPronoun &&
    cp.objectPronoun.test(verb) &&
    !cp.partitives.anyIn(text, Math.max(0, from - 8), s.start)
  );
}

/**
 * A status verb `t` after the relative clause's verb `s` that is the count's main verb: in the same
 * clause (no punctuation between), past a few words only (the relative clause's subject).
 */
function mainVerbAfterRelative(ctx: ClaimContext, s: LexiconMatch<Status>, t: LexiconMatch<Status>): boolean {
  const { text } = ctx;
  const gap = text.slice(s.end, t.start);
  // "جندتهم الجماعة واعتقلتهم القوات": a glued "and" makes the verb after a second verb of the clause.
  const glued = (text[t.start] === 'و' && !t.pattern.startsWith('و')) || /\sو$/u.test(gap);
  return (
    gap.length < 40 && !glued && !PUNCT_STOP.test(gap) && !ctx.cp.conjunctions.anyIn(text, s.end, t.start)
  );
}

/** A fighters' noun right after `at` behind a "from" ("من عناصر", "من مقاتلي"), its people's ranks. */
function fromTheRanks(ctx: ClaimContext, facts: SentenceFacts, at: number): boolean {
  const { text, cp } = ctx;
  const from = cp.prepositions
    .scanRange(text, at, Math.min(facts.seg.end, at + 6))
    .find((q) => q.value === 'from');
  if (!from || !blankBetween(text, at, from.start)) return false;
  const next = facts.population.find((q) => q.start >= from.end && q.start - from.end <= 2);
  return next?.value.population === 'fighters' && blankBetween(text, from.end, next.start);
}

/**
 * "قتلى التنظيم", "85 قتيلا من الحوثيين", "سقط في صفوف الحوثيين 85 قتيلا": the dead of an armed group
 * are its members (fighters), not its victims. The noun of the dead (a victim noun the status lexicon
 * reads as killed) with the group right after it (the genitive, Arabic script only), after "من" or a
 * word for "among", or with "among" and the group right before the count (`countStart`).
 * "ضحايا التنظيم" (the group's victims) and "قتلى هجوم التنظيم" (killed in its attack) stay people.
 */
function groupsOwnDead(
  ctx: ClaimContext,
  facts: SentenceFacts,
  noun: LexiconMatch<PopulationWord>,
  countStart: number,
): boolean {
  const { text, cp } = ctx;
  if (!facts.status.some((s) => s.value === 'killed' && s.start <= noun.start && s.end >= noun.end))
    return false;
  const isGroup = (at: number) =>
    facts.groups.find((g) => g.start >= at && blankBetween(text, at, g.start)) ??
    cp.groupNouns
      .scanRange(text, at, Math.min(facts.seg.end, at + 16))
      .find((g) => blankBetween(text, at, g.start));
  const fightersAt = (at: number) =>
    facts.population.find(
      (p) =>
        p.value.population === 'fighters' &&
        !p.value.generic &&
        p.start >= at &&
        blankBetween(text, at, p.start),
    );
  if (cp.pack.script === 'arabic' && isGroup(noun.end)) return true;
  const to = Math.min(facts.seg.end, noun.end + 12);
  const link =
    cp.prepositions
      .scanRange(text, noun.end, to)
      .find((q) => q.value === 'from' && blankBetween(text, noun.end, q.start)) ??
    cp.among.scanRange(text, noun.end, to).find((q) => blankBetween(text, noun.end, q.start));
  if (link && (isGroup(link.end) || fightersAt(link.end))) return true;
  // "وسقط في صفوف الحوثيين 85 قتيلا": among the group, right before the count.
  const before = cp.among.scanRange(text, Math.max(facts.seg.start, countStart - 48), countStart).pop();
  if (!before) return false;
  const group = facts.groups.find((g) => g.start >= before.end && g.end <= countStart);
  return !!group && blankBetween(text, before.end, group.start) && blankBetween(text, group.end, countStart);
}

/**
 * The children or women a count of fighters or people is drawn from, named right after "من" (Arabic
 * only: elsewhere "de" also links relatives, "proches d'enfants"); none when more people follow (من
 * النساء والأطفال counts both).
 */
function fromAmongNarrower(ctx: ClaimContext, facts: SentenceFacts, at: number): Population | null {
  const { text, cp } = ctx;
  if (cp.pack.script !== 'arabic') return null;
  const from = cp.prepositions
    .scanRange(text, at, Math.min(facts.seg.end, at + 6))
    .find((q) => q.value === 'from');
  if (!from || !blankBetween(text, at, from.start)) return null;
  const next = facts.population.find((q) => q.start >= from.end && q.start - from.end <= 2);
  if (!next || !blankBetween(text, from.end, next.start)) return null;
  // "17 شخصا من أبناء عشيرة الشعيطات": the sons of a community are its people, no narrower.
  if (next.value.nativesBeforePlace && placeOrCommunityAfter(ctx, facts, next.end)) return null;
  const pop = next.value.population;
  if (pop !== 'children' && pop !== 'women') return null;
  const more = facts.population.find((q) => q.start > next.end && q.start - next.end <= 4);
  return more ? null : pop;
}

/**
 * Whether a count named by a nationality alone continues the fighters of another nationality counted
 * before it in the sentence, with "and" ("as well as", "ainsi que", "и") right before it: "1,200
 * Tunisian fighters, and 30 Moroccans", "50 боевиков из Узбекистана и 25 таджиков". Between them,
 * either no status word (one noun phrase) or nothing after the nationality (an elliptical clause:
 * "… joined IS in Syria, as well as 30 Moroccans"); "and 30 Syrians were wounded" counts others.
 */
function fightersListed(
  ctx: ClaimContext,
  facts: SentenceFacts,
  prev: { population: Population | null; originStated: boolean; end: number },
  m: NumberMention,
  nounEnd: number,
): boolean {
  const { text, cp } = ctx;
  if (prev.population !== 'fighters' || !prev.originStated || prev.end > m.start) return false;
  const and = cp.conjunctions
    .scanRange(text, prev.end, m.start)
    .find((c) => blankBetween(text, c.end, m.start));
  if (!and) return false;
  // "Une cinquantaine de combattants tunisiens ont été tués, ainsi que 30 marocains": the nationality
  // right after the first count's noun is its adjective, and a participle that is also a noun for
  // people ("tués", the dead) is the verb here: no other people between.
  for (const p of cp.population.scanRange(text, prev.end, m.start))
    if (
      !(p.value.origin && blankBetween(text, prev.end, p.start)) &&
      !facts.status.some((st) => st.start === p.start && st.end === p.end)
    )
      return false;
  const verbBetween = facts.status.some((st) => st.start >= prev.end && st.end <= and.start);
  if (!verbBetween) return true;
  return /^\s*(?:[.;!?)]|$)/u.test(text.slice(nounEnd, facts.seg.end));
}

/**
 * Whether a status word after a count is what they are charged with or punished for: "sentenced 14
 * men for recruiting", "condamnés pour avoir rejoint", "осуждены за вербовку" (their status is the
 * verb of the sentence, not the deed).
 */
function charged(ctx: ClaimContext, s: LexiconMatch<Status>): boolean {
  const { text, cp } = ctx;
  return cp.chargeMarkers
    .scanRange(text, Math.max(0, s.start - 24), s.start)
    .some((c) => cp.chargeGap.test(text.slice(c.end, s.start)));
}

/**
 * Whether a word carries a glued conjunction (Arabic واعتقلت، وعاد): it opens the next conjunct, so it
 * says nothing of the count before it.
 */
function opensConjunct(ctx: ClaimContext, w: LexiconMatch<unknown>): boolean {
  const first = ctx.text[w.start]!;
  return ctx.cp.conjunctions.get(first) !== undefined && !w.pattern.startsWith(first);
}

/**
 * What the words right after the counted phrase say became of the people (`other`: missing, wounded), in
 * the count's clause: "لا يزال 40 طفلا إيزيديا في عداد المفقودين". A verb of staying before the count
 * yields to it.
 */
function fateAfter(
  ctx: ClaimContext,
  facts: SentenceFacts,
  nounEnd: number,
  windowEnd: number,
): LexiconMatch<Status> | null {
  const fate = facts.status.find(
    (s) => s.value === 'other' && s.start >= nounEnd && s.start - nounEnd <= 32 && s.end <= windowEnd,
  );
  return fate && !CLAUSE_MARK.test(ctx.text.slice(nounEnd, fate.start)) ? fate : null;
}

/**
 * A fate (the pack's 'other': missing, wounded) right after a verb of staying, one word at most and no
 * preposition between: "…ما زالوا مفقودين", not a place it names ("содержатся в приютах").
 */
function fateRightAfter(
  ctx: ClaimContext,
  facts: SentenceFacts,
  staying: LexiconMatch<Status>,
  windowEnd: number,
): LexiconMatch<Status> | null {
  const fate = facts.status.find((s) => s.start >= staying.end && s.end <= windowEnd);
  if (!fate || fate.value !== 'other' || fate.start - staying.end > 16) return null;
  const gap = ctx.text.slice(staying.end, fate.start);
  if (PUNCT_STOP.test(gap) || !ONE_WORD_GAP.test(gap)) return null;
  return ctx.cp.prepositions.anyIn(ctx.text, staying.end, fate.start) ? null : fate;
}

/** text[from, to) with the words of people and the nationalities in it taken out. */
function withoutPeopleWords(facts: SentenceFacts, text: string, from: number, to: number): string {
  const spans = [...facts.population, ...facts.places.filter((p) => p.kind === 'demonym')].filter(
    (p) => p.start >= from && p.end <= to,
  );
  let out = '';
  let at = from;
  for (const p of spans.sort((a, b) => a.start - b.start)) {
    if (p.start < at) continue;
    out += text.slice(at, p.start);
    at = p.end;
  }
  return out + text.slice(at, to);
}

/**
 * The status word that governs a count: the nearest in its window, preferring the side where the
 * language puts its verb (after the subject in en/fr/ru; before it in verb-first Arabic). With
 * wholeSentence, any status word of the sentence, as a fallback.
 */
/** How far before a place of holding its "from" may stand, past the place's adjectives and other places. */
const HELD_PLACE_LEFT_REACH = 48;

/**
 * "أعادت طاجيكستان من المخيمات السورية والسجون العراقية 342 امرأة": where the verb comes first, a status
 * word of holding (a prison, a camp: the pack's holdingPlaces) in a "from" phrase (the pack's
 * placePrepositions with role from, words only between) after a status word of another value and before
 * the count, in one clause, is the place people were taken out of, not what they are now: left out.
 */
function withoutHeldPlaceLeft(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): SentenceFacts {
  const { text, cp } = ctx;
  if (cp.pack.fightingBeforeCount !== true) return facts;
  const left = facts.status.filter((s) => {
    if (s.end > m.start || !cp.holdingPlaces.anyIn(text, s.start, s.end)) return false;
    const lo = Math.max(facts.seg.start, s.start - HELD_PLACE_LEFT_REACH);
    // The last preposition before it, no other ("من المخيم إلى السجون": into the prisons); a place of
    // holding that links a place name as a preposition does ("مخيمات") is one of the places it opens.
    const from = cp.prepositions
      .scanRange(text, lo, s.start)
      .filter((q) => isSpace(text.charCodeAt(q.end)) && !cp.holdingPlaces.anyIn(text, q.start, q.end))
      .pop();
    if (!from || from.value !== 'from' || /[\p{N}.;:!?,،()]/u.test(text.slice(from.end, m.start)))
      return false;
    return facts.status.some(
      (t) => t.end <= from.start && t.value !== s.value && !PUNCT_STOP.test(text.slice(t.end, m.start)),
    );
  });
  return left.length
    ? factsWithStatus(
        facts,
        facts.status.filter((s) => !left.includes(s)),
      )
    : facts;
}

function pickStatus(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  windowStart: number,
  windowEnd: number,
  verbFirst: boolean,
  wholeSentence: boolean,
  nounEnd = m.end,
): Status | null {
  let nearest: LexiconMatch<Status> | null = null;
  let best = Infinity;
  for (const s of facts.status) {
    if (!wholeSentence && (s.start < windowStart || s.end > windowEnd)) continue;
    // "five gunmen killed 23 tourists": a verb with a count right after it says what happened to that
    // count, not to its subject.
    if (s.start >= m.end && hasObjectCount(ctx, facts, s)) continue;
    // "7 آلاف طفل ينتمون إلى ستين دولة", "belonging to 60 countries": a joining whose object, past a
    // preposition, is a count of things (countries, nationalities) is no joining of a group.
    if (s.value === 'joined' && s.start >= m.end && joinsCountedThings(ctx, facts, s)) continue;
    // "9 tués ; 23 autres ont été blessés": a semicolon closes the clause of a status word before it.
    if (!wholeSentence && s.end <= m.start && charBetween(ctx.text, 59 /* ; */, s.end, m.start)) continue;
    if (s.start >= m.end && charged(ctx, s)) continue;
    // "406 are children, and 31 are now in prison": a status word past a later count that opens a
    // clause of its own (a comma and a conjunction before it) is that count's.
    if (
      s.start >= m.end &&
      facts.numbers.some((n) => n.start > m.end && n.end <= s.start && newClauseBefore(ctx, m.end, n.start))
    )
      continue;
    // "اعتقلت القوات 320 مشتبها به، أفرج لاحقا عن 70 منهم": where the verb comes first, a status word past
    // a comma after the counted phrase, with another count after it in its clause, is that count's.
    if (
      verbFirst &&
      !wholeSentence &&
      s.start >= nounEnd &&
      /[,،]/u.test(ctx.text.slice(nounEnd, s.start)) &&
      facts.numbers.some(
        (n) => n.start >= s.end && !n.yearLike && !PUNCT_STOP.test(ctx.text.slice(s.end, n.start)),
      )
    )
      continue;
    // "600 women were in al-Hol; 11 were repatriated": a semicolon closes the count's clause, and a
    // status word past it and past another count is that count's.
    if (
      s.start >= m.end &&
      charBetween(ctx.text, 59 /* ; */, m.end, s.start) &&
      facts.numbers.some((n) => n.start > m.end && n.end <= s.start)
    )
      continue;
    // "Parmi ces rapatriés, 134 ont été arrêtés": a status noun naming the whole a part is taken from,
    // set off by a comma right before the count, says nothing of what became of the part.
    if (s.end <= m.start && /^\s*[,،]\s*$/u.test(ctx.text.slice(s.end, m.start)) && namesWhole(ctx, facts, s))
      continue;
    // "осуждены 14 женщин, вернувшихся из Сирии, и 5 мужчин": a participle set off by commas after an
    // earlier count is that count's; a count coordinated after the aside takes the verb before both.
    if (s.end <= m.start && participleAside(ctx, facts, s, m)) continue;
    // "six orphans whose parents were killed in Syria returned": the verb of the kin's clause.
    if (s.start >= nounEnd && othersClauseVerb(ctx, facts, nounEnd, s)) continue;
    // "12 of the 600 Tajik women in the camps have been brought home": where the whole a part is taken
    // of is, said right after its noun, is the whole's; the clause's verb after it is the part's.
    if (s.value === 'present' && s.start >= m.end && wholesPlace(ctx, facts, m, s)) continue;
    let distance = statusDistance(s, m, verbFirst);
    // "вывезла из лагеря 8 женщин и 23 ребенка; женщины были задержаны": past a semicolon, a status word
    // is another clause's, about people it names again; the count's own clause keeps its verb, and only
    // when the sentence has none is that other clause's taken.
    if (s.start >= m.end && charBetween(ctx.text, 59 /* ; */, m.end, s.start)) {
      if (!wholeSentence) continue;
      distance *= 8;
    }
    // "أطلقت سراح 42 طفلا كانت قد جندتهم": a relative clause's verb yields to the main verb before;
    // "300 طفل جندتهم الميليشيا الحوثية لقوا حتفهم": and to the main verb after its subject, in the clause.
    if (s.start >= m.end && relativeOfCount(ctx, s, m.end)) {
      if (facts.status.some((t) => t.start >= s.end && mainVerbAfterRelative(ctx, s, t))) continue;
      distance *= 6;
    }
    // "تسلمت روسيا من الإدارة الذاتية 26 طفلا كانوا يقيمون في مخيم روج": where the verb comes first, a
    // status word after the count behind a past copula or a pluperfect (the pack's pluperfectBefore) tells
    // where they were before; a status word before the count is the clause's main verb.
    if (
      verbFirst &&
      s.start >= nounEnd &&
      ctx.cp.pluperfect?.test(ctx.text.slice(Math.max(nounEnd, s.start - 24), s.start)) &&
      facts.status.some((t) => t.end <= m.start && (wholeSentence || t.start >= windowStart))
    )
      distance *= 6;
    // "استشهد ضابط وخمسة مجندين", "أسر الجيش 27 مجندا": where the verb comes first, the counted noun that is
    // itself a word of joining (recruits) names who they are; a verb before the count, in its clause, is
    // what befell them.
    if (
      verbFirst &&
      s.value === 'joined' &&
      s.start >= m.end &&
      s.end === nounEnd &&
      facts.status.some(
        (t) =>
          t.end <= m.start &&
          t.value !== 'joined' &&
          (wholeSentence || t.start >= windowStart) &&
          !PUNCT_STOP.test(ctx.text.slice(t.end, m.start)),
      )
    )
      distance += 200;
    // "About a third have returned, and some 270 are believed to have died": where the verb follows its
    // subject, a comma and a conjunction before the count open its own clause; a verb before them is
    // the last clause's.
    if (!verbFirst && s.end <= m.start && newClauseBefore(ctx, s.end, m.start)) distance *= 4;
    // "40 ont été arrêtés et 12 autres ont été tués", "130 sont revenus, 100 auraient été tués": where
    // the verb follows its subject, a status word reached from the counted phrase through auxiliaries
    // alone is the count's own predicate; the verb of the clause before yields to it. Not when the
    // counted noun itself says what they are ("Neuf revenantes ont été libérées" stays a return).
    if (
      !verbFirst &&
      s.start >= nounEnd &&
      s.start > m.end &&
      auxiliariesOnly(ctx, nounEnd, s.start) &&
      !anyWithin(facts.status, m.end, nounEnd)
    )
      distance = 0;
    if (distance < best) {
      best = distance;
      nearest = s;
    }
  }
  if (!nearest) return null;
  // "لا يزال 40 طفلا في عداد المفقودين", "still 40 children … among the missing": a verb of staying before
  // the count yields to what the words right after the counted phrase say became of them.
  if (nearest.value === 'present' && nearest.end <= m.start)
    nearest = fateAfter(ctx, facts, nounEnd, windowEnd) ?? nearest;
  // "2700 طفل من الإيزيديين ما زالوا في عداد المفقودين", "…, who remain missing": past the count, a verb of
  // staying yields as well to the fate said right after it.
  else if (nearest.value === 'present' && nearest.start >= nounEnd)
    nearest = fateRightAfter(ctx, facts, nearest, windowEnd) ?? nearest;
  if (nearest.value === 'returned' && nearest.start >= m.end)
    nearest = mainVerbPastReturnee(ctx, facts, nearest, windowEnd) ?? nearest;
  // "أعادت طاجيكستان 146 طفلا من سجون العراق", "repatriated 146 children from prisons in Iraq": the
  // place a return takes them from is where they were held; the return verb before them is their status.
  if (nearest.value !== 'returned' && nearest.start >= m.end) {
    const taken = returnTakenFrom(ctx, facts, nearest, m, windowStart);
    if (taken) nearest = taken;
  }
  if (heldInPrison(ctx, facts, nearest, m, windowStart, windowEnd)) return 'detained';
  // "В плену у боевиков находились 14 военнослужащих", "sont retenus en otage": being held by an armed
  // group, as hostages, makes them victims (status other), as a prison makes them detained.
  if (heldInPrison(ctx, facts, nearest, m, windowStart, windowEnd, 'other')) return 'other';
  if (heldInCamp(ctx, facts, nearest, m, windowStart, windowEnd)) return 'present';
  const moved = movedIntoHolding(ctx, facts, nearest, m);
  if (moved) return moved;
  // "plans to bring home 63 women", "будут доставлены": a return not yet made leaves them where they are.
  if (
    nearest.value === 'returned' &&
    (planned(ctx, facts, returnChainStart(ctx, facts, nearest)) || plannedLater(ctx, facts, m))
  )
    return plannedFromPrison(ctx, facts, Math.max(nearest.end, m.end)) ? 'detained' : 'present';
  return nearest.value;
}

/**
 * Whether a present status word `s` after a part ("12 of the 600 Tajik women in the camps") stands
 * right after the noun of the whole named after it (a preposition and an article between at most), and
 * another status word of the clause, not
 * present, follows it with no punctuation between: the place is the whole's, the verb the part's.
 */
function wholesPlace(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  s: LexiconMatch<Status>,
): boolean {
  const { text } = ctx;
  const whole = namedWholeAfter(ctx, facts, m);
  if (!whole || s.start < whole.end) return false;
  // Only a preposition and an article between ("in the camps", "in al-Hol").
  const gap = text.slice(whole.end, s.start);
  if (PUNCT_STOP.test(gap) || gap.trim().split(/\s+/u).filter(Boolean).length > 2) return false;
  return facts.status.some(
    (t) => t.start >= s.end && t.value !== 'present' && !PUNCT_STOP.test(text.slice(s.end, t.start)),
  );
}

/**
 * "Quinze revenants ont été condamnés", "Onze Français revenus de Syrie ont été mis en examen": a
 * returnee noun or a participle of return in the counted phrase names who they are; a detained or
 * killed verb after it, right past its auxiliaries, is their clause's main verb. Not past a conjunction
 * ("returned and were arrested" says both) or another count.
 */
function mainVerbPastReturnee(
  ctx: ClaimContext,
  facts: SentenceFacts,
  back: LexiconMatch<Status>,
  windowEnd: number,
): LexiconMatch<Status> | null {
  const { text, cp } = ctx;
  const main = facts.status.find(
    (s) => s.start > back.end && s.end <= windowEnd && (s.value === 'detained' || s.value === 'killed'),
  );
  if (!main || main.start - back.end > 80) return null;
  const gap = text.slice(back.end, main.start);
  if (/[.;:!?؟()]/u.test(gap)) return null;
  if (facts.numbers.some((n) => n.start >= back.end && n.end <= main.start)) return null;
  for (const w of gap.split(/[\s,]+/)) if (w && cp.conjunctions.get(w.toLowerCase())) return null;
  // "Les 25 enfants qui ont été rapatriés avaient été détenus": a pluperfect tells of a time before.
  if (cp.pluperfect?.test(text.slice(Math.max(0, main.start - 24), main.start))) return null;
  const aux = cp.auxiliaries.scanRange(text, back.end, main.start)[0];
  if (aux && auxiliariesOnly(ctx, aux.start, main.start)) return main;
  // "14 women returned from Syria face charges": the place they came back from, then the main verb.
  const place = facts.places.find((p) => p.start >= back.end && p.end <= main.start);
  return place &&
    blankBetween(text, place.end, main.start) &&
    onlyGlue(ctx, back.end, place.start, [cp.prepositions])
    ? main
    : null;
}

/**
 * "ستة أطفال مجندين قتلوا في المعارك", "25 طفلا من المجندين تم إطلاق سراحهم", "six recruited children
 * were released": a joining said right after the noun names who they are (recruits); a status word of
 * another kind after it in the clause (past a short gap: no stop, count, conjunction or subordinator) is
 * what befell them (a return aside).
 */
function mainVerbPastRecruit(
  ctx: ClaimContext,
  facts: SentenceFacts,
  nounEnd: number,
  windowEnd: number,
): Status | null {
  const { text, cp } = ctx;
  const recruit = facts.status.find((s) => s.start >= nounEnd && s.end <= windowEnd);
  if (!recruit || recruit.value !== 'joined') return null;
  const main = facts.status.find((s) => s.start >= recruit.end && s.end <= windowEnd);
  // A return after it may be one still to come ("are due to be repatriated"): the other paths weigh it.
  if (!main || main.value === 'joined' || main.value === 'present' || main.value === 'returned') return null;
  if (main.start - recruit.end > 40) return null;
  const gap = text.slice(recruit.end, main.start);
  if (/[.,،;:!?؟()]/u.test(gap)) return null;
  if (facts.numbers.some((n) => n.start >= recruit.end && n.end <= main.start)) return null;
  if (cp.subordinators.anyIn(text, recruit.end, main.start)) return null;
  for (const w of gap.split(/\s+/u)) if (w && cp.conjunctions.get(w.toLowerCase())) return null;
  return main.value;
}

/** Whether a status word opens an aside (comma before, comma and conjunction after) past another count. */
function participleAside(
  ctx: ClaimContext,
  facts: SentenceFacts,
  s: LexiconMatch<Status>,
  m: NumberMention,
): boolean {
  const { text, cp } = ctx;
  // The comma right before the status word, past blanks only (no scan back through the text).
  let comma = s.start - 1;
  while (comma > facts.seg.start && (text[comma] === ' ' || text[comma] === '\n')) comma--;
  if (comma <= facts.seg.start || text[comma] !== ',') return false;
  const rest = ASIDE_CLOSE.exec(text.slice(s.end, m.start));
  if (!rest || !cp.conjunctions.get(rest[1]!)) return false;
  return facts.numbers.some((n) => n.end <= comma && n.start >= facts.seg.start);
}

/** The rest of an aside up to the count: no stop, a comma, one conjunction ("и", "and", "et"). */
const ASIDE_CLOSE = /^[^,.;:!?()]*,\s*([\p{L}]+)\s+$/u;

/**
 * Whether a status word stands in a fronted phrase of the whole ("Parmi ces rapatriés", "Sur les 244
 * rapatriés", "Among the returnees"): its clause opens with a partitive or a word referring back to people.
 */
function namesWhole(ctx: ClaimContext, facts: SentenceFacts, s: LexiconMatch<Status>): boolean {
  const { text, cp } = ctx;
  let from = s.start;
  while (from > facts.seg.start && !/[.;:!?,،]/u.test(text[from - 1]!)) from--;
  if (s.start - from > 40) return false;
  const opener =
    cp.partitiveOf.firstIn(text, from, s.start) ?? cp.peopleAnaphors.scanRange(text, from, s.start)[0];
  return opener !== undefined && blankBetween(text, from, opener.start);
}

/**
 * "to the Russian authorities", "إلى السلطات الروسية", "aux autorités russes": a nationality that
 * qualifies a noun of a state's authorities, right before or after it, stands for its country.
 */
function ofStateNoun(ctx: ClaimContext, p: PlaceHit): boolean {
  const { text, cp } = ctx;
  if (!cp.stateNouns.size) return false;
  const before = cp.stateNouns.scanRange(text, Math.max(0, p.start - 20), p.start).pop();
  if (before && blankBetween(text, before.end, p.start)) return true;
  const after = cp.stateNouns.firstIn(text, p.end, Math.min(text.length, p.end + 20));
  return after !== undefined && blankBetween(text, p.end, after.start);
}

/**
 * "17 متهما بتجنيد مقاتلين للقتال", "8 men charged with recruiting fighters to fight": the fight after a
 * fighters noun that a recruitment or a charge takes as object is those fighters', not the count's.
 */
function recruitedToFight(
  ctx: ClaimContext,
  facts: SentenceFacts,
  nounEnd: number,
  fightStart: number,
): boolean {
  const { text, cp } = ctx;
  for (const p of facts.population) {
    if (p.start < nounEnd || p.end > fightStart || p.value.population !== 'fighters') continue;
    const deed =
      facts.status.findLast((s) => s.start >= nounEnd && s.end <= p.start && s.value === 'joined') ??
      // The charge may start inside the counted phrase ("متهما بتجنيد").
      cp.notStatus.scanRange(text, Math.max(facts.seg.start, nounEnd - 30), p.start).pop();
    if (deed && blankBetween(text, deed.end, p.start)) return true;
  }
  return false;
}

/**
 * Whether the count follows a verb of holding right before it (تضم، تقل) whose batch, named earlier in
 * the sentence (الدفعة، قافلة), was brought back by a verb before that: "تسلمت الحكومة العراقية الدفعة
 * الخامسة من مخيم الهول، وتضم 154 عائلة". A future return is no return (its words read as present).
 */
function batchBroughtBack(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): boolean {
  const { text, cp } = ctx;
  const holds = cp.batchHolds.scanRange(text, Math.max(facts.seg.start, m.start - 24), m.start).pop();
  if (!holds || !auxiliariesOnly(ctx, holds.end, m.start)) return false;
  const batch =
    cp.batchAgain.scanRange(text, facts.seg.start, holds.start).pop() ??
    cp.batchFirst.scanRange(text, facts.seg.start, holds.start).pop();
  if (!batch || /[.;:!?؟]/.test(text.slice(batch.end, holds.start))) return false;
  if (facts.status.some((s) => s.start >= batch.end && s.end <= holds.start)) return false;
  const verb = facts.status.filter((s) => s.end <= batch.start).pop();
  // "وتعتزم الحكومة إعادة دفعة أخرى تضم …": a return planned is not made.
  return (
    verb !== undefined &&
    verb.value === 'returned' &&
    !planned(ctx, facts, returnChainStart(ctx, facts, verb)) &&
    !plannedLater(ctx, facts, m)
  );
}

/** One word, or one elided onto the next (« le tribunal d'Almaty »): a preposition between two words. */
const ONE_PREPOSITION_GAP = /^\s*(?:\p{L}+\s+|\p{L}+['\u2019])?$/u;

/** "محكمة تونسية", "a Tunisian court": a nationality right after or before a noun of a court. */
/** Between a country's name and its court: nothing, or a genitive and one word ("'s Supreme Court"). */
const COURT_OWNER_GAP = /^(?:\s+|['\u2019]s\s+(?:\p{L}+\s+)?)$/u;

function ofCourtNoun(ctx: ClaimContext, p: PlaceHit): boolean {
  const { text, cp } = ctx;
  if (!cp.courtNouns.size) return false;
  const before = cp.courtNouns.scanRange(text, Math.max(0, p.start - 20), p.start).pop();
  // "a court in Bishkek", « un tribunal de Bichkek », "محكمة في بيشكك": the court's town, past its
  // preposition; «полиция Дагестана»: in the genitive, right after it.
  if (p.kind !== 'demonym') {
    if (
      before !== undefined &&
      ((p.prep === null && blankBetween(text, before.end, p.start)) ||
        ((p.prep === 'in' || p.prep === 'from') &&
          ONE_PREPOSITION_GAP.test(text.slice(before.end, p.start)) &&
          cp.prepositions.anyIn(text, before.end, p.start)))
    )
      return true;
    // "a Kosovo court", "Tajikistan's Supreme Court": a name before the court, as its nationality.
    if (p.prep !== null) return false;
    const next = cp.courtNouns.firstIn(text, p.end, Math.min(text.length, p.end + 24));
    return next !== undefined && COURT_OWNER_GAP.test(text.slice(p.end, next.start));
  }
  if (before && blankBetween(text, before.end, p.start)) return true;
  const after = cp.courtNouns.firstIn(text, p.end, Math.min(text.length, p.end + 20));
  return after !== undefined && blankBetween(text, p.end, after.start);
}

/**
 * "handed 46 children over to UNICEF", "a remis à l'UNICEF 46 enfants", "передали ЮНИСЕФ 46 детей": an
 * agency of care the people are handed to, after the count in its clause or between the verb of
 * returning and the count, makes the handover a release into care.
 */
function handedToCare(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention, nounEnd: number): boolean {
  const { text, cp } = ctx;
  // "Les 47 enfants rapatriés … ont été confiés à l'aide sociale": brought home first, then into care.
  const participle = facts.status.find(
    (s) => s.value === 'returned' && s.start >= m.end && s.start <= nounEnd + 2,
  );
  if (participle && !cp.transfers.anyIn(text, participle.start, participle.end)) return false;
  const after = cp.careRecipients.firstIn(text, nounEnd, Math.min(facts.seg.end, nounEnd + 60));
  if (after && !CARE_BREAK.test(text.slice(nounEnd, after.start))) return true;
  const verb = facts.status.findLast((s) => s.end <= m.start && s.value === 'returned');
  if (!verb || m.start - verb.end > 60) return false;
  const before = cp.careRecipients.firstIn(text, verb.end, m.start);
  return !!before && !CARE_BREAK.test(text.slice(verb.end, m.start));
}

const CARE_BREAK = /[.,،;:!?؟()]/u;

/**
 * "Iraq received 150 families from al-Hol camp", "Ирак принял из лагеря Аль-Холь 150 семей": a state
 * receiving people from a camp or prison (a "from" right before it) takes them back: returned. A verb of
 * receiving with no such place ("received 3 million refugees") says nothing here.
 */
function receivedFromHolding(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  windowStart: number,
): Status | null {
  const { text, cp } = ctx;
  const verb = cp.receiveVerbs.scanRange(text, Math.max(windowStart, m.start - 60), m.start).pop();
  if (!verb || /[.;:!?؟()]/u.test(text.slice(verb.end, m.start))) return null;
  // "received reports of the detention of 1,220 children": receiving a report (a verb of attribution with
  // its object) takes in no people.
  if (
    cp.attributionVerbs
      .scanRange(text, verb.start, m.start)
      .some((a) => a.start === verb.start && a.end > verb.end)
  )
    return null;
  const end = Math.min(facts.seg.end, m.end + 90);
  for (const place of cp.holdingPlaces.scanRange(text, verb.end, end)) {
    const from = cp.prepositions
      .scanRange(text, Math.max(verb.end, place.start - 24), place.start)
      .find((p) => p.value === 'from');
    if (from && !/[.;:!?؟()]/u.test(text.slice(from.end, place.start))) return 'returned';
  }
  return null;
}

/**
 * What a verb right before the count means with the word that completes it after the counted phrase (the
 * pack's splitVerbs: a reflexive object, a particle). Read only when such a word is there, in the count's
 * clause.
 */
function splitVerbStatus(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  windowStart: number,
  windowEnd: number,
  nounEnd: number,
): Status | null {
  const { text, cp } = ctx;
  // "ووصلت يوم الخميس طائرة تقل 40 طفلا إلى دوشانبي": when, and a subject, may stand between.
  const verb = cp.splitVerbs.scanRange(text, Math.max(windowStart, m.start - 40), m.start).pop();
  if (!verb || PUNCT_STOP.test(text.slice(verb.end, m.start))) return null;
  // "brought 25 women and 75 children back": the completing word may follow the counts joined to this one.
  const chainEnd = pastConjuncts(ctx, facts, Math.max(nounEnd, m.end));
  const end = chainEnd > windowEnd ? Math.min(facts.seg.end, chainEnd + 30) : windowEnd;
  // The first completing word after the count (the longest of those starting together) decides.
  let word: LexiconMatch<number> | undefined;
  for (const w of cp.splitWords.scanRange(text, m.end, Math.min(end, m.end + 60)))
    if (!word || (w.start === word.start && w.end > word.end)) word = w;
    else if (w.start > word.start) break;
  if (!word || PUNCT_STOP.test(text.slice(m.end, word.start))) return null;
  const status = verb.value[word.value] ?? null;
  // "عبرت 60 عائلة الحدود عائدة إلى العراق": a journey said to be the way home, right after, is a return.
  if (status === 'joined') {
    const next = cp.status.scanRange(text, word.end, Math.min(windowEnd, word.end + 24))[0];
    if (next?.value === 'returned' && blankBetween(text, word.end, next.start)) return 'returned';
  }
  return status;
}

/**
 * What a verb means whose object is the count behind a particle glued to its bound, with the verb's
 * subject (a few words) between: "دفعت الجماعة بأكثر من 300 طفل" (pushed more than 300 children). Read
 * only when such a particle word stands right before the number.
 */
function particleVerbStatus(ctx: ClaimContext, m: NumberMention, windowStart: number): Status | null {
  const { text, cp } = ctx;
  const particle =
    cp.particleWords.scanRange(text, Math.max(windowStart, m.start - 16), m.numStart).pop() ??
    gluedParticle(ctx, m);
  if (!particle || PUNCT_STOP.test(text.slice(particle.end, m.numStart))) return null;
  const verb = cp.particleVerbs
    .scanRange(text, Math.max(windowStart, particle.start - 60), particle.start)
    .pop();
  // The verb's meaning with this particle: "قضت … بسجن" sentences (detained), "قضت … على" kills.
  const status = verb?.value[particle.value];
  if (!verb || !status) return null;
  const gap = text.slice(verb.end, particle.start);
  // A court's full name may stand between: "قضت المحكمة الجنائية المركزية في بغداد بإعدام 13 متهما".
  if (PUNCT_STOP.test(gap) || gap.split(/\s+/).filter(Boolean).length > 6) return null;
  // "قضت المحكمة على 4 متهمين": a court's ruling against them, no killing.
  if (status === 'killed' && cp.courtNouns.anyIn(text, verb.end, particle.start)) return null;
  return status;
}

/**
 * The pack's glued particle (particleVerbs.gluedParticle) on the number itself, as the first group's
 * particle: "دفعت الميليشيا بتسعة أطفال", "دفعت الجماعة بـ300 طفل". The clitic is what stands before the
 * number in its token (a number word's own letters are not: "بضعة" opens with ب).
 */
function gluedParticle(
  ctx: ClaimContext,
  m: NumberMention,
): { start: number; end: number; value: number } | null {
  const { text, cp } = ctx;
  const glued = cp.pack.particleVerbs?.gluedParticle;
  if (!glued || m.numStart !== m.start) return null;
  let tokenStart = m.numStart;
  while (tokenStart > 0 && /[\p{L}\p{M}ـ]/u.test(text[tokenStart - 1]!)) tokenStart--;
  const lead = text.slice(tokenStart, m.numStart).replace(/ـ+$/u, '');
  const at = lead.length - glued.length;
  if (at < 0 || !lead.endsWith(glued)) return null;
  return { start: tokenStart + at, end: tokenStart + at + glued.length, value: 0 };
}

/**
 * "300 from Georgia and 200 from Armenia (25 have come back) joined": a status word inside brackets
 * tells of the counts inside them, not of a count outside.
 */
function withoutAsideStatus(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): SentenceFacts {
  const { text } = ctx;
  const { start, end } = facts.seg;
  if (!facts.status.length) return facts;
  const status = facts.status.filter((st) => {
    const open = asideOpen(text, start, st.start);
    const close = open < 0 ? -1 : asideClose(text, st.end, end);
    return close < 0 || (m.start > open && m.end <= close);
  });
  return status.length === facts.status.length ? facts : factsWithStatus(facts, status);
}

/**
 * "يبلغ عددهم نحو 3000، عاد منهم 800": a verb before "of them" and a later number is that part's
 * verb (verb-first), not the whole's.
 */
function withoutPartStatus(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): SentenceFacts {
  const { text, cp } = ctx;
  if (!facts.status.length) return facts;
  const cut = partClauseStart(ctx, facts, m);
  const status = facts.status.filter((st) => {
    if (st.start < m.end) return true;
    if (st.start >= cut) return false;
    const part = cp.partitives
      .scanRange(text, st.end, Math.min(facts.seg.end, st.end + 16))
      .find((p) => /^\s*$/.test(text.slice(st.end, p.start)));
    return !(
      part &&
      facts.numbers.some((n) => n !== m && n.start >= part.end && /^\s*$/.test(text.slice(part.end, n.start)))
    );
  });
  return status.length === facts.status.length ? facts : factsWithStatus(facts, status);
}

/**
 * "Из 400 вернувшихся 22 мужчины из Алматы были осуждены": the status words of a fronted whole's phrase
 * are the whole's; a part with a verb of its own after it is not also what the whole is.
 */
function withoutWholeStatus(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  windowEnd: number,
  whole: DraftClaim | undefined,
): SentenceFacts {
  if (!whole || !facts.status.some((st) => st.start >= m.end && st.end <= windowEnd)) return facts;
  if (!partOfFrontedWhole(ctx, facts, m, whole, FRONTED_WHOLE_GAP)) return facts;
  // "من بين 300 امرأة، أعيدت 200": where the verb comes first, it stands between the comma that closes the
  // whole's phrase and the part, and is the part's.
  const text = ctx.text;
  let comma = m.start - 1;
  while (comma >= whole.end && text[comma] !== ',' && text[comma] !== '،') comma--;
  // "Из 450 уехавших в Сирию вернулись 20": with no comma, a verb right before the part is the part's.
  const partFrom = comma >= whole.end ? comma : (verbRightBefore(ctx, facts, m, whole.end)?.start ?? m.start);
  const status = facts.status.filter((st) => st.start < facts.seg.start || st.start >= partFrom);
  return status.length === facts.status.length ? facts : factsWithStatus(facts, status);
}

/**
 * The status verb that stands right before a part's number, past `from` (the whole's phrase), with only
 * auxiliaries and bounds ("лишь", "only", "около") between: "Из 450 уехавших в Сирию вернулись лишь 20".
 * Where its clause starts: status words right before it are of its clause too ("на родину вернули").
 */
function verbRightBefore(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  from: number,
): LexiconMatch<Status> | undefined {
  const { text, cp } = ctx;
  if (m.yearLike) return undefined;
  const verb = facts.status.filter((st) => st.start >= from && st.end <= m.start).pop();
  // "Parmi les 300 personnes arrêtées figurent 40 femmes": a verb of no status between is the clause's.
  if (!verb || !onlyGlue(ctx, verb.end, m.start, [cp.auxiliaries, cp.boundsBefore])) return undefined;
  let first = verb;
  for (let k = facts.status.indexOf(verb) - 1; k >= 0; k--) {
    const st = facts.status[k]!;
    if (st.start < from || !blankBetween(text, st.end, first.start)) break;
    first = st;
  }
  return first;
}

/**
 * "Of the 3,457 children, some 2,100 were reintegrated", "Из 5000 боевиков около трети вернулись": a whole
 * fronted behind a partitive at the head of its sentence is the frame of the part that follows it (a
 * count or a share); the verb past the part's start is the part's. The whole keeps only the status words
 * of its own phrase ("Из 70 граждан, выехавших в Сирию, …").
 */
function withoutFrontedPartStatus(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  nounEnd: number,
): SentenceFacts {
  const { text, cp } = ctx;
  if (!facts.status.length) return facts;
  const of = cp.partitiveOf
    .scanRange(text, Math.max(facts.seg.start, m.start - 16), m.start)
    .find((p) => blankBetween(text, p.end, m.start));
  if (!of || !/^[\s"'«“]*$/u.test(text.slice(facts.seg.start, of.start))) return facts;
  const from = Math.max(nounEnd, m.end);
  let cut = -1;
  for (const n of facts.numbers)
    if (n.start >= from) {
      cut = n.start;
      break;
    }
  const share = cp.quantifiers
    .scanRange(text, from, cut < 0 ? facts.seg.end : cut)
    .find((q) => q.value === 'part');
  if (share) cut = share.start;
  if (cut < 0) return facts;
  // "Из 450 уехавших в Сирию вернулись 20": a verb right before the part opens the part's clause.
  const part = facts.numbers.find((n) => n.start === cut && !n.yearLike);
  const verb = part && verbRightBefore(ctx, facts, part, from);
  if (verb) cut = verb.start;
  const status = facts.status.filter((st) => st.start < cut);
  return status.length === facts.status.length ? facts : factsWithStatus(facts, status);
}

/**
 * "Свыше 1500 граждан воевали в Сирии, из них около 500 погибли", "1,500 Uzbeks fought in Syria, of
 * whom 500 were killed": where the whole has its own verb, a part's clause after it ("из них N", "of
 * whom N", "N of them") tells of the part. Where that clause opens, or the sentence's end.
 */
function partClauseStart(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): number {
  const { text, cp } = ctx;
  const end = facts.seg.end;
  for (const n of facts.numbers) {
    if (n.start <= m.end) continue;
    let at = -1;
    const before = cp.partitivesBefore.scanRange(text, Math.max(m.end, n.start - 30), n.start).pop();
    if (before && onlyGlue(ctx, before.end, n.start, [cp.boundsBefore])) at = before.start;
    else if (
      cp.partitives
        .scanRange(text, n.end, Math.min(end, n.end + 16))
        .some((p) => blankBetween(text, n.end, p.start))
    )
      at = n.start;
    if (at < 0) continue;
    // The whole's own verb (a status or a fighting word) must stand between: "607 people, of whom 406
    // children, were brought back" has none, and the verb after the part tells of all of them. A
    // fighting word that is a counted noun ("11 000 combattants, dont 2 000 étrangers") is no verb.
    const own =
      facts.status.some((st) => st.start >= m.end && st.end <= at) ||
      facts.fighting.some(
        (f) =>
          f.start >= m.end &&
          f.end <= at &&
          !facts.population.some((p) => p.start <= f.start && p.end >= f.end),
      );
    if (own) return at;
    // "3 000 ressortissants dans les rangs des groupes, dont 800 sont rentrés": a part without a noun
    // whose verb follows it with no comma between has a clause of its own, which tells of the part only
    // ("dont 406 enfants ont été rapatriées" may be an aside whose closing comma is missing).
    const verb = facts.status.find((st) => st.start >= n.end);
    return verb &&
      verb.start - n.end <= 40 &&
      !PART_VERB_BREAK.test(text.slice(n.end, verb.start)) &&
      !facts.population.some((p) => p.start >= n.end && p.end <= verb.start)
      ? at
      : end;
  }
  return end;
}

/** What closes a part's aside before the whole's verb: "dont 406 enfants, ont été rapatriés". */
const PART_VERB_BREAK = /[,،;؛:.!?؟()]/u;

/**
 * The sentence's facts without the status words of a relative clause about other people that follows
 * the count: an opener, then a person noun, then the verb ("whose mothers are jailed", "dont les mères
 * sont emprisonnées", "чьи матери осуждены"). A count inside the clause makes it a part ("dont 40 sont
 * détenus") and keeps its verb.
 */
function withoutOthersStatus(ctx: ClaimContext, facts: SentenceFacts, nounEnd: number): SentenceFacts {
  const { text, cp } = ctx;
  const dropped = new Set<LexiconMatch<Status>>();
  for (const opener of cp.clauseOpeners.scanRange(text, nounEnd, facts.seg.end)) {
    // Commas may close the clause ("чьи матери осуждены, прибыли"); a full stop or a colon ends it.
    const verb = facts.status.find((st) => st.start >= opener.end);
    if (!verb || /[.;:!?؟()]/u.test(text.slice(nounEnd, verb.start))) continue;
    const person = facts.population.some((p) => p.start >= opener.end && p.end <= verb.start);
    const count = facts.numbers.some((n) => n.start >= opener.end && n.end <= verb.start);
    if (person && !count && !shareAside(ctx, opener.end, verb.start)) dropped.add(verb);
  }
  // "ثلاثة أيتام قاتل آباؤهم": verb first, the kin noun with its pronoun right after the verb that follows
  // the counted phrase (one word of it at most between) makes the verb the kin's.
  const first = cp.othersRelatives.size ? facts.status.find((st) => st.start >= nounEnd) : undefined;
  if (first && /^\s*(?:[\p{L}\p{M}]+\s+)?$/u.test(text.slice(nounEnd, first.start))) {
    const kin = cp.othersRelatives.firstIn(text, first.end, Math.min(facts.seg.end, first.end + 24));
    if (kin && blankBetween(text, first.end, kin.start)) dropped.add(first);
  }
  return dropped.size
    ? factsWithStatus(
        facts,
        facts.status.filter((st) => !dropped.has(st)),
      )
    : facts;
}

/**
 * « 300 Kazakhs, dont la moitié de femmes, ont été rapatriés », "большинство из которых дети, были":
 * a clause with no verb of its own (no auxiliary, no copula) closed by a comma before the verb is an
 * aside on the share of a kind; the verb after it is the count's.
 */
function shareAside(ctx: ClaimContext, from: number, verbStart: number): boolean {
  const { text, cp } = ctx;
  const comma = Math.max(text.lastIndexOf(',', verbStart), text.lastIndexOf('،', verbStart));
  if (comma < from) return false;
  return !cp.auxiliaries.anyIn(text, from, comma) && !cp.copulas.anyIn(text, from, comma);
}

/** Whether only a partitive "of" stands between a count and its noun: "Пятеро из задержанных", "cinq des détenus". */
function partOfWholeNoun(ctx: ClaimContext, from: number, to: number): boolean {
  const of = ctx.cp.partitiveOf.scanRange(ctx.text, from, to)[0];
  return of !== undefined && blankBetween(ctx.text, from, of.start) && blankBetween(ctx.text, of.end, to);
}

/** Whether a verb of prevention (the pack's preventVerbs) takes the count right after it as object. */
function preventedBefore(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): boolean {
  const { text, cp } = ctx;
  const verb = cp.preventVerbs.scanRange(text, Math.max(facts.seg.start, m.start - 40), m.start).pop();
  if (!verb) return false;
  if (blankBetween(text, verb.end, m.start)) return true;
  // "a empêché le départ de 300 jeunes": the act kept from them, a status noun between short words
  // (an article, "of").
  const act = facts.status.find((s) => s.start >= verb.end && s.end <= m.start);
  return (
    act !== undefined &&
    /^\s+\S{1,3}\s*$/u.test(text.slice(verb.end, act.start)) &&
    /^\s+\S{1,3}\s*$/u.test(text.slice(act.end, m.start))
  );
}

/**
 * "400 of the 900 people who went to Syria have come back": the relative clause after the whole's noun
 * tells of the whole (went), the verb past it of the part (came back); each count takes its own. The
 * whole of a share ("half of the 1,300 Tajiks who went …") keeps its own clause's as well.
 */
function partitionStatus(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  nounEnd: number,
): Status | null {
  const { text, cp } = ctx;
  // "Almost half of the 1,300 Tajiks who went to Syria were killed": a share's whole, as a part's.
  if (partitiveWhole(ctx, facts, m) || shareBefore(ctx, facts, m))
    return (
      relativeVerbs(ctx, facts, nounEnd, facts.seg.end)?.[0].value ??
      wholeParticiple(ctx, facts, m.end, nounEnd)?.[0].value ??
      null
    );
  const of = cp.partitiveOf
    .scanRange(text, m.end, Math.min(facts.seg.end, m.end + 12))
    .find((p) => blankBetween(text, m.end, p.start));
  if (!of) return null;
  const whole = facts.numbers.find((n) => n.start >= of.end && blankBetween(text, of.end, n.start));
  if (!whole) return null;
  const noun = facts.population.find((p) => p.start >= whole.end && p.start - whole.end <= 30);
  let end = noun && !PUNCT_STOP.test(text.slice(whole.end, noun.start)) ? noun.end : whole.end;
  // "60 of the 110 Kenyans who joined al-Shabaab were killed": a noun the pack does not list (a people's
  // name) ends where the relative clause opens, two words at most after the number.
  if (!noun) {
    const opener = cp.clauseOpeners.firstIn(text, whole.end, Math.min(facts.seg.end, whole.end + 40));
    if (opener && /^\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s*$/u.test(text.slice(whole.end, opener.start)))
      end = opener.start;
  }
  const main =
    relativeVerbs(ctx, facts, end, facts.seg.end)?.[1] ?? wholeParticiple(ctx, facts, whole.end, end)?.[1];
  if (!main) return null;
  // "Nine of the 70 Bosnians who went to Syria are in prison": being there, in a prison, is detention.
  const atVerb = { start: main.start, end: main.start };
  return main.value === 'present' && heldInPrison(ctx, facts, main, atVerb, main.start, facts.seg.end)
    ? 'detained'
    : main.value;
}

/**
 * "Five of the 40 abducted children were later found dead", "Two of the seven children taken to Syria
 * were killed": a participle in the whole's phrase (before its noun, or right after it) tells of the
 * whole; the finite verb past it, behind its auxiliaries and at most one adverb (clauseAdverb), tells of
 * the part. Both, when they differ; none when the sentence has no such finite verb.
 */
function wholeParticiple(
  ctx: ClaimContext,
  facts: SentenceFacts,
  wholeEnd: number,
  nounEnd: number,
): [LexiconMatch<Status>, LexiconMatch<Status>] | null {
  const { text } = ctx;
  const first = facts.status.find((s) => s.start >= wholeEnd);
  if (first && nounEnd > wholeEnd && /^\s*,\s*$/u.test(text.slice(nounEnd, first.start)))
    return participleAsideVerbs(ctx, facts, first);
  if (!first || PUNCT_STOP.test(text.slice(wholeEnd, first.start))) return null;
  // Before the noun ("40 abducted children") or right after it ("57 children repatriated in May").
  if (first.start >= nounEnd && !blankBetween(text, nounEnd, first.start)) return null;
  const main = facts.status.find((s) => s.start >= first.end && finiteAfter(ctx, first.end, s.start));
  if (!main || main.value === first.value || PUNCT_STOP.test(text.slice(first.end, main.start))) return null;
  return [first, main];
}

/**
 * "из 400 боевиков, вернувшихся в Тунис, находятся в тюрьме": a participle set off by commas right after
 * the whole's noun tells of the whole; the first status word past the closing comma, in that clause, tells
 * of the part (a prison in its clause makes being there detention, as heldInPrison).
 */
function participleAsideVerbs(
  ctx: ClaimContext,
  facts: SentenceFacts,
  first: LexiconMatch<Status>,
): [LexiconMatch<Status>, LexiconMatch<Status>] | null {
  const { text } = ctx;
  const close = text.indexOf(',', first.end);
  if (close < 0 || close >= facts.seg.end || /[.;:!?()]/u.test(text.slice(first.end, close))) return null;
  // A year inside the aside is no count of its own: "возвращенных в Косово в 2019 году".
  if (facts.numbers.some((n) => !n.yearLike && n.start >= first.end && n.end <= close)) return null;
  const main = facts.status.find((s) => s.start > close);
  if (!main || PUNCT_STOP.test(text.slice(close + 1, main.start))) return null;
  const held =
    main.value === 'present' &&
    heldInPrison(ctx, facts, main, { start: close, end: close }, main.start, facts.seg.end)
      ? facts.status.find((s) => s.start >= main.end && s.value === 'detained')
      : undefined;
  const verb = held ?? main;
  return verb.value === first.value ? null : [first, verb];
}

/**
 * Whether a status word at `at` is a finite verb: its auxiliaries (or copula) stand right before it,
 * with at most one adverb between them ("were later placed"), within the phrase from `from`.
 */
function finiteAfter(ctx: ClaimContext, from: number, at: number): boolean {
  const { text, cp } = ctx;
  const auxes = [...cp.auxiliaries.scanRange(text, from, at), ...cp.copulas.scanRange(text, from, at)].sort(
    (a, b) => a.start - b.start,
  );
  const aux = auxes[0];
  if (!aux) return false;
  // "partis en Syrie ont été tués": a word that is also an auxiliary (fr "en") may open the adjunct; the
  // chain right before the verb decides.
  if (auxes.some((a) => auxiliariesOnly(ctx, a.start, at))) return true;
  const words = text.slice(aux.start, at).trim().split(/\s+/u);
  const adverb = words.filter((w) => !cp.auxiliaries.get(w) && !cp.copulas.get(w));
  return adverb.length === 1 && cp.clauseAdverb?.test(adverb[0]!) === true && words.length <= 4;
}

/** The verb of a relative clause right after a noun, and the verb after the clause, when both are there. */
function relativeVerbs(
  ctx: ClaimContext,
  facts: SentenceFacts,
  nounEnd: number,
  windowEnd: number,
): [LexiconMatch<Status>, LexiconMatch<Status>] | null {
  const verbs = clauseAndMainVerb(ctx, facts, nounEnd, windowEnd);
  if (!verbs) return null;
  const between = ctx.text.slice(verbs[0].end, verbs[1].start);
  if (/[;:.()]/u.test(between) || between.split(/\s+/).some((w) => ctx.cp.conjunctions.get(w))) return null;
  return verbs;
}

/**
 * The status verb of a relative clause opening right after a noun and the next, different one past it,
 * before any test of what lies between them (relativeVerbs and pastRelative test it each their way).
 */
function clauseAndMainVerb(
  ctx: ClaimContext,
  facts: SentenceFacts,
  nounEnd: number,
  windowEnd: number,
): [LexiconMatch<Status>, LexiconMatch<Status>] | null {
  const { text, cp } = ctx;
  const opener = cp.clauseOpeners.firstIn(text, nounEnd, Math.min(windowEnd, nounEnd + 4));
  if (!opener || !/^[\s,]*$/u.test(text.slice(nounEnd, opener.start))) return null;
  // "who left" is one status word with its opener.
  const inClause = facts.status.find(
    (s) => (s.start >= opener.end || (s.start === opener.start && s.end > opener.end)) && s.end <= windowEnd,
  );
  if (!inClause) return null;
  // "14 men who had fought for IS were arrested on their return": a fighting verb is the clause's own
  // verb; the first status word past it is the main clause's, and a later one no main verb.
  for (const f of facts.fighting)
    if (f.value && f.start >= opener.end && f.end <= inClause.start) return null;
  const main = facts.status.find((s) => s.start >= inClause.end && s.end <= windowEnd);
  if (!main || main.value === inClause.value) return null;
  return [inClause, main];
}

/**
 * "60 women who had escaped from the camp were arrested in Idlib": the verb of a relative clause right
 * after the counted noun tells their past; the verb after the clause is what the sentence says of them.
 */
function pastRelative(
  ctx: ClaimContext,
  facts: SentenceFacts,
  nounEnd: number,
  windowEnd: number,
): Status | null {
  const { text, cp } = ctx;
  const verbs = clauseAndMainVerb(ctx, facts, nounEnd, windowEnd);
  if (!verbs) return null;
  const [inClause, main] = verbs;
  // "who were arrested and later released": a conjunction or a clause break keeps both in the clause.
  const between = text.slice(inClause.end, main.start);
  if (/[,;:.()]/u.test(between) || between.split(/\s+/).some((w) => cp.conjunctions.get(w))) return null;
  // "The 25 children who were repatriated had been held in a camp": a pluperfect after the clause
  // tells of a time before it; the clause's event is the later one.
  if (cp.pluperfect?.test(text.slice(Math.max(0, main.start - 24), main.start))) return null;
  return main.value;
}

/**
 * "the 120 wounded were taken to hospital", "40 раненых": a victim noun that is itself a status word (the
 * wounded, the dead) says what became of them, whatever the verb.
 */
function victimNounStatus(
  facts: SentenceFacts,
  noun: LexiconMatch<PopulationWord> | undefined,
  governing: Status | null,
): Status | null {
  if (!noun || noun.value.role !== 'victim') return null;
  for (const s of facts.status)
    if (s.start >= noun.start && s.end <= noun.end)
      // Captives put to death by the verb before them ("أعدم المسلحون 6 أسرى", "executed 4 hostages",
      // "казнили 6 заложников") are killed, whether their noun says held (detained) or taken (other).
      return s.value !== 'killed' && s.value !== 'returned' && governing === 'killed' ? 'killed' : s.value;
  return null;
}

/**
 * Whether captives are held by a state: its authorities or force (the pack's stateNouns, forceNouns)
 * named before the counted noun at `nounStart`, or a prison or camp (holdingPlaces) in the sentence.
 */
function heldByState(ctx: ClaimContext, seg: { start: number; end: number }, nounStart: number): boolean {
  const { text, cp } = ctx;
  return (
    cp.stateNouns.anyIn(text, seg.start, nounStart) ||
    cp.forceNouns.anyIn(text, seg.start, nounStart) ||
    cp.holdingPlaces.anyIn(text, seg.start, seg.end)
  );
}

/** Whether the character with this code stands in text[from, to). */
function charBetween(text: string, code: number, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === code) return true;
  return false;
}

/** Whether any match lies within [start, end). */
function anyWithin(matches: readonly { start: number; end: number }[], start: number, end: number): boolean {
  for (const w of matches) if (w.start >= start && w.end <= end) return true;
  return false;
}

/** Whether a count follows a status verb with only auxiliaries between: "killed 23 tourists" (a year is no count: "recrutés en 2017"). */
function hasObjectCount(ctx: ClaimContext, facts: SentenceFacts, verb: LexiconMatch<Status>): boolean {
  for (const n of facts.numbers)
    if (
      !n.yearLike &&
      n.start >= verb.end &&
      n.start - verb.end < 24 &&
      auxiliariesOnly(ctx, verb.end, n.start)
    )
      return true;
  return false;
}

/** Whether a count of things (the pack's nonCountUnits) follows status word `s`, past a preposition at most. */
function joinsCountedThings(ctx: ClaimContext, facts: SentenceFacts, s: LexiconMatch<Status>): boolean {
  const { text, cp } = ctx;
  return facts.numbers.some(
    (n) =>
      !n.yearLike &&
      n.start >= s.end &&
      n.start - s.end < 16 &&
      (blankBetween(text, s.end, n.start) || onlyGlue(ctx, s.end, n.start, [cp.prepositions])) &&
      unitAfter(ctx, n.end, facts.seg.end, facts.population, facts.places),
  );
}

/** Between a verb and its object: nothing, or one short word (an article: "des", "the", "les"). */
const OBJECT_GAP = /^\s+(?:\p{L}{1,3}\s+)?$/u;

/**
 * Whether a status verb has people for its direct object ("exécutant des prisonniers", "executing
 * captives"): it tells what the counted did to others, not what became of them. A passive's agent
 * ("exécutés par des enfants") or a role ("recruited as fighters") has its preposition between.
 */
function hasObjectPeople(ctx: ClaimContext, facts: SentenceFacts, verb: LexiconMatch<Status>): boolean {
  const { text, cp } = ctx;
  const noun = facts.population.find((p) => p.start >= verb.end && p.start - verb.end < 16);
  if (!noun || !OBJECT_GAP.test(text.slice(verb.end, noun.start))) return false;
  // "2000 طفل مجندين لدى الحوثيين": an armed group named by its members (Houthis) after a short
  // preposition is whom they were recruited by, not the people a verb acts on.
  if (facts.groups.some((g) => g.start <= noun.start && noun.end <= g.end) && noun.start > verb.end + 1)
    return false;
  const gap = text.slice(verb.end, noun.start).trim();
  return gap === '' || !cp.prepositions.anyIn(text, verb.end, noun.start);
}

/**
 * Whether the status word after the counted phrase is a people noun of its own (أسرى, captives) with
 * a word between that is no copula, auxiliary nor preposition: the object of the counted's verb.
 */
function objectPeopleNoun(
  ctx: ClaimContext,
  facts: SentenceFacts,
  nounEnd: number,
  next: LexiconMatch<Status>,
): boolean {
  const { text, cp } = ctx;
  if (!facts.population.some((p) => p.start === next.start)) return false;
  const gap = text.slice(nounEnd, next.start);
  if (!/\p{L}/u.test(gap) || /[,،;:]/u.test(gap)) return false;
  // "25 طفلا من المجندين": a preposition leads a partitive or an adjunct, no object.
  return (
    !cp.copulas.anyIn(text, nounEnd, next.start) &&
    !cp.auxiliaries.anyIn(text, nounEnd, next.start) &&
    !cp.prepositions.anyIn(text, nounEnd, next.start)
  );
}

/**
 * "Dix autres pourraient suivre", "another 10 are expected to follow": a word of intention right after the
 * counted phrase (auxiliaries between), and no status word of the count's own from it to the clause's end.
 */
function plannedAfterCount(ctx: ClaimContext, facts: SentenceFacts, nounEnd: number): boolean {
  const { text, cp } = ctx;
  const to = Math.min(facts.seg.end, nounEnd + 40);
  const marker = cp.plannedMarkers
    .scanRange(text, nounEnd, to)
    .find((p) => auxiliariesOnly(ctx, nounEnd, p.start));
  if (!marker) return false;
  const stop = text.slice(marker.end, facts.seg.end).search(PUNCT_STOP);
  const end = stop < 0 ? facts.seg.end : marker.end + stop;
  return !facts.status.some((s) => s.start >= marker.end && s.start < end);
}

/** Whether a modal or a word of intention stands right before a status word ("will be", "prévoit de"). */
function planned(ctx: ClaimContext, facts: SentenceFacts, at: number): boolean {
  const { text, cp } = ctx;
  const from = Math.max(facts.seg.start, at - 40);
  const markers = cp.plannedMarkers.scanRange(text, from, at);
  if (!markers.length) return false;
  // "Bagdad a pour sa part rapatrié": a marker inside a phrase the pack lists as no status word.
  const not = cp.notStatus.scanRange(text, from, at);
  return markers.some(
    (p) =>
      !not.some((n) => n.start <= p.start && n.end >= p.end) &&
      (auxiliariesOnly(ctx, p.end, at) || plannedSubject(ctx, facts, p.end, at)),
  );
}

/**
 * "будут вызволены из иракских тюрем", "plans to bring home 63 women from Iraqi prisons": a return still
 * to come leaves them where it would take them from; a prison there (a from-phrase of the same clause,
 * at most one word between the preposition and the prison word) holds them: detained.
 */
function plannedFromPrison(ctx: ClaimContext, facts: SentenceFacts, from: number): boolean {
  const { text, cp } = ctx;
  for (const s of facts.status) {
    if (s.value !== 'detained' || s.start < from) continue;
    if (s.start - from > 48 || stopsAround(text, from, s.start)) return false;
    for (const p of cp.prepositions.scanRange(text, Math.max(from, s.start - 24), s.start))
      if (p.value === 'from' && ONE_WORD_GAP.test(text.slice(p.end, s.start))) return true;
    return false;
  }
  return false;
}

/**
 * Whether a word after the count, in its clause, says the return is still to come: "un rapatriement
 * de 40 mineurs est prévu", "возвращение 40 детей запланировано".
 */
function plannedLater(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): boolean {
  const { text, cp } = ctx;
  if (!cp.plannedAfter.size) return false;
  const to = Math.min(facts.seg.end, m.end + 60);
  const word = cp.plannedAfter.firstIn(text, m.end, to);
  return word !== undefined && !/[.;:!?,،]/u.test(text.slice(m.end, word.start));
}

/**
 * Where a return verb and the return words right before it begin: "вернуть на родину", "bring back
 * home". A word of intention governs the first of them ("Планируется вернуть на родину 150 женщин").
 */
function returnChainStart(ctx: ClaimContext, facts: SentenceFacts, s: LexiconMatch<Status>): number {
  let start = s.start;
  for (;;) {
    const before = facts.status
      .filter((w) => w.value === 'returned' && w.end <= start && blankBetween(ctx.text, w.end, start))
      .pop();
    if (!before || before.start >= start) return start;
    start = before.start;
  }
}

/**
 * Whether only a subject or a particle stands between a word of intention and the status word it
 * governs: "تعتزم الحكومة إعادة", "من المقرر أن تستعيد السلطات", "plans in turn to". Up to three
 * words of one clause, no count and no other status word among them.
 */
function plannedSubject(ctx: ClaimContext, facts: SentenceFacts, from: number, at: number): boolean {
  const gap = ctx.text.slice(from, at);
  if (PUNCT_STOP.test(gap) || /\d/.test(gap) || gap.trim().split(/\s+/).length > 3) return false;
  return !facts.status.some((s) => s.start >= from && s.end <= at);
}

/** How far past "are in", "находятся в" the word of a prison may stand: an article or an adjective. */
const PRISON_AFTER_VERB = 24;

/**
 * "held in Iraqi prisons", "в тюрьмах содержатся", "معتقلين في السجون": being held (present) says where
 * they are; a prison word in the same clause, with no punctuation between, says they are detained (or,
 * with `held` other, a captivity word of victims: hostages held by an armed group).
 */
function heldInPrison(
  ctx: ClaimContext,
  facts: SentenceFacts,
  verb: LexiconMatch<Status>,
  m: { start: number; end: number },
  from: number,
  to: number,
  held: Status = 'detained',
): boolean {
  if (verb.value !== 'present') return false;
  // The number's own characters are left out: "2,000" holds a comma but no clause break.
  const lo = Math.min(verb.start, m.end);
  const hi = Math.max(verb.end, m.start);
  // "تحتجز قسد في مخيم الهول 40 ألف شخص": a verb of holding with a camp named is no prison (heldInCamp).
  const campHeld = ctx.cp.holdVerbs.size > 0 && ctx.cp.holdingPlaces.anyIn(ctx.text, verb.start, verb.end);
  return facts.status.some(
    (s) =>
      s.value === held &&
      (held !== 'other' || ctx.cp.captivity.anyIn(ctx.text, s.start, s.end)) &&
      !(campHeld && ctx.cp.holdVerbs.anyIn(ctx.text, s.start, s.end)) &&
      // "12 of the 90 Swedes are in prison": the prison right after the verb is its own, past the window.
      ((s.start >= from && s.end <= to) ||
        (s.start >= verb.end && verb.start >= m.end && s.start - verb.end <= PRISON_AFTER_VERB)) &&
      // "60 women, once married to fighters, are held in Iraqi prisons": the verb after the count is
      // already its own; only the verb's clause up to the prison counts.
      (s.start >= verb.end && verb.start >= m.end
        ? !stopsAround(ctx.text, verb.end, s.start)
        : !stopsAround(ctx.text, Math.min(s.end, lo), Math.max(s.start, hi))),
  );
}

/**
 * "تحتجز قسد 300 امرأة في مخيم روج": a verb of holding (the pack's holdVerbs) is detention, but with a
 * camp named in its clause (a present word holding a camp's name) the people are held in camps: present.
 */
function heldInCamp(
  ctx: ClaimContext,
  facts: SentenceFacts,
  verb: LexiconMatch<Status>,
  m: { start: number; end: number },
  from: number,
  to: number,
): boolean {
  const { text, cp } = ctx;
  if (verb.value !== 'detained' || !cp.holdVerbs.anyIn(text, verb.start, verb.end)) return false;
  // "Al-Hol (still) holds 50,000 people": a camp named right before the verb, or one word before it,
  // holds them; not a prison ("the prison holds 5,000 suspects": detained).
  const holder = cp.holdingPlaces
    .scanRange(text, Math.max(facts.seg.start, verb.start - 24), verb.start)
    .pop();
  if (
    holder &&
    /^\s*(?:\p{Ll}+\s+)?$/u.test(text.slice(holder.end, verb.start)) &&
    !cp.prisonPlaces.anyIn(text, holder.start, holder.end)
  )
    return true;
  const lo = Math.min(verb.start, m.end);
  const hi = Math.max(verb.end, m.start);
  return facts.status.some(
    (s) =>
      s.value === 'present' &&
      s.start >= from &&
      s.end <= to &&
      cp.holdingPlaces.anyIn(text, s.start, s.end) &&
      !stopsAround(text, Math.min(s.end, lo), Math.max(s.start, hi)),
  );
}

/**
 * "ونقلت السلطات 20 مقاتلا إلى مركز احتجاز", "transférés dans une prison": moved by others into a camp,
 * a prison or a centre in the same clause, they are held there (present), not brought home; held in a
 * prison ("taken to prisons in Hasakah"), they are detained. Null when no such move is said.
 */
function movedIntoHolding(
  ctx: ClaimContext,
  facts: SentenceFacts,
  verb: LexiconMatch<Status>,
  m: { end: number },
): Status | null {
  const { text, cp } = ctx;
  let held: LexiconMatch<unknown> | null | undefined;
  if (verb.value === 'joined') held = sentIntoHolding(ctx, facts, verb, m);
  else if (verb.value === 'returned' && cp.transfers.anyIn(text, verb.start, verb.end)) {
    const from = Math.max(m.end, verb.end);
    let end = from;
    while (end < facts.seg.end && !/[.,;:!?،؛]/u.test(text[end]!)) end++;
    held = cp.holdingPlaces.scanRange(text, from, end)[0];
    if (held && fromPlace(ctx, held.start, from)) held = null;
  }
  if (!held) return null;
  return cp.prisonPlaces.anyIn(text, held.start, held.end) ? 'detained' : 'present';
}

/** How far past a verb of going the camp it takes people into may stand ("sent to a camp", "to al-Hol camp"). */
const SENT_REACH = 24;

/**
 * "The remaining 45 were sent to a camp", "taken to al-Hol camp": a verb of sending (sendVerbs) whose
 * destination, right after it, is a camp or a prison takes people into custody, not to a war. A camp
 * a joining phrase names ("a training camp") stays a joining.
 */
function sentIntoHolding(
  ctx: ClaimContext,
  facts: SentenceFacts,
  verb: LexiconMatch<Status>,
  m: { end: number },
): LexiconMatch<unknown> | null {
  const { text, cp } = ctx;
  if (!cp.sends.anyIn(text, verb.start, verb.end)) return null;
  const from = Math.max(m.end, verb.end);
  const held = cp.holdingPlaces.scanRange(text, from, Math.min(facts.seg.end, from + SENT_REACH))[0];
  if (!held || PUNCT_STOP.test(text.slice(from, held.start)) || fromPlace(ctx, held.start, from)) return null;
  return facts.status.some((s) => s.value === 'joined' && s.start < held.end && s.end > held.start)
    ? null
    : held;
}

/** Whether a from-preposition opens the words right after `from`, up to `at` (at most four words on). */
function fromPlaceNear(ctx: ClaimContext, from: number, at: number): boolean {
  const { text, cp } = ctx;
  const p = cp.prepositions.firstIn(text, from, at);
  return (
    p !== undefined &&
    p.value === 'from' &&
    blankBetween(text, from, p.start) &&
    text.slice(p.end, at).trim().split(/\s+/u).length <= 4
  );
}

/** Whether a from-preposition ("من", "from", "из") stands right before `at`, past `after`. */
function fromPlace(ctx: ClaimContext, at: number, after: number): boolean {
  const { text, cp } = ctx;
  return cp.prepositions
    .scanRange(text, Math.max(after, at - 12), at)
    .some((p) => p.value === 'from' && /^\s*$/.test(text.slice(p.end, at)));
}

/**
 * The return verb before a count, when the status word after it stands in a from-phrase ("من سجون",
 * "from prisons", "из тюрем") in the same clause: the people were taken from there.
 */
function returnTakenFrom(
  ctx: ClaimContext,
  facts: SentenceFacts,
  held: LexiconMatch<Status>,
  m: { start: number; end: number },
  windowStart: number,
): LexiconMatch<Status> | null {
  const { text } = ctx;
  if (stopsAround(text, m.end, held.start)) return null;
  if (!fromPlace(ctx, held.start, m.end)) return null;
  let verb: LexiconMatch<Status> | null = null;
  for (const s of facts.status)
    if (
      s.value === 'returned' &&
      s.start >= windowStart &&
      s.end <= m.start &&
      !stopsAround(text, s.end, m.start) &&
      // "ونقل 45 طفلا من سجن الحسكة": moved by others is no return.
      !ctx.cp.transfers.anyIn(text, s.start, s.end)
    )
      verb = s;
  return verb;
}

/** A separator between digits: the grouping of "1,200", "١٬٢٠٠" (folded to a comma). */
const DIGIT_GROUPING = /(?<=\d)[,.](?=\d)/g;

/**
 * Whether text[a, b) holds a clause stop; a separator between two digits of a number is none
 * ("١٬٢٠٠ مقاتل"), an abbreviation's dot still is ("11 тыс.").
 */
function stopsAround(text: string, a: number, b: number): boolean {
  let gap = text.slice(a, b);
  if (/\d[,.]\d/.test(gap)) gap = gap.replace(DIGIT_GROUPING, '');
  // "in the "Panorama" prison", «в тюрьме «Панорама»»: a short quoted name is no clause break.
  if (gap.includes('"') || gap.includes('«')) gap = gap.replace(QUOTED_NAME, ' ');
  return PUNCT_STOP.test(gap);
}

/** A name of one to three words in quotes. */
const QUOTED_NAME = /["«“][\p{L}\p{M}\p{N}'’ -]{1,30}["»”]/gu;

/** Whether text[from, to) ends in a comma and a conjunction: ", and", ", et", ", а". */
function newClauseBefore(ctx: ClaimContext, from: number, to: number): boolean {
  const gap = ctx.text.slice(from, to);
  // "500 fought for IS, while 150 have returned", "тогда как", "alors que": a contrast word opens a clause.
  // (Only the gap's end is tried: the longest contrast word is short, and this runs at every count pair.)
  if (ctx.cp.contrastEnd?.test(gap.length > 32 ? gap.slice(-32) : gap)) return true;
  const comma = Math.max(gap.lastIndexOf(','), gap.lastIndexOf(';'));
  if (comma < 0) return false;
  const word = gap.slice(comma + 1).trim();
  return word.length > 0 && ctx.cp.conjunctions.get(word) !== undefined;
}

function statusDistance(s: LexiconMatch<Status>, m: NumberMention, verbFirst: boolean): number {
  return s.start >= m.end
    ? (s.start - m.end) * (verbFirst ? 1.5 : 1)
    : (m.start - s.end) * (verbFirst ? 1 : 2.5);
}

/** A preposition of time right before a number: "in", "since", « en », « depuis », «в», «во». */
const YEAR_PREPOSITION = /(?:^|[\s(])(?:in|since|en|depuis|в|во)\s+$/iu;

/** A year (or last year) that opens a clause, with its preposition: "в 2015 году", "in 2016", "en 2014". */
const YEAR_LEAD =
  /^\s*(?:в|во|in|en|с|since|depuis)\s+(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?(?:\s+(?:году|годах|годы|гг?\.|г\.))?|прошлом\s+году|этом\s+году)(?:\s*,)?\s+/u;

/**
 * Whether a from-place opens the clause of a count that follows it: "Из Азербайджана в Сирию выехали
 * 910 боевиков", "ومن أذربيجان انضم نحو 910 مقاتلين". Free word order puts the origin first.
 */
function fronted(ctx: ClaimContext, facts: SentenceFacts, p: PlaceHit, m: NumberMention): boolean {
  const { text, cp } = ctx;
  if (facts.numbers.some((n) => n.start > p.end && n.end <= m.start)) return false;
  if (facts.population.some((q) => q.start > p.end && q.end <= m.start)) return false;
  // Only the preposition (and a conjunction) before the place since the clause began.
  let from = p.start;
  while (from > facts.seg.start && !/[.;:!?؟,،]/.test(text[from - 1]!)) from--;
  // "В 2015 году из Таджикистана выехали…", "In 2016, from Kosovo…": a year that opens the clause says
  // when, and is no count before the place.
  const year = YEAR_LEAD.exec(text.slice(from, p.start));
  if (year) from += year[0].length;
  // A count before it in the same clause owns the place: "3,244 from Saudi Arabia; 800 of ...".
  if (facts.numbers.some((n) => n.end <= p.start && n.end > from)) return false;
  const lead = text.slice(from, p.start).trim();
  // "что только из Дагестана": clause openers and particles do not count.
  const words = lead.split(/\s+/).filter((w) => !cp.clauseOpeners.get(w) && !cp.modifiers.get(w));
  // "un tribunal de Douchanbé": a noun before the preposition owns the place; no fronted origin. The
  // place's span may hold its preposition ("les attentats | de Bruxelles"): then every word is before it.
  const last = words.at(-1);
  const before = last !== undefined && cp.prepositions.get(last) ? words.slice(0, -1) : words;
  const noun = before.some((w) => !cp.conjunctions.get(w) && !cp.prepositions.get(w));
  return lead.length > 0 && words.length <= 2 && !noun;
}

/** What may stand between a counted phrase and the places chained to it. */
const LINKING_GAP = /^[\s,،'"()-]*$/u;

/** Where the places chained after a noun end: "from Kazakhstan and Kyrgyzstan", "граждан стран СНГ". */
function chainedPlacesEnd(
  ctx: ClaimContext,
  facts: SentenceFacts,
  nounEnd: number,
  afterNoun = false,
  copulaLinks = true,
): number {
  const { text } = ctx;
  let phraseEnd = nounEnd;
  for (const p of facts.places) {
    if (p.start < phraseEnd) continue;
    // Cheap answers first: a long gap never links, punctuation alone always does (taking words
    // out of it cannot change that).
    // A participle clause right after the noun ("25 recruits arrested last month came from Chad") runs
    // a little longer before the verb of coming from.
    if (p.start - phraseEnd >= (phraseEnd === nounEnd ? PARTICIPLE_GAP : 30)) break;
    const gap = text.slice(phraseEnd, p.start);
    // "70% из 9000 заключенных – иракцы": where a dash is the copula, what it links is a predicate.
    if (!copulaLinks && ctx.cp.pack.dashCopula && DASH_COPULA.exec(gap)?.[0] === gap) break;
    if (LINKING_GAP.test(gap)) {
      phraseEnd = p.end;
      continue;
    }
    // "sept orphelins, et l'Allemagne quatre femmes": a conjunction joins a place to places before it,
    // not to the counted noun; a country after "and" opens the next clause.
    if (
      linksPlaces(ctx.cp, gap, copulaLinks) &&
      (!afterNoun ||
        phraseEnd !== nounEnd ||
        p.kind !== 'name' ||
        p.prep !== null ||
        !wordConjunction(ctx.cp, gap))
    )
      phraseEnd = p.end;
    // "12 fighters killed in Syria were from Chad": a place inside a participle clause right after the
    // noun is where it befell them; the clause may still close on a verb of coming from.
    else if (
      phraseEnd === nounEnd &&
      copulaLinks &&
      p.kind === 'demonym' &&
      participleThenCopula(ctx.cp, gap)
    )
      // "The 63 militants killed were foreigners": the nationality the copula gives is still theirs.
      phraseEnd = p.end;
    else if (phraseEnd === nounEnd && p.prep !== 'from' && participleOpens(ctx.cp, gap)) continue;
    else break;
  }
  return phraseEnd;
}

/** Whether a gap after the counted noun opens with a status participle and ends with a copula. */
function participleThenCopula(cp: CompiledPack, gap: string): boolean {
  if (gap.length >= PARTICIPLE_GAP || !participleOpens(cp, gap)) return false;
  const last = gap.trim().split(/\s+/).pop() ?? '';
  return cp.copulas.get(last) !== undefined || cp.auxiliaries.get(last) !== undefined;
}

/** Whether a gap after the counted noun opens with a status participle and holds no clause break. */
function participleOpens(cp: CompiledPack, gap: string): boolean {
  if (CLAUSE_BREAK.test(gap)) return false;
  const lead = /^[\s,]*/u.exec(gap)![0].length;
  return cp.status.scan(gap).some((d) => d.start === lead);
}

/**
 * "200 боевиков, уроженцев Чечни", "40 men, nationals of Tunisia": a generic people noun set off by a
 * comma right after the counted noun says where they come from; the phrase runs on through its places.
 */
function appositionPlacesEnd(ctx: ClaimContext, facts: SentenceFacts, nounEnd: number): number {
  for (const p of facts.population) {
    if (p.start <= nounEnd) continue;
    if (p.start - nounEnd > 4 || !(p.value.generic || p.value.citizenship) || p.value.role) break;
    const end = chainedPlacesEnd(ctx, facts, p.end, true);
    return end > p.end ? end : nounEnd;
  }
  return nounEnd;
}

/**
 * "from Russia and the former Soviet Union", "from Kazakhstan and other Central Asian states": a region
 * joined by a conjunction to a country inside it is said besides that country (the rest of the region);
 * both are origins, where "the ex-Soviet North Caucasus" (no conjunction) keeps only the narrower.
 */
function conjoinedRegions(ctx: ClaimContext, facts: SentenceFacts, origin: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 1; i < facts.places.length; i++) {
    const p = facts.places[i]!;
    const prev = facts.places[i - 1]!;
    if (!p.code.startsWith('region:') || !origin.has(p.code) || !origin.has(prev.code)) continue;
    if (!isInside(prev.code, p.code) || p.start - prev.end > 24) continue;
    if (wordConjunction(ctx.cp, ctx.text.slice(prev.end, p.start))) out.push(p.code);
  }
  return out;
}

/** Whether a conjunction spelled with letters ("and", "et", "и", not a comma) stands in a gap. */
function wordConjunction(cp: CompiledPack, gap: string): boolean {
  for (const c of cp.conjunctions.scan(gap)) if (LETTER.test(gap.slice(c.start, c.end))) return true;
  return false;
}

// The same few gaps ("and", "from the", "и из") come up again and again: each pack remembers its answers.
const placeGapAnswers = new WeakMap<CompiledPack, Map<string, boolean>>();
const placeGapAnswersWithoutCopulas = new WeakMap<CompiledPack, Map<string, boolean>>();

/**
 * Whether only linking words, conjunctions and "from" stand in a gap between a phrase and a place.
 * With copulaLinks, auxiliaries link too ("31 women are Dutch"); without, they do not ("Among 14
 * fighters were foreigners": the nationality is said of some of them).
 */
function linksPlaces(cp: CompiledPack, gap: string, copulaLinks = true): boolean {
  const memo = copulaLinks ? placeGapAnswers : placeGapAnswersWithoutCopulas;
  let answers = memo.get(cp);
  if (!answers) memo.set(cp, (answers = new Map<string, boolean>()));
  const known = answers.get(gap);
  if (known !== undefined) return known;
  if (participleThenFrom(cp, gap)) {
    answers.set(gap, true);
    return true;
  }
  let rest = gap;
  for (const lex of [cp.placeLinks, cp.distributive, cp.conjunctions]) {
    rest = lex.scan(rest).reduceRight((r, d) => r.slice(0, d.start) + r.slice(d.end), rest);
  }
  // "25 recruits all came from Chad", "viennent toutes du Tchad", "قد قدموا من": a quantifier of the
  // whole or an auxiliary before the verb of coming from keeps the place theirs.
  rest = cp.quantifiers
    .scan(rest)
    .filter((d) => d.value === 'all')
    .reduceRight((r, d) => r.slice(0, d.start) + r.slice(d.end), rest);
  if (copulaLinks) {
    // "sent 10 fighters to Turkey", « 40 jeunes sont en Belgique »: a word that is both an auxiliary
    // and a preposition of place ("to", « en », « à ») is the preposition when the place follows it.
    const before = cp.prepositions
      .scan(rest)
      .find((d) => (d.value === 'to' || d.value === 'in') && LINKING_GAP.test(rest.slice(d.end)));
    rest = cp.auxiliaries
      .scan(rest)
      .filter((d) => d.start !== before?.start)
      .reduceRight((r, d) => r.slice(0, d.start) + r.slice(d.end), rest);
  }
  // Only "from" links a place into the phrase; "in Iraqi prisons" says where, not from where.
  rest = cp.prepositions
    .scan(rest)
    .filter((d) => d.value === 'from')
    .reduceRight((r, d) => r.slice(0, d.start) + r.slice(d.end), rest);
  const links = LINKING_GAP.test(rest);
  if (answers.size >= 4096) answers.clear();
  answers.set(gap, links);
  return links;
}

/** How long a gap after the counted noun may be when a participle clause opens it. */
const PARTICIPLE_GAP = 56;

/** No sentence or bracket punctuation in a participle clause. */
const CLAUSE_BREAK = /[.;:!?()[\]«»"“”]/u;

/**
 * "25 recruits arrested last month came from Chad", "17 recrues arrêtées en mai venaient du Niger",
 * "17 рекрутов, задержанных в мае, прибыли из Нигера": a participle of what befell them (a status word)
 * opens the gap and a verb of coming from closes it, so the place is still theirs.
 */
function participleThenFrom(cp: CompiledPack, gap: string): boolean {
  if (gap.length >= PARTICIPLE_GAP || CLAUSE_BREAK.test(gap)) return false;
  const lead = /^[\s,]*/u.exec(gap)![0].length;
  const first = cp.status.scan(gap).find((d) => d.start === lead);
  if (!first) return false;
  const tail = gap.trimEnd().length;
  const from = cp.prepositions
    .scan(gap)
    .filter((d) => d.value === 'from' && d.end === tail && d.start > first.end);
  // The verb with its preposition ("came from", "venaient du", "прибыли из"), not a bare "from".
  return from.some((d) => /\s/u.test(gap.slice(d.start, d.end)));
}

/**
 * "из Чечни в Сирию и Ирак родители вывезли 310 детей", "Число детей, вывезенных в Ирак из Чечни":
 * a war zone they are taken to, before the count, makes the journey no return (the from-place stays theirs).
 */
function toWarAfter(facts: SentenceFacts, p: PlaceHit, m: NumberMention): boolean {
  return facts.places.some(
    (q) => q.prep === 'to' && q.end <= m.start && m.start - q.end < 80 && CONFLICT_ZONES.has(q.code),
  );
}

/**
 * "رُحّل 11 ألمانيا من تركيا", "عاد 30 طفلا من تركيا إلى فرنسا": for people coming back, a country they
 * leave (after "from") is no origin when their phrase names their nationality or the sentence where they go.
 */
function leftBehind(facts: SentenceFacts, m: NumberMention, p: PlaceHit, nounOrigin: string | null): boolean {
  return (
    p.prep === 'from' &&
    p.kind === 'name' &&
    !p.code.startsWith('region:') &&
    ((nounOrigin !== null && !nounOrigin.startsWith('region:') && nounOrigin !== p.code) ||
      facts.places.some(
        (q) =>
          q.kind === 'demonym' &&
          q.start >= m.start &&
          q.end <= p.start &&
          q.code !== p.code &&
          !q.code.startsWith('region:'),
      ) ||
      facts.places.some(
        (q) =>
          q.prep === 'to' &&
          q.kind === 'name' &&
          q.start > p.end &&
          q.start - p.end < 24 &&
          q.code !== p.code,
      ))
  );
}

/**
 * "В Туркменистан депортированы 40 граждан республики из Турции": with a verb of deportation before the
 * count, the country they are sent to, fronted before it, is theirs; the one they leave is not.
 */
function deportedOutOf(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention, p: PlaceHit): boolean {
  const { text, cp } = ctx;
  if (p.prep !== 'from' || p.kind !== 'name' || p.code.startsWith('region:') || !cp.expelVerbs.size)
    return false;
  const lo = Math.max(facts.seg.start, m.start - 40);
  if (!cp.expelVerbs.anyIn(text, lo, m.start)) return false;
  return facts.places.some(
    (q) =>
      q.prep === 'to' &&
      q.kind === 'name' &&
      q.start >= lo &&
      q.end <= m.start &&
      q.code !== p.code &&
      !CONFLICT_ZONES.has(q.code),
  );
}

/** A border named by the country across it: "near the border with", "à la frontière avec", "у границы с". */
const BORDER_WITH =
  /(?:\bborders?\s+with|\bfronti[eè]res?\s+avec|границ[аеуы]\s+с|границей\s+с)\s+(?:the\s+|l[ea]\s+|l['’]\s*)?$/iu;

/** The words BORDER_WITH needs, checked first: most places have none of them before. */
const BORDER_WORDS = ['border', 'fronti', 'границ'];

/** Whether "the border with" stands right before `at` (text is folded, so lower-cased). */
function borderBefore(text: string, at: number): boolean {
  const lead = text.slice(Math.max(0, at - 28), at);
  return includesAny(lead, BORDER_WORDS) && BORDER_WITH.test(lead);
}

/** A border named by its country's adjective: "the Malian border", "la frontière malienne", "у афганской границы". */
const BORDER_ADJ_AFTER = /^\s+(?:borders?\b|границ)/iu;
const BORDER_ADJ_BEFORE = /\bfronti[eè]res?\s+$/iu;

/** Whether the nationality adjective at P names a border rather than a place the people are in. */
function borderAdjective(text: string, p: { start: number; end: number }): boolean {
  return (
    BORDER_ADJ_AFTER.test(text.slice(p.end, p.end + 10)) ||
    BORDER_ADJ_BEFORE.test(text.slice(Math.max(0, p.start - 12), p.start))
  );
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
  possessed: boolean,
  nounless = false,
): { origin: string[]; location: string[]; local: boolean; past: boolean } {
  const { text } = ctx;
  const origin = new Set<string>();
  const location = new Set<string>();
  /** Places the rest of the sentence names: where these people are only when their own clause names none. */
  const elsewhere = new Set<string>();
  /** A place left out as the past journey a relative clause tells of: no place to fill in for them. */
  let past = false;
  // A return, made or planned ("plans to bring back 45 women from Iraq"): a zone they leave is not
  // where they come from.
  const returning =
    (status === 'returned' && !arrivalAtWar(ctx, facts, windowStart, windowEnd, nounOrigin)) ||
    facts.status.some(
      (s) =>
        (s.value === 'returned' || futureReturn(ctx, s)) &&
        s.start >= windowStart &&
        s.end <= windowEnd &&
        // "120 réfugiés ont été accueillis en Grèce": a receiving the count's status denies is no return.
        !(status !== 'returned' && ctx.cp.receiveVerbs.anyIn(ctx.text, s.start, s.end)) &&
        !laterClauseWord(ctx, facts, s, m, windowEnd) &&
        !arrivalAtWar(ctx, facts, windowStart, windowEnd, nounOrigin, s),
    );
  // "Two-thirds of the 9,000 detainees are Syrians": the predicate after a share's whole is the share's.
  const shareWhole = shareBefore(ctx, facts, m);
  let phraseEnd = chainedPlacesEnd(ctx, facts, nounEnd, true, !amongBefore(ctx, facts, m) && !shareWhole);
  if (phraseEnd === nounEnd && text.charCodeAt(nounEnd) === 44)
    phraseEnd = appositionPlacesEnd(ctx, facts, nounEnd);
  // "the number of fighters from Central Asia … 2,000 people": the frame's noun phrase counts too.
  const frame = numberOfFrameNoun(ctx, facts, m);
  // "عدد مقاتلي داعش الأجانب": an armed group the frame's noun governs stands between the noun and its
  // adjectives; the nationality after the group agrees with the noun, not the group.
  const frameGroup = frame
    ? facts.groups.find((g) => g.start >= frame.end && blankBetween(text, frame.end, g.start))
    : undefined;
  const frameEnd = frame ? chainedPlacesEnd(ctx, facts, frameGroup?.end ?? frame.end, true) : -1;
  // "ربع المقاتلين الأجانب، أي ما يقارب 1,200 مقاتل": the phrase a count restates counts as its own.
  const restated = frame ? null : restatedNoun(ctx, facts, m);
  const restatedEnd = restated ? chainedPlacesEnd(ctx, facts, restated.end, true) : -1;
  // …its nationality adjectives right before the noun too ("of the Tunisian fighters, i.e. 1,200").
  const restatedStart = restated
    ? (facts.places.findLast(
        (q) => q.kind === 'demonym' && q.end <= restated.start && blankBetween(text, q.end, restated.start),
      )?.start ?? restated.start)
    : -1;
  // "Kyrgyz officials put the number of their citizens at 300": a possessive before the frame's noun
  // makes them the people of the country named before, as "65 of its nationals" does.
  if (nounless && !possessed && frame && (frame.value.citizenship === true || frame.value.generic === true)) {
    const owner = ctx.cp.possessives
      .scanRange(text, Math.max(facts.seg.start, frame.start - 12), frame.start)
      .pop();
    possessed = owner !== undefined && blankBetween(text, owner.end, frame.start);
  }
  // "قدرت السلطات التونسية عدد مواطنيها … بنحو 3000 شخص": the frame's citizens with a possessive suffix
  // are the people of the country named before, whatever noun the count takes.
  if (!possessed && frame && frame.value.citizenship === true) {
    const word = text.slice(frame.start, frame.end);
    possessed = ctx.cp.pack.possessiveSuffixes.some(
      (suffix) => word.length > suffix.length + 2 && word.endsWith(suffix),
    );
  }
  let frontedListEnd = -1;
  /** The end of the first from-list after the count: a later from-place is another clause's. */
  let fromListEnd = -1;
  // "travelled to Syria from France, Belgium and Germany", "repatriated to Kosovo, Bosnia and Albania":
  // the countries listed after an origin's preposition, which they do not repeat, are origins too.
  let originListEnd = -1;
  // "the number of foreigners who joined … exceeded 20,000 people": the nationality counted.
  // "the number of Kyrgyz children … stands at 79": a nationality before the frame's noun is its own.
  const frameDemonym = numberOfDemonym(ctx, facts, m);
  if (frameDemonym && (!frame || frameDemonym.end <= frame.start)) origin.add(frameDemonym.code);
  let saidFrom = -1;
  let saidTo = -1;
  /** The country of a town said of them ("boys from Halabja"), when it gives their origin. */
  let town: string | null = null;
  if (facts.source && facts.source[1] <= m.start) {
    const opener = ctx.cp.clauseOpeners.scanRange(text, facts.source[1], m.start).pop();
    // "قدر التقرير عدد المقاتلين التونسيين الذين …": a "number of" frame right after the speaker opens the
    // counted phrase; a relative clause after it is the frame noun's, and its places are not the speaker's.
    const framed = frame !== null && frame.start >= facts.source[1] && opener && frame.end <= opener.start;
    if (opener && !framed) [saidFrom, saidTo] = [facts.source[1], opener.start];
  }
  // "Al-Shabaab (1,124), the Somali National Army (112)": a count alone in brackets ends its item;
  // a place past the bracket is the next item's.
  const itemEnd =
    /^\s*\)/.test(text.slice(m.end, m.end + 4)) &&
    /\(\s*$/.test(text.slice(Math.max(0, m.start - 4), m.start))
      ? m.end
      : -1;
  // "Of the 1,800 detainees, 30 percent are Iraqis": what the clause says past the share is the share's.
  const shareAfter = facts.places.length ? shareOfFrontedWhole(ctx, facts, m) : -1;
  for (const p of facts.places) {
    if (itemEnd >= 0 && p.start > itemEnd) break;
    // "Police arrested 7 men who had returned from Syria": the journey a relative clause tells of is
    // their past; where they are held is not there.
    if ((status === 'detained' || status === 'other') && pastJourneyClause(ctx, facts, nounEnd, p)) {
      past = true;
      continue;
    }
    if (shareWhole && p.kind === 'demonym' && p.start >= nounEnd && copulaRightBefore(ctx, facts, p))
      continue;
    if (shareAfter >= 0 && p.start >= shareAfter) continue;
    // "Diffa, near the border with Nigeria": the country across the border is not where they are.
    if (p.kind === 'name' && borderBefore(text, p.start)) continue;
    // "Somali recruits at the site number 300": the nationality of the people counted before the
    // number is whence they are, not where.
    if (
      p.kind === 'demonym' &&
      p.code === nounOrigin &&
      p.end <= m.start &&
      facts.population.some((q) => q.start >= p.end && blankBetween(text, p.end, q.start))
    )
      continue;
    // "near the Malian border", "près de la frontière malienne": the same, named by its adjective.
    if (p.kind === 'demonym' && borderAdjective(text, p)) continue;
    // "400 prisoners, the Pakistani government said": the speaker after the count is not its phrase.
    if (facts.source && p.start >= facts.source[0] && p.end <= facts.source[1]) continue;
    // "5,000 fighters, from Tunisia (800), Morocco (300)": a country with its own count in brackets
    // is that count's, not the total's.
    if (p.start > m.end && /^\s*\(\s*\d[\d\s,.]*\)/u.test(text.slice(p.end, p.end + 16))) continue;
    // "35 children from Syria, Belgium 10 and Germany 12": nor is a country with its own count after it.
    if (
      p.start > m.end &&
      p.kind === 'name' &&
      p.prep === null &&
      conjunctionOnly(ctx, Math.max(facts.seg.start, p.start - 12), p.start) &&
      facts.numbers.some(
        (n) => n !== m && !n.yearLike && n.start > p.end && blankBetween(text, p.end, n.start),
      )
    )
      continue;
    // "قال X في اجتماع في موسكو إن 198 …": where the speaker spoke, before the clause said, is not theirs.
    if (p.start >= saidFrom && p.end <= saidTo) continue;
    // "18 Maliens et 7 du Burkina Faso": the from-place of a later count is whence those people come.
    if (p.prep === 'from' && p.start > m.end && laterCountFrom(text, facts, m, p)) continue;
    const conflict = CONFLICT_ZONES.has(p.code);
    const inFrame =
      (frame !== null && p.start >= frame.start && p.end <= frameEnd) ||
      (restated !== null && p.start >= restatedStart && p.end <= restatedEnd);
    const inPhrase = (p.start >= m.start && p.end <= phraseEnd) || inFrame;
    const inWindow = (p.start >= windowStart && p.end <= windowEnd) || inFrame;
    // "70 women are held in Syria and 30 mothers in Iraq": a place before the count, past a conjunction
    // or comma after the count before it, is said of that count's people.
    const own =
      inWindow && !priorClause(ctx, facts, p, m, windowStart) && !nextClause(ctx, facts, p, m, windowEnd);
    if (p.kind === 'site') {
      // Not a town a journey sets out from: "flew 60 children from Baghdad to Dushanbe".
      if (inWindow && !returning && hometown(ctx, facts, p, nounEnd) && !journeyOn(ctx, facts, p)) {
        origin.add(p.code);
        town = p.code;
      } else (own ? location : elsewhere).add(p.code);
      continue;
    }
    const isOrigin =
      inWindow &&
      // "from Iraqi prisons", « des prisons irakiennes »: a nationality of the place they are held is no origin.
      !(p.kind === 'demonym' && qualifiesHoldingPlace(ctx, p)) &&
      (inPhrase
        ? !(conflict && p.kind === 'name' && p.prep !== null && p.prep !== 'from') &&
          // "six ressortissants ouzbeks à Moscou": where people of a stated nationality are is not theirs.
          !((p.prep === 'in' || p.prep === 'to') && otherNationalityBefore(facts, m, p)) &&
          // "25 recruits arrested in Kenya were from Somalia": a place of the participle clause is no origin.
          !(
            p.prep !== 'from' &&
            p.start > nounEnd &&
            participleOpens(ctx.cp, text.slice(nounEnd, p.start)) &&
            !participleThenCopula(ctx.cp, text.slice(nounEnd, p.start))
          ) &&
          !(conflict && returning && p.prep === 'from') &&
          // "9 женщин, вернувшихся из Сирии": a war zone right after a verb of return is where they were.
          !(conflict && p.prep === 'from' && p.start > nounEnd && returnedFrom(ctx, facts, p)) &&
          // "300 réfugiés syriens arrivés d'Irak": a war zone they arrive from, past a nationality of
          // their own phrase, is where they were.
          !(conflict && p.prep === 'from' && arrivedFromBeside(ctx, facts, m, p)) &&
          // "انتقل 150 مقاتلا من سوريا إلى ليبيا": a war zone a journey sets out from is none of theirs.
          !(conflict && p.prep === 'from' && p.kind === 'name' && journeyOn(ctx, facts, p)) &&
          // "Трое боевиков покинули Сирию", « ont quitté la Syrie »: a war zone left is where they were.
          !(conflict && p.prep === 'from' && leftPlace(ctx, facts, p)) &&
          !(returning && (leftBehind(facts, m, p, nounOrigin) || deportedOutOf(ctx, facts, m, p)))
        : p.prep === 'from' && p.start > m.start
          ? // "22 millions d'habitants au Yémen": a from-link glued to the noun names their own country,
            // a war zone too (a return from it aside).
            (!conflict ||
              (!returning && nounLinkedFrom(ctx, facts, nounEnd, p) && !journeyOn(ctx, facts, p)) ||
              capturedForce(ctx, p, nounEnd, windowStart, windowEnd)) &&
            !qualifiesOtherNoun(ctx, p) &&
            !returnedFrom(ctx, facts, p) &&
            !partOfAfter(ctx, nounEnd, p.start) &&
            !mostOfThem(ctx, nounEnd, p.start) &&
            // "3,400 hail from Western countries, with most coming from France": the first list only.
            (fromListEnd < 0 ||
              p.start < fromListEnd ||
              text.slice(fromListEnd, p.start).trim().split(/\s+/).length < 4)
          : p.prep === 'from' &&
              p.end <= m.start &&
              (fronted(ctx, facts, p, m) || inFrameClause(ctx, frame, p, m))
            ? // "Из Турции депортированы 28 граждан Узбекистана": a country a return or a deportation
              // takes them out of is where they were, never their own.
              !conflict && !(returning && p.kind === 'name' && !toWarAfter(facts, p, m))
            : // "to be brought back to Tunisia next month": a planned return names their country too,
              // unless their own nationality says another ("25 Uzbek children arrived in Turkey").
              p.prep === 'to' &&
              (status === 'returned' || (status === 'present' && returning)) &&
              !conflict &&
              (p.kind === 'name' || (p.kind === 'demonym' && ofStateNoun(ctx, p))) &&
              !(nounOrigin !== null && nounOrigin !== p.code) &&
              !otherNationalityInPhrase(facts, m, phraseEnd, p.code) &&
              !movedByOthersTo(ctx, facts, p) &&
              // "45 returned to Tajikistan and 30 to Uzbekistan": where the count before went is its own.
              !priorClause(ctx, facts, p, m, windowStart));
    if (isOrigin && p.prep === 'from' && p.start > m.start && fromListEnd < 0)
      fromListEnd = chainedPlacesEnd(ctx, facts, p.end);
    if (isOrigin && (p.prep === 'from' || p.prep === 'to') && p.start > m.start && p.start >= originListEnd)
      originListEnd = chainedPlacesEnd(ctx, facts, p.end);
    const listed =
      !isOrigin &&
      p.prep === null &&
      p.kind === 'name' &&
      !conflict &&
      p.start > m.start &&
      p.start < originListEnd;
    // "Из Казахстана, Киргизии и Таджикистана … выехали N": the list a fronted "from" opens.
    if (isOrigin && p.prep === 'from' && p.end <= m.start)
      frontedListEnd = chainedPlacesEnd(ctx, facts, p.end);
    // "имеют гражданство Туниса", "hold Tunisian citizenship": a citizenship said of them after the
    // count, read only beside a place that is no origin otherwise.
    // A country at war too when its citizenship is named right before it ("يحملون الجنسية العراقية",
    // "имеют гражданство Сирии"): holding it says who they are, not where they are.
    const citizens =
      !isOrigin &&
      // "عدد المعتقلين من حملة الجنسية العراقية نحو 3 آلاف": or in the phrase of the frame's noun.
      ((p.start >= nounEnd && p.end <= windowEnd) ||
        (frame !== null && p.start >= frame.end && p.end <= m.start)) &&
      ctx.cp.citizenshipNouns
        .scanRange(
          text,
          Math.max(p.start < nounEnd && frame ? frame.end : nounEnd, p.start - 30),
          Math.min(windowEnd, p.end + 30),
        )
        .some((h) =>
          h.end <= p.start
            ? ONE_WORD_GAP.test(text.slice(h.end, p.start))
            : // "who hold Iraqi citizenship": a nationality right before the noun is the citizenship
              // held, a country at war too.
              (p.kind === 'demonym' && blankBetween(text, p.end, h.start)) ||
              (!conflict && ONE_WORD_GAP.test(text.slice(p.end, h.start))),
        );
    if (
      isOrigin ||
      citizens ||
      listed ||
      (p.start < frontedListEnd && p.prep !== 'in' && p.prep !== 'to' && !conflict)
    )
      origin.add(p.code);
    // "40 from Chad and 12 from Niger were killed": the country another count before comes from is
    // none of these people's places.
    else if (p.prep === 'from' && p.end <= m.start && fromOfEarlierCount(ctx, facts, m, p)) continue;
    else if (
      // "بينهم 3 صوماليين": a nationality of counted people says who they are, not where; so does a
      // country "most of them" come from ("300 مقاتل أجنبي في ليبيا، معظمهم من تشاد").
      (conflict &&
        !(p.kind === 'demonym' && countedNationality(ctx, p)) &&
        !(p.prep === 'from' && p.start > m.start && mostOfThem(ctx, nounEnd, p.start))) ||
      // "A Kyrgyz court sentenced 11 returnees", « un tribunal de Bichkek »: tried there, held there.
      (status === 'detained' && ofCourtNoun(ctx, p)) ||
      // Another country is where people are only when held, living or killed there: "detained in Turkey".
      (p.kind === 'name' &&
        ((p.prep === 'in' && (status === 'detained' || status === 'present' || status === 'killed')) ||
          // French "en, au, à" are both to and in: "arrêtés en Belgique", "tués au Mali" say where.
          (p.prep === 'to' && (status === 'detained' || status === 'killed')) ||
          // "نقلت السلطات 45 طفلا من سوريا إلى تركيا": where a transfer takes them is where they are.
          (p.prep === 'to' && status === 'returned' && movedByOthersTo(ctx, facts, p)) ||
          // « vivent au Liban », « restent en Turquie »: a verb of presence right before says where.
          (p.prep === 'to' &&
            status === 'present' &&
            (presentVerbBefore(ctx, facts, p) || arrivalVerbBefore(ctx, facts, p))) ||
          // "تم ترحيل 21 ليبيا من تونس", "deported from Tunisia": the country a return takes them out of,
          // right after the counted phrase, is where they were.
          (p.prep === 'from' && status === 'returned' && inWindow && takenOutOf(ctx, p, nounEnd))))
    )
      (own ? location : elsewhere).add(p.code);
  }
  if (!location.size) for (const code of elsewhere) location.add(code);
  if (nounOrigin) origin.add(nounOrigin);
  // The subject of a share verb right before the count says who they are. A nationality after the verb
  // ("ويشكل التونسيون 3 آلاف من المقاتلين الأجانب") is whose they are outright; a country or nationality
  // before it ("Tunisians make up 3,000 of the foreign fighters", « Les Tunisiens représentent 3 000 des
  // combattants étrangers ») outranks a region, which only says whence the whole comes ("foreign" only
  // that they fight abroad).
  const sharer = shareSubjectDemonym(ctx, facts, m);
  if (sharer) {
    origin.clear();
    origin.add(sharer.code);
  }
  if (!origin.size || [...origin].every((o) => o.startsWith('region:'))) {
    const share = shareOrigin(ctx, facts, m);
    if (share) {
      origin.clear();
      origin.add(share);
    } else if (!origin.size && status !== 'detained') {
      const owner = haveOrigin(ctx, facts, m);
      if (owner) origin.add(owner);
    }
  }
  const citizensCounted = facts.population.some(
    (q) => q.start >= m.end && q.end <= nounEnd && q.value.citizenship,
  );
  if (!origin.size && (returning || possessed)) {
    // "Kazakhstan brought back 120 children", "Lebanon flew home 65 of its nationals": the country
    // that brings people back, or whose nationals they are, is their own; the nearest such before them.
    const agent = facts.places.findLast(
      (p) =>
        (p.kind === 'name' || p.kind === 'demonym') &&
        (p.prep === null || (status === 'returned' && impersonalAgent(ctx, facts, p))) &&
        p.end <= m.start &&
        // A country at war brings back no one of its own accord, but "Mali lost 11 of its soldiers",
        // and "تسلم العراق 94 عائلة من مخيم الهول" takes its people back from another country.
        (!CONFLICT_ZONES.has(p.code) || possessed || takenBackFromElsewhere(facts, m, p.code)) &&
        // "Tunisian-born"; but "Kazakhstan's government brought back 607 people" is the state's doing.
        text[p.end] !== '-' &&
        !dateline(text, facts.seg.start, p) &&
        // "حكمت محكمة تونسية على 9 عائدين": a court's nationality is where they are tried; but citizens
        // are its state's ("La justice tunisienne a condamné 87 citoyens").
        !(ofCourtNoun(ctx, p) && !citizensCounted),
    );
    if (agent && !expelledBy(ctx, facts, agent, m) && !toOwnCountries(ctx, facts, nounEnd)) {
      origin.add(agent.code);
      // "Uzbekistan and Tajikistan have repatriated 600 citizens": the countries coordinated with it.
      // Not with "по 50 детей", "50 children each": the distributive gives each country its own count.
      let edge =
        ctx.cp.distributive.anyIn(text, agent.end, Math.min(facts.seg.end, m.end + 40)) ||
        justBefore(text, facts.seg, m, ctx.cp.distributiveBefore)
          ? 0
          : agent.start;
      for (let i = facts.places.indexOf(agent) - 1; i >= 0 && edge > 0; i--) {
        const q = facts.places[i]!;
        if (q.kind !== 'name' || q.prep !== null || q.end > edge || CONFLICT_ZONES.has(q.code)) break;
        if (!countriesJoined(ctx, text.slice(q.end, edge))) break;
        origin.add(q.code);
        edge = q.start;
      }
    } else if (!agent && returning) {
      const byState = status === 'returned' ? returnAgent(ctx, facts, m, windowEnd) : null;
      const capital = byState ?? capitalAgent(ctx, facts, m);
      if (capital) origin.add(capital);
    }
  }
  if (!origin.size && returning && facts.source) {
    // "Authorities in Kazakhstan said 37 children were repatriated", "по данным МИД Узбекистана": the
    // country whose officials tell of a return is the one bringing its people back.
    const [from, to] = facts.source;
    const teller = facts.places.findLast(
      (p) =>
        (p.kind === 'name' || p.kind === 'demonym') &&
        p.start >= from &&
        p.end <= to &&
        !CONFLICT_ZONES.has(p.code) &&
        !p.code.startsWith('region:'),
    );
    if (teller) origin.add(teller.code);
    else {
      // "Paris said on Monday that it had repatriated 35 children", "Paris a annoncé avoir rapatrié":
      // a capital that speaks of a return stands for its state, as when it is the return's subject.
      const capital = ctx.cp.capitalStates
        .scanRange(text, from, to)
        .findLast((c) => !CONFLICT_ZONES.has(c.value));
      if (capital) origin.add(capital.value);
    }
  }
  if (!origin.size && ctx.cp.placeNounsBack.size) {
    const back = placeBack(ctx, facts, m, nounEnd);
    if (back) origin.add(back.code);
  }
  if (!origin.size && ctx.cp.placePronouns.size) {
    const left = placeLeft(ctx, facts, m, windowStart, Math.min(windowEnd, nounEnd + 24));
    if (left) origin.add(left.code);
  }
  for (const o of origin) location.delete(o);
  return {
    // "the ex-Soviet North Caucasus", "the Central Asian republic of Kyrgyzstan": the most specific.
    origin: [...new Set([...mostSpecific([...origin]), ...conjoinedRegions(ctx, facts, origin)])].sort(),
    location: [...location].filter((c) => !c.startsWith('region:')).sort(),
    local: town !== null && origin.size === 1 && nounOrigin === null,
    past: past && !location.size,
  };
}

/**
 * "23 children were repatriated by Belgium", "the 23 children, who were brought home by Belgium": the
 * agent of a passive return after the count is the state that brings its people back, as the subject of
 * the active verb is ("Belgium repatriated 23 children"). A country at war is one only when it takes them
 * back from elsewhere ("repatriated by Iraq from al-Hol").
 */
function returnAgent(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  windowEnd: number,
): string | null {
  const { text, cp } = ctx;
  for (const s of facts.status) {
    if (s.value !== 'returned' || s.start < m.end || s.end > windowEnd) continue;
    const by = cp.agentMarkers.firstIn(text, s.end, Math.min(facts.seg.end, s.end + 6));
    if (!by || !blankBetween(text, s.end, by.start)) continue;
    const p = facts.places.find((q) => q.start >= by.end && q.start - by.end <= 6);
    if (
      p &&
      p.kind === 'name' &&
      /^\s+(?:the\s+)?$/iu.test(text.slice(by.end, p.start)) &&
      (!CONFLICT_ZONES.has(p.code) ||
        facts.places.some((q) => q.start >= p.end && q.prep === 'from' && q.code !== p.code)) &&
      !p.code.startsWith('region:')
    )
      return p.code;
  }
  return null;
}

/** How far before a from-place the arrival verb of its preposition may start: "arrivées de la ". */
const ARRIVED_FROM_REACH = 16;

/**
 * Whether from-place p follows an arrival verb ("arrivés d'Irak") in the phrase of count m, which names
 * another nationality before it ("300 réfugiés syriens"): whence they arrived, not who they are.
 */
function arrivedFromBeside(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention, p: PlaceHit): boolean {
  const { text, cp } = ctx;
  if (!cp.arrivals.size) return false;
  const verb = cp.arrivals.scanRange(text, Math.max(m.end, p.start - ARRIVED_FROM_REACH), p.start).pop();
  if (!verb || PUNCT_STOP.test(text.slice(verb.end, p.start))) return false;
  return facts.places.some(
    (q) => q.kind === 'demonym' && q.code !== p.code && q.start >= m.start && q.end <= verb.start,
  );
}

/** How far past the counted noun the from-place of a return may stand: a nationality adjective, "from". */
const TAKEN_OUT_OF_REACH = 20;

/** Whether from-place p follows the counted noun at `nounEnd` closely, in the same clause. */
function takenOutOf(ctx: ClaimContext, p: PlaceHit, nounEnd: number): boolean {
  return (
    p.start >= nounEnd &&
    p.start - nounEnd <= TAKEN_OUT_OF_REACH &&
    !PUNCT_STOP.test(ctx.text.slice(nounEnd, p.start))
  );
}

/**
 * "Sept enfants français ont été rapatriés de Turquie", "repatriated from Turkey": a from-place right
 * after a verb of return is where they were brought back from, not whence they come.
 */
function returnedFrom(ctx: ClaimContext, facts: SentenceFacts, p: PlaceHit): boolean {
  const { text, cp } = ctx;
  // "expulsés de Turquie": a verb of expulsion sends them out of the place after it.
  if (cp.expelVerbs.size)
    for (const v of cp.expelVerbs.scanRange(text, Math.max(facts.seg.start, p.start - 24), p.start))
      if (p.start - v.end <= 8 && !PUNCT_STOP.test(text.slice(v.end, p.start))) return true;
  for (const s of facts.status)
    if (
      s.value === 'returned' &&
      s.end <= p.start &&
      p.start - s.end <= 8 &&
      !PUNCT_STOP.test(text.slice(s.end, p.start))
    )
      return true;
  return false;
}

/**
 * "ستعيد أوزبكستان 95 امرأة" (Uzbekistan will bring back 95 women): a return verb in the future, whose
 * own entry says they are not back yet, still names a return to come.
 */
function futureReturn(ctx: ClaimContext, s: LexiconMatch<Status>): boolean {
  const prefix = ctx.cp.pack.futurePrefix;
  if (!prefix || s.value !== 'present') return false;
  const word = ctx.text.slice(s.start, s.end);
  const at = word.indexOf(prefix);
  // The prefix opens the word, after a glued conjunction at most (وستعيد).
  if (at < 0 || at > 1 || s.end - s.start - at - prefix.length < 3) return false;
  return ctx.cp.status.get(word.slice(at + prefix.length)) === 'returned';
}

/** Whether another count after m stands right before place p, one word apart ("7 du Tchad", "7 from Chad"). */
function laterCountFrom(text: string, facts: SentenceFacts, m: NumberMention, p: PlaceHit): boolean {
  for (const n of facts.numbers)
    if (
      n.start > m.end &&
      n.end <= p.start &&
      p.start - n.end <= 8 &&
      ONE_WORD_GAP.test(text.slice(n.end, p.start))
    )
      return true;
  return false;
}

/**
 * "Paris a rapatrié 35 enfants", "Moscow returned 20 children", "Москва вернула 20 детей": a capital
 * that is the subject of the return verb before the count stands for its state, which brings its own
 * people back. Read only here: "les attentats de Paris" names no one's country.
 */
function capitalAgent(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): string | null {
  const { text, cp } = ctx;
  const verb = facts.status.findLast((s) => s.value === 'returned' && s.end <= m.start);
  // The verb of the count's own clause: not past a semicolon.
  if (!verb || charBetween(text, 59 /* ; */, verb.end, m.start)) return null;
  const capital =
    cp.capitalStates
      .scanRange(text, Math.max(facts.seg.start, verb.start - 40), verb.start)
      .findLast((c) => SUBJECT_GAP.test(text.slice(c.end, verb.start))) ??
    // Verb-first: "تسلمت الخرطوم 18 امرأة", the capital right after the verb, before the count.
    (cp.pack.fightingBeforeCount === true
      ? cp.capitalStates
          .scanRange(text, verb.end, m.start)
          .find(
            (c) =>
              /^\s+$/u.test(text.slice(verb.end, c.start)) && SUBJECT_GAP.test(text.slice(c.end, m.start)),
          )
      : undefined);
  if (!capital) return null;
  // The subject itself, no preposition's object: "de Paris", "from Moscow", "в Москве".
  const before = cp.prepositions
    .scanRange(text, Math.max(facts.seg.start, capital.start - 12), capital.start)
    .some((q) => blankBetween(text, q.end, capital.start));
  return before ? null : capital.value;
}

/** Between a subject and its verb: up to three words (auxiliaries, adverbs), no punctuation. */
const SUBJECT_GAP = /^(?:\s+[\p{L}'’-]+){0,3}\s+$/u;

/** How far past the counted noun "to their countries" may stand: a from-place, a camp's name. */
const OWN_COUNTRIES_REACH = 60;

/**
 * "أعادت تركيا 200 طفل إلى بلدانهم" (to their countries): after the counted phrase, in its clause, a
 * phrase that sends the people to countries of their own; the state bringing them is not theirs.
 */
function toOwnCountries(ctx: ClaimContext, facts: SentenceFacts, nounEnd: number): boolean {
  const { text, cp } = ctx;
  if (!cp.ownCountriesAfter.size) return false;
  const to = Math.min(facts.seg.end, nounEnd + OWN_COUNTRIES_REACH);
  const hit = cp.ownCountriesAfter.firstIn(text, nounEnd, to);
  return hit !== undefined && !PUNCT_STOP.test(text.slice(nounEnd, hit.start));
}

/**
 * "رحلت الجزائر 5 مقاتلين", "Algeria deported 5 fighters": a country that deports or expels people
 * sends them out of its own land, so it is not their origin. The verb stands right before the country
 * (verb first) or between it and the count, in one clause.
 */
function expelledBy(ctx: ClaimContext, facts: SentenceFacts, agent: PlaceHit, m: NumberMention): boolean {
  const { text, cp } = ctx;
  if (!cp.expelVerbs.size) return false;
  return cp.expelVerbs
    .scanRange(text, Math.max(facts.seg.start, agent.start - 16), m.start)
    .some((v) =>
      v.end <= agent.start
        ? !PUNCT_STOP.test(text.slice(v.end, agent.start))
        : v.start >= agent.end && !PUNCT_STOP.test(text.slice(agent.end, m.start)),
    );
}

/**
 * "30 boys from Halabja", "40 مقاتلا من الفلوجة": a town or province right after the counted noun and
 * its "from", where nothing in the sentence moves them (no arrival, transfer or return), is where they
 * come from: its country is their origin. A camp or a prison they are from is no home.
 */
function hometown(ctx: ClaimContext, facts: SentenceFacts, p: PlaceHit, nounEnd: number): boolean {
  const { text, cp } = ctx;
  if (p.prep !== 'from' || p.start < nounEnd || p.start - nounEnd > 8) return false;
  if (!/^\s*\S+\s*$/u.test(text.slice(nounEnd, p.start))) return false;
  if (cp.holdingPlaces.anyIn(text, nounEnd, p.end)) return false;
  const { seg } = facts;
  return !cp.arrivals.anyIn(text, seg.start, seg.end) && !cp.transfers.anyIn(text, seg.start, seg.end);
}

/**
 * "Iraq received 94 families from al-Hol camp in Syria", "تسلم العراق 150 طفلا محتجزين في مخيم الهول":
 * after the count, a place of another country the people come from or are held in, and no place they
 * are taken to, so the country before the count takes them in.
 */
function takenBackFromElsewhere(facts: SentenceFacts, m: NumberMention, code: string): boolean {
  let from = false;
  for (const q of facts.places) {
    // "Ирак вернул из Сирии 120 женщин", "From Syria, Iraq repatriated 120 women": another country the
    // return takes them from, or a place in it ("из лагеря Аль-Холь"), fronted before the count.
    if (q.end <= m.start && q.prep === 'from' && q.code !== code && (q.kind === 'name' || q.kind === 'site'))
      from = true;
    if (q.start < m.end || q.kind === 'demonym') continue;
    // "… ونقلتها إلى مخيم الجدعة (في نينوى)": taken on to a place of the country itself, or named in it
    // once they came from elsewhere, they are home.
    if (q.code === code && (q.prep === 'to' || from)) continue;
    if (q.prep === 'to' || q.code === code) return false;
    if (q.prep === 'from' || q.prep === 'in') from = true;
  }
  return from;
}

/** A nationality of the counted phrase, before P, other than P's country. */
function otherNationalityBefore(facts: SentenceFacts, m: NumberMention, p: PlaceHit): boolean {
  return facts.places.some(
    (q) => q.kind === 'demonym' && q.start >= m.end && q.end <= p.start && q.code !== p.code,
  );
}

/**
 * "25 أطفال أوزبك وصلوا إلى تركيا", "arrived in Turkey, 25 Uzbek children": a nationality in the counted
 * phrase other than CODE, so a place they are taken to is not their country.
 */
function otherNationalityInPhrase(
  facts: SentenceFacts,
  m: NumberMention,
  phraseEnd: number,
  code: string,
): boolean {
  for (const q of facts.places)
    if (q.kind === 'demonym' && q.start >= m.start && q.end <= phraseEnd && q.code !== code) return true;
  return false;
}

/**
 * "l'armée nationale somalienne (112)": a noun for something other than people before a nationality
 * in a breakdown item (a word of four letters or more that is no people, link or modifier word).
 */
/** Whether the word at `at` opens with a glued "and" ("وعناصر") before a word of people. */
function glued(ctx: ClaimContext, at: number): boolean {
  const word = /^\p{L}+/u.exec(ctx.text.slice(at, at + 40))?.[0];
  return (
    word !== undefined &&
    word.length > 3 &&
    ctx.cp.conjunctions.get(word[0]!) !== undefined &&
    ctx.cp.population.get(word.slice(1)) !== undefined
  );
}

/** Where the word holding `at` starts (back to a space or the text's start). */
function wordStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

function actorNounBefore(ctx: ClaimContext, from: number, to: number): boolean {
  const { text, cp } = ctx;
  if (cp.population.anyIn(text, from, to)) return false;
  for (const w of text.slice(from, to).split(/[\s'’]+/u))
    if (w.length >= 4 && LETTER.test(w) && !cp.placeLinks.get(w) && !cp.modifiers.get(w)) return true;
  return false;
}

/**
 * Whether a from-place is linked to the counted noun by a link made with that noun ("habitants au",
 * "residents of", "ressortissants de"): nothing else stands between.
 */
function nounLinkedFrom(ctx: ClaimContext, facts: SentenceFacts, nounEnd: number, p: PlaceHit): boolean {
  const { text, cp } = ctx;
  if (p.start - nounEnd > 12) return false;
  const link = cp.prepositions.scanRange(text, Math.max(facts.seg.start, nounEnd - 24), p.start).pop();
  return (
    link !== undefined && link.start < nounEnd && link.end >= nounEnd && blankBetween(text, link.end, p.start)
  );
}

/** Between a share verb and the count, its subject: a noun and at most two words after it. */
const SHARE_SUBJECT_GAP = /^(?:\s+\p{L}+){0,2}\s*$/u;

/**
 * "ويشكل الأطفال 40 ألفا من سكان المخيم", "Children make up 40,000 of the residents": the people a
 * share verb right before the count has for its subject (after the verb, or right before it) are those
 * counted; "of the residents" after the count names the whole they are part of.
 */
function shareSubject(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
): { population: Population; origin: string | null; start: number } | null {
  const { text } = ctx;
  const verb = shareVerbBefore(ctx, facts, m, 50);
  if (!verb) return null;
  const before = blankBetween(text, verb.end, m.start);
  const subject = before
    ? facts.population.findLast(
        (p) => p.end <= verb.start && SHARE_SUBJECT_GAP.test(text.slice(p.end, verb.start)),
      )
    : facts.population.find(
        (p) =>
          p.start >= verb.end &&
          blankBetween(text, verb.end, p.start) &&
          SHARE_SUBJECT_GAP.test(text.slice(p.end, m.start)),
      );
  if (subject && !subject.value.deferred && !subject.value.generic) {
    // "ويشكل الأطفال الأجانب 8 آلاف": a nationality in the subject's phrase says whence.
    const own = facts.places.find(
      (p) => p.kind === 'demonym' && p.start >= subject.end && p.end <= (before ? verb.start : m.start),
    );
    return { population: subject.value.population, origin: own?.code ?? null, start: subject.start };
  }
  return null;
}

/** The last share verb ("make up", « représentent », «приходится», يشكل) in the REACH characters before a count. */
function shareVerbBefore(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  reach: number,
): LexiconMatch<true> | undefined {
  const { text, cp } = ctx;
  if (!cp.shareVerbs.size) return undefined;
  return cp.shareVerbs.scanRange(text, Math.max(facts.seg.start, m.start - reach), m.start).pop();
}

/**
 * "ويشكل التونسيون 3 آلاف من المقاتلين الأجانب": a nationality noun for the subject of a share verb, between
 * the verb and the count (verb first), counts those people; the count's origin is theirs.
 */
function shareSubjectDemonym(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): PlaceHit | null {
  const { text } = ctx;
  const verb = shareVerbBefore(ctx, facts, m, 50);
  if (!verb || blankBetween(text, verb.end, m.start)) return null;
  const subject = facts.places.find(
    (p) =>
      p.kind === 'demonym' &&
      p.prep === null &&
      p.start >= verb.end &&
      p.end <= m.start &&
      blankBetween(text, verb.end, p.start) &&
      SHARE_SUBJECT_GAP.test(text.slice(p.end, m.start)),
  );
  return subject ?? null;
}

/**
 * "Uzbekistan alone accounts for 1,500 of them", "на Узбекистан приходится около 1500": the country
 * a share verb (right before the count) has for its subject, at most two words before the verb.
 */
function shareOrigin(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): string | null {
  const { text } = ctx;
  const verb = shareVerbBefore(ctx, facts, m, 40);
  if (!verb || !blankBetween(text, verb.end, m.start)) return null;
  const p = facts.places.findLast((q) => q.end <= verb.start);
  if (!p || (p.kind !== 'name' && p.kind !== 'demonym') || p.prep === 'from') return null;
  const gap = text.slice(p.end, verb.start);
  if (PUNCT_STOP.test(gap) || /\d/.test(gap) || gap.trim().split(/\s+/).length > 2) return null;
  return p.code;
}

/**
 * "لدى المغرب 1,659 مقاتلا في سوريا", "تونس لديها 3 آلاف مقاتل": the country a word of having (right
 * before the count) has for its owner, right after it or right before it; not a war zone, which has
 * people in it rather than of it.
 */
function haveOrigin(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): string | null {
  const { text, cp } = ctx;
  if (!cp.haveWords.size) return null;
  const word = cp.haveWords.scanRange(text, Math.max(facts.seg.start, m.start - 40), m.start).pop();
  if (!word) return null;
  const p = blankBetween(text, word.end, m.start)
    ? facts.places.findLast((q) => q.end <= word.start && blankBetween(text, q.end, word.start))
    : facts.places.find(
        (q) =>
          q.start >= word.end && blankBetween(text, word.end, q.start) && blankBetween(text, q.end, m.start),
      );
  if (!p || p.kind !== 'name' || p.prep !== null || CONFLICT_ZONES.has(p.code)) return null;
  return p.code;
}

/**
 * "أما الشيشان فقد سافر منها إلى سوريا 500 مقاتل", "تعد تونس من أكبر المصدرين، إذ غادرها 3000 شخص":
 * a pronoun for the place left, in the count's clause, stands for the last country or region the
 * sentence named before it, where the counted people come from.
 */
function placeLeft(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  from: number,
  to: number,
): PlaceHit | undefined {
  const pronoun = ctx.cp.placePronouns.firstIn(ctx.text, from, to);
  if (!pronoun) return undefined;
  return facts.places.findLast(
    (p) =>
      // The topic of the sentence, not a place people went to, were in or came from.
      p.end <= pronoun.start && p.end <= m.start && p.kind === 'name' && p.prep === null,
  );
}

/**
 * "В Дагестане осуждены трое жителей республики", "three residents of the republic": a noun for a
 * place right after the counted noun stands for the last country or region named before the count
 * in its sentence (a war zone is where they went, not theirs).
 */
function placeBack(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  nounEnd: number,
): PlaceHit | undefined {
  const { text } = ctx;
  const back = ctx.cp.placeNounsBack.firstIn(text, nounEnd, Math.min(facts.seg.end, nounEnd + 24));
  if (!back || !blankBetween(text, nounEnd, back.start)) return undefined;
  return facts.places.findLast((p) => p.end <= m.start && p.kind === 'name' && !CONFLICT_ZONES.has(p.code));
}

/**
 * "Число детей, вывезенных в Сирию из Дагестана, достигает 1400": a from-place between the noun of a
 * "number of" frame and its number is said of that noun's people.
 */
function inFrameClause(
  ctx: ClaimContext,
  frame: LexiconMatch<PopulationWord> | null,
  p: PlaceHit,
  m: NumberMention,
): boolean {
  // A relative clause between them is about something else ("its residents, which the SDF backed
  // from the US runs, …"): only a participle phrase of the noun's own, close to it.
  return (
    frame !== null &&
    p.start >= frame.end &&
    p.end <= m.start &&
    p.start - frame.end <= 40 &&
    !ctx.cp.clauseOpeners.anyIn(ctx.text, frame.end, p.start)
  );
}

/**
 * "نقلت السلطات 45 طفلا من سوريا إلى تركيا", "transferred to Turkey": the status word nearest before a
 * destination is a verb of moving by others (the pack's transferVerbs), which says nothing of whose
 * country it is, unlike a return.
 */
function movedByOthersTo(ctx: ClaimContext, facts: SentenceFacts, p: PlaceHit): boolean {
  // "handed over to Russian officials": a state's authorities take their own people back.
  if (p.kind !== 'name') return false;
  const last = facts.status.findLast((s) => s.end <= p.start && s.start >= facts.seg.start);
  return last !== undefined && ctx.cp.transfers.anyIn(ctx.text, last.start, last.end);
}

/** "четыре палача, один из которых … из Узбекистана": a place after "of whom" is said of the part. */
function partOfAfter(ctx: ClaimContext, from: number, to: number): boolean {
  return from < to && ctx.cp.partitives.anyIn(ctx.text, from, to);
}

/** The last status word before the count, in its clause, is one of killing: "أعدم مسلحو التنظيم 17". */
function killingBefore(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): boolean {
  const last = facts.status.findLast((s) => s.end <= m.start && s.start >= facts.seg.start);
  return (
    last?.value === 'killed' &&
    !PUNCT_STOP.test(ctx.text.slice(last.end, m.start)) &&
    // "500 were killed and 700 others were detained": the killing is another clause's.
    !facts.numbers.some((n) => n.start >= last.end && n.end <= m.start) &&
    !ctx.cp.conjunctions.anyIn(ctx.text, last.end, m.start)
  );
}

/** The first place of the count's clause right after a word of STATUS that takes a destination. */
function firstDestination(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  status: Status,
  windowStart: number,
  windowEnd: number,
): PlaceHit | undefined {
  return facts.places.find(
    (p) =>
      p.prep === 'to' &&
      p.kind !== 'demonym' &&
      facts.status.some(
        (s) =>
          s.value === status &&
          ((s.end <= p.start && p.start - s.end <= 40) ||
            // "в Россию были депортированы 19 546 детей": a destination told by its case may come first.
            (ctx.cp.destination !== null && p.end <= s.start && auxiliariesOnly(ctx, p.end, s.start))),
      ) &&
      p.start >= windowStart &&
      p.end <= windowEnd &&
      !priorClause(ctx, facts, p, m, windowStart) &&
      !nextClause(ctx, facts, p, m, windowEnd),
  );
}

/** A country of the count's clause that people are taken to, other than any of their own. */
function takenAbroad(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  origin: readonly string[],
  windowStart: number,
  windowEnd: number,
): string | null {
  // The first destination decides ("to Tashkent via Turkey" takes them home); French « en Irak » may be
  // where as well as whither, so a country at war is never one.
  const to = firstDestination(ctx, facts, m, 'returned', windowStart, windowEnd);
  return to &&
    (origin.length > 0 || movedByOthersTo(ctx, facts, to)) &&
    to.kind === 'name' &&
    !to.code.startsWith('region:') &&
    !CONFLICT_ZONES.has(to.code) &&
    !origin.includes(to.code)
    ? to.code
    : null;
}

/**
 * Whether a place before a count belongs to the clause of the count before it: "70 women are held in
 * Syria and 30 in Iraq" (Syria is the 70's). A conjunction or a comma stands between the place and the
 * count; a place right before its count ("while in Iraq 30 mothers", "وفي العراق 30") is its own.
 */
function priorClause(
  ctx: ClaimContext,
  facts: SentenceFacts,
  p: { start: number; end: number },
  m: NumberMention,
  windowStart: number,
): boolean {
  const { text, cp } = ctx;
  if (p.end > m.start || windowStart <= facts.seg.start) return false;
  const between = text.slice(p.end, m.start);
  return (
    /[,;،؛]/u.test(between) ||
    cp.gluedConjunctionEnd?.test(between) === true ||
    cp.conjunctions.anyIn(text, p.end, m.start)
  );
}

/**
 * "وصل إلى سوريا 900 مقاتل من مصر والسودان": an arrival verb whose destination, right after it, is a
 * conflict zone that no nationality in the count's window names (its own people coming home) takes
 * people to the war; it is no return, and a zone they come from is theirs. With s, that one return
 * word; without, any arrival in the window (the count's status may have come from it).
 */
function arrivalAtWar(
  ctx: ClaimContext,
  facts: SentenceFacts,
  windowStart: number,
  windowEnd: number,
  nounOrigin: string | null,
  s?: { start: number; end: number },
): boolean {
  const { text, cp } = ctx;
  const lo = s ? s.start : windowStart;
  const hi = s ? s.end : windowEnd;
  const verb = cp.arrivals.scanRange(text, lo, hi)[0];
  if (!verb) return false;
  const to = facts.places.find((p) => p.start >= verb.end && p.start - verb.end <= 6);
  if (!to || !CONFLICT_ZONES.has(to.code) || to.prep === 'from' || nounOrigin === to.code) return false;
  return !facts.places.some(
    (p) => p.kind === 'demonym' && p.code === to.code && p.start >= windowStart && p.end <= windowEnd,
  );
}

/**
 * "انضم 400 مقاتل …، وعاد 50 منهم": a status word after a comma, in a window another count cuts short,
 * opens that count's clause.
 */
function laterClauseWord(
  ctx: ClaimContext,
  facts: SentenceFacts,
  s: { start: number; end: number },
  m: NumberMention,
  windowEnd: number,
): boolean {
  if (s.start < m.end || windowEnd >= facts.seg.end) return false;
  return /[,;،؛]/u.test(ctx.text.slice(m.end, s.start));
}

/** The same for the count after it: "70 women are held in Syria, while in Iraq 30 mothers…" (Iraq is the 30's). */
function nextClause(
  ctx: ClaimContext,
  facts: SentenceFacts,
  p: { start: number; end: number },
  m: NumberMention,
  windowEnd: number,
): boolean {
  const { text, cp } = ctx;
  if (p.start < m.end || windowEnd >= facts.seg.end || !/^\s*$/u.test(text.slice(p.end, windowEnd)))
    return false;
  return (
    /[,;،؛]/u.test(text.slice(m.end, p.start)) ||
    cp.gluedConjunctionBefore?.test(text.slice(m.end, p.start)) === true ||
    cp.conjunctions.anyIn(text, m.end, p.start)
  );
}

/** "X and Y", "X, Y", "la Belgique et les Pays-Bas", "le Maroc, l'Algérie": a gap joining two countries. */
function countriesJoined(ctx: ClaimContext, gap: string): boolean {
  const words = gap
    .replace(/[,،]/gu, ' , ')
    .replace(/(?<=\bl)['’]/gu, "' ")
    .trim()
    .split(/\s+/);
  if (words.length > 3) return false;
  let joined = false;
  for (const w of words) {
    if (w === ',' || ctx.cp.conjunctions.get(w) !== undefined) joined = true;
    else if (!ctx.cp.countryArticles.has(w)) return false;
  }
  return joined;
}

/** Whether a place opens its sentence as a dateline ("عمان - ...", "Almaty (Reuters) —"): no agent. */
function dateline(text: string, sentenceStart: number, p: PlaceHit): boolean {
  return (
    /^\s*$/.test(text.slice(sentenceStart, p.start)) &&
    /^\s*(?:\([^()]{0,40}\)\s*)?[-–—:]/.test(text.slice(p.end, p.end + 50))
  );
}

/**
 * A status word of presence ending right before the place, one word at most between (« vivent au
 * Liban », « restent encore en Turquie »): the French "au, en, à" of the place then says where.
 */
/**
 * « sont arrivés vendredi à Almaty », "прибыли в Турцию": a verb of arriving right before the place, a
 * word or words of time at most between, puts the people there.
 */
function arrivalVerbBefore(ctx: ClaimContext, facts: SentenceFacts, p: PlaceHit): boolean {
  const { text, cp } = ctx;
  const verb = cp.arrivals.scanRange(text, Math.max(facts.seg.start, p.start - 32), p.start).at(-1);
  if (!verb) return false;
  return ONE_WORD_GAP.test(text.slice(verb.end, p.start)) || timeOnly(ctx, facts, verb.end, p.start);
}

function presentVerbBefore(ctx: ClaimContext, facts: SentenceFacts, p: PlaceHit): boolean {
  return facts.status.some(
    (s) =>
      s.value === 'present' &&
      s.end <= p.start &&
      p.start - s.end <= 24 &&
      ONE_WORD_GAP.test(ctx.text.slice(s.end, p.start)),
  );
}

/**
 * Whether `s` is the first status word of a clause about the counted people's kin, opened right after
 * the counted noun by one of othersRelatives ("whose parents", « dont les parents », "чьи родители"),
 * with no stop between the opener and it.
 */
function othersClauseVerb(
  ctx: ClaimContext,
  facts: SentenceFacts,
  nounEnd: number,
  s: LexiconMatch<Status>,
): boolean {
  const { text, cp } = ctx;
  if (!cp.othersRelatives.size) return false;
  const r = cp.othersRelatives.firstIn(text, nounEnd, Math.min(s.start, nounEnd + 40));
  if (!r || !/^[\s,]*$/u.test(text.slice(nounEnd, r.start))) return false;
  if (/\p{N}/u.test(text.slice(r.end, s.start)) || PUNCT_STOP.test(text.slice(r.end, s.start))) return false;
  return facts.status.find((x) => x.start >= r.end) === s;
}

/**
 * A verb of leaving (leaveVerbs) right before the place, up to two words between (« ont quitté la
 * Syrie », "покинули территорию Сирии"), nothing of punctuation: the place is one they left.
 */
function leftPlace(ctx: ClaimContext, facts: SentenceFacts, p: PlaceHit): boolean {
  const { text, cp } = ctx;
  if (!cp.leaveVerbs.size) return false;
  return cp.leaveVerbs
    .scanRange(text, Math.max(facts.seg.start, p.start - 40), p.start)
    .some(
      (v) => PREPOSITION_GAP.test(text.slice(v.end, p.start)) && !PUNCT_STOP.test(text.slice(v.end, p.start)),
    );
}

/**
 * "انتقل 150 مقاتلا من سوريا إلى ليبيا" (moved from Syria to Libya): a war zone right before a "to"
 * place is where a journey set out from, not where the people come from.
 */
function journeyOn(ctx: ClaimContext, facts: SentenceFacts, p: PlaceHit): boolean {
  for (const q of facts.places) {
    if (q.start < p.end) continue;
    // Only the preposition between: "من سوريا إلى ليبيا", "from Syria to Libya".
    return q.prep === 'to' && q.kind === 'name' && ONE_WORD_GAP.test(ctx.text.slice(p.end, q.start));
  }
  return false;
}
/**
 * "أسر التنظيم 12 عنصرا من القوات العراقية" (took 12 members of the Iraqi forces captive): members of a
 * state's force taken captive are of that state, a conflict zone too. The from-link glued to the
 * counted noun, then only nouns of the force (forceNouns) before its nationality, and a word of
 * capture in the clause.
 */
function capturedForce(
  ctx: ClaimContext,
  p: PlaceHit,
  nounEnd: number,
  windowStart: number,
  windowEnd: number,
): boolean {
  const { text, cp } = ctx;
  if (p.kind !== 'demonym' || p.prep !== 'from' || !cp.forceNouns.size || p.start - nounEnd > 40)
    return false;
  const from = cp.prepositions.firstIn(text, nounEnd, p.start);
  if (!from || from.value !== 'from' || !/^\s*$/u.test(text.slice(nounEnd, from.start))) return false;
  const forces = cp.forceNouns.scanRange(text, from.end, p.start);
  let at = from.end;
  for (const f of forces) {
    if (!/^\s*$/u.test(text.slice(at, f.start))) return false;
    at = f.end;
  }
  if (!forces.length || !/^\s*$/u.test(text.slice(at, p.start))) return false;
  return cp.captureWords.anyIn(text, windowStart, windowEnd);
}

/** Whether nationality word p qualifies a prison or a camp right beside it: "Iraqi prisons", « camps syriens ». */
function qualifiesHoldingPlace(ctx: ClaimContext, p: PlaceHit): boolean {
  const { text, cp } = ctx;
  // A nationality beside a noun for people is theirs: "в тюрьмах сирийских
  // курдов", "27 معتقلا يمنيا" (a detainee's noun that also names a place of detention).
  const people = (m: LexiconMatch<unknown> | undefined) =>
    !!m && cp.population.firstIn(text, m.start, m.end)?.start === m.start;
  const peopleNext = cp.population.firstIn(text, p.end, Math.min(text.length, p.end + 24));
  if (peopleNext && blankBetween(text, p.end, peopleNext.start)) return false;
  const peopleBefore = cp.population.scanRange(text, Math.max(0, p.start - 24), p.start).pop();
  if (peopleBefore && blankBetween(text, peopleBefore.end, p.start)) return false;
  const after = cp.holdingPlaces.firstIn(text, p.end, Math.min(text.length, p.end + 24));
  if (after && !people(after) && blankBetween(text, p.end, after.start)) return true;
  const before = cp.holdingPlaces.scanRange(text, Math.max(0, p.start - 24), p.start).pop();
  return !!before && !people(before) && blankBetween(text, before.end, p.start);
}

/**
 * Whether a nationality word after "from" qualifies another noun: "services de renseignement russes"
 * (the services are Russian, not the people counted). Only place words ("pays", "other countries"),
 * modifiers, nouns for people ("de familles kazakhes") and for descent ("d'origine ouzbèke") may stand
 * between the preposition and it, unless a noun for people follows it ("of documented Tajik fighters").
 * Only packs that list their nouns for descent (originNouns) read nationalities so.
 */
function qualifiesOtherNoun(ctx: ClaimContext, p: PlaceHit): boolean {
  const { text, cp } = ctx;
  const originNouns = cp.originNouns;
  if (p.kind !== 'demonym' || !originNouns) return false;
  // "of documented Tajik fighters": a nationality before a noun for people qualifies them.
  const next = cp.population.firstIn(text, p.end, Math.min(text.length, p.end + 30));
  if (next && /^\s*$/.test(text.slice(p.end, next.start))) return false;
  // Within its own sentence: "… auraient été tués. Les Tadjiks seraient un millier" has no preposition.
  let from = Math.max(0, p.start - 40);
  for (let i = p.start - 1; i >= from; i--) {
    const c = text[i];
    if (c === '.' || c === '!' || c === '?' || c === '؟' || c === ';') {
      from = i + 1;
      break;
    }
  }
  const prep = cp.prepositions.scanRange(text, from, p.start).pop();
  if (!prep) return false;
  return text
    .slice(prep.end, p.start)
    .split(/[\s'"]+/)
    .filter(Boolean)
    .some(
      (w) => !cp.placeLinks.get(w) && !cp.modifiers.get(w) && !cp.population.get(w) && !originNouns.get(w),
    );
}

function pickAge(
  facts: SentenceFacts,
  m: NumberMention,
  nounEnd: number,
  windowEnd: number,
  ctx: ClaimContext,
): Bounds {
  const age = facts.ages.find(
    (a) =>
      !a.term &&
      a.start >= m.end &&
      a.start <= Math.max(windowEnd, nounEnd + 60) &&
      a.start - nounEnd < 60 &&
      !ageOfAnother(ctx, facts, a, m) &&
      !ageOfLaterNoun(ctx, facts, a, m, nounEnd) &&
      // "30 طفلا أصغرهم في الثانية": the youngest's age is not the group's.
      !ctx.cp.ageExtremes.anyIn(ctx.text, Math.max(nounEnd, a.start - 24), a.start) &&
      // "четыре палача, один из которых — 10-летний мальчик": one member's age is not the group's.
      !partOfAfter(ctx, nounEnd, a.start) &&
      // "2600 شخص، معظمهم أطفال دون سن 12": the age is said of most of them, not of all.
      !mostOfThem(ctx, nounEnd, a.start) &&
      // "• 65% under the age of 12": a share's age, not the whole's.
      !shareAge(ctx, nounEnd, a.start) &&
      // "54 women who have children under six": the age of the noun right before it, of another kind.
      !ageOfBareNoun(ctx, facts, nounEnd, a.start),
  );
  if (!age) {
    const fronted = frontedAge(ctx, facts, m) ?? framedAge(ctx, facts, m);
    if (fronted) return { min: fronted.min, max: fronted.max };
  }
  // "40 per cent of the 9,000 residents are under 12": the age said after the whole of a share is the
  // share's, and the share is no count.
  if (age && agePredicate(ctx, nounEnd, age.start) && wholeOfShare(ctx, facts, m))
    return { min: null, max: null };
  return age ? { min: age.min, max: age.max } : { min: null, max: null };
}

/**
 * Whether a share stands right before an age, auxiliaries at most between ("• 65% under the age of 12",
 * "40 per cent are under five"): the age is said of the share, which is no count, not of the whole.
 */
function shareAge(ctx: ClaimContext, from: number, ageStart: number): boolean {
  const { text, cp } = ctx;
  if (ageStart <= from) return false;
  for (const d of text.slice(from, ageStart).matchAll(/\d+(?:[.,]\d+)?/gu)) {
    let end = from + d.index + d[0].length;
    const sign = /^\s*%/u.exec(text.slice(end, ageStart));
    if (sign) end += sign[0].length;
    else {
      const unit = cp.nonCountUnits.firstIn(text, end, ageStart);
      if (!unit || !blankBetween(text, end, unit.start)) continue;
      end = unit.end;
    }
    if (auxiliariesOnly(ctx, end, ageStart)) return true;
  }
  return false;
}

/**
 * Whether a noun of people of another kind than the count's stands right before its age, with no
 * number of its own: in "54 women who have children under six", "40 mothers with babies under two",
 * the children's and the babies' age ("30 girls and boys under 15" share theirs).
 */
function ageOfBareNoun(ctx: ClaimContext, facts: SentenceFacts, nounEnd: number, ageStart: number): boolean {
  const own = facts.population.find((p) => p.end === nounEnd);
  if (!own) return false;
  const noun = facts.population.findLast((p) => p.start >= nounEnd && p.end <= ageStart);
  return (
    noun !== undefined &&
    blankBetween(ctx.text, noun.end, ageStart) &&
    noun.value.population !== own.value.population
  );
}

/**
 * An age set before the subject it describes, opening the sentence and closed by a comma right before
 * the count ("Âgés de 2 à 17 ans, ces 32 enfants …", "Aged 3 to 12, the 27 children …"): two words at
 * most (an article, a bound) between the comma and the count.
 */
function frontedAge(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
): SentenceFacts['ages'][number] | undefined {
  const { text } = ctx;
  const a = facts.ages.find((g) => !g.term && g.end <= m.start);
  if (!a || !/^[\s"«“]*$/u.test(text.slice(facts.seg.start, a.start))) return undefined;
  const gap = /^\s*,\s*((?:\p{L}+['’]?\s*){0,2})$/u.exec(text.slice(a.end, m.start));
  if (!gap || ctx.cp.population.anyIn(text, a.end, m.start)) return undefined;
  return a;
}

/**
 * An age inside the "number of" frame of the count, between its counted noun and the number: "وبلغ عدد
 * الأطفال ممن تقل أعمارهم عن 15 عاما 1200 طفل", "the number of children under 12 in the camp is 9,000".
 * The frame's noun is the count's, so is the age said of it; nothing but the age's own number between,
 * and no youngest or oldest, nor "most of them", before it.
 */
function framedAge(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
): SentenceFacts['ages'][number] | undefined {
  const { text, cp } = ctx;
  const frame = cp.numberOf.scanRange(text, Math.max(facts.seg.start, m.start - 110), m.start).pop();
  if (!frame || PUNCT_STOP.test(text.slice(frame.end, m.start))) return undefined;
  const a = facts.ages.find((g) => !g.term && g.start > frame.end && g.end <= m.start);
  if (!a || !cp.population.anyIn(text, frame.end, a.start)) return undefined;
  if (cp.ageExtremes.anyIn(text, frame.end, a.start) || mostOfThem(ctx, frame.end, a.start)) return undefined;
  const other = (n: { start: number; end: number; yearLike?: boolean }) =>
    n.start > frame.end && n.end <= m.start && !n.yearLike && (n.start < a.start || n.end > a.end);
  return facts.numbers.some(other) ? undefined : a;
}

/** Whether an age (no prison term) starts right where the counted phrase ends. */
function agePredicateRightAfter(facts: SentenceFacts, nounEnd: number): boolean {
  const a = facts.ages.find((g) => !g.term && g.start >= nounEnd);
  return a !== undefined && a.start - nounEnd <= 1;
}

/** Whether a verb (an auxiliary or copula, "are", "ont") right before an age makes it the clause's predicate. */
function agePredicate(ctx: ClaimContext, nounEnd: number, ageStart: number): boolean {
  const { text, cp } = ctx;
  const gap = text.slice(nounEnd, ageStart);
  if (PUNCT_STOP.test(gap)) return false;
  const last = /(\p{L}+)\s*$/u.exec(gap)?.[1];
  return last !== undefined && (cp.auxiliaries.get(last) !== undefined || cp.copulas.get(last) !== undefined);
}

/** Whether a count is the whole a share is taken of: "40 per cent of the 9,000", "12 of the 300". */
function wholeOfShare(ctx: ClaimContext, facts: SentenceFacts, m: NumberMention): boolean {
  const { text, cp } = ctx;
  const of = cp.partitiveOf
    .scanRange(text, Math.max(facts.seg.start, m.start - 40), m.start)
    .find((p) => blankBetween(text, p.end, m.start) || ownerBetween(ctx, p.end, m.start));
  if (!of) return false;
  // "la moitié des 120 enfants", "half of the 300", "треть из 420": a share word (the pack's quantifiers
  // of a part) right before "of".
  if (
    cp.quantifiers
      .scanRange(text, Math.max(facts.seg.start, of.start - 24), of.end)
      .some((q) => q.value === 'part' && q.end <= of.end && blankBetween(text, q.end, of.start))
  )
    return true;
  // The share: a number right before, or a number and its unit ("per cent", "%", "процентов").
  return facts.numbers.some((n) => {
    if (n.end > of.start || of.start - n.end > 14) return false;
    const unit = text.slice(n.end, of.start).trim();
    return unit === '' || unit === '%' || cp.nonCountUnits.get(unit) !== undefined;
  });
}

/**
 * Whether the words between a partitive and its whole name only the whole's owner, the last one ending
 * in the pack's possessiveEnding: "of the camp's 9,000", "of al-Hol's 56,000" (three words at most).
 */
function ownerBetween(ctx: ClaimContext, from: number, to: number): boolean {
  const { text, cp } = ctx;
  if (!cp.possessive || to - from > 30) return false;
  const gap = text.slice(from, to);
  if (/[\d.,;:!?()"«»“”]/u.test(gap)) return false;
  const words = gap.trim().split(/\s+/u);
  return words.length <= 3 && cp.possessive.test(words[words.length - 1]!);
}

/** Whether the age right after the counted phrase is its predicate, with only auxiliaries between. */
function minorPredicate(ctx: ClaimContext, facts: SentenceFacts, nounEnd: number): boolean {
  const a = facts.ages.find((g) => !g.term && g.start >= nounEnd);
  // "30 people under 18" keeps its noun; a verb must say it ("are", "ont").
  return (
    a !== undefined &&
    ctx.text.slice(nounEnd, a.start).trim() !== '' &&
    auxiliariesOnly(ctx, nounEnd, a.start)
  );
}

/**
 * Whether an age right after a later count's noun of another kind is that count's: in "six mères et dix
 * enfants âgés de 3 à 12 ans", "six mothers and ten children aged 3 to 12", the children's. Nouns of one
 * kind share it ("six garçons et dix filles âgés de 3 à 17 ans").
 */
function ageOfLaterNoun(
  ctx: ClaimContext,
  facts: SentenceFacts,
  a: { start: number },
  m: NumberMention,
  nounEnd: number,
): boolean {
  const own = facts.population.find((p) => p.end === nounEnd);
  if (!own) return false;
  return facts.numbers.some((n) => {
    if (n === m || n.start < nounEnd || n.end > a.start) return false;
    const noun = facts.population.find((p) => p.start >= n.end && p.end <= a.start && p.start - n.end < 24);
    return (
      noun !== undefined &&
      noun.value.population !== own.value.population &&
      !PUNCT_STOP.test(ctx.text.slice(noun.end, a.start))
    );
  });
}

/** Whether an age is said of a later count: in "80 enfants, dont 24 ont moins de 6 ans", of the 24. */
function ageOfAnother(
  ctx: ClaimContext,
  facts: SentenceFacts,
  a: { start: number },
  m: NumberMention,
): boolean {
  return facts.numbers.some(
    (n) => n !== m && n.end > m.end && n.end <= a.start && auxiliariesOnly(ctx, n.end, a.start),
  );
}

/**
 * The armed group a count's sentence gives it: the one named nearest, in its own clause (between the
 * counts either side) before the rest of the sentence. Not a group these people fight ("against IS"),
 * and none when the nearest is named as one of several ("IS and al-Nusra", "IS and other groups",
 * "groups, including IS"). `said`: the clause says which group, or that there are several, or names
 * armed groups at large ("fought with various armed groups"): no group from the sentences before.
 */
function pickGroup(
  ctx: ClaimContext,
  facts: SentenceFacts,
  m: NumberMention,
  nounEnd: number,
  windowStart: number,
  windowEnd: number,
): { group: Affiliation | null; said: boolean } {
  const seg = facts.seg;
  const own = facts.groups.filter((g) => !opposedGroup(ctx, g, seg.start));
  const inWindow = own.filter((g) => g.start >= windowStart && g.end <= windowEnd);
  const candidates = inWindow.length ? inWindow : own;
  // "fought with various armed groups", "ont rejoint des groupes": groups at large that these people
  // fight in or join (not "humanitarian organisations" that help them).
  if (!candidates.length)
    return {
      group: null,
      said:
        // Not the counted noun itself ("27 militants were killed").
        ctx.cp.groupsAtLarge
          .scanRange(ctx.text, windowStart, windowEnd)
          .some((g) => g.end <= m.start || g.start >= nounEnd) &&
        (anyWithin(facts.fighting, windowStart, windowEnd) ||
          facts.status.some((s) => s.value === 'joined' && s.start >= windowStart && s.end <= windowEnd)),
    };
  // A group before the number past a comma or a semicolon is another clause's ("250 joined HTS,
  // while 90 went to fight for IS"): one after the number, in its own clause, comes first.
  let nearest = candidates[0]!;
  let best = groupDistance(ctx.text, nearest, m);
  for (let i = 1; i < candidates.length; i++) {
    const d = groupDistance(ctx.text, candidates[i]!, m);
    if (d < best) {
      best = d;
      nearest = candidates[i]!;
    }
  }
  // The group named right after the counted noun, a short preposition at most between ("30 مقاتلا من
  // طالبان", "30 fighters of the Taliban"), is the one these people belong to, even when another group,
  // the one holding or fighting them, stands closer before the number.
  if (nearest.start < m.start)
    for (const g of candidates)
      if (
        g.start >= nounEnd &&
        g.start - nounEnd <= 12 &&
        MEMBERSHIP_GAP.test(ctx.text.slice(nounEnd, g.start))
      ) {
        nearest = g;
        break;
      }
  if (mixedGroup(ctx, nearest, own, seg.start, seg.end)) return { group: null, said: true };
  return { group: nearest.value, said: true };
}

/**
 * Between a counted noun and its own group: one or two short words (of the, de l’, из, من), or none when
 * the noun is in construct with the group's name ("عشرة من مقاتلي طالبان", Taliban fighters).
 */
const MEMBERSHIP_GAP = /^\s+(?:[\p{L}]{1,3}[\s’']+){0,2}[«"“„]?$/u;

/** How far a group stands from a count; one before it past a comma or a semicolon is far. */
function groupDistance(text: string, g: LexiconMatch<Affiliation>, m: NumberMention): number {
  if (g.start >= m.start) return g.start - m.start;
  const otherClause =
    charBetween(text, 44 /* , */, g.end, m.start) || charBetween(text, 59 /* ; */, g.end, m.start);
  return m.start - g.start + (otherClause ? 1000 : 0);
}

/** Whether a sentence opens with a pronoun for people (they, ils, они, وهم), after a conjunction at most. */
function opensWithPronoun(ctx: ClaimContext, seg: Segment): boolean {
  const { text, cp } = ctx;
  const pronoun = cp.subjectPronouns.scanRange(text, seg.start, Math.min(seg.end, seg.start + 30))[0];
  if (!pronoun) return false;
  return text
    .slice(seg.start, pronoun.start)
    .split(/[\s,،"'«»“”-]+/u)
    .filter(Boolean)
    .every((w) => w === 'و' || cp.conjunctions.get(w));
}

/** Whether a group is named as the one people fight: "against X", "contre X", "против X", "ضد X". */
function opposedGroup(ctx: ClaimContext, g: LexiconMatch<Affiliation>, from: number): boolean {
  const { text, cp } = ctx;
  const opposer = cp.groupOpposers.scanRange(text, Math.max(from, g.start - 30), g.start).pop();
  return opposer !== undefined && !/[.,;:!?؟،()\d]/u.test(text.slice(opposer.end, g.start));
}

/**
 * Whether a group is named as one of several: next to another group with only "and", commas or
 * articles between ("IS and al-Nusra", "the Taliban and the Haqqani network"), or on one side of a word
 * like "other" or "including" whose other side names groups at large ("IS and other groups", "groups,
 * including IS", "داعش وغيره من الجماعات").
 */
function mixedGroup(
  ctx: ClaimContext,
  g: LexiconMatch<Affiliation>,
  groups: LexiconMatch<Affiliation>[],
  from: number,
  to: number,
): boolean {
  const { text, cp } = ctx;
  for (const other of groups) {
    if (other === g) continue;
    const a = other.start >= g.end ? g.end : other.end;
    const b = other.start >= g.end ? other.start : g.start;
    // Another name of the same group in apposition ("Islamic State (IS)") is not another group; the
    // same code joined by "and" is ("the Taliban and the Haqqani network").
    if (
      b >= a &&
      groupGlue(cp, text, a, b) &&
      (other.value !== g.value || joinedByConjunction(cp, text, a, b))
    )
      return true;
  }
  const lo = Math.max(from, g.start - 50);
  const hi = Math.min(to, g.end + 50);
  for (const large of cp.groupsAtLarge.scanRange(text, lo, hi)) {
    const [a, b] = large.start >= g.end ? [g.end, large.start] : [large.end, g.start];
    if (b < a || /[.;:!?؟\d]/u.test(text.slice(a, b))) continue;
    // "the PKK and other Kurdish armed groups": groups of no listed code are all `other`.
    if (cp.groupMixers.anyIn(text, a, b)) return g.value !== 'other';
  }
  // "ИГ и другие террористические организации": "other" and a noun for a group after the name.
  const mixer = cp.groupMixers.scanRange(text, g.end, Math.min(to, g.end + 15))[0];
  return (
    mixer !== undefined &&
    groupGlue(cp, text, g.end, mixer.start) &&
    cp.groupNouns.anyIn(text, mixer.end, Math.min(to, mixer.end + 30))
  );
}

// mixedGroup's helpers live at module level: tsx names every closure it makes (Object.defineProperty
// per call), which cost more than the tests themselves.
const GROUP_GAP_SEPARATORS = /[\s,،;"'«»“”()\-–]+/u;

/** The words between two groups, without spaces or punctuation. */
function groupGapWords(text: string, a: number, b: number): string[] {
  return text.slice(a, b).split(GROUP_GAP_SEPARATORS).filter(Boolean);
}

/** Whether a short gap holds only "and", conjunctions and articles: the two names are listed together. */
function groupGlue(cp: CompiledPack, text: string, a: number, b: number): boolean {
  return (
    b - a <= 40 &&
    groupGapWords(text, a, b).every((w) => w === 'و' || cp.conjunctions.get(w) || cp.definiteArticles.get(w))
  );
}

/** Whether the gap holds a conjunction ("and", و). */
function joinedByConjunction(cp: CompiledPack, text: string, a: number, b: number): boolean {
  return groupGapWords(text, a, b).some((w) => w === 'و' || cp.conjunctions.get(w));
}

/** The ages of sentence `index`, read once. */
function sentenceAges(ctx: ClaimContext, index: number): SentenceFacts['ages'] {
  const known = (ctx.agesBySentence ??= [])[index];
  if (known) return known;
  const ages = findAges(ctx, ctx.sentences[index]!);
  ctx.agesBySentence[index] = ages;
  return ages;
}

function findAges(ctx: ClaimContext, seg: Segment) {
  const { text, cp } = ctx;
  if (ctx.ageLiterals?.text !== text) ctx.ageLiterals = new LiteralCursor(text, cp.ageLiterals.literals);
  const literals = ctx.ageLiterals;
  let slice: string | null = null;
  const out: SentenceFacts['ages'] = [];
  for (let k = 0; k < cp.ageRegexes.length; k++) {
    const re = cp.ageRegexes[k]!;
    // A pattern none of whose leading words is in the sentence cannot match there.
    const leads = cp.ageLeadIds[k];
    if (leads && !literals.hasAny(leads, seg.start, seg.end)) continue;
    const needs = cp.ageNeedIds[k];
    if (needs && !literals.hasAny(needs, seg.start, seg.end)) continue;
    slice ??= text.slice(seg.start, seg.end);
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const g = m.groups ?? {};
      let min = ageNumber(cp, g.min);
      let max = ageNumber(cp, g.max);
      if (g.under !== undefined) max = ageNumber(cp, g.under) === null ? null : ageNumber(cp, g.under)! - 1;
      if (g.over !== undefined) min = ageNumber(cp, g.over) === null ? null : ageNumber(cp, g.over)! + 1;
      if (g.exact !== undefined) min = max = ageNumber(cp, g.exact);
      if (min === null && max === null) continue;
      // "under a new scheme", "under one roof": a word for one (an article too) is an age only with its unit
      // after it ("under a year old").
      const single = g.under ?? g.over ?? g.exact;
      if (single !== undefined && !/^\d/.test(single) && ageNumber(cp, single) === 1 && m[0].endsWith(single))
        continue;
      const start = seg.start + m.index;
      const end = start + m[0].length;
      // "just under 200 Kyrgyz children": a bare bound with a counted noun right after its number (two
      // words at most between, no unit of age) and none right before it bounds a count, not an age.
      if (
        k < cp.ageNounFrom &&
        single !== undefined &&
        m[0].endsWith(single) &&
        countedAfter(ctx, end, seg.end) &&
        !cp.population
          .scanRange(text, Math.max(seg.start, start - 30), start)
          .some((p) => blankBetween(text, p.end, start))
      )
        continue;
      // A prison term ("к срокам от 8 до 12 лет", "peines de 8 à 12 ans de prison") is no age.
      const term =
        cp.ageTerms.anyIn(text, Math.max(seg.start, start - 24), start) ||
        cp.ageTerms.anyIn(text, end, Math.min(seg.end, end + 16));
      // "15-year-olds", "under-15s": a noun of its own, of children while the age stays under 18.
      const noun: Population | undefined =
        k < cp.ageNounFrom ? undefined : max !== null && max < 18 ? 'children' : 'people';
      if (!out.some((o) => o.start <= start && end <= o.end))
        out.push({ start, end, min, max, term, ...(noun && { noun }) });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return out;
}

/** Whether a noun of people follows `at`, two words at most between (no digits nor punctuation). */
function countedAfter(ctx: ClaimContext, at: number, to: number): boolean {
  const { text, cp } = ctx;
  const noun = cp.population.firstIn(text, at, Math.min(to, at + 40));
  return noun !== undefined && /^\s+(?:[\p{L}'’-]+\s+){0,2}$/u.test(text.slice(at, noun.start));
}

/** The number an age pattern's group holds: digits, an ordinal, a number word or a unit's dual (2). */
function ageNumber(cp: CompiledPack, s: string | undefined): number | null {
  if (s === undefined) return null;
  if (/^\d+$/.test(s)) return Number(s);
  const word = (w: string) =>
    cp.ordinals.get(w) ?? cp.numberWords.get(w)?.value ?? (cp.ageUnitDuals.get(w) ? 2 : null);
  // A number word in the plural, as a noun of an age says it ("under-fives", "under-sixes").
  return word(s) ?? (/\p{L}s$/u.test(s) ? (word(s.slice(0, -1)) ?? word(s.slice(0, -2))) : null);
}

function includesAny(s: string, literals: readonly string[]): boolean {
  for (const literal of literals) if (s.includes(literal)) return true;
  return false;
}

/**
 * Whether a sentence opens other news (the pack's newsOpeners, and otherEventMarkers: "Separately,",
 * "Par ailleurs,", "Между тем", "في عملية منفصلة"), at its start or after one fronted phrase set off by
 * a comma ("Au Mali, par ailleurs,").
 */
function opensNewEvent(ctx: ClaimContext, seg: Segment): boolean {
  const { text, cp } = ctx;
  const m = cp.newsOpeners.firstIn(text, seg.start, Math.min(seg.end, seg.start + 60));
  if (!m) return false;
  const lead = text.slice(seg.start, m.start);
  return (
    /^[\s"'«“(—–-]*$/u.test(lead) ||
    /^[^,.;:]{1,40},\s*$/u.test(lead) ||
    // "Le parquet a par ailleurs fait arrêter", "ФСБ между тем задержала": a phrase of several words
    // after a short subject (no number, no break).
    (text.slice(m.start, m.end).includes(' ') && /^[^,.;:!?«"“\d]{1,40}$/u.test(lead))
  );
}

/** The one country the people of a claim come from, said of them or of the group they are part of. */
function homeOrigin(c: DraftClaim, claims: readonly DraftClaim[]): string | null {
  let k: DraftClaim | null | undefined = c;
  for (let depth = 0; k && depth < 4; depth++) {
    if (k.origin) return k.origin.length === 1 && !k.origin[0]!.startsWith('region:') ? k.origin[0]! : null;
    const up: DraftClaim | null = k.partOf ?? k.antecedent;
    // "150 Belgians came back. Of the 150 returnees, …": the same count said again is the same people.
    const value: DraftClaim['value'] = k.value;
    k = up ?? claims.findLast((e) => e.value.min === value.min && e.value.max === value.max && e.origin);
  }
  return null;
}

/** Whether an attribution verb of the sentence has a pronoun for its speaker ("he said", "сказал он"). */
function pronounSpeaks(ctx: ClaimContext, seg: Segment): boolean {
  return speakingPronoun(ctx, seg) !== null;
}

/** The pronoun an attribution verb of the sentence has for its speaker ("he said", "a-t-il dit", "сказал он"). */
function speakingPronoun(ctx: ClaimContext, seg: Segment): SourceSpan | null {
  const { text, cp } = ctx;
  for (const verb of cp.attributionVerbs.scanRange(text, seg.start, seg.end)) {
    const after = cp.speakerPronouns.firstIn(text, verb.end, Math.min(seg.end, verb.end + 8));
    if (after && blankBetween(text, verb.end, after.start) && !pronounVerbAfter(ctx, seg, after.end))
      return [after.start, after.end];
    const before = cp.speakerPronouns.scanRange(text, Math.max(seg.start, verb.start - 8), verb.start).at(-1);
    if (before && blankBetween(text, before.end, verb.start)) return [before.start, before.end];
  }
  return null;
}

/**
 * Whether a verb (an auxiliary or a status word) follows the pronoun after a verb of saying at `at`: then
 * the pronoun is the subject of the clause said ("347 said they had joined"), not an inverted speaker
 * ("сказал он", "said he").
 */
function pronounVerbAfter(ctx: ClaimContext, seg: Segment, at: number): boolean {
  const { text, cp } = ctx;
  const end = Math.min(seg.end, at + 24);
  const next = [cp.auxiliaries.firstIn(text, at, end), cp.status.firstIn(text, at, end)];
  return next.some((w) => w !== undefined && blankBetween(text, at, w.start));
}

/** Whether a source span is only a speaker pronoun ("he", "il" of "a-t-il", "он"), matched whole. */
function pronounSpan(ctx: ClaimContext, src: SourceSpan): boolean {
  return ctx.cp.speakerPronouns.get(ctx.text.slice(src[0], src[1]).trim()) !== undefined;
}

/** Capitalised words of a personal name: two or three, each a capital and small letters ("Jean Dupont"). */
const PERSON_NAME =
  /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})(?![\p{L}\p{N}])/u;

/**
 * The person the sentence before names, for a pronoun that speaks in this one: two or three capitalised
 * words not opening that sentence ("Le ministre Jean Dupont a reçu…", "John Smith, the envoy, …") or opening
 * it before a lower-case word ("Иван Петров посетил…").
 */
function personBefore(ctx: ClaimContext, si: number): SourceSpan | null {
  const prev = ctx.sentences[si - 1];
  if (!prev || prev.paragraph !== ctx.sentences[si]!.paragraph || prev.end - prev.start > 400) return null;
  // Capitals are read in the reader's own text; the span is mapped back to the folded one.
  const { toOriginal } = ctx;
  const from = toOriginal[prev.start]!;
  const m = PERSON_NAME.exec(ctx.original.slice(from, toOriginal[prev.end]));
  if (!m) return null;
  // A sentence opening with an article and a name ("The Kurdish administration", "Le Kazakhstan") names no one.
  if (/^(?:The|A|An|In|On|At|Le|La|Les|Un|Une|En|Au|Aux|Du|Des|В|На|По|С)\s/u.test(m[1]!)) return null;
  let start = prev.start;
  while (start < prev.end && toOriginal[start]! < from + m.index) start++;
  let end = start;
  while (end < prev.end && toOriginal[end]! < from + m.index + m[1]!.length) end++;
  return [start, end];
}

/**
 * Whether a paragraph opens by setting itself in a country the paragraph before does not name ("In
 * Somalia, …", "En Somalie, …", "В Сомали …"): a report of another event.
 */
function opensElsewhere(ctx: ClaimContext, si: number): boolean {
  const { text, cp, sentences } = ctx;
  const seg = sentences[si]!;
  const before = sentences[si - 1];
  if (!before || before.paragraph === seg.paragraph) return false;
  const first = placesFrom(ctx, seg.start).next();
  const place = first.done ? undefined : first.value;
  if (!place || place.start > seg.start + 30 || place.value.kind !== 'name') return false;
  const prep = cp.prepositions.scanRange(text, seg.start, place.start).at(-1);
  if (prep?.value !== 'in' || !/^[\s"'«“]*$/u.test(text.slice(seg.start, prep.start))) return false;
  if (!blankBetween(text, prep.end, place.start)) return false;
  let k = si - 1;
  while (k > 0 && sentences[k - 1]!.paragraph === before.paragraph) k--;
  for (const p of placesFrom(ctx, sentences[k]!.start)) {
    if (p.start >= before.end) break;
    if (p.value.code === place.value.code) return false;
  }
  return true;
}

/** How many sentences an attribution reaches past the end of its paragraph. */
const ATTRIBUTION_REACH = 2;

/** How far a source's name runs from `at`: to punctuation or a word opening a clause ("that", "إن", "что"). */
function sourceLength(ctx: ClaimContext, at: number, end: number, max: number): number {
  const { text, cp } = ctx;
  const quoted = quotedNameLength(text, at, end);
  if (quoted) return quoted + sourceLength(ctx, at + quoted, end, Math.max(0, max - quoted));
  const rest = text.slice(at, end);
  // "по оценкам экспертов — около 1 500": a spaced dash (folded to "-") ends the name as a comma does.
  // "Kun.uz", "Lenta.ru": a dot between letters is the outlet's domain, not the end of its name.
  const punct = /[,;:()«»"،]|\.(?!\p{L})|\s-\s/u.exec(rest);
  // "وذكرت مجلة "المجلة"", "the weekly "Al-Ayyam"": a name quoted right after a press or media noun
  // is the outlet's own name, part of the speaker's.
  if (punct && punct.index > 0 && (punct[0] === '"' || punct[0] === '«') && punct.index < max) {
    const open = at + punct.index;
    const named = quotedNameLength(text, open, end);
    if (
      named > 2 &&
      named < 50 &&
      !/\p{N}/u.test(text.slice(open, open + named)) &&
      [...cp.media.scanRange(text, at, open), ...cp.release.pressNouns.scanRange(text, at, open)].some((m) =>
        blankBetween(text, m.end, open),
      )
    ) {
      const head = punct.index + named;
      return head + sourceLength(ctx, at + head, end, Math.max(0, max - head));
    }
  }
  const opener = cp.clauseOpeners.scanRange(text, at, end).find((o) => o.start > at);
  // "قال مسؤول لوكالة فرانس برس": whom the speaker told is not part of the name.
  // A word that opens the name is the name's own ("قال عدد من المسؤولين": a number of officials said).
  let first = at;
  while (first < end && isSpace(text.charCodeAt(first))) first++;
  // "مركز لإعادة تأهيل المنشقين": a verbal noun with a glued "for" is the name's purpose, not what the
  // speaker announced ("أعلنت الوزارة إعادة 15 امرأة").
  const told = cp.addressees
    .scanRange(text, at, end)
    .find(
      (o) =>
        o.start > first &&
        !(text[o.start] === 'ل' && !o.pattern.startsWith('ل')) &&
        !outletNamed(ctx, first, o),
    );
  // "أعلن الجيش تحرير 45 رهينة": a verbal noun after the name's definite word is the deed announced.
  const deed = cp.speakerDeed?.exec(text.slice(first, end));
  // "ТАСС со ссылкой на источник": whom a relay cites is not part of its name.
  const relay = cp.relayMarkers.scanRange(text, at, end).find((o) => o.start > first);
  // "وأحصت المنظمة ثلاثين طفلا", "the group counted 30 children": the count ends the speaker's name.
  let count = countStart(ctx, first, at + Math.min(rest.length, max));
  // Only right after the name: "группа экспертов из четырех человек", "فريق من خمسة خبراء" (a count after
  // a preposition describes the speaker), "تحققت الأمم المتحدة من وقوع 300 انتهاك" (the verb's complement).
  // Nor after a verbal noun, the deed announced ("أعلن الجيش قتل 12 مسلحا"): the count is its object.
  if (count > first && (cp.prepositions.anyIn(text, first, count) || cp.status.anyIn(text, first, count)))
    count = -1;
  const length = Math.min(
    punct ? punct.index : rest.length,
    opener ? opener.start - at : rest.length,
    told ? told.start - at : rest.length,
    deed && deed.index > 0 ? first + deed.index - at : rest.length,
    relay ? relay.start - at : rest.length,
    count > first ? count - at : rest.length,
    max,
  );
  // "مجلة "جون أفريك" أن": a short quoted title after the name's first words is the name's own.
  if (punct && length === punct.index && length > 0 && max > length && /["«“]/u.test(punct[0])) {
    const quoted = quotedNameLength(text, at + length, end);
    const inner = text.slice(at + length + 1, at + length + quoted - 1);
    if (quoted && /^[^\d,.;:!?"«»“”]+$/u.test(inner) && inner.trim().split(/\s+/u).length <= 4)
      return (
        length + quoted + sourceLength(ctx, at + length + quoted, end, Math.max(0, max - length - quoted))
      );
  }
  // "figures cited by the Soufan Center show": the clause's own verb, last in the name, is not the name's.
  const verb = cp.attributionVerbs.scanRange(text, first, at + length).pop();
  return verb && verb.start > first && blankBetween(text, verb.end, at + length) ? verb.start - at : length;
}

/**
 * Whether an outlet that may be whom a speaker told ("РИА Новости", "ТАСС") is, right after an agency
 * noun, that agency's own name: "сообщает агентство РИА Новости" names the agency, not whom it told.
 */
function outletNamed(ctx: ClaimContext, from: number, o: { start: number }): boolean {
  const { text, cp, original, toOriginal } = ctx;
  return (
    UPPER_LETTER.test(original[toOriginal[o.start]!] ?? '') &&
    cp.producerMarkers.scanRange(text, from, o.start).some((m) => blankBetween(text, m.end, o.start))
  );
}

/** How long a quoted name at `at` runs, its marks included ("«Human Rights Watch»"), or 0. */
function quotedNameLength(text: string, at: number, end: number): number {
  const open = /^\s*[«"“]/u.exec(text.slice(at, Math.min(end, at + 4)));
  if (!open) return 0;
  const close = text.slice(at + open[0].length, Math.min(end, at + 80)).search(/[»"”]/u);
  return close > 0 ? open[0].length + close + 1 : 0;
}

/**
 * Whether a count in a new paragraph is still the last speaker's: the paragraph goes on reporting
 * ("وأضافت أن 300 منهم قتلوا", "he added") or counts a part or more of people counted before ("300 of
 * them", "52 others"). A new paragraph that only tells of an event ("12 soldiers were killed in an
 * attack") is the report's own.
 */
function speechGoesOn(
  ctx: ClaimContext,
  si: number,
  c: DraftClaim,
  facts: SentenceFacts,
  claims: readonly DraftClaim[],
): boolean {
  const { text, cp, sentences } = ctx;
  const seg = sentences[si]!;
  const before = sentences[si - 1];
  let first = si;
  while (first > 0 && sentences[first - 1]!.paragraph === seg.paragraph) first--;
  const opening = sentences[first]!.start;
  return (
    c.antecedent !== null ||
    c.partOf !== null ||
    c.included === true ||
    cp.attributionVerbs.anyIn(text, seg.start, seg.end) ||
    // "They include 400 of …", "Parmi eux, 48 femmes": the paragraph opens on the people counted before.
    opensWithPronoun(ctx, seg) ||
    cp.partitivesBefore.anyIn(text, seg.start, Math.min(seg.end, seg.start + 30)) ||
    // "A typical excerpt reads:" announces the paragraph after it; a paragraph opening on a quotation
    // mark goes on with a quotation (a quote of several paragraphs reopens its mark on each).
    (before !== undefined && /:\s*$/u.test(text.slice(before.start, before.end))) ||
    /^\s*["«“„]/u.test(text.slice(opening, opening + 4)) ||
    // "Of this figure of 20,000, around 3,400 …": a count said before is named again.
    facts.numbers.some(
      (n) => n !== undefined && n.min !== null && n.qualifier !== 'vague' && saidInReach(claims, si, n.min),
    )
  );
}

/** Whether a claim of the last sentences within attribution's reach has this lower bound. */
function saidInReach(claims: readonly DraftClaim[], si: number, min: number): boolean {
  // Claims are read sentence by sentence: the ones in reach are the last, and the scan stops before the rest.
  for (let k = claims.length - 1; k >= 0; k--) {
    const c = claims[k]!;
    if (si - c.sentence > ATTRIBUTION_REACH) return false;
    if (c.value.min === min) return true;
  }
  return false;
}

/**
 * "Из Сирии вернули 35 детей. Об этом сообщили в МИД.": a sentence that reports what was said
 * before ("об этом") gives its speaker to the counts of the sentence before it that name none.
 */
function anaphoricSources(ctx: ClaimContext, claims: DraftClaim[]): void {
  const { text, cp, sentences } = ctx;
  if (!claims.length || !cp.pack.attributionAnaphors?.length) return;
  const said = new Map<number, SourceSpan | null>();
  for (const c of claims) {
    const next = sentences[c.sentence + 1];
    if (!next) continue;
    if (!said.has(c.sentence)) {
      const anaphor = cp.attributionAnaphors.firstIn(text, next.start, Math.min(next.end, next.start + 30));
      const lead = anaphor ? text.slice(next.start, anaphor.start).trim() : '';
      said.set(c.sentence, anaphor && lead.length <= 4 ? findSource(ctx, next) : null);
    }
    const source = said.get(c.sentence);
    if (source && !findSource(ctx, sentences[c.sentence]!)) c.source = source;
  }
}

/**
 * "ISIS-K claimed the Kabul airport bombing, which killed 170": a verb of responsibility whose object is
 * a deed (an article, at most three words, a deed noun) ending its clause claims the deed, not the count.
 * "claimed the attack killed 40" goes on to a clause of its own: the claimant counted. A place's preposition
 * may follow the deed ("the attack in Kabul").
 */
function claimedDeed(ctx: ClaimContext, seg: Segment, verb: LexiconMatch<unknown>): boolean {
  const { text, cp } = ctx;
  if (!cp.deedNouns.size || !cp.responsibilityVerbs.get(text.slice(verb.start, verb.end))) return false;
  const end = Math.min(seg.end, verb.end + 64);
  const deed = cp.deedNouns.firstIn(text, verb.end, end);
  if (!deed) return false;
  const article = cp.definiteArticles.firstIn(text, verb.end, deed.start);
  if (!article || !blankBetween(text, verb.end, article.start)) return false;
  const gap = text.slice(article.end, deed.start);
  if (PUNCT_STOP.test(gap) || /\d/u.test(gap) || gap.trim().split(/\s+/u).length > 3) return false;
  if (/^\s*(?:[,.;:()—–]|$)/u.test(text.slice(deed.end, seg.end))) return true;
  // "claimed the attack in Kabul, which killed …": a place's preposition goes on with the deed's phrase.
  const prep = cp.prepositions.firstIn(text, deed.end, Math.min(seg.end, deed.end + 16));
  return prep !== null && prep !== undefined && blankBetween(text, deed.end, prep.start);
}

/**
 * Who the sentence attributes its counts to, without what only joins the name to its verb: the euphonic
 * "t" of an inverted French subject ("a-t-il déclaré" names "il") and a preposition of place before the
 * body that speaks ("сообщили в МВД" names "МВД", "indique-t-on au ministère").
 */
function findSource(ctx: ClaimContext, seg: Segment): SourceSpan | null {
  const found = speakerSpan(ctx, seg);
  if (!found) return null;
  const { text, cp } = ctx;
  let from = found[0];
  if (text.startsWith('t-', from) && text[from - 1] === '-') from += 2;
  const prep = cp.prepositions.firstIn(text, from, Math.min(found[1], from + 8));
  if (prep && prep.start === from && isSpace(text.charCodeAt(prep.end)) && prep.end + 1 < found[1])
    from = prep.end + 1;
  if (from === found[0]) return found;
  return found[2] ? [from, found[1], found[2]] : [from, found[1]];
}

function speakerSpan(ctx: ClaimContext, seg: Segment): SourceSpan | null {
  const { text, cp } = ctx;
  // "نقلت وكالة رويترز عن مسؤول قوله": the words relayed are the first speaker's.
  const relayed = cp.relayVerbs.size ? relayedSpeaker(ctx, seg) : null;
  if (relayed) return relayed;
  const report = cp.reportGlue ? reportIssuer(ctx, seg) : null;
  if (report) return report;
  // "X said, citing Y", "как сообщает X со ссылкой на Y": the relay X speaks; Y only when no one else does.
  const relays = cp.relayMarkers.scanRange(text, seg.start, seg.end);
  const befores = cp.attributionBefore.scanRange(text, seg.start, seg.end);
  // Inline callbacks, not a named closure: this runs for every sentence.
  const before = befores.find((b) => !relays.some((r) => r.start === b.start));
  const relay = befores.find((b) => relays.some((r) => r.start === b.start));
  if (before) {
    const named = namedAfter(ctx, seg, before);
    if (named) return named;
  }
  // The first verb whose speaker names someone: in '"We have recorded 300 cases," said X', "recorded"
  // leaves only "we", and "said" gives X.
  let not: LexiconMatch<true>[] | undefined;
  let verbs = cp.attributionVerbs.scanRange(text, seg.start, seg.end);
  // "Reuters spoke to eight women": a verb of meeting attributes only with the count for its object.
  if (cp.objectAttributionVerbs.size) {
    const met = cp.objectAttributionVerbs
      .scanRange(text, seg.start, seg.end)
      .filter((v) => countObject(ctx, v.end));
    if (met.length) verbs = [...verbs, ...met].sort((a, b) => a.start - b.start);
  }
  for (const verb of verbs) {
    // "an estimated 5,000", "an attack claimed by al-Shabaab": an adjective or a claim of a deed.
    not ??= cp.notAttribution.scanRange(text, seg.start, seg.end);
    if (not.length && not.some((n) => n.start <= verb.start && n.end >= verb.end)) continue;
    if (claimedDeed(ctx, seg, verb)) continue;
    // "Human Rights Watch, which interviewed the boys, said": a relative clause's verb leaves the main
    // verb its turn, whose speaker the relative word's noun is.
    if (
      verbs.some((v) => v.start > verb.end) &&
      cp.speakerRelatives
        .scanRange(text, Math.max(seg.start, verb.start - 8), verb.start)
        .some((r) => blankBetween(text, r.end, verb.start))
    )
      continue;
    // "The figure was given by the Pentagon", "figures provided by the UN": a verb that attributes only
    // with its agent marker (listed with it) names the agent.
    const marker = cp.agentMarkers.firstIn(text, Math.max(verb.start, verb.end - 8), verb.end);
    if (marker && marker.end === verb.end && marker.start > verb.start) {
      const agent = agentAt(ctx, seg, verb.end);
      if (agent) return agent;
      continue;
    }
    // "a été annoncé lundi par le ministre", "was confirmed by the UN": the agent speaks.
    if (
      cp.passiveBefore &&
      cp.passiveBefore.test(text.slice(Math.max(seg.start, verb.start - 16), verb.start))
    ) {
      const agent = passiveAgent(ctx, seg, verb);
      if (agent) return agent;
      continue;
    }
    // "Of the 300 documented cases, 120 …, the UN said": a verb that names no one leaves the next its turn.
    const found = speakerOf(ctx, seg, verb);
    if (!found) continue;
    if (found[2]) return found;
    // '"X" was released in 2020 and shows': the rest of a clause that opens with its auxiliary and goes
    // on names no one ("a-t-il déclaré" inverts its subject).
    if (
      cp.auxiliaries
        .scanRange(text, found[0], Math.min(found[1], found[0] + 12))
        .some((m) => m.start === paddedStart(text, found[0], found[1]) && isSpace(text.charCodeAt(m.end)))
    )
      continue;
    const trimmed = trimSpeaker(ctx, found[0], found[1]) ?? beforeAside(ctx, seg, found[0]);
    if (trimmed) return trimmed;
  }
  // "…, Uzbek officials estimate.": a verb that attributes only where it ends the sentence.
  const last = cp.finalAttributionVerbs.scanRange(text, seg.start, seg.end).pop();
  if (last && /^[\s.!?"»”)]*$/u.test(text.slice(last.end, seg.end))) {
    const found = speakerOf(ctx, seg, last);
    const trimmed = found && (found[2] ? found : trimSpeaker(ctx, found[0], found[1]));
    if (trimmed) return trimmed;
  }
  // "…, dénonce l'ONG.": a verb that attributes only inverted, right after a comma.
  for (const verb of cp.invertedAttributionVerbs.scanRange(text, seg.start, seg.end)) {
    if (!/,\s+$/u.test(text.slice(Math.max(seg.start, verb.start - 4), verb.start))) continue;
    // "…, dénoncé par l'Unicef, …": the participle with its agent is no verb of saying.
    const agent = cp.agentMarkers.firstIn(text, verb.end, Math.min(seg.end, verb.end + 8));
    if (agent && blankBetween(text, verb.end, agent.start)) continue;
    const found = speakerOf(ctx, seg, verb);
    const trimmed = found && (found[2] ? found : trimSpeaker(ctx, found[0], found[1]));
    if (trimmed) return trimmed;
  }
  if (relay) return namedAfter(ctx, seg, relay);
  return (seg.start === ctx.sentences[0]?.start ? headlineSpeaker(ctx, seg) : null) ?? citedSpeaker(ctx, seg);
}

/** A citation in brackets that ends a sentence: a name, a comma and its date ending in a year. */
const CITATION = /\(([^(),،\d\n]{2,40})[,،]\s*[^()\n]{0,24}?(?:19|20)\d\d\)[\s.!?"”»]*$/u;

/**
 * The source a sentence cites at its end in brackets, as monitors and researchers write ("… near Aleppo
 * (Interfax, October 22, 2013)."): the name before the date, when it opens with a capital (or is
 * uncased) and is a speaker's name, not a place.
 */
function citedSpeaker(ctx: ClaimContext, seg: Segment): SourceSpan | null {
  const { text, original, toOriginal, cp } = ctx;
  const m = CITATION.exec(text.slice(seg.start, seg.end));
  if (!m) return null;
  const from = seg.start + m.index + 1;
  const to = from + m[1]!.trimEnd().length;
  const first = original[toOriginal[from]!] ?? '';
  if (/[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(first) && !/\p{Lu}/u.test(first)) return null;
  if (cp.places.scanRange(text, from, to).some((p) => p.start <= from && p.end >= to)) return null;
  return speakerLike(ctx, from, to) ? [from, to] : null;
}

/** Whether a count, past its bounds only, stands right at `at`: "spoke to (more than) 12 women". */
function countObject(ctx: ClaimContext, at: number): boolean {
  const n = countStart(ctx, at, Math.min(ctx.text.length, at + 40));
  return n >= 0 && onlyGlue(ctx, at, n, [ctx.cp.boundsBefore]);
}

/**
 * A headline names its speaker apart from the count, before a colon ("UN experts: 2,000 …", "СК: 15 …")
 * or after a dash at its end ("… for Moscow - Chechen leader"), in a line with no full stop: a short phrase with no count nor people
 * noun, not a place alone; one word only as an acronym ("UN", "СК").
 */
function headlineSpeaker(ctx: ClaimContext, seg: Segment): SourceSpan | null {
  const { text, original, toOriginal, cp } = ctx;
  const line = text.slice(seg.start, seg.end);
  // A headline ends without a full stop.
  if (/[.!?…]\s*$/u.test(line)) return null;
  // "- Tajikistan: 84 children", "• Казахстан: 60 детей": a list item's bullet or number opens the item;
  // its label is no speaker.
  const lead = /^\s*(?:[-–—•*·▪]\s*|\(?[0-9a-z]{1,2}[.)]\s+)?([^:\d\n]{2,40}?)\s?:\s/u.exec(line);
  const tail = lead ? null : /\s[-–—]\s+([^-–—:\d\n]{2,50}?)[\s.]*$/u.exec(line);
  const m = lead ?? tail;
  if (!m) return null;
  const from = seg.start + m.index + m[0].indexOf(m[1]!);
  const to = from + m[1]!.length;
  const words = m[1]!.trim().split(/\s+/u);
  if (words.length > 6 || !speakerLike(ctx, from, to)) return null;
  if (words.length === 1) {
    const word = original.slice(toOriginal[from], toOriginal[to - 1]! + 1);
    // "اليونيسف: …": where the script has no capitals, a speaker the pack knows by one word.
    const known = cp.headlineSpeakers.scanRange(text, from, to).some((w) => w.start <= from && w.end >= to);
    if (!/^\p{Lu}{2,6}$/u.test(word) && !known) return null;
  }
  // "Russia (North Caucasus): …": a place with its region in brackets is a place alone too.
  const bracket = /\s*\([^()]*\)\s*$/u.exec(text.slice(from, to));
  const head = bracket && cp.places.anyIn(text, from + bracket.index, to) ? from + bracket.index : to;
  if (
    cp.places.scanRange(text, from, head).some((p) => p.start <= from && p.end >= head) ||
    cp.population.anyIn(text, from, to) ||
    cp.months.anyIn(text, from, to) ||
    // "État islamique : 2 enfants présentés comme des bourreaux", "ИГИЛ: …": an armed group named alone
    // (an article at most before it) is what the headline is about, not who says it.
    cp.groups.scanRange(text, from, to).some((g) => g.end >= to && wordsOnly(text, from, g.start, 1))
  )
    return null;
  return [from, to];
}

/** The agent of a passive attribution verb, after "par", "by" (past words saying when), or null. */
function passiveAgent(ctx: ClaimContext, seg: Segment, verb: LexiconMatch<true>): SourceSpan | null {
  const { text, cp } = ctx;
  let at = pastTimeWords(ctx, verb.end, seg.end);
  while (at < seg.end && isSpace(text.charCodeAt(at))) at++;
  // "est estimé à 450 par l'OCAM", "was estimated at 900 by the UN": the estimate's own number (a bound
  // that opens with the verb, then the number) stands between the verb and its agent.
  at = pastEstimate(ctx, seg, verb, at);
  const agent = cp.agentMarkers.firstIn(text, at, Math.min(seg.end, at + 12));
  if (!agent || agent.start !== at) return null;
  return agentAt(ctx, seg, agent.end);
}

/**
 * Past the number of an estimate that opens with its verb ("estimé à 450", "estimated at 900", "évalué à
 * une centaine"): a bound of the pack starting on the verb and ending at or after it, then a number alone
 * (digits or number words). `at` when there is none.
 */
function pastEstimate(ctx: ClaimContext, seg: Segment, verb: LexiconMatch<true>, at: number): number {
  const { text, cp } = ctx;
  const bound = cp.boundsBefore
    .scanRange(text, verb.start, Math.min(seg.end, verb.end + 8))
    .find((b) => b.start === verb.start && b.end >= verb.end);
  if (!bound) return at;
  let k = paddedStart(text, bound.end, seg.end);
  const numberEnd = (from: number): number => {
    const digits = /^\d[\d\s.,\u00a0\u202f]*\d|^\d/u.exec(text.slice(from, Math.min(seg.end, from + 16)));
    if (digits) return from + digits[0].trimEnd().length;
    const noun = cp.approxNumberNouns.firstIn(text, from, Math.min(seg.end, from + 40));
    if (noun && noun.start === from) return noun.end;
    const words = cp.numberWords.scanRange(text, from, Math.min(seg.end, from + 40));
    let end = from;
    for (const w of words) {
      if (!blankBetween(text, end, w.start) && !/^[\s-]*(?:et\s+)?$/u.test(text.slice(end, w.start))) break;
      end = w.end;
    }
    return end;
  };
  const end = numberEnd(k);
  if (end === k) return at;
  k = end;
  while (k < seg.end && isSpace(text.charCodeAt(k))) k++;
  return k;
}

/** The agent named from `at` on, after its marker ("by the UN"): a speaker's name, trimmed. */
function agentAt(ctx: ClaimContext, seg: Segment, at: number): SourceSpan | null {
  let end = at + sourceLength(ctx, at, seg.end, 80);
  // "The 12 children interviewed by Amnesty International said they …", "… by HRW had been held": a
  // reporting verb or an auxiliary past the agent opens its clause's main verb, whose subject the agent's
  // phrase is part of; the name ends before it.
  const { text, cp } = ctx;
  const verb = [
    ...cp.attributionVerbs.scanRange(text, at, end),
    ...cp.auxiliaries.scanRange(text, at, end),
    ...cp.copulas.scanRange(text, at, end),
  ]
    .filter((v) => v.start > at + 1 && isSpace(text.charCodeAt(v.start - 1)))
    .sort((a, b) => a.start - b.start)[0];
  if (verb) end = verb.start;
  if (end - at < 2 || !speakerLike(ctx, at, end)) return null;
  return trimSpeaker(ctx, at, end);
}

/**
 * Past words that only say when, right at `at` ("lundi 3 mars", "в понедельник 3 марта", "يوم الاثنين"):
 * when-words and months, the day numbers and years beside them, and the links before them. `at` when
 * none stands there.
 */
function pastTimeWords(ctx: ClaimContext, at: number, end: number): number {
  const { text, cp } = ctx;
  let k = at;
  let done = at;
  for (let words = 0; words < 8; words++) {
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    if (k >= end) break;
    const to = Math.min(end, k + 24);
    const edge = cp.speakerTimeWords.firstIn(text, k, to);
    // "indique Le Soir", "rapporte Le Matin": a when-word with a capital after a capital article is a
    // newspaper's name, the speaker, not when it spoke.
    if (edge && edge.start === k && !titleWord(ctx, k)) {
      k = done = edge.end;
      continue;
    }
    const month = cp.months.firstIn(text, k, to);
    if (month && month.start === k) {
      k = done = month.end;
      continue;
    }
    const link = cp.speakerEdgeLinks.firstIn(text, k, to);
    if (link && link.start === k) {
      k = link.end;
      continue;
    }
    // A day number or a year beside a when-word: "lundi 3 mars", "3 марта", "May 2019".
    let d = k;
    while (d < end && isAsciiDigit(text.charCodeAt(d))) d++;
    if (d > k && (d - k <= 2 || d - k === 4) && (d >= end || !isAsciiWordChar(text.charCodeAt(d)))) {
      const next = cp.months.firstIn(text, d, Math.min(end, d + 16));
      if (done > at || (next && /^\s+$/u.test(text.slice(d, next.start)))) {
        k = d;
        if (done > at) done = d;
        continue;
      }
    }
    break;
  }
  // "said on Monday, March 3, the minister": a comma after them goes with them.
  if (done > at) {
    let k = done;
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    if (text[k] === ',' || text[k] === '،') done = k + 1;
  }
  return done;
}

/**
 * "Morocco, for its part, says": when the words before a verb are only an aside set off by commas, the
 * speaker is the phrase before the aside.
 */
function beforeAside(ctx: ClaimContext, seg: Segment, asideStart: number): SourceSpan | null {
  const { text } = ctx;
  const comma = asideStart - 1;
  if (comma <= seg.start || (text[comma] !== ',' && text[comma] !== '،')) return null;
  const start = seg.start + lastBreak(text.slice(seg.start, comma)) + 1;
  if (comma - start < 2 || comma - start > 80 || !speakerLike(ctx, start, comma)) return null;
  return trimSpeaker(ctx, start, comma);
}

/**
 * Past whom the words were told, when that stands first at `at` ("заявил журналистам глава МИД", "أكد
 * للصحفيين أن"); not past a word that opens the name ("قال عدد من المسؤولين": a number of officials).
 */
function pastAddressee(ctx: ClaimContext, seg: Segment, at: number): number {
  const { text, cp } = ctx;
  // "صرح بذلك وزير الخارجية": the object taken back (the pack's attributionObjects) comes first.
  const taken = cp.attributionObjects.firstIn(text, at, Math.min(seg.end, at + 24));
  if (taken && blankBetween(text, at, taken.start) && isSpace(text.charCodeAt(taken.end))) at = taken.end;
  const told = cp.addressees.firstIn(text, at, Math.min(seg.end, at + 40));
  if (!told || !blankBetween(text, at, told.start)) {
    // "рассказал «Интерфаксу» представитель МВД": a quoted name with the speaker after it is whom it was told.
    if (!cp.addressees.size) return at;
    let k = at;
    while (k < seg.end && isSpace(text.charCodeAt(k))) k++;
    if (text[k] === '"') return addresseeName(ctx, k, seg.end);
    // "сообщил РИА Новости источник": a name in capitals right before a noun that heads a speaker's
    // phrase is whom the speaker told, with no addressee noun before it.
    const name = cp.speakerHeads.size ? addresseeName(ctx, k, seg.end) : k;
    const head = name > k ? cp.speakerHeads.firstIn(text, name, Math.min(seg.end, name + 16)) : undefined;
    return head && head.start === name ? name : at;
  }
  let next = told.end;
  while (next < seg.end && isSpace(text.charCodeAt(next))) next++;
  // "сообщает ТАСС.", "сообщает ТАСС со ссылкой на источник": an outlet's name with no speaker right
  // after it is the speaker.
  const { original, toOriginal } = ctx;
  if (
    UPPER_LETTER.test(original[toOriginal[told.start]!] ?? '') &&
    (!LOWER_LETTER.test(original[toOriginal[next]!] ?? '') ||
      cp.relayMarkers.firstIn(text, next, Math.min(seg.end, next + 24))?.start === next)
  )
    return at;
  const prep = cp.prepositions.firstIn(text, next, Math.min(seg.end, next + 12));
  if (prep && prep.start === next) return at;
  // "сообщил агентству ТАСС источник": the addressee's name goes with it when someone is named after it.
  const name = addresseeName(ctx, next, seg.end);
  return name > next ? name : told.end;
}

const UPPER_LETTER = /\p{Lu}/u;
const LOWER_LETTER = /\p{Ll}/u;

/**
 * Where a name set after an addressee noun ends ("агентству ТАСС", "изданию «Коммерсант»"), when a
 * lower-case word follows it in the clause (the speaker: "источник"); `at` when none does.
 */
function addresseeName(ctx: ClaimContext, at: number, end: number): number {
  const { text, original, toOriginal } = ctx;
  let k = at + quotedNameLength(text, at, end);
  if (k === at) {
    // Words in capitals: "ТАСС", "РИА Новости", "Reuters".
    while (k < end && UPPER_LETTER.test(original[toOriginal[k]!] ?? '')) {
      while (k < end && !isSpace(text.charCodeAt(k)) && text[k] !== ',') k++;
      while (k < end && isSpace(text.charCodeAt(k))) k++;
    }
  }
  if (k === at) return at;
  let next = k;
  while (next < end && isSpace(text.charCodeAt(next))) next++;
  return LOWER_LETTER.test(original[toOriginal[next]!] ?? '') ? next : at;
}

/** The speaker an attributionBefore phrase introduces ("according to X"), or null. */
function namedAfter(ctx: ClaimContext, seg: Segment, before: LexiconMatch<true>): SourceSpan | null {
  const { text, cp } = ctx;
  // "61 per cent of them", "per capita": a rate, not "per the ministry".
  if (cp.rateAfter?.test(text.slice(before.end, Math.min(seg.end, before.end + 12)))) return null;
  // "как заявил журналистам глава МИД": whom the speaker told, before the speaker, is no part of the name.
  // « de source sécuritaire »: the phrase's last word is the speaker's own noun, where the name starts.
  const head = cp.attributionHead?.exec(text.slice(before.start, before.end));
  let from = head ? before.start + head.index : pastAddressee(ctx, seg, before.end);
  while (from < seg.end && isSpace(text.charCodeAt(from))) from++;
  const end = head
    ? before.end + sourceLength(ctx, before.end, seg.end, 80)
    : from + sourceLength(ctx, from, seg.end, 80);
  // "по его словам", "по их данным": the possessive in the phrase is the speaker, named before.
  if (end <= from) {
    const owner = cp.possessives.firstIn(text, before.start, before.end);
    return owner && owner.start > before.start ? [owner.start, owner.end] : null;
  }
  if (minorSpeaker(ctx, seg, from, end, true)) return [from, end, true];
  if (speakerLike(ctx, from, end)) {
    const name = trimSpeaker(ctx, from, end);
    // "وفقا لإدارة المخيم": the glued preposition is not part of the name.
    const glue = name && cp.speakerGlue?.exec(text.slice(name[0], Math.min(name[1], name[0] + 8)));
    return name && glue && name[1] - name[0] - glue[0].length > 1
      ? [name[0] + glue[0].length, name[1]]
      : name;
  }
  return null;
}

/** Between a relay verb and its link: the relaying outlet's name, with no number or clause break in it. */
const RELAY_GAP = /^[^\d\u0660-\u0669\u06f0-\u06f9.;:،,!?؟]{0,60}$/u;

/**
 * "نقلت وكالة رويترز عن مسؤول عراقي قوله إن": the outlet relays the words of the speaker named after
 * the link (عن), who is the source. A relay verb without its link right after the outlet is another
 * verb ("نقلت السلطات 16 امرأة إلى مخيم": transferred).
 */
function relayedSpeaker(ctx: ClaimContext, seg: Segment): SourceSpan | null {
  const { text, cp } = ctx;
  for (const verb of cp.relayVerbs.scanRange(text, seg.start, seg.end)) {
    const link = cp.relayLinks.firstIn(text, verb.end, Math.min(seg.end, verb.end + 64));
    if (!link || !RELAY_GAP.test(text.slice(verb.end, link.start))) {
      // "ونقلت وكالة رويترز أن 60 …": relaying no one, the relay speaks; its clause must follow its name.
      const end = verb.end + sourceLength(ctx, verb.end, seg.end, 80);
      const opener = cp.clauseOpeners.firstIn(text, end, Math.min(seg.end, end + 12));
      if (!opener || !blankBetween(text, end, opener.start) || !speakerLike(ctx, verb.end, end)) continue;
      const name = trimSpeaker(ctx, verb.end, end);
      if (name) return name;
      continue;
    }
    const end = link.end + sourceLength(ctx, link.end, seg.end, 80);
    if (end - link.end < 2 || !speakerLike(ctx, link.end, end)) continue;
    const name = trimSpeaker(ctx, link.end, end);
    if (name) return name;
  }
  return null;
}

/**
 * "وفي تقرير لليونيسف صدر الشهر الماضي، قتل 40 طفلا": a report frame whose issuer is glued to its
 * noun names the source, the report and its issuer ("تقرير لليونيسف"), as "بحسب تقرير لمنظمة …" does.
 */
function reportIssuer(ctx: ClaimContext, seg: Segment): SourceSpan | null {
  const { text, cp } = ctx;
  const frame = cp.reportFrames.firstIn(text, seg.start, seg.end);
  if (!frame || !cp.reportGlue!.test(text.slice(frame.end, frame.end + 8))) return null;
  // "قالت الوزارة في بيان لها": a pronoun after the glue is the speaker named before, found otherwise.
  if (cp.impersonalSpeakers.get(/^\s*(\S+)/u.exec(text.slice(frame.end, frame.end + 12))?.[1] ?? ''))
    return null;
  // The report's noun is the frame's last word.
  let noun = frame.end;
  while (noun > frame.start && !isSpace(text.charCodeAt(noun - 1))) noun--;
  const end = frame.end + sourceLength(ctx, frame.end, seg.end, 80);
  if (end - frame.end < 3 || !speakerLike(ctx, noun, end)) return null;
  return trimSpeaker(ctx, noun, end);
}

/** Who an attribution verb names: right before it ("X said"), right after it ("…, said X"), or set off before it. */
function speakerOf(ctx: ClaimContext, seg: Segment, verb: LexiconMatch<true>): SourceSpan | null {
  const { text, cp } = ctx;
  const lead = text.slice(seg.start, verb.start);
  const from = seg.start + lastBreak(lead) + 1;
  // "Amina, 14, said": a child's age set off right before the verb (an age: "30 мальчиков, сообщил X"
  // has a child noun there that is the count's).
  if (minorSpeaker(ctx, seg, verb.start, verb.start, false, true)) return [from, verb.start, true];
  // "X said": the speaker stands right before the verb, unless it is "об этом" (this was said by X).
  const anaphor = cp.attributionAnaphors
    .scanRange(text, from, verb.start)
    .some((a) => blankBetween(text, from, a.start) && blankBetween(text, a.end, verb.start));
  // "حلب: قالت مصادر محلية", "Kabul: officials said": a label closed by a colon right before the verb
  // is a dateline or a heading, no subject of it.
  const labelled = /:\s*$/u.test(text.slice(from, verb.start));
  if (!anaphor && !labelled && verb.start - from > 2 && verb.start - from < 120) {
    const before = speakerOrMinor(ctx, seg, from, verb.start);
    // "Как рассказал «Интерфаксу» представитель МВД": a word that names no one opens the sentence, the
    // speaker follows the verb; so after a year alone ("وفي عام 2022 قالت الأمم المتحدة").
    const when =
      yearAlone(ctx, before ? before[0] : from, before ? before[1] : verb.start) ||
      placeAlone(ctx, from, verb.start);
    if (!when && (!before || before[2] || verb.start - from > 12 || trimSpeaker(ctx, before[0], before[1])))
      return before;
  }
  // "…, said X": right after it, unless what follows is the clause said ("confirmed that …", "وأكد أنه").
  // "وأكد للصحفيين أن", "заявил журналистам глава МИД": whom it was told, right after the verb, is no speaker.
  // "a annoncé lundi 3 mars le ministre", "сообщил в понедельник журналистам министр": past when and whom.
  const told = pastAddressee(ctx, seg, verb.end);
  const timed = pastTimeWords(ctx, told, seg.end);
  const at = timed > told ? pastAddressee(ctx, seg, timed) : told;
  const opener = cp.clauseOpeners.firstIn(text, at, Math.min(seg.end, at + 16));
  // "347 said they had joined": a subject pronoun right after the verb opens the clause said too.
  const pronoun = cp.subjectPronouns.firstIn(text, at, Math.min(seg.end, at + 16));
  const saysClause =
    (opener !== undefined && blankBetween(text, at, opener.start)) ||
    (pronoun !== undefined && blankBetween(text, at, pronoun.start));
  // "сообщил вчера, 3 марта, министр края": when it was said, set off by commas, comes first.
  const after = saysClause ? at : afterTimeAside(ctx, at, seg.end);
  let to = after + sourceLength(ctx, after, seg.end, 60);
  // "أشار التقرير إلى جرائم ارتكبها …": the preposition the verb governs opens what was said, unless the
  // name already ends at it ("أشار المبعوث إلى اليمن إلى أن": a place of the name's own before it).
  const governed = saysClause ? undefined : cp.attributionComplements.get(verb.pattern);
  if (governed && !text.startsWith(governed, paddedStart(text, to, seg.end))) {
    const at = text.indexOf(` ${governed} `, after);
    if (at > after && at < to) to = at;
  }
  // "أعلنت الوزارة ذلك بعد أن": the object taken back after the speaker ends the speaker's name.
  if (!saysClause) {
    const taken = cp.attributionObjects.firstIn(text, after + 1, to);
    if (taken && isSpace(text.charCodeAt(taken.start - 1))) to = taken.start;
  }
  // "اتهمت الحكومة اليمنية جماعة الحوثي بتجنيد": the accuser's name ends where the accused group's begins.
  if (!saysClause && cp.accusationVerbs.anyIn(text, verb.start, verb.end)) {
    const accused = cp.groups
      .scanRange(text, after, to, ctx.original, ctx.toOriginal)
      .find((g) => g.start > after + 1);
    // "اتهمت الحكومة الميليشيا الحوثية بتجنيد": a noun for a group right before the name opens it.
    const noun = accused
      ? cp.groupNouns
          .scanRange(text, after, accused.start)
          .findLast((g) => blankBetween(text, g.end, accused.start))
      : undefined;
    if (noun) to = wordStart(text, noun.start);
    else if (accused) to = accused.start;
    // "اتهم الرئيس متشددين بشن الهجوم": or where the accused people's noun begins.
    const people = cp.population.firstIn(text, after + 1, to);
    if (people) to = Math.min(to, people.start);
  }
  // "Officials, last year, said 61 …": what follows the verb names no one, so the speaker stands before it.
  if (!saysClause && to - after > 2) {
    const named = speakerOrMinor(ctx, seg, after, to);
    if (named || !/^\s*\p{N}/u.test(text.slice(after, to))) return named;
  }
  // "…, Jenish Ashyrbaev, said that": between the last two commas before it.
  let trimmed = lead.replace(/[\s,،]+$/u, '');
  let start = seg.start + lastBreak(trimmed) + 1;
  // "The ministry, in May, reported that": an aside saying when stands between the speaker and the verb.
  if (
    start > seg.start + 1 &&
    /[,،]/u.test(text[start - 1]!) &&
    timeAside(ctx, start, seg.start + trimmed.length)
  ) {
    trimmed = trimmed.slice(0, start - 1 - seg.start).replace(/[\s,،]+$/u, '');
    start = seg.start + lastBreak(trimmed) + 1;
  }
  const end = seg.start + trimmed.length;
  if (end - start > 2 && end - start < 80) return speakerOrMinor(ctx, seg, start, end);
  return null;
}

/** text[start, end) as a speaker: flagged as a minor when it is a child, else when speakerLike. */
function speakerOrMinor(ctx: ClaimContext, seg: Segment, start: number, end: number): SourceSpan | null {
  if (minorSpeaker(ctx, seg, start, end, true)) return [start, end, true];
  return speakerLike(ctx, start, end) ? [start, end] : null;
}

/** Characters that may stand between a speaker's name and what is said of them: "Amina, 14", "Ахмед (15 лет)". */
const MINOR_GAP = /^[\s,،(-]*$/u;

/**
 * Whether the speaker at text[start, end) is a child (issue 12: a minor's name is never extracted). A
 * mark of the pack's minorSpeakerMarks counts right before or after the phrase ("14-year-old Amina",
 * "Amina, 14", with `after`), or inside it: an age anywhere ("the mother of 14-year-old Amina"), a child
 * noun only at its start ("the boy", not "Child Soldiers International"). An age must be under 18.
 */
function minorSpeaker(
  ctx: ClaimContext,
  seg: Segment,
  start: number,
  end: number,
  after: boolean,
  agesOnly = false,
): boolean {
  const { text, cp } = ctx;
  if (!cp.minorMarks.length) return false;
  const from = Math.max(seg.start, start - 40);
  const window = text.slice(from, Math.min(seg.end, end + 40));
  for (let k = 0; k < cp.minorMarks.length; k++) {
    const re = cp.minorMarks[k]!;
    // This runs for every attribution: a window without the mark's words is not searched.
    const needs = cp.minorNeeds[k];
    if (needs && !includesAny(window, needs)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      if (!m[0].length) {
        re.lastIndex++;
        continue;
      }
      const a = from + m.index;
      const b = a + m[0].length;
      const age = m.groups?.age;
      if (agesOnly && age === undefined) continue;
      const adjacent =
        (b <= start && MINOR_GAP.test(text.slice(b, start))) ||
        (after && a >= end && MINOR_GAP.test(text.slice(end, a)));
      const inside = a < end && b > start && (age !== undefined || a - start <= 6);
      if (!adjacent && !inside) continue;
      if (age === undefined) return true;
      const years = /^\d+$/.test(age) ? Number(age) : cp.numberWords.get(age)?.value;
      if (years !== undefined && years < 18) return true;
    }
  }
  return false;
}

/**
 * Where the speaker may start after an attribution verb: past asides that only say when it was said
 * ("сегодня, 1 февраля,", "on Monday, 3 May,"), each ending at a comma; `at` when there is none.
 */
function afterTimeAside(ctx: ClaimContext, at: number, end: number): number {
  const { text } = ctx;
  let from = at;
  for (let asides = 0; asides < 3; asides++) {
    const comma = text.slice(from, Math.min(end, from + 40)).search(/[,،]/u);
    if (comma < 0) break;
    const to = from + comma;
    if (!timeAside(ctx, from, to)) break;
    from = to + 1;
  }
  return from;
}

/** Whether text[from, to) says only when: when-words, their links and day numbers, nothing that could name someone. */
function timeAside(ctx: ClaimContext, from: number, to: number): boolean {
  const { text, cp } = ctx;
  const timeWords = [...cp.speakerEdges.scanRange(text, from, to), ...cp.months.scanRange(text, from, to)];
  if (!timeWords.length) return false;
  let rest = text.slice(from, to);
  for (const w of [...timeWords, ...cp.speakerEdgeLinks.scanRange(text, from, to)].sort(
    (a, b) => b.start - a.start,
  ))
    rest = rest.slice(0, w.start - from) + ' '.repeat(w.end - w.start) + rest.slice(w.end - from);
  return !/[^\s\d.]/u.test(rest);
}

/** Whether text[start, end) is a year and its prepositions alone ("وفي عام 2022", "In 2022"). */
function yearAlone(ctx: ClaimContext, start: number, end: number): boolean {
  const from = paddedStart(ctx.text, start, end);
  const phrase = ctx.text.slice(from, paddedEnd(ctx.text, from, end));
  return ctx.cp.speakerYear.exec(phrase)?.[0].length === phrase.length;
}

/**
 * "وفي ليبيا تحققت الأمم المتحدة من …", "In Libya the UN verified": text[start, end) is "in" and a place
 * alone, which says where, not who.
 */
function placeAlone(ctx: ClaimContext, start: number, end: number): boolean {
  const { text, cp } = ctx;
  const from = paddedStart(text, start, end);
  const to = paddedEnd(text, from, end);
  const prep = cp.prepositions.scanRange(text, from, to)[0];
  if (prep?.value !== 'in' || !/^\p{L}?$/u.test(text.slice(from, prep.start))) return false;
  const first = placesFrom(ctx, prep.end).next();
  const place = first.done ? undefined : first.value;
  return place !== undefined && place.end === to && blankBetween(text, prep.end, place.start);
}

/**
 * A speaker's phrase without the words at its edges that say when or how it spoke, or that the verb
 * left behind: "RFE/RL earlier this year" → "RFE/RL", "كازاخستان يوم الجمعة" → "كازاخستان", "в мае
 * министр" → "министр", "le Tadjikistan avait" → "le Tadjikistan". Null when nothing but such words,
 * or an impersonal speaker ("we"), is left.
 */
function trimSpeaker(ctx: ClaimContext, start: number, end: number): [number, number] | null {
  const { text, cp } = ctx;
  // "…, and the UN verified", "…, but officials said": a conjunction that opens the clause names no one.
  const first = /^[\s,;:]*(\p{L}+)\s+/u.exec(text.slice(start, end));
  if (first && (cp.conjunctions.get(first[1]!) || cp.contrastEnd?.test(` ${first[1]} `)))
    start += first[0].length;
  // "Fighting continued and officials said": a past tense before the conjunction ends a clause of its
  // own (the pack's coordinatedVerb); the speaker is named after the conjunction.
  if (cp.coordinatedVerb) {
    const words = [...text.slice(start, end).matchAll(/\p{L}+/gu)];
    for (let k = 1; k < words.length - 1; k++)
      if (
        cp.conjunctions.get(words[k]![0]) &&
        cp.coordinatedVerb.test(words[k - 1]![0]) &&
        /^\s+$/u.test(
          text.slice(start + words[k - 1]!.index + words[k - 1]![0].length, start + words[k]!.index),
        )
      ) {
        start += words[k + 1]!.index;
        break;
      }
  }
  // "An official who spoke to Reuters": the speaker's relative clause is no part of the name; a relative
  // word opening it ("the ambush, which JNIM claimed") is not either.
  const relatives = cp.speakerRelatives.scanRange(text, start, end);
  const lead = relatives.find((r) => r.start === paddedStart(text, start, end));
  if (lead) {
    // "HRW, which interviewed the boys, said": a clause of its own names no one; the name is before it.
    if (cp.attributionVerbs.anyIn(text, lead.end, end)) return null;
    start = paddedStart(text, lead.end, end);
  }
  const relative = relatives.find((r) => r.start > start && isSpace(text.charCodeAt(r.start - 1)));
  if (relative) end = paddedEnd(text, start, relative.start);
  if (end - start < 2) return null;
  // "selon le quotidien Le Soir", "d'après Le Matin": a when-word written with a capital after an article
  // written with one is a title's word, not when it spoke.
  const edges = [
    ...cp.speakerEdges.scanRange(text, start, end),
    ...cp.months.scanRange(text, start, end),
  ].filter((e) => !titleWord(ctx, e.start));
  const links = cp.speakerEdgeLinks.scanRange(text, start, end);
  if (edges.length || links.length) {
    let from = paddedStart(text, start, end);
    let to = paddedEnd(text, start, end);
    for (let changed = true; changed && from < to;) {
      changed = false;
      // Nothing but an edge word, or a preposition, is left: no one is named.
      if (
        edges.some((e) => e.start <= from && e.end >= to) ||
        links.some((e) => e.start <= from && e.end >= to)
      )
        return null;
      const last = edges.find((e) => e.end === to && e.start > from);
      if (last) {
        to = paddedEnd(text, from, last.start);
        const link = links.find((l) => l.end === to && l.start > from);
        if (link) to = paddedEnd(text, from, link.start);
        changed = true;
      }
      // "تشير أرقام الأمم المتحدة إلى مقتل": a preposition the name's cut left at its end is the verb's.
      const tail = links.find((l) => l.end === to && l.start > from);
      if (tail) {
        to = paddedEnd(text, from, tail.start);
        changed = true;
      }
      const leadLink = links.find((l) => l.start === from);
      const first = edges.find(
        (e) => e.start === (leadLink ? paddedStart(text, leadLink.end, to) : from) && e.end < to,
      );
      if (first) {
        from = paddedStart(text, first.end, to);
        changed = true;
      }
    }
    [start, end] = [from, to];
  }
  // 'The video, entitled "X", shows': a media's title with its marker, set off before the verb, names
  // no one.
  if (cp.titleMarkers.scanRange(text, start, end).some((m) => m.start === paddedStart(text, start, end)))
    return null;
  // "In 2022 the United Nations verified…": a year that opens the phrase says when, not who.
  const year = cp.speakerYear.exec(text.slice(start, end));
  if (year) start += year[0].length;
  if (end - start < 2) return null;
  // "Численность боевиков … в МВД оценивают в 1900": before an impersonal plural verb of saying, the
  // institution "в + X" is who says it; what stands before it is the subject of the estimate.
  if (cp.pack.code === 'ru' && IMPERSONAL_PLURAL_AFTER.test(text.slice(end, end + 24))) {
    const inst = INSTITUTION_TAIL.exec(text.slice(start, end));
    if (inst && inst.index > 0) start += inst.index + inst[0].length - inst[1]!.length;
  }
  const impersonal = cp.impersonalSpeakers
    .scanRange(text, start, end)
    .some((w) => w.start <= start && w.end >= end);
  // "The estimate that 400 fighters …": an article alone names no one.
  const word = text.slice(start, end).toLowerCase();
  return impersonal || cp.definiteArticles.get(word) || cp.possessives.get(word) ? null : [start, end];
}

/**
 * Whether the word at `at` is written with a capital right after an article written with one ("Le Soir",
 * "Le Matin"): a title's word (a newspaper's name), not a common word that starts a sentence.
 */
function titleWord(ctx: ClaimContext, at: number): boolean {
  const { text, original, toOriginal, cp } = ctx;
  if (!UPPER_LETTER.test(original[toOriginal[at]!] ?? '')) return false;
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 8), at));
  if (!before || !cp.countryArticles.has(before[1]!.toLowerCase())) return false;
  return UPPER_LETTER.test(original[toOriginal[at - before[0].length]!] ?? '');
}

/** A third-person plural verb with no subject right after a speaker's phrase: "оценивают", "считают". */
const IMPERSONAL_PLURAL_AFTER = /^\s+\p{L}+(?:ют|ят)(?!\p{L})/u;
/** "… в МВД", "… в ООН": an institution after "в" closing a speaker's phrase, one to three words. */
const INSTITUTION_TAIL = /\sво?\s+((?!во?\s)[^\s,]+(?:\s+(?!во?\s)[^\s,]+){0,2})$/u;

/** What may pad a speaker's phrase: spaces, commas and dashes. */
const SPEAKER_PADDING = /[\s,،:;\-–—]/u;

/** Where text[at, to) starts once the padding at its start is skipped. */
function paddedStart(text: string, at: number, to: number): number {
  while (at < to && SPEAKER_PADDING.test(text[at]!)) at++;
  return at;
}

/** Where text[at, to) ends once the padding at both its edges is skipped. */
function paddedEnd(text: string, at: number, to: number): number {
  const from = paddedStart(text, at, to);
  while (to > from && SPEAKER_PADDING.test(text[to - 1]!)) to--;
  return to;
}

/**
 * Where the quote opens whose close is s[close], when they hold a short name (a letter before the close,
 * at most four words, no digit nor punctuation): "«Огонек»", "« Le Point »". Else -1.
 */
function quotedNameOpen(s: string, close: number): number {
  if (!/\p{L}/u.test(s[close - 1] ?? '')) return -1;
  const open = s.lastIndexOf('"', close - 1);
  if (open < 0 || close - open > 40) return -1;
  const inner = s.slice(open + 1, close);
  return /^[^\d,.;:!?"]+$/u.test(inner) && inner.trim().split(/\s+/u).length <= 4 ? open : -1;
}

/** Where the last clause break of s is: a comma (not one inside "4,500"), a quote mark or a dash. */
function lastBreak(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s[i]!;
    if (c === ',' && /\d/.test(s[i - 1] ?? '') && /\d/.test(s[i + 1] ?? '')) continue;
    // "Журнал «Огонек» сообщил": a short quoted name is part of the speaker, no break.
    if (c === '"') {
      const open = quotedNameOpen(s, i);
      if (open >= 0) {
        i = open;
        continue;
      }
    }
    // "… went to Syria; officials now put the figure at 1,100": a semicolon closes the clause before.
    if (
      c === ',' ||
      c === '"' ||
      c === '،' ||
      c === '«' ||
      c === '»' ||
      c === ';' ||
      c === '؛' ||
      (c === '-' && s[i - 1] === ' ')
    )
      return i;
  }
  return -1;
}

/**
 * Whether text[start, end) can name who said something: a short phrase, not a clause ("500 Tunisian
 * citizens remain"), nor the impersonal "on" or the outlet's own "our information".
 */
function speakerLike(ctx: ClaimContext, start: number, end: number): boolean {
  const { text, cp } = ctx;
  // Scanned in place: this runs for every sentence with an attribution word, often on long clauses.
  let from = start;
  let to = end;
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  if (from === to) return false;
  let words = 1;
  for (let i = from + 1; i < to; i++) {
    if (isSpace(text.charCodeAt(i)) && !isSpace(text.charCodeAt(i - 1)) && ++words > 14) return false;
  }
  // A count in it makes it a clause about people, not a speaker (a year is fine: "the 2013 report").
  if (hasCount(text, from, to) && !onlyNameNumbers(ctx, from, to)) return false;
  // "Reuters photographs show 30 boys", "Photographs published by Reuters in May show": pictures that head
  // the phrase (among its first three words, or ending it outside a relative clause) show the people, no
  // one counts them.
  if (
    cp.depictionNouns.scanRange(text, from, to).some(
      (w) =>
        (w.end === to || wordsOnly(text, from, w.start, 2)) &&
        // "A source who saw the photos said": pictures in the speaker's relative clause are not the head.
        !cp.speakerRelatives.anyIn(text, from, w.start),
    )
  )
    return false;
  return !cp.impersonalSpeakers.scanRange(text, start, end).some((w) => w.start <= from && w.end >= to);
}

/**
 * Where the first count in text[from, to) starts (digits other than a year, or a number word without an
 * article: "واحدا وعشرين" opens with "one"), or -1.
 */
function countStart(ctx: ClaimContext, from: number, to: number): number {
  const { text, cp } = ctx;
  let at = -1;
  for (let i = from; i < to && at < 0; i++) {
    if (!isAsciiDigit(text.charCodeAt(i))) continue;
    let j = i;
    while (j < to && isAsciiDigit(text.charCodeAt(j))) j++;
    if (hasCount(text, i, j) && !nameNumber(ctx, i, j)) at = i;
    i = j;
  }
  const word = cp.numberWords
    .scanRange(text, from, at >= 0 ? at : to)
    .find((w) => !cp.definite?.test(text.slice(w.start, w.end - w.pattern.length)));
  const start = word ? word.start : at;
  if (start <= from) return start;
  // "ووثقت منظمات محلية أكثر من 4500 حالة", "نحو أربعة آلاف": the count's bound opens it ("قال نحو مئة
  // ناشط": a name that opens with a count is the count's people, whole).
  const bound = cp.boundsBefore.scanRange(text, from, start).find((b) => blankBetween(text, b.end, start));
  return bound ? bound.start : start;
}

/**
 * "Selon France 24, plus d'une centaine", "сообщает Россия 24": digits right after a capitalised word
 * and right before a clause's punctuation, with no noun of theirs, end a name (a channel's), not count.
 */
function nameNumber(ctx: ClaimContext, from: number, to: number): boolean {
  const { text, original, toOriginal } = ctx;
  if (from < 2 || text[from - 1] !== ' ') return false;
  let w = from - 1;
  while (w > 0 && /\p{L}/u.test(text[w - 1]!)) w--;
  if (w === from - 1 || !UPPER_LETTER.test(original[toOriginal[w]!] ?? '')) return false;
  // Not a count's digits grouped ("Tajikistan 1,300"), nor a place's count in a list ("Mali 24, Niger 12").
  if (/^[,.\s]\d/u.test(text.slice(to, to + 2))) return false;
  if (/^\s*[,;]\s*\p{Lu}[\p{L}-]*\s+\d/u.test(original.slice(toOriginal[to], toOriginal[to]! + 40)))
    return false;
  return /^\s*(?:[,;:)»]|$)/u.test(text.slice(to, to + 3));
}

/** Whether every run of digits in text[from, to) ends a name ("France 24"; nameNumber). */
function onlyNameNumbers(ctx: ClaimContext, from: number, to: number): boolean {
  const { text } = ctx;
  for (let i = from; i < to; i++) {
    if (!isAsciiDigit(text.charCodeAt(i))) continue;
    let j = i;
    while (j < text.length && isAsciiDigit(text.charCodeAt(j))) j++;
    if (!nameNumber(ctx, i, j)) return false;
    i = j;
  }
  return true;
}

/** Whether text[from, to) holds ASCII digits other than a standalone year (1900-2099). */
function hasCount(text: string, from: number, to: number): boolean {
  for (let i = from; i < to;) {
    if (!isAsciiDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < to && isAsciiDigit(text.charCodeAt(j))) j++;
    const year =
      j - i === 4 &&
      (text.startsWith('19', i) || text.startsWith('20', i)) &&
      !isAsciiWordChar(text.charCodeAt(i - 1)) &&
      !isAsciiWordChar(text.charCodeAt(j));
    if (!year) return true;
    i = j;
  }
  return false;
}

const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
/** Whether a character is a word character for a regex word boundary (ASCII letters, digits, underscore). */
const isAsciiWordChar = (c: number) =>
  isAsciiDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * A quotation spread over several sentences is attributed after it closes: "We brought back 63
 * women. The operation took two weeks," the minister said. Its counts take that speaker: those of the
 * sentence that opens it, and those of a sentence inside it with no quote mark of its own that name no
 * speaker ("It is carrying 30 children. Twenty-four are from Dagestan. …," Kadyrov wrote).
 */
function quotedSources(ctx: ClaimContext, claims: DraftClaim[]): void {
  const { sentences } = ctx;
  if (!claims.length) return;
  const marks = quoteMarks(ctx);
  if (!marks) return;
  for (const c of claims) {
    const seg = sentences[c.sentence]!;
    const first = marks.first[c.sentence]!;
    if (first === seg.start) {
      // The sentence opens the quotation: it must not close it.
      if (marks.count[c.sentence]! > 1) continue;
    } else {
      if (c.source || first >= 0 || c.sentence === 0) continue;
      const prev = sentences[c.sentence - 1]!;
      if (!marks.openAfter[c.sentence - 1] || prev.paragraph !== seg.paragraph) continue;
    }
    for (let k = c.sentence + 1; k < sentences.length && k <= c.sentence + 4; k++) {
      const next = sentences[k]!;
      if (next.paragraph !== seg.paragraph) break;
      const closing = marks.first[k]!;
      if (closing < 0) continue;
      const source = findSource(ctx, { ...next, start: closing });
      if (source) c.source = source;
      break;
    }
  }
}

/**
 * Each sentence's quote marks: the first (or -1), how many, and whether a quotation is still open at its
 * end (its paragraph's marks so far are odd). One pass of indexOf over the text; null when it has none.
 */
function quoteMarks(
  ctx: ClaimContext,
): { first: Int32Array; count: Uint16Array; openAfter: Uint8Array } | null {
  const { text, sentences } = ctx;
  let at = text.indexOf('"');
  if (at < 0) return null;
  const n = sentences.length;
  const first = new Int32Array(n).fill(-1);
  const count = new Uint16Array(n);
  const openAfter = new Uint8Array(n);
  let k = 0;
  while (at >= 0) {
    while (k < n && sentences[k]!.end <= at) k++;
    if (k === n) break;
    if (at >= sentences[k]!.start) {
      if (first[k] === -1) first[k] = at;
      count[k] = count[k]! + 1;
    }
    at = text.indexOf('"', at + 1);
  }
  let odd = 0;
  for (let s = 0; s < n; s++) {
    if (s > 0 && sentences[s]!.paragraph !== sentences[s - 1]!.paragraph) odd = 0;
    odd ^= count[s]! & 1;
    openAfter[s] = odd;
  }
  return { first, count, openAfter };
}

/**
 * The armed group a count belongs to when its sentence names none: the group named last in the two
 * sentences before it. A report's group named elsewhere does not make every count its own.
 */
function nearbyGroup(ctx: ClaimContext, si: number, reach = 2): Affiliation | null | undefined {
  const { text, cp, sentences, original, toOriginal } = ctx;
  for (let k = si - 1; k >= 0 && si - k <= reach; k--) {
    const prev = sentences[k]!;
    const groups = cp.groups
      .scanRange(text, prev.start, prev.end, original, toOriginal)
      .filter((g) => acceptGroup(cp.pack.code, text, g) && !opposedGroup(ctx, g, prev.start));
    if (!groups.length) continue;
    // A sentence that names several groups, or one among others, passes none on.
    const last = groups[groups.length - 1]!;
    if (groups.some((g) => g.value !== last.value) || mixedGroup(ctx, last, groups, prev.start, prev.end))
      return null;
    return last.value;
  }
  return undefined;
}

/** How many sentences back "the movement / the group" (الحركة، الجماعة) looks for the group it names. */
const GROUP_NOUN_REACH = 8;

/** Whether a sentence names a group by its kind with the article only (الحركة، التنظيم), no name. */
function definiteGroupNoun(ctx: ClaimContext, seg: Segment): boolean {
  const { text, cp } = ctx;
  if (!cp.definite) return false;
  return cp.groupNouns.scanRange(text, seg.start, seg.end).some((g) => {
    return cp.definite!.test(text.slice(g.start, g.end)) && !/\p{L}/u.test(text.charAt(g.end));
  });
}

/**
 * The conflict zones named in the two sentences before sentence si, when its counts name no place:
 * "Fighting resumed in Idlib. 40 civilians fled." A report about Syria and Iraq places a count the
 * text has just tied to one of them there, before its overall topic.
 */
function nearbyZones(ctx: ClaimContext, si: number, reach = 2): string[] | null {
  const { sentences } = ctx;
  for (let k = si - 1; k >= 0 && si - k <= reach; k--) {
    const prev = sentences[k]!;
    const codes = new Set<string>();
    for (const p of placesFrom(ctx, prev.start)) {
      if (p.start >= prev.end) break;
      if (
        p.end <= prev.end &&
        (CONFLICT_ZONES.has(p.value.code) || p.value.kind === 'site') &&
        !(p.value.kind === 'demonym' && countedNationality(ctx, p))
      )
        codes.add(p.value.code);
    }
    if (codes.size) return [...codes].sort();
  }
  return null;
}

/**
 * A verb of arrival or transfer near a count, and where the sentence says it takes the count's people:
 * one reading of the move's places for every status it gives (moveStatus).
 */
interface Move {
  /** Moved by others (the pack's transferVerbs: "transferred", "نقل"), not arriving (arrivalVerbs). */
  transfer: boolean;
  /**
   * Where they went: of the places the move names after the verb (and the count), or fronted right
   * before the verb, the first that no "from" governs ("to Roj" in "from al-Hol to Roj").
   */
  into: PlaceHit | null;
  /** Where they came from, when the move names it first ("из Сирии прибыли", "arrived from Syria"). */
  from: PlaceHit | null;
  /** Where they came from, named after the place they reached ("arrivés à Lyon en provenance de Syrie"). */
  fromAfter: PlaceHit | null;
  /** A camp or a prison (the pack's holdingPlaces) stands before that place: "إلى مخيم الهول". */
  held: boolean;
  /** The verb is the count's one status word up to that place, so what it says of it holds. */
  alone: boolean;
  /** The holding place is a prison (its words say detained: "إلى سجن الرصافة", "to a prison in"). */
  prison: boolean;
  /** The move names a camp or prison they come out of: "من مخيم الهول", "from al-Hol camp". */
  outOfHolding: boolean;
}

/**
 * "أطلق سراح 40 سجينا", "أفرجت السلطات عن 25 معتقلا من سجن غويران": a release verb before the count
 * and a word of detention in the counted phrase or right after it (a prisoner, "from prison"): the end
 * of a detention, no return home (other).
 */
function outOfPrison(ctx: ClaimContext, facts: SentenceFacts, c: DraftClaim): Status | null {
  const { text, cp } = ctx;
  const verb = cp.releaseVerbs.scanRange(text, Math.max(facts.seg.start, c.start - 40), c.start).pop();
  if (!verb || PUNCT_STOP.test(text.slice(verb.end, c.start))) return releasedAfter(ctx, facts, c);
  if (cp.exchangeWords.anyIn(text, facts.seg.start, facts.seg.end)) return null;
  // "released 40 men and arrested 12 women": a verb of its own between governs the later count.
  if (anyWithin(facts.status, verb.end, c.start)) return null;
  // "released 29 children held in Kandahar prison": the prison may close a short participle clause.
  const until = Math.min(facts.seg.end, c.end + 36);
  return facts.status.some(
    (s) =>
      s.value === 'detained' &&
      s.start >= c.start &&
      s.end <= until &&
      !PUNCT_STOP.test(text.slice(c.end, s.start)) &&
      (s.end <= c.end + 20 || !facts.numbers.some((n) => n.start >= c.end && n.end <= s.start)) &&
      !(s.start >= c.end + 20 && facts.population.some((p) => p.start >= c.end && p.end <= s.start)),
  )
    ? 'other'
    : null;
}

/**
 * "14 détenus ont été libérés", "12 detainees were set free", "27 задержанных были отпущены": a noun of
 * detention counted, then the verb that sets them free, with only its auxiliaries between (no count, no
 * other people, no clause break): the end of a detention (other), unless a swap hands them back.
 */
function releasedAfter(ctx: ClaimContext, facts: SentenceFacts, c: DraftClaim): Status | null {
  const { text, cp } = ctx;
  const verb = cp.releaseVerbs.firstIn(text, c.end, Math.min(facts.seg.end, c.end + 40));
  if (!verb) return null;
  const gap = text.slice(c.end, verb.start);
  // "Из 15 задержанных пятеро были освобождены": a count between, in digits or words, is the part freed.
  if (
    PUNCT_STOP.test(gap) ||
    /\d/u.test(gap) ||
    facts.numbers.some((n) => n.start >= c.end && n.end <= verb.start)
  )
    return null;
  // "Some 30 Afghans from Bagram prison were freed": the prison they come out of may close the phrase.
  const outOf = facts.status.find(
    (s) =>
      s.value === 'detained' && s.start >= c.end && s.end <= verb.start && fromPlaceNear(ctx, c.end, s.start),
  );
  const words = gap.trim().split(/\s+/u).length;
  if (words > (outOf ? 7 : 3)) return null;
  // "La moitié des 130 détenus ont été libérés": the share was freed; the whole was held.
  if (shareBefore(ctx, facts, c)) return null;
  if (cp.exchangeWords.anyIn(text, facts.seg.start, facts.seg.end)) return null;
  for (const p of facts.population) if (p.start >= c.end && p.end <= verb.start) return null;
  return outOf || facts.status.some((s) => s.value === 'detained' && s.start >= c.start && s.end <= c.end)
    ? 'other'
    : null;
}

/**
 * "أفرج عن 20 مقاتلا وعادوا إلى بلادهم", "أفرج عن 27 معتقلا في صفقة تبادل": set free (status other by the
 * release verb) and sent home, said after the count or by a prisoner swap that hands each side its
 * people back: returned.
 */
function freedHome(ctx: ClaimContext, facts: SentenceFacts, c: DraftClaim): Status | null {
  const { text, cp } = ctx;
  const verb = cp.releaseVerbs.scanRange(text, Math.max(facts.seg.start, c.start - 40), c.start).pop();
  if (!verb || PUNCT_STOP.test(text.slice(verb.end, c.start))) return null;
  if (cp.exchangeWords.anyIn(text, facts.seg.start, facts.seg.end)) return 'returned';
  return facts.status.some((s) => s.value === 'returned' && s.start >= c.end && s.end <= facts.seg.end)
    ? 'returned'
    : null;
}

/**
 * "نقل الحوثيون 60 طفلا من صنعاء إلى معسكر تدريب" (moved 60 children to a training camp): a transfer
 * verb before the count and, after it, "to" and a status word of its own (a training camp, a prison):
 * where they were taken says what befell them, not the transfer's return.
 */
function transferTarget(ctx: ClaimContext, facts: SentenceFacts, c: DraftClaim): Status | null {
  const { text, cp } = ctx;
  const { seg } = facts;
  const verb = cp.transfers.scanRange(text, Math.max(seg.start, c.start - 30), c.start).pop();
  if (!verb || PUNCT_STOP.test(text.slice(verb.end, c.start))) return null;
  const to = cp.prepositions
    .scanRange(text, c.end, Math.min(seg.end, c.end + 40))
    .find((q) => q.value === 'to');
  if (!to || PUNCT_STOP.test(text.slice(c.end, to.start))) return null;
  const s = facts.status.find((w) => w.start >= to.end && blankBetween(text, to.end, w.start));
  return s && (s.value === 'joined' || s.value === 'detained') ? s.value : null;
}

/** Farthest a place of arrival stands from the verb or the count before it: a few words. */
const MOVE_PLACE_REACH = 24;

/**
 * Past a relative clause set off by commas right at `from` ("handed over three orphans, whose parents
 * fought for IS, to Tunisia"): where the phrase it interrupts goes on; else `from`.
 */
function pastRelativeAside(ctx: ClaimContext, from: number): number {
  const { text, cp } = ctx;
  const open = /^\s*,\s*/u.exec(text.slice(from, from + 8));
  if (!open) return from;
  const opener = cp.clauseOpeners.firstIn(text, from + open[0].length, from + open[0].length + 12);
  if (opener?.start !== from + open[0].length) return from;
  const rest = text.slice(opener.end, opener.end + 80);
  const close = rest.search(/[,.;:!?()]/u);
  return close >= 0 && rest[close] === ',' ? opener.end + close + 1 : from;
}

/**
 * "Quarante enfants russes sont arrivés à Moscou", "ووصل 200 مقاتل أجنبي إلى إدلب", "transferred 120
 * women from al-Hol to Roj", "из Сирии прибыли": the first arrival or transfer verb of the sentence that
 * stands with the count (no sentence break between) and names a place, within a few words after it or
 * fronted right before it. The counted phrase's own places ("прибыли 150 марокканцев", "граждан
 * Таджикистана") are not where they went: after a verb and the count, a place of the move has its
 * preposition ("ووصل 22 طفلا إلى مطار طشقند").
 */
function readMove(ctx: ClaimContext, facts: SentenceFacts, c: DraftClaim): Move | null {
  const { text, cp } = ctx;
  const { seg } = facts;
  for (const [verbs, transfer] of [
    [cp.arrivals, false],
    [cp.transfers, true],
  ] as const) {
    for (const verb of verbs.scanRange(text, seg.start, seg.end)) {
      const [a, b] = verb.start >= c.end ? [c.end, verb.start] : [verb.end, c.start];
      if (b < a || /[.;:!?]/u.test(text.slice(a, b)) || b - a > 160) continue;
      // "В Грозный доставлены 27 детей, ещё 15 ожидают отправки": a verb before another count, past a comma,
      // is not the move of a count whose own clause has its own status word after it.
      if (verb.end <= c.start && ownVerbPastComma(ctx, facts, verb.end, c)) continue;
      // A verb before the count: its place may follow the counted phrase, and the counts joined to it.
      const reach =
        verb.end <= c.start
          ? pastRelativeAside(ctx, pastConjuncts(ctx, facts, c.end))
          : Math.max(verb.end, c.end);
      const after: PlaceHit[] = [];
      // "to a detention centre in Hasakah": a camp or a prison said before the place is on the way to it.
      const holds = cp.holdingPlaces.scanRange(text, reach, seg.end);
      let last = reach;
      for (const p of facts.places) {
        if (p.start < verb.end || p.end > seg.end || (p.kind !== 'name' && p.kind !== 'site')) continue;
        for (const h of holds)
          if (h.start < p.start && h.start - last <= MOVE_PLACE_REACH) last = Math.max(last, h.end);
        // "arrivés mardi à Lyon en provenance de Syrie": a "from" may stand past a town the gazetteer lacks.
        if (p.start - last > (p.prep === 'from' ? 2 * MOVE_PLACE_REACH : MOVE_PLACE_REACH)) break;
        last = Math.max(last, p.end);
        if (
          verb.end <= c.start &&
          p.start >= c.start &&
          !cp.prepositions.scanRange(text, c.end, p.start).some((q) => q.value !== 'from')
        )
          continue;
        // "le camp de Roj", "une prison de Hassaké": the "de" that names a camp or a prison is no "from".
        const named =
          p.prep === 'from' &&
          holds.some((h) => h.end < p.start && p.start - h.end <= 5 && !blankBetween(text, h.end, p.start));
        after.push(named ? withPrep(p, 'in') : p);
      }
      // "в Сирию прибыли 150 марокканцев": a place fronted right before the verb.
      const fronted = after.length
        ? undefined
        : facts.places.findLast(
            (p) =>
              p.kind === 'name' &&
              p.end <= verb.start &&
              blankBetween(text, p.end, verb.start) &&
              // "64 гражданина Туниса переведены": the counted phrase's own country is no destination.
              !(verb.start >= c.end && p.start >= c.start),
          );
      const first = after[0] ?? fronted;
      if (!first) continue;
      const into = (fronted ? [fronted] : after).find((p) => p.prep !== 'from') ?? null;
      const lo = Math.min(verb.start, c.start, first.start);
      const hi = into ? Math.max(into.end, verb.end) : verb.end;
      return {
        transfer,
        into,
        from: first.prep === 'from' ? first : null,
        fromAfter: first.prep === 'from' ? null : (after.find((p) => p.prep === 'from') ?? null),
        held: !!into && cp.holdingPlaces.anyIn(text, Math.min(reach, into.start), into.end),
        outOfHolding: holds.some((h) => {
          if (h.start - last > MOVE_PLACE_REACH) return false;
          // A long preposition too: « en provenance d'al-Hol ».
          const q = cp.prepositions.scanRange(text, Math.max(reach, h.start - 24), h.start).pop();
          return q?.value === 'from' && blankBetween(text, q.end, h.start);
        }),
        prison:
          !!into &&
          (facts.status.some(
            (s) => s.value === 'detained' && s.start >= Math.min(reach, into.start) && s.end <= into.end,
          ) ||
            cp.prisonPlaces.anyIn(text, Math.min(reach, into.start), into.end)),
        // The place's own words ("Roj camp") and a camp or prison it is in say no other status.
        alone: !facts.status.some(
          (s) =>
            s.start >= lo &&
            s.end <= hi &&
            (s.end <= verb.start || s.start >= verb.end) &&
            !(into && s.start >= into.start && s.end <= into.end) &&
            !holds.some((h) => h.start <= s.start && s.end <= h.end),
        ),
      };
    }
  }
  return null;
}

/**
 * Whether another count and a comma stand between `from` and the count c, whose own clause has a status
 * word after it: c is the subject of a clause of its own.
 */
function ownVerbPastComma(ctx: ClaimContext, facts: SentenceFacts, from: number, c: DraftClaim): boolean {
  const { text } = ctx;
  if (!facts.numbers.some((n) => n.start >= from && n.end <= c.start)) return false;
  if (!/[,،]/u.test(text.slice(from, c.start))) return false;
  const own = facts.status.find((s) => s.start >= c.end);
  return own !== undefined && !CLAUSE_MARK.test(text.slice(pastIncise(ctx, c.end, own.start), own.start));
}

/**
 * "وصول 23 امرأة تونسية و42 طفلا إلى معبر رأس جدير": where the counts joined to the one ending at `from`
 * by a conjunction (each with its noun and nationality right after) end; `from` when none is.
 */
function pastConjuncts(ctx: ClaimContext, facts: SentenceFacts, from: number): number {
  const { text, cp } = ctx;
  let at = from;
  for (;;) {
    // "23 امرأة تونسية": the nationality after a noun is still its phrase.
    const nisba = facts.places.find(
      (p) => p.kind === 'demonym' && p.start >= at && blankBetween(text, at, p.start),
    );
    if (nisba) at = nisba.end;
    const n = facts.numbers.find((q) => q.start >= at);
    if (!n || n.start - at > 8) return at;
    const gap = text.slice(at, n.start);
    const word = gap.trim();
    if (!(cp.gluedConjunctionEnd?.test(gap) || (word && cp.conjunctions.get(word) !== undefined))) return at;
    const noun = facts.population.find((p) => p.start >= n.end && blankBetween(text, n.end, p.start));
    at = noun ? noun.end : n.end;
  }
}

/**
 * "وصلت في 15 مايو إلى طشقند طائرة تقل 40 طفلا": with no status word of their own and no nationality,
 * people an arrival verb brings into a country at peace (a "to" place, no camp nor prison) came home:
 * that country, as when the verb and its place stand together ("وصل* إلى", a return). Only where
 * words of time alone stand between the verb and the place's preposition.
 */
function arrivedHome(ctx: ClaimContext, facts: SentenceFacts, c: DraftClaim): string | null {
  const { text, cp } = ctx;
  if (cp.pack.fightingBeforeCount !== true) return null;
  const move = readMove(ctx, facts, c);
  const into = move?.into;
  if (!move || move.transfer || move.held || !move.alone || !into || into.prep !== 'to') return null;
  if (into.kind !== 'name' || CONFLICT_ZONES.has(into.code) || into.code.startsWith('region:')) return null;
  if (facts.places.some((p) => p.kind === 'demonym' && p.start >= c.start && p.end <= c.end)) return null;
  const verb = cp.arrivals.scanRange(text, facts.seg.start, into.start).pop();
  if (!verb || verb.end > c.start) return null;
  return timeOnly(ctx, facts, verb.end, into.start) ? into.code : null;
}

/** Whether text[from, to) holds only words of time (a date, a weekday, "أمس") and a preposition before the place. */
function timeOnly(ctx: ClaimContext, facts: SentenceFacts, from: number, to: number): boolean {
  const { text, cp } = ctx;
  const skip = [
    ...cp.months.scanRange(text, from, to),
    ...cp.speakerTimeWords.scanRange(text, from, to),
    ...cp.speakerEdgeLinks.scanRange(text, from, to),
    ...cp.prepositions.scanRange(text, from, to),
  ];
  let rest = '';
  let at = from;
  for (const w of skip.sort((a, b) => a.start - b.start)) {
    if (w.start < at) continue;
    rest += text.slice(at, w.start);
    at = w.end;
  }
  rest += text.slice(at, to);
  // A day's number ("15", "الـ15") and "من" of "الـ15 من مايو" stay: nothing else may.
  return /^(?:[\s,،]|ال|ـ|\d|من)*$/u.test(rest) && skip.length > 0;
}

/** Farthest a prison noun stands from the transfer verb or the count: "to a detention centre", "в СИЗО". */
const PRISON_REACH = 16;

/**
 * A transfer verb standing with the count (no clause break between) and a prison noun right after
 * both, past a preposition or an article at most: "were moved to the prison", "transférés vers la
 * prison", "переведены в СИЗО".
 */
function intoPrison(ctx: ClaimContext, facts: SentenceFacts, c: DraftClaim): LexiconMatch<true> | null {
  const { text, cp } = ctx;
  const { seg } = facts;
  if (!cp.prisonPlaces.size) return null;
  // "The 1,990 fighters who surrendered in Baghuz were taken to prisons": a verb of sending into a
  // prison (sendVerbs) moves them there as a transfer does.
  const verbs = [
    ...cp.transfers.scanRange(text, seg.start, seg.end),
    ...cp.sends.scanRange(text, seg.start, seg.end),
  ];
  for (const verb of verbs.sort((x, y) => x.start - y.start)) {
    const [a, b] = verb.start >= c.end ? [c.end, verb.start] : [verb.end, c.start];
    if (b < a || PUNCT_STOP.test(text.slice(a, b)) || b - a > 80) continue;
    const reach = Math.max(verb.end, c.end);
    const prison = cp.prisonPlaces.scanRange(text, reach, Math.min(seg.end, reach + PRISON_REACH + 24))[0];
    if (prison && prison.start - reach <= PRISON_REACH && !PUNCT_STOP.test(text.slice(reach, prison.start)))
      return verb;
  }
  return null;
}

/**
 * The status a move gives a count's people (readMove), or null to leave theirs. Killed and detained
 * people keep theirs. Into a place of the country they come from: they have come home (returned),
 * transferred there too. Into a conflict zone not theirs, where the move is the count's one status
 * word: moved there by others, or into a camp or prison there, they are held there (present);
 * arriving there, they went to the war (joined), which an arrival also makes of people only said to
 * be present. Arriving from a conflict zone ("из Сирии прибыли") is the journey back: a transfer out
 * of one says nothing of where they went.
 */
function moveStatus(ctx: ClaimContext, facts: SentenceFacts, c: DraftClaim): Status | null {
  // "أفرجت قوات الأمن عن 9 معتقلين": prisoners set free, no longer held.
  if (
    (c.status === 'returned' || c.status === 'detained' || c.status === 'present') &&
    ctx.cp.releaseVerbs.size
  ) {
    const freed = outOfPrison(ctx, facts, c);
    if (freed) return freed;
  }
  if (c.status === 'other' && ctx.cp.releaseVerbs.size) {
    const home = freedHome(ctx, facts, c);
    if (home) return home;
  }
  if (c.status === 'killed' || c.status === 'detained') return null;
  if (c.status === 'returned') {
    const target = transferTarget(ctx, facts, c);
    if (target) return target;
  }
  // "were transferred to a detention centre", "переведены в СИЗО": moved into a prison, held there.
  if (c.status === 'present' || c.status === 'joined' || c.status === 'returned') {
    const verb = intoPrison(ctx, facts, c);
    // A return said by another word stays ("repatriated and moved to a prison" is told by the return);
    // not the counted noun ("12 returnees were sent to prison": who they are, not what befell them).
    if (
      verb &&
      !(
        c.status === 'returned' &&
        facts.status.some(
          (s) =>
            s.value === 'returned' &&
            (s.end <= verb.start || s.start >= verb.end) &&
            !(s.start >= c.start && s.end <= c.end),
        )
      )
    )
      return 'detained';
  }
  const move = readMove(ctx, facts, c);
  if (move?.into && c.origin?.includes(move.into.code)) return 'returned';
  if (!move) return null;
  const { into, from } = move;
  const arrival = !move.transfer;
  // "وصلت إلى مطار بغداد طائرة تقل 150 عائلة من مخيم الهول": brought out of a camp, not gone to war.
  if (
    arrival &&
    move.outOfHolding &&
    (c.status === 'present' || c.status === 'joined' || c.status === 'returned')
  )
    return 'returned';
  if (into && CONFLICT_ZONES.has(into.code) && !(arrival && returnAfter(ctx, facts, c))) {
    if (move.alone) return arrival && !move.held ? 'joined' : move.prison ? 'detained' : 'present';
    if (arrival && !move.held && c.status === 'present') return 'joined';
  }
  // "300 Syriens arrivés de Syrie": people leaving their own country's war have not come back.
  if (
    from &&
    arrival &&
    c.status === 'present' &&
    c.role === null &&
    CONFLICT_ZONES.has(from.code) &&
    // "300 Syriens arrivés d'Irak": people of a country at war, coming from a zone, are not back home.
    !facts.places.some(
      (p) =>
        p.kind === 'demonym' &&
        (p.code === from.code || CONFLICT_ZONES.has(p.code)) &&
        p.start >= c.start &&
        p.end <= c.end,
    )
  )
    return 'returned';
  // "sont arrivés à Lyon en provenance de Syrie": reaching a country at peace (theirs, when said) from a
  // conflict zone is the journey back.
  if (
    arrival &&
    into &&
    move.fromAfter &&
    c.status === 'present' &&
    c.role === null &&
    !CONFLICT_ZONES.has(into.code) &&
    CONFLICT_ZONES.has(move.fromAfter.code) &&
    (c.origin === null || c.origin.includes(into.code))
  )
    return 'returned';
  return null;
}

/**
 * "ووصل إلى مطار أربيل 14 طفلا ألمانيا بعد إجلائهم من سوريا": a word of bringing them back (evacuated,
 * repatriated) after the count in its clause, no arrival verb itself: they arrived on the way home.
 */
function returnAfter(ctx: ClaimContext, facts: SentenceFacts, c: DraftClaim): boolean {
  const { text, cp } = ctx;
  return facts.status.some(
    (s) =>
      s.value === 'returned' &&
      s.start >= c.end &&
      s.start - c.end <= 40 &&
      !cp.arrivals.anyIn(text, s.start, s.end) &&
      !PUNCT_STOP.test(text.slice(c.end, s.start)),
  );
}

/** What may open a list item before its label: a bullet or an item number ("-", "•", "3.", "b)"). */
const ITEM_OPENER = /^\s*(?:[-–—•*·▪]|\(?[0-9a-z]{1,2}[.)])?\s*$/u;
/** A status word in the last 80 characters of a heading that opens a list. */
const HEADING_REACH = 80;

/**
 * The status a heading gives the list it opens: a line of its own ending with a colon, with no count,
 * whose last status word is what befell the people listed ("Repatriations in 2019:", "Children killed:").
 */
function listHeadingStatus(ctx: ClaimContext, seg: Segment): Status | undefined {
  const { text, cp } = ctx;
  let end = seg.end;
  while (end > seg.start && isSpace(text.charCodeAt(end - 1))) end--;
  if (text[end - 1] !== ':' || end - seg.start > HEADING_REACH) return undefined;
  let status: Status | undefined;
  for (const w of cp.status.scanRange(text, seg.start, end)) status = w.value;
  return status;
}

/**
 * The country a list item is labelled with: "- Kazakhstan: 607 children", "Tajikistan – 84 children". The
 * label opens its line (past a bullet) and only a colon or a dash stands between it and the count's phrase.
 */
function itemLabel(ctx: ClaimContext, facts: SentenceFacts, at: number): PlaceHit | null {
  const { text } = ctx;
  const p = facts.places[0];
  if (!p || p.kind !== 'name' || p.prep !== null || p.end > at) return null;
  if (!ITEM_OPENER.test(text.slice(facts.seg.start, p.start))) return null;
  return TABLE_GAP.test(text.slice(p.end, at)) ? p : null;
}

/**
 * The place a section heading names, when sentence si is one: a paragraph of its own that ends with a
 * colon and names one country or zone ("On Afghanistan:", "Au Mali :", "В Сирии:", "في الصومال:").
 */
function sectionHeading(ctx: ClaimContext, si: number): string[] | null {
  const { text, sentences } = ctx;
  const seg = sentences[si]!;
  if (sentences[si - 1]?.paragraph === seg.paragraph || sentences[si + 1]?.paragraph === seg.paragraph)
    return null;
  const line = text.slice(seg.start, seg.end).trim();
  if (!line.endsWith(':') || line.length > 80) return null;
  const codes = new Set(
    documentPlaces(ctx)
      .filter((p) => p.start >= seg.start && p.end <= seg.end && p.value.kind !== 'none')
      .map((p) => p.value.code),
  );
  return codes.size === 1 ? [...codes] : null;
}

/** The places a whole report names, as the gazetteer accepts them in context: computed once per report. */
function documentPlaces(ctx: ClaimContext): LexiconMatch<PlaceRef>[] {
  if (ctx.places) return ctx.places;
  const { text, original, toOriginal, cp } = ctx;
  const found = cp.places.scan(text, original, toOriginal);
  ctx.places = found.filter((p) => acceptPlace(cp.pack.code, text, p, found, original, toOriginal));
  return ctx.places;
}

/** The report's places from offset `from` on, in text order (a binary search, then a lazy walk). */
function* placesFrom(ctx: ClaimContext, from: number): Generator<LexiconMatch<PlaceRef>> {
  const places = documentPlaces(ctx);
  let lo = 0;
  let hi = places.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (places[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < places.length; i++) yield places[i]!;
}

/** Whether a nationality word names a speaker: an attribution verb a word or two before it or after it. */
function speakerNationality(ctx: ClaimContext, p: { start: number; end: number }): boolean {
  const { text, cp } = ctx;
  const lo = Math.max(0, p.start - 40);
  const speaks = (v: { end: number }) => SPEAKER_GAP.test(text.slice(v.end, p.start));
  // "заявил йеменский министр", "بحسب وزير يمني", "selon un ministre yéménite": a verb of saying or a
  // word of attribution, then the speaker's noun and its nationality.
  if (cp.attributionVerbs.scanRange(text, lo, p.start).some(speaks)) return true;
  if (cp.attributionBefore.scanRange(text, lo, p.start).some(speaks)) return true;
  return cp.attributionVerbs
    .scanRange(text, p.end, Math.min(text.length, p.end + 24))
    .some((v) => /^\s*$/u.test(text.slice(p.end, v.start)));
}

/** Up to two words between a verb of saying and its speaker's nationality: "قال مسؤول أمني ليبي", "заявил йеменский". */
const SPEAKER_GAP = /^\s+(?:[\p{L}\p{M}]+\s+){0,2}$/u;

/**
 * Whether a nationality qualifies people counted ("9 سودانيين", "أطفال عراقيين", "Syrian refugees"):
 * right after a number or a noun for people, or right before such a noun, it says who they are, not
 * where the report's people are.
 */
/** Whether a word stands right after a noun of the state (the pack's stateNouns): « autorités kurdes ». */
function stateAdjective(ctx: ClaimContext, w: { start: number; end: number }): boolean {
  const { text, cp } = ctx;
  if (!cp.stateNouns.size) return false;
  const noun = cp.stateNouns.scanRange(text, Math.max(0, w.start - 24), w.start).pop();
  return noun !== undefined && blankBetween(text, noun.end, w.start);
}

function countedNationality(ctx: ClaimContext, p: { start: number; end: number }): boolean {
  const { text, cp } = ctx;
  const lo = Math.max(0, p.start - 30);
  if (NUMBER_BEFORE.test(text.slice(lo, p.start))) return true;
  const before = cp.population.scanRange(text, lo, p.start, ctx.original, ctx.toOriginal).pop();
  // « les autorités kurdes irakiennes »: a people's name right after a noun of the state is its adjective.
  if (before && blankBetween(text, before.end, p.start) && !stateAdjective(ctx, before)) return true;
  const word = cp.numberWords.scanRange(text, lo, p.start).pop();
  if (word && blankBetween(text, word.end, p.start)) return true;
  // "combattants syro-irakiens", "syriens et irakiens": joined to a counted nationality, one too.
  // "مقاتل سوري وعراقي": the "and" glued to the nisba is part of its hit.
  const glued = text[p.start] === 'و' ? /\s+$/u.exec(text.slice(lo, p.start)) : null;
  const joint = NATIONALITY_JOINT.exec(text.slice(lo, p.start)) ?? glued;
  if (joint) {
    const end = p.start - joint[0].length;
    const prev = cp.places.scanRange(text, lo, end).pop();
    if (prev && prev.end === end && prev.value.kind === 'demonym' && countedNationality(ctx, prev))
      return true;
  }
  // "Somali recruits", "сомалийских боевиков": the adjective before the noun for people is theirs too.
  const after = cp.population.scanRange(
    text,
    p.end,
    Math.min(text.length, p.end + 30),
    ctx.original,
    ctx.toOriginal,
  )[0];
  return !!after && blankBetween(text, p.end, after.start);
}

/**
 * Whether a country is the from-place of a count's people, right after the count ("50 from Niger", "50
 * fighters from Niger"): whence they come, unless a return is told before it ("returned 50 children from
 * Syria": the zone they left is where they were).
 */
function countedFrom(ctx: ClaimContext, p: { start: number; end: number }): boolean {
  const { text, cp } = ctx;
  const lo = Math.max(0, p.start - 16);
  const from = cp.prepositions.scanRange(text, lo, p.start).pop();
  if (!from || from.value !== 'from' || !blankBetween(text, from.end, p.start)) return false;
  let at = from.start;
  const noun = cp.population.scanRange(text, Math.max(0, at - 24), at, ctx.original, ctx.toOriginal).pop();
  if (noun && blankBetween(text, noun.end, at)) at = noun.start;
  const before = text.slice(Math.max(0, at - 30), at);
  const word = cp.numberWords.scanRange(text, Math.max(0, at - 30), at).pop();
  if (!NUMBER_BEFORE.test(before.trimEnd()) && !(word && blankBetween(text, word.end, at))) return false;
  return !cp.status.scanRange(text, Math.max(0, at - 60), at).some((s) => s.value === 'returned');
}

/** What joins two nationalities of one noun: a hyphen, a comma, "et", "and", "и", "ou", "or". */
const NATIONALITY_JOINT = /(?:-|\s*[,،]\s*|\s+(?:et|and|и|ou|or|أو|او)\s+|\s+و)$/u;

/** A number (digits) just before a word: "9 سودانيين", "١٢ عراقيا". */
const NUMBER_BEFORE = /[0-9\u0660-\u0669]\s*$/u;

/** The conflict zones a report is about (Syria, Iraq…), where its counts hold unless a sentence says otherwise. */
function documentLocation(ctx: ClaimContext): string[] {
  const counts = new Map<string, number>();
  for (const p of documentPlaces(ctx)) {
    const { code, kind } = p.value;
    // "وقال مسؤول ليبي إن …", "a Libyan official said": the speaker's nationality is not where the
    // report's people are.
    if (kind === 'demonym' && speakerNationality(ctx, p)) continue;
    if (kind === 'demonym' && CONFLICT_ZONES.has(code) && countedNationality(ctx, p)) continue;
    // "80 مقاتلا سوريا": a country's name that is the counted people's nisba (an accusative ending).
    if (
      kind === 'name' &&
      CONFLICT_ZONES.has(code) &&
      writtenNisba(ctx, p, code) &&
      countedNationality(ctx, p)
    )
      continue;
    // "The 400 fighters included 50 from Niger": a country a count's people come from is theirs, no topic.
    if (kind === 'name' && CONFLICT_ZONES.has(code) && countedFrom(ctx, p)) continue;
    // "near the Malian border", "near the border with Mali": the country across a border is no topic.
    if (kind === 'demonym' ? borderAdjective(ctx.text, p) : borderBefore(ctx.text, p.start)) continue;
    if (CONFLICT_ZONES.has(code) || kind === 'site') counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const top = Math.max(0, ...counts.values());
  // Zones named about as often as the main one ("Syria and Iraq") all count.
  return [...counts]
    .filter(([, n]) => n * 3 >= top)
    .map(([code]) => code)
    .sort();
}
