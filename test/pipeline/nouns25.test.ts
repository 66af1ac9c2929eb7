// Person nouns of the wider field that a count may name, in each language, and the population the
// guideline gives them: members of a group by their work (recruiters) are fighters, soldiers by the
// army's nisba are fighters, those who back, leave or smuggle for a group are people. Sentences
// invented for this test.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

describe('English: recruiters, mercenaries and cadets are fighters; smugglers and defendants people', () => {
  runProbes('en', [
    ['Police in Mombasa detained nine recruiters.', [{ v: [9, 9], pop: 'fighters', status: 'detained' }]],
    ['About 300 mercenaries were deployed to Mali.', [{ v: [300, 300], pop: 'fighters' }]],
    ['Four cadets died in the blast.', [{ v: [4, 4], pop: 'fighters', status: 'killed' }]],
    ['Troops arrested 14 smugglers near the border.', [{ v: [14, 14], pop: 'people', status: 'detained' }]],
    ['The court convicted 23 defendants of joining IS.', [{ v: [23, 23], pop: 'people' }]],
    ['Six widowers testified.', [{ v: [6, 6], pop: 'men' }]],
  ]);
});

describe('English: a nationality counted after "including" is of the whole before it', () => {
  runProbes('en', [
    [
      'Twelve insurgents, including three Chadians, surrendered to the army.',
      [
        { v: [12, 12], pop: 'fighters' },
        { v: [3, 3], pop: 'fighters', origin: ['TD'] },
      ],
    ],
    [
      'The navy rescued 40 migrants, including nine Eritreans.',
      [
        { v: [40, 40], pop: 'people' },
        { v: [9, 9], pop: 'people', origin: ['ER'] },
      ],
    ],
  ]);
});

describe('French: recruiters are fighters and no recruitment; residents and survivors are people', () => {
  runProbes('fr', [
    ['Trois recruteurs ont été interpellés à Lyon.', [{ v: [3, 3], pop: 'fighters', status: 'detained' }]],
    ['Le camp compte 8 000 résidents.', [{ v: [8000, 8000], pop: 'people' }]],
    ["L'attaque a fait 11 survivants.", [{ v: [11, 11], pop: 'people' }]],
    ['Cinq passeurs ont été arrêtés au Niger.', [{ v: [5, 5], pop: 'people', status: 'detained' }]],
    ['Deux commandants du JNIM ont été tués.', [{ v: [2, 2], pop: 'fighters', status: 'killed' }]],
  ]);
});

describe('Russian: commanders, ringleaders and snipers are fighters; deserters people', () => {
  runProbes('ru', [
    ['В Сирии уничтожены трое главарей.', [{ v: [3, 3], pop: 'fighters', status: 'killed' }]],
    ['Были задержаны 12 бандитов.', [{ v: [12, 12], pop: 'fighters', status: 'detained' }]],
    ['Погибли пять снайперов.', [{ v: [5, 5], pop: 'fighters', status: 'killed' }]],
    ['Задержаны 7 дезертиров.', [{ v: [7, 7], pop: 'people', status: 'detained' }]],
    // A business trip (командировка) is no commander.
    ['В командировку отправились 4 сотрудника.', []],
    ['Были ранены трое братьев.', [{ v: [3, 3], pop: 'men' }]],
  ]);
});

describe('Arabic: soldiers by the nisba, defectors and smugglers', () => {
  runProbes('ar', [
    ['قتل 17 عسكريا في الهجوم.', [{ v: [17, 17], pop: 'fighters', status: 'killed' }]],
    ['اعتقلت الشرطة 12 مهربا.', [{ v: [12, 12], pop: 'people', status: 'detained' }]],
    ['وصل 30 منشقا إلى الحدود.', [{ v: [30, 30], pop: 'people' }]],
  ]);
});
