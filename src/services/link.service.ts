// Linking as a use case: reads the candidates through the store's LinkStore, asks the pure decisions
// of analysis/linking.ts which documents are copies and which claims join which fact, and writes what
// they decided back. A store is opened with `linker`, so the links it keeps inside its own transactions
// (ingestion, reviews, re-extraction, report edits) are decided here too.
import { claimTime } from '../analysis/dates.ts';
import { factWhy } from '../analysis/facts.ts';
import {
  BAND_HOLDERS,
  claimsToLink,
  decideCopies,
  effectiveDateChanges,
  factLookup,
  MAX_COPY_CANDIDATES,
  planLinks,
  signDocuments,
} from '../analysis/linking.ts';
import { releaseKeys } from '../analysis/release-key.ts';
import { claimScope } from '../analysis/scope.ts';
import type { CopyLink } from '../domain/analysis-claim.ts';
import type { LinkStore, Linker, UnsignedDocument } from '../storage/linking.sql.ts';

/** Signs new documents: band keys looked up in one indexed query, copies decided, signatures written. */
export async function signDocumentsIn(
  store: LinkStore,
  docs: readonly UnsignedDocument[],
): Promise<Map<number, CopyLink | null>> {
  if (!docs.length) return new Map();
  const signed = signDocuments(docs);
  // Copies are decided against every document signed before: under the lock that linking takes.
  await store.lock();
  const { candidates, held } = await store.copyCandidates(
    signed.flatMap((d) => d.keys.map((key) => ({ doc: d.id, key }))),
    signed.map((d) => d.id),
    { holders: BAND_HOLDERS, candidates: MAX_COPY_CANDIDATES },
  );
  const decided = decideCopies(signed, candidates, held);
  await store.writeSignatures(decided.signatures, decided.bands);
  return decided.copies;
}

/**
 * Links claims not yet in a fact: each joins the closest compatible fact under its key or founds
 * one. Rejected and vague claims stay out. Only the facts under the claims' keys are read.
 */
export async function linkClaimsIn(
  store: LinkStore,
  claimIds: readonly number[],
): Promise<{ linked: number }> {
  if (!claimIds.length) return { linked: 0 };
  await store.lock();
  const read = await store.unlinkedClaims(claimIds);
  await store.writeEffectiveDates(effectiveDateChanges(read));
  const pending = claimsToLink(read.map((r) => r.claim));
  if (!pending.length) return { linked: 0 };
  const { keys, near } = factLookup(pending);
  const plan = planLinks(pending, await store.factsByKeys(keys, near));
  // New facts get their ids now, in one statement; existing ones are updated in one more.
  const created = plan.facts.filter((f) => f.isNew);
  const allocated = await store.allocateFactIds(created.length);
  const ids = new Map(created.map((f, i) => [f.ref, allocated[i]!]));
  const idOf = (ref: string) => ids.get(ref) ?? Number(ref);
  const rows = plan.facts.map(({ ref, isNew: _isNew, ...row }) => ({ id: idOf(ref), ...row }));
  await store.insertFacts(rows.filter((_, i) => plan.facts[i]!.isNew));
  await store.updateFacts(rows.filter((_, i) => !plan.facts[i]!.isNew));
  await store.insertMembers(plan.members.map(({ factRef, ...m }) => ({ factId: idOf(factRef), ...m })));
  return { linked: plan.members.length };
}

/** The decisions a store is opened with. */
export const linker: Linker = {
  signDocuments: signDocumentsIn,
  linkClaims: linkClaimsIn,
  claimScope,
  releaseKeys,
  effectiveDate: (claim) => claimTime(claim)?.date ?? null,
  factWhy,
};
