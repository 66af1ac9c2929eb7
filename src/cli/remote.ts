// The client side of the gateway: a command that needs the store, while a `tessera serve` holds the
// embedded one, is sent to that server (found through the data folder's server.json) and its output
// printed here as if it had run here.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { loadConfig } from '../config.ts';
import { readsStdin } from './commands.ts';
import { readStdin } from './io.ts';

export interface RunningServer {
  pid: number;
  url: string;
  token: string;
}

/** The file a running server leaves in the data folder it holds. */
export const serverFile = (dataDir: string) => join(dataDir, 'server.json');

/** The `tessera serve` that holds this configuration's embedded store, if one is running. */
export function serverHolding(): RunningServer | null {
  let dataDir: string;
  try {
    const config = loadConfig();
    // A PostgreSQL store is shared: every process opens it itself.
    if (config.databaseUrl) return null;
    dataDir = config.dataDir;
  } catch {
    return null; // The command itself names what is wrong with the environment.
  }
  const file = serverFile(dataDir);
  if (!existsSync(file)) return null;
  try {
    const server = JSON.parse(readFileSync(file, 'utf8')) as RunningServer;
    if (!Number.isInteger(server.pid) || typeof server.url !== 'string' || typeof server.token !== 'string')
      return null;
    process.kill(server.pid, 0);
    return server;
  } catch {
    return null; // Unreadable, or left behind by a server that is gone.
  }
}

/** Options whose value is a file to write: made absolute like the paths that exist. */
const FILE_OPTIONS = new Set(['-o', '--output']);

/** Paths on the command line, made absolute: the server does not run in this folder. */
export function absolutePaths(args: readonly string[]): string[] {
  return args.map((arg, i) => {
    if (arg.startsWith('-') || /^[a-z]+:\/\//i.test(arg) || isAbsolute(arg)) return arg;
    if (FILE_OPTIONS.has(args[i - 1] ?? '') || existsSync(arg)) return resolve(arg);
    return arg;
  });
}

/** Runs the command in the server; prints what it printed and returns its exit code. */
export async function sendToServer(server: RunningServer, args: readonly string[]): Promise<number> {
  let answer: { stdout: string; stderr: string; exitCode: number };
  try {
    // A command that reads standard input (a password) gets this process's, sent along.
    const stdin = readsStdin(args) ? await readStdin() : undefined;
    const res = await fetch(`${server.url}/api/cli`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ args: absolutePaths(args), ...(stdin !== undefined ? { stdin } : {}) }),
    });
    if (!res.ok) throw new Error(`it answered HTTP ${res.status}`);
    answer = (await res.json()) as typeof answer;
  } catch (e) {
    process.stderr.write(
      `tessera: a tessera serve (process ${server.pid}, ${server.url}) holds the store but did not run the ` +
        `command: ${e instanceof Error ? e.message : String(e)}\n`,
    );
    return 1;
  }
  process.stdout.write(Buffer.from(answer.stdout, 'base64'));
  process.stderr.write(answer.stderr);
  return answer.exitCode;
}
