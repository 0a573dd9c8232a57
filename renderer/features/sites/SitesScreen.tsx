// The WordPress sites the user publishes to: who they are on each and what they may do
// there, where their passwords are kept, and a form to add another. Loaded when opened.
import { useTranslation } from '../../i18n/useTranslation.ts';
import '../../styles/forms.css';
import '../../styles/sites.css';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { AddSiteForm } from './AddSiteForm.tsx';
import { SecretStorageNote } from './SecretStorageNote.tsx';
import { SiteCard } from './SiteCard.tsx';
import { useSites } from './useSites.ts';

export default function SitesScreen() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const state = useSites();
  const blocked = state.storage?.kind === 'basic-text' && !state.storage.weakAccepted;
  return (
    <main className="sites" data-testid="sites">
      <h2 className="sites-heading">{t('sites.title')}</h2>
      {state.error ? (
        <p className="notice" role="alert">
          {errorMessage(state.error)}
        </p>
      ) : null}
      {state.storage && (
        <SecretStorageNote
          storage={state.storage}
          onAccept={state.acceptWeakStorage}
          onWithdraw={state.withdrawWeakStorage}
        />
      )}
      {state.sites === null ? (
        <p className="loading-panel">{t('app.loadingPanel')}</p>
      ) : state.sites.length === 0 ? (
        <p className="library-empty">{t('sites.none')}</p>
      ) : (
        <ul className="site-list" data-testid="site-list">
          {state.sites.map((site) => (
            <SiteCard key={site.id} site={site} onCheck={state.check} onRemove={state.remove} />
          ))}
        </ul>
      )}
      <AddSiteForm onAdd={state.add} disabled={blocked} />
    </main>
  );
}
