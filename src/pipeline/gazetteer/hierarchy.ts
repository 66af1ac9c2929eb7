// How places nest: a country inside its regions, the North Caucasus inside Russia and the former
// USSR, every named place inside region:foreign. The most specific of nested codes is the one a
// claim keeps ("ex-Soviet North Caucasus" → region:north-caucasus).
import { REGION_PARENTS } from './regions.data.ts';

export { REGION_PARENTS };

const ancestorCache = new Map<string, ReadonlySet<string>>();

/** Every region or country that contains code, however far up (not code itself). */
export function regionAncestors(code: string): ReadonlySet<string> {
  const hit = ancestorCache.get(code);
  if (hit) return hit;
  const found = new Set<string>();
  const stack = [...(REGION_PARENTS[code] ?? [])];
  // A country without a listed region still lies inside region:foreign.
  if (!code.startsWith('region:') && !stack.length) stack.push('region:foreign');
  while (stack.length) {
    const next = stack.pop()!;
    if (found.has(next) || next === code) continue;
    found.add(next);
    stack.push(...(REGION_PARENTS[next] ?? []));
  }
  ancestorCache.set(code, found);
  return found;
}

/** Whether inner lies inside outer (Kyrgyzstan inside Central Asia); a code is not inside itself. */
export function isInside(inner: string, outer: string): boolean {
  return regionAncestors(inner).has(outer);
}

/**
 * The codes none of the others lies inside, in their given order: [region:former-ussr,
 * region:north-caucasus] → [region:north-caucasus]; [region:central-asia, KG] → [KG];
 * [KZ, KG] stays as it is. Pure; duplicates are dropped.
 */
export function mostSpecific(codes: readonly string[]): string[] {
  const unique = [...new Set(codes)];
  return unique.filter((c) => !unique.some((other) => other !== c && isInside(other, c)));
}

/** The places listed directly inside a region (Central Asia: KZ, KG, TJ, TM, UZ), in code order. */
export function regionChildren(region: string): string[] {
  return Object.keys(REGION_PARENTS)
    .filter((code) => REGION_PARENTS[code]!.includes(region))
    .sort();
}
