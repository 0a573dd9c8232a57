// Above a draft the article schema does not fully accept, as it lies on disk: why it is open
// read-only and, when the only trouble is node types this Midad does not know (a newer
// Midad's), the way out: keep them as text. Nothing is saved until the user chooses.
import { useState } from 'react';
import type { DocumentCheck } from '../../../common/document/article-document-check.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

interface HeldBackNoticeProps {
  refusal: Extract<DocumentCheck, { ok: false }>;
  /** Turns the unknown nodes into text on disk (a revision kept first), then opens the draft again. */
  onKeepAsText: () => Promise<void>;
}

export function HeldBackNotice({ refusal, onKeepAsText }: HeldBackNoticeProps) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const [busy, setBusy] = useState(false);
  if (refusal.code !== 'document.unknown_node') {
    return (
      <section
        className="notice held-back"
        role="alert"
        data-testid="held-back-notice"
        data-code={refusal.code}
      >
        <p>
          {t('article.heldBack')} {errorMessage(refusal.code)}
        </p>
      </section>
    );
  }
  const keep = async () => {
    setBusy(true);
    try {
      await onKeepAsText();
    } finally {
      setBusy(false);
    }
  };
  return (
    <section
      className="notice held-back"
      role="alert"
      data-testid="held-back-notice"
      data-code={refusal.code}
    >
      {/* Type names are Latin identifiers: isolated, so they do not reorder the Arabic sentence. */}
      <p>
        {t('article.unknownNodes', {
          types: new Intl.ListFormat(i18n.language).format(
            refusal.unknownTypes.map((type) => `\u2066${type}\u2069`),
          ),
        })}
      </p>
      <p>{t('article.keepAsTextHint')}</p>
      <button
        type="button"
        className="quiet-button"
        data-testid="keep-as-text"
        disabled={busy}
        onClick={() => void keep()}
      >
        {t('article.keepAsText')}
      </button>
    </section>
  );
}
