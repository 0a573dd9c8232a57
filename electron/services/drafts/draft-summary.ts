// What the library screen shows of a draft, derived from the draft alone.
import type { Draft, DraftSummary } from '../../contract.ts';
import { countWords } from '../../../common/arabic/word-count.ts';
import { lexicalToPlainText } from '../../../common/document/plain-text.ts';

const TITLE_WORDS = 12;

export function summarizeDraft(draft: Draft, bodyText = lexicalToPlainText(draft.body)): DraftSummary {
  const headline = draft.meta.headline.trim();
  return {
    id: draft.id,
    title: headline || firstWords(bodyText, TITLE_WORDS),
    titleIsHeadline: headline.length > 0,
    section: draft.meta.section,
    words: countWords(bodyText),
    status: draft.workflow.status,
    sync: 'local',
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
  };
}

function firstWords(text: string, count: number): string {
  const words = text.trim().split(/\s+/u).filter(Boolean);
  return words.slice(0, count).join(' ') + (words.length > count ? '…' : '');
}
