// The body as the document sent with a post carries it: each picture Midad cleaned on its way
// to the site (metadata stripped, so other bytes) is named by the hash of what the site holds.
// The desk, or the reporter taking the desk's version, then brings from the site the very
// file the text names. The draft itself keeps naming the original.
import type { RemotePost } from '../../../contract/index.ts';

/** `media` may lack a picture (one that stays on this machine): such a picture keeps its name. */
export function withSentPictureHashes(body: unknown, media: Partial<RemotePost['media']>): unknown {
  const renamed = new Map(
    Object.entries(media).flatMap(([hash, entry]) =>
      entry?.sentHash ? [[hash, entry.sentHash] as const] : [],
    ),
  );
  if (renamed.size === 0) return body;
  const copy = structuredClone(body);
  // Its own stack: the body passed the document boundary's depth limit, but nothing here relies on it.
  const stack: unknown[] = [copy];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    const record = node as Record<string, unknown>;
    const sent =
      record.type === 'image' && typeof record.hash === 'string'
        ? renamed.get(record.hash)
        : undefined;
    if (sent) {
      record.hash = sent;
      if (typeof record.src === 'string' && record.src.startsWith('midad-media:'))
        record.src = `midad-media:${sent}`;
    }
    if (Array.isArray(record.children)) stack.push(...(record.children as unknown[]));
    if (typeof record.root === 'object') stack.push(record.root);
  }
  return copy;
}
