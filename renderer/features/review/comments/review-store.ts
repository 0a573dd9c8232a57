// The open draft's review comments, shared by the plugin in the editor (marks, clicks) and
// the comments panel beside it: the shell makes one store per open article.
import type { LexicalEditor, RangeSelection } from 'lexical';
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { DraftReview } from '../../../../electron/contract/index.ts';
import { EMPTY_REVIEW, type ReviewChange, type ReviewRefusal } from './comment-threads.ts';
import { threadsInDocumentOrder, type ListedThread } from './thread-order.ts';

/** The selection a comment is being written on, kept while the writer types in the panel. */
export interface PendingComment {
  selection: RangeSelection;
  quote: string;
}

export interface ReviewState {
  review: DraftReview;
  /** Mark ids in document order, as the editor last had them. */
  anchorIds: readonly string[];
  selectedId: string | null;
  pending: PendingComment | null;
}

export class ReviewStore {
  #state: ReviewState = { review: EMPTY_REVIEW, anchorIds: [], selectedId: null, pending: null };
  #listeners = new Set<() => void>();
  #reviewListeners = new Set<() => void>();
  #openPanel: (takeFocus: boolean) => void = () => {};
  editor: LexicalEditor | null = null;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  readonly getState = (): ReviewState => this.#state;

  /** Called when a change to the comments needs saving (the article's autosave). */
  onReviewChanged(listener: () => void): () => void {
    this.#reviewListeners.add(listener);
    return () => this.#reviewListeners.delete(listener);
  }

  /** The shell opens the comments panel when the editor asks for it (a click on a mark, a new comment). */
  setPanelOpener(open: (takeFocus: boolean) => void): void {
    this.#openPanel = open;
  }

  /** The review of a draft just opened: not a change to save. */
  load(review: DraftReview): void {
    this.#set({ review, selectedId: null, pending: null });
  }

  /** Applies a change; answers with why it was refused, or null. */
  apply(change: (review: DraftReview) => ReviewChange): ReviewRefusal | null {
    const outcome = change(this.#state.review);
    if (!outcome.ok) return outcome.code;
    this.#set({ review: outcome.review });
    for (const listener of this.#reviewListeners) listener();
    return null;
  }

  setAnchors(anchorIds: readonly string[]): void {
    this.#set({ anchorIds });
  }

  select(id: string | null, openPanel = false): void {
    this.#set({ selectedId: id });
    // Picked in the text: the panel shows the thread, the caret stays where the writer is.
    if (openPanel) this.#openPanel(false);
  }

  beginComment(pending: PendingComment): void {
    this.#set({ pending, selectedId: null });
    this.#openPanel(true);
  }

  cancelComment(): void {
    this.#set({ pending: null });
  }

  #set(patch: Partial<ReviewState>): void {
    this.#state = { ...this.#state, ...patch };
    for (const listener of this.#listeners) listener();
  }
}

export const ReviewStoreContext = createContext<ReviewStore | null>(null);

export function useReviewStore(): ReviewStore | null {
  return useContext(ReviewStoreContext);
}

const EMPTY_STATE: ReviewState = {
  review: EMPTY_REVIEW,
  anchorIds: [],
  selectedId: null,
  pending: null,
};
const noStore = () => () => {};

export function useReviewState(store: ReviewStore | null): ReviewState {
  return useSyncExternalStore(
    store?.subscribe ?? noStore,
    store ? store.getState : () => EMPTY_STATE,
  );
}

/** The threads as the panel lists them: in document order, deleted text last. */
export function listedThreads(state: ReviewState): ListedThread[] {
  return threadsInDocumentOrder(state.review, state.anchorIds);
}
