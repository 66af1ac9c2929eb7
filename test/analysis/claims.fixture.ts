// Builds analysis claims in the project's own words; each test states only what it varies.

import type { AnalysisClaim } from '../../src/analysis/types.ts';

let counter = 0;

export function claim(overrides: Partial<AnalysisClaim> = {}): AnalysisClaim {
  counter++;
  const documentId = overrides.documentId ?? `doc-${counter}`;
  return {
    id: `claim-${counter}`,
    documentId,
    documentName: documentId,
    lang: 'en',
    published: null,
    outlet: null,
    value: { min: 156, max: 156 },
    qualifier: 'exact',
    population: 'children',
    origin: ['KZ'],
    status: 'returned',
    location: ['SY'],
    affiliation: null,
    age: { min: null, max: null },
    source: null,
    date: null,
    quote: '156 children',
    span: { start: 0, end: 12 },
    ...overrides,
  };
}
