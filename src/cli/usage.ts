// Usage errors (bad options or arguments) end a command with exit code 2, the convention of Unix tools.
import type { Command } from 'commander';

export const USAGE_EXIT = 2;

/** Makes commander's own parse errors (missing argument, unknown option) exit with 2 too. */
export function exitTwoOnUsageErrors(cmd: Command): Command {
  return cmd.exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : USAGE_EXIT));
}

/** Reports a usage error naming what was wrong, and exits with 2. */
export function usageError(cmd: Command, message: string): never {
  cmd.error(message, { exitCode: USAGE_EXIT, code: 'tessera.usage' });
}
