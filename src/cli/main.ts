// The `tessera` command: one file per subcommand, registered here.
import { Command } from 'commander';
import { registerExtract } from './extract.command.ts';

// A closed pipe (`| head`) ends the output, not the process with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const program = new Command('tessera')
  .description('Sourced, dated counts of people and propaganda releases from multilingual reports')
  .showHelpAfterError();

registerExtract(program);

await program.parseAsync(process.argv);
