import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMidadFileArgument } from '../../../../electron/main/midad-file-argument.ts';

describe('the .midad file on a command line', () => {
  it('is found among the app and Chromium arguments and made absolute', () => {
    const argv = [
      '/opt/Midad/midad',
      '--no-sandbox',
      '--allow-file-access-from-files',
      'تقارير/خبر.midad',
    ];
    expect(findMidadFileArgument(argv, '/home/sara')).toBe(
      path.resolve('/home/sara', 'تقارير/خبر.midad'),
    );
  });

  it('is the last one named, whatever the case of its extension', () => {
    expect(findMidadFileArgument(['a.midad', '/tmp/B.MIDAD'], '/')).toBe(
      path.resolve('/tmp/B.MIDAD'),
    );
  });

  it('is nothing when no argument is a .midad file', () => {
    expect(
      findMidadFileArgument(
        ['/opt/Midad/midad', 'dist/electron/main.mjs', '--data-dir=/tmp/x.midad', 'notes.txt'],
        '/',
      ),
    ).toBeUndefined();
  });
});
