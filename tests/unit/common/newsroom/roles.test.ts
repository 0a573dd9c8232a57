// The newsroom role read from WordPress's default roles, and from a newsroom's own mapping.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ROLE_MAPPING,
  newsroomRole,
  STAGES_SET_BY_HAND,
  type RoleMapping,
} from '../../../../common/newsroom/roles.ts';

// WordPress 6.1's default roles (wp-admin/includes/schema.php, populate_roles): the
// capabilities that decide a newsroom role, and a few others each role has beside them.
const CONTRIBUTOR = ['read', 'edit_posts', 'delete_posts', 'level_1', 'level_0'];
const AUTHOR = [
  'read',
  'edit_posts',
  'edit_published_posts',
  'publish_posts',
  'upload_files',
  'delete_published_posts',
];
const EDITOR = [
  'read',
  'edit_posts',
  'edit_others_posts',
  'edit_published_posts',
  'publish_posts',
  'manage_categories',
  'moderate_comments',
];
const ADMINISTRATOR = [...EDITOR, 'manage_options', 'edit_users', 'install_plugins'];
// Not a WordPress default: what a newsroom plugin gives a copy editor who may not publish.
const COPY_DESK = [
  'read',
  'edit_posts',
  'edit_others_posts',
  'edit_published_posts',
  'upload_files',
];

describe('newsroomRole', () => {
  it('makes a contributor and an author reporters, though an author may publish', () => {
    expect(newsroomRole(CONTRIBUTOR, DEFAULT_ROLE_MAPPING)).toBe('reporter');
    expect(newsroomRole(AUTHOR, DEFAULT_ROLE_MAPPING)).toBe('reporter');
  });

  it("makes an account that may edit others' posts but not publish a copy editor", () => {
    expect(newsroomRole(COPY_DESK, DEFAULT_ROLE_MAPPING)).toBe('copy-editor');
  });

  it('makes an editor and an administrator desk chiefs, not copy editors', () => {
    expect(newsroomRole(EDITOR, DEFAULT_ROLE_MAPPING)).toBe('desk-chief');
    expect(newsroomRole(ADMINISTRATOR, DEFAULT_ROLE_MAPPING)).toBe('desk-chief');
  });

  it('makes an account with no capabilities at all a reporter', () => {
    expect(newsroomRole([], DEFAULT_ROLE_MAPPING)).toBe('reporter');
  });

  it('follows a newsroom where an author copy-edits and only an editor runs the desk', () => {
    const mapping: RoleMapping = {
      copyEditor: ['publish_posts'],
      deskChief: ['edit_others_posts', 'publish_posts'],
    };
    expect(newsroomRole(CONTRIBUTOR, mapping)).toBe('reporter');
    expect(newsroomRole(AUTHOR, mapping)).toBe('copy-editor');
    expect(newsroomRole(EDITOR, mapping)).toBe('desk-chief');
  });

  it('requires every capability a role lists, not just one of them', () => {
    const mapping: RoleMapping = {
      copyEditor: ['edit_others_posts'],
      deskChief: ['publish_posts', 'manage_options'],
    };
    expect(newsroomRole(EDITOR, mapping)).toBe('copy-editor');
    expect(newsroomRole(ADMINISTRATOR, mapping)).toBe('desk-chief');
  });

  it('gives nobody a role by an empty rule', () => {
    expect(newsroomRole(AUTHOR, { copyEditor: [], deskChief: [] })).toBe('reporter');
  });
});

describe('STAGES_SET_BY_HAND', () => {
  it('lets nobody mark a story scheduled or published by hand: the site says so', () => {
    for (const stages of Object.values(STAGES_SET_BY_HAND)) {
      expect(stages).not.toContain('published');
      expect(stages).not.toContain('scheduled');
    }
  });

  it('lets a reporter write and hand over, but not say the desk edited or approved the story', () => {
    expect(STAGES_SET_BY_HAND.reporter).toEqual(['draft', 'sent_to_desk']);
  });

  it('lets a copy editor mark the copy edited, and only a desk chief approve it', () => {
    expect(STAGES_SET_BY_HAND['copy-editor']).toContain('copy_edited');
    expect(STAGES_SET_BY_HAND['copy-editor']).not.toContain('approved');
    expect(STAGES_SET_BY_HAND['desk-chief']).toContain('approved');
  });
});
