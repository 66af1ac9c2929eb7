// A language pack's word lists compiled once into lexicons the stages scan with.
import type { Affiliation, MediaType, Qualifier, Status } from '../domain/claim.ts';
import { patternKey } from './gazetteer/forms.ts';
import { gazetteerFor, type PlaceRef } from './gazetteer/index.ts';
import { MAGAZINE_SERIES, MEDIA_OUTLETS } from './gazetteer/outlets.data.ts';
import { PLATFORMS } from './gazetteer/platforms.data.ts';
import type { LanguagePack, NumberWord, PlaceRole, PopulationWord } from './language-pack.ts';
import { leadingLiterals, requiredLiterals } from './leading-literals.ts';
import { LiteralSet } from './literal-cursor.ts';
import { Lexicon, LexiconGroup } from './lexicon.ts';
import { fold } from './normalize.ts';

const set = (words: string[]) => words.map((w) => [w, true] as const);
const map = <V>(record: Record<string, V>) => Object.entries(record);

export interface CompiledPack {
  pack: LanguagePack;
  /** The pack's abbreviations as a set, for the sentence splitter of every document. */
  abbreviations: ReadonlySet<string>;
  /** Every lexicon below, scanned together once per document. */
  group: LexiconGroup;
  numberWords: Lexicon<NumberWord>;
  numberConnectors: Lexicon<true>;
  scaleWords: Lexicon<number>;
  approxNumberNouns: Lexicon<number>;
  vague: Lexicon<number>;
  boundsBefore: Lexicon<Qualifier>;
  frameBounds: Lexicon<Qualifier>;
  boundsAfter: Lexicon<Qualifier>;
  rangeOpeners: Lexicon<string>;
  rangeJoiners: Lexicon<true>;
  population: Lexicon<PopulationWord>;
  modifiers: Lexicon<true>;
  nounBlockers: Lexicon<true>;
  partitives: Lexicon<true>;
  partitivesBefore: Lexicon<true>;
  exceptives: Lexicon<true>;
  returnNegators: Lexicon<true>;
  yieldingStatus: Lexicon<true>;
  partitiveOf: Lexicon<true>;
  among: Lexicon<true>;
  batchAgain: Lexicon<true>;
  batchFirst: Lexicon<true>;
  batchHolds: Lexicon<true>;
  subsetMarkers: Lexicon<true>;
  auxiliaries: Lexicon<true>;
  copulas: Lexicon<true>;
  additives: Lexicon<true>;
  comparisons: Lexicon<true>;
  changeFrom: Lexicon<true>;
  invertedApprox: Lexicon<true>;
  goalVerbs: Lexicon<true>;
  preventVerbs: Lexicon<true>;
  captivity: Lexicon<true>;
  possessives: Lexicon<true>;
  definiteArticles: Lexicon<true>;
  subjectPronouns: Lexicon<true>;
  pronounFrames: Lexicon<true>;
  /** The pack's postposedDigitLinks (on demand). */
  postposedDigitLinks: Lexicon<true>;
  quantifiers: Lexicon<'all' | 'part'>;
  numberOf: Lexicon<true>;
  numbering: Lexicon<true>;
  groupNouns: Lexicon<true>;
  communityNouns: Lexicon<true>;
  groupsAtLarge: Lexicon<true>;
  groupMixers: Lexicon<true>;
  groupOpposers: Lexicon<true>;
  unnamedPlaces: Lexicon<true>;
  /** Regexes for a destination written by case (Russian "в Сирию"), or null. */
  destination: {
    before: RegExp;
    ending: RegExp;
    indeclinable: RegExp | null;
    motion: RegExp | null;
    back: RegExp | null;
  } | null;
  womenDemonym: RegExp | null;
  demonymNounEnding: RegExp | null;
  womenParticiple: RegExp | null;
  /** LanguagePack.speakerGlue, anchored at the name's start (after spaces). */
  speakerGlue: RegExp | null;
  /** LanguagePack.attributionHead, anchored at the attribution phrase's end after a space. */
  attributionHead: RegExp | null;
  /** LanguagePack.speakerDeed, unanchored. */
  speakerDeed: RegExp | null;
  /** LanguagePack.attributionComplements: each folded verb with its folded preposition. */
  attributionComplements: ReadonlyMap<string, string>;
  /** LanguagePack.countryArticles, folded. */
  countryArticles: ReadonlySet<string>;
  /** LanguagePack.rateUnits after the attribution word, anchored at its end; null without any. */
  rateAfter: RegExp | null;
  /** A year opening a speaker's phrase (LanguagePack.speakerYear; a bare year in every language), anchored. */
  speakerYear: RegExp;
  verbEnding: RegExp | null;
  /** LanguagePack.clauseAdverb, compiled; null without it. */
  clauseAdverb: RegExp | null;
  /** LanguagePack.coordinatedVerb, compiled; null without it. */
  coordinatedVerb: RegExp | null;
  pluralVerb: RegExp | null;
  objectPronoun: RegExp | null;
  fighting: Lexicon<boolean>;
  status: Lexicon<Status>;
  notStatus: Lexicon<true>;
  notAttribution: Lexicon<true>;
  responsibilityVerbs: Lexicon<true>;
  deedNouns: Lexicon<true>;
  plannedMarkers: Lexicon<true>;
  nonCountUnits: Lexicon<true>;
  studyPlaces: Lexicon<true>;
  unknownOriginBefore: Lexicon<true>;
  nonCountBefore: Lexicon<true>;
  /** nonCountBefore words that also frame a count of the noun right after the number. */
  countFrameWords: Lexicon<true>;
  placePopulation: { justBefore: Lexicon<true>; inClause: Lexicon<true> };
  ratioJoiners: Lexicon<true>;
  ratioAfter: Lexicon<true>;
  /** "each returnee" before a number in its clause: the number is per person (on demand). */
  ratioBefore: Lexicon<true>;
  /** Verbs sending people out of their subject's country (deported, expelled): on demand. */
  expelVerbs: Lexicon<true>;
  /** Verbs of leaving the country after them: a war zone left is no origin (on demand). */
  leaveVerbs: Lexicon<true>;
  ownCountriesAfter: Lexicon<true>;
  haveWords: Lexicon<true>;
  capitalStates: Lexicon<string>;
  /** "every" right before a number: "بين كل 10 مقاتلين" (on demand). */
  ratioEvery: Lexicon<true>;
  /** agePatterns, then ageNouns: the regexes from ageNounFrom on match a noun of people by their age. */
  ageRegexes: RegExp[];
  ageNounFrom: number;
  /** Per age regex: literals one of which its every match starts with (null: unknown). */
  ageLeads: (string[] | null)[];
  /**
   * Per age regex whose leads are its opening words: literals one of which its every match contains
   * further on ("ans" after "de", "возрасте" after "в"), a second test before the search; else null.
   */
  ageNeeds: (string[] | null)[];
  /** The literals of ageLeads and ageNeeds, numbered: findAges looks them up with a LiteralCursor. */
  ageLiterals: LiteralSet;
  /** ageLeads and ageNeeds as ids in ageLiterals. */
  ageLeadIds: (number[] | null)[];
  ageNeedIds: (number[] | null)[];
  /** The pack's definite prefix, anchored (Arabic ال), or null. */
  definite: RegExp | null;
  /** The pack's definiteSuffix at a word's end; null without one. */
  definiteSuffix: RegExp | null;
  /** A word ending in the pack's possessiveEnding (whole word); null without one. */
  possessive: RegExp | null;
  /** The pack's monthPeriodBefore, as the words ending right before a month. */
  monthPeriod: RegExp | null;
  /** The pack's pluperfectBefore, as the words ending right before a verb. */
  pluperfect: RegExp | null;
  /** The gap before a count ends in a glued conjunction; the gap after one holds one. */
  gluedConjunctionEnd: RegExp | null;
  gluedConjunctionBefore: RegExp | null;
  ordinals: Lexicon<number>;
  ageUnitDuals: Lexicon<true>;
  prepositions: Lexicon<PlaceRole | null>;
  distributive: Lexicon<true>;
  distributiveBefore: Lexicon<true>;
  conjunctions: Lexicon<true>;
  placeLinks: Lexicon<true>;
  originNouns: Lexicon<true> | null;
  attributionBefore: Lexicon<true>;
  attributionVerbs: Lexicon<true>;
  finalAttributionVerbs: Lexicon<true>;
  /** LanguagePack.objectAttributionVerbs. */
  objectAttributionVerbs: Lexicon<true>;
  /** LanguagePack.speakerRelatives. */
  speakerRelatives: Lexicon<true>;
  /** LanguagePack.personRelatives. */
  personRelatives: Lexicon<true>;
  invertedAttributionVerbs: Lexicon<true>;
  speakerTimeWords: Lexicon<true>;
  passiveBefore: RegExp | null;
  relayVerbs: Lexicon<true>;
  accusationVerbs: Lexicon<true>;
  countryShareGap: RegExp | null;
  /** LanguagePack.contrastClause, global; null without one. */
  contrastClause: RegExp | null;
  /** LanguagePack.contrastClause anchored at the end of a gap: a clause it opens starts right after. */
  contrastEnd: RegExp | null;
  relayLinks: Lexicon<true>;
  placePronouns: Lexicon<true>;
  placeNounsBack: Lexicon<true>;
  objectParticles: Lexicon<true>;
  figureWords: Lexicon<true>;
  ageExtremes: Lexicon<true>;
  ageTerms: Lexicon<true>;
  surrenderWithoutPlace: Lexicon<true>;
  personalNumerals: Lexicon<true>;
  bareCountVerbs: Lexicon<true>;
  plannedAfter: Lexicon<true>;
  shareVerbs: Lexicon<true>;
  stateNouns: Lexicon<true>;
  courtNouns: Lexicon<true>;
  lossVerbs: Lexicon<true>;
  strengthWords: Lexicon<true>;
  /** LanguagePack.onePerson, compiled. */
  onePerson: Lexicon<true>;
  /** LanguagePack.verbBeforeCount, compiled. */
  verbBeforeCount: Lexicon<true>;
  /** LanguagePack.vocalisedDual, compiled. */
  vocalisedDual: RegExp | null;
  /** LanguagePack.plannedObjects, compiled. */
  plannedObjectVerbs: Lexicon<true>;
  infinitives: Lexicon<true>;
  feminineOthers: Lexicon<true>;
  missingVerbs: Lexicon<true>;
  deathPhrases: Lexicon<true>;
  sentencingVerbs: Lexicon<true>;
  additivesAfter: Lexicon<true>;
  inciseOpeners: Lexicon<true>;
  restWords: Lexicon<true>;
  forceNouns: Lexicon<true>;
  captureWords: Lexicon<true>;
  earlierMarkers: Lexicon<true>;
  laterMarkers: Lexicon<true>;
  subordinators: Lexicon<true>;
  /** splitVerbs: the words after the count, and the verbs with what they mean with one. */
  /** Each completing word's group: 0 for `after`, k for `groups[k - 1]`. */
  splitWords: Lexicon<number>;
  /** Each verb's meaning by the group of the word completing it. */
  splitVerbs: Lexicon<Partial<Record<number, Status>>>;
  /** particleVerbs: the particle-bearing words before the number, and the verbs with what they mean. */
  /** Each particle's group: 0 for `particles`, k for `groups[k - 1]`. */
  particleWords: Lexicon<number>;
  /** Each verb's meaning by the group of the particle before the count. */
  particleVerbs: Lexicon<Partial<Record<number, Status>>>;
  releaseVerbs: Lexicon<true>;
  exchangeWords: Lexicon<true>;
  otherEvent: Lexicon<true>;
  reportFrames: Lexicon<true>;
  /** LanguagePack.reportGlue, anchored at the issuer's start (after spaces), or null. */
  reportGlue: RegExp | null;
  attributionAnaphors: Lexicon<true>;
  impersonalSpeakers: Lexicon<true>;
  depictionNouns: Lexicon<true>;
  arrivals: Lexicon<true>;
  transfers: Lexicon<true>;
  sends: Lexicon<true>;
  /** receiveVerbs: a state taking in people from a camp. */
  receiveVerbs: Lexicon<true>;
  /** careRecipients: the agencies of care people are handed to ("to UNICEF"): no return. */
  careRecipients: Lexicon<true>;
  holdingPlaces: Lexicon<true>;
  prisonPlaces: Lexicon<true>;
  holdVerbs: Lexicon<true>;
  /** The pack's minorSpeakerMarks, compiled (global, unicode). */
  minorMarks: RegExp[];
  /** Per minor mark: literals one of which its every match contains (null: unknown), to skip windows. */
  minorNeeds: (string[] | null)[];
  speakerEdges: Lexicon<true>;
  addressees: Lexicon<true>;
  attributionObjects: Lexicon<true>;
  restatementMarkers: Lexicon<true>;
  speakerHeads: Lexicon<true>;
  headlineSpeakers: Lexicon<true>;
  relayMarkers: Lexicon<true>;
  /** newsOpeners, and otherEventMarkers, which open news too. */
  newsOpeners: Lexicon<true>;
  speakerPronouns: Lexicon<true>;
  chargeMarkers: Lexicon<true>;
  /** The gap a charge marker may leave before the deed: spaces and at most two of the pack's chargeAuxiliaries. */
  chargeGap: RegExp;
  placeAnaphors: Lexicon<true>;
  groupAnaphors: Lexicon<true>;
  peopleAnaphors: Lexicon<true>;
  citizenshipNouns: Lexicon<true>;
  agentMarkers: Lexicon<true>;
  speakerEdgeLinks: Lexicon<true>;
  objectAdjuncts: Lexicon<true>;
  clauseOpeners: Lexicon<true>;
  /** Relatives opening a clause about the counted people's kin ("whose parents"): on demand. */
  othersRelatives: Lexicon<true>;
  months: Lexicon<number>;
  dayOrdinals: Lexicon<number>;
  /** The pack's relativeDates, compiled (case-insensitive); null without them. */
  relativeDates: RegExp | null;
  /** The pack's weekDates, compiled (case-insensitive); null without them. */
  weekDates: RegExp | null;
  /** The pack's yearWordsBefore, compiled; null where a nationality never follows a number as its noun. */
  yearWordsBefore: RegExp | null;
  /** The pack's impersonalAgentVerb, compiled; null where the language has no such construction. */
  impersonalAgentVerb: RegExp | null;
  /** The pack's frameValueBefore, compiled; null without it. */
  frameValueBefore: RegExp | null;
  /** Media nouns; null for nouns of a release of any kind, whose media the context gives. */
  media: Lexicon<MediaType | null>;
  titleMarkers: Lexicon<true>;
  languageNames: Lexicon<string>;
  subtitleMarkers: Lexicon<true>;
  spokenMarkers: Lexicon<true>;
  minuteWords: Lexicon<true>;
  producerMarkers: Lexicon<true>;
  release: CompiledReleaseWords;
  places: Lexicon<PlaceRef>;
  groups: Lexicon<Affiliation>;
}

