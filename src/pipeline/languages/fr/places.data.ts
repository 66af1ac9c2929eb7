// French data of the gazetteer: nationality words the kept dataset (world-countries) does not give,
// and the names that are places only in some contexts with the words that decide (read by the
// gazetteer's acceptPlace through this pack's PlaceGrammar). Nothing here is a stop-list: every
// ambiguous name is a place when its context says so.
import type { AmbiguityRule } from '../../language-pack.ts';

/** French forms world-countries lacks. */
export const FR_DEMONYMS_EXTRA: Record<string, string[]> = {
  KZ: ['kazakh*', 'kazakhstanais*', 'kazakstanais*', 'kazak', 'kazaks'],
  KG: ['kirghiz*', 'kirghizstanais*', 'kirghizistanais*', 'kyrgyz*'],
  UZ: ['ouzbek*', 'ouzbékistanais*', 'uzbek*'],
  TJ: ['tadjik*', 'tajik*', 'tadjikistanais*'],
  TM: ['turkmène*', 'turkmen*'],
  RU: [
    'tchétchène*',
    'daghestanais*',
    'daguestanais*',
    'dagestanais*',
    'ingouche*',
    'kabarde*',
    'tatar',
    'tatars',
    'tatare*',
    'avars',
    'bachkir*',
    'balkar*',
    'tcherkesse*',
    'ossète*',
    'karatchaï*',
  ],
  AZ: ['azéri*', 'azerbaidjanais*'],
  GE: ['kiste', 'kistes'],
  GB: ['anglais*', 'écossais*', 'gallois*'],
  CN: ['ouïghour*', 'ouighour*', 'ouïgour*'],
  XK: ['kosovar*'],
  BA: ['bosniaque*'],
  CD: ['congolais*'],
  NL: ['hollandais*', 'néerlandais*'],
  // The first half of a compound adjective: "zone irako-syrienne", "frontière syro-irakienne".
  IQ: ['irako'],
  SY: ['syro'],
  // A city's or a canton's people are of its country: "trois enfants genevois", "deux Bruxellois",
  // "un jeune Tunisois" (French builds them on the town's name, as nationalities on the country's).
  CH: [
    'genevois*',
    'vaudois*',
    'lausannois*',
    'zurichois*',
    'bâlois*',
    'bernois*',
    'fribourgeois*',
    'neuchâtelois*',
    'valaisan*',
    'tessinois*',
    'jurassien*',
  ],
  BE: ['bruxellois*', 'liégeois*', 'anversois*', 'molenbeekois*', 'carolorégien*', 'verviétois*'],
  TN: ['tunisois*', 'sfaxien*', 'kairouanais*', 'bizertin*', 'sousséen*'],
  MA: ['casablancais*', 'tangérois*', 'tétouanais*', 'rifain*', 'fassi', 'fassis'],
  DZ: ['algérois*', 'oranais*', 'constantinois*', 'kabyle*'],
  FR: [
    'parisien*',
    'lyonnais*',
    'marseillais*',
    'toulousain*',
    'niçois*',
    'strasbourgeois*',
    'lillois*',
    'nantais*',
    'bordelais*',
    'toulonnais*',
  ],
};

export const AMBIGUOUS: AmbiguityRule[] = [
  { names: ['Géorgie'], capital: true, usState: true },
  {
    names: [
      'Togo',
      'Mali',
      'Tchad',
      'Niger',
      'Guinée',
      'Chine',
      'Chili',
      'Turquie',
      'Panama',
      'Inde',
      'Jordanie',
    ],
    capital: true,
  },
  {
    names: ['Maurice', 'Dominique', 'Salvador', 'Jersey', 'Guernesey', 'Grenade'],
    capital: true,
    context: true,
    person: true,
  },
  { names: ['Niger'], notAfter: ['fleuve'] },
];

/** Prepositions and governing nouns that make the next name a place ("граждан Того", "من مالي"). */
export const PLACE_CONTEXT: { words: string[]; stems?: string[] } = {
  words: ['de', 'd', 'du', 'en', 'au', 'aux', 'a', 'vers', 'depuis', 'pour', 'par', 'et', 'ou', 'ile', 'l'],
};

/** Words before a name that make Georgia the US state. */
export const US_STATE_BEFORE: string[] = [
  'etat de',
  "l'etat de",
  'atlanta,',
  'atlanta (',
  'etat americain de',
];

/** Words after a name that make Georgia the US state. */
export const US_STATE_AFTER: string[] = ['(etats-unis)', 'aux etats-unis', '(usa)'];
