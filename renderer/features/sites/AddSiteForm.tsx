// Adding a site: its address, the WordPress user name and an application password (made in
// WordPress under Users → Profile → Application Passwords). The host checks them first.
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { Site, SiteInput } from '../../../electron/contract/index.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';

interface AddSiteFormProps {
  onAdd: (input: SiteInput) => Promise<Site>;
  disabled: boolean;
}

export function AddSiteForm({ onAdd, disabled }: AddSiteFormProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [url, setUrl] = useState('');
  const [login, setLogin] = useState('');
  const [appPassword, setAppPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onAdd({ url: url.trim(), login: login.trim(), appPassword });
      setUrl('');
      setLogin('');
      setAppPassword('');
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="add-site" data-testid="add-site" onSubmit={(event) => void submit(event)}>
      <h3>{t('sites.add')}</h3>
      <label className="field">
        <span>{t('sites.url')}</span>
        <input
          type="url"
          dir="ltr"
          required
          value={url}
          placeholder="https://news.example"
          data-testid="site-url"
          onChange={(e) => setUrl(e.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('sites.login')}</span>
        <input
          dir="ltr"
          required
          autoComplete="off"
          value={login}
          data-testid="site-login"
          onChange={(e) => setLogin(e.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('sites.appPassword')}</span>
        <input
          type="password"
          dir="ltr"
          required
          autoComplete="off"
          value={appPassword}
          data-testid="site-password"
          aria-describedby="app-password-hint"
          onChange={(e) => setAppPassword(e.target.value)}
        />
      </label>
      <p className="field-hint" id="app-password-hint">
        {t('sites.appPasswordHint')}
      </p>
      <button
        type="submit"
        className="primary-button"
        data-testid="site-add"
        disabled={busy || disabled}
      >
        {busy ? t('sites.adding') : t('sites.addButton')}
      </button>
      {error ? (
        <p className="notice" role="alert" data-testid="site-add-error">
          {errorMessage(error)}
        </p>
      ) : null}
    </form>
  );
}
