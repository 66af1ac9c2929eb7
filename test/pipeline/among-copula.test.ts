// A nationality said past a copula is the counted people's origin ("31 women are Dutch"), unless the
// count opens with "among": then the clause says it of some of them only.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('a copula links a nationality to the count, not after "among"', () => {
  it('en', () => {
    checkProbe('en', 'Twenty-two of the detainees are Belgian.', [
      { v: [22, 22], pop: 'people', origin: ['BE'] },
    ]);
    checkProbe('en', 'Among the 16 fighters captured were foreigners.', [
      { v: [16, 16], pop: 'fighters', status: 'detained' },
    ]);
  });
  it('fr', () => {
    checkProbe('fr', 'Parmi les 16 combattants tués figuraient des étrangers.', [
      { v: [16, 16], pop: 'fighters', status: 'killed' },
    ]);
  });
  it('ru', () => {
    checkProbe('ru', 'Среди 16 убитых боевиков были иностранцы.', [
      { v: [16, 16], pop: 'fighters', status: 'killed' },
    ]);
  });
});
