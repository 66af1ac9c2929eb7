// Status probes, batch 16: the status of the counted phrase in all four languages. Every sentence is
// written for this test. The status verb of the count's own clause, not of another clause; planned or
// expected returns (still held: present); passives and participles; "remain" (present); "died in
// custody" (killed); handed over, sentenced, on trial, surrendered; counts in relative clauses; negation;
// one status verb for a list of counts; Arabic verb-first clauses with the verb far before the count.
// Expectations follow ../shared/eval/GUIDELINES.md. Surrendering is status other, as the en and ru packs
// decided ("neither home nor yet held"); the Arabic pack reads استسلم as detained (left as it is).
import { describe } from 'vitest';
import { runProbes, type Probe } from './probe-helpers.ts';

const EN: Probe[] = [
  [
    'Police said 14 Kyrgyz men who had fought for the Islamic State were arrested on their return.',
    [{ v: [14, 14], pop: 'men', origin: ['KG'], status: 'detained' }],
  ],
  [
    'Some 37 Uzbek women were due to be repatriated from Roj camp in the spring.',
    [{ v: [37, 37], pop: 'women', origin: ['UZ'], status: 'present' }],
  ],
  [
    'An estimated 210 Kazakh children still remain in camps in northeast Syria.',
    [{ v: [210, 210], pop: 'children', origin: ['KZ'], status: 'present' }],
  ],
  [
    'At least 9 Tajik women died in custody in Iraq last year.',
    [{ v: [9, null], pop: 'women', origin: ['TJ'], status: 'killed' }],
  ],
  [
    'A court in Bishkek sentenced 12 Kyrgyz men to prison terms for fighting in Syria.',
    [{ v: [12, 12], pop: 'men', origin: ['KG'], status: 'detained' }],
  ],
  [
    'Nineteen Dutch women are on trial in Rotterdam for membership of the Islamic State.',
    [{ v: [19, 19], pop: 'women', origin: ['NL'], status: 'detained' }],
  ],
  [
    'Around 45 Tunisian militants surrendered to Kurdish forces near Baghouz.',
    [{ v: [45, 45], pop: 'fighters', origin: ['TN'], status: 'other' }],
  ],
  [
    'Eight Uzbek boys were featured in a propaganda video released by the group in March.',
    [{ v: [8, 8], pop: 'children', origin: ['UZ'], status: 'featured' }],
  ],
  [
    'Of the 60 Moroccan women who travelled to Syria, none has returned so far.',
    [{ v: [60, 60], pop: 'women', origin: ['MA'], status: 'joined' }],
  ],
  [
    'Returned so far: 40 Kazakh women from Syria and 30 Kazakh children from Iraq.',
    [
      { v: [40, 40], pop: 'women', origin: ['KZ'], status: 'returned' },
      { v: [30, 30], pop: 'children', origin: ['KZ'], status: 'returned' },
    ],
  ],
  [
    'The ministry expects 25 Russian children to be flown back to Moscow next week.',
    [{ v: [25, 25], pop: 'children', origin: ['RU'], status: 'present' }],
  ],
  [
    'Officials announced that 55 Kosovar women will be brought home in the coming months.',
    [{ v: [55, 55], pop: 'women', origin: ['XK'], status: 'present' }],
  ],
];

const FR: Probe[] = [
  [
    'Selon le parquet, 16 femmes françaises revenues de Syrie ont été mises en examen.',
    [{ v: [16, 16], pop: 'women', origin: ['FR'], status: 'detained' }],
  ],
  [
    'Environ 120 enfants français restent détenus dans les camps du nord-est syrien.',
    [{ v: [120, 120], pop: 'children', origin: ['FR'], status: 'present' }],
  ],
  [
    'Trente enfants belges devaient être rapatriés avant la fin de l’année.',
    [{ v: [30, 30], pop: 'children', origin: ['BE'], status: 'present' }],
  ],
  [
    'Onze djihadistes tunisiens sont morts en détention en Irak.',
    [{ v: [11, 11], pop: 'fighters', origin: ['TN'], status: 'killed' }],
  ],
  [
    'La cour d’assises a condamné neuf Français partis combattre en Syrie.',
    [{ v: [9, 9], pop: 'fighters', origin: ['FR'], status: 'detained' }],
  ],
  [
    'Quatorze combattants belges se sont rendus aux forces kurdes.',
    [{ v: [14, 14], pop: 'fighters', origin: ['BE'], status: 'other' }],
  ],
  [
    'Douze enfants ouzbeks apparaissent dans une vidéo de propagande diffusée par le groupe.',
    [{ v: [12, 12], pop: 'children', origin: ['UZ'], status: 'featured' }],
  ],
  [
    'Sur les 80 Marocains partis en Syrie, aucun n’est rentré.',
    [{ v: [80, 80], pop: 'people', origin: ['MA'], status: 'joined' }],
  ],
  [
    'Paris a annoncé que 35 enfants français seront rapatriés dans les prochaines semaines.',
    [{ v: [35, 35], pop: 'children', origin: ['FR'], status: 'present' }],
  ],
  [
    'Vingt-cinq femmes, que la police a arrêtées à leur retour de Syrie, sont françaises.',
    [{ v: [25, 25], pop: 'women', origin: ['FR'], status: 'detained' }],
  ],
];

