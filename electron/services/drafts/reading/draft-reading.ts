// What a reading worker (reading-worker.ts) does with a batch of drafts: reads each file,
// takes the draft only when it may be taken as it is (draft-text.ts), and makes what the
// library keeps of it: its list summary and its weighed search terms. A draft that is
// missing, damaged, of an older version or past the article's limits is left to the host,
// whose reading (draft-store.ts) quarantines, recovers or migrates it as at any other time.
import { readFileSync } from 'node:fs';
import type { DraftSummary } from '../../../contract/index.ts';
import { lexicalToPlainText } from '../../../../common/document/plain-text.ts';
import { summarizeDraft } from '../draft-summary.ts';
import { draftOfText } from '../draft-text.ts';
import { searchDocumentOf } from '../search/search-document.ts';
import type {
  WeighedDrafts,
  WeighedDraftsMessage,
  WeighedDraftsWriter,
} from '../search/weighed-drafts.ts';

export interface ReadRequest {
  batch: number;
  /** Each draft's id and the path of its draft.json. */
  drafts: { id: string; file: string }[];
}

/** A draft read cleanly: its summary, and where its terms are among the batch's weighed drafts. */
export interface CleanRead {
  summary: DraftSummary;
  position: number;
}

/** What a worker sends back for a batch. */
export interface ReadReply {
  batch: number;
  /** One per draft of the request, in its order; null for a draft the host must read itself. */
  drafts: (CleanRead | null)[];
  weighed: WeighedDraftsMessage;
}

/** A batch as the host takes it in: the drafts' terms among all their worker's terms. */
export interface ReadDrafts {
  drafts: ReadReply['drafts'];
  weighed: WeighedDrafts;
}

/** Reads a batch of drafts; `writer` weighs them (its weigher's word memo serves the next batches too). */
export function readBatch(request: ReadRequest, writer: WeighedDraftsWriter): ReadReply {
  let position = 0;
  const drafts = request.drafts.map(({ id, file }): CleanRead | null => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return null;
    }
    const outcome = draftOfText(text, id);
    // A file to migrate is written back by the host: the host reads it again.
    if (!outcome.ok || outcome.migrated) return null;
    const { draft } = outcome;
    const bodyText = lexicalToPlainText(draft.body);
    const summary = summarizeDraft(draft, bodyText);
    writer.add(searchDocumentOf(draft, bodyText));
    return { summary, position: position++ };
  });
  return { batch: request.batch, drafts, weighed: writer.take() };
}