/** A short preposition and, at most, one of DETERMINERS before a media noun (see mediaPlaceLead). */
function mediaPlaceLead(determiners: readonly string[]): RegExp {
  const words = determiners.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const det = words.length ? String.raw`(?:(?:${words.join('|')})\s*)?` : '';
  return new RegExp(String.raw`\s(\p{L}{1,4})\s+${det}$`, 'u');
}

/** The pack's release words as lexicons, and the outlets and magazine series of its language. */
export interface CompiledReleaseWords {
  coverWords: Lexicon<true>;
  partNouns: Lexicon<true>;
  issueWords: Lexicon<true>;
  issueOrdinals: Lexicon<number>;
  possessors: Lexicon<true>;
  producerBefore: Lexicon<true>;
  bareTitleStops: Lexicon<true>;
  personWords: Lexicon<true>;
  captionWords: Lexicon<true>;
  /** Outlets; true when the name is also a common word and needs quotes or an outlet noun. */
  outlets: Lexicon<boolean>;
  /**
   * An outlet found in one of its cases (folded) → the name as cited ("аль-хаятом" → "Аль-Хаят"); a
   * stem the gazetteer or the pack's name forms give ("амак*") is kept with its star (see outletName).
   */
  outletBase: Map<string, string>;
  /** Magazine series; true as for outlets. */
  series: Lexicon<boolean>;
  /** A series name found in one of its cases (folded) → the name as cited ("истока" → "Исток"). */
  seriesBase: Map<string, string>;
  /** Series listed with the pack's seriesArticle (الرسالة), as the series lexicon stores them, folded. */
  articleSeries: ReadonlySet<string>;
  subjectVerbAfter: RegExp | null;
  subjectAfterTitle: RegExp | null;
  minuteCompound: RegExp | null;
  hourWords: Lexicon<true>;
  anniversaryWords: Lexicon<true>;
  durationWords: Lexicon<number>;
  titleLocutions: Lexicon<true>;
  vocatives: Lexicon<true>;
  issuePlaceWords: Lexicon<true>;
  titleSubjectVerbs: Lexicon<true>;
  definiteOwnerNouns: Lexicon<true>;
  pressNouns: Lexicon<true>;
  pressGenres: Lexicon<true>;
  namedNouns: Lexicon<true>;
  titleOnlyMarkers: Lexicon<true>;
  titleLinkStops: Lexicon<true>;
  titleConjunctions: Lexicon<true>;
  namingSubjectLeads: Lexicon<true>;
  makerNouns: Lexicon<true>;
  makerLeads: Lexicon<true>;
  /** The platforms of the pack's language (gazetteer/platforms.data.ts). */
  platformWords: Lexicon<true>;
  /** groupBaseNames by their lexicon key, the folded words without stars ("исламск государств", "ан - нуср"). */
  groupBase: Map<string, string>;
  utteranceWords: Lexicon<true>;
  seriesEpithets: Lexicon<true>;
  issueRelatives: Lexicon<true>;
  journalismNouns: Lexicon<true>;
  filmNouns: Lexicon<true>;
  songNouns: Lexicon<true>;
  propagandaWords: Lexicon<true>;
  ownerGroupNouns: Lexicon<true>;
  provinceWords: Lexicon<true>;
  cinemaWords: Lexicon<true>;
  topicWords: Lexicon<true>;
  /** Written forms only: the pack's clitics are not stripped. */
  channelNouns: Lexicon<true>;
  agencyNouns: Lexicon<true>;
  /**
   * A short preposition, with one of the pack's mediaDeterminers, at the end of a text before a media
   * noun: "في ", "in the ", "dans la ", "в этом "; its first group is the preposition.
   */
  mediaPlaceLead: RegExp;
  notTvWords: Lexicon<true>;
  institutionWords: Lexicon<true>;
  wireServices: Lexicon<true>;
  contentVerbs: Lexicon<true>;
  listLeads: Lexicon<true>;
  messageNouns: Lexicon<true>;
  releaseVerbs: Lexicon<true>;
  nameNouns: Lexicon<true>;
}

