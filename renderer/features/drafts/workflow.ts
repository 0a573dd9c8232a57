// The workflow statuses in their order (docs/architecture.md, "The document"). The renderer may not
// import the contract's runtime values; a Record keyed by the type lists every status.
import type { WorkflowStatus } from '../../../electron/contract.ts';

const IN_ORDER: Record<WorkflowStatus, true> = {
  draft: true,
  sent_to_desk: true,
  copy_edited: true,
  approved: true,
  scheduled: true,
  published: true,
};

export const WORKFLOW_STATUSES = Object.keys(IN_ORDER) as WorkflowStatus[];
