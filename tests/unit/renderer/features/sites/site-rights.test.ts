import { describe, expect, it } from 'vitest';
import { siteRights } from '../../../../../renderer/features/sites/site-rights.ts';

const granted = (capabilities: string[]) =>
  siteRights(capabilities)
    .filter((right) => right.granted)
    .map((right) => right.right);

describe('what the sites screen says an account may do', () => {
  it('an editor may publish, edit others\u2019 posts, manage categories and upload', () => {
    expect(
      granted([
        'edit_posts',
        'publish_posts',
        'edit_others_posts',
        'manage_categories',
        'upload_files',
      ]),
    ).toEqual(['publish', 'editOthers', 'manageCategories', 'upload']);
  });

  it('a contributor may do none of the four, and each is still listed as refused', () => {
    expect(granted(['read', 'edit_posts', 'delete_posts'])).toEqual([]);
    expect(siteRights(['edit_posts'])).toHaveLength(4);
  });
});
