// `tessera estimates`: every estimate for one question over time, with source, date and grade; conflicts; a reconciled range.
import type { Command } from 'commander';
import { formatBounds as boundsText } from '../analysis/estimates.ts';
import { csvLine } from '../services/claims.service.ts';
import {
  conflictMap,
  DEFAULT_SERIES_LIMIT,
  describeSpan,
  ESTIMATE_COLUMNS,
  estimateQuestion,
  estimateRow,
  estimates,
  gradeLabel,
} from '../services/estimates.service.ts';
import { formatBounds } from './extract.command.ts';
import { describeError } from './options.ts';
import { withStore } from './store.ts';
import { printTable } from './table.ts';
import { exitTwoOnUsageErrors, usageError } from './usage.ts';
import { stdout } from './io.ts';

interface EstimatesCliOptions {
  population?: string;
  origin?: string;
  status?: string;
  location?: string;
  group?: string;
  at?: string;
  limit: string;
  format: string;
}

/** The same question of another origin, as a command line: where a wider group's estimates are all listed. */
function askedOf(opts: EstimatesCliOptions, origin: string): string {
  const flags = (['population', 'status', 'location', 'group'] as const).flatMap((k) =>
    opts[k] ? [`--${k} ${opts[k]}`] : [],
  );
  return ['tessera estimates', ...flags, `--origin ${origin}`].join(' ');
}

export function registerEstimates(program: Command): void {
  const cmd = program
    .command('estimates')
    .description('an estimate series: who said how many, when, how graded; conflicts and a reconciled range')
    .option('--population <kind>', 'children, fighters, women, men, adults, families, people (required)')
    .option('--origin <codes>', 'KZ, KZ,UZ (counted together), region:central-asia, or none (required)')
    .option('--status <status>', 'joined, present, featured, returned, detained, killed, other')
    .option('--location <code>', 'where the people are or were: SY, IQ, ...')
    .option('--group <group>', 'isis, al-nusra, al-qaeda, taliban, imu, other')
    .option('--at <date>', 'reconcile the estimates around this date (default: the latest estimate)')
    .option(
      '-n, --limit <n>',
      'show at most this many estimates, the latest first',
      String(DEFAULT_SERIES_LIMIT),
    )
    .option('-f, --format <format>', 'table, json or csv (HXL-tagged)', 'table');
  exitTwoOnUsageErrors(cmd).action(async (opts: EstimatesCliOptions) => {
    if (!['table', 'json', 'csv'].includes(opts.format)) {
      usageError(cmd, `--format must be table, json or csv, not "${opts.format}"`);
    }
    const limit = Number(opts.limit);
    if (!Number.isInteger(limit) || limit <= 0)
      usageError(cmd, `--limit must be a positive integer, not "${opts.limit}"`);
    let parsed;
    try {
      parsed = estimateQuestion(opts);
    } catch (e) {
      usageError(cmd, describeError(e));
    }
    await withStore(
      async (repo) => {
        const { series, total, reconciled, wider, sums } = await estimates(
          repo,
          parsed.question,
          parsed.at,
          limit,
        );
        const conflicts = conflictMap(series);
        if (opts.format === 'json') {
          const points = series.points.map((p) => ({ ...p, gradeLabel: gradeLabel(p.grade) }));
          stdout().write(
            JSON.stringify({ ...series, points, total, reconciled, wider, sums }, null, 2) + '\n',
          );
          return;
        }
        if (opts.format === 'csv') {
          stdout().write(csvLine(ESTIMATE_COLUMNS.map(([h]) => h)) + '\n');
          stdout().write(csvLine(ESTIMATE_COLUMNS.map(([, tag]) => tag)) + '\n');
          for (const p of series.points)
            stdout().write(csvLine(estimateRow(p, conflicts.get(p.claimId) ?? [])) + '\n');
          return;
        }
        printTable(
          [
            'claim',
            'date',
            'value',
            'scope',
            'part of',
            'source',
            'outlet',
            'grade',
            'document',
            'conflicts',
            'quote',
          ],
          series.points.map((p) => [
            p.claimId,
            p.date ? (p.dateBasis === 'published' ? `${p.date} (published)` : p.date) : 'undated',
            formatBounds(p.value.min, p.value.max, p.qualifier),
            p.scope === 'unmarked' ? '-' : `${p.scope} ("${p.scopeMarker}")`,
            p.partOf ?? '-',
            p.source ?? '-',
            p.outlet ?? '-',
            gradeLabel(p.grade),
            `${p.documentName} [${p.lang}]`,
            conflicts.get(p.claimId)?.join(', ') ?? '-',
            p.quote,
          ]),
        );
        if (!series.points.length) return;
        if (total > series.points.length) {
          stdout().write(
            `\nthe latest ${series.points.length} of ${total} estimates (--limit to see more)\n`,
          );
        }
        stdout().write(`\nrange stated: ${describeSpan(series)}\n`);
        stdout().write(
          `conflicts: ${series.conflictCount}` +
            (series.conflictCount > series.conflicts.length
              ? ` (closest ${series.conflicts.length} shown)`
              : '') +
            '\n',
        );
        for (const c of series.conflicts) stdout().write(`  - ${c.why}\n`);
        if (reconciled) {
          const range = reconciled.supported ? boundsText(reconciled.supported) : 'nothing near that date';
          stdout().write(`reconciled at ${reconciled.date}: ${range}\n`);
          for (const w of reconciled.why) stdout().write(`  - ${w}\n`);
          for (const x of reconciled.excluded) stdout().write(`  - left out: ${x.why}\n`);
        }
        for (const w of wider) {
          const stated = w.points
            .map(
              (p) =>
                `${formatBounds(p.value.min, p.value.max, p.qualifier)} (${p.documentName}, ${p.date ?? 'undated'})`,
            )
            .join('; ');
          // The latest few; the wider group's own question lists every one.
          const others = w.more ? `; more in ${askedOf(opts, w.region)}` : '';
          stdout().write(`wider group ${w.region}, context only, not in the range: ${stated}${others}\n`);
        }
        for (const sum of sums) {
          const parts = sum.countries.map((c) => `${c.code} claim ${c.claimId}`).join(' + ');
          stdout().write(
            `sum of countries at ${sum.date} (${sum.scope}): ${boundsText(sum.value)} = ${parts}\n`,
          );
        }
      },
      { existing: true },
    );
  });
}
