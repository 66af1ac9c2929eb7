// One command line, parsed and run: by the `tessera` process (main.ts), or by a running `tessera serve`
// for a command sent to it (gateway.ts). Only the command named on the line is loaded, so `tessera
// --help` and `--version` start in a few milliseconds and `tessera facts` never loads the web server
// or the extraction engine's readers.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands.ts';
import { CommandExit, currentRun, stderr, stdout } from './io.ts';

/** The package's version; package.json sits two folders up from both src/cli and dist/cli. */
export function packageVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

/** Runs `tessera ARGS...` (ARGS without the program name). */
export async function runCommandLine(args: readonly string[]): Promise<void> {
  const inServer = currentRun() !== undefined;
  const program = new Command('tessera')
    .description('Sourced, dated counts of people and propaganda releases from multilingual reports')
    .version(packageVersion(), '-V, --version')
    .showHelpAfterError()
    .configureOutput({ writeOut: (s) => void stdout().write(s), writeErr: (s) => void stderr().write(s) });
  // Inside a server, help, version and unknown commands end the run, not the server.
  if (inServer)
    program.exitOverride((err) => {
      throw new CommandExit(err.exitCode);
    });
  // `tessera facts ...` and `tessera help facts` load that command only; anything else lists them all.
  const named = args[0] === 'help' ? args[1] : args[0];
  const command = named !== undefined ? COMMANDS[named] : undefined;
  if (command) (await command.load())(program);
  else for (const [name, c] of Object.entries(COMMANDS)) program.command(name).description(c.summary);
  // Subcommands write through the same output as the program.
  for (const sub of program.commands)
    sub.configureOutput({ writeOut: (s) => void stdout().write(s), writeErr: (s) => void stderr().write(s) });
  try {
    await program.parseAsync([...args], { from: 'user' });
  } catch (e) {
    if (e instanceof CommandExit) throw e;
    if (inServer && e instanceof CommanderError) throw new CommandExit(e.exitCode);
    throw e;
  }
}
