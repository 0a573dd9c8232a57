// The article around the body: section and tags, kicker, headline, excerpt and byline,
// laid out in the order a reader meets them on the page.
import type { ArticleMeta } from '../../../electron/contract/index.ts';
import { useCommandHandler } from '../../commands/useCommandHandler.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useSettings } from '../settings/settings-context.tsx';
import { META_LIMITS } from './article-meta.ts';
import { LengthMeter } from './LengthMeter.tsx';

type TextField = 'headline' | 'kicker' | 'section' | 'byline' | 'excerpt';

/** The fields a newsroom limits (settings.limits), for search results and feeds. */
const LIMITED: Partial<Record<TextField, 'headlineChars' | 'excerptChars'>> = {
  headline: 'headlineChars',
  excerpt: 'excerptChars',
};

interface MetaFieldsProps {
  meta: ArticleMeta;
  tagsLine: string;
  onChange: (field: TextField, value: string) => void;
  onTagsChange: (line: string) => void;
  /** Shown, selectable, not editable (a story with the desk). */
  readOnly?: boolean;
}

export function MetaFields({
  meta,
  tagsLine,
  onChange,
  onTagsChange,
  readOnly = false,
}: MetaFieldsProps) {
  const { t } = useTranslation();
  const { limits } = useSettings().settings;
  // Ctrl+Alt+1: the headline is the article's first-level heading (Docs' Heading 1).
  useCommandHandler('format.heading1', () => document.getElementById('meta-headline')?.focus());
  const field = (name: TextField, multiline: boolean) => {
    const limit = LIMITED[name];
    const meterId = `meta-${name}-length`;
    const common = {
      id: `meta-${name}`,
      className: `meta-input meta-${name}`,
      'data-testid': `meta-${name}`,
      lang: 'ar',
      dir: 'rtl',
      value: meta[name],
      readOnly,
      maxLength: META_LIMITS[name],
      placeholder: t(`meta.${name}Placeholder`),
      'aria-label': t(`meta.${name}`),
      'aria-describedby': limit ? meterId : undefined,
    };
    const input = multiline ? (
      <textarea {...common} rows={1} onChange={(event) => onChange(name, event.target.value)} />
    ) : (
      <input {...common} type="text" onChange={(event) => onChange(name, event.target.value)} />
    );
    if (!limit) return input;
    return (
      <div className={`meta-limited meta-limited-${name}`}>
        {input}
        <LengthMeter id={meterId} text={meta[name]} limit={limits[limit]} />
      </div>
    );
  };

  return (
    <section className="meta" aria-label={t('meta.label')}>
      <div className="meta-details">
        <label className="meta-detail">
          <span>{t('meta.section')}</span>
          {field('section', false)}
        </label>
        <label className="meta-detail meta-detail-wide">
          <span>{t('meta.tags')}</span>
          <input
            id="meta-tags"
            className="meta-input meta-tags"
            data-testid="meta-tags"
            type="text"
            lang="ar"
            dir="rtl"
            value={tagsLine}
            readOnly={readOnly}
            placeholder={t('meta.tagsPlaceholder')}
            onChange={(event) => onTagsChange(event.target.value)}
          />
        </label>
      </div>
      {field('kicker', false)}
      {field('headline', true)}
      {field('excerpt', true)}
      {field('byline', false)}
    </section>
  );
}
