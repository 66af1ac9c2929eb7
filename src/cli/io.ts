// Where a command writes and how it ends. A command run in its own process writes to the process's
// streams; a command sent to a running `tessera serve` (cli/gateway.ts) runs inside that server, where
// each run has its own output, exit code and the server's open store, kept apart by AsyncLocalStorage.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Repository } from '../storage/repository.ts';

export interface Output {
  write(data: string | Uint8Array): unknown;
  isTTY?: boolean;
}

export interface CommandRun {
  stdout: Output;
  stderr: Output;
  exitCode: number | undefined;
  /** The store the server holds open: commands use it instead of opening their own. */
  repo: Repository;
  /** What the sending process read from its standard input, for commands that read it (`user add`). */
  stdin?: string;
}

const runs = new AsyncLocalStorage<CommandRun>();

export const currentRun = (): CommandRun | undefined => runs.getStore();
export const stdout = (): Output => runs.getStore()?.stdout ?? process.stdout;
export const stderr = (): Output => runs.getStore()?.stderr ?? process.stderr;

/** The whole standard input: the sender's, for a command sent to a running server. */
export async function readStdin(): Promise<string> {
  const run = runs.getStore();
  if (run) return run.stdin ?? '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

export function setExitCode(code: number): void {
  const run = runs.getStore();
  if (run) run.exitCode = code;
  else process.exitCode = code;
}

export function exitCode(): number | undefined {
  const run = runs.getStore();
  return run ? run.exitCode : typeof process.exitCode === 'number' ? process.exitCode : undefined;
}

export function runInside<T>(run: CommandRun, work: () => Promise<T>): Promise<T> {
  return runs.run(run, work);
}

/** Thrown instead of ending the process when commander ends a command run inside the server. */
export class CommandExit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}
