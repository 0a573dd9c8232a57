// A conflict settled by keeping the site's version: it becomes the local draft (the
// replaced text kept as a revision) and nothing is sent. The pictures it names that were
// added on the site are brought here; one that cannot be brought leaves its frame empty.
import type { Site } from '../../../../contract/index.ts';
import { ServiceError } from '../../../service-error.ts';
import { bringSitePictures } from '../../review/site-pictures.ts';
import type { JobFile } from '../job-file.ts';
import type { OutboxOptions } from '../outbox-options.ts';
import type { SiteSeenStore } from '../site-seen.ts';
import { takeSiteVersion } from '../site-version.ts';

export async function keepTheirs(
  outbox: OutboxOptions,
  seen: SiteSeenStore,
  job: JobFile,
  site: Site,
): Promise<NonNullable<JobFile['result']>> {
  const client = await outbox.sites.clientFor(site);
  const library = await outbox.drafts();
  const draft = await library.open(job.draftId);
  const remote = draft.remote?.[job.siteId];
  if (!remote) throw new ServiceError('publish.not_published');
  const post = await client.getPost(remote.postId);
  await takeSiteVersion({ drafts: library, seen }, draft, site, post);
  const picturesNotBrought = await bringSitePictures(
    { drafts: library, fetch: outbox.fetch, clock: outbox.clock },
    draft.id,
    site,
    client,
  );
  return {
    postId: post.id,
    link: post.link,
    status: post.status,
    ...(picturesNotBrought.length > 0 ? { picturesNotBrought } : {}),
  };
}
