// Where the still overlay puts a finding's underline while the writer types.
import { describe, expect, it } from 'vitest';
import { overlayBoxes } from '../../../../../renderer/features/house-style/underline-overlay.ts';

const rect = (left: number, top: number, width: number, height: number) => ({
  left,
  top,
  width,
  height,
});

describe('the typing overlay', () => {
  it('places each line of a finding relative to the editor frame, so it scrolls with the text', () => {
    const boxes = overlayBoxes('fix', [rect(300, 120, 40, 22), rect(500, 156, 25, 22)], {
      left: 100,
      top: 50,
    });
    expect(boxes).toEqual([
      { kind: 'fix', left: 200, top: 70, width: 40, height: 22 },
      { kind: 'fix', left: 400, top: 106, width: 25, height: 22 },
    ]);
  });

  it('draws a finding over formatted text once, though the browser reports the element and its text apart', () => {
    const boxes = overlayBoxes('advice', [rect(300, 120, 40, 22), rect(300.2, 120.1, 40, 22)], {
      left: 0,
      top: 0,
    });
    expect(boxes).toHaveLength(1);
    expect(boxes[0]?.kind).toBe('advice');
  });

  it('draws nothing for an empty rect where a finding ends at a line break', () => {
    expect(
      overlayBoxes('fix', [rect(300, 120, 0, 22), rect(10, 10, 5, 0)], { left: 0, top: 0 }),
    ).toEqual([]);
  });
});
