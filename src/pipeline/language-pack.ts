// What a language contributes to the engine: data (word lists) and a few patterns.
// Adding a language = adding src/pipeline/languages/xx/ with one of these and registering it.
import type { MediaType, Population, Qualifier, Status } from '../domain/claim.ts';
import type { PlaceRef } from './gazetteer/types.ts';
import type { LexiconMatch } from './lexicon.ts';

export type NumberWordKind = 'unit' | 'multiplier' | 'scale';

export interface NumberWord {
  value: number;
  /** unit: adds (five, twenty); multiplier: multiplies what precedes (hundred, cents, dozen);
   *  scale: closes a group (thousand, million). */
  kind: NumberWordKind;
  /**
   * Its value when a smaller number follows it, joined by a connector: Arabic ألفا is 2,000 alone
   * (the dual in construct, ألفا شخص) but the accusative of ألف before و (ألفا وخمسمائة, 1,500).
   */
  beforeSmaller?: number;
}

export interface PopulationWord {
  population: Population;
  /** citizens, people, nationals: becomes `fighters` when the text says they fight. */
  generic?: boolean;
  /** "cases", "حالة": the people counted are named elsewhere in the clause or the sentence before. */
  deferred?: boolean;
  /** "others", "آخرين", "autres": more of the people counted just before. */
  anaphoric?: boolean;
  /**
   * An adjective that counts people on its own ("120 раненых", the wounded): a noun right after it is
   * the head ("120 раненых военнослужащих"), as after an anaphoric word ("12 autres enfants").
   */
  adjective?: boolean;
  /**
   * An adjective that counts people only standing alone ("5 военных погибли", soldiers): before a word
   * that is neither a verb nor a word of the pack, it is that word's adjective ("5 военных баз").
   */
  substantive?: boolean;
  /** Citizens, nationals: people of some state; with no origin of their own they are the state's named before. */
  citizenship?: boolean;
  /** A nationality the noun itself carries (Kazakhs → KZ), filled in by the gazetteer. */
  origin?: string;
  /** Hostages, civilians, tourists (victim); soldiers, police (opponent): no origin by default. */
  role?: PopulationRole;
  /** A dual form (Arabic طفلان، امرأتين): the noun itself counts two (GUIDELINES.md, Hard cases). */
  dual?: boolean;
  /** Bodies (جثث، جثتين): a people noun right after them ("جثتين لمسلحين", of fighters) says whose. */
  remains?: boolean;
  /** Hostages, captives, the abducted: named in a "number of" frame with no status word, status other. */
  captive?: boolean;
  /**
   * Sons of a place or of a community are its natives (Arabic "أبناء داغستان", "أبناء القبائل"): before a
   * place or one of the pack's communityNouns the noun counts generic people, not children.
   */
  nativesBeforePlace?: boolean;
}

export type PlaceRole = 'from' | 'in' | 'to';

/**
 * Words that make a count the population of a place: people with no link to a conflict (GUIDELINES.md),
 * so no claim, unless the place is a camp or a prison (the pack's holdingPlaces), whose population is
 * people held there (status present). Where they stand decides how far they reach.
 */
export interface PlacePopulationWords {
  /** Nouns of places that take their population as complement, right before the number: "a city of",
   *  "pays de", "peuplée de". Alone they say nothing of a population, so they reach no further. */
  justBefore?: string[];
  /** Words for a place's population, anywhere earlier in the number's clause: "a population of", "с
   *  населением (около)", "يبلغ عدد سكانها". A camp or prison said with them keeps the count ("عدد سكان
   *  المخيم", "the camp, with a population of"). */
  inClause?: string[];
}

/** People a report counts without following them: victims and captives of a group, or its opponents. */
export type PopulationRole = 'victim' | 'opponent';

/** The scripts Tessera tells apart when it splits a text into languages. */
export type Script = 'latin' | 'cyrillic' | 'arabic';

/** A letter of each script. */
export const SCRIPT_LETTERS: Record<Script, RegExp> = {
  latin: /\p{Script=Latin}/u,
  cyrillic: /\p{Script=Cyrillic}/u,
  arabic: /\p{Script=Arabic}/u,
};

/**
 * When two sources are one ("President Tokayev" and "Tokayev"), words of their names are set aside:
 * written as the language spells them, folded when compared.
 */
export interface SourceNameWords {
  /** Function words and reporting verbs: "according to", "said", "по словам", "قال". */
  functionWords: string[];
  /** Beginnings of titles and roles: "minister", "porte-parole" as "porte" and "parole", "министр". */
  titles: string[];
  /** Words that say what kind of speaker or outlet it is, not which: "agency", "authorities", "власти". */
  generic: string[];
  /** Beginnings of words that on their own identify nobody: "sources", "officials", "مصادر". */
  vague: string[];
}

