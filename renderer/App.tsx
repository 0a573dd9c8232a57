// The application frame: placeholder until the editor lands.
import { useTranslation } from 'react-i18next';

export function App() {
  const { t } = useTranslation();
  return <main>{t('app.name')}</main>;
}
