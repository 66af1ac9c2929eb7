// Propaganda releases a report describes: media, title in the report's script, date, duration,
// languages and producer. Metadata only.
import type { Release } from '../domain/claim.ts';
import type { ClaimContext } from './claims.ts';

export function findReleases(_ctx: ClaimContext, _published: string | null): Release[] {
  return [];
}
