// What the library screen shows of a draft, derived from the draft alone.
import type { Draft, DraftSummary } from '../../contract/index.ts';
import { countWords } from '../../../common/arabic/word-count.ts';
import { lexicalToPlainText } from '../../../common/document/plain-text.ts';

const TITLE_WORDS = 12;
/** WordPress statuses under which anyone can read the post. */
const PUBLIC_STATUSES = new Set(['publish']);

export function summarizeDraft(
  draft: Draft,
  bodyText = lexicalToPlainText(draft.body),
): DraftSummary {
  const headline = draft.meta.headline.trim();
  return {
    id: draft.id,
    title: headline || firstWords(bodyText, TITLE_WORDS),
    titleIsHeadline: headline.length > 0,
    section: draft.meta.section,
    words: countWords(bodyText),
    status: draft.workflow.status,
    sync: syncOf(draft.remote),
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
  };
}

function syncOf(remote: Draft['remote']): DraftSummary['sync'] {
  const posts = Object.values(remote ?? {});
  if (posts.length === 0) return 'local';
  return posts.some((post) => PUBLIC_STATUSES.has(post.status)) ? 'published' : 'on_site';
}

function firstWords(text: string, count: number): string {
  const words = text.trim().split(/\s+/u).filter(Boolean);
  return words.slice(0, count).join(' ') + (words.length > count ? '…' : '');
}
