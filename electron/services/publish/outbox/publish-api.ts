// What the host's `publish.*` handlers call: the outbox seen from the contract.
import type { PublishJob, PublishOptions, PublishPreparation } from '../../../contract/index.ts';

export interface PublishApi {
  prepare(draftId: string, siteId: string): Promise<PublishPreparation>;
  enqueue(draftId: string, siteId: string, options: PublishOptions): Promise<PublishJob>;
  jobs(): Promise<PublishJob[]>;
  cancel(jobId: string): Promise<PublishJob>;
  resolveConflict(jobId: string, choice: 'keep_theirs' | 'overwrite'): Promise<PublishJob>;
  retry(jobId: string): Promise<PublishJob>;
}
