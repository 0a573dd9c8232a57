// The worker thread pictures are cleaned on (picture-cleaning-thread.ts starts it): a 12 MP
// photo takes seconds to decode, which must not hold up the host's own thread.
import { parentPort } from 'node:worker_threads';
import { ServiceError } from '../service-error.ts';
import { cleanPicture } from './picture-cleaner.ts';
import type { CleanReply, CleanRequest } from './picture-cleaning-thread.ts';

parentPort?.on('message', (request: CleanRequest) => {
  let reply: CleanReply;
  try {
    reply = { id: request.id, ok: true, picture: cleanPicture(request.picture, request.rules) };
  } catch (error) {
    reply = {
      id: request.id,
      ok: false,
      code: error instanceof ServiceError ? error.code : 'media.picture_unreadable',
    };
  }
  parentPort?.postMessage(reply, reply.ok ? [reply.picture.bytes.buffer as ArrayBuffer] : []);
});