/** Names marked "?" (ambiguous) keep true; stored as the pack stores names (Arabic without the article). */
function namesLexicon(pack: LanguagePack, names: string[], base?: Map<string, string>): Lexicon<boolean> {
  const { storedForm, nameForms } = pack.places;
  const entries = names.flatMap((n) => {
    const ambiguous = n.startsWith('?');
    const name = ambiguous ? n.slice(1) : n;
    // "5-й номер «Истока»": with BASE, a name in a declining script is found in its cases too, and each
    // case form leads back to the name as the report's language cites it.
    const forms = base && nameForms && CYRILLIC.test(name) && !name.includes('*') ? nameForms(name) : [name];
    return forms.map((form) => {
      // A stem ("Амак*", "Аль-Урва аль-Вуск*") leads back to the name without its star.
      if (base && (!form.includes('*') || (CYRILLIC.test(form) && form.endsWith('*'))))
        base.set(fold(form), name.endsWith('*') ? name.slice(0, -1) : name);
      return [storedForm ? storedForm(form) : form, ambiguous] as const;
    });
  });
  return new Lexicon(entries, pack.clitics ? { clitics: pack.clitics } : {});
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

function articleSeries(pack: LanguagePack): ReadonlySet<string> {
  const article = pack.release?.seriesArticle;
  if (!article) return new Set();
  const { storedForm } = pack.places;
  return new Set(
    (MAGAZINE_SERIES[pack.code] ?? [])
      .map((n) => n.replace(/^\?/u, ''))
      .filter((n) => n.startsWith(article))
      .map((n) => fold(storedForm ? storedForm(n) : n)),
  );
}

function compileReleaseWords(pack: LanguagePack, opts: { clitics?: string }): CompiledReleaseWords {
  const r = pack.release;
  const seriesBase = new Map<string, string>();
  const outletBase = new Map<string, string>();
  return {
    coverWords: new Lexicon(set(r?.coverWords ?? []), opts),
    partNouns: new Lexicon(set(r?.partNouns ?? []), opts),
    issueWords: new Lexicon(set(r?.issueWords ?? []), opts),
    issueOrdinals: new Lexicon(map(r?.issueOrdinals ?? {}), opts),
    possessors: new Lexicon(set(r?.possessors ?? []), opts),
    producerBefore: new Lexicon(set(r?.producerBefore ?? []), opts),
    bareTitleStops: new Lexicon(set([...(r?.bareTitleStops ?? []), ...(pack.clauseOpeners ?? [])]), opts),
    personWords: new Lexicon(set(r?.personWords ?? []), opts),
    captionWords: new Lexicon(set(r?.captionWords ?? []), opts),
    // "видео «Аль-Хаята»", "выпущенный «Ас-Сахабом»": an outlet is found in its cases too.
    outlets: namesLexicon(pack, MEDIA_OUTLETS[pack.code] ?? [], outletBase),
    outletBase,
    series: namesLexicon(pack, MAGAZINE_SERIES[pack.code] ?? [], seriesBase),
    seriesBase,
    articleSeries: articleSeries(pack),
    subjectVerbAfter: r?.subjectVerbAfter ? new RegExp(r.subjectVerbAfter, 'u') : null,
    subjectAfterTitle: r?.subjectAfterTitle ? new RegExp(r.subjectAfterTitle, 'u') : null,
    minuteCompound: r?.minuteCompound ? new RegExp(r.minuteCompound, 'gu') : null,
    hourWords: new Lexicon(set(r?.hourWords ?? []), opts),
    anniversaryWords: new Lexicon(set(r?.anniversaryWords ?? []), opts),
    durationWords: new Lexicon(map(r?.durationWords ?? {}), opts),
    titleLocutions: new Lexicon(set(r?.titleLocutions ?? []), opts),
    vocatives: new Lexicon(set(r?.vocatives ?? []), opts),
    issuePlaceWords: new Lexicon(set(r?.issuePlaceWords ?? []), opts),
    titleSubjectVerbs: new Lexicon(set(r?.titleSubjectVerbs ?? []), opts),
    definiteOwnerNouns: new Lexicon(set(r?.definiteOwnerNouns ?? []), opts),
    pressNouns: new Lexicon(set(r?.pressNouns ?? []), opts),
    pressGenres: new Lexicon(set(r?.pressGenres ?? []), opts),
    namedNouns: new Lexicon(set(r?.namedNouns ?? []), opts),
    titleOnlyMarkers: new Lexicon(set(r?.titleOnlyMarkers ?? []), opts),
    titleLinkStops: new Lexicon(set(r?.titleLinkStops ?? []), opts),
    titleConjunctions: new Lexicon(set(r?.titleConjunctions ?? []), opts),
    namingSubjectLeads: new Lexicon(set(r?.namingSubjectLeads ?? []), opts),
    makerNouns: new Lexicon(set(r?.makerNouns ?? []), opts),
    makerLeads: new Lexicon(set(r?.makerLeads ?? []), opts),
    platformWords: new Lexicon(set(PLATFORMS[pack.code] ?? []), opts),
    groupBase: new Map(
      // Keyed as the gazetteer's lexicon keys its patterns: "ан-Нуср*" as "ан - нуср".
      Object.entries(r?.groupBaseNames ?? {}).map(([stem, name]) => [patternKey(stem), name]),
    ),
    utteranceWords: new Lexicon(set(r?.utteranceWords ?? []), opts),
    seriesEpithets: new Lexicon(set(r?.seriesEpithets ?? []), opts),
    issueRelatives: new Lexicon(set(r?.issueRelatives ?? []), opts),
    journalismNouns: new Lexicon(set(r?.journalismNouns ?? []), opts),
    filmNouns: new Lexicon(set(r?.filmNouns ?? []), opts),
    songNouns: new Lexicon(set(r?.songNouns ?? []), opts),
    propagandaWords: new Lexicon(set(r?.propagandaWords ?? []), opts),
    ownerGroupNouns: new Lexicon(set(r?.ownerGroupNouns ?? []), opts),
    provinceWords: new Lexicon(set(r?.provinceWords ?? []), opts),
    cinemaWords: new Lexicon(set(r?.cinemaWords ?? []), opts),
    topicWords: new Lexicon(set(r?.topicWords ?? []), opts),
    channelNouns: new Lexicon(set(r?.channelNouns ?? [])),
    agencyNouns: new Lexicon(set(r?.agencyNouns ?? [])),
    mediaPlaceLead: mediaPlaceLead(r?.mediaDeterminers ?? []),
    notTvWords: new Lexicon(set(r?.notTvWords ?? []), opts),
    institutionWords: new Lexicon(set(r?.institutionWords ?? []), opts),
    wireServices: new Lexicon(set(r?.wireServices ?? []), opts),
    contentVerbs: new Lexicon(set(r?.contentVerbs ?? []), opts),
    listLeads: new Lexicon(set(r?.listLeads ?? []), opts),
    messageNouns: new Lexicon(set(r?.messageNouns ?? []), opts),
    releaseVerbs: new Lexicon(set(r?.releaseVerbs ?? []), opts),
    nameNouns: new Lexicon(set(r?.nameNouns ?? []), opts),
  };
}

const cache = new Map<string, CompiledPack>();

export function compilePack(pack: LanguagePack): CompiledPack {
  const hit = cache.get(pack.code);
  if (hit) return hit;
  const opts = pack.clitics ? { clitics: pack.clitics } : {};
  const gaz = gazetteerFor(pack);
  const compiled: Omit<
    CompiledPack,
    'group' | 'ageLeads' | 'ageNeeds' | 'ageLiterals' | 'ageLeadIds' | 'ageNeedIds'
  > = {
    pack,
    abbreviations: new Set(pack.abbreviations),
    numberWords: new Lexicon(map(pack.numberWords), opts),
    numberConnectors: new Lexicon(set(pack.numberConnectors.filter((c) => /\p{L}/u.test(c)))),
    scaleWords: new Lexicon(map(pack.scaleWords), opts),
    approxNumberNouns: new Lexicon(map(pack.approxNumberNouns), opts),
    vague: new Lexicon(map(pack.vagueQuantities), opts),
    boundsBefore: new Lexicon(map(pack.boundsBefore), opts),
    frameBounds: new Lexicon(map(pack.frameBounds ?? {}), opts),
    boundsAfter: new Lexicon(map(pack.boundsAfter), opts),
    rangeOpeners: new Lexicon(
      pack.rangeFrames.map(([open, join]) => [open, join] as const),
      opts,
    ),
    rangeJoiners: new Lexicon(set(pack.rangeJoiners.filter((c) => /\p{L}/u.test(c))), opts),
    population: new Lexicon(map(pack.populationWords), opts),
    modifiers: new Lexicon(set(pack.nounModifiers), opts),
    nounBlockers: new Lexicon(set(pack.nounBlockers ?? []), opts),
    partitives: new Lexicon(set(pack.partitives), opts),
    partitivesBefore: new Lexicon(set(pack.partitivesBefore ?? []), opts),
    exceptives: new Lexicon(set(pack.exceptives ?? []), opts),
    returnNegators: new Lexicon(set(pack.returnNegators ?? []), opts),
    yieldingStatus: new Lexicon(set(pack.yieldingStatusWords ?? []), opts),
    partitiveOf: new Lexicon(set(pack.partitiveOf), opts),
    among: new Lexicon(set(pack.amongWords ?? []), opts),
    batchAgain: new Lexicon(set(pack.batchNouns?.again ?? []), opts),
    batchFirst: new Lexicon(set(pack.batchNouns?.first ?? []), opts),
    batchHolds: new Lexicon(set(pack.batchNouns?.holds ?? []), opts),
    subsetMarkers: new Lexicon(set([...pack.subsetMarkers, ...(pack.partitivesBefore ?? [])]), opts),
    auxiliaries: new Lexicon(set(pack.auxiliaries), opts),
    // Dashes are not words the lexicon tokenises: the claim reader checks them itself.
    copulas: new Lexicon(set(pack.copulas), opts),
    additives: new Lexicon(set(pack.additives), opts),
    comparisons: new Lexicon(set(pack.comparisons ?? []), opts),
    changeFrom: new Lexicon(set(pack.changeFrom ?? []), opts),
    invertedApprox: new Lexicon(set(pack.invertedApprox ?? []), opts),
    goalVerbs: new Lexicon(set(pack.goalVerbs ?? []), opts),
    preventVerbs: new Lexicon(set(pack.preventVerbs ?? []), opts),
    captivity: new Lexicon(set(pack.captivity ?? []), opts),
    possessives: new Lexicon(set(pack.possessives), opts),
    definiteArticles: new Lexicon(set(pack.definiteArticles ?? []), opts),
    subjectPronouns: new Lexicon(set(pack.subjectPronouns), opts),
    pronounFrames: new Lexicon(set(pack.pronounFrames ?? []), opts),
    postposedDigitLinks: new Lexicon(set(pack.postposedDigitLinks ?? []), opts),
    quantifiers: new Lexicon(map(pack.quantifiers), opts),
    numberOf: new Lexicon(set(pack.numberOf), opts),
    numbering: new Lexicon(set(pack.numbering ?? []), opts),
    groupNouns: new Lexicon(set(pack.groupNouns ?? []), opts),
    communityNouns: new Lexicon(set(pack.communityNouns ?? []), opts),
    groupsAtLarge: new Lexicon(set(pack.groupsAtLarge ?? []), opts),
    groupMixers: new Lexicon(set(pack.groupMixers ?? []), opts),
    groupOpposers: new Lexicon(set(pack.groupOpposers ?? []), opts),
    unnamedPlaces: new Lexicon(set(pack.unnamedPlaces ?? []), opts),
    womenDemonym: pack.womenDemonym ? new RegExp(pack.womenDemonym, 'u') : null,
    demonymNounEnding: pack.demonymNounEnding ? new RegExp(pack.demonymNounEnding, 'u') : null,
    womenParticiple: pack.womenParticiple ? new RegExp(pack.womenParticiple, 'u') : null,
    speakerGlue: pack.speakerGlue ? new RegExp(`^\\s*(?:${pack.speakerGlue})`, 'u') : null,
    attributionHead: pack.attributionHead ? new RegExp(`(?<=\\s)(?:${pack.attributionHead})$`, 'u') : null,
    speakerDeed: pack.speakerDeed ? new RegExp(pack.speakerDeed, 'u') : null,
    attributionComplements: new Map(
      Object.entries(pack.attributionComplements ?? {}).map(([verb, prep]) => [fold(verb), fold(prep)]),
    ),
    countryArticles: new Set((pack.countryArticles ?? []).map(fold)),
    rateAfter: pack.rateUnits?.length
      ? new RegExp(`^\\s*(?:${alternation(pack.rateUnits)})(?!\\p{L})`, 'u')
      : null,
    speakerYear: new RegExp(
      `^(?:(?:${alternation(pack.speakerYear?.before ?? [])})\\s+)?(?:19|20)\\d\\d` +
        // A year alone ("وفي عام 2022 قالت"): the whole phrase, no one named.
        `(?:\\s+(?:${alternation(pack.speakerYear?.after ?? [])}))?(?:\\s*,?\\s+(?=\\S)|\\s*$)`,
      'u',
    ),
    verbEnding: pack.verbEnding ? new RegExp(pack.verbEnding, 'u') : null,
    clauseAdverb: pack.clauseAdverb ? new RegExp(pack.clauseAdverb, 'u') : null,
    coordinatedVerb: pack.coordinatedVerb ? new RegExp(pack.coordinatedVerb, 'u') : null,
    pluralVerb: pack.pluralVerb ? new RegExp(pack.pluralVerb, 'u') : null,
    objectPronoun: pack.objectPronoun ? new RegExp(`\\p{L}{2}(?:${pack.objectPronoun})$`, 'u') : null,
    destination: pack.destination
      ? {
          before: new RegExp(pack.destination.before, 'u'),
          ending: new RegExp(pack.destination.ending, 'u'),
          indeclinable: pack.destination.indeclinable
            ? new RegExp(`^(?:${pack.destination.indeclinable})$`, 'u')
            : null,
          motion: pack.destination.motion ? new RegExp(`(?:^|\\s)(?:${pack.destination.motion})`, 'u') : null,
          back: pack.destination.back ? new RegExp(`^(?:${pack.destination.back})`, 'u') : null,
        }
      : null,
    fighting: new Lexicon<boolean>(
      [
        ...pack.fighting.map((w) => [w, true] as const),
        ...(pack.notFighting ?? []).map((w) => [w, false] as const),
      ],
      opts,
    ),
    status: new Lexicon(map(pack.statusWords), opts),
    notStatus: new Lexicon(set(pack.notStatus ?? []), opts),
    notAttribution: new Lexicon(set(pack.notAttribution ?? []), opts),
    responsibilityVerbs: new Lexicon(set(pack.responsibilityVerbs ?? []), opts),
    deedNouns: new Lexicon(set(pack.deedNouns ?? []), opts),
    plannedMarkers: new Lexicon(set(pack.plannedMarkers), opts),
    nonCountUnits: new Lexicon(set(pack.nonCountUnits.filter((u) => /\p{L}/u.test(u))), opts),
    studyPlaces: new Lexicon(set(pack.studyPlaces ?? []), opts),
    unknownOriginBefore: new Lexicon(set(pack.unknownOriginBefore ?? []), opts),
    nonCountBefore: new Lexicon(set(pack.nonCountBefore.filter((u) => /\p{L}/u.test(u))), opts),
    countFrameWords: new Lexicon(set(pack.countFrameWords ?? []), opts),
    placePopulation: {
      justBefore: new Lexicon(set(pack.placePopulation?.justBefore ?? []), opts),
      inClause: new Lexicon(set(pack.placePopulation?.inClause ?? []), opts),
    },
    ratioJoiners: new Lexicon(set(pack.ratioJoiners ?? []), opts),
    ratioAfter: new Lexicon(set(pack.ratioAfter ?? []), opts),
    ratioBefore: new Lexicon(set(pack.ratioBefore ?? []), opts),
    expelVerbs: new Lexicon(set(pack.expelVerbs ?? []), opts),
    leaveVerbs: new Lexicon(set(pack.leaveVerbs ?? []), opts),
    ownCountriesAfter: new Lexicon(set(pack.ownCountriesAfter ?? []), opts),
    haveWords: new Lexicon(set(pack.haveWords ?? []), opts),
    capitalStates: new Lexicon(map(pack.capitalStates ?? {}), opts),
    ratioEvery: new Lexicon(set(pack.ratioEvery ?? []), opts),
    // Ages may be spelled out ("under the age of five"): number slots also take a word.
    // Ages may be spelled out after their keyword ("under the age of five"); a slot that opens the
    // pattern stays digits-only, or the pattern would be tried at every word.
    ageRegexes: [
      ...pack.agePatterns.map(
        (p) =>
          new RegExp(
            p.replace(/\(\?<(\w+)>\\d\+\)/g, (slot, name: string, at: number) =>
              at === 0 ? slot : `(?<${name}>\\d+|\\p{L}+)`,
            ),
            'gu',
          ),
      ),
      ...(pack.ageNouns ?? []).map((p) => new RegExp(p, 'gu')),
    ],
    ageNounFrom: pack.agePatterns.length,
    definite: pack.definitePrefix ? new RegExp(`^(?:${pack.definitePrefix})`, 'u') : null,
    definiteSuffix: pack.definiteSuffix ? new RegExp(`(?:${pack.definiteSuffix})$`, 'u') : null,
    possessive: pack.possessiveEnding ? new RegExp(`^[\\p{L}-]+(?:${pack.possessiveEnding})$`, 'u') : null,
    pluperfect: pack.pluperfectBefore ? new RegExp(`(?:^|\\s)(?:${pack.pluperfectBefore})\\s+$`, 'iu') : null,
    monthPeriod: pack.monthPeriodBefore
      ? new RegExp(`(?:^|\\s)(?:${pack.monthPeriodBefore})\\s+$`, 'iu')
      : null,
    gluedConjunctionEnd: pack.gluedConjunctionEnd
      ? new RegExp(`(?:^|\\s)(?:${pack.gluedConjunctionEnd})$`, 'u')
      : null,
    gluedConjunctionBefore: pack.gluedConjunctionBefore
      ? new RegExp(`(?:^|\\s)(?:${pack.gluedConjunctionBefore})`, 'u')
      : null,
    ordinals: new Lexicon(map(pack.ordinals ?? {}), opts),
    ageUnitDuals: new Lexicon(set(pack.ageUnitDuals ?? []), opts),
    prepositions: new Lexicon(map(pack.placePrepositions), opts),
    distributive: new Lexicon(set(pack.distributive), opts),
    distributiveBefore: new Lexicon(set(pack.distributiveBefore ?? []), opts),
    conjunctions: new Lexicon(set(pack.conjunctions.filter((c) => /\p{L}/u.test(c))), opts),
    placeLinks: new Lexicon(set(pack.placeLinks ?? []), opts),
    originNouns: pack.originNouns ? new Lexicon(set(pack.originNouns), opts) : null,
    attributionBefore: new Lexicon(set(pack.attributionBefore), opts),
    attributionVerbs: new Lexicon(set(pack.attributionVerbs), opts),
    finalAttributionVerbs: new Lexicon(set(pack.finalAttributionVerbs ?? []), opts),
    objectAttributionVerbs: new Lexicon(set(pack.objectAttributionVerbs ?? []), opts),
    speakerRelatives: new Lexicon(set(pack.speakerRelatives ?? []), opts),
    personRelatives: new Lexicon(set(pack.personRelatives ?? []), opts),
    invertedAttributionVerbs: new Lexicon(set(pack.invertedAttributionVerbs ?? []), opts),
    speakerTimeWords: new Lexicon(set(pack.speakerTimeWords ?? []), opts),
    passiveBefore: pack.passiveBefore
      ? new RegExp(`(?:^|[^\\p{L}])(?:${pack.passiveBefore})\\s*$`, 'u')
      : null,
    relayVerbs: new Lexicon(set(pack.relayVerbs ?? []), opts),
    accusationVerbs: new Lexicon(set(pack.accusationVerbs ?? []), opts),
    countryShareGap: pack.countryShareGap ? new RegExp(pack.countryShareGap, 'u') : null,
    contrastClause: pack.contrastClause ? new RegExp(pack.contrastClause, 'gu') : null,
    contrastEnd: pack.contrastClause ? new RegExp(`(?:${pack.contrastClause})\\s*$`, 'u') : null,
    relayLinks: new Lexicon(set(pack.relayLinks ?? []), opts),
    placePronouns: new Lexicon(set(pack.placePronouns ?? []), opts),
    placeNounsBack: new Lexicon(set(pack.placeNounsBack ?? []), opts),
    objectParticles: new Lexicon(set(pack.objectParticles ?? []), opts),
    figureWords: new Lexicon(set(pack.figureWords ?? []), opts),
    ageExtremes: new Lexicon(set(pack.ageExtremes ?? []), opts),
    ageTerms: new Lexicon(set(pack.ageTerms ?? []), opts),
    surrenderWithoutPlace: new Lexicon(set(pack.surrenderWithoutPlace ?? []), opts),
    personalNumerals: new Lexicon(set(pack.personalNumerals ?? []), opts),
    bareCountVerbs: new Lexicon(set(pack.bareCountVerbs ?? []), opts),
    plannedAfter: new Lexicon(set(pack.plannedAfter ?? []), opts),
    shareVerbs: new Lexicon(set(pack.shareVerbs ?? []), opts),
    stateNouns: new Lexicon(set(pack.stateNouns ?? []), opts),
    courtNouns: new Lexicon(set(pack.courtNouns ?? []), opts),
    lossVerbs: new Lexicon(set(pack.lossVerbs ?? []), opts),
    strengthWords: new Lexicon(set(pack.strengthWords ?? []), opts),
    onePerson: new Lexicon(set(pack.onePerson?.nouns ?? []), opts),
    verbBeforeCount: new Lexicon(set(pack.verbBeforeCount ?? []), opts),
    vocalisedDual: pack.vocalisedDual ? new RegExp(pack.vocalisedDual, 'u') : null,
    plannedObjectVerbs: new Lexicon(set(pack.plannedObjects?.verbs ?? []), opts),
    infinitives: new Lexicon(set(pack.plannedObjects?.infinitives ?? []), opts),
    feminineOthers: new Lexicon(set(pack.onePerson?.feminineOthers ?? []), opts),
    missingVerbs: new Lexicon(set(pack.missingVerbs ?? []), opts),
    deathPhrases: new Lexicon(set(pack.deathSentences?.phrases ?? []), opts),
    sentencingVerbs: new Lexicon(set(pack.deathSentences?.verbs ?? []), opts),
    additivesAfter: new Lexicon(set(pack.additivesAfter ?? []), opts),
    inciseOpeners: new Lexicon(set(pack.inciseOpeners ?? []), opts),
    restWords: new Lexicon(set(pack.restWords ?? []), opts),
    forceNouns: new Lexicon(set(pack.forceNouns ?? []), opts),
    captureWords: new Lexicon(set(pack.captureWords ?? []), opts),
    earlierMarkers: new Lexicon(set(pack.earlierMarkers ?? []), opts),
    subordinators: new Lexicon(set(pack.subordinators ?? []), opts),
    laterMarkers: new Lexicon(set(pack.laterMarkers ?? []), opts),
    ...splitLexicons(pack, opts),
    ...particleLexicons(pack, opts),
    releaseVerbs: new Lexicon(set(pack.releaseVerbs?.verbs ?? []), opts),
    exchangeWords: new Lexicon(set(pack.releaseVerbs?.exchanges ?? []), opts),
    otherEvent: new Lexicon(set(pack.otherEventMarkers ?? []), opts),
    reportFrames: new Lexicon(set(pack.reportFrames ?? []), opts),
    reportGlue: pack.reportGlue ? new RegExp(`^\\s*(?:${pack.reportGlue})`, 'u') : null,
    attributionAnaphors: new Lexicon(set(pack.attributionAnaphors ?? []), opts),
    impersonalSpeakers: new Lexicon(set(pack.impersonalSpeakers), opts),
    depictionNouns: new Lexicon(set(pack.depictionNouns ?? []), opts),
    arrivals: new Lexicon(set(pack.arrivalVerbs ?? []), opts),
    transfers: new Lexicon(set(pack.transferVerbs ?? []), opts),
    sends: new Lexicon(set(pack.sendVerbs ?? []), opts),
    receiveVerbs: new Lexicon(set(pack.receiveVerbs ?? []), opts),
    careRecipients: new Lexicon(set(pack.careRecipients ?? []), opts),
    holdingPlaces: new Lexicon(set(pack.holdingPlaces ?? []), opts),
    prisonPlaces: new Lexicon(set(pack.prisonPlaces ?? []), opts),
    holdVerbs: new Lexicon(set(pack.holdVerbs ?? []), opts),
    minorMarks: (pack.minorSpeakerMarks ?? []).map((p) => new RegExp(p, 'gu')),
    minorNeeds: (pack.minorSpeakerMarks ?? []).map(requiredLiterals),
    speakerEdges: new Lexicon(set(pack.speakerEdges ?? []), opts),
    addressees: new Lexicon(set(pack.addressees ?? []), opts),
    attributionObjects: new Lexicon(set(pack.attributionObjects ?? []), opts),
    restatementMarkers: new Lexicon(set(pack.restatementMarkers ?? []), opts),
    speakerHeads: new Lexicon(set(pack.speakerHeads ?? []), opts),
    headlineSpeakers: new Lexicon(set(pack.headlineSpeakers ?? []), opts),
    relayMarkers: new Lexicon(set(pack.relayMarkers ?? []), opts),
    newsOpeners: new Lexicon(set([...(pack.newsOpeners ?? []), ...(pack.otherEventMarkers ?? [])]), opts),
    speakerPronouns: new Lexicon(set(pack.speakerPronouns ?? []), opts),
    chargeMarkers: new Lexicon(set(pack.chargeMarkers ?? []), opts),
    chargeGap: alternationGap(pack.chargeAuxiliaries ?? [], 2),
    placeAnaphors: new Lexicon(set(pack.placeAnaphors ?? []), opts),
    groupAnaphors: new Lexicon(set(pack.groupAnaphors ?? []), opts),
    peopleAnaphors: new Lexicon(set(pack.peopleAnaphors ?? []), opts),
    citizenshipNouns: new Lexicon(set(pack.citizenshipNouns ?? []), opts),
    agentMarkers: new Lexicon(set(pack.agentMarkers ?? []), opts),
    speakerEdgeLinks: new Lexicon(set(pack.speakerEdgeLinks ?? []), opts),
    objectAdjuncts: new Lexicon(set(pack.objectAdjuncts ?? []), opts),
    clauseOpeners: new Lexicon(set(pack.clauseOpeners ?? []), opts),
    othersRelatives: new Lexicon(set(pack.othersRelatives ?? []), opts),
    months: new Lexicon(map(pack.months), opts),
    dayOrdinals: new Lexicon(map(pack.dayOrdinals ?? {}), opts),
    // Without the u flag: case-insensitive unicode regexes are many times slower, and these need neither.
    relativeDates: pack.relativeDates ? new RegExp(pack.relativeDates, 'i') : null,
    weekDates: pack.weekDates ? new RegExp(pack.weekDates, 'i') : null,
    yearWordsBefore: pack.yearWordsBefore ? new RegExp(pack.yearWordsBefore, 'u') : null,
    impersonalAgentVerb: pack.impersonalAgentVerb ? new RegExp(pack.impersonalAgentVerb, 'u') : null,
    frameValueBefore: pack.frameValueBefore ? new RegExp(pack.frameValueBefore, 'u') : null,
    media: new Lexicon<MediaType | null>(
      [...map(pack.mediaWords), ...(pack.release?.genericNouns ?? []).map((w) => [w, null] as const)],
      opts,
    ),
    titleMarkers: new Lexicon(set(pack.titleMarkers), opts),
    languageNames: new Lexicon(map(pack.languageNames), opts),
    subtitleMarkers: new Lexicon(set(pack.subtitleMarkers), opts),
    spokenMarkers: new Lexicon(set(pack.spokenMarkers), opts),
    minuteWords: new Lexicon(set(pack.minuteWords), opts),
    producerMarkers: new Lexicon(set(pack.producerMarkers), opts),
    release: compileReleaseWords(pack, opts),
    places: gaz.places,
    groups: gaz.groups,
  };
  // Every lexicon of the pack, however deep a field nests it, is indexed with the document in one pass;
  // of the release words only the series are looked for in every sentence, the others (of, de, в,
  // من... are everywhere) are scanned on demand over the few words around a candidate title.
  // A lexicon listed in ON_DEMAND_LEXICONS is left out too (none now).
  const { release, ...perSentence } = compiled;
  const onDemand = new Set<unknown>(ON_DEMAND_LEXICONS.map((name) => compiled[name]));
  const lexicons = lexiconsIn([perSentence, release.series]).filter((l) => !onDemand.has(l));
  const full: CompiledPack = {
    ...compiled,
    ageLeads: [],
    ageNeeds: [],
    ageLiterals: new LiteralSet(),
    ageLeadIds: [],
    ageNeedIds: [],
    group: new LexiconGroup(lexicons),
  };
  // Age patterns are tried on every sentence with a number; most sentences hold none of their words.
  // A pattern that opens with a number still needs a word of its own ("years", "ans", "лет", "عاما").
  full.ageLeads = full.ageRegexes.map((re) =>
    re.flags.includes('i') ? null : (leadingLiterals(re.source) ?? requiredLiterals(re.source)),
  );
  // Opening words such as في, de, в are in most sentences: the rarer word the pattern needs decides.
  full.ageNeeds = full.ageRegexes.map((re) =>
    re.flags.includes('i') || !leadingLiterals(re.source) ? null : requiredLiterals(re.source),
  );
  full.ageLeadIds = full.ageLeads.map((leads) => leads && full.ageLiterals.idsOf(leads));
  full.ageNeedIds = full.ageNeeds.map((needs) => needs && full.ageLiterals.idsOf(needs));
  cache.set(pack.code, full);
  return full;
}

/**
 * A gap of spaces and at most `most` of the words (folded as the text is), as a regex over the whole
 * gap: "having been" between "for" and "joined".
 */
function alternationGap(words: string[], most: number): RegExp {
  if (!words.length) return /^\s*$/u;
  const escaped = words.map((w) => fold(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^\\s*(?:(?:${escaped.join('|')})\\s+){0,${most}}$`, 'u');
}

/** The pack's split verbs: completing words by group, and each verb's meaning by group. */
function splitLexicons(
  pack: LanguagePack,
  opts: ConstructorParameters<typeof Lexicon>[1],
): Pick<CompiledPack, 'splitWords' | 'splitVerbs'> {
  const groups = pack.splitVerbs ? [pack.splitVerbs, ...(pack.splitVerbs.groups ?? [])] : [];
  const words: [string, number][] = [];
  const verbs = new Map<string, Partial<Record<number, Status>>>();
  groups.forEach((group, k) => {
    for (const w of group.after) words.push([w, k]);
    for (const [verb, status] of Object.entries(group.verbs))
      verbs.set(verb, { ...verbs.get(verb), [k]: status });
  });
  return { splitWords: new Lexicon(words, opts), splitVerbs: new Lexicon([...verbs], opts) };
}

/** The pack's particle verbs: particles by group, and each verb's meaning by group (as splitLexicons). */
function particleLexicons(
  pack: LanguagePack,
  opts: ConstructorParameters<typeof Lexicon>[1],
): Pick<CompiledPack, 'particleWords' | 'particleVerbs'> {
  const groups = pack.particleVerbs
    ? [
        { particles: pack.particleVerbs.particles, verbs: pack.particleVerbs.verbs },
        ...(pack.particleVerbs.groups ?? []),
      ]
    : [];
  const words: [string, number][] = [];
  const verbs = new Map<string, Partial<Record<number, Status>>>();
  groups.forEach((group, k) => {
    for (const w of group.particles) words.push([w, k]);
    for (const [verb, status] of Object.entries(group.verbs))
      verbs.set(verb, { ...verbs.get(verb), [k]: status });
  });
  return { particleWords: new Lexicon(words, opts), particleVerbs: new Lexicon([...verbs], opts) };
}

/** Folded words as a regex alternation, longest first; one that matches nothing when there are none. */
function alternation(words: readonly string[]): string {
  if (!words.length) return '(?!)';
  return [...words]
    .map(fold)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/**
 * Lexicons read only over a few characters beside a rare candidate, scanned there on demand rather than
 * indexed with every document. None now: the rule helpers ask the former ones ("they", "the group",
 * "officials", speaker edges, addressees...) around most numbers and sentences, and each such scan read
 * its tokens' lookups again (6% of a bench profile); indexed with the document, they made the engine 7%
 * faster in CPU time (5 MB bench corpus, interleaved A/B), the same output. The release words other
 * than the series stay on demand (indexing them was 4% slower).
 */
export const ON_DEMAND_LEXICONS: readonly Exclude<
  keyof CompiledPack,
  'group' | 'ageLeads' | 'ageNeeds' | 'ageLiterals' | 'ageLeadIds' | 'ageNeedIds'
>[] = [];

/** The lexicons among these values and the fields of the objects among them, at any depth. */
function lexiconsIn(values: readonly unknown[], out: Lexicon<unknown>[] = []): Lexicon<unknown>[] {
  for (const v of values) {
    if (v instanceof Lexicon) out.push(v);
    else if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype)
      lexiconsIn(Object.values(v), out);
  }
  return out;
}
