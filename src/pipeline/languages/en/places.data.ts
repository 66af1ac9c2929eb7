// English data of the gazetteer: nationality words the kept dataset (world-countries) does not give,
// and the names that are places only in some contexts with the words that decide (read by the
// gazetteer's acceptPlace through this pack's PlaceGrammar). Nothing here is a stop-list: every
// ambiguous name is a place when its context says so.
import type { AmbiguityRule } from '../../language-pack.ts';

/** English forms world-countries lacks: plural nouns, ethnonyms, variants. */
export const EN_DEMONYMS_EXTRA: Record<string, string[]> = {
  KZ: ['Kazakh', 'Kazakhs', 'Kazakhstani', 'Kazakhstanis', 'Kazak', 'Kazaks', 'Kazakh-speaking'],
  KG: ['Kyrgyz', 'Kyrgyzstani', 'Kyrgyzstanis', 'Kirghiz', 'Kirgiz', 'Kyrgyzs'],
  UZ: ['Uzbek', 'Uzbeks', 'Uzbekistanis'],
  TJ: ['Tajik', 'Tajiks', 'Tadjik', 'Tadjiks', 'Tadzhiks', 'Tajikistani', 'Tajikistanis'],
  TM: ['Turkmens', 'Turkmenistani', 'Turkmenistanis'],
  RU: [
    'Chechen',
    'Chechens',
    'Dagestani',
    'Dagestanis',
    'Daghestani',
    'Ingush',
    'Tatar',
    'Tatars',
    'Circassian',
    'Circassians',
    'Avar',
    'Avars',
    'Kabardian',
    'Kabardians',
  ],
  AZ: ['Azeri', 'Azeris'],
  GE: ['Kist', 'Kists'],
  GB: ['Briton', 'Britons', 'English', 'Scottish', 'Scots', 'Welsh', 'Englishman', 'Englishmen'],
  FR: ['Frenchman', 'Frenchmen', 'Frenchwoman', 'Frenchwomen'],
  NL: ['Dutchman', 'Dutchmen'],
  // The first half of a compound adjective: "the Syro-Iraqi zone".
  SY: ['Syro'],
  DK: ['Danes'],
  FI: ['Finns'],
  PL: ['Poles'],
  SE: ['Swedes'],
  TR: ['Turks'],
  ES: ['Spaniards'],
  CZ: ['Czechs'],
  SK: ['Slovaks'],
  RS: ['Serb', 'Serbs'],
  HR: ['Croat', 'Croats'],
  BA: ['Bosniak', 'Bosniaks', 'Bosnian', 'Bosnians'],
  XK: ['Kosovan', 'Kosovans', 'Kosovar', 'Kosovars', 'Kosovo Albanian', 'Kosovo Albanians'],
  SI: ['Slovenian', 'Slovenians'],
  MD: ['Moldovan', 'Moldovans'],
  BY: ['Belarussian', 'Belarussians', 'Byelorussian'],
  TH: ['Thais'],
  PH: ['Filipinos', 'Filipina', 'Filipinas'],
  MV: ['Maldivian', 'Maldivians'],
  NP: ['Nepali', 'Nepalis'],
  SO: ['Somalian', 'Somalians'],
  SA: ['Saudi', 'Saudis'],
  CN: ['Uighur', 'Uyghur', 'Uighurs', 'Uyghurs'],
  CD: ['Congolese'],
  IL: ['Israelis'],
  PS: ['Palestinians'],
  YE: ['Yemenis'],
};

export const AMBIGUOUS: AmbiguityRule[] = [
  { names: ['Chad', 'Jordan'], capital: true, person: true, notBefore: ['river', 'valley', 'basin'] },
  { names: ['Georgia'], capital: true, usState: true },
  {
    names: [
      'Turkey',
      'China',
      'Chile',
      'Guinea',
      'Mali',
      'Togo',
      'Dominica',
      'Panama',
      'Cuba',
      'Poles',
      'Afghan',
      'Polish',
      'Danish',
      'Swede',
    ],
    capital: true,
  },
  { names: ['Niger'], capital: true, notBefore: ['delta', 'river', 'state'] },
  { names: ['Jersey', 'Guernsey'], capital: true, context: true, notAfter: ['new'] },
];

/** Prepositions and governing nouns that make the next name a place ("граждан Того", "من مالي"). */
export const PLACE_CONTEXT: { words: string[]; stems?: string[] } = {
  words: [
    'from',
    'in',
    'to',
    'into',
    'of',
    'across',
    'via',
    'inside',
    'throughout',
    'including',
    'between',
    'and',
    'or',
  ],
};

/** Words before a name that make Georgia the US state. */
export const US_STATE_BEFORE: string[] = [
  'state of',
  'u.s. state of',
  'us state of',
  'u.s. state',
  'atlanta,',
  'savannah,',
  'augusta,',
];

/** Words after a name that make Georgia the US state. */
export const US_STATE_AFTER: string[] = ['(u.s.)', '(us)', ', u.s.', ', usa', 'state university', 'tech'];
