// The `tessera` command: one file per subcommand. Only the command named on the line is loaded, so
// `tessera --help` and `--version` start in a few milliseconds and `tessera facts` never loads the
// web server or the extraction engine's readers.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { COMMANDS } from './commands.ts';

/** The package's version; package.json sits two folders up from both src/cli and dist/cli. */
function packageVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

// A closed pipe (`| head`) ends the output, not the process with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const program = new Command('tessera')
  .description('Sourced, dated counts of people and propaganda releases from multilingual reports')
  .version(packageVersion(), '-V, --version')
  .showHelpAfterError();

// `tessera facts ...` and `tessera help facts` load that command only; anything else lists them all.
const args = process.argv.slice(2);
const named = args[0] === 'help' ? args[1] : args[0];
const command = named !== undefined ? COMMANDS[named] : undefined;
if (command) (await command.load())(program);
else for (const [name, c] of Object.entries(COMMANDS)) program.command(name).description(c.summary);

await program.parseAsync(process.argv);
