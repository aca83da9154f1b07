// Domain from the command line: `npm run -s cli -- instruments` or `... score <file>`.
import { main } from './cli/main';
import { nodeIo } from './cli/node-io';

process.exitCode = await main(process.argv.slice(2), nodeIo());
