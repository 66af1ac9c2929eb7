// Opening the store for a command: configuration read once, the store always closed, errors worded.
import { loadConfig, type Config } from '../config.ts';
import { openStore } from '../storage/open.ts';
import type { Repository } from '../storage/repository.ts';
import { describeError } from './options.ts';

export async function withStore<T>(
  run: (repo: Repository, config: Config) => Promise<T>,
): Promise<T | undefined> {
  let config: Config;
  let repo: Repository;
  try {
    config = loadConfig();
    repo = await openStore(config);
  } catch (e) {
    process.stderr.write(`tessera: ${describeError(e)}\n`);
    process.exitCode = 2;
    return undefined;
  }
  try {
    return await run(repo, config);
  } catch (e) {
    process.stderr.write(`tessera: ${describeError(e)}\n`);
    process.exitCode = process.exitCode || 1;
    return undefined;
  } finally {
    await repo.close();
  }
}

/** How a stored document is shown everywhere: its internal id beside the name it came with. */
export const docLabel = (d: { id: number; name: string }) => `#${d.id} ${d.name}`;
