import { describe, expect, it } from 'vitest';
import { sharedAttribution, sourceIdentity } from '../../src/analysis/sources.ts';

describe('shared attribution', () => {
  it('finds the same president quoted with and without his title and first names', () => {
    expect(sharedAttribution('President Tokayev', 'Kazakh President Kassym-Jomart Tokayev')).toBe('tokayev');
  });

  it('matches a Russian source to its English spelling through transliteration and case endings', () => {
    expect(sharedAttribution('по словам президента Токаева', 'President Tokayev')).not.toBeNull();
  });

  it('matches the same body whether or not the country is named', () => {
    expect(
      sharedAttribution("Kazakhstan's National Security Committee", 'the National Security Committee'),
    ).not.toBeNull();
  });

  it('does not merge different bodies that share words', () => {
    expect(sharedAttribution('Human Rights Watch', 'human rights activists')).toBeNull();
    expect(sharedAttribution("Kazakhstan's intelligence chief", "Kazakhstan's foreign ministry")).toBeNull();
  });

  it('does not let spelling tolerance merge names that differ by a number', () => {
    expect(sharedAttribution('informant Tango12', 'informant Tango13')).toBeNull();
  });

  it('never merges vague attributions such as "sources" or "officials"', () => {
    expect(sourceIdentity('private sources')).toEqual([]);
    expect(sharedAttribution('informed sources', 'informed sources')).toBeNull();
    expect(sharedAttribution('مصادر مطلعة', 'مصادر مطلعة')).toBeNull();
    expect(sharedAttribution('officials', 'officials')).toBeNull();
    expect(sharedAttribution(null, 'President Tokayev')).toBeNull();
  });

  it('matches Arabic sources after folding hamza and taa marbuta', () => {
    expect(sharedAttribution('وزارة الخارجية الطاجيكية', 'وزاره الخارجيه الطاجيكيه')).not.toBeNull();
  });
});
