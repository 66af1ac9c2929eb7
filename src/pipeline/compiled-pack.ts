// A language pack's word lists compiled once into lexicons the stages scan with.
import type { Affiliation, MediaType, Qualifier, Status } from '../domain/claim.ts';
import { gazetteerFor, type GazetteerLang, type PlaceRef } from './gazetteer/index.ts';
import type { LanguagePack, NumberWord, PlaceRole, PopulationWord } from './language-pack.ts';
import { Lexicon, LexiconGroup } from './lexicon.ts';

const set = (words: string[]) => words.map((w) => [w, true] as const);
const map = <V>(record: Record<string, V>) => Object.entries(record);

export interface CompiledPack {
  pack: LanguagePack;
  /** Every lexicon below, scanned together once per document. */
  group: LexiconGroup;
  numberWords: Lexicon<NumberWord>;
  numberConnectors: Lexicon<true>;
  scaleWords: Lexicon<number>;
  approxNumberNouns: Lexicon<number>;
  vague: Lexicon<number>;
  boundsBefore: Lexicon<Qualifier>;
  boundsAfter: Lexicon<Qualifier>;
  rangeOpeners: Lexicon<string>;
  rangeJoiners: Lexicon<true>;
  population: Lexicon<PopulationWord>;
  modifiers: Lexicon<true>;
  nounBlockers: Lexicon<true>;
  partitives: Lexicon<true>;
  partitivesBefore: Lexicon<true>;
  partitiveOf: Lexicon<true>;
  subsetMarkers: Lexicon<true>;
  auxiliaries: Lexicon<true>;
  copulas: Lexicon<true>;
  additives: Lexicon<true>;
  possessives: Lexicon<true>;
  subjectPronouns: Lexicon<true>;
  quantifiers: Lexicon<'all' | 'part'>;
  numberOf: Lexicon<true>;
  numbering: Lexicon<true>;
  groupNouns: Lexicon<true>;
  /** Regexes for a destination written by case (Russian "в Сирию"), or null. */
  destination: { before: RegExp; ending: RegExp } | null;
  womenDemonym: RegExp | null;
  fighting: Lexicon<boolean>;
  status: Lexicon<Status>;
  plannedMarkers: Lexicon<true>;
  nonCountUnits: Lexicon<true>;
  nonCountBefore: Lexicon<true>;
  ratioAfter: Lexicon<true>;
  ageRegexes: RegExp[];
  ordinals: Lexicon<number>;
  prepositions: Lexicon<PlaceRole>;
  distributive: Lexicon<true>;
  distributiveBefore: Lexicon<true>;
  conjunctions: Lexicon<true>;
  placeLinks: Lexicon<true>;
  attributionBefore: Lexicon<true>;
  attributionVerbs: Lexicon<true>;
  attributionAnaphors: Lexicon<true>;
  impersonalSpeakers: Lexicon<true>;
  clauseOpeners: Lexicon<true>;
  months: Lexicon<number>;
  media: Lexicon<MediaType>;
  titleMarkers: Lexicon<true>;
  languageNames: Lexicon<string>;
  subtitleMarkers: Lexicon<true>;
  spokenMarkers: Lexicon<true>;
  minuteWords: Lexicon<true>;
  producerMarkers: Lexicon<true>;
  places: Lexicon<PlaceRef>;
  groups: Lexicon<Affiliation>;
}

const cache = new Map<string, CompiledPack>();

