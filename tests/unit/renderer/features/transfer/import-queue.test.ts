import { describe, expect, it } from 'vitest';
import {
  ImportQueue,
  importKindOf,
  type ImportOutcome,
  type ImportQueueState,
  type ImportRequest,
} from '../../../../../renderer/features/transfer/import-queue.ts';

/** A queue whose imports finish when the test says so, in order. */
function controlledQueue() {
  const pending: { request: ImportRequest; finish: (ok: boolean) => void }[] = [];
  const queue = new ImportQueue(
    (request) =>
      new Promise<ImportOutcome>((resolve) => {
        pending.push({
          request,
          finish: (ok) =>
            resolve(
              ok
                ? {
                    kind: request.kind,
                    fileName: request.file.name,
                    ok,
                    result: null,
                    draftId: 'd',
                  }
                : { kind: request.kind, fileName: request.file.name, ok, error: new Error('bad') },
            ),
        });
      }),
  );
  const states: ImportQueueState[] = [];
  queue.subscribe(() => states.push(queue.getState()));
  const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { queue, pending, states, nextTurn };
}

const file = (name: string) => new File(['x'], name);

describe('the import queue', () => {
  it('takes .docx and .midad files by name, whatever their case, and nothing else', () => {
    expect(importKindOf('مقال.docx')).toBe('docx');
    expect(importKindOf('STORY.DOCX')).toBe('docx');
    expect(importKindOf('draft.midad')).toBe('midad');
    expect(importKindOf('photo.jpg')).toBeNull();
    expect(importKindOf('notes.docx.exe')).toBeNull();
    expect(importKindOf('old.doc')).toBeNull();
  });

  it('imports one file at a time and says how far it is: 1 of 3, 2 of 3, 3 of 3', async () => {
    const { queue, pending, nextTurn } = controlledQueue();
    const done = queue.add(
      ['a.docx', 'b.midad', 'c.docx'].map((name) => ({
        file: file(name),
        kind: importKindOf(name)!,
      })),
    );
    await nextTurn();
    expect(pending).toHaveLength(1);
    expect(queue.getState()).toMatchObject({ busy: true, current: 1, total: 3 });
    expect(queue.getState().running).toEqual({ kind: 'docx', fileName: 'a.docx' });
    pending[0]!.finish(true);
    await nextTurn();
    expect(pending).toHaveLength(2);
    expect(queue.getState()).toMatchObject({ current: 2, total: 3 });
    pending[1]!.finish(false);
    await nextTurn();
    pending[2]!.finish(true);
    const outcomes = await done;
    expect(outcomes.map((outcome) => [outcome.fileName, outcome.ok])).toEqual([
      ['a.docx', true],
      ['b.midad', false],
      ['c.docx', true],
    ]);
    expect(queue.getState()).toMatchObject({ busy: false, running: null, total: 3 });
    expect(queue.getState().latest.midad?.ok).toBe(false);
    expect(queue.getState().latest.docx?.fileName).toBe('c.docx');
  });

  it('puts files added while it runs behind the others, in the same batch', async () => {
    const { queue, pending, nextTurn } = controlledQueue();
    const first = queue.add([{ file: file('a.docx'), kind: 'docx' }]);
    await nextTurn();
    const second = queue.add([{ file: file('b.docx'), kind: 'docx' }]);
    expect(queue.getState()).toMatchObject({ busy: true, current: 1, total: 2 });
    expect(pending).toHaveLength(1);
    pending[0]!.finish(true);
    expect((await first).map((outcome) => outcome.fileName)).toEqual(['a.docx']);
    await nextTurn();
    expect(queue.getState()).toMatchObject({ current: 2, total: 2 });
    pending[1]!.finish(true);
    expect((await second).map((outcome) => outcome.fileName)).toEqual(['b.docx']);
  });

  it("starts a new batch after the last one ended, forgetting its count but not each way's outcome", async () => {
    const { queue, pending, nextTurn } = controlledQueue();
    const first = queue.add([{ file: file('a.midad'), kind: 'midad' }]);
    await nextTurn();
    pending[0]!.finish(true);
    await first;
    void queue.add([{ file: file('b.docx'), kind: 'docx' }]);
    await nextTurn();
    expect(queue.getState()).toMatchObject({ busy: true, current: 1, total: 1, outcomes: [] });
    expect(queue.getState().latest.midad?.fileName).toBe('a.midad');
    // The running way's outcome is cleared: the last one is not this file's.
    expect(queue.getState().latest.docx).toBeNull();
  });
});
