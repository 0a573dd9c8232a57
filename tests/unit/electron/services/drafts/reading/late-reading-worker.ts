// The reading worker, answering only when the test says: it tells on the channel which
// drafts it has read, and holds its replies until the test releases them, so a test can
// save a draft while the worker's older read of it is on its way.
import { BroadcastChannel, parentPort } from 'node:worker_threads';
import type { ReadReply } from '../../../../../../electron/services/drafts/reading/draft-reading.ts';

const port = parentPort!;
// The channel reading-workers.test.ts listens and answers on.
const channel = new BroadcastChannel('midad-late-reading');
channel.unref();
let release = () => {};
const released = new Promise<void>((resolve) => (release = resolve));
channel.onmessage = () => release();
const post = port.postMessage.bind(port);
port.postMessage = (reply: ReadReply, transfer) => {
  channel.postMessage(reply.drafts.flatMap((read) => (read ? [read.summary.id] : [])));
  void released.then(() => post(reply, transfer));
};
await import('../../../../../../electron/services/drafts/reading/reading-worker.ts');
