// A WordPress account as Midad signs in with it: the login and an application password
// (never the login password, which WordPress refuses over REST).
export interface WordPressCredentials {
  login: string;
  appPassword: string;
}

/** WordPress shows application passwords in groups of four ("abcd efgh …") and accepts either form. */
export function normalizeAppPassword(appPassword: string): string {
  return appPassword.replace(/\s+/g, '');
}

export function basicAuthorization({ login, appPassword }: WordPressCredentials): string {
  return `Basic ${Buffer.from(`${login.trim()}:${normalizeAppPassword(appPassword)}`, 'utf8').toString('base64')}`;
}
