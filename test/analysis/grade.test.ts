import { describe, expect, it } from 'vitest';
import {
  UNGRADED,
  describeGrade,
  formatGrade,
  gradeOrUngraded,
  isUngraded,
  parseCredibility,
  parseGrade,
  parseReliability,
} from '../../src/domain/grade.ts';

describe('Admiralty grades', () => {
  it('treats an ungraded claim as F6, "cannot be judged"', () => {
    expect(gradeOrUngraded(undefined)).toEqual({ reliability: 'F', credibility: 6 });
    expect(isUngraded(gradeOrUngraded(null))).toBe(true);
    expect(describeGrade(UNGRADED)).toBe('F6 (reliability cannot be judged; truth cannot be judged)');
  });

  it('fills only the missing half of a partial grade', () => {
    expect(gradeOrUngraded({ reliability: 'B' })).toEqual({ reliability: 'B', credibility: 6 });
  });

  it('reads reliability letters in either case and rejects others', () => {
    expect(parseReliability(' b ')).toBe('B');
    expect(parseReliability('G')).toBeNull();
    expect(parseReliability('AB')).toBeNull();
  });

  it('reads credibility 1 to 6 and rejects 0, 7 and fractions', () => {
    expect(parseCredibility('3')).toBe(3);
    expect(parseCredibility('0')).toBeNull();
    expect(parseCredibility('7')).toBeNull();
    expect(parseCredibility('3.5')).toBeNull();
  });

  it('reads the compact forms B2, b/2 and B-2', () => {
    for (const text of ['B2', 'b/2', 'B-2', 'B 2']) {
      expect(parseGrade(text)).toEqual({ reliability: 'B', credibility: 2 });
    }
    expect(parseGrade('B7')).toBeNull();
    expect(formatGrade({ reliability: 'C', credibility: 3 })).toBe('C3');
  });
});
