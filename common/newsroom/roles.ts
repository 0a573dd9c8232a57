// A user's place in the newsroom on one site (reporter, copy editor, desk chief), read from
// the WordPress capabilities their account was granted and the newsroom's own mapping.
import type { WorkflowStatus } from './workflow-statuses.ts';

export type NewsroomRole = 'reporter' | 'copy-editor' | 'desk-chief';

/** The WordPress capabilities each role requires, all of them; whoever meets neither is a reporter. */
export interface RoleMapping {
  copyEditor: string[];
  deskChief: string[];
}

/** How WordPress spells a capability (`edit_others_posts`); the settings refuse anything else. */
export const CAPABILITY_NAME_PATTERN = /^[a-z0-9_]{1,64}$/;

/** Enough for any newsroom's rule, few enough to read at a glance in the settings. */
export const MAX_ROLE_CAPABILITIES = 10;

/**
 * A WordPress author may publish (`publish_posts`) but only their own posts: nobody's copy
 * passes through their hands, so by default an author is a reporter who happens to be
 * trusted to publish. It takes `edit_others_posts` (WordPress's editor) to work on the desk.
 */
export const DEFAULT_ROLE_MAPPING: RoleMapping = {
  copyEditor: ['edit_others_posts'],
  deskChief: ['edit_others_posts', 'publish_posts'],
};

export function newsroomRole(capabilities: readonly string[], mapping: RoleMapping): NewsroomRole {
  const granted = new Set(capabilities);
  // An empty rule would make everyone that role; the settings never store one, and it grants nothing here.
  const hasAll = (required: readonly string[]) =>
    required.length > 0 && required.every((capability) => granted.has(capability));
  // The desk chief's rule is checked first: by default it includes the copy editor's.
  if (hasAll(mapping.deskChief)) return 'desk-chief';
  if (hasAll(mapping.copyEditor)) return 'copy-editor';
  return 'reporter';
}

/**
 * The stages each role may put a story in by hand, from the article's stage menu. Nobody
 * sets "scheduled" or "published": those are what the site did (a publish or schedule job
 * records them), and a story marked published by hand would read as live when it is not.
 * A reporter writes and hands over; the desk's stages are the desk's word: a copy editor
 * may say the copy is edited, only a desk chief that it is approved (as on the board).
 */
export const STAGES_SET_BY_HAND: Record<NewsroomRole, readonly WorkflowStatus[]> = {
  reporter: ['draft', 'sent_to_desk'],
  'copy-editor': ['draft', 'sent_to_desk', 'copy_edited'],
  'desk-chief': ['draft', 'sent_to_desk', 'copy_edited', 'approved'],
};

/** The roles from the least to the most the newsroom trusts them with. */
export const ROLES_BY_REACH: readonly NewsroomRole[] = ['reporter', 'copy-editor', 'desk-chief'];
