// Usage errors (bad options or arguments) end a command with exit code 2, the convention of Unix tools.
import type { Command } from 'commander';
import { CommandExit, currentRun } from './io.ts';

export const USAGE_EXIT = 2;

/**
 * Makes commander's own parse errors (missing argument, unknown option) exit with 2 too. Inside a
 * server (a command sent to `tessera serve`) the run ends instead of the process.
 */
export function exitTwoOnUsageErrors(cmd: Command): Command {
  return cmd.exitOverride((err) => {
    const code = err.exitCode === 0 ? 0 : USAGE_EXIT;
    if (currentRun()) throw new CommandExit(code);
    process.exit(code);
  });
}

/** Reports a usage error naming what was wrong, and exits with 2. */
export function usageError(cmd: Command, message: string): never {
  cmd.error(message, { exitCode: USAGE_EXIT, code: 'tessera.usage' });
}
