// The article around the body: section and tags, kicker, headline, excerpt and byline,
// laid out in the order a reader meets them on the page.
import type { ArticleMeta } from '../../../electron/contract.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { META_LIMITS } from './article-meta.ts';

type TextField = 'headline' | 'kicker' | 'section' | 'byline' | 'excerpt';

interface MetaFieldsProps {
  meta: ArticleMeta;
  tagsLine: string;
  onChange: (field: TextField, value: string) => void;
  onTagsChange: (line: string) => void;
}

export function MetaFields({ meta, tagsLine, onChange, onTagsChange }: MetaFieldsProps) {
  const { t } = useTranslation();
  const field = (name: TextField, multiline: boolean) => {
    const common = {
      id: `meta-${name}`,
      className: `meta-input meta-${name}`,
      'data-testid': `meta-${name}`,
      lang: 'ar',
      dir: 'rtl',
      value: meta[name],
      maxLength: META_LIMITS[name],
      placeholder: t(`meta.${name}Placeholder`),
      'aria-label': t(`meta.${name}`),
    };
    return multiline ? (
      <textarea {...common} rows={1} onChange={(event) => onChange(name, event.target.value)} />
    ) : (
      <input {...common} type="text" onChange={(event) => onChange(name, event.target.value)} />
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
