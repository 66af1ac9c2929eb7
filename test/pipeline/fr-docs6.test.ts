// French document probes, sixth batch (issue: generality on unseen reports). Written blind, before any
// dev report was read: every report below is invented for this test. Short reports of several
// sentences in the styles of ministry figures, wire copy, UN summaries and NGO releases: a speaker
// named once and carried or replaced, counts without a noun ("dont 40", "d'entre eux", "autres"),
// origin said for one group only, the place of the report vs that of the people, totals and their
// parts, and releases cited in prose. Expectations follow ../shared/eval/GUIDELINES.md.
import { describe, it } from 'vitest';
import { checkReleases, runProbes, type Probe } from './probe-helpers.ts';

const MINISTERE = [
  'Selon le ministère de l’Intérieur, 1 450 Français se sont rendus en zone irako-syrienne depuis 2012.',
  'Parmi eux, environ 300 seraient morts et 260 sont revenus en France.',
  'Le ministère indique aussi que 120 mineurs français ont été rapatriés.',
  '\n\nPar ailleurs, une centaine de femmes françaises se trouvent toujours dans les camps du nord-est syrien, selon une ONG.',
].join(' ');

const BAGDAD = [
  'BAGDAD, 3 mars (AFP) - Les autorités irakiennes ont remis à Ankara 188 enfants turcs de djihadistes présumés, dont 40 âgés de moins de trois ans, a indiqué un responsable.',
  'Plus de 1 000 étrangères condamnées pour appartenance à l’EI sont détenues en Irak.',
].join(' ');

const SAHEL = [
  'Au Mali, le JNIM a revendiqué mardi l’attaque d’un camp militaire qui a coûté la vie à 27 soldats maliens.',
  'Le groupe a aussi diffusé une vidéo intitulée Les Cavaliers du Sahel montrant l’assaut.',
  'L’armée affirme avoir neutralisé une quarantaine d’assaillants.',
].join(' ');

const ONU = [
  'Dans son rapport annuel, le Secrétaire général de l’ONU fait état de 8 655 enfants recrutés et utilisés en 2022.',
  'En Somalie, 1 400 enfants ont été recrutés, la plupart par les Chabab.',
  'En République démocratique du Congo, les Nations unies ont vérifié le recrutement de 1 500 enfants, dont 300 filles.',
].join(' ');

const QUAI = [
  'La France a rapatrié mardi 32 enfants et 15 mères détenus dans des camps du nord-est de la Syrie, a annoncé le Quai d’Orsay.',
  '« Les mineurs ont été remis aux services de l’aide sociale à l’enfance », précise le communiqué.',
  'Selon l’avocate des familles, quelque 80 enfants français restent sur place, dont 20 orphelins.',
].join(' ');

const CHIBOK = [
  'Au Nigeria, Boko Haram a enlevé 276 lycéennes à Chibok en 2014.',
  'Une centaine d’entre elles sont toujours portées disparues, selon Amnesty International.',
  'L’armée nigériane affirme avoir libéré 57 otages la semaine dernière.',
].join(' ');

const TCHETCHENIE = [
  'Selon Ramzan Kadyrov, 200 enfants tchétchènes ont été rapatriés d’Irak et de Syrie depuis 2017.',
  'Kadyrov a ajouté que 30 autres attendaient encore leur retour.',
  '\n\nDimanche, un avion transportant une quarantaine d’enfants en provenance d’Irak a atterri à Moscou.',
].join(' ');

const IFRI = [
  'D’après une note de l’IFRI, environ 2 000 Ouzbeks ont rejoint l’EI.',
  'Quelque 500 d’entre eux auraient été tués.',
  'Les Tadjiks seraient un millier, dont 300 ont regagné leur pays.',
].join(' ');

const PARQUET = [
  'PARIS - Dix-sept adolescents ont été mis en examen en France l’an dernier pour des projets d’attentat, selon le parquet national antiterroriste.',
  'Trois d’entre eux avaient tenté de rejoindre la Syrie.',
].join(' ');

const MEDIAS = [
  'L’État islamique a publié le numéro 12 de son magazine Dar al-Islam, qui appelle à frapper la France.',
  'Un nachid appelé Ghuraba circule aussi sur les réseaux sociaux.',
  'En 2015, la vidéo « Sur les traces de mon père » montrait onze enfants français à l’entraînement.',
].join(' ');

const OPEN = new Set<string>([
  // "une quarantaine d’enfants en provenance d’Irak" on a plane that landed: origin and status of arrivals (arrivalPlace) give IQ.
  TCHETCHENIE,
]);

