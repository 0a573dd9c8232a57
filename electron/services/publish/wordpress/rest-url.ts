// URLs of REST routes under a discovered root, in either of WordPress's two forms:
// `https://site/wp-json/` + `wp/v2/posts?context=edit` (pretty permalinks), or
// `https://site/index.php?rest_route=/` → `…?rest_route=/wp/v2/posts&context=edit` (plain).

export type QueryValue = string | number | boolean | readonly (string | number)[] | undefined;
export type Query = Record<string, QueryValue>;

export function restUrl(restRoot: string, route: string, query: Query = {}): string {
  const root = new URL(restRoot);
  const routePath = route.replace(/^\/+/, '');
  const params = queryString(query);
  if (root.searchParams.has('rest_route')) {
    // The root's own rest_route is its base ("/"): the route replaces it, other parameters stay.
    const base = root.searchParams.get('rest_route')?.replace(/\/+$/, '') ?? '';
    root.searchParams.delete('rest_route');
    const others = root.searchParams.toString();
    const restRoute = `rest_route=${encodeRoute(`${base}/${routePath}`)}`;
    return `${root.origin}${root.pathname}?${[restRoute, others, params].filter(Boolean).join('&')}`;
  }
  const path = root.pathname.endsWith('/') ? root.pathname : `${root.pathname}/`;
  const search = [root.searchParams.toString(), params].filter(Boolean).join('&');
  return `${root.origin}${path}${encodeRoute(routePath)}${search ? `?${search}` : ''}`;
}

/** A route's segments are ours (namespaces, ids), but anything unusual is escaped; the slashes stay. */
function encodeRoute(route: string): string {
  return route.split('/').map(encodeURIComponent).join('/');
}

function queryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) params.set(key, value.join(','));
    else params.set(key, String(value));
  }
  return params.toString();
}

/** The form a root takes, for the user and the tests. */
export function restRootForm(restRoot: string): 'pretty' | 'query' {
  return new URL(restRoot).searchParams.has('rest_route') ? 'query' : 'pretty';
}
