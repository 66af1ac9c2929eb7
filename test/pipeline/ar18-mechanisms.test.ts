// Arabic, eighteenth round: the mechanisms behind defects found last round, each pinned with sentences
// of its own.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('Arabic: a year after a time word is not multiplied by the scale word after it', () => {
  it('في 2019 ألف شخص: the thousand is a count of its own', () => {
    checkProbe('ar', 'وعاد في 2019 ألف شخص إلى البلاد.', [
      { v: [1000, 1000], pop: 'people', status: 'returned' },
    ]);
  });
  it('في عام 2018 ألف مقاتل', () => {
    checkProbe('ar', 'وفي عام 2018 ألف مقاتل عادوا.', [{ v: [1000, 1000], pop: 'fighters' }]);
  });
  it('خلال 2017 ألف لاجئ', () => {
    checkProbe('ar', 'ووصل خلال 2017 ألف لاجئ إلى المخيمات.', [{ v: [1000, 1000], pop: 'people' }]);
  });
  it('digits with a scale word keep it: 2 ألف, 4 آلاف', () => {
    checkProbe('ar', 'وسلم 2 ألف مقاتل و4 آلاف امرأة أنفسهم.', [
      { v: [2000, 2000], pop: 'fighters' },
      { v: [4000, 4000], pop: 'women' },
    ]);
  });
});