export interface LanguagePack {
  /** ISO 639-1 */
  code: string;
  /** ISO 639-3 code as franc names it. */
  francCode: string;
  /** PostgreSQL text search configuration for reports in this language (its stemmer and stop words). */
  searchConfig: string;
  /**
   * Words that say a count is a total ("in total", "since 2019"), one event ("on Thursday", "a new
   * group of") or a stock ("remain", "are still held"): regular-expression sources in lower case, folded
   * when compiled as the text they are matched on is (text/fold.ts), so written as the language spells them.
   */
  scopeMarkers: Record<'total' | 'event' | 'stock', string[]>;
  /**
   * Regex source of a letter glued before a scope marker (Arabic و ف ب ل): the markers then match as
   * the start of a word, whose end inflects, instead of as whole words.
   */
  scopeMarkerPrefix?: string;
  /**
   * Entries the engine reads as a status or a people only beside a count ("went", "are in", "members"),
   * and, marked `media:`, media words that name much else ("issue", "message"): alone in a search they
   * would match most reports, so search by concept (text/concepts.ts) leaves them out. Each must be an
   * entry of this pack (a test checks).
   */
  tooGeneralToSearch?: string[];
  /** Words of sources' names that say who is quoted, not who it is (see analysis/sources.ts). */
  sourceNames: SourceNameWords;
  /** The script the language is written in: only languages of a text's script compete to read it. */
  script: Script;
  /**
   * Frequent short words rarely shared with the other languages of its script (articles, copulas,
   * prepositions), lower case: a count of them tells a paragraph in this language inside a report in
   * another of the same script, at almost no cost. Needed once two packs share a script.
   */
  functionWords?: string[];
  /** Regex source for clitics glued before words (Arabic و، ب، ال). */
  clitics?: string;
  /** Whether "1,5" is a decimal (fr, ru) rather than 1,5xx grouping. */
  decimalComma: boolean;
  /** Spelled-out numbers, folded, e.g. five: 5 unit; hundred: 100 hundred; thousand: 1000 scale. */
  numberWords: Record<string, NumberWord>;
  /** Words allowed between number words: "and", "-", "و", "et". */
  numberConnectors: string[];
  /** Scale words after digits: "thousand", "million", "тыс", "آلاف". */
  scaleWords: Record<string, number>;
  /** Approximate round numbers: "a hundred" → no, but "une centaine": 100, "около сотни". */
  approxNumberNouns: Record<string, number>;
  /** Vague quantities: "hundreds" → 200 (a floor), kept apart with qualifier vague. */
  vagueQuantities: Record<string, number>;
  /** Words before a number that bound or hedge it. */
  boundsBefore: Record<string, Qualifier>;
  /** Words after the counted noun: "or more", "على الأقل". */
  boundsAfter: Record<string, Qualifier>;
  /**
   * Verbs that bound a number only from before a "number of" frame ("يزيد عدد X على N", more than): a
   * word that alone before a number is no bound (a name, a verb of another sense).
   */
  frameBounds?: Record<string, Qualifier>;
  /** Regex source allowed between a bound word and the number (e.g. Arabic ب). */
  boundGap?: string;
  /** Range frames: [opening, joiner] as in between A and B, from A to B. */
  rangeFrames: [string, string][];
  /** Words that link two numbers of a range directly: "to", "or", "до". */
  rangeJoiners: string[];
  populationWords: Record<string, PopulationWord>;
  /** Modifiers that may stand between a number and its noun: "foreign", "young", "more". */
  nounModifiers: string[];
  /** Words that cannot stand between a number and its noun (auxiliaries, relatives): "300 have children". */
  nounBlockers?: string[];
  /**
   * Regex source for a definite noun's prefix (Arabic ال with its clitics): "N منهم" counts part of
   * the nearest definite people named before it, which may be other than the last count.
   */
  definitePrefix?: string;
  /** Regex source for a pronoun suffix that makes a noun definite: Arabic أطفالهن الـ7, "their seven children". */
  definiteSuffix?: string;
  /**
   * Regex source for the ending that makes a word its owner's (English "'s", "s'"): between a share's
   * "of" and its whole ("40 per cent of the camp's 9,000 residents") the owner's words may stand.
   */
  possessiveEnding?: string;
  /**
   * Regex source for the preposition (and its glued clitics) that makes a month a period, not a day's
   * month: "in June", "в марте", "en mars", "في مارس"; matched on the words right before the month.
   */
  monthPeriodBefore?: string;
  /**
   * Regex source for the auxiliary of a pluperfect right before a verb ("had", "had been", "avait
   * été"): a main verb in it tells of a time before the relative clause it follows ("The 25 children
   * who were repatriated had been held in a camp"), so the clause's verb gives the status.
   */
  pluperfectBefore?: string;
  /**
   * Regex sources for a conjunction glued to the word after it, which joins clauses as a separate
   * one does (Arabic "و" in "وفي العراق"): at the end of the gap before a number, and in the gap after
   * one (lookahead for what it glues to).
   */
  gluedConjunctionEnd?: string;
  gluedConjunctionBefore?: string;
  /**
   * Nouns for an armed group as such ("the group", "التنظيم", "организация"): "N من التنظيم" counts its
   * fighters, and "the number of the organisation's fighters" is its size, not people a report follows.
   */
  groupNouns?: string[];
  /**
   * Communities a place-born people noun may be "of" ("القبائل", "المحافظة", "الجالية"): after a noun
   * marked nativesBeforePlace they make it count the community's people (PopulationWord).
   */
  communityNouns?: string[];
  /**
   * Armed groups at large, not one group ("armed groups", "groupes", "группировок", "جماعات"): people
   * said to fight in them belong to no one group (GUIDELINES.md `affiliation`).
   */
  groupsAtLarge?: string[];
  /** Words that make a named group one of several: "and other (groups)", "(groups,) including X", "dont", "وغيره". */
  groupMixers?: string[];
  /** Words before the group people fight: "against", "contre", "против", "ضد". It is not theirs. */
  groupOpposers?: string[];
  /**
   * Places said without a country ("the Middle East", "conflict zones", "بؤر التوتر"): a count its clause
   * places there has no location code, and takes none from the sentences before or the report's topic.
   */
  unnamedPlaces?: string[];
  /** Endings that make a nationality word look like a country name after a number (Arabic سوريًا). */
  demonymCaseEndings?: string[];
  /** "of them", "منهم", "из них": the count takes its noun from the one before. */
  partitives: string[];
  /** The same standing before the number: "из них 200", "dont 300", "of whom 18". */
  partitivesBefore?: string[];
  /**
   * Words of exception right before a headless count after a negated verb, "but" meaning "only": "لم يعد
   * منهم سوى 40" (only 40 of them came back). The count is a part of the one before, or of "منهم".
   */
  exceptives?: string[];
  /**
   * Particles that deny the return verb right after them, or that open a status word listing the denied
   * verb whole: "200 امرأة لم تعد إلى بلدانها" (200 women have not gone back), "لم تتم إعادة 70 امرأة".
   * The denied return leaves them where they are (present), unless a word of exception (exceptives)
   * follows in its clause: "لم يعد منهم سوى 40" (only 40 of them came back) is a return.
   */
  returnNegators?: string[];
  /**
   * Status words that say only that something was done to the count, yielding to any status word before
   * them in their clause: "انتهاكات بحق 45 طفلا" (violations against 45 children) is other, but "أحكام
   * بالسجن بحق 12 عائدا" is the sentence's detained; so does "wanted", which says only that they are sought
   * ("اعتقلت القوات 19 مطلوبا" were arrested). Each must also be a status word.
   */
  yieldingStatusWords?: string[];
  /** Auxiliaries and adverbs that may stand between a count and its verb: have, been, ont été, уже. */
  auxiliaries: string[];
  /** Words linking a count to what it is said to be: "N are women", "N étaient tunisiens", "N — граждане". */
  copulas: string[];
  /** Before a count, "another", "a further", "ещё": it adds to people counted just before. */
  additives: string[];
  /**
   * One person named by a masculine singular noun, and the feminine forms of "others": the others counted
   * after one such person with no count before them in the sentence ("قتل طفل وأصيب اثنان آخران") are
   * more of that noun's people when "others" is masculine too. After a woman or a girl, or with a
   * feminine "others", they stay people ("قتلت امرأة وأصيب أربعة آخرون").
   */
  onePerson?: { nouns: string[]; feminineOthers: string[] };
  /**
   * People nouns that are also a verb in the same letters, read as the verb right before a count: Arabic
   * "وأسر ثلاثة آخرون" (and captured three others), where أسر (families) would otherwise be the noun the
   * numeral follows or the one person "others" take their kind from.
   */
  verbBeforeCount?: string[];
  /**
   * A regex source (the original, vocalised word) for the ending that marks a plural people noun as a dual
   * when its vowels are written: Arabic "مسلحَين" (two gunmen, fatha before the ending) against the plural
   * "مسلحِين". Folding drops the vowels, so only the original text tells them apart. None: no such reading.
   */
  vocalisedDual?: string;
  /**
   * Verbs of expecting or wanting whose object is the count, and the infinitive marker between the counted
   * phrase and a verb of return after it: "expects 40 more children to return", "wants the 12 women to come
   * home" (a return still to come: present). Verbs of letting ("allowed 40 to return") are not listed: the
   * return they let happen is often done.
   */
  plannedObjects?: { verbs: string[]; infinitives: string[] };
  /**
   * Before a count with no noun, after another count: "compared with", "مقارنة بـ", "مقابل". The count
   * set against the one before counts the same people ("2,500 … compared with 1,300 a year before").
   */
  comparisons?: string[];
  /**
   * Words of a change right before "from A to B": "passant de 80 à 160", "est passé de". The two numbers
   * are two counts, before and after, not a range.
   */
  changeFrom?: string[];
  /**
   * Nouns that, set right before a number word, make the count approximate by inversion: Russian
   * "человек двадцать" (about twenty people). The noun is the count's and the count is `approx`; not
   * after another number ("12 человек двадцать лет назад") nor before a unit ("человек двадцать лет").
   */
  invertedApprox?: string[];
  /**
   * Verbs that bring a figure to a value their bound word then introduces past the object: Russian
   * "довели число детей до 320", "доведя общее число до 320" (to 320, not up to 320). Such a bound word
   * later in the clause is the goal of the verb, and the count stays exact.
   */
  goalVerbs?: string[];
  /**
   * Verbs of keeping people from an act, right before the count they take as object: "avoir empêché
   * 27 000 jeunes de rejoindre", "dissuadé 500 jeunes de partir". The act after the noun was not done:
   * status other.
   */
  preventVerbs?: string[];
  /**
   * Status words of captivity under an armed group ("в плену у боевиков", "в заложниках", "en otage",
   * "hostage"): with a verb of being there in their clause ("находились", "sont retenus"), the people are
   * its victims (status other), as a prison in that clause makes them detained.
   */
  captivity?: string[];
  /** "all of them", "most of them", "جميعهم", "большинство из них": what follows is said of the count. */
  quantifiers: Record<string, 'all' | 'part'>;
  /** Pronouns that name people counted before as the subject of a clause: they, ils, tous, они, все, هم. */
  subjectPronouns: string[];
  /**
   * Frames of numbering that hold their own pronoun, right before a count: "их было 23", "их стало 40".
   * They count the people counted before, or people when no count stands before (as "ils sont 37").
   */
  pronounFrames?: string[];
  /** Definite determiners before a count: "the 19 militants", "les six captifs" name people counted before. */
  definiteArticles?: string[];
  /** Possessives before a counted noun: "its nationals", "ses citoyens", "своих граждан". */
  possessives: string[];
  /** Pronoun suffixes that make a noun possessed (Arabic مواطنيها "its citizens"). */
  possessiveSuffixes: string[];
  /** Before a count, words that make it part of the count before: "including", "dont", "в том числе". */
  subsetMarkers: string[];
  /** "of the" in "400 of the 3,417 fighters". */
  partitiveOf: string[];
  /**
   * Words that open a whole right before a count with no noun of its own but a nationality ("بين
   * الأطفال 9 سودانيين", among the children, 9 Sudanese): the part is of the whole's people.
   */
  amongWords?: string[];
  /**
   * A batch of people said again (Arabic الدفعة، القافلة، الرحلة) before a count in its clause, with
   * the words that first told of it (دفعة، قافلة، رحلة): the count is of the people the batch was
   * said to bring, in a sentence before.
   */
  batchNouns?: {
    again: string[];
    first: string[];
    /**
     * Verbs of what a batch holds (تضم، ضمت، تقل): "تسلمت الحكومة الدفعة الخامسة، وتضم 154 عائلة" counts
     * the people the batch brought back in the same sentence.
     */
    holds?: string[];
  };
  /** Words between a noun and its count: "the foreigners, numbering 6,612", "البالغ عددهم". */
  numbering?: string[];
  /** "number of" in "the number of children reached 300". */
  numberOf: string[];
  /** A regex source (normalised) for the ending of a nationality noun that names women: Russian
   *  казахстанок, сирийки, узбечек (the suffix -к-), French tunisiennes. */
  womenDemonym?: string;
  /** A regex source (lower-case, accents kept: the original text) for the ending of a feminine plural
   *  participle that makes a nationality of both genders name women: French « 70 Tchétchènes sont détenues ». */
  womenParticiple?: string;
  /** A dash stands for the present copula ("68 из них — уроженки Дагестана"). */
  dashCopula?: boolean;
  /**
   * A regex source (normalised) for the ending of a nationality used as a plural noun (English "Kazakhs",
   * "Tunisians"). A nationality without it, coordinated with the next count's nationality and noun, is an
   * adjective whose noun is left out and shared: "40 Kazakh and 30 Uzbek women" counts women twice, while
   * "40 Kazakhs and 30 Uzbek women" counts people, then women. None: no such ellipsis is read.
   */
  demonymNounEnding?: string;
  /** A regex for the endings of finite verbs and short participles ("погибли", "ранены"), or none. */
  verbEnding?: string;
  /**
   * A regex source (the original word) for the one adverb that may stand between the auxiliaries of
   * "including N who …" and its status verb, the verb then being the part's own: "including 40 who were
   * later released", "dont 80 qui ont ensuite été libérés". None: only auxiliaries may stand there.
   */
  clauseAdverb?: string;
  /**
   * A regex source (lower-case, accents kept: the original text, NFC) for a word that, alone (past its
   * auxiliaries) between a conjunction after a count and the next count, is the second conjunct's own verb:
   * "recruited 40 men and attacked 12 soldiers", "recruté 40 garçons et livré 12 filles", "завербовала 40
   * мужчин и атаковала 12 солдат". The earlier verb does not govern that count; what the verb did to them is
   * unknown to the lexicon: status other. Verbs of counting ("recorded", "recensé") are left out.
   */
  coordinatedVerb?: string;
  /**
   * The prefix that puts a verb in the future (Arabic س: ستعيد, will bring back). A return verb with it
   * is a return to come: not made yet (its own lexicon entry says so), but still the state that brings
   * its people home (their origin), as "plans to bring back" is.
   */
  futurePrefix?: string;
  /**
   * A regex source for a finite verb in the plural, whole word (Arabic يقتادون، يحرسون، قادوا): after a
   * count, such a verb right before "others" makes them its object, other people.
   */
  pluralVerb?: string;
  /**
   * A regex source for the object pronoun a status verb after a counted noun carries when it opens a
   * relative clause of it (Arabic "42 طفلا جندتهم الجماعة", the children the group recruited): what
   * others did to them before, which yields to a main verb before the count. None: no such clauses.
   */
  objectPronoun?: string;
  /** Russian marks a destination by case ("в Сирию", "в Казахстан": where to; "в Сирии": where).
   *  Regex sources (normalised text): the text right before a place, and the place's ending.
   *  `indeclinable`: places whose form shows no case ("Косово", "Мали", "Баку"), whole name; "в" before
   *  one is "to" only beside `motion`, a verb of coming or going (stem), the word before "в" or one of
   *  the words after the place in its clause ("в Косово вернулись", "вернулись в Косово").
   *  `back`: stems of verbs that bring people back ("возвращены", "репатриированы"); with a place they
   *  are taken from, a war-torn destination is their home ("возвращены из лагеря аль-Холь в Ирак"). */
  destination?: { before: string; ending: string; indeclinable?: string; motion?: string; back?: string };
  /** Words for fighting: a generic noun with one of these counts fighters. */
  fighting: string[];
  /** Phrases that contain a fighting word but say where, not who: "conflict zone", "зона боевых действий". */
  notFighting?: string[];
  /** Free word order: a number word may end its clause after what it counts ("Детей было семеро"). */
  numeralAfterNoun?: boolean;
  /**
   * Where numeralAfterNoun holds, the links right before a number in digits that let it end its clause
   * after the noun it counts as a number word does ("Детей среди них было 30"); a dash does so too
   * ("Из них детей – 30"). Without a link, digits there are no count (a house, an article, a page).
   */
  postposedDigitLinks?: string[];
  /** Verb-first languages: a fighting word just before the count also makes it fighters. */
  fightingBeforeCount?: boolean;
  /**
   * Verb-first languages: the particles that open a verb's object ("أفرجت الجماعات المسلحة عن 183 طفلا",
   * "قبضت الشرطة على 5 رجال"). Between the verb and one of them right before the count stands the verb's
   * subject, whatever people it names, so the verb governs the count.
   */
  objectParticles?: string[];
  statusWords: Record<string, Status>;
  /** Phrases holding a status word that say nothing of what happened: "home governments", "pays d'accueil". */
  notStatus?: string[];
  /** Phrases in which an attribution verb says nothing of a speaker ("an estimated", "claimed by"). */
  notAttribution?: string[];
  /**
   * Attribution verbs that, with a deed as their object, take responsibility rather than state a count:
   * "claimed" in "ISIS-K claimed the Kabul airport bombing, which killed 170". Read with deedNouns.
   */
  responsibilityVerbs?: string[];
  /**
   * Nouns of a deed of violence (attack, bombing, siege) that a responsibilityVerb may take as object,
   * past an article and up to three words that name it ("the Mogadishu hotel siege"); the deed must end
   * its clause, so "claimed the attack killed 40" still says who counted.
   */
  deedNouns?: string[];
  /** Modals and words of intention before a status verb: a planned return is not a return. */
  plannedMarkers: string[];
  /** Units that make a number something other than people: years, minutes, dollars, videos. */
  nonCountUnits: string[];
  /**
   * Places of study abroad: people brought back from them ("380 students recalled from foreign
   * universities") are not returned from a conflict, and so no claim (GUIDELINES.md, Hard cases).
   */
  studyPlaces?: string[];
  /**
   * Words right before a count that say its people's nationality is in question ("the nationality of
   * 268 children remained undetermined"): the text gives them no origin, and none is inherited.
   */
  unknownOriginBefore?: string[];
  /** Words joining the two numbers of a ratio: "un enfant sur trois", "one in five" (not counts). */
  ratioJoiners?: string[];
  /** After a counted phrase, words that make it a ratio, not a count: "per million", "на миллион жителей". */
  ratioAfter?: string[];
  /**
   * "Each" and one person before a number in its clause, "يحتاج كل عائد إلى 40 ضابطا" (each returnee
   * needs 40 officers): the number is per person, a ratio, not a count (GUIDELINES.md, Hard cases).
   */
  ratioBefore?: string[];
  /**
   * Return verbs that send people out of the country doing it ("رحلت الجزائر 5 مقاتلين", Algeria
   * deported 5 fighters): that country is where they were, not where they come from; so is a
   * from-place right after the verb ("expulsés de Turquie").
   */
  expelVerbs?: string[];
  /**
   * Verbs of leaving a country named right after them (« ont quitté la Syrie », "покинули Сирию"): a war
   * zone (CONFLICT_ZONES) they leave is where they were, never where they come from; a country at peace
   * left for the war ("ont quitté l'Allemagne pour la Syrie") stays their own (placePrepositions' from).
   */
  leaveVerbs?: string[];
  /**
   * Phrases after a count of people brought back that send them to countries of their own, other than
   * the state bringing them ("أعادت تركيا 200 طفل إلى بلدانهم", to their countries): that state is not
   * their origin.
   */
  ownCountriesAfter?: string[];
  /**
   * Capitals standing for their state, word → country code ("Paris a rapatrié 35 enfants", "Moscow
   * returned 20 children"): read only as the subject of a return verb, never as a place of the text.
   */
  capitalStates?: Record<string, string>;
  /**
   * "Every" right before a number, with no article: "بين كل 10 مقاتلين أجانب" (among every 10 foreign
   * fighters) is the base of a ratio, not a count.
   */
  ratioEvery?: string[];
  /** Words before a number that make it something else: aged, age of, page, No. */
  nonCountBefore: string[];
  /**
   * Words of nonCountBefore that also frame a count: "في عددها 12" is a magazine's issue, "وعددها 94
   * عائلة" (numbering 94 families) a count, kept when a counted noun follows the number directly; or a
   * nationality noun, where the word stands in the text as spelled here, accents and all (French « des
   * 1200 Tunisiens », not « dès », which folding makes the same).
   */
  countFrameWords?: string[];
  /** Words that make a count the population of a place (a town, a region, a country). */
  placePopulation?: PlacePopulationWords;
  /** Regex sources (normalised text) for age restrictions; named groups min / max / under / over. */
  agePatterns: string[];
  /**
   * Regex sources (normalised text) for plural nouns that name people by their age ("15-year-olds",
   * "under-15s", "over-60s", "under-fives"), with agePatterns' named groups (min / max / under / over /
   * exact; a word may stand for the number, in the plural: "fives"). Each is the count's noun and its age
   * at once: children when the age stays under 18, people otherwise.
   */
  ageNouns?: string[];
  /**
   * Words right before an age that make it one member's, not the group's ("the youngest of them",
   * "أصغرهم", "أحدهم"): an extreme bounds no one else (GUIDELINES.md, Hard cases).
   */
  ageExtremes?: string[];
  /**
   * Words just before an age-like span, or right after it, that make it a prison term, not an age:
   * "sentenced to terms of 8 to 12 years", "к срокам от 8 до 12 лет", "à des peines de 8 à 12 ans". The
   * span's numbers stay no count, and no count takes it for its age.
   */
  ageTerms?: string[];
  /**
   * Verbs of going that mean giving oneself up when no place follows them in their clause: « 40
   * combattants se sont rendus » (surrendered: status other) against « se sont rendus en Syrie » (went: the
   * status lexicon's own reading). Each is also in the status lexicon.
   */
  surrenderWithoutPlace?: string[];
  /**
   * Number words that count people by their grammar alone (Russian collective numerals: двое, трое,
   * пятеро): with no noun and nothing counted before, a verb of what befell them right beside them ("В
   * Дагестане задержаны пятеро") makes them a count of people.
   */
  personalNumerals?: string[];
  /**
   * Verbs of harm or return that make a bare number a count of people with nothing counted before: right
   * after it when it opens its clause ("Mali: 16 killed in attack on army post", "40 were abducted"), or
   * right before it when a preposition or the clause's end follows ("RSF kills 200 in Darfur village",
   * "Kosovo brings home 110 from Syria"). Each is also a status word.
   */
  bareCountVerbs?: string[];
  /**
   * Words after a count that make the return it is part of one still to come: "un rapatriement de 40
   * mineurs est prévu", "a repatriation of 40 minors is planned", "возвращение 40 детей запланировано".
   */
  plannedAfter?: string[];
  /**
   * Verbs of a share, between a country and a count, that make the country the count's origin:
   * "Uzbekistan alone accounts for 1,500 of them", "на Узбекистан приходится 1500".
   */
  shareVerbs?: string[];
  /**
   * Words of having that make a country the count's origin: before the country, "لدى المغرب 1,659
   * مقاتلا في سوريا" (Morocco has 1,659 fighters in Syria), or after it, "تونس لديها 3 آلاف". A war zone
   * or a count of people held is no origin (a country has detainees in its prisons).
   */
  haveWords?: string[];
  /**
   * Nouns of a state's authorities that a nationality qualifies ("the Russian authorities", "السلطات
   * الروسية"): people handed to them go to that country, as if it were named.
   */
  stateNouns?: string[];
  /**
   * Nouns of courts and prosecutors ("محكمة تونسية", "a Tunisian court"), and of the police that arrests
   * ("la police du Daghestan"): the nationality or the place that qualifies one is the country that holds
   * or tries people (their location), not theirs, nor a country bringing them back.
   */
  courtNouns?: string[];
  /** Words right after a count without a noun that add more of the people counted before ("two more"). */
  additivesAfter?: string[];
  /**
   * Words that open an incise set off by commas right after a count, between it and its verb: a hedge or an
   * attribution ("120, semble-t-il, sont morts", "ещё 300, как полагают, погибли"). The incise, closed by a
   * comma and holding no count, is read past: the count's verb is the one after it.
   */
  inciseOpeners?: string[];
  /**
   * "The others", "the rest" as a subject a count is set off after by commas: "les autres, une centaine,
   * sont toujours dans les camps", "остальные, около 70, находятся в Багдаде". The count is of the people
   * counted before, and its verb follows the closing comma.
   */
  restWords?: string[];
  /**
   * Verbs of losing people that mean they were killed when the count is their object, right after them
   * ("the army lost 14 soldiers", "потеряла 14 военнослужащих"), or past the subject in a verb-first language
   * ("فقد الجيش 14 جنديا"); elsewhere ("lost their parents") no status. Right before the count, a verb
   * that is also in missingVerbs says they went missing.
   */
  lossVerbs?: string[];
  /**
   * Words that, right after a count (a hyphen or a space between), give the strength of a force or an
   * armed group: "a 300-strong force", "the militia is 400 strong". The count is of its fighters.
   */
  strengthWords?: string[];
  /**
   * Verbs of going missing that say so only of the count right after them (its bound between): Arabic
   * unvowelled فقد is فُقد (went missing) before a number ("فقد 40 شخصا", status other) and the particle
   * ف + قد before a verb ("فقد سافر 40"); elsewhere no status.
   */
  missingVerbs?: string[];
  /**
   * The death penalty as the complement of a verb of sentencing ("sentenced 11 men to death", "condamné à
   * mort", "приговорили к смертной казни"), and those verbs: a word of death inside such a phrase is the
   * sentence (detained), not a killing ("stoned to death" has no verb of sentencing and stays killed).
   */
  deathSentences?: { phrases: string[]; verbs: string[] };
  /**
   * Nouns of a state's armed forces ("القوات", "الجيش", "الشرطة"): the nationality after one names the
   * state whose force it is. Members of such a force said to be taken captive (captureWords in the
   * clause) come from that state, even when it is a conflict zone ("أسر 12 عنصرا من القوات العراقية").
   */
  forceNouns?: string[];
  /**
   * Words of taking people captive ("أسر", "أسرى", "اختطف"): see forceNouns. People a verb of capture
   * before them takes (status other) are captives, who take no origin from the report's topic.
   */
  captureWords?: string[];
  /**
   * Words before a verb that put its event first ("after", "après", "после", "بعد"): "detained after
   * being repatriated" was brought home before being held.
   */
  earlierMarkers?: string[];
  /**
   * Conjunctions that open an adverbial clause with a subject of its own (when, because, عندما, когда,
   * lorsque): in "قتل طفلان عندما أصابت القذيفة المدرسة" the verb past one is that clause's, and says
   * nothing of the people counted right before it.
   */
  subordinators?: string[];
  /**
   * Conjunctions before a verb that put its event after the one before ("قبل أن": before): "احتجزن في
   * المخيم قبل أن تتم إعادتهن" were held, then brought home; their "that" opens no clause of its own.
   */
  laterMarkers?: string[];
  /**
   * Verbs completed by a word after the counted phrase, the count (their subject or object) standing
   * between: `after` are those words, `verbs` what each verb means with one. Arabic puts the subject between
   * a verb and its reflexive object ("سلم 40 مقاتلا أنفسهم", gave themselves up: detained; "فجر 3
   * انتحاريين أنفسهم": killed); English the object between a verb and its particle ("brought 40 children
   * back", "handed 14 women over to Russia": returned).
   */
  splitVerbs?: {
    after: string[];
    verbs: Record<string, Status>;
    /**
     * Further verbs, each group with its own completing words: "غادرت 45 عائلة مخيم الهول" (left the
     * camp), "وصل 40 طفلا إلى ألماتي" (arrived in). A verb means what its group says only with that
     * group's words; with a word of the first group and no status of its own there, it is not read.
     */
    groups?: { after: string[]; verbs: Record<string, Status> }[];
  };
  /**
   * A verb whose object comes behind a particle glued to the count's bound, with the subject between:
   * "دفعت الجماعة بأكثر من 300 طفل" (the group pushed more than 300 children). `particles` are the
   * particle-bearing words right before the number, `verbs` what the verb means with them.
   */
  particleVerbs?: {
    particles: string[];
    verbs: Record<string, Status>;
    /**
     * The particle as a clitic glued to the number itself, read as one of `particles`: "دفعت الميليشيا
     * بتسعة أطفال", "دفعت الجماعة بـ300 طفل" (ب).
     */
    gluedParticle?: string;
    /**
     * Other particles with their own meanings of the verbs: "قضت وحدات الجيش على 4 إرهابيين" (put an end
     * to: killed) where "قضت … بسجن" is a sentence (detained).
     */
    groups?: { particles: string[]; verbs: Record<string, Status> }[];
  };
  /**
   * Verbs of setting free ("أطلق سراح", "أفرج عن"): a release of prisoners ("40 سجينا", "من سجن …") is
   * no return home but the end of a detention (status other), unless an exchange (`exchanges`: "صفقة
   * تبادل") hands them back to their side.
   */
  releaseVerbs?: { verbs: string[]; exchanges: string[] };
  /** Ordinal words used in ages ("under the age of ten", "دون سن العاشرة"). */
  ordinals?: Record<string, number>;
  /**
   * The dual of an age's unit, a number by itself in an age's slot: "تتراوح أعمارهم بين عامين و14 عاما"
   * (between two years and 14), "بعمر سنتين". Read as 2 there only; elsewhere ("منذ عامين") no age.
   */
  ageUnitDuals?: string[];
  /** Prepositions that give a place mention its role; null for a phrase that holds a preposition but
   *  gives no role ("بما في ذلك", including: its في is no "in"). */
  placePrepositions: Record<string, PlaceRole | null>;
  /** "each" in distributive counts: 500 each from A and B. */
  distributive: string[];
  /** Distributive words before the number: Russian "по 50 детей". */
  distributiveBefore?: string[];
  /** Words that may link a place to the counted phrase besides prepositions: "of the", "other countries". */
  placeLinks?: string[];
  /**
   * Nouns for descent between "of" and a nationality ("d'origine ouzbèke", "of Tajik descent"). A pack
   * that lists them also has a nationality after "of" and another noun qualify that noun instead.
   */
  originNouns?: string[];
  /**
   * Nouns for citizenship ("citizenship", "nationalité", "гражданство", "الجنسية", passports): a nationality
   * or country right beside one, in the clause after a count, says where its people come from ("имеют
   * гражданство Туниса", "hold Tunisian citizenship").
   */
  citizenshipNouns?: string[];
  /**
   * Pronouns for a place people left, glued or after "from" ("سافر منها", "غادرها"; "from it", "left
   * it"): the counted people come from the place the sentence named before it.
   */
  placePronouns?: string[];
  /**
   * Nouns right after the counted noun that name a place said before ("трое жителей республики", "of
   * the country", "du pays"): the people are of the last country or region the sentence named.
   */
  placeNounsBack?: string[];
  /**
   * Words for the figure itself, definite, before a count with no noun of its own ("officials now put
   * the figure at about 1,100", « le chiffre d'environ 1 100 », «называют цифру около 1100», «تقدر العدد
   * بنحو 1100»): the count is of the people counted or named just before, as after "their number".
   * Some word (a verb, a preposition, a bound) must stand between the word and the number.
   */
  figureWords?: string[];
  /**
   * Two lists for two things another event or item of news changes. Neither repeats the other.
   *
   * otherEventMarkers: phrases that set a count in another operation, incident or place ("in a separate
   * operation", "في عملية منفصلة", "في مدينة أخرى"), anywhere before it in its sentence: the count is
   * not of the people the report follows, so it takes neither the origin nor the place of the report's
   * topic. Opening a sentence, one is a news opener too (the engine adds them to newsOpeners).
   *
   * newsOpeners: discourse markers that open a sentence with another item of news ("Meanwhile",
   * "Separately", "Par ailleurs", "Между тем", "في غضون ذلك"), within its first words: what the speaker
   * before said ends there (no source carried on), and its counts inherit no origin; they may still
   * happen where the report's topic does, so its place stays.
   */
  otherEventMarkers?: string[];
  newsOpeners?: string[];
  /** Connectors of coordinated nouns or places: and, و, и, et. */
  conjunctions: string[];
  /** Words opening a clause, which end a source's name: that, which, إن, أن, что, que. */
  clauseOpeners?: string[];
  /**
   * Relatives that open a clause about others tied to the counted people, their kin ("whose parents",
   * « dont les parents », "чьи родители", "родители которых"): the first status word of that clause is
   * what became of those others ("six orphans whose parents were killed … returned"), not of the count.
   * Arabic puts the verb first: its kin nouns with their pronoun ("آباؤهم") make the verb right before
   * them, after the counted phrase, the kin's ("أيتام قاتل آباؤهم").
   */
  othersRelatives?: string[];
  /** "according to" X (source follows). */
  attributionBefore: string[];
  /** Who did it, after a count that breaks a total down: "169 by ISIS", "169 par l'EI", "169 من قبل داعش". */
  agentMarkers?: string[];
  /**
   * Speakers that name no one: the impersonal "on", "we", the outlet's own "our information", and the
   * labels of its own fact sheets before a colon ("Key facts: …").
   */
  impersonalSpeakers: string[];
  /**
   * Nouns for pictures ("photographs", "footage", "images"): a speaker's phrase that ends in one names no
   * speaker ("Reuters photographs show 30 boys", "Other footage shows"): pictures show people, they do not
   * count them. Media that speak (a video, a report) are not listed.
   */
  depictionNouns?: string[];
  /**
   * Words that stand at the edge of a speaker's phrase without being part of who spoke: when and how
   * ("earlier", "yesterday", weekdays, "this year"), a complementizer or auxiliary left behind by the
   * verb ("that", "have", أنه, "avait"). Trimmed from both ends of a source, months too.
   */
  speakerEdges?: string[];
  /**
   * Relative words that end a speaker's name, their clause telling of the speaker ("An official who spoke to
   * Reuters said" names "An official"). None: a speaker's relative clause is left in the name.
   */
  speakerRelatives?: string[];
  /**
   * Relative pronouns that stand for people only ("who", not "which"): right after a count with a
   * definite article and no noun ("Of the 5,600 who returned", "the 900 who left"), the count counts
   * people. None: such a count has no noun and is left out.
   */
  personRelatives?: string[];
  /**
   * Words that say when something was said ("yesterday", weekdays, "hier", "в понедельник", "أمس"):
   * right after an attribution verb, with the months and day numbers beside them, they come before the
   * speaker ("a annoncé lundi 3 mars le ministre").
   */
  speakerTimeWords?: string[];
  /** Prepositions and determiners trimmed with an edge word or month after them: "in May", "this year", "يوم الجمعة". */
  speakerEdgeLinks?: string[];
  /**
   * Prepositions that open a short adjunct between a verb and the count it takes as object ("a condamné
   * pour terrorisme 125 citoyens", "a arrêté à Paris 12 djihadistes"): past one, the verb still governs
   * the count.
   */
  objectAdjuncts?: string[];
  /** Words before an attribution verb that point back to what was said before: "об этом сообщил X"
   *  (X reported this) attributes the sentence before. */
  attributionAnaphors?: string[];
  /**
   * Verbs of arriving ("arrived", "arrivés", "прибыли", "وصلوا") and of being moved by others
   * ("transferred", "transférés", "переведены", "نقل"): one reading of where the move takes a count's
   * people (claims.ts readMove) gives every language the same statuses. Into a place of their own
   * country they have come home (returned); into a conflict zone not theirs, moved there or into a
   * camp or prison there they are held (present), arriving there they went to the war (joined);
   * arriving from a zone ("из Сирии прибыли") they came back (returned).
   */
  arrivalVerbs?: string[];
  transferVerbs?: string[];
  /**
   * Verbs of sending or taking people somewhere (status joined), whose destination right after them, a camp
   * or a prison of holdingPlaces, holds them (present): "The remaining 45 were sent to a camp". A camp a
   * joining phrase names ("a training camp") stays a joining.
   */
  sendVerbs?: string[];
  /**
   * Verbs of a state receiving people ("received", "принял", "a reçu"): with a camp or prison named after
   * a "from" in the clause ("from al-Hol camp", "из лагеря"), the people were taken back (returned);
   * without one ("received 3 million refugees") they say nothing of a return.
   */
  receiveVerbs?: string[];
  /**
   * Aid agencies and care services people are handed to, with the word that links them to the verb of
   * handing ("to UNICEF", "à l'UNICEF", "إلى اليونيسف", "представителям ЮНИСЕФ"): children handed over to
   * them are released into care (status other), not brought home.
   */
  careRecipients?: string[];
  /**
   * Nouns of places where people are held ("camp", "prison", "лагерь", "مخيم"): a move into one is
   * being held there, not going to the war; "le camp de Roj" names the camp, its "de" is no "from";
   * and a camp's or prison's population is a count of people (placePopulation).
   */
  holdingPlaces?: string[];
  /**
   * The holding places that are prisons ("prison", "detention centre", "СИЗО"): moved into one, people
   * are detained wherever it is.
   */
  prisonPlaces?: string[];
  /**
   * Verbs of a force holding people (تحتجز، يحتجز): detention, unless a camp is named in their clause
   * (held in camps is present).
   */
  holdVerbs?: string[];
  /** X "said" / "said" X. */
  attributionVerbs: string[];
  /**
   * Verbs that attribute only where they end the sentence, being also nouns or other verbs elsewhere:
   * "…, Uzbek officials estimate." (not "an estimate of", "officials estimate the cost").
   */
  finalAttributionVerbs?: string[];
  /**
   * Verbs that attribute to their subject only where the count is their object, right after them past
   * its bounds ("Reuters spoke to eight women", "Amnesty spoke with 12 former child soldiers"); elsewhere
   * they name whom someone spoke to ("An official who spoke to Reuters said …"), no attribution.
   */
  objectAttributionVerbs?: string[];
  /**
   * Verbs that attribute only inverted, right after a comma with the speaker after them, their other
   * readings being participles once accents are folded: "…, dénonce l'ONG." (not "avait dénoncé").
   */
  invertedAttributionVerbs?: string[];
  /**
   * A regex source (normalised text) for a passive auxiliary right before an attribution verb ("a été
   * annoncé", "was announced"): its speaker is the agent after agentMarkers, never the words before.
   */
  passiveBefore?: string;
  /**
   * Verbs that relay what another said ("نقلت الوكالة عن مسؤول قوله", "quoted an official as saying"):
   * the words are the first speaker's, named after one of relayLinks right after the relaying outlet
   * (GUIDELINES.md `source`: who the text attributes the number to).
   */
  relayVerbs?: string[];
  /**
   * Verbs of accusing, also attribution verbs: "اتهمت الحكومة جماعة الحوثي بتجنيد 30 ألف طفل". The
   * accuser is the source; its name ends where the accused armed group's begins.
   */
  accusationVerbs?: string[];
  /**
   * Regex source (normalised text) for what may stand between a country and its share of a total
   * counted before: Arabic "تونس وحدها بنحو 5 آلاف منهم، يليها المغرب بـ1600" (Tunisia alone about 5,000
   * of them, then Morocco with 1,600). The share counts the total's people, from that country.
   */
  countryShareGap?: string;
  /**
   * Regex source (normalised text) for a word opening a clause that sets another count against the one
   * before it ("while", "tandis que", ", а"): each clause has its own speaker ("France counts 1,460,
   * while Belgium says 279"), and a speaker named before a clause's count is that clause's only.
   */
  contrastClause?: string;
  /** The preposition that names the first speaker after a relay verb: Arabic عن. */
  relayLinks?: string[];
  /**
   * "In a report" phrases whose issuer is glued to the noun by a preposition ("في تقرير لليونيسف، قتل
   * 40 طفلا"): the report and its issuer are the source, as after "according to".
   */
  reportFrames?: string[];
  /** A regex source (normalised text) for the preposition glued to the issuer after a report frame: Arabic ل. */
  reportGlue?: string;
  /**
   * A regex source (normalised text) for a preposition glued to the start of the name an
   * attributionBefore phrase introduces, which is not part of the name: Arabic "وفقا لإدارة المخيم"
   * names "إدارة المخيم". Where the preposition fuses with the name's article (لليونيسف = ل + اليونيسف)
   * the name is not in the text as such, and the source keeps the preposition.
   */
  speakerGlue?: string;
  /**
   * A regex source (normalised text) for the last word of an attributionBefore phrase that is the
   * speaker's own noun, where the name starts: French « de source sécuritaire », « de sources
   * concordantes » name « source sécuritaire », « sources concordantes ».
   */
  attributionHead?: string;
  /**
   * A regex source (normalised text) for a deed a speaker announced, as the word the speaker's name
   * ends before: Arabic verbal nouns (masdar) by their patterns, right after a definite word, which
   * takes no noun in construct after it ("أعلنت اليونيسف التحقق من", "أعلن الجيش تحرير").
   */
  speakerDeed?: string;
  /**
   * Attribution verbs with the preposition that opens their complement, which ends the name of the
   * speaker after the verb: Arabic "أشار التقرير إلى جرائم …" (the report pointed to crimes), "كشف
   * المرصد عن …". Keys are verbs of attributionVerbs, values the preposition.
   */
  attributionComplements?: Record<string, string>;
  /** Articles a country's name takes in a list of countries ("la Belgique et les Pays-Bas"). */
  countryArticles?: string[];
  /** Units after an attribution word that make it a rate ("per cent", "per capita"): no speaker follows. */
  rateUnits?: string[];
  /**
   * A year opening a speaker's phrase says when, not who ("In 2022 the United Nations", "В 2021 году
   * МВД"): the prepositions before the year and the words after it.
   */
  speakerYear?: { before: string[]; after: string[] };
  /**
   * A preposition fused with the article of a source's first word, and the article it stands for:
   * Arabic ['لل', 'ال'] ("وفقا لليونيسف" names "اليونيسف", "للأمم المتحدة" "الأمم المتحدة"). The source
   * is written with its article restored, as the name is written standing alone.
   */
  fusedArticle?: [fused: string, article: string];
  /**
   * Words that open whom a speaker told (Arabic لوكالة، للصحفيين، لـ): after a reporting verb they end
   * the speaker's name ("قال مسؤول لوكالة فرانس برس إن" names "مسؤول").
   */
  addressees?: string[];
  /**
   * The object a verb of saying may take back right after it, before its inverted speaker (Arabic "صرح
   * بذلك وزير الخارجية", "أعلن ذلك المتحدث": said so, the minister): no part of the speaker's name.
   */
  attributionObjects?: string[];
  /**
   * Words after a comma that open a count restating the noun phrase before it ("ربع المقاتلين الأجانب، أي
   * نحو 1,200 مقاتل", "a quarter of the foreign fighters, i.e. about 1,200"): the count is of those
   * people, and the nationality that phrase says is theirs.
   */
  restatementMarkers?: string[];
  /**
   * Nouns that head a speaker's phrase ("источник", "представитель"): a name in capitals between a
   * reporting verb and one of them is whom the speaker told ("сообщил РИА Новости источник").
   */
  speakerHeads?: string[];
  /**
   * Speakers named by one word that a headline may open with, before a colon, in a script without
   * capitals ("اليونيسف: 4 آلاف طفل …", "الداخلية: اعتقال 40 …"): where capitals tell an acronym
   * ("UN: …"), a lone word before a headline's colon is otherwise a label ("عاجل:", "بالأرقام:").
   */
  headlineSpeakers?: string[];
  /**
   * Words by which a relay names whom it cites ("citing", "citant", "со ссылкой на"): the one who
   * says it is the source ("X said, citing Y" names X); the cited one only when no one else speaks.
   */
  relayMarkers?: string[];
  /**
   * Prepositions that open a charge or a reason ("sentenced for recruiting", "condamnés pour
   * recrutement", "осуждены за вербовку"): a status word after one is what they did, not their status.
   */
  chargeMarkers?: string[];
  /**
   * Auxiliaries that may stand between a charge marker and the deed ("for having joined", "pour avoir
   * rejoint", "d'avoir été"), as the text writes them: at most two.
   */
  chargeAuxiliaries?: string[];
  /**
   * A place said again by a demonstrative at a sentence's start ("In this camp", "Dans ce camp", "В
   * этой тюрьме"): the people the sentence before put there are the ones now counted.
   */
  placeAnaphors?: string[];
  /**
   * Phrases right after a counted noun that put it inside the group counted before ("the four men in
   * the group", "шестеро мужчин из этой группы"): the count is a part of that group, of its origin.
   */
  groupAnaphors?: string[];
  /**
   * Words opening a sentence that refer back to the people counted in the sentence before ("They
   * included", "The returnees", "Among them", "Parmi eux", "Вместе с ними"): a count there continues
   * those people (their origin), whatever its own noun or status.
   */
  peopleAnaphors?: string[];
  /** Pronouns that speak for the speaker named before ("he said", "a-t-il dit", "сказал он"). */
  speakerPronouns?: string[];
  /**
   * A speaker who is a child, whose name is never extracted: regex sources (normalised text) for an
   * age or a child noun said of the speaker right before, inside or right after the speaker's phrase
   * ("Amina, 14", "14-year-old", "15-летний", "(14 عاما)"). A named group `age` holds the age said:
   * only an age under 18 makes a minor.
   */
  minorSpeakerMarks?: string[];
  /** What such a source reads instead of the child's name: "a minor", "un mineur". */
  minorSpeaker?: string;
  /** Abbreviations ending in a dot that do not end a sentence (folded, without the dot). */
  abbreviations: string[];
  months: Record<string, number>;
  /**
   * A month's day written as an ordinal word right before the month, with the words of time that make it
   * a day ("في الحادي والعشرين" before "من آذار", "on the third of" before "March", "le premier",
   * "третьего"): not "الأسبوع الثاني من آذار", the second week. Without it, days are read in digits only.
   */
  dayOrdinals?: Record<string, number>;
  /**
   * A regex source (case-insensitive, without the u flag; original text) for the days and weeks said relative to the
   * publication date that chrono-node resolves: "last week", "two weeks ago", "yesterday", "on Monday".
   * Only sentences it matches are given to chrono, whose cost is most of a date's; plurals it cannot
   * resolve ("for weeks", "weeks earlier") are left out. Without it, no relative date is read.
   */
  relativeDates?: string;
  /**
   * A regex source (case-insensitive; original text) for the relative phrases among relativeDates that
   * name a week, not a day ("last week", "over the weekend", "la semaine dernière", "на прошлой неделе",
   * "الأسبوع الماضي"): a release dated by one takes the month, as a weekday or "yesterday" gives the day.
   */
  weekDates?: string;
  /**
   * Where a nationality word stands after a number as its counted noun (Arabic "نحو 2000 طاجيكي"),
   * a regex source for the words just before a year-like number that make it a year after all
   * ("عام 2000"); matched on the ten characters before the number. Without it, a year-like number
   * before a nationality is a year.
   */
  yearWordsBefore?: string;
  /**
   * A regex source for a subjectless plural verb right after a country named behind "in" at the start of
   * its clause, which makes that country's authorities the doers (Russian indefinite-personal: «В
   * Казахстане вернули 600 граждан», Kazakhstan brought back): matched on the text after the place. A
   * return they make is of their own people, as with the country as subject.
   */
  impersonalAgentVerb?: string;
  /**
   * A regex source for the words just before a year-like number that make it the value of a "number of"
   * frame before it ("عدد الأطفال المجندين بلغ 2000", reached): a count, not a year. Matched on the twelve
   * characters before the number; a bound or hedge in the number's phrase ("بنحو 2000") does as much.
   */
  frameValueBefore?: string;
  /** Releases: media nouns, title markers, language names, subtitle and duration words. */
  mediaWords: Record<string, MediaType>;
  titleMarkers: string[];
  languageNames: Record<string, string>;
  subtitleMarkers: string[];
  spokenMarkers: string[];
  minuteWords: string[];
  producerMarkers: string[];
  /** Releases, more (optional so a pack without them still reads titled releases). */
  release?: ReleaseWords;
  /** How the gazetteer reads this language's names of places and groups. */
  places: PlaceGrammar;
}

