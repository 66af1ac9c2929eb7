// Pairwise precision and recall of fact grouping, end to end: the dev corpus is ingested into a throw-away
// store (engine, copies and incremental linking as in production), and the facts it builds are compared with
// reference groups from the gold annotations: gold claims with the same value, population, origin and status
// in different documents. Stored claims are matched to gold claims by the scorer's key within each document;
// a claim the engine invented matches nothing, so every pair it is in counts against precision.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { groupFacts } from '../src/analysis/facts.ts';
import type { AnalysisClaim } from '../src/analysis/types.ts';
import {
  acrossDocuments,
  groupsByKey,
  pairwiseScores,
  type PairwiseScore,
} from '../src/analysis/pairwise.ts';
import { ingest } from '../src/services/ingest.service.ts';
import { openRepository } from '../src/storage/drivers/pglite.ts';
import type { ClaimRecord } from '../src/storage/repository.ts';
import { linker } from '../src/services/link.service.ts';

interface GoldClaim {
  value: { min: number | null; max: number | null };
  qualifier: string;
  population: string;
  origin: string[] | null;
  status: string;
  quote: string;
}

const origin = (o: string[] | null) => (o === null ? '-' : [...o].sort().join(','));
/** The official scorer's claim key: value bounds, population, sorted origin. */
const matchKey = (c: Pick<GoldClaim, 'value' | 'population' | 'origin'>) =>
  `${c.value.min ?? '-'}..${c.value.max ?? '-'}|${c.population}|${origin(c.origin)}`;
/** What makes gold claims one fact: the match key plus the status. */
const referenceKey = (c: GoldClaim) => `${matchKey(c)}|${c.status}`;

export interface LinkingEval {
  score: PairwiseScore;
  /** The linker alone, fed the gold claims: what grouping costs without extraction errors. */
  linkerOnly: PairwiseScore;
  /** Human-readable lines: the figures, then (verbose) the pairs missed and the pairs wrongly made. */
  lines: string[];
}

