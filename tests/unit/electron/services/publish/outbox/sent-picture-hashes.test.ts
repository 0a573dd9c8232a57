import { describe, expect, it } from 'vitest';
import { withSentPictureHashes } from '../../../../../../electron/services/publish/outbox/sent-picture-hashes.ts';

const original = 'a'.repeat(64);
const cleaned = 'b'.repeat(64);
const untouched = 'c'.repeat(64);
const image = (hash: string) => ({
  type: 'image',
  version: 1,
  hash,
  src: `midad-media:${hash}`,
  alt: '',
  caption: '',
});
const body = () => ({
  root: {
    type: 'root',
    children: [{ type: 'paragraph', children: [] }, image(original), image(untouched)],
  },
});

describe('the body the document sends', () => {
  it('names each picture Midad cleaned on its way by the hash of what the site holds, and leaves the others', () => {
    const sent = withSentPictureHashes(body(), {
      [original]: { mediaId: 5, url: 'u', sentHash: cleaned },
      [untouched]: { mediaId: 6, url: 'v' },
    });
    expect(JSON.stringify(sent)).toContain(`"hash":"${cleaned}","src":"midad-media:${cleaned}"`);
    expect(JSON.stringify(sent)).toContain(`"hash":"${untouched}"`);
    expect(JSON.stringify(sent)).not.toContain(original);
  });

  it('never changes the draft’s own body', () => {
    const draftBody = body();
    withSentPictureHashes(draftBody, { [original]: { mediaId: 5, url: 'u', sentHash: cleaned } });
    expect(JSON.stringify(draftBody)).toContain(original);
  });

  it('leaves a picture that stays on this machine (not uploaded) as it is named', () => {
    const sent = withSentPictureHashes(body(), {
      [original]: undefined,
      [untouched]: { mediaId: 6, url: 'v', sentHash: cleaned },
    });
    expect(JSON.stringify(sent)).toContain(`"hash":"${original}"`);
    expect(JSON.stringify(sent)).toContain(`"hash":"${cleaned}"`);
  });
});
