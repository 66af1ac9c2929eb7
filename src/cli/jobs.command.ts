// `tessera jobs [--state S] [--format table|json]`: the queued jobs of a PostgreSQL store, newest first,
// with their state, attempts and last error.
import type { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { JOB_STATES, listJobs, type JobState } from '../services/jobs.service.ts';
import { describeError, parseIntegerOption } from './options.ts';
import { queueDatabase, withQueue } from './queue.ts';
import { printTable } from './table.ts';
import { exitTwoOnUsageErrors, usageError } from './usage.ts';
import { setExitCode, stderr, stdout } from './io.ts';

interface JobsCliOptions {
  state?: string;
  kind?: string;
  limit: number;
  format: string;
}

const KINDS = ['ingest', 'link'] as const;

export function registerJobs(program: Command): void {
  const cmd = program
    .command('jobs')
    .description(
      'list queued jobs with their state, attempts and errors, newest first (PostgreSQL store only)',
    )
    .option('--state <state>', `only jobs in this state: ${JOB_STATES.join(', ')}`)
    .option('--kind <kind>', 'only ingest or link jobs')
    .option('--limit <n>', 'the newest this many', parseIntegerOption('--limit', 1, 100_000), 100)
    .option('-f, --format <format>', 'table or json', 'table');
  exitTwoOnUsageErrors(cmd).action(async (opts: JobsCliOptions) => {
    if (opts.format !== 'table' && opts.format !== 'json')
      usageError(cmd, `--format must be table or json, not "${opts.format}"`);
    if (opts.state !== undefined && !(JOB_STATES as readonly string[]).includes(opts.state))
      usageError(cmd, `--state must be one of ${JOB_STATES.join(', ')}, not "${opts.state}"`);
    if (opts.kind !== undefined && !(KINDS as readonly string[]).includes(opts.kind))
      usageError(cmd, `--kind must be ingest or link, not "${opts.kind}"`);
    let config;
    try {
      config = loadConfig();
    } catch (e) {
      stderr().write(`tessera: ${describeError(e)}\n`);
      setExitCode(2);
      return;
    }
    const url = queueDatabase(cmd, config, '`tessera jobs`');
    try {
      const jobs = await withQueue(url, {}, (queue) =>
        listJobs(queue, {
          state: opts.state as JobState | undefined,
          kind: opts.kind as (typeof KINDS)[number] | undefined,
          limit: opts.limit,
        }),
      );
      if (opts.format === 'json') return void stdout().write(JSON.stringify(jobs, null, 2) + '\n');
      printTable(
        ['id', 'kind', 'state', 'attempts', 'queued at', 'input', 'error'],
        jobs.map((j) => [
          j.id,
          j.kind,
          j.state,
          `${j.attempts}/${j.maxAttempts}`,
          j.createdAt.toISOString().slice(0, 19).replace('T', ' '),
          j.input ?? '',
          j.error ?? '',
        ]),
      );
    } catch (e) {
      stderr().write(`tessera: ${describeError(e)}\n`);
      setExitCode(1);
    }
  });
}
