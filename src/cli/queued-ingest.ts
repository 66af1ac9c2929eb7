// `tessera ingest --queue PATH|URL...`: one job per file and URL in the PostgreSQL store's queue, printed
// with its id; `tessera worker` processes them.
import type { Command } from 'commander';
import { commandConfig, withStore } from './store.ts';
import { namedCollection } from './collection.command.ts';
import { enqueueIngest, type EnqueueEvent } from '../services/jobs.service.ts';
import { describeError } from './options.ts';
import { queueDatabase, withQueue } from './queue.ts';
import { setExitCode, stderr, stdout } from './io.ts';

export interface QueuedIngestOptions {
  json?: boolean;
  allowPrivate?: boolean;
  maxBytes?: number;
  timeout?: number;
  collection?: string;
}

export async function queueIngest(cmd: Command, inputs: string[], opts: QueuedIngestOptions): Promise<void> {
  const config = commandConfig();
  if (!config) return;
  const url = queueDatabase(cmd, config, '--queue');
  // The name is checked now, against the store the workers write to: a job never names an unknown one.
  let collectionId: number | undefined;
  if (opts.collection !== undefined) {
    const found = await withStore((repo) => namedCollection(repo, opts.collection!));
    if (!found) return;
    collectionId = found.id;
  }
  const print = (e: EnqueueEvent) => {
    if (opts.json)
      return void stdout().write(JSON.stringify({ event: e.type, ...e, type: undefined }) + '\n');
    if (e.type === 'queued') stdout().write(`queued ${e.jobId} ${e.input}\n`);
    else if (e.type === 'skipped') stdout().write(`skipped ${e.input}: ${e.reason}\n`);
    else stderr().write(`tessera: ${e.input}: ${e.reason}\n`);
  };
  try {
    const summary = await withQueue(url, {}, (queue) =>
      enqueueIngest(
        queue,
        inputs,
        {
          actor: config.user,
          maxBytes: opts.maxBytes ?? config.maxBytes,
          fetchTimeoutMs: opts.timeout ?? config.fetchTimeoutMs,
          allowPrivate: Boolean(opts.allowPrivate),
          jobTimeoutSeconds: config.jobTimeoutSeconds,
          collectionId,
        },
        print,
      ),
    );
    const { queued, skipped, failed } = summary;
    if (opts.json) stdout().write(JSON.stringify({ event: 'summary', queued, skipped, failed }) + '\n');
    else
      stdout().write(
        `${queued} queued, ${skipped} skipped, ${failed} failed (\`tessera jobs\` shows them, \`tessera worker\` runs them)\n`,
      );
    if (failed) setExitCode(1);
  } catch (e) {
    stderr().write(`tessera: ${describeError(e)}\n`);
    setExitCode(1);
  }
}
