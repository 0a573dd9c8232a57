// The post's settings on this site (category, tags, slug, featured image, schedule) and a
// button for each thing this account may do with it; nothing it may not.
import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type {
  PublishAction,
  PublishOptions,
  PublishPreparation,
} from '../../../electron/contract/index.ts';
import { postLinkToOpen } from '../../../common/wordpress/post-link.ts';
import { safeLink } from './job-view.ts';
import {
  featuredChoices,
  goesBeforeReaders,
  initialFields,
  orderedActions,
  parseTags,
  publishOptions,
  withOfferedFeatured,
  type PublishFields,
} from './publish-form.ts';
import { remoteStatusText } from './remote-status-text.ts';
import { ScheduleField } from './ScheduleField.tsx';
import { defaultScheduleInput } from './site-time.ts';

interface PublishFormProps {
  preparation: PublishPreparation;
  onEnqueue: (options: PublishOptions) => Promise<void>;
  /** Suggestions still open in the article: the site gets the text without them, so ask first. */
  openSuggestions?: number;
  onReviewSuggestions?: () => void;
}

export function PublishForm({
  preparation,
  onEnqueue,
  openSuggestions = 0,
  onReviewSuggestions,
}: PublishFormProps) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<PublishFields>(() =>
    initialFields(preparation, defaultScheduleInput(new Date())),
  );
  const [tagsText, setTagsText] = useState(() => preparation.tags.join('، '));
  const [busy, setBusy] = useState(false);
  const [invalidSchedule, setInvalidSchedule] = useState(false);
  // The action waiting for "publish anyway" while suggestions are open.
  const [held, setHeld] = useState<PublishAction | null>(null);
  const change = (patch: Partial<PublishFields>) =>
    setFields((previous) => ({ ...previous, ...patch }));
  const actions = orderedActions(preparation.allowedActions);
  const remote = preparation.remote;
  const featurable = featuredChoices(preparation);
  const staying = preparation.media.filter((image) => image.staysHere);

  const send = async (action: PublishAction, despiteSuggestions = false) => {
    if (
      openSuggestions > 0 &&
      !despiteSuggestions &&
      goesBeforeReaders(action, remote?.status ?? null)
    ) {
      setHeld(action);
      return;
    }
    setHeld(null);
    const options = publishOptions(
      action,
      withOfferedFeatured({ ...fields, tags: parseTags(tagsText) }, preparation),
    );
    setInvalidSchedule(options === null);
    if (!options) return;
    setBusy(true);
    try {
      await onEnqueue(options);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="publish-form"
      data-testid="publish-form"
      onSubmit={(event) => event.preventDefault()}
    >
      {remote && (
        <p className="publish-remote" data-testid="publish-remote">
          {t('publish.remoteState', { status: remoteStatusText(t, remote.status) })}
          <RemoteLink link={remote.link} status={remote.status} />
        </p>
      )}
      {preparation.notes.map((note) => (
        <p key={note} className="publish-note" data-testid={`publish-note-${note}`}>
          {t(`publish.note.${note}`)}
        </p>
      ))}
      {staying.length > 0 && (
        <ul className="publish-note publish-pictures-stay" data-testid="publish-pictures-stay">
          {staying.map((image) => (
            <li key={image.hash} data-testid="publish-picture-stays" data-reason={image.staysHere}>
              <bdi>{image.fileName || image.alt || image.hash.slice(0, 12)}</bdi>:{' '}
              {t(`publish.pictureStays.${image.staysHere ?? 'uploads_not_allowed'}`)}
            </li>
          ))}
        </ul>
      )}
      <label className="field">
        <span>{t('publish.category')}</span>
        <select
          data-testid="publish-category"
          value={String(fields.categoryIds[0] ?? 0)}
          onChange={(event) =>
            change({
              categoryIds: Number(event.target.value) > 0 ? [Number(event.target.value)] : [],
            })
          }
        >
          <option value="0">{t('publish.fromSection')}</option>
          {preparation.categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('publish.tags')}</span>
        <input
          data-testid="publish-tags"
          value={tagsText}
          onChange={(event) => setTagsText(event.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('publish.slug')}</span>
        <input
          data-testid="publish-slug"
          dir="auto"
          value={fields.slug}
          onChange={(event) => change({ slug: event.target.value })}
        />
      </label>
      {featurable.length > 0 && (
        <label className="field">
          <span>{t('publish.featuredImage')}</span>
          <select
            data-testid="publish-featured"
            value={withOfferedFeatured(fields, preparation).featuredImageHash}
            onChange={(event) => change({ featuredImageHash: event.target.value })}
          >
            <option value="">
              {remote ? t('publish.featuredAsOnSite') : t('publish.noFeaturedImage')}
            </option>
            {featurable.map((image, index) => (
              <option key={image.hash} value={image.hash}>
                {image.alt ||
                  image.caption ||
                  image.fileName ||
                  t('publish.pictureNumber', { number: index + 1 })}
              </option>
            ))}
          </select>
        </label>
      )}
      {actions.includes('schedule') && (
        <ScheduleField
          value={fields.scheduleAt}
          zone={preparation.timeZone}
          invalid={invalidSchedule}
          onChange={(scheduleAt) => change({ scheduleAt })}
        />
      )}
      <div className="publish-actions" role="group" aria-label={t('publish.actionsLabel')}>
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className={
              action === 'publish' || action === 'update' ? 'primary-button' : 'quiet-button'
            }
            data-testid={`publish-action-${action}`}
            disabled={busy || preparation.activeJobId !== null}
            onClick={() => void send(action)}
          >
            {t(`publish.action.${action}`)}
          </button>
        ))}
      </div>
      {held && openSuggestions > 0 && (
        <div
          className="notice"
          role="alertdialog"
          aria-labelledby="open-suggestions-warning"
          data-testid="publish-open-suggestions"
        >
          <p id="open-suggestions-warning">
            {t('suggestions.publishWarning', { count: openSuggestions })}
          </p>
          <div className="publish-actions">
            {onReviewSuggestions && (
              <button
                type="button"
                className="quiet-button"
                data-testid="publish-review-suggestions"
                onClick={onReviewSuggestions}
              >
                {t('suggestions.review')}
              </button>
            )}
            <button
              type="button"
              className="quiet-button"
              data-testid="publish-despite-suggestions"
              onClick={() => void send(held, true)}
            >
              {t('suggestions.publishAnyway')}
            </button>
          </div>
        </div>
      )}
      {preparation.activeJobId && <p className="publish-note">{t('publish.alreadyQueued')}</p>}
    </form>
  );
}

/** The post on the site, at its preview while it is not live (a pending post's permalink is a 404). */
function RemoteLink({ link, status }: { link: string; status: string }) {
  const { t } = useTranslation();
  const { href, preview } = postLinkToOpen(link, status);
  const safe = safeLink(href);
  if (!safe) return null;
  return (
    <>
      {' · '}
      <a
        href={safe}
        target="_blank"
        rel="noopener noreferrer"
        data-testid="publish-remote-link"
        data-preview={preview}
        dir="ltr"
      >
        {preview ? t('publish.previewPost') : t('publish.openPost')}
      </a>
    </>
  );
}