/**
 * A name that is a place only in some contexts, and the words that decide (gazetteer/context.ts).
 * Nothing here is a stop-list: every name is a place when its context says so.
 */
export interface AmbiguityRule {
  /** The names as written in the gazetteer (declined by the pack's nameForms when one word). */
  names: string[];
  /** A place only when written with a capital: turkey, china, чад, того. */
  capital?: true;
  /** A place only after a preposition or governing noun, in a list of places, or with a glued preposition. */
  context?: true;
  /** Also a given name or surname: not a place next to another capitalised word (Michael Jordan, Maurice Papon). */
  person?: true;
  /** Georgia the US state: not a place after "state of", "Atlanta," or before "(U.S.)". */
  usState?: true;
  /** Words or phrases right before the name that make it something else (صلاة المغرب). */
  notAfter?: string[];
  /** Words or phrases right after it that make it something else (المغرب العربي). */
  notBefore?: string[];
}

/** Which place names a language writes with its definite article (العراق) and which without (تونس). */
export interface ArticleUse {
  required: Set<string>;
  forbidden: Set<string>;
}

/** A place name found in folded text, as a pack's own check of its form sees it. */
export interface PlaceFormContext {
  /** The folded text the gazetteer scanned. */
  text: string;
  match: LexiconMatch<PlaceRef>;
  /** Where the name's own letters start, after glued clitics. */
  at: number;
  /** The names the language writes with or without its article (from storedForm). */
  articles: ArticleUse;
}

