// The `tessera` command. When a `tessera serve` holds the embedded store, a command that needs the
// store is sent to that server and runs there, with the same output (remote.ts); otherwise it runs here.
import { usesStore } from './commands.ts';
import { sendToServer, serverHolding } from './remote.ts';
import { runCommandLine } from './run.ts';

// A closed pipe (`| head`) ends the output, not the process with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const args = process.argv.slice(2);
const server = usesStore(args) ? serverHolding() : null;
if (server) process.exitCode = await sendToServer(server, args);
else await runCommandLine(args);
