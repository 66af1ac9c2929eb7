// Mechanisms fixed in the thirty-fifth European round (fr, ru), each with sentences written for this test
// and a counter-case that must not change.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('an incise set off by commas between a count and its verb is read past (inciseOpeners)', () => {
  it('fr: « 120, semble-t-il, sont morts » (a count found, and its own verb)', () =>
    checkProbe('fr', 'Environ 300 Français sont partis en Syrie ; 120, semble-t-il, sont morts.', [
      { v: [300, 300], pop: 'people', origin: ['FR'], status: 'joined' },
      { v: [120, 120], pop: 'people', origin: ['FR'], status: 'killed' },
    ]));
  it('fr: « dont 120, selon le ministère, sont morts »', () =>
    checkProbe('fr', 'Environ 300 Français sont partis en Syrie, dont 120, selon le ministère, sont morts.', [
      { v: [300, 300], pop: 'people', origin: ['FR'], status: 'joined', source: 'le ministère' },
      { v: [120, 120], pop: 'people', origin: ['FR'], status: 'killed' },
    ]));
  it('fr: « Parmi eux, 120, d’après le ministère, sont morts »', () =>
    checkProbe(
      'fr',
      "Environ 300 Français sont partis en Syrie. Parmi eux, 120, d'après le ministère, sont morts.",
      [
        { v: [300, 300], pop: 'people', origin: ['FR'], status: 'joined' },
        { v: [120, 120], pop: 'people', origin: ['FR'], status: 'killed', source: 'le ministère' },
      ],
    ));
  it('ru: «ещё 300, по данным МВД, погибли там»', () =>
    checkProbe(
      'ru',
      'Около 1300 граждан Таджикистана выехали в Сирию, ещё 300, по данным МВД, погибли там.',
      [
        { v: [1300, 1300], pop: 'people', origin: ['TJ'], status: 'joined' },
        { v: [300, 300], pop: 'people', origin: ['TJ'], status: 'killed', source: 'МВД' },
      ],
    ));
  it('ru: «ещё 1600, как считается, остаются там» (last round’s open item)', () =>
    checkProbe('ru', 'В Сирию выехали 2000 граждан Таджикистана, ещё 1600, как считается, остаются там.', [
      { v: [2000, 2000], pop: 'people', origin: ['TJ'], status: 'joined' },
      { v: [1600, 1600], pop: 'people', origin: ['TJ'], status: 'present' },
    ]));
  it('counter-case: a comma after the verb is no incise; each count keeps its verb', () =>
    checkProbe(
      'fr',
      'Environ 300 Français sont partis en Syrie ; 120 sont rentrés, selon le ministère, et 60 sont morts.',
      [
        { v: [300, 300], pop: 'people', origin: ['FR'], status: 'joined' },
        { v: [120, 120], pop: 'people', origin: ['FR'], status: 'returned' },
        { v: [60, 60], pop: 'people', origin: ['FR'], status: 'killed' },
      ],
    ));
  it('counter-case: no incise closes before the end, no verb after it', () =>
    checkProbe('fr', 'La France a rapatrié 35 enfants, selon le ministère.', [
      { v: [35, 35], pop: 'children', origin: ['FR'], status: 'returned', source: 'le ministère' },
    ]));
});

describe('a verb of moving before another count, past a comma, is not the move of a count with its own verb', () => {
  it('ru: «доставлены 27 детей, ещё 15 ожидают отправки»', () =>
    checkProbe('ru', 'Из Ирака в Грозный доставлены 27 детей, ещё 15 ожидают отправки.', [
      { v: [27, 27], pop: 'children', origin: ['RU'], status: 'returned' },
      { v: [15, 15], pop: 'children', origin: ['RU'], status: 'present' },
    ]));
  it('ru: past an incise too', () =>
    checkProbe('ru', 'В Грозный доставлены 27 детей, ещё 15, по словам омбудсмена, ждут возвращения.', [
      { v: [27, 27], pop: 'children', origin: ['RU'], status: 'returned' },
      { v: [15, 15], pop: 'children', origin: ['RU'], status: 'present' },
    ]));
  it('fr: « rapatriés à Paris, 10 autres attendent encore »', () =>
    checkProbe('fr', 'Quinze enfants ont été rapatriés à Paris, 10 autres attendent encore.', [
      { v: [15, 15], pop: 'children', status: 'returned' },
      { v: [10, 10], pop: 'children', status: 'present' },
    ]));
  it('counter-case: counts listed after the verb all moved', () =>
    checkProbe('ru', 'В Грозный доставлены 27 детей, 15 женщин и 3 мужчины.', [
      { v: [27, 27], pop: 'children', origin: ['RU'], status: 'returned' },
      { v: [15, 15], pop: 'women', origin: ['RU'], status: 'returned' },
      { v: [3, 3], pop: 'men', origin: ['RU'], status: 'returned' },
    ]));
});

