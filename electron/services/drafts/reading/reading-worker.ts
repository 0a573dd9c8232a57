// The worker thread a first start reads its drafts on (reading-pool.ts starts two or so):
// reading and weighing 10,000 drafts is seconds of work a second core can share, while the
// host's thread goes on answering. One weigher for the worker's life: words recur from draft
// to draft, and each word's term is worked out once.
import { parentPort } from 'node:worker_threads';
import { TermWeigher } from '../search/term-weigher.ts';
import { WeighedDraftsWriter } from '../search/weighed-drafts.ts';
import { readBatch, type ReadRequest } from './draft-reading.ts';

const writer = new WeighedDraftsWriter(new TermWeigher());

parentPort?.on('message', (request: ReadRequest) => {
  const reply = readBatch(request, writer);
  parentPort?.postMessage(reply, WeighedDraftsWriter.transferred(reply.weighed));
});
