// `tessera facts`: the same count reported by several documents, as one fact with its claims, origins and reasons.
import type { Command } from 'commander';
import { csvLine } from '../services/claims.service.ts';
import { FACT_COLUMNS, factFilter, factRows, factView, listAllFacts } from '../services/facts.service.ts';
import type { StoredFact } from '../storage/repository.ts';
import { formatBounds } from './extract.command.ts';
import { describeError } from './options.ts';
import { withStore } from './store.ts';
import { exitTwoOnUsageErrors, usageError } from './usage.ts';
import { stdout } from './io.ts';

interface FactsCliOptions {
  origin?: string;
  population?: string;
  status?: string;
  since?: string;
  minClaims?: string;
  format: string;
}

export function registerFacts(program: Command): void {
  const cmd = program
    .command('facts')
    .description(
      'facts: one count of one population reported by several documents, with the reasons for each link',
    )
    .option('--origin <code>', 'where the people come from: KZ, region:central-asia, ...')
    .option('--population <kind>', 'children, fighters, women, men, adults, families, people')
    .option('--status <status>', 'joined, present, featured, returned, detained, killed, other')
    .option('--since <date>', 'facts holding on or after: 2019, 2019-05, 2019-05-10')
    .option('--min-claims <n>', 'only facts backed by at least this many claims')
    .option('-f, --format <format>', 'table, json or csv (HXL-tagged, one row per claim)', 'table');
  exitTwoOnUsageErrors(cmd).action(async (opts: FactsCliOptions) => {
    if (!['table', 'json', 'csv'].includes(opts.format)) {
      usageError(cmd, `--format must be table, json or csv, not "${opts.format}"`);
    }
    let filter;
    try {
      filter = factFilter(opts);
    } catch (e) {
      usageError(cmd, describeError(e));
    }
    await withStore(
      async (repo) => {
        if (opts.format === 'csv') {
          stdout().write(csvLine(FACT_COLUMNS.map(([h]) => h)) + '\n');
          stdout().write(csvLine(FACT_COLUMNS.map(([, tag]) => tag)) + '\n');
          for await (const f of listAllFacts(repo, filter))
            for (const row of factRows(f)) stdout().write(csvLine(row) + '\n');
          return;
        }
        const all: StoredFact[] = [];
        for await (const f of listAllFacts(repo, filter)) all.push(f);
        if (opts.format === 'json') {
          stdout().write(JSON.stringify(all.map(factView), null, 2) + '\n');
          return;
        }
        if (!all.length) {
          stdout().write('(nothing found)\n');
          return;
        }
        for (const f of all) stdout().write(describeFact(f) + '\n');
        stdout().write(`${all.length} fact(s)\n`);
      },
      { existing: true },
    );
  });
}

/** A fact as a block: the count, its claims one a line, then the reasons. */
function describeFact(f: StoredFact): string {
  const langs = [...new Set(f.claims.map((m) => m.lang ?? '?'))].sort().join(', ');
  const docs = new Set(f.claims.map((m) => m.documentId)).size;
  const head =
    `fact ${f.id}: ${formatBounds(f.value.min, f.value.max, 'exact')} ${f.population}` +
    ` from ${f.origin?.join(', ') ?? '(origin unstated)'}, ${f.status}, ${f.date ?? 'undated'}` +
    ` — ${f.claims.length} claim(s) in ${docs} document(s) (${langs}), ${f.origins} independent origin(s)`;
  const lines = f.claims.map((m) => {
    const who = m.source ?? (m.outlet ? `(${m.outlet})` : 'unattributed');
    return `    ${m.documentName} [${m.lang ?? '?'}] ${m.date ?? m.published ?? 'undated'}, ${who}: "${m.quote.replace(/\s+/g, ' ')}"`;
  });
  const why = f.why.map((w) => `    - ${w}`);
  return [head, '  claims:', ...lines, '  why:', ...why, ''].join('\n');
}
