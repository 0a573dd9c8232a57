// How a story's pictures reach a site, decided without the network from what the site told
// at its last check: uploaded before the post (an account with `upload_files`), uploaded
// to the post once it exists (a contributor, through midad-bridge's contributor uploads),
// or not at all (a contributor on a site without them): then they stay on this machine.
import type { PictureStayReason, Site } from '../../../contract/index.ts';
import { imagesOf } from './post-plan.ts';

export type PictureRoute =
  | { kind: 'before_post' }
  /** WordPress checks the parent post, so these uploads name it: the post is created first. */
  | { kind: 'attached_to_post'; maxBytes: number }
  | { kind: 'none' };

export function pictureRouteFor(site: Pick<Site, 'capabilities' | 'reviewBridge'>): PictureRoute {
  if (site.capabilities.includes('upload_files')) return { kind: 'before_post' };
  const offer = site.reviewBridge?.contributorUploads;
  return offer ? { kind: 'attached_to_post', maxBytes: offer.maxBytes } : { kind: 'none' };
}

/** Why a picture of `bytes` bytes will not be sent this way, or null when it goes. */
export function pictureStayReason(route: PictureRoute, bytes: number): PictureStayReason | null {
  if (route.kind === 'none') return 'uploads_not_allowed';
  if (route.kind === 'attached_to_post' && bytes > route.maxBytes) return 'too_large';
  return null;
}

/** The featured image if it is still one of the text's pictures: one deleted from the text is never sent. */
export function featuredInText(
  featuredImageHash: string | undefined,
  body: unknown,
): string | undefined {
  if (featuredImageHash === undefined) return undefined;
  return imagesOf(body).some((image) => image.hash === featuredImageHash)
    ? featuredImageHash
    : undefined;
}