export async function evalLinking(corpus: string, options: { verbose?: boolean } = {}): Promise<LinkingEval> {
  const ids = readdirSync(corpus)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => f.slice(0, -'.gold.json'.length))
    .sort();
  const gold = new Map<string, GoldClaim[]>();
  const meta = new Map<string, { lang: string; published: string | null; outlet: string | null }>();
  for (const id of ids) {
    meta.set(
      id,
      JSON.parse(readFileSync(join(corpus, `${id}.meta.json`), 'utf8')) as {
        lang: string;
        published: string | null;
        outlet: string | null;
      },
    );
    const claims = (
      JSON.parse(readFileSync(join(corpus, `${id}.gold.json`), 'utf8')) as { claims: GoldClaim[] }
    ).claims;
    gold.set(
      id,
      claims.filter((c) => c.qualifier !== 'vague'),
    );
  }

  const repo = await openRepository('memory://', linker);
  try {
    await ingest(
      repo,
      ids.map((id) => join(corpus, `${id}.txt`)),
      { actor: 'eval', maxBytes: 100 * 1024 * 1024, fetchTimeoutMs: 1000, allowPrivate: false },
      () => {},
    );
    // Each stored claim stands for the gold claim it matches (one each), else for itself.
    const standsFor = new Map<number, string>();
    const documentOf = new Map<string, string>();
    const quoteOf = new Map<string, string>();
    for (const id of ids) documentOf.set(id, id);
    let afterId: number | undefined;
    const stored: ClaimRecord[] = [];
    for (;;) {
      const page = await repo.listClaims({ afterId, limit: 1000 });
      stored.push(...page);
      if (page.length < 1000) break;
      afterId = page[page.length - 1]!.id;
    }
    // One to one, by key; where several stored claims share a key, the one that also agrees on the
    // status takes the gold claim first (the engine sometimes reads one phrase twice).
    const used = new Set<string>();
    for (const sameStatus of [true, false]) {
      for (const r of stored) {
        if (standsFor.has(r.id)) continue;
        const goldClaims = gold.get(r.documentName) ?? [];
        const key = matchKey(r.claim);
        const i = goldClaims.findIndex(
          (g, n) =>
            !used.has(`${r.documentName}#${n}`) &&
            matchKey(g) === key &&
            (!sameStatus || g.status === r.claim.status),
        );
        if (i < 0) continue;
        used.add(`${r.documentName}#${i}`);
        standsFor.set(r.id, `${r.documentName}#${i}`);
      }
    }
    for (const r of stored) {
      const id = standsFor.get(r.id) ?? `${r.documentName}#pred-${r.id}`;
      standsFor.set(r.id, id);
      documentOf.set(id, r.documentName);
      quoteOf.set(id, r.claim.quote);
    }
    const reference = groupsByKey(
      [...gold].flatMap(([doc, claims]) =>
        claims.map((c, n) => {
          documentOf.set(`${doc}#${n}`, doc);
          if (!quoteOf.has(`${doc}#${n}`)) quoteOf.set(`${doc}#${n}`, c.quote);
          return { id: `${doc}#${n}`, key: referenceKey(c) };
        }),
      ),
    );
    const predicted = (await repo.listFacts({ minClaims: 2, limit: 100_000 })).map((f) =>
      f.claims.map((m) => standsFor.get(m.claimId) ?? `?${m.claimId}`),
    );
    const across = acrossDocuments((id) => documentOf.get(id) ?? id.split('#')[0]);
    const score = pairwiseScores(predicted, reference, across);
    const goldAsClaims = [...gold].flatMap(([doc, claims]) =>
      claims.map((c, n): AnalysisClaim => ({
        location: [],
        affiliation: null,
        age: { min: null, max: null },
        source: null,
        date: null,
        span: { start: 0, end: 0 },
        ...(c as Partial<AnalysisClaim>),
        value: c.value,
        qualifier: c.qualifier as AnalysisClaim['qualifier'],
        population: c.population as AnalysisClaim['population'],
        origin: c.origin,
        status: c.status as AnalysisClaim['status'],
        quote: c.quote,
        id: `${doc}#${n}`,
        documentId: doc,
        documentName: doc,
        lang: meta.get(doc)?.lang ?? 'und',
        published: meta.get(doc)?.published ?? null,
        outlet: meta.get(doc)?.outlet ?? null,
      })),
    );
    const linkerOnly = pairwiseScores(
      groupFacts(goldAsClaims).map((f) => f.claims.map((c) => c.id)),
      reference,
      across,
    );
    const pct = (x: number) => (x * 100).toFixed(1);
    const lines = [
      `== Fact linking on ../shared/corpus/dev (pairwise, end to end: extraction errors included)`,
      `precision ${pct(score.precision)}  recall ${pct(score.recall)}  F1 ${pct(score.f1)}` +
        `   (${score.truePositives} right of ${score.predictedPairs} linked pairs; ${score.referencePairs} reference pairs)`,
      `linker alone, on the gold claims: precision ${pct(linkerOnly.precision)}  recall ${pct(linkerOnly.recall)}  F1 ${pct(linkerOnly.f1)}`,
    ];
    if (options.verbose) {
      const pairsOf = (groups: string[][]) => {
        const out: [string, string][] = [];
        for (const g of groups)
          for (let i = 0; i < g.length; i++)
            for (let j = i + 1; j < g.length; j++)
              if (across(g[i]!, g[j]!)) out.push([g[i]!, g[j]!].sort() as [string, string]);
        return out;
      };
      const has = (pairs: [string, string][], [a, b]: [string, string]) =>
        pairs.some(([x, y]) => x === a && y === b);
      const mine = pairsOf(predicted);
      const theirs = pairsOf(reference);
      const show = ([a, b]: [string, string]) =>
        `${a} "${quoteOf.get(a) ?? '?'}" ~ ${b} "${quoteOf.get(b) ?? '?'}"`;
      for (const p of theirs.filter((p) => !has(mine, p))) lines.push(`  missed: ${show(p)}`);
      for (const p of mine.filter((p) => !has(theirs, p))) lines.push(`  wrong:  ${show(p)}`);
    }
    return { score, linkerOnly, lines };
  } finally {
    await repo.close();
  }
}
