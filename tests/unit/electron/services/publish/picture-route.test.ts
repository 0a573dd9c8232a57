// How a story's pictures reach a site, decided offline: before the post, attached to it
// through midad-bridge, or kept on this machine; and a featured image only from the text.
import { describe, expect, it } from 'vitest';
import {
  featuredInText,
  pictureRouteFor,
  pictureStayReason,
} from '../../../../../electron/services/publish/outbox/picture-route.ts';

const bridge = { version: '0.2.0', maxDocumentBytes: 2_097_152 };
const photo = 'a'.repeat(64);
const body = {
  root: {
    type: 'root',
    children: [
      { type: 'paragraph', children: [] },
      { type: 'image', hash: photo, alt: '', caption: '' },
    ],
  },
};

describe("how a story's pictures reach a site", () => {
  it('an account that may upload sends them before the post, whatever the plugin offers', () => {
    expect(
      pictureRouteFor({ capabilities: ['edit_posts', 'upload_files'], reviewBridge: null }),
    ).toEqual({ kind: 'before_post' });
  });

  it("a contributor sends them attached to his post where midad-bridge offers it, up to the plugin's size", () => {
    const route = pictureRouteFor({
      capabilities: ['edit_posts'],
      reviewBridge: { ...bridge, contributorUploads: { maxBytes: 1000 } },
    });
    expect(route).toEqual({ kind: 'attached_to_post', maxBytes: 1000 });
    expect(pictureStayReason(route, 1000)).toBeNull();
    expect(pictureStayReason(route, 1001)).toBe('too_large');
  });

  it('a contributor without the plugin, or with one before contributor uploads, keeps them on this machine', () => {
    for (const reviewBridge of [null, bridge]) {
      const route = pictureRouteFor({ capabilities: ['edit_posts'], reviewBridge });
      expect(route).toEqual({ kind: 'none' });
      expect(pictureStayReason(route, 10)).toBe('uploads_not_allowed');
    }
  });

  it('keeps a featured image only while it is one of the pictures of the text', () => {
    expect(featuredInText(photo, body)).toBe(photo);
    expect(featuredInText('b'.repeat(64), body)).toBeUndefined();
    expect(featuredInText(undefined, body)).toBeUndefined();
  });
});
