// The .midad file a command line names: Windows and Linux start Midad with the file's
// path when the user opens one (first instance), or hand it to the running instance
// (second-instance's argv, which still holds Chromium's own switches).
import path from 'node:path';

export function findMidadFileArgument(
  argv: readonly string[],
  workingDirectory: string,
): string | undefined {
  const file = [...argv]
    .reverse()
    .find(
      (argument) => !argument.startsWith('-') && path.extname(argument).toLowerCase() === '.midad',
    );
  return file === undefined ? undefined : path.resolve(workingDirectory, file);
}
