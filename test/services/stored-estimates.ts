// One report with one stated count, stored as the linker would find it: what the estimate tests ask about.
import type { Repository } from '../../src/storage/repository.ts';
import type { Population, Status } from '../../src/domain/claim.ts';
import { claimIn, newDoc } from '../storage/repository.contract.ts';

export interface StatedCount {
  name: string;
  text: string;
  /** The counted phrase, as it stands in text; its first number is the count unless `count` is given. */
  quote: string;
  count?: number;
  population: Population;
  origin: string[];
  status?: Status;
  location?: string[];
  date: string;
  published?: string;
}

/** Stores the report with its one claim; returns the claim's id. */
export async function storeStatedCount(repo: Repository, c: StatedCount): Promise<string> {
  const count = c.count ?? Number(/\d+/.exec(c.quote)![0]);
  const stored = await repo.storeDocument(
    newDoc(c.text, { name: c.name, published: c.published ?? '2020-01-01' }),
    {
      extractorVersion: 'test-1',
      claims: [
        claimIn(c.text, c.quote, {
          value: { min: count, max: count },
          population: c.population,
          origin: c.origin,
          status: c.status ?? 'present',
          location: c.location ?? ['SY'],
          date: c.date,
        }),
      ],
      releases: [],
    },
    'tester',
  );
  if (stored.status !== 'stored') throw new Error(`${c.name} not stored`);
  return String(stored.claimIds[0]);
}