/**
 * What the gazetteer (gazetteer/) needs of a language: how its names and nationality words inflect
 * and are stored, and the context that makes an ambiguous name a place. The names themselves are
 * the gazetteer's records, each with its spellings per language (places.data.ts, groups.data.ts).
 */
export interface PlaceGrammar {
  /**
   * The key of world-countries' translations (common and official names) and demonyms in this
   * language ('fra'), when it has them; 'eng' is the library's own names and spellings. Country names
   * from Intl.DisplayNames come in every language anyway.
   */
  worldCountries?: string;
  /**
   * A country's nationality words: those world-countries gives in this language (masculine and
   * feminine, one word each) with their plurals, and the pack's own.
   */
  demonyms: (code: string, fromLibrary: string[]) => string[];
  /** The forms a one-word name takes in text (the Russian cases); several words may become stems. */
  nameForms?: (name: string) => string[];
  /**
   * How a name is stored under the pack's clitic pattern, which adds the glued words back: Arabic
   * drops the article (العراق → عراق). A name it changes is one the language writes with the article.
   */
  storedForm?: (name: string) => string;
  /** "and" as names spell it out ("Trinidad & Tobago"). */
  and: string;
  /** Spelling of a display name as text writes it (Russian о-ва → острова). */
  displayName?: (name: string) => string;
  ambiguous: AmbiguityRule[];
  /** Prepositions and governing nouns that make the next name a place ("из", "граждан*", "من"). */
  contextWords: string[];
  /** The same, as beginnings of words. */
  contextStems?: string[];
  /** Clitics glued to a name that are a preposition (Arabic بمالي، لمالي), tested on the glued letters. */
  contextClitics?: RegExp;
  /** Articles that may stand capitalised before a name at a sentence's start ("The", "Le"), not a given name. */
  articles?: string[];
  /** Words before a name that make Georgia the US state. */
  usStateBefore: string[];
  /** Words after a name that make Georgia the US state. */
  usStateAfter: string[];
  /** The gap between a group's name and a place that completes it ("Jemaah Islamiyah of Indonesia"). */
  groupOf?: RegExp;
  /** The pack's own check of a name's form here (Arabic: the article, a nisba qualifying a noun). */
  acceptsForm?: (place: PlaceFormContext) => boolean;
  /** Whether an armed group's name found in folded text names the group (Arabic القاعدة is also "the base"). */
  acceptsGroup?: (text: string, group: { start: number; end: number; value: string }) => boolean;
}

