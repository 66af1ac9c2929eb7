// `tessera export --format stix|csv|jsonl`: the claims a question selects, with their reports, grades,
// reviews and facts, to stdout or a file; streamed, with a progress bar on a terminal.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { EXPORT_FORMATS } from '../domain/filters.ts';
import { exportChunks, exportQuery, type ExportProgress } from '../services/export.service.ts';
import { describeError } from './options.ts';
import { withStore } from './store.ts';
import { readerOf } from '../services/collections.service.ts';
import { namedCollection } from './collection.command.ts';
import { exitTwoOnUsageErrors, usageError } from './usage.ts';
import { currentRun, stderr, stdout } from './io.ts';

interface ExportCliOptions {
  format?: string;
  origin?: string;
  population?: string;
  status?: string;
  group?: string;
  since?: string;
  until?: string;
  reviewedOnly?: boolean;
  bom?: boolean;
  output?: string;
  collection?: string;
  withQuotes?: boolean;
}

export function registerExport(program: Command): void {
  const cmd = program
    .command('export')
    .description(
      'export claims with their reports, grades, reviews and facts: STIX 2.1, CSV (HXL) or JSON Lines',
    )
    .option('-f, --format <format>', `${EXPORT_FORMATS.join(', ')} (required)`)
    .option('--origin <code>', 'where the people come from: KZ, region:central-asia, ...')
    .option('--population <kind>', 'children, fighters, women, men, adults, families, people')
    .option('--status <status>', 'joined, present, featured, returned, detained, killed, other')
    .option('--group <group>', 'isis, al-nusra, al-qaeda, taliban, imu, other')
    .option('--since <date>', 'claims dated (or published) on or after: 2019, 2019-05, 2019-05-10')
    .option(
      '--until <date>',
      'claims dated (or published) on or before, the whole period: 2019 keeps 2019-12-31',
    )
    .option('--reviewed-only', 'only claims an analyst confirmed or corrected')
    .option('--bom', 'CSV: start with a UTF-8 byte order mark, for spreadsheet programs')
    .option('--collection <name>', 'only reports of this collection')
    .option(
      '--with-quotes',
      'include quotes and report text of restricted collections (left out by default, for child safety)',
    )
    .option('-o, --output <file>', 'write to this file instead of stdout');
  exitTwoOnUsageErrors(cmd).action(async (opts: ExportCliOptions) => {
    if (opts.format === undefined) usageError(cmd, `--format is required: ${EXPORT_FORMATS.join(', ')}`);
    let query;
    try {
      const { output: _o, withQuotes, ...question } = opts;
      query = exportQuery({ ...question, quotes: withQuotes });
    } catch (e) {
      usageError(cmd, describeError(e));
    }
    if (query.bom && query.format !== 'csv')
      usageError(cmd, `--bom goes with --format csv, not ${query.format}`);
    if (opts.output === '') usageError(cmd, '--output needs a file name');
    const output = opts.output;

    await withStore(
      async (repo, config) => {
        if (query.collection !== undefined && !(await namedCollection(repo, query.collection))) return;
        // Reads of restricted collections are logged with who exported them.
        const reader = await readerOf(repo, null, config.user);
        // A bar on the terminal when the export itself goes elsewhere (a file or a pipe).
        const showBar = stderr().isTTY === true && (output !== undefined || !stdout().isTTY);
        const bar = showBar
          ? new cliProgress.SingleBar(
              { format: 'exporting [{bar}] {value}/{total} claims', hideCursor: true },
              cliProgress.Presets.shades_classic,
            )
          : null;
        let started = false;
        const onProgress = (p: ExportProgress) => {
          if (!bar) return;
          if (!started) bar.start(p.total, 0);
          started = true;
          bar.update(p.done);
        };
        const source = Readable.from(exportChunks(repo, query, onProgress, reader));
        try {
          if (output === undefined) {
            // Sent to a running server, the output goes back whole: -o FILE suits large exports.
            if (currentRun()) for await (const chunk of source) stdout().write(chunk as string | Uint8Array);
            else await pipeline(source, process.stdout, { end: false });
          } else {
            // Written beside the target and renamed when whole: a failed export leaves no half file.
            const partial = `${output}.partial`;
            try {
              await pipeline(source, createWriteStream(partial));
              await rename(partial, output);
            } catch (e) {
              await rm(partial, { force: true });
              throw e;
            }
          }
        } finally {
          if (started) bar?.stop();
        }
      },
      { existing: true },
    );
  });
}
