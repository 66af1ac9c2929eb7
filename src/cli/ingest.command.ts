// `tessera ingest PATH|URL...`: store reports with their claims; a progress bar on a terminal, lines otherwise.
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { ingest, type IngestEvent } from '../services/ingest.service.ts';
import { parseIntegerOption } from './options.ts';
import { queueIngest } from './queued-ingest.ts';
import { namedCollection } from './collection.command.ts';
import { docLabel, withStore } from './store.ts';
import { exitTwoOnUsageErrors } from './usage.ts';
import { setExitCode, stderr, stdout } from './io.ts';

interface IngestCliOptions {
  json?: boolean;
  allowPrivate?: boolean;
  maxBytes?: number;
  timeout?: number;
  queue?: boolean;
  collection?: string;
}

const positive = (what: string) => parseIntegerOption(what, 1);

export function registerIngest(program: Command): void {
  const cmd = program
    .command('ingest')
    .description('store reports (files, folders, http(s) URLs) with their original bytes, text and claims')
    .argument('<inputs...>', 'files, folders (read recursively) or http(s) URLs')
    .option('--json', 'one JSON object per line for each input, then a summary')
    .option('--allow-private', 'let URLs reach loopback, link-local and private addresses')
    .option('--collection <name>', 'the collection the reports go into (default: general)')
    .option(
      '--queue',
      'queue one job per file and URL for `tessera worker` and return (PostgreSQL store only)',
    )
    .option(
      '--max-bytes <n>',
      'refuse files and downloads larger than this (default: TESSERA_MAX_BYTES or 100 MB)',
      positive('--max-bytes'),
    )
    .option(
      '--timeout <ms>',
      'time limit per URL in milliseconds (default: TESSERA_FETCH_TIMEOUT_MS or 30000)',
      positive('--timeout'),
    );
  exitTwoOnUsageErrors(cmd).action(async (inputs: string[], opts: IngestCliOptions) => {
    if (opts.queue) return queueIngest(cmd, inputs, opts);
    await withStore(async (repo, config) => {
      const collection = opts.collection === undefined ? null : await namedCollection(repo, opts.collection);
      if (opts.collection !== undefined && !collection) return;
      const ui = createReporter(Boolean(opts.json), stderr().isTTY === true && !opts.json);
      const summary = await ingest(
        repo,
        inputs,
        {
          actor: config.user,
          maxBytes: opts.maxBytes ?? config.maxBytes,
          fetchTimeoutMs: opts.timeout ?? config.fetchTimeoutMs,
          allowPrivate: Boolean(opts.allowPrivate),
          collectionId: collection?.id,
        },
        ui.event,
      );
      ui.done();
      const rate = summary.stored / Math.max(summary.seconds, 0.001);
      if (opts.json) {
        stdout().write(JSON.stringify({ event: 'summary', ...summary, rate }) + '\n');
      } else {
        stdout().write(
          `${summary.stored} stored, ${summary.alreadyStored} already stored, ${summary.skipped} skipped, ` +
            `${summary.failed} failed in ${summary.seconds.toFixed(1)} s (${rate.toFixed(1)} reports/s)\n`,
        );
      }
      if (summary.failed) setExitCode(1);
    });
  });
}

function createReporter(json: boolean, tty: boolean) {
  if (json) {
    return {
      event: (e: IngestEvent) => {
        if (e.type === 'planned') return;
        stdout().write(JSON.stringify({ event: e.type, ...e, type: undefined }) + '\n');
      },
      done: () => {},
    };
  }
  if (tty) {
    const bar = new cliProgress.SingleBar(
      {
        format:
          'ingesting {bar} {value}/{total} | {rate}/s | stored {stored} | already {already} | failed {failed} | linked {linked}',
        stream: process.stderr,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    const counts = { stored: 0, already: 0, failed: 0 };
    const later: string[] = [];
    const started = performance.now();
    let running = false;
    let linked = { documents: 0, claims: 0 };
    const payload = (done: number) => ({
      ...counts,
      linked: linked.documents,
      rate: (done / Math.max((performance.now() - started) / 1000, 0.001)).toFixed(1),
    });
    let done = 0;
    return {
      event: (e: IngestEvent) => {
        switch (e.type) {
          case 'planned':
            bar.start(e.total, 0, payload(0));
            running = true;
            return;
          case 'stored':
            counts.stored++;
            for (const n of e.notices) later.push(`note: ${e.input}: ${n}`);
            break;
          case 'already_stored':
            counts.already++;
            break;
          case 'failed':
            counts.failed++;
            later.push(`tessera: ${e.input}: ${e.reason}`);
            break;
          case 'skipped':
            later.push(`skipped ${e.input}: ${e.reason}`);
            return;
          case 'linked':
            linked = e;
            if (running) bar.update(done, payload(done));
            return;
        }
        done++;
        if (running) bar.update(done, payload(done));
      },
      done: () => {
        if (running) bar.stop();
        for (const line of later) stderr().write(line + '\n');
      },
    };
  }
  return {
    event: (e: IngestEvent) => {
      switch (e.type) {
        case 'planned':
          return;
        case 'stored':
          stdout().write(
            `stored ${docLabel(e.document)} (${e.claims} claims, ${e.releases} releases) from ${e.input}\n`,
          );
          for (const n of e.notices) stdout().write(`  note: ${n}\n`);
          return;
        case 'already_stored':
          stdout().write(`already stored ${docLabel(e.document)} from ${e.input}\n`);
          return;
        case 'skipped':
          stdout().write(`skipped ${e.input}: ${e.reason}\n`);
          return;
        case 'failed':
          stderr().write(`tessera: ${e.input}: ${e.reason}\n`);
          return;
        case 'linked':
          stdout().write(`linked ${e.documents} documents (${e.claims} claims into facts)\n`);
          return;
      }
    },
    done: () => {},
  };
}
