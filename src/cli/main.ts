// The `tessera` command: one file per subcommand, registered here.
import { Command } from 'commander';
import { registerExtract } from './extract.command.ts';
import { registerIngest } from './ingest.command.ts';
import { registerReextract } from './reextract.command.ts';
import { registerSearch } from './search.command.ts';
import { registerClaims } from './claims.command.ts';
import { registerFacts } from './facts.command.ts';
import { registerEstimates } from './estimates.command.ts';
import { registerGrade } from './grade.command.ts';
import { registerGradeClaim } from './grade-claim.command.ts';
import { registerServe } from './serve.command.ts';

// A closed pipe (`| head`) ends the output, not the process with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const program = new Command('tessera')
  .description('Sourced, dated counts of people and propaganda releases from multilingual reports')
  .showHelpAfterError();

registerExtract(program);
registerIngest(program);
registerReextract(program);
registerSearch(program);
registerClaims(program);
registerFacts(program);
registerEstimates(program);
registerGrade(program);
registerGradeClaim(program);
registerServe(program);

await program.parseAsync(process.argv);
