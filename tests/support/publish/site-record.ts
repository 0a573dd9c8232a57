// A site as the Sites screen keeps it in sites.json once added: an editor's account on a
// WordPress at `url` (news.example unless a test runs its own), with what a test needs changed.
import type { Site } from '../../../electron/contract/index.ts';

export function siteRecord(url = 'https://news.example', change: Partial<Site> = {}): Site {
  return {
    id: 'site-0000001',
    url,
    restRoot: `${url}/wp-json/`,
    name: 'News',
    login: 'editor',
    account: { id: 3, name: 'Editor', roles: ['editor'], locale: 'ar' },
    capabilities: ['edit_posts', 'publish_posts', 'upload_files'],
    categories: [],
    reviewBridge: null,
    addedAt: '2026-11-29T09:00:00.000Z',
    checkedAt: '2026-11-29T09:00:00.000Z',
    ...change,
  };
}
