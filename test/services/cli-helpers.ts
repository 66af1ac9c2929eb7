// Running the real CLI in a child process against a data folder of the test's own.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../../bin/tessera.mjs', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The child's environment: only what it needs, so a developer's DATABASE_URL never leaks into a test. */
export function cliEnv(dataDir: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TESSERA_DATA: dataDir,
    TESSERA_USER: 'test-runner',
    // The tests exercise the source, not whatever dist/cli was last built from it.
    TESSERA_FROM_SOURCE: '1',
  };
}

/** The CLI on `dataDir`, with `input` on its standard input (closed after it, so nothing waits on it). */
export function runCli(args: string[], dataDir: string, input = ''): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: cliEnv(dataDir) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}