describe('waiting, the return unsaid or said with «ждать» (status words)', () => {
  it('fr: « 14 autres attendent encore »', () =>
    checkProbe('fr', "Le Kazakhstan a rapatrié 37 enfants d'Irak ; 14 autres attendent encore.", [
      { v: [37, 37], pop: 'children', origin: ['KZ'], status: 'returned' },
      { v: [14, 14], pop: 'children', origin: ['KZ'], status: 'present' },
    ]));
  it('ru: «ещё 40 ждут репатриации»', () =>
    checkProbe('ru', 'В Узбекистан вернули 98 детей, ещё 40 ждут репатриации.', [
      { v: [98, 98], pop: 'children', origin: ['UZ'], status: 'returned' },
      { v: [40, 40], pop: 'children', origin: ['UZ'], status: 'present' },
    ]));
  it('counter-case: awaiting trial is custody', () =>
    checkProbe('fr', 'La France a rapatrié 37 enfants ; 14 autres attendent toujours leur procès en Irak.', [
      { v: [37, 37], pop: 'children', origin: ['FR'], status: 'returned' },
      { v: [14, 14], pop: 'children', origin: ['FR'], status: 'detained' },
    ]));
});

describe('an armed group before a headline colon is the topic, not the speaker (headlineSpeaker)', () => {
  it('fr: « État islamique : … »', () =>
    checkProbe('fr', 'État islamique : 3 adolescents belges montrés dans une nouvelle vidéo', [
      { v: [3, 3], pop: 'children', origin: ['BE'], status: 'featured', aff: 'isis', source: null },
    ]));
  it('fr: with its article, « L’Etat islamique : … »', () =>
    checkProbe('fr', "L'Etat islamique : 14 enfants rapatriés", [
      { v: [14, 14], pop: 'children', status: 'returned', source: null },
    ]));
  it('ru: «ИГИЛ: …»', () =>
    checkProbe('ru', 'ИГИЛ: 14 детей показаны в новом видео', [
      { v: [14, 14], pop: 'children', status: 'featured', aff: 'isis', source: null },
    ]));
  it('counter-case: an agency in capitals still speaks', () =>
    checkProbe('ru', 'МВД: 23 таджикистанца осуждены за участие в боях в Сирии', [
      { v: [23, 23], pop: 'fighters', origin: ['TJ'], status: 'detained', source: 'МВД' },
    ]));
  it('counter-case: a newspaper with its article still speaks', () =>
    checkProbe('fr', 'Le Parisien : 14 mineurs radicalisés mis en examen depuis janvier', [
      { v: [14, 14], pop: 'children', status: 'detained', source: 'Le Parisien' },
    ]));
});

describe('"the others", a count in apposition after them, the verb past it (restWords)', () => {
  it('fr: « les autres, une centaine, sont toujours dans les camps »', () =>
    checkProbe(
      'fr',
      'Le Maroc a rapatrié 12 enfants ; les autres, une centaine, sont toujours dans les camps.',
      [
        { v: [12, 12], pop: 'children', origin: ['MA'], status: 'returned' },
        { v: [100, 100], pop: 'children', origin: ['MA'], status: 'present' },
      ],
    ));
  it('fr: with a bound, « les autres, environ 100, »', () =>
    checkProbe(
      'fr',
      'Le Maroc a rapatrié 12 enfants ; les autres, environ 100, sont toujours dans les camps.',
      [
        { v: [12, 12], pop: 'children', origin: ['MA'], status: 'returned' },
        { v: [100, 100], pop: 'children', origin: ['MA'], status: 'present' },
      ],
    ));
  it('ru: «остальные, около 70, по-прежнему находятся в лагерях»', () =>
    checkProbe('ru', 'В Казахстан вернули 30 детей, остальные, около 70, по-прежнему находятся в лагерях.', [
      { v: [30, 30], pop: 'children', origin: ['KZ'], status: 'returned' },
      { v: [70, 70], pop: 'children', origin: ['KZ'], status: 'present' },
    ]));
  it('counter-case: "the others" with an incise and no count', () =>
    checkProbe('fr', 'Les autres, selon le ministère, sont rentrés.', []));
});

