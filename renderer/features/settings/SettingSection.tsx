// A setting saved as soon as it is changed (appearance, spelling, suggesting by default): its
// section and title, and under it why the last change could not be saved (the settings
// provider has already undone it).
import { useState, type ReactNode } from 'react';
import type { Settings, SettingsPatch } from '../../../electron/contract/index.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { useSettings } from './settings-context.tsx';

interface SavedAtOnce {
  settings: Settings;
  /** Saves the change; a failure is kept for the section to show. */
  save: (patch: SettingsPatch) => void;
  /** Why the last change failed; null after a change that did not (yet). */
  failure: unknown;
}

export function useSaveAtOnce(): SavedAtOnce {
  const { settings, updateSettings } = useSettings();
  const [failure, setFailure] = useState<unknown>(null);
  const save = (patch: SettingsPatch) => {
    setFailure(null);
    updateSettings(patch).catch(setFailure);
  };
  return { settings, save, failure };
}

interface SettingSectionProps {
  /** The title's id: the section is labelled by it. */
  titleId: string;
  title: string;
  failure: unknown;
  children: ReactNode;
  /** What the section shows, for the tests (`data-testid`, `data-plan`). */
  [data: `data-${string}`]: string | undefined;
}

export function SettingSection({
  titleId,
  title,
  failure,
  children,
  ...data
}: SettingSectionProps) {
  const errorMessage = useErrorMessage();
  return (
    <section className="settings-form" aria-labelledby={titleId} {...data}>
      <h3 id={titleId}>{title}</h3>
      {children}
      {failure !== null && (
        <p className="notice" role="alert">
          {errorMessage(failure)}
        </p>
      )}
    </section>
  );
}