/** Words that tell a release's title from other names, and its issue and media from its context. */
export interface ReleaseWords {
  /** Nouns for a release of any kind ("release", إصدار, релиз): its media comes from the context. */
  genericNouns: string[];
  /** A magazine's cover or front page: a title read there is the issue's ("En couverture: ..."). */
  coverWords: string[];
  /** Parts of a release (article, dossier) and other works (report, book, operation): their titles are not releases'. */
  partNouns: string[];
  /** An issue of a magazine: "issue", "edition", "numéro", "выпуск", "العدد". */
  issueWords: string[];
  /** Ordinal words that number an issue: "fifth", "septième", "седьмой", "السابع". */
  issueOrdinals: Record<string, number>;
  /** Words between a media noun and a quoted name that make the name its owner or subject: "of", "de". */
  possessors: string[];
  /** Words before a name that make it the producer: "by", "par", "от". */
  producerBefore: string[];
  /** Words that end a title written without quotes ("showing", "qui", "в котором"). */
  bareTitleStops: string[];
  /**
   * Prepositions among bareTitleStops that a sentence-case title may hold before a proper name ("Дорога
   * в Джаннат"): a capital that is no place, group, outlet nor platform after them goes on with the title.
   */
  titleLinkStops?: string[];
  /**
   * Conjunctions among bareTitleStops that join two words of a sentence-case title ("intitulée Patience
   * et victoire,", "под названием Терпение и победа,"): the title goes on to the clause's punctuation
   * when at most three words, none another stop, follow them there.
   */
  titleConjunctions?: string[];
  /**
   * Relative words that make a named noun after them (with its determiner) the subject of the marker
   * that follows it, not a thing named: "a video, which the group named 'X'", "que le groupe a intitulée".
   */
  namingSubjectLeads?: string[];
  /**
   * People who make media of their own (journalists, reporters, film-makers, "directed by"): a titled
   * media they made, with no group, outlet nor propaganda word tied to it, is no group's release
   * ("Фильм «X» снял британский журналист", "a documentary directed by a Dutch film-maker").
   */
  makerNouns?: string[];
  /**
   * Words of making before a maker further on ("by", "par", "снял", "إخراج"): without one, a maker after
   * the title must stand right after it ("фильм «X» журналиста"); "the beheading of the journalist" is none.
   */
  makerLeads?: string[];
  /**
   * The name a group is cited by, for the gazetteer's stems of names that decline ("Исламск* государств*"
   * → "Исламское государство"): a producer found in a case ("Исламского государства") is given so.
   */
  groupBaseNames?: Record<string, string>;
  /** Words that open names of people, not titles: Abu, Ambassador, President. */
  personWords: string[];
  /** Words a photo caption opens with that name a still of a video: "Screenshot", "Кадр". */
  captionWords: string[];
  /**
   * Nouns of things other than releases that a title marker right after them names: "a camp named X",
   * "канал под названием «X»", "المتحدث باسم" (the spokesman "in the name of").
   */
  namedNouns?: string[];
  /**
   * Title markers that name works only, never people ("titled", "intitulée", "озаглавленный", "بعنوان"):
   * after "a video by X" such a marker still names the video, where "named" may name X.
   */
  titleOnlyMarkers?: string[];
  /**
   * Words of chanting or shouting, and names of slogans, between a media noun and a quoted phrase: the
   * phrase is said in the release, not its title ("fighters in the video chant "X"", "شعار "X"").
   */
  utteranceWords?: string[];
  /** Words that describe a series between its name and its issue ("al-Naba weekly, issue 7", "النبأ الأسبوعية في عددها 7"). */
  seriesEpithets?: string[];
  /**
   * A relative that owns the issue right after a series and its comma ("Istok, whose first issue came
   * out", « Istok, dont le premier numéro », "مجلة دابق، التي صدر عددها الأول"): the issue is the series'.
   */
  issueRelatives?: string[];
  /**
   * The definite article of a language whose series are listed with it (الرسالة) and found without it:
   * a series written bare and followed by a definite word heads a longer name ("مجلة رسالة الأمة", the
   * Message of the Nation), not the series.
   */
  seriesArticle?: string;
  /**
   * Films of journalists or studios: documentaries, feature films, Hollywood films. Their titles are
   * releases only when the sentence names an armed group or a propaganda outlet.
   */
  journalismNouns?: string[];
  /**
   * A plain film ("film", "фильм", "فيلم"): a release when an armed group, an outlet or a propaganda
   * word belongs to it (before it in its clause, or after its title as its producer); not when such a
   * word in its sentence belongs to something else, nor when the sentence tells of cinema or television.
   */
  filmNouns?: string[];
  /**
   * A plain song ("song", "chanson", "песня"): a release only when an armed group, an outlet or a
   * propaganda word belongs to it ("a jihadist song", "a song by al-Hayat"); a group's own songs are
   * nasheeds, and a song alone in its sentence is someone else's ("La chanson « X » a été chantée").
   */
  songNouns?: string[];
  /** Words of propaganda and jihadism that make a film a group's ("propaganda", "djihadiste", "دعائي"). */
  propagandaWords?: string[];
  /**
   * Nouns for an armed group not named that may own a film ("the group", "les djihadistes", "боевики",
   * "التنظيم"). Named apart from the pack's own groupNouns (a count's group), which it is not.
   */
  ownerGroupNouns?: string[];
  /**
   * Words for a group's province ("Wilayat", "wilaya", "вилаят", "ولاية"): with an outlet's noun or a word
   * of issuing next to it ("the media office of Wilayat Nineveh", "المكتب الإعلامي لولاية الرقة") the
   * province owns the media as a group does; alone it may be a state's ("la wilaya d'Alger").
   */
  provinceWords?: string[];
  /**
   * Owner nouns in their definite form, written so where the language marks it ("للتنظيم", "للجماعة"):
   * the owner is named already, so a quote right after one is the media's title ("الإصدار المرئي للتنظيم
   * "X""), where the indefinite "لتنظيم "X"" names the group.
   */
  definiteOwnerNouns?: string[];
  /**
   * Words of cinema and television ("director", "en salles", "прокат", "المخرج"), and the names of TV
   * channels and streaming services that show films ("Arte", "Channel 4", "Первый канал"): a film there is
   * a studio's.
   */
  cinemaWords?: string[];
  /**
   * Words that tell what a media is about ("about", "sur les", "о", "عن"): a group named past one after
   * a title is the film's subject, not its owner ("a documentary titled "X" about children of ISIS").
   */
  topicWords?: string[];
  /**
   * A word for a TV channel that its name follows, in every form it is written (no clitics are
   * stripped: "قناة", "لقناة", not "القناة", the channel told before): "وبثت قناة الغد فيلما" names a
   * channel, whose media are television's unless a group owns them or the name is an outlet's. For a
   * script without capitals, where a channel cannot be told by its letters, and for the words that
   * name television alone ("Телеканал «Россия 24» показал фильм", "the TV channel France 24").
   */
  channelNouns?: string[];
  /**
   * A word for a news agency that its name follows, in every form it is written (no clitics are
   * stripped, as for channelNouns: "وكالة", not "الوكالة", the agency told before): "L'agence Anadolu a
   * diffusé une vidéo", "Агентство «РИА Новости» опубликовало". A named agency that is no outlet of a
   * group (Amaq) publishes media of its own, no armed group's, unless a group belongs to them too.
   */
  agencyNouns?: string[];
  /**
   * Articles, possessives and demonstratives that may stand between a short preposition and a media
   * noun after a bare title ("intitulé Ya Shahid dans la vidéo", "titled X in the video", "под названием
   * X в этом ролике"): the preposition and they say where the title is heard, and end it.
   */
  mediaDeterminers?: string[];
  /** Words that make a channel no TV channel: a social network's ("تلغرام"), a canal's ("السويس"). */
  notTvWords?: string[];
  /**
   * Institutions that issue statements, reports and videos of their own ("the UN", "UNICEF", "the
   * Security Council", "МИД", "مجلس الأمن"): a media one of them issues is no armed group's release.
   */
  institutionWords?: string[];
  /**
   * News agencies by their names alone ("the Associated Press", "AFP", "ТАСС", "رويترز"): one that is the
   * subject of a verb of releasing right before the media noun ("AP published a video titled "X"",
   * "ТАСС опубликовал материал «X»") issues its own media, no group's. Reporting a release ("AP
   * reported that a video titled "X" …") is no issuing.
   */
  wireServices?: string[];
  /**
   * Verbs by which a media carries a phrase ("carries", "porte", "содержит", "حمل"): a message or
   * slogan quoted after one of messageNouns there is its content, not a statement titled so.
   */
  contentVerbs?: string[];
  /**
   * Words that open a list of a media noun's titles at the end of the noun's phrase, as catalogues
   * write them ("the al-Hayat videos studied were "X" (2014) and "Y"", "parmi les vidéos figurent « X »
   * et « Y »", "в том числе", "منها"): two quoted titles or more after one are the noun's. A colon or
   * a dash does the same.
   */
  listLeads?: string[];
  /** Nouns of a message, a slogan or an inscription a media carries ("message", "послание", "رسالة"). */
  messageNouns?: string[];
  /**
   * Nouns of a name or a title ("اسم", "عنوان"): a quote right after one is a title when one of
   * contentVerbs opens the clause with a media noun as its subject, the verb and its object apart
   * ("وحمل الإصدار الذي بثته الولاية اسم "X"": the release bore the name X).
   */
  nameNouns?: string[];
  /**
   * Verbs of releasing ("released", "a diffusé", "выпустил", "نشر"): a quoted name right after one,
   * when an outlet or a group releases it, is a release's title even with no media noun in the sentence.
   */
  releaseVerbs?: string[];
  /** Newspapers: a report's sources more often than releases; only a known series is one ("al-Naba"). */
  pressNouns?: string[];
  /**
   * What the press publishes ("a report", "un reportage", "репортаж", "تحقيقا"): a magazine whose name
   * is followed by a verb and one of these is a news outlet ("Журнал «Огонек» опубликовал репортаж").
   */
  pressGenres?: string[];
  /** A regex source (normalised text) for a verb right after a quoted name that makes it the subject. */
  subjectVerbAfter?: string;
  /**
   * A regex source (original text) for a people noun and the word after it that open the next clause
   * right after a bare sentence-case title ("под названием Дорога в рай дети читают"): the title ends
   * before the noun.
   */
  subjectAfterTitle?: string;
  /**
   * A regex source (normalised text) for a duration adjective that glues its number word to the word of
   * minutes ("восьмиминутный ролик", "двадцатиминутное видео"); the named group `n` is the number word,
   * read by the pack's number words. Digits before a minute word are read without it.
   */
  minuteCompound?: string;
  /**
   * Words of an anniversary: a date after one in its clause is the remembered event's, not the release's
   * ("on the 20th anniversary of the September 11 attacks", "في ذكرى هجمات سبتمبر", "в годовщину").
   */
  anniversaryWords?: string[];
  /** Words of hours in a release's length, read with the number right before them ("a two-hour video", "d'une heure"). */
  hourWords?: string[];
  /**
   * Words that give a release's length alone, by the minutes they hold ("an hour-long video" 60, the
   * Arabic duals "دقيقتان" 2 and "ساعتين" 120, "полуторачасовой" 90).
   */
  durationWords?: Record<string, number>;
  /**
   * Locutions holding a clause opener that a bare title may hold ("intitulé Et combattez-les jusqu'à ce
   * qu'il n'y ait plus de fitna"): the opener inside one does not end the title.
   */
  titleLocutions?: string[];
  /**
   * Words that address someone and open a title ("O", "Ô", "يا"; in Russian, where "О" is also "about",
   * the address with its noun, "О мусульмане"): a bare title opened by one goes on past the comma that
   * closes the address ("entitled O Our People, Respond to the Caller of Allah"), unless a stop word
   * opens what follows it ("called O Mujahid, released in 2015").
   */
  vocatives?: string[];
  /**
   * Words by which a part of a series came out in one of its issues, with their preposition ("published
   * in", "paru dans", "опубликованн* в"): "a Dabiq article on slavery, published in issue 4" is Dabiq 4,
   * when a part noun (article, chapter) stands with the series.
   */
  issuePlaceWords?: string[];
  /** The media noun leads its title ("إصدار «...»"), so a quoted name before a noun is not its title (Arabic). */
  nounLeadsTitle?: boolean;
  /** Titles capitalise their words, so an unquoted title ends at its last capitalised word (English). */
  titleCase?: boolean;
  /**
   * Verbs of what a media shows or says ("featured", "shows", "urged"), for titleCase packs: a run of
   * capitalised words right after a media noun a group or an outlet owns, ended by one of them, is the
   * media's title as the subject of the verb ("The al-Kataib video Mujahideen Moments featured boys").
   */
  titleSubjectVerbs?: string[];
  /** A language name stands before the noun it qualifies: "Arabic subtitles", "арабские титры". */
  languageAdjectiveFirst?: boolean;
  /** A vague quantity ends a title written without quotes (Arabic "بعنوان ... عشرات"). */
  vagueQuantityEndsTitle?: boolean;
}
