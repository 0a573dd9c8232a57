// The address to open a post at. A post that is not live (draft, pending, future) has no
// public page: its permalink (`/?p=6`) is a 404 for anyone, and WordPress shows it only
// through its preview, the permalink with `preview=true` (get_preview_post_link).
const LIVE_STATUSES = new Set(['publish', 'private']);

export interface PostLink {
  href: string;
  /** The preview of a post that is not live; only someone signed in to the site may see it. */
  preview: boolean;
}

export function postLinkToOpen(link: string, status: string): PostLink {
  if (LIVE_STATUSES.has(status)) return { href: link, preview: false };
  try {
    const url = new URL(link);
    url.searchParams.set('preview', 'true');
    return { href: url.href, preview: true };
  } catch {
    return { href: link, preview: false };
  }
}
