// The revisions one site keeps of the draft's post (who saved each and when), and a word
// diff of two of them, or of one with the draft as it is now: diffed here, with the same
// Arabic word boundaries as the local history (common/arabic/word-comparison.ts).
import { useCallback, useEffect, useState } from 'react';
import type {
  RevisionComparison,
  Site,
  SiteRevisions as SiteRevisionList,
} from '../../../electron/contract/index.ts';
import { compareWords } from '../../../common/arabic/word-comparison.ts';
import { midad } from '../../bridge.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { DiffText } from './DiffText.tsx';

interface SiteRevisionsProps {
  draftId: string;
  site: Site;
  flush: () => Promise<boolean>;
}

export function SiteRevisions({ draftId, site, flush }: SiteRevisionsProps) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const time = new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'short', timeStyle: 'medium' });
  const [list, setList] = useState<SiteRevisionList | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [selected, setSelected] = useState<number[]>([]);
  const [comparison, setComparison] = useState<RevisionComparison | null>(null);

  /** The site's revisions and the draft's text as saved now (flushed first). */
  const load = useCallback(async (): Promise<SiteRevisionList | null> => {
    await flush();
    try {
      const loaded = await midad.publish.siteRevisions(draftId, site.id);
      setList(loaded);
      setError(null);
      return loaded;
    } catch (failure) {
      setError(failure);
      return null;
    }
  }, [draftId, site.id, flush]);
  useEffect(() => {
    void load();
  }, [load]);

  const select = (id: number, on: boolean) =>
    setSelected((previous) =>
      on
        ? [...previous.filter((each) => each !== id), id].slice(-2)
        : previous.filter((each) => each !== id),
    );
  const compare = async () => {
    // Against the current text: asked again, so both sides are as they are now.
    const loaded = selected.length === 1 ? await load() : list;
    if (!loaded) return;
    // Newest first: the later index is the older side.
    const picked = loaded.revisions.filter((revision) => selected.includes(revision.id));
    if (picked.length === 2) setComparison(compareWords(picked[1]!.text, picked[0]!.text));
    else if (picked.length === 1) setComparison(compareWords(picked[0]!.text, loaded.currentText));
  };

  return (
    <section className="site-revisions" data-testid="site-revisions" data-site-id={site.id}>
      <h3>{t('history.site.title', { site: site.name || site.url })}</h3>
      {error ? (
        <p className="notice" role="alert">
          {errorMessage(error)}
        </p>
      ) : null}
      {list === null ? (
        error ? null : (
          <p className="loading-panel">{t('app.loadingPanel')}</p>
        )
      ) : list.revisions.length === 0 ? (
        <p className="library-empty">{t('history.site.none')}</p>
      ) : (
        <>
          <button
            type="button"
            className="quiet-button"
            data-testid="site-revision-compare"
            disabled={selected.length === 0}
            onClick={() => void compare()}
          >
            {selected.length === 2 ? t('history.compareTwo') : t('history.compareCurrent')}
          </button>
          <ol className="revisions">
            {list.revisions.map((revision) => (
              <li
                key={revision.id}
                className="revision"
                data-testid="site-revision"
                data-revision-id={revision.id}
              >
                <label className="revision-pick">
                  <input
                    type="checkbox"
                    data-testid="site-revision-select"
                    checked={selected.includes(revision.id)}
                    onChange={(event) => select(revision.id, event.target.checked)}
                    aria-label={t('history.selectForCompare')}
                  />
                  <time dateTime={revision.savedAt}>{time.format(new Date(revision.savedAt))}</time>
                </label>
                <p className="revision-facts">
                  <bdi>
                    {revision.authorName === null
                      ? t('history.site.savedByUser', { id: revision.authorId })
                      : t('history.site.savedBy', { name: revision.authorName })}
                  </bdi>
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
      {comparison && <DiffText comparison={comparison} testId="site-revision-diff" />}
    </section>
  );
}