export function compilePack(pack: LanguagePack): CompiledPack {
  const hit = cache.get(pack.code);
  if (hit) return hit;
  const opts = pack.clitics ? { clitics: pack.clitics } : {};
  const gaz = gazetteerFor(pack.code as GazetteerLang);
  const compiled: Omit<CompiledPack, 'group'> = {
    pack,
    numberWords: new Lexicon(map(pack.numberWords), opts),
    numberConnectors: new Lexicon(set(pack.numberConnectors.filter((c) => /\p{L}/u.test(c)))),
    scaleWords: new Lexicon(map(pack.scaleWords), opts),
    approxNumberNouns: new Lexicon(map(pack.approxNumberNouns), opts),
    vague: new Lexicon(map(pack.vagueQuantities), opts),
    boundsBefore: new Lexicon(map(pack.boundsBefore), opts),
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
    partitiveOf: new Lexicon(set(pack.partitiveOf), opts),
    subsetMarkers: new Lexicon(set([...pack.subsetMarkers, ...(pack.partitivesBefore ?? [])]), opts),
    auxiliaries: new Lexicon(set(pack.auxiliaries), opts),
    // Dashes are not words the lexicon tokenises: the claim reader checks them itself.
    copulas: new Lexicon(set(pack.copulas), opts),
    additives: new Lexicon(set(pack.additives), opts),
    possessives: new Lexicon(set(pack.possessives), opts),
    subjectPronouns: new Lexicon(set(pack.subjectPronouns), opts),
    quantifiers: new Lexicon(map(pack.quantifiers), opts),
    numberOf: new Lexicon(set(pack.numberOf), opts),
    numbering: new Lexicon(set(pack.numbering ?? []), opts),
    groupNouns: new Lexicon(set(pack.groupNouns ?? []), opts),
    womenDemonym: pack.womenDemonym ? new RegExp(pack.womenDemonym, 'u') : null,
    destination: pack.destination
      ? { before: new RegExp(pack.destination.before, 'u'), ending: new RegExp(pack.destination.ending, 'u') }
      : null,
    fighting: new Lexicon<boolean>(
      [
        ...pack.fighting.map((w) => [w, true] as const),
        ...(pack.notFighting ?? []).map((w) => [w, false] as const),
      ],
      opts,
    ),
    status: new Lexicon(map(pack.statusWords), opts),
    plannedMarkers: new Lexicon(set(pack.plannedMarkers), opts),
    nonCountUnits: new Lexicon(set(pack.nonCountUnits.filter((u) => /\p{L}/u.test(u))), opts),
    nonCountBefore: new Lexicon(set(pack.nonCountBefore.filter((u) => /\p{L}/u.test(u))), opts),
    ratioAfter: new Lexicon(set(pack.ratioAfter ?? []), opts),
    // Ages may be spelled out ("under the age of five"): number slots also take a word.
    // Ages may be spelled out after their keyword ("under the age of five"); a slot that opens the
    // pattern stays digits-only, or the pattern would be tried at every word.
    ageRegexes: pack.agePatterns.map(
      (p) =>
        new RegExp(
          p.replace(/\(\?<(\w+)>\\d\+\)/g, (slot, name: string, at: number) =>
            at === 0 ? slot : `(?<${name}>\\d+|\\p{L}+)`,
          ),
          'gu',
        ),
    ),
    ordinals: new Lexicon(map(pack.ordinals ?? {}), opts),
    prepositions: new Lexicon(map(pack.placePrepositions), opts),
    distributive: new Lexicon(set(pack.distributive), opts),
    distributiveBefore: new Lexicon(set(pack.distributiveBefore ?? []), opts),
    conjunctions: new Lexicon(set(pack.conjunctions.filter((c) => /\p{L}/u.test(c))), opts),
    placeLinks: new Lexicon(set(pack.placeLinks ?? []), opts),
    attributionBefore: new Lexicon(set(pack.attributionBefore), opts),
    attributionVerbs: new Lexicon(set(pack.attributionVerbs), opts),
    attributionAnaphors: new Lexicon(set(pack.attributionAnaphors ?? []), opts),
    impersonalSpeakers: new Lexicon(set(pack.impersonalSpeakers), opts),
    clauseOpeners: new Lexicon(set(pack.clauseOpeners ?? []), opts),
    months: new Lexicon(map(pack.months), opts),
    media: new Lexicon(map(pack.mediaWords), opts),
    titleMarkers: new Lexicon(set(pack.titleMarkers), opts),
    languageNames: new Lexicon(map(pack.languageNames), opts),
    subtitleMarkers: new Lexicon(set(pack.subtitleMarkers), opts),
    spokenMarkers: new Lexicon(set(pack.spokenMarkers), opts),
    minuteWords: new Lexicon(set(pack.minuteWords), opts),
    producerMarkers: new Lexicon(set(pack.producerMarkers), opts),
    places: gaz.places,
    groups: gaz.groups,
  };
  const lexicons = (Object.values(compiled) as unknown[]).filter(
    (v): v is Lexicon<unknown> => v instanceof Lexicon,
  );
  const full: CompiledPack = { ...compiled, group: new LexiconGroup(lexicons) };
  cache.set(pack.code, full);
  return full;
}
