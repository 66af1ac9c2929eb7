// `tessera claims`: stored claims with their source, date and quote; filters by origin, population, status,
// group, date, and by the language, outlet or id of their report.
import type { Command } from 'commander';
import { formatBounds } from './extract.command.ts';
import { CLAIM_COLUMNS, claimFilter, claimRow, csvLine, listAllClaims } from '../services/claims.service.ts';
import { describeError } from './options.ts';
import { docLabel, withStore } from './store.ts';
import { printTable } from './table.ts';
import { exitTwoOnUsageErrors, usageError } from './usage.ts';
import { stdout } from './io.ts';

interface ClaimsCliOptions {
  origin?: string;
  population?: string;
  status?: string;
  group?: string;
  since?: string;
  until?: string;
  lang?: string;
  outlet?: string;
  report?: string;
  format: string;
}

export function registerClaims(program: Command): void {
  const cmd = program
    .command('claims')
    .description('list stored claims with their source, date and quote')
    .option('--origin <code>', 'where the people come from: KZ, region:central-asia, ...')
    .option('--population <kind>', 'children, fighters, women, men, adults, families, people')
    .option('--status <status>', 'joined, present, featured, returned, detained, killed, other')
    .option('--group <group>', 'isis, al-nusra, al-qaeda, taliban, imu, other')
    .option('--since <date>', 'claims dated (or published) on or after: 2019, 2019-05, 2019-05-10')
    .option('--until <date>', 'claims dated (or published) on or before (a partial date takes in its period)')
    .option('--lang <codes>', 'claims of reports in any of these languages: ar,fr')
    .option('--outlet <name>', 'claims of reports published by this outlet')
    .option('--report <id>', 'claims of one report (its document id)')
    .option('-f, --format <format>', 'table, json or csv (HXL-tagged)', 'table');
  exitTwoOnUsageErrors(cmd).action(async (opts: ClaimsCliOptions) => {
    if (!['table', 'json', 'csv'].includes(opts.format)) {
      usageError(cmd, `--format must be table, json or csv, not "${opts.format}"`);
    }
    let filter;
    try {
      filter = claimFilter(opts);
    } catch (e) {
      usageError(cmd, describeError(e));
    }
    await withStore(
      async (repo) => {
        if (opts.format === 'csv') {
          stdout().write(csvLine(CLAIM_COLUMNS.map(([h]) => h)) + '\n');
          stdout().write(csvLine(CLAIM_COLUMNS.map(([, tag]) => tag)) + '\n');
          for await (const r of listAllClaims(repo, filter)) stdout().write(csvLine(claimRow(r)) + '\n');
          return;
        }
        const all = [];
        for await (const r of listAllClaims(repo, filter)) all.push(r);
        if (opts.format === 'json') {
          stdout().write(JSON.stringify(all, null, 2) + '\n');
          return;
        }
        printTable(
          ['claim', 'document', 'value', 'who', 'origin', 'status', 'group', 'source', 'date', 'quote'],
          all.map((r) => [
            String(r.id) + (r.review.state === 'unreviewed' ? '' : ` (${r.review.state})`),
            docLabel({ id: r.documentId, name: r.documentName }),
            formatBounds(r.claim.value.min, r.claim.value.max, r.claim.qualifier),
            r.claim.population,
            r.claim.origin?.join(',') ?? '-',
            r.claim.status,
            r.claim.affiliation ?? '-',
            r.claim.source ?? (r.documentOutlet ? `(${r.documentOutlet})` : '-'),
            r.claim.date ?? r.documentPublished ?? '-',
            r.claim.quote,
          ]),
        );
      },
      { existing: true },
    );
  });
}
