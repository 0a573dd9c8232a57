// What a WordPress account may do, read from the capabilities WordPress granted it
// (users/me lists only granted ones): the four rights a newsroom cares about.
export const SITE_RIGHTS = [
  { right: 'publish', capability: 'publish_posts' },
  { right: 'editOthers', capability: 'edit_others_posts' },
  { right: 'manageCategories', capability: 'manage_categories' },
  { right: 'upload', capability: 'upload_files' },
] as const;

export type SiteRight = (typeof SITE_RIGHTS)[number]['right'];

export function siteRights(
  capabilities: readonly string[],
): { right: SiteRight; granted: boolean }[] {
  const granted = new Set(capabilities);
  return SITE_RIGHTS.map(({ right, capability }) => ({ right, granted: granted.has(capability) }));
}
