// Opening the store for a command: configuration read once, the store always closed, errors worded.
import { loadConfig, type Config } from '../config.ts';
import { openStore, storeExists } from '../storage/open.ts';
import type { Repository } from '../storage/repository.ts';
import { describeError } from './options.ts';
import { currentRun, exitCode, setExitCode, stderr } from './io.ts';
import { linker } from '../services/link.service.ts';

/**
 * The configuration for a command, or undefined when the environment is wrong: then it is said on
 * stderr and the exit code is 2 (a usage error: the command line's environment, not the store).
 */
export function commandConfig(): Config | undefined {
  try {
    return loadConfig();
  } catch (e) {
    stderr().write(`tessera: ${describeError(e)}\n`);
    setExitCode(2);
    return undefined;
  }
}

/**
 * Runs a command on the store. Commands that only read (or change what is stored) pass `existing`: a
 * mistyped TESSERA_DATA then says so and exits 1, instead of creating an empty store that finds nothing.
 */
export async function withStore<T>(
  work: (repo: Repository, config: Config) => Promise<T>,
  { existing = false }: { existing?: boolean } = {},
): Promise<T | undefined> {
  const config = commandConfig();
  if (!config) return undefined;
  let repo: Repository;
  // Sent to a running `tessera serve`: the server's open store answers.
  const run = currentRun();
  if (run) {
    try {
      return await work(run.repo, config);
    } catch (e) {
      stderr().write(`tessera: ${describeError(e)}\n`);
      setExitCode(exitCode() || 1);
      return undefined;
    }
  }
  if (existing && !storeExists(config)) {
    stderr().write(
      `tessera: no store in ${config.dataDir}: set TESSERA_DATA to the data folder reports were ingested into, ` +
        'or ingest reports first\n',
    );
    setExitCode(1);
    return undefined;
  }
  try {
    repo = await openStore(config, linker);
  } catch (e) {
    stderr().write(`tessera: ${describeError(e)}\n`);
    setExitCode(2);
    return undefined;
  }
  try {
    return await work(repo, config);
  } catch (e) {
    stderr().write(`tessera: ${describeError(e)}\n`);
    setExitCode(exitCode() || 1);
    return undefined;
  } finally {
    await repo.close();
  }
}

/** How a stored document is shown everywhere: its internal id beside the name it came with. */
export const docLabel = (d: { id: number; name: string }) => `#${d.id} ${d.name}`;
