// The bare Lexical page's server for the cold-start benchmark, in its own process so
// its start is measured as Midad's is: `node serve-comparison-pages.ts <folder>`.
import { startStaticServer } from '../support/static-server.ts';

const folder = process.argv[2];
if (!folder) throw new Error('usage: serve-comparison-pages.ts <folder>');
const server = await startStaticServer(folder);
console.log(`serving ${server.url}`);
process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));
