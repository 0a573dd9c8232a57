// Brings a story's pictures from its site into the local draft when its text came from the
// site (the desk opening it, the reporter receiving the desk's answer, keeping the site's
// version): the text names each picture by the sha256 of its bytes, and the editor shows,
// and the next send adopts, only files the draft holds. The bytes come from outside, so they
// are taken only from the site's own origin, capped, sniffed, and kept only when they hash to
// the node's hash. Plain Node: fetch, the clock and the draft library are given.
import {
  MAX_MEDIA_BYTES,
  type Draft,
  type MediaInfo,
  type PictureNotBrought,
  type RemotePost,
  type Site,
} from '../../../contract/index.ts';
import { sha256Hex, type MediaUpload } from '../../drafts/media/media-store.ts';
import { sniffImage } from '../../drafts/media/image-sniff.ts';
import { imageBlockAttachmentId } from '../../../../common/wordpress/image-block.ts';
import { hashOf, mediaToken } from '../outbox/post-plan.ts';
import type { Clock } from '../wordpress/clock.ts';
import type { WordPressClient } from '../wordpress/wordpress-client.ts';
import type { Fetch } from '../wordpress/wordpress-http.ts';
import { WordPressError } from '../wordpress/wordpress-error.ts';
import type { WordPressMedia } from '../wordpress/wordpress-types.ts';

/** The draft library, as this module uses it: the draft, its media, and its link to the post. */
export interface DraftMediaShelf {
  open(draftId: string): Promise<Draft>;
  listMedia(draftId: string): Promise<{ hash: string }[]>;
  addMedia(draftId: string, upload: MediaUpload): Promise<MediaInfo>;
  setRemote(draftId: string, siteId: string, post: RemotePost | null): Promise<Draft>;
}

export interface SitePicturesWorld {
  drafts: DraftMediaShelf;
  fetch: Fetch;
  clock: Clock;
  /** Per file, headers and body together. */
  timeoutMs?: number;
}

type Reason = PictureNotBrought['reason'];
type OnSite = RemotePost['media'][string];

const DEFAULT_TIMEOUT_MS = 60_000;
/** A site behind a proxy may redirect once or twice (http → https, a CDN path); never a chain. */
const MAX_REDIRECTS = 3;

/**
 * Adds to the draft's media every picture of its text whose file it lacks, found on the site
 * by its media token, and records each as already on that site (the draft's `remote.media`),
 * so the next send points at the same attachment instead of uploading it again. A picture that
 * cannot be brought stays in the text as it is (the editor shows its empty frame) and is named
 * in the answer, for the UI's notice: opening never fails over a picture.
 */
export async function bringSitePictures(
  world: SitePicturesWorld,
  draftId: string,
  site: Pick<Site, 'id' | 'url'>,
  client: Pick<WordPressClient, 'findMediaByTokenAsReader' | 'getMediaAsReader'>,
): Promise<PictureNotBrought[]> {
  const draft = await world.drafts.open(draftId);
  const held = new Set((await world.drafts.listMedia(draftId)).map((file) => file.hash));
  const notBrought: PictureNotBrought[] = [];
  const brought: Record<string, OnSite> = {};
  for (const picture of picturesOf(draft.body)) {
    if (held.has(picture.hash)) continue;
    const found = await pictureFromSite(world, picture.hash, site, client);
    if ('reason' in found) {
      notBrought.push({ hash: picture.hash, fileName: picture.fileName, reason: found.reason });
      continue;
    }
    await world.drafts.addMedia(draftId, {
      fileName: picture.fileName || found.fileName,
      mimeType: found.mimeType,
      bytes: found.bytes,
    });
    brought[picture.hash] = found.onSite;
    held.add(picture.hash);
  }
  // Image blocks kept as they are on the site (a post written in wp-admin) name their
  // attachment by id, not by hash: the file is kept under the hash of what the site serves,
  // and the link attachment ↔ hash is what lets the editor's card show it.
  const known = new Map(
    Object.entries(draft.remote?.[site.id]?.media ?? {}).map(([hash, onSite]) => [
      onSite.mediaId,
      hash,
    ]),
  );
  for (const { mediaId, fileName } of keptImagesOf(draft.body)) {
    const knownHash = known.get(mediaId);
    if (knownHash !== undefined && held.has(knownHash)) continue;
    const found = await attachmentFromSite(world, mediaId, site, client);
    if ('reason' in found) {
      notBrought.push({ hash: null, fileName: found.fileName || fileName, reason: found.reason });
      continue;
    }
    const info = await world.drafts.addMedia(draftId, {
      fileName: found.fileName,
      mimeType: found.mimeType,
      bytes: found.bytes,
    });
    brought[info.hash] = found.onSite;
    held.add(info.hash);
  }
  const remote = (await world.drafts.open(draftId)).remote?.[site.id];
  if (remote && Object.keys(brought).length > 0)
    await world.drafts.setRemote(draftId, site.id, {
      ...remote,
      media: { ...remote.media, ...brought },
    });
  return notBrought;
}

/** The image blocks a body keeps as they are on the site: each attachment once, with the file name its address ends in. */
export function keptImagesOf(body: unknown): { mediaId: number; fileName: string }[] {
  const found = new Map<number, string>();
  const visit = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (
      record.type === 'protected-block' &&
      record.blockName === 'core/image' &&
      typeof record.source === 'string'
    ) {
      const id = imageBlockAttachmentId(record.source);
      const src = /<img\b[^>]*?\ssrc="([^"]*)"/.exec(record.source)?.[1] ?? '';
      if (id !== null && !found.has(id)) found.set(id, src === '' ? '' : fileNameOf(src));
    }
    if (Array.isArray(record.children)) record.children.forEach(visit);
    if (record.root) visit(record.root);
  };
  visit(body);
  return [...found].map(([mediaId, fileName]) => ({ mediaId, fileName }));
}

