// The newsroom word list in the style panel: how many entries it has, import from a file
// (text lines or JSON, see word-list-file.ts), export as the same text, and empty it. A
// file that does not parse changes nothing, and the message says which line and why.
import { useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { WordListEntry } from '../../../common/arabic/house-style/options.ts';
import {
  formatWordList,
  parseWordList,
  type ParsedEntry,
  type WordListProblem,
} from '../../../common/arabic/house-style/word-list-file.ts';
import { downloadText } from '../transfer/download.ts';
import { HiddenFileInput } from '../transfer/HiddenFileInput.tsx';

type Outcome =
  | { kind: 'imported'; count: number }
  | { kind: 'failed'; problem: WordListProblem | 'not-utf8'; line: number }
  | null;

/** The file as UTF-8 text, or null if it is not (a legacy Windows-1256 export, say). */
async function utf8Text(file: File): Promise<string | null> {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return null;
  }
}

interface WordListSectionProps {
  wordList: readonly WordListEntry[];
  onChange: (wordList: ParsedEntry[]) => void;
}

export function WordListSection({ wordList, onChange }: WordListSectionProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const importFile = async (file: File) => {
    const text = await utf8Text(file);
    const parsed =
      text === null ? ({ ok: false, problem: 'not-utf8', line: 0 } as const) : parseWordList(text);
    if (!parsed.ok) {
      setOutcome({ kind: 'failed', problem: parsed.problem, line: parsed.line });
      return;
    }
    onChange(parsed.entries);
    setOutcome({ kind: 'imported', count: parsed.entries.length });
  };

  const failure = (problem: WordListProblem | 'not-utf8', line: number) => {
    const reason = t(`houseStyle.wordList.problem.${problem}`);
    return line > 0
      ? t('houseStyle.wordList.failedAt', { line, reason })
      : t('houseStyle.wordList.failed', { reason });
  };

  return (
    <div className="style-word-list" data-testid="style-word-list">
      <h4>{t('houseStyle.wordList.title')}</h4>
      <p data-testid="style-word-list-count">
        {wordList.length === 0
          ? t('houseStyle.wordList.none')
          : t('houseStyle.wordList.count', { count: wordList.length })}
      </p>
      <p className="style-hint">{t('houseStyle.wordList.format')}</p>
      <div className="style-word-list-actions">
        <button
          type="button"
          className="quiet-button"
          data-testid="style-word-list-import"
          onClick={() => input.current?.click()}
        >
          {t('houseStyle.wordList.import')}
        </button>
        <button
          type="button"
          className="quiet-button"
          data-testid="style-word-list-export"
          disabled={wordList.length === 0}
          onClick={() =>
            downloadText(
              formatWordList(wordList),
              'midad-word-list.txt',
              'text/plain;charset=utf-8',
            )
          }
        >
          {t('houseStyle.wordList.export')}
        </button>
        <button
          type="button"
          className="quiet-button danger"
          disabled={wordList.length === 0}
          onClick={() => onChange([])}
        >
          {t('houseStyle.wordList.clear')}
        </button>
      </div>
      <HiddenFileInput
        inputRef={input}
        accept=".txt,.json,text/plain,application/json"
        testId="style-word-list-file"
        onFile={(file) => void importFile(file)}
      />
      {outcome && (
        <p
          className={outcome.kind === 'failed' ? 'notice' : 'style-hint'}
          role={outcome.kind === 'failed' ? 'alert' : 'status'}
          data-testid="style-word-list-outcome"
        >
          {outcome.kind === 'imported'
            ? t('houseStyle.wordList.imported', { count: outcome.count })
            : failure(outcome.problem, outcome.line)}
        </p>
      )}
    </div>
  );
}