const RU: Probe[] = [
  [
    'По данным МВД, 17 граждан Таджикистана, воевавших в Сирии, были задержаны в Душанбе.',
    [{ v: [17, 17], pop: 'fighters', origin: ['TJ'], status: 'detained' }],
  ],
  [
    'Около 90 казахстанских детей до сих пор остаются в лагерях на севере Сирии.',
    [{ v: [90, 90], pop: 'children', origin: ['KZ'], status: 'present' }],
  ],
  [
    'В ближайшие недели планируется вернуть на родину 40 российских детей.',
    [{ v: [40, 40], pop: 'children', origin: ['RU'], status: 'present' }],
  ],
  [
    'Семь узбекских женщин умерли под стражей в Ираке.',
    [{ v: [7, 7], pop: 'women', origin: ['UZ'], status: 'killed' }],
  ],
  [
    'Суд приговорил 11 жителей Дагестана к срокам за участие в боевых действиях в Сирии.',
    [{ v: [11, 11], pop: 'fighters', origin: ['RU'], status: 'detained' }],
  ],
  [
    'Около 30 боевиков из Киргизии сдались курдским силам.',
    [{ v: [30, 30], pop: 'fighters', origin: ['KG'], status: 'other' }],
  ],
  [
    'В пропагандистском ролике ИГ появились 9 казахстанских детей.',
    [{ v: [9, 9], pop: 'children', origin: ['KZ'], status: 'featured' }],
  ],
  [
    'Из 70 граждан Азербайджана, выехавших в Сирию, никто не вернулся.',
    [{ v: [70, 70], pop: 'people', origin: ['AZ'], status: 'joined' }],
  ],
  [
    'Ожидается, что 25 таджикских женщин будут возвращены из Ирака в следующем месяце.',
    [{ v: [25, 25], pop: 'women', origin: ['TJ'], status: 'present' }],
  ],
  [
    'Сейчас под следствием находятся 13 граждан Киргизии, вернувшихся из Сирии.',
    [{ v: [13, 13], pop: 'people', origin: ['KG'], status: 'detained' }],
  ],
];

const AR: Probe[] = [
  [
    'واعتقلت قوات الأمن في العاصمة يوم الخميس الماضي بعد عملية مداهمة 14 مقاتلا تونسيا.',
    [{ v: [14, 14], pop: 'fighters', origin: ['TN'], status: 'detained' }],
  ],
  [
    'ولا يزال نحو 200 طفل عراقي في مخيم الهول.',
    [{ v: [200, 200], pop: 'children', origin: ['IQ'], status: 'present' }],
  ],
  [
    'ومن المقرر أن تتم إعادة 40 امرأة مغربية من سوريا الشهر المقبل.',
    [{ v: [40, 40], pop: 'women', origin: ['MA'], status: 'present' }],
  ],
  [
    'وتوفي 6 مقاتلين تونسيين في السجون العراقية.',
    [{ v: [6, 6], pop: 'fighters', origin: ['TN'], status: 'killed' }],
  ],
  [
    'وأصدرت المحكمة أحكاما بالسجن على 12 مواطنا مغربيا قاتلوا في سوريا.',
    [{ v: [12, 12], pop: 'fighters', origin: ['MA'], status: 'detained' }],
  ],
  [
    'وسلم 30 مسلحا تونسيا أنفسهم للقوات الكردية.',
    [{ v: [30, 30], pop: 'fighters', origin: ['TN'], status: 'other' }],
  ],
  [
    'وظهر في الإصدار المرئي الجديد للتنظيم 8 أطفال أوزبكيين.',
    [{ v: [8, 8], pop: 'children', origin: ['UZ'], status: 'featured' }],
  ],
  [
    'وقتل 9 أطفال وأصيب 20 آخرون في القصف.',
    [
      { v: [9, 9], pop: 'children', status: 'killed' },
      { v: [20, 20], pop: 'children', status: 'other' },
    ],
  ],
  [
    'ومن بين 50 مغربيا التحقوا بالتنظيم، لم يعد أي منهم.',
    [{ v: [50, 50], pop: 'people', origin: ['MA'], status: 'joined' }],
  ],
  [
    'وتسلمت السلطات التونسية 15 طفلا تونسيا من ليبيا.',
    [{ v: [15, 15], pop: 'children', origin: ['TN'], status: 'returned' }],
  ],
  [
    'ويمثل 11 متهما تونسيا أمام المحكمة بتهمة الانضمام إلى تنظيم داعش.',
    [{ v: [11, 11], pop: 'people', origin: ['TN'], status: 'detained' }],
  ],
];

const OPEN = new Set<string>([
  // Origin from a copular predicate after a relative clause (« …, sont françaises »): not status work.
  'Vingt-cinq femmes, que la police a arrêtées à leur retour de Syrie, sont françaises.',
]);

describe('status16 probes: English', () => runProbes('en', EN, OPEN));
describe('status16 probes: French', () => runProbes('fr', FR, OPEN));
describe('status16 probes: Russian', () => runProbes('ru', RU, OPEN));
describe('status16 probes: Arabic', () => runProbes('ar', AR, OPEN));
