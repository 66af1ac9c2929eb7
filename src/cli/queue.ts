// What the queue commands share: the refusal on an embedded store, and opening the queue of a
// PostgreSQL store (closed again by the caller).
import type { Command } from 'commander';
import type { Config } from '../config.ts';
import { openJobQueue, type JobQueue, type QueueOpenOptions } from '../storage/queue.ts';
import { usageError } from './usage.ts';

/**
 * The PostgreSQL URL jobs wait in; on an embedded store a usage error (exit 2) saying why there is no
 * queue: its database is open to one process only, so no worker elsewhere could take the jobs.
 */
export function queueDatabase(cmd: Command, config: Config, what: string): string {
  if (config.databaseUrl) return config.databaseUrl;
  usageError(
    cmd,
    `${what} needs a PostgreSQL store (set DATABASE_URL): jobs wait in the database for workers ` +
      `on any machine that reaches it, and the embedded store in ${config.dataDir} is open to one process ` +
      'only. Without a queue, `tessera ingest PATH...` stores reports itself.',
  );
}

export async function withQueue<T>(
  url: string,
  options: QueueOpenOptions,
  work: (queue: JobQueue) => Promise<T>,
): Promise<T> {
  const queue = await openJobQueue(url, options);
  try {
    return await work(queue);
  } finally {
    await queue.stop(0);
  }
}
