// `tessera sources [ID]`: outlets and attributed speakers, kept apart, each grade with its Admiralty
// meaning; with an id, that source's claims with their credibility and its meaning.
import type { Command } from 'commander';
import { SOURCE_KINDS, type SourceKind } from '../domain/filters.ts';
import { sourceClaims, sourcesByKind, type GradedSource } from '../services/sources.service.ts';
import { formatBounds } from './extract.command.ts';
import { parseIntegerOption } from './options.ts';
import { docLabel, withStore } from './store.ts';
import { printTable } from './table.ts';
import { exitTwoOnUsageErrors, usageError } from './usage.ts';
import { stdout } from './io.ts';

interface SourcesCliOptions {
  kind?: SourceKind;
  name?: string;
  limit: number;
  format: string;
}

const gradeText = (s: GradedSource) => `${s.grade} ${s.meaning}${s.reliability ? '' : ' (ungraded)'}`;

export function registerSources(program: Command): void {
  const cmd = program
    .command('sources')
    .description(
      'list outlets and attributed speakers apart with their grades and what they mean, or one source with its claims',
    )
    .argument('[id]', 'a source id: list its claims with their grades', parseIntegerOption('ID', 1))
    .option('--kind <kind>', 'outlet or attributed (default: both, apart)')
    .option('--name <words>', 'sources whose name holds these words')
    .option('-n, --limit <n>', 'claims to show for one source', parseIntegerOption('--limit', 1, 10_000), 50)
    .option('-f, --format <format>', 'table or json', 'table');
  exitTwoOnUsageErrors(cmd).action(async (id: number | undefined, opts: SourcesCliOptions) => {
    if (opts.format !== 'table' && opts.format !== 'json')
      usageError(cmd, `--format must be table or json, not "${opts.format}"`);
    if (opts.kind !== undefined && !(SOURCE_KINDS as readonly string[]).includes(opts.kind))
      usageError(cmd, `--kind must be outlet or attributed, not "${opts.kind}"`);
    const kind: SourceKind | undefined = opts.kind;
    await withStore(
      async (repo) => {
        if (id !== undefined) {
          const r = await sourceClaims(repo, id, { limit: opts.limit, offset: 0 });
          if (opts.format === 'json') {
            stdout().write(JSON.stringify(r, null, 2) + '\n');
            return;
          }
          stdout().write(`${r.source.kind} #${r.source.id} ${r.source.name}: ${gradeText(r.source)}\n`);
          printTable(
            ['claim', 'document', 'value', 'who', 'origin', 'status', 'credibility', 'quote'],
            r.claims.map((c) => [
              String(c.record.id),
              docLabel({ id: c.record.documentId, name: c.record.documentName }),
              formatBounds(c.record.claim.value.min, c.record.claim.value.max, c.record.claim.qualifier),
              c.record.claim.population,
              c.record.claim.origin?.join(',') ?? '-',
              c.record.claim.status,
              `${c.credibility} ${c.meaning}${c.record.credibility ? '' : ' (ungraded)'}`,
              c.record.claim.quote,
            ]),
          );
          if (r.total > r.claims.length)
            stdout().write(`${r.claims.length} of ${r.total} claims shown (--limit)\n`);
          return;
        }
        const kinds = await sourcesByKind(repo, { kind, words: opts.name });
        if (opts.format === 'json') {
          stdout().write(JSON.stringify(kind ? { [kind]: kinds[kind] } : kinds, null, 2) + '\n');
          return;
        }
        for (const k of kind ? [kind] : SOURCE_KINDS) {
          stdout().write(k === 'outlet' ? 'Outlets\n' : 'Attributed speakers\n');
          printTable(
            ['source', 'name', 'reliability'],
            kinds[k].map((s) => [String(s.id), s.name, gradeText(s)]),
          );
        }
      },
      { existing: true },
    );
  });
}
