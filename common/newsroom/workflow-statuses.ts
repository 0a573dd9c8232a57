// The stages a story goes through, in their order: the contract's schema is built from this
// list, and the renderer's stage menus and filters read it as it is.
export const WORKFLOW_STATUSES = [
  'draft',
  'sent_to_desk',
  'copy_edited',
  'approved',
  'scheduled',
  'published',
] as const;
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number];
