// Domain from the command line: `npm run -s cli -- instruments` or `... score <file>`.
import { main } from './cli/main';
import { nodeIo } from './cli/node-io';

// A closed pipe (`... | head`) is the reader's choice, not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), nodeIo());