describe('fr: the clitic « en » between a verb of intention and the return leaves it to come (plannedMarkers)', () => {
  it('« prévoient d’en ramener une centaine d’autres »', () =>
    checkProbe(
      'fr',
      "Le Kazakhstan a rapatrié 607 personnes ; les autorités prévoient d'en ramener une centaine d'autres.",
      [
        { v: [607, 607], pop: 'people', origin: ['KZ'], status: 'returned' },
        { v: [100, 100], pop: 'people', origin: ['KZ'], status: 'present' },
      ],
    ));
  it('« compte en ramener », and « et compte » is a verb, not a thing counted with the children', () =>
    checkProbe('fr', "La France a rapatrié 35 enfants et compte en ramener une dizaine d'autres.", [
      { v: [35, 35], pop: 'children', origin: ['FR'], status: 'returned' },
      { v: [10, 10], pop: 'children', origin: ['FR'], status: 'present' },
    ]));
  it('« doit en rapatrier 20 autres »', () =>
    checkProbe('fr', 'La Belgique a rapatrié 16 enfants et doit en rapatrier 20 autres.', [
      { v: [16, 16], pop: 'children', origin: ['BE'], status: 'returned' },
      { v: [20, 20], pop: 'children', origin: ['BE'], status: 'present' },
    ]));
  it('counter-case: « en a rapatrié 10 autres » is done', () =>
    checkProbe('fr', 'La France a rapatrié 35 enfants et en a rapatrié 10 autres en mai.', [
      { v: [35, 35], pop: 'children', origin: ['FR'], status: 'returned' },
      { v: [10, 10], pop: 'children', origin: ['FR'], status: 'returned' },
    ]));
});

describe('fr: « il en reste N », « il y en a encore N »: the clitic stands for the people before (pronounFrames)', () => {
  it('« il en reste une centaine en Syrie »', () =>
    checkProbe('fr', 'La France a rapatrié 35 enfants, il en reste une centaine en Syrie.', [
      { v: [35, 35], pop: 'children', origin: ['FR'], status: 'returned' },
      { v: [100, 100], pop: 'children', origin: ['FR'], status: 'present' },
    ]));
  it('« Il en resterait 60 dans les camps », the next sentence', () =>
    checkProbe('fr', 'La Belgique a rapatrié 16 enfants. Il en resterait 60 dans les camps.', [
      { v: [16, 16], pop: 'children', origin: ['BE'], status: 'returned' },
      { v: [60, 60], pop: 'children', origin: ['BE'], status: 'present' },
    ]));
  it('« il y en a encore 40 au camp de Roj »', () =>
    checkProbe('fr', 'Les Pays-Bas ont rapatrié 12 femmes ; il y en a encore 40 au camp de Roj.', [
      { v: [12, 12], pop: 'women', origin: ['NL'], status: 'returned' },
      { v: [40, 40], pop: 'women', origin: ['NL'], status: 'present' },
    ]));
  it('counter-case: no people counted before', () =>
    checkProbe('fr', 'Il en reste 100 dans la bibliothèque.', []));
});

describe('fr: « par défaut », « par contumace » between the verb of sentencing and its count (objectAdjuncts)', () => {
  it('« a condamné par défaut 23 combattants partis en Syrie »', () =>
    checkProbe('fr', 'La justice belge a condamné par défaut 23 combattants partis en Syrie.', [
      { v: [23, 23], pop: 'fighters', status: 'detained' },
    ]));
  it('« a condamné par contumace 5 djihadistes présumés morts »', () =>
    checkProbe('fr', 'Le tribunal a condamné par contumace 5 djihadistes présumés morts en Syrie.', [
      { v: [5, 5], pop: 'fighters', status: 'detained' },
    ]));
  it('counter-case: a verb of recruiting and its count, no adjunct, keep theirs', () =>
    checkProbe('fr', 'Le JNIM a recruté 40 adolescents partis de Mopti.', [
      { v: [40, 40], pop: 'children', status: 'joined' },
    ]));
});