type FetchedAttachment =
  | { bytes: Uint8Array; mimeType: string; fileName: string; onSite: OnSite }
  | { reason: Reason; fileName: string };

async function attachmentFromSite(
  world: SitePicturesWorld,
  mediaId: number,
  site: Pick<Site, 'url'>,
  client: Pick<WordPressClient, 'getMediaAsReader'>,
): Promise<FetchedAttachment> {
  let media: WordPressMedia;
  try {
    media = await client.getMediaAsReader(mediaId);
  } catch (error) {
    const missing =
      error instanceof WordPressError &&
      (error.code === 'wordpress.not_found' || error.code === 'wordpress.post_deleted');
    return { reason: missing ? 'not_on_site' : 'unreachable', fileName: '' };
  }
  const fileName = fileNameOf(media.source_url);
  const fetched = await downloadFromSite(world, media.source_url, site.url);
  if ('reason' in fetched) return { reason: fetched.reason, fileName };
  const sniffed = sniffImage(fetched.bytes);
  if (!sniffed) return { reason: 'not_an_image', fileName };
  return {
    bytes: fetched.bytes,
    mimeType: sniffed.mimeType,
    fileName,
    onSite: { mediaId, url: media.source_url },
  };
}

/** The pictures a body names by hash, once each, with the file name the node carries. */
export function picturesOf(body: unknown): { hash: string; fileName: string }[] {
  const found = new Map<string, string>();
  const visit = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    const hash = record.type === 'image' ? hashOf(record) : null;
    if (hash && !found.has(hash))
      found.set(hash, typeof record.fileName === 'string' ? record.fileName : '');
    if (Array.isArray(record.children)) record.children.forEach(visit);
    if (record.root) visit(record.root);
  };
  visit(body);
  return [...found].map(([hash, fileName]) => ({ hash, fileName }));
}

type Fetched =
  { bytes: Uint8Array; mimeType: string; fileName: string; onSite: OnSite } | { reason: Reason };

async function pictureFromSite(
  world: SitePicturesWorld,
  hash: string,
  site: Pick<Site, 'url'>,
  client: Pick<WordPressClient, 'findMediaByTokenAsReader'>,
): Promise<Fetched> {
  let candidates: WordPressMedia[];
  try {
    candidates = await client.findMediaByTokenAsReader(mediaToken(hash));
  } catch {
    return { reason: 'unreachable' };
  }
  if (candidates.length === 0) return { reason: 'not_on_site' };
  let reason: Reason = 'not_on_site';
  // Oldest first; a lost answer's retry may have left a second upload of the same bytes.
  for (const media of candidates) {
    const fetched = await downloadFromSite(world, media.source_url, site.url);
    if ('reason' in fetched) {
      reason = fetched.reason;
      continue;
    }
    const sniffed = sniffImage(fetched.bytes);
    if (!sniffed) {
      reason = 'not_an_image';
      continue;
    }
    // WordPress keeps the upload untouched at source_url; other bytes (a re-encoded or
    // replaced file) are not the picture the text names, and relinking the node to them
    // would silently change what the reporter chose. The text keeps its hash; the notice says why.
    if (sha256Hex(fetched.bytes) !== hash) {
      reason = 'changed_on_site';
      continue;
    }
    return {
      bytes: fetched.bytes,
      mimeType: sniffed.mimeType,
      fileName: fileNameOf(media.source_url),
      onSite: { mediaId: media.id, url: media.source_url },
    };
  }
  return { reason };
}

/**
 * The bytes at `url`, only if it and every redirect stay on the site's origin (scheme, host
 * and port): a media item's address is the site's to give, and following it elsewhere would
 * let the site make this machine fetch from anywhere (another host, the local network).
 */
export async function downloadFromSite(
  world: Pick<SitePicturesWorld, 'fetch' | 'clock' | 'timeoutMs'>,
  url: string,
  siteUrl: string,
): Promise<{ bytes: Uint8Array } | { reason: Reason }> {
  const origin = originOf(siteUrl);
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    if (origin === null || originOf(current) !== origin) return { reason: 'other_origin' };
    const timer = new AbortController();
    const cancelTimer = world.clock.startTimer(world.timeoutMs ?? DEFAULT_TIMEOUT_MS, () =>
      timer.abort(),
    );
    try {
      // No credentials: a file of the uploads folder is served without them.
      const response = await world.fetch(current, {
        redirect: 'manual',
        signal: timer.signal,
        headers: { accept: 'image/*' },
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        current = new URL(location, current).href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return {
          reason:
            response.status === 404 || response.status === 410 ? 'not_on_site' : 'unreachable',
        };
      }
      return await cappedBody(response, MAX_MEDIA_BYTES);
    } catch {
      return { reason: 'unreachable' };
    } finally {
      cancelTimer();
    }
  }
  return { reason: 'unreachable' };
}

/** The body, read no further than `maxBytes`: a site cannot fill the disk or the memory. */
async function cappedBody(
  response: Response,
  maxBytes: number,
): Promise<{ bytes: Uint8Array } | { reason: Reason }> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    await response.body?.cancel();
    return { reason: 'too_large' };
  }
  if (!response.body) return { bytes: new Uint8Array() };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      return { reason: 'too_large' };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { bytes };
}

function originOf(address: string): string | null {
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

function fileNameOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '') || 'image';
  } catch {
    return 'image';
  }
}
