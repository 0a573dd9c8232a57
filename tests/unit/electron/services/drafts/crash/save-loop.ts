// Run as a child process by the crash test and the soak benchmark: opens the library in
// the given folder and saves one draft, one paragraph longer each time, forever, printing
// "ack <paragraphs>" after each save has returned. The parent kills it with SIGKILL.
// Usage: node --experimental-strip-types save-loop.ts <dataDir>
import { DraftLibrary } from '../../../../../../electron/services/drafts/draft-library.ts';
import { lexicalBlocks } from '../../../../../../common/document/plain-text.ts';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: save-loop.ts <dataDir>');

// Revisions often and a small cap, so saves also write and prune revision files.
const library = await DraftLibrary.open({
  dataDir,
  revisionIntervalMs: 20,
  retention: { keepAllForMs: 0, keepHourlyForMs: 0, maxRevisions: 5 },
  listCacheDelayMs: 30,
  searchCacheDelayMs: 200,
});
const existing = library.list()[0];
const draft = existing ? await library.open(existing.id) : await library.create();
let paragraphs = lexicalBlocks(draft.body).filter((block) => block.startsWith('فقرة')).length;
process.stdout.write(`ready ${draft.id} ${paragraphs}\n`);

for (;;) {
  paragraphs += 1;
  const children = Array.from({ length: paragraphs }, (_, index) => ({
    type: 'paragraph',
    children: [
      {
        type: 'text',
        text: `فقرة ${index + 1}: كتب المراسل من موقع الحدث أن الأمطار ما زالت تهطل.`,
      },
    ],
  }));
  await library.save(draft.id, {
    meta: { ...draft.meta, headline: `تقرير من ${paragraphs} فقرة` },
    body: { root: { type: 'root', children } },
  });
  if (paragraphs % 7 === 0) await library.search('الأمطار');
  process.stdout.write(`ack ${paragraphs}\n`);
}
