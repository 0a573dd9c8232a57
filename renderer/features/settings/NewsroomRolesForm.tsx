// The settings' newsroom roles: the WordPress capabilities that make a copy editor and a
// desk chief, each typed as a comma-separated list and checked before anything is saved.
import { useState, type FormEvent } from 'react';
import {
  MAX_ROLE_CAPABILITIES,
  type NewsroomRole,
  type RoleMapping,
} from '../../../common/newsroom/roles.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { readCapabilityList, writeCapabilityList } from './capability-list.ts';
import { useSettings } from './settings-context.tsx';

type RoleField = keyof RoleMapping;
const FIELDS: { field: RoleField; role: NewsroomRole }[] = [
  { field: 'copyEditor', role: 'copy-editor' },
  { field: 'deskChief', role: 'desk-chief' },
];

type Outcome =
  | { kind: 'saved' }
  | { kind: 'refused'; field: RoleField; role: NewsroomRole; reason: string }
  | { kind: 'failed'; error: unknown }
  | null;

export function NewsroomRolesForm() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { settings, updateSettings } = useSettings();
  const { roleMapping } = settings.newsroom;
  const [typed, setTyped] = useState<Record<RoleField, string>>(() => ({
    copyEditor: writeCapabilityList(roleMapping.copyEditor),
    deskChief: writeCapabilityList(roleMapping.deskChief),
  }));
  const [outcome, setOutcome] = useState<Outcome>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next: RoleMapping = { copyEditor: [], deskChief: [] };
    for (const { field, role } of FIELDS) {
      const reading = readCapabilityList(typed[field]);
      if (!reading.ok) {
        const name = reading.reason === 'bad_capability' ? reading.name : '';
        const reason =
          reading.reason === 'too_many_capabilities'
            ? t('settings.newsroomRoles.too_many_capabilities', { count: MAX_ROLE_CAPABILITIES })
            : t(`settings.newsroomRoles.${reading.reason}`, { name });
        setOutcome({ kind: 'refused', field, role, reason });
        return;
      }
      next[field] = reading.capabilities;
    }
    try {
      await updateSettings({ newsroom: { roleMapping: next } });
      setTyped({
        copyEditor: writeCapabilityList(next.copyEditor),
        deskChief: writeCapabilityList(next.deskChief),
      });
      setOutcome({ kind: 'saved' });
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    }
  };

  return (
    <form
      className="settings-form"
      data-testid="newsroom-roles"
      onSubmit={(event) => void submit(event)}
    >
      <h3>{t('settings.newsroomRoles.title')}</h3>
      <p className="field-hint">{t('settings.newsroomRoles.intro')}</p>
      <p className="field-hint" id="newsroom-roles-hint">
        {t('settings.newsroomRoles.hint')}
      </p>
      {FIELDS.map(({ field, role }) => (
        <label key={field} className="field">
          <span>{t(`newsroomRole.${role}`)}</span>
          <input
            dir="ltr"
            spellCheck={false}
            autoCapitalize="none"
            value={typed[field]}
            data-testid={`setting-role-${role}`}
            aria-describedby="newsroom-roles-hint"
            aria-invalid={outcome?.kind === 'refused' && outcome.field === field ? true : undefined}
            onChange={(event) => {
              setTyped((previous) => ({ ...previous, [field]: event.target.value }));
              setOutcome(null);
            }}
          />
        </label>
      ))}
      <button type="submit" className="primary-button" data-testid="newsroom-roles-save">
        {t('settings.newsroomRoles.save')}
      </button>
      {outcome && (
        <p
          className={outcome.kind === 'saved' ? 'settings-saved' : 'notice'}
          role={outcome.kind === 'saved' ? 'status' : 'alert'}
          data-testid="newsroom-roles-outcome"
          data-outcome={outcome.kind}
        >
          {outcome.kind === 'saved'
            ? t('settings.newsroomRoles.saved')
            : outcome.kind === 'refused'
              ? `${t(`newsroomRole.${outcome.role}`)}: ${outcome.reason}`
              : errorMessage(outcome.error)}
        </p>
      )}
    </form>
  );
}
