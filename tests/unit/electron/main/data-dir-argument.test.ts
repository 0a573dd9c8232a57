import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataDirArgument } from '../../../../electron/main/data-dir-argument.ts';

describe('the --data-dir argument of the desktop app', () => {
  it('is read in both spellings and made absolute', () => {
    expect(readDataDirArgument(['.', '--data-dir', 'tmp/data'])).toBe(path.resolve('tmp/data'));
    expect(readDataDirArgument(['--data-dir=/srv/midad'])).toBe('/srv/midad');
  });

  it("is absent when not given, and ignores Chromium's own switches", () => {
    expect(readDataDirArgument(['.', '--inspect=0', '--remote-debugging-port=0'])).toBeUndefined();
  });
});
