// `tessera worker [--concurrency N]`: takes queued ingestion and linking jobs from the PostgreSQL store
// until stopped. Any number run at once, on any machine that reaches the database. SIGINT or SIGTERM
// stops taking jobs, lets the jobs running here end (up to the grace time), then hands back those that
// did not, so that another worker takes them; a second signal ends the process at once (its jobs are
// taken again once they time out).
import type { Command } from 'commander';
import { startWorker, type WorkerEvent } from '../services/jobs.service.ts';
import { openStore } from '../storage/open.ts';
import { openJobQueue } from '../storage/queue.ts';
import { commandConfig, docLabel } from './store.ts';
import { describeError, parseIntegerOption } from './options.ts';
import { queueDatabase } from './queue.ts';
import { exitTwoOnUsageErrors } from './usage.ts';
import { setExitCode, stderr, stdout } from './io.ts';
import { linker } from '../services/link.service.ts';

interface WorkerCliOptions {
  concurrency: number;
  batch: number;
  grace: number;
}

export function registerWorker(program: Command): void {
  const cmd = program
    .command('worker')
    .description('process queued ingestion and linking jobs until stopped (PostgreSQL store only)')
    .option(
      '--concurrency <n>',
      'batches of jobs processed at once by this worker',
      parseIntegerOption('--concurrency', 1, 64),
      2,
    )
    .option(
      '--batch <n>',
      'jobs taken together (stored a chunk per statement)',
      parseIntegerOption('--batch', 1, 256),
      // Two chunks of ingestion's 32: one is stored while the next is read. 64 took 512 queued reports
      // at 44-52 reports/s where 32 took 36 (one worker, load 12-15, 4 December 2026).
      64,
    )
    .option(
      '--grace <seconds>',
      'on SIGINT or SIGTERM, how long the jobs running here may take to end before they are handed back',
      parseIntegerOption('--grace', 0, 3600),
      30,
    );
  exitTwoOnUsageErrors(cmd).action(async (opts: WorkerCliOptions) => {
    const config = commandConfig();
    if (!config) return;
    const url = queueDatabase(cmd, config, '`tessera worker`');
    let repo;
    let queue;
    try {
      repo = await openStore(config, linker);
      queue = await openJobQueue(url, {
        sweepSeconds: config.queueSweepSeconds,
        connections: opts.concurrency + 2,
        onError: (e) => stderr().write(`tessera: job queue: ${describeError(e)}\n`),
      });
      await startWorker(
        queue,
        repo,
        { concurrency: opts.concurrency, batchSize: opts.batch, jobTimeoutSeconds: config.jobTimeoutSeconds },
        printEvent,
      );
    } catch (e) {
      stderr().write(`tessera: ${describeError(e)}\n`);
      await queue?.stop(0).catch(() => {});
      await repo?.close().catch(() => {});
      setExitCode(2);
      return;
    }
    stdout().write(
      `worker ${process.pid} taking jobs (concurrency ${opts.concurrency}, batches of ${opts.batch}); Ctrl-C stops it\n`,
    );
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    });
    const force = () => {
      stderr().write(
        'tessera: stopped at once; the jobs that were running are taken again after their time limit\n',
      );
      process.exit(130);
    };
    process.once('SIGINT', force);
    process.once('SIGTERM', force);
    stdout().write(
      `stopping: the jobs running here have ${opts.grace} s to end, then go back to the queue\n`,
    );
    await queue.stop(opts.grace * 1000);
    await repo.close();
    stdout().write('worker stopped\n');
    // A job handed back may still be reading a URL here: it is another worker's now.
    process.exit(0);
  });
}

function printEvent(e: WorkerEvent): void {
  switch (e.type) {
    case 'stored':
      stdout().write(`job ${e.jobId}: stored ${docLabel(e.document)} (${e.claims} claims) from ${e.input}\n`);
      return;
    case 'already_stored':
      stdout().write(`job ${e.jobId}: already stored ${docLabel(e.document)} from ${e.input}\n`);
      return;
    case 'failed':
      stderr().write(`job ${e.jobId}: failed: ${e.input}: ${e.reason}\n`);
      return;
    case 'linked':
      stdout().write(`job ${e.jobId}: linked ${e.documents} documents (${e.claims} claims into facts)\n`);
      return;
  }
}
