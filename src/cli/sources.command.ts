// `tessera sources [ID]`: outlets and attributed speakers, kept apart, each grade with its Admiralty
// meaning; with an id, that source's claims with their credibility and its meaning (a merged source's
// with every alias's). `--suggest` lists sources that may be one source; `sources merge ALIAS INTO` and
// `sources unmerge ALIAS` confirm and take back an alias (logged).
import type { Command } from 'commander';
import { SOURCE_KINDS, type SourceKind } from '../domain/filters.ts';
import {
  aliasSuggestions,
  mergeSources,
  sourceClaims,
  sourcesByKind,
  unmergeSource,
  type GradedSource,
} from '../services/sources.service.ts';
import { formatBounds } from './extract.command.ts';
import { parseIntegerOption } from './options.ts';
import { docLabel, withStore } from './store.ts';
import { printTable } from './table.ts';
import { exitTwoOnUsageErrors, usageError } from './usage.ts';
import { stdout } from './io.ts';

interface SourcesCliOptions {
  kind?: SourceKind;
  suggest?: boolean;
  name?: string;
  limit: number;
  format: string;
}

const gradeText = (s: GradedSource) => `${s.grade} ${s.meaning}${s.reliability ? '' : ' (ungraded)'}`;
const aliasText = (s: GradedSource) =>
  s.aliases.length ? s.aliases.map((a) => `#${a.id} ${a.name}`).join('; ') : '-';

/** A source id argument: digits, or a usage error (exit 2) naming it. */
const idArgument = (cmd: Command, label: string, text: string): number => {
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1)
    usageError(cmd, `${label} must be a source id such as 12, not "${text}"`);
  return Number(text);
};

export function registerSources(program: Command): void {
  const cmd = program
    .command('sources')
    .description(
      'list outlets and attributed speakers apart with their grades and what they mean, or one source with its claims',
    )
    .argument('[id]', 'a source id: list its claims with their grades', parseIntegerOption('ID', 1))
    .option('--kind <kind>', 'outlet or attributed (default: both, apart)')
    .option('--name <words>', 'sources whose name holds these words')
    .option('--suggest', 'sources that may be one source written differently, with the reasons')
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
        if (opts.suggest) {
          const items = await aliasSuggestions(repo, { kind, limit: 100 });
          if (opts.format === 'json') {
            stdout().write(JSON.stringify(items, null, 2) + '\n');
            return;
          }
          printTable(
            ['kind', 'source', 'may be', 'why'],
            items.map((s) => [
              s.kind,
              `#${s.a.id} ${s.a.name}`,
              `#${s.b.id} ${s.b.name}`,
              s.reasons.map((r) => `${r.code} (${r.detail})`).join(', '),
            ]),
          );
          if (items.length) stdout().write(`confirm one with: tessera sources merge ID INTO\n`);
          return;
        }
        if (id !== undefined) {
          const r = await sourceClaims(repo, id, { limit: opts.limit, offset: 0 });
          if (opts.format === 'json') {
            stdout().write(JSON.stringify(r, null, 2) + '\n');
            return;
          }
          stdout().write(`${r.source.kind} #${r.source.id} ${r.source.name}: ${gradeText(r.source)}\n`);
          if (r.source.aliases.length) stdout().write(`also written: ${aliasText(r.source)}\n`);
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
            ['source', 'name', 'reliability', 'aliases'],
            kinds[k].map((s) => [String(s.id), s.name, gradeText(s), aliasText(s)]),
          );
        }
      },
      { existing: true },
    );
  });

  const merge = cmd
    .command('merge')
    .description("merge a source into another's group: claims list together, one grade for all (logged)")
    .argument('<source>', 'the source id to merge (with its aliases, if it has any)')
    .argument('<into>', 'the source id it is another spelling of');
  exitTwoOnUsageErrors(merge).action(async (sourceText: string, intoText: string) => {
    const source = idArgument(merge, 'SOURCE', sourceText);
    const into = idArgument(merge, 'INTO', intoText);
    await withStore(
      async (repo, config) => {
        const { source: group } = await mergeSources(repo, source, into, config.user);
        stdout().write(
          `#${source} merged into ${group.kind} #${group.id} ${group.name} by ${config.user}: ${gradeText(group)}; ` +
            `also written: ${aliasText(group)}\n`,
        );
      },
      { existing: true },
    );
  });

  const unmerge = cmd
    .command('unmerge')
    .description('take an alias out of its group again, with the grade it had before (logged)')
    .argument('<source>', 'the alias id');
  exitTwoOnUsageErrors(unmerge).action(async (sourceText: string) => {
    const source = idArgument(unmerge, 'SOURCE', sourceText);
    await withStore(
      async (repo, config) => {
        const r = await unmergeSource(repo, source, config.user);
        stdout().write(
          `#${r.source.id} ${r.source.name} unmerged from #${r.from.id} ${r.from.name} by ${config.user}: ${gradeText(r.source)}\n`,
        );
      },
      { existing: true },
    );
  });
}