describe('French document probes 6', () => {
  runProbes(
    'fr',
    [
      [
        MINISTERE,
        [
          {
            v: [1450, 1450],
            pop: 'people',
            origin: ['FR'],
            status: 'joined',
            source: 'le ministère de l’Intérieur',
          },
          { v: [300, 300], pop: 'people', origin: ['FR'], status: 'killed' },
          { v: [260, 260], pop: 'people', origin: ['FR'], status: 'returned' },
          { v: [120, 120], pop: 'children', origin: ['FR'], status: 'returned', source: 'Le ministère' },
          { v: [100, 100], pop: 'women', origin: ['FR'], status: 'present', source: 'une ONG', loc: ['SY'] },
        ],
      ],
      [
        BAGDAD,
        [
          { v: [188, 188], pop: 'children', origin: ['TR'], source: 'un responsable' },
          { v: [40, 40], pop: 'children', origin: ['TR'], age: [null, 2] },
          {
            v: [1000, null],
            pop: 'women',
            origin: ['region:foreign'],
            status: 'detained',
            aff: 'isis',
            loc: ['IQ'],
          },
        ],
      ],
      [
        SAHEL,
        [
          { v: [27, 27], pop: 'fighters', origin: ['ML'], status: 'killed', aff: 'other' },
          { v: [40, 40], pop: 'fighters', status: 'killed', source: 'L’armée' },
        ],
      ],
      [
        ONU,
        [
          { v: [8655, 8655], pop: 'children', status: 'joined' },
          { v: [1400, 1400], pop: 'children', status: 'joined', loc: ['SO'], aff: 'other' },
          { v: [1500, 1500], pop: 'children', status: 'joined', loc: ['CD'] },
          { v: [300, 300], pop: 'children', status: 'joined', loc: ['CD'] },
        ],
      ],
      [
        QUAI,
        [
          { v: [32, 32], pop: 'children', origin: ['FR'], status: 'returned', source: 'le Quai d’Orsay' },
          { v: [15, 15], pop: 'women', origin: ['FR'], status: 'returned', source: 'le Quai d’Orsay' },
          {
            v: [80, 80],
            pop: 'children',
            origin: ['FR'],
            status: 'present',
            source: 'l’avocate des familles',
          },
          {
            v: [20, 20],
            pop: 'children',
            origin: ['FR'],
            status: 'present',
            source: 'l’avocate des familles',
          },
        ],
      ],
      [
        CHIBOK,
        [
          { v: [276, 276], pop: 'children', status: 'other', aff: 'other', loc: ['NG'] },
          { v: [100, 100], pop: 'children', source: 'Amnesty International' },
          { v: [57, 57], pop: 'people', source: 'L’armée nigériane' },
        ],
      ],
      [
        TCHETCHENIE,
        [
          { v: [200, 200], pop: 'children', origin: ['RU'], status: 'returned', source: 'Ramzan Kadyrov' },
          { v: [30, 30], pop: 'children', origin: ['RU'], source: 'Kadyrov', not: 'returned' },
          { v: [40, 40], pop: 'children', source: null },
        ],
      ],
      [
        IFRI,
        [
          { v: [2000, 2000], pop: 'people', origin: ['UZ'], status: 'joined', aff: 'isis' },
          { v: [500, 500], pop: 'people', origin: ['UZ'], status: 'killed' },
          { v: [1000, 1000], pop: 'people', origin: ['TJ'] },
          { v: [300, 300], pop: 'people', origin: ['TJ'], status: 'returned' },
        ],
      ],
      [
        PARQUET,
        [
          {
            v: [17, 17],
            pop: 'children',
            status: 'detained',
            loc: ['FR'],
            source: 'le parquet national antiterroriste',
          },
          { v: [3, 3], pop: 'children' },
        ],
      ],
      [MEDIAS, [{ v: [11, 11], pop: 'children', origin: ['FR'], status: 'featured' }]],
    ] satisfies Probe[],
    OPEN,
  );

  it('finds the video named in the Sahel report', () => {
    checkReleases('fr', SAHEL, [['video', 'Les Cavaliers du Sahel']]);
  });
  it('finds the releases named in the media report', () => {
    checkReleases('fr', MEDIAS, [
      ['magazine', 'Dar al-Islam 12'],
      ['audio', 'Ghuraba'],
      ['video', 'Sur les traces de mon père'],
    ]);
  });
});
