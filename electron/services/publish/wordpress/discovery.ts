// Finds a site's REST root from the address the user typed: the `Link: <…>;
// rel="https://api.w.org/"` header of the home page, else `/wp-json/`, else `?rest_route=/`.
// A candidate counts only if it answers WordPress's index as JSON: with plain permalinks
// `/wp-json/` answers the HTML home page with 200.
import { ServiceError } from '../../service-error.ts';
import { restUrl } from './rest-url.ts';
import { WordPressError } from './wordpress-error.ts';
import type { WordPressHttp } from './wordpress-http.ts';

const API_REL = 'https://api.w.org/';

export interface DiscoveredSite {
  restRoot: string;
  /** The site's own idea of its address (`home` in the index). */
  home: string;
  name: string;
  /** WordPress refuses application passwords where this is false (plain http, not 'local'). */
  applicationPasswords: boolean;
  /** For scheduling in the site's time zone: `timezone_string` ('' when only an offset is set). */
  timezone: string;
  gmtOffset: number;
}

/** The address as typed ("example.com/news", "https://example.com/") as a URL, or sites.invalid_url. */
export function normalizeSiteUrl(typed: string): URL {
  const trimmed = typed.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new ServiceError('sites.invalid_url');
  }
  if (
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    !url.hostname ||
    url.username ||
    url.password
  ) {
    throw new ServiceError('sites.invalid_url');
  }
  url.hash = '';
  url.search = '';
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  return url;
}

/** The API root a `Link` header names, made absolute against `base`, or null. */
export function apiRootFromLinkHeader(header: string | null, base: string): string | null {
  if (!header) return null;
  for (const match of header.matchAll(/<([^>]*)>([^,<]*)/g)) {
    const [, target, params] = match;
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;]+))/i.exec(params ?? '');
    const relations = (rel?.[1] ?? rel?.[2] ?? '').split(/\s+/);
    if (target !== undefined && relations.includes(API_REL)) {
      try {
        return new URL(target, base).href;
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** Candidates in order of trust; the first that answers the index as JSON is the root. */
export async function discoverSite(typedUrl: string, http: WordPressHttp): Promise<DiscoveredSite> {
  const site = normalizeSiteUrl(typedUrl);
  const home = await http.send(site.href);
  const fromLink = apiRootFromLinkHeader(home.headers.get('link'), home.url);
  const homeUrl = new URL(home.url);
  homeUrl.search = '';
  const candidates = [
    ...(fromLink ? [fromLink] : []),
    new URL('wp-json/', homeUrl).href,
    `${new URL('index.php', homeUrl).href}?rest_route=/`,
  ];

  let lastError: WordPressError | null = null;
  for (const candidate of [...new Set(candidates)]) {
    try {
      const index = await http.json(restUrl(candidate, ''));
      const parsed = parseIndex(index.body, candidate);
      if (parsed) return parsed;
    } catch (error) {
      if (!(error instanceof WordPressError)) throw error;
      // No answer at all: another candidate on the same host will not answer either.
      if (error.status === 0) throw error;
      lastError = error;
    }
  }
  if (
    lastError?.code === 'wordpress.server_error' ||
    lastError?.code === 'wordpress.bad_credentials'
  )
    throw lastError;
  throw new WordPressError(
    'wordpress.not_wordpress',
    lastError?.status ?? home.status,
    lastError?.wordpressCode ?? null,
  );
}

/** The index of a REST root already known; wordpress.not_wordpress if it is not WordPress's. */
export async function readIndex(restRoot: string, http: WordPressHttp): Promise<DiscoveredSite> {
  const index = await http.json(restUrl(restRoot, ''));
  const parsed = parseIndex(index.body, restRoot);
  if (!parsed) throw new WordPressError('wordpress.not_wordpress', index.status, null);
  return parsed;
}

function parseIndex(body: unknown, restRoot: string): DiscoveredSite | null {
  if (typeof body !== 'object' || body === null) return null;
  const index = body as Record<string, unknown>;
  const namespaces = Array.isArray(index.namespaces) ? index.namespaces : [];
  if (!namespaces.includes('wp/v2')) return null;
  const authentication =
    typeof index.authentication === 'object' && index.authentication !== null
      ? index.authentication
      : {};
  return {
    restRoot,
    home: typeof index.home === 'string' ? index.home : '',
    name: typeof index.name === 'string' ? index.name : '',
    applicationPasswords: 'application-passwords' in authentication,
    timezone: typeof index.timezone_string === 'string' ? index.timezone_string : '',
    gmtOffset: Number(index.gmt_offset) || 0,
  };
}
