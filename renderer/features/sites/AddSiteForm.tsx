// Adding a site: its address, the WordPress user name and an application password (made in
// WordPress under Users → Profile → Application Passwords). The host checks them first.
// The form checks itself (noValidate): the browser's own messages come in the browser's
// language, and its url check refuses the bare domain the host accepts ("news.example").
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
  /** The form's own check refused it: a field is empty. */
  const [incomplete, setIncomplete] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const complete = url.trim() !== '' && login.trim() !== '' && appPassword !== '';
    setIncomplete(!complete);
    if (!complete) return;
    setBusy(true);
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
    <form
      className="add-site"
      data-testid="add-site"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h3>{t('sites.add')}</h3>
      <label className="field">
        <span>{t('sites.url')}</span>
        <input
          type="text"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          dir="ltr"
          required
          value={url}
          placeholder="https://news.example"
          data-testid="site-url"
          aria-describedby="site-url-hint"
          onChange={(e) => setUrl(e.target.value)}
        />
        <span className="field-hint" id="site-url-hint">
          {t('sites.urlHint')}
        </span>
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
      {incomplete || error ? (
        <p className="notice" role="alert" data-testid="site-add-error">
          {incomplete ? t('sites.missingFields') : errorMessage(error)}
        </p>
      ) : null}
    </form>
  );
}
