import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleMeta } from '../../../../../common/document/article-content.ts';
import type { DraftContent } from '../../../../../electron/contract/index.ts';
import { Autosaver, type SaveStatus } from '../../../../../renderer/features/article/autosaver.ts';

type Saved = { updatedAt: string };

function article(text: string): DraftContent {
  return {
    meta: articleMeta(),
    body: { root: { type: 'root', children: [{ type: 'paragraph', text }] } },
  };
}

function setup(save: (content: DraftContent) => Promise<Saved>) {
  let current = article('مسودة');
  const statuses: SaveStatus['state'][] = [];
  const autosaver = new Autosaver({
    save,
    snapshot: () => current,
    onStatus: (status) => statuses.push(status.state),
    retryDelaysMs: [1_000, 5_000],
  });
  return { autosaver, statuses, edit: (text: string) => (current = article(text)) };
}

const savedNow = (_content: DraftContent): Promise<Saved> =>
  Promise.resolve({ updatedAt: new Date().toISOString() });

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, 600 ms after the writer pauses, however many keystrokes came before', async () => {
    const save = vi.fn(savedNow);
    const { autosaver, statuses, edit } = setup(save);
    for (const text of ['ق', 'قا', 'قال']) {
      edit(text);
      autosaver.schedule();
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(600);
    expect(save).toHaveBeenCalledTimes(1);
    expect(statuses).toEqual(['saving', 'saved']);
  });

  it('does not save a document that has not changed since it was loaded or saved', async () => {
    const save = vi.fn(savedNow);
    const { autosaver } = setup(save);
    autosaver.setBaseline(() => article('مسودة'));
    autosaver.schedule();
    await vi.advanceTimersByTimeAsync(1_000);
    await autosaver.flush();
    expect(save).not.toHaveBeenCalled();
  });

  it('keeps the text after a failed save and retries until it reaches disk', async () => {
    let failures = 2;
    const save = vi.fn((content: DraftContent) =>
      failures-- > 0
        ? Promise.reject(Object.assign(new Error('x'), { code: 'storage.write_failed' }))
        : savedNow(content),
    );
    const { autosaver, statuses, edit } = setup(save);
    edit('نص لا يضيع');
    expect(await autosaver.flush()).toBe(false);
    expect(statuses).toEqual(['saving', 'failed']);
    await vi.advanceTimersByTimeAsync(1_000);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(save).toHaveBeenCalledTimes(3);
    expect(statuses.at(-1)).toBe('saved');
    expect(save.mock.calls.at(-1)?.[0].body).toEqual(article('نص لا يضيع').body);
  });

  it('never runs two saves at once, and saves what changed during a save right after it', async () => {
    let finish: (() => void) | undefined;
    const save = vi.fn(
      (_content: DraftContent) =>
        new Promise<Saved>((resolve) => {
          finish = () => resolve({ updatedAt: new Date().toISOString() });
        }),
    );
    const { autosaver, edit } = setup(save);
    const first = autosaver.flush();
    edit('تعديل أثناء الحفظ');
    void autosaver.flush();
    expect(save).toHaveBeenCalledTimes(1);
    finish?.();
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    finish?.();
    expect(await first).toBe(true);
    expect(save.mock.calls[1]?.[0].body).toEqual(article('تعديل أثناء الحفظ').body);
  });

  it('a flush during a save waits for it and for the change after it, then says all is on disk', async () => {
    let finish: (() => void) | undefined;
    const save = vi.fn(
      (_content: DraftContent) =>
        new Promise<Saved>((resolve) => {
          finish = () => resolve({ updatedAt: new Date().toISOString() });
        }),
    );
    const { autosaver, edit } = setup(save);
    void autosaver.flush();
    edit('تعديل قبل الانتقال إلى مسودة أخرى');
    let done = false;
    const switching = autosaver.flush().then((saved) => ((done = true), saved));
    finish?.();
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    expect(done).toBe(false);
    finish?.();
    expect(await switching).toBe(true);
  });
});
