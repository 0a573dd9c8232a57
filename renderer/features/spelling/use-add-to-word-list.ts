// "Add to the newsroom word list" from the spelling menu and the spelling list: the word
// becomes an entry of the house-style word list, which both checkers read, so it is accepted
// at once here and, once the settings are shared, on every desk.
import { useCallback } from 'react';
import { acceptedWordEntry } from '../../../common/arabic/spelling/accepted-words.ts';
import { useSettings } from '../settings/settings-context.tsx';

/** The settings' limit on the list's entries (electron/contract.ts). */
const MAX_ENTRIES = 5_000;

export function useAddToWordList(): (word: string) => void {
  const { settings, updateSettings } = useSettings();
  const { wordList } = settings.houseStyle;
  return useCallback(
    (word: string) => {
      if (wordList.some((entry) => entry.preferred === word) || wordList.length >= MAX_ENTRIES)
        return;
      updateSettings({ houseStyle: { wordList: [...wordList, acceptedWordEntry(word)] } }).catch(
        (error: unknown) => console.error('The word list was not saved', error),
      );
    },
    [wordList, updateSettings],
  );
}
