// A note above the article about what just happened to it (an import's report, the desk's
// answer, pictures that stayed on the site): read out without interrupting, and shown until
// the writer hides it or another draft opens.
import type { ReactNode } from 'react';
import type { StringKey } from '../../i18n/index.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

interface DismissibleNoteProps {
  /** Its class next to `notice`, and its test id. */
  name: string;
  /** The dismiss button's label. */
  dismiss: StringKey;
  dismissTestId?: string;
  onDismiss: () => void;
  children: ReactNode;
  /** What the note says, for the tests (`data-took`, `data-outcome`). */
  [data: `data-${string}`]: string | undefined;
}

export function DismissibleNote({
  name,
  dismiss,
  dismissTestId,
  onDismiss,
  children,
  ...data
}: DismissibleNoteProps) {
  const { t } = useTranslation();
  return (
    <section className={`notice ${name}`} data-testid={name} {...data} aria-live="polite">
      {children}
      <button
        type="button"
        className="quiet-button"
        data-testid={dismissTestId}
        onClick={onDismiss}
      >
        {t(dismiss)}
      </button>
    </section>
  );
}
