// A post's status on the site in the interface language: WordPress may answer with a status
// a plugin added, which has no string and reads as WordPress wrote it.
import { isTranslationKey, type Translate } from '../../i18n/index.ts';

export function remoteStatusText(t: Translate, status: string): string {
  const key = `publish.remoteStatus.${status}`;
  return isTranslationKey(key) ? t(key) : status;
}
