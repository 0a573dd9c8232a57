// The file chooser behind an "import" button: opened by the caller's button through
// `inputRef`, it hands over one file and then forgets it, so the same file can be chosen
// again right after (a corrected word list, a second try at a damaged document).
import type { RefObject } from 'react';

interface HiddenFileInputProps {
  inputRef: RefObject<HTMLInputElement | null>;
  accept: string;
  testId: string;
  onFile: (file: File) => void;
}

export function HiddenFileInput({ inputRef, accept, testId, onFile }: HiddenFileInputProps) {
  return (
    <input
      ref={inputRef}
      type="file"
      accept={accept}
      hidden
      data-testid={testId}
      onChange={(event) => {
        const file = event.target.files?.[0];
        event.target.value = '';
        if (file) onFile(file);
      }}
    />
  );
}
