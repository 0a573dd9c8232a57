// Midad's client of one WordPress site's REST API (wp/v2, and midad-bridge/v1 where the
// plugin is), signed in with an application password. Plain Node: fetch and the clock are given. Every failure is a WordPressError
// whose code the UI explains; nothing thrown carries the password.
import type { Clock } from './clock.ts';
import { basicAuthorization, type WordPressCredentials } from './credentials.ts';
import { hasMarker, isPostMarker } from './post-marker.ts';
import { restUrl, type Query } from './rest-url.ts';
import { WordPressError } from './wordpress-error.ts';
import { WordPressHttp, type Fetch, type HttpRequest } from './wordpress-http.ts';
import {
  accountSchema,
  mediaSchema,
  midadBridgeStatusSchema,
  parseAnswer,
  postRevisionSchema,
  postSchema,
  termSchema,
  type PostFields,
  type PostStatus,
  type WordPressMedia,
  type WordPressPost,
  type WordPressRevision,
  type WordPressTerm,
} from './wordpress-types.ts';
import * as z from 'zod';

export interface WordPressAccount {
  id: number;
  name: string;
  roles: string[];
  locale: string;
  /** Granted capabilities only, sorted. */
  capabilities: string[];
}

/** The midad-bridge plugin on the site: its version, the largest document it keeps, and whether contributors may upload images. */
export interface MidadBridgeStatus {
  version: string;
  maxDocumentBytes: number;
  contributorUploads?: { maxBytes: number };
}

export type Taxonomy = 'categories' | 'tags';

export interface MediaUpload {
  data: Uint8Array;
  /** Kept as it is, Arabic included: WordPress names the file after it. */
  fileName: string;
  mimeType: string;
  signal?: AbortSignal;
  /**
   * Set in the same request (WordPress reads them from the query string of a raw upload):
   * alt text, caption, and a description, where the outbox puts the image's media token;
   * `post` attaches the image to that post (how midad-bridge lets a contributor upload).
   */
  fields?: {
    title?: string;
    alt_text?: string;
    caption?: string;
    description?: string;
    post?: number;
  };
}

export interface WordPressClientOptions {
  restRoot: string;
  credentials: WordPressCredentials;
  fetch: Fetch;
  clock: Clock;
  timeoutMs?: number;
  /** Uploads get longer: a large photo on a slow line. */
  uploadTimeoutMs?: number;
}

const PAGE_SIZE = 100;
/** A newsroom site may have hundreds of categories, never this many pages of them. */
const MAX_PAGES = 50;

export class WordPressClient {
  readonly restRoot: string;
  readonly #http: WordPressHttp;
  readonly #uploadTimeoutMs: number;

  constructor(options: WordPressClientOptions) {
    this.restRoot = options.restRoot;
    this.#http = new WordPressHttp({
      fetch: options.fetch,
      clock: options.clock,
      timeoutMs: options.timeoutMs,
      authorization: basicAuthorization(options.credentials),
    });
    this.#uploadTimeoutMs = options.uploadTimeoutMs ?? 300_000;
  }

  /** Who the credentials belong to. A private route: on a public one WordPress answers bad credentials as anonymous. */
  async verifyCredentials(): Promise<WordPressAccount> {
    const { body, status } = await this.#call('wp/v2/users/me', { context: 'edit' });
    const account = parseAnswer(accountSchema, body, status);
    return {
      id: account.id,
      name: account.name,
      roles: account.roles,
      locale: account.locale,
      capabilities: Object.entries(account.capabilities)
        .filter(([, granted]) => granted === true)
        .map(([capability]) => capability)
        .sort(),
    };
  }

  /**
   * The midad-bridge plugin's status, or null where the site has no such route (the plugin
   * is not installed or not active). Any other failure is thrown, as every call's is.
   */
  async midadBridgeStatus(): Promise<MidadBridgeStatus | null> {
    try {
      const { body, status } = await this.#call('midad-bridge/v1/status');
      const { version, maxDocumentBytes, contributorUploads } = parseAnswer(
        midadBridgeStatusSchema,
        body,
        status,
      );
      return {
        version,
        maxDocumentBytes,
        ...(contributorUploads
          ? { contributorUploads: { maxBytes: contributorUploads.maxBytes } }
          : {}),
      };
    } catch (error) {
      if (
        error instanceof WordPressError &&
        error.status === 404 &&
        error.wordpressCode === 'rest_no_route'
      )
        return null;
      throw error;
    }
  }

  /** Every term of the taxonomy, all pages (X-WP-TotalPages), or those matching `search`. */
  async listTerms(taxonomy: Taxonomy, options: { search?: string } = {}): Promise<WordPressTerm[]> {
    const terms: WordPressTerm[] = [];
    for (let page = 1, pages = 1; page <= pages && page <= MAX_PAGES; page += 1) {
      const answer = await this.#call(`wp/v2/${taxonomy}`, {
        per_page: PAGE_SIZE,
        page,
        search: options.search,
        orderby: 'id',
        order: 'asc',
      });
      terms.push(...parseAnswer(z.array(termSchema), answer.body, answer.status));
      pages = Number(answer.headers.get('x-wp-totalpages')) || 1;
    }
    return terms;
  }

  /** Creates the term, or adopts the existing one WordPress names in its `term_exists` answer. */
  async ensureTerm(
    taxonomy: Taxonomy,
    name: string,
    parent?: number,
  ): Promise<{ term: WordPressTerm; created: boolean }> {
    try {
      const answer = await this.#call(
        `wp/v2/${taxonomy}`,
        {},
        { method: 'POST', json: { name, ...(parent ? { parent } : {}) } },
      );
      return { term: parseAnswer(termSchema, answer.body, answer.status), created: true };
    } catch (error) {
      if (
        !(error instanceof WordPressError) ||
        error.code !== 'wordpress.term_exists' ||
        error.termId === null
      )
        throw error;
      const answer = await this.#call(`wp/v2/${taxonomy}/${error.termId}`);
      return { term: parseAnswer(termSchema, answer.body, answer.status), created: false };
    }
  }

  async createPost(fields: PostFields): Promise<WordPressPost> {
    return this.#post(
      await this.#call('wp/v2/posts', { context: 'edit' }, { method: 'POST', json: fields }),
    );
  }

  async updatePost(postId: number, fields: PostFields): Promise<WordPressPost> {
    return this.#post(
      await this.#call(
        `wp/v2/posts/${postId}`,
        { context: 'edit' },
        { method: 'POST', json: fields },
      ),
    );
  }

  /** The post as its editor sees it: `content.raw`, `title.raw`, `modified_gmt` for conflict checks. */
  async getPost(postId: number): Promise<WordPressPost> {
    return this.#post(await this.#call(`wp/v2/posts/${postId}`, { context: 'edit' }));
  }

  /**
   * The post as anyone allowed to read it sees it. A contributor may no longer edit (so no
   * longer read with context=edit) a post once it is published: the public view still
   * tells its status, link and modified time.
   */
  async getPostAsReader(postId: number): Promise<WordPressPost> {
    try {
      return await this.getPost(postId);
    } catch (error) {
      if (!(error instanceof WordPressError) || error.code !== 'wordpress.forbidden') throw error;
      return this.#post(await this.#call(`wp/v2/posts/${postId}`, { context: 'view' }));
    }
  }

  /**
   * The post's revisions as WordPress keeps them (one per save, the newest first), with
   * `content.raw`. One page of a hundred: a story edited more often shows its latest hundred.
   */
  async listRevisions(postId: number): Promise<WordPressRevision[]> {
    const answer = await this.#call(`wp/v2/posts/${postId}/revisions`, {
      context: 'edit',
      per_page: PAGE_SIZE,
      orderby: 'date',
      order: 'desc',
    });
    return parseAnswer(z.array(postRevisionSchema), answer.body, answer.status);
  }

  /**
   * The public names of these users, by id. WordPress lists only the users the account
   * may see (authors of published posts, or everyone with list_users): the others are missing.
   */
  async userNames(userIds: readonly number[]): Promise<Map<number, string>> {
    if (userIds.length === 0) return new Map();
    const answer = await this.#call('wp/v2/users', { include: userIds, per_page: PAGE_SIZE });
    const users = parseAnswer(
      z.array(z.object({ id: z.number().int(), name: z.string() }).loose()),
      answer.body,
      answer.status,
    );
    return new Map(users.map((user) => [user.id, user.name]));
  }

  /** draft, pending (send to desk), publish, future (with `date_gmt`) or back to draft. */
  async setPostStatus(
    postId: number,
    status: PostStatus,
    schedule?: { date_gmt: string },
  ): Promise<WordPressPost> {
    return this.updatePost(postId, { status, ...schedule });
  }

  /**
   * The posts an earlier attempt created with this marker (see post-marker.ts), oldest
   * first: a search on the marker over every status but trash, then an exact check of
   * `content.raw`, so a post merely quoting the word does not count.
   */
  async findPostsByMarker(
    marker: string,
    options: { authorId?: number } = {},
  ): Promise<WordPressPost[]> {
    if (!isPostMarker(marker)) throw new Error('not a Midad post marker');
    const answer = await this.#call('wp/v2/posts', {
      search: marker,
      status: 'any',
      context: 'edit',
      author: options.authorId,
      per_page: PAGE_SIZE,
      orderby: 'id',
      order: 'asc',
    });
    const posts = parseAnswer(z.array(postSchema), answer.body, answer.status);
    return posts.filter((post) => hasMarker(post.content.raw ?? '', marker));
  }

  /** The posts waiting for the desk (status pending), the longest waiting first; one page of a hundred. */
  async listPendingPosts(): Promise<WordPressPost[]> {
    return this.listPosts('pending', { orderby: 'modified', order: 'asc' });
  }

  /** One page of the site's posts in one status, with their raw text (context=edit). */
  async listPosts(
    status: PostStatus,
    sort: { orderby: 'modified' | 'date'; order: 'asc' | 'desc' },
  ): Promise<WordPressPost[]> {
    const answer = await this.#call('wp/v2/posts', {
      status,
      context: 'edit',
      per_page: PAGE_SIZE,
      ...sort,
    });
    return parseAnswer(z.array(postSchema), answer.body, answer.status);
  }

  /** A raw-body upload: WordPress 6.1 reads only `filename=` (not RFC 5987's `filename*=`). */
  async uploadMedia(upload: MediaUpload): Promise<WordPressMedia> {
    const answer = await this.#call(
      'wp/v2/media',
      { ...upload.fields },
      {
        method: 'POST',
        body: upload.data,
        headers: {
          'content-type': upload.mimeType,
          'content-disposition': contentDisposition(upload.fileName),
        },
        timeoutMs: this.#uploadTimeoutMs,
        signal: upload.signal,
      },
    );
    return parseAnswer(mediaSchema, answer.body, answer.status);
  }

  /**
   * The attachments whose description carries `token` (a letters-and-digits word), oldest
   * first: how a retry finds an upload whose answer was lost. The search runs over title,
   * caption and description; the raw description confirms it.
   */
  async findMediaByToken(token: string): Promise<WordPressMedia[]> {
    if (!/^[a-z0-9]{16,80}$/.test(token)) throw new Error('not a media token');
    const answer = await this.#call('wp/v2/media', {
      search: token,
      context: 'edit',
      per_page: PAGE_SIZE,
      orderby: 'id',
      order: 'asc',
    });
    const media = parseAnswer(z.array(mediaSchema), answer.body, answer.status);
    return media.filter((item) => (item.description?.raw ?? '').includes(token));
  }

  /**
   * The same search as anyone allowed to read the attachments sees it: WordPress leaves out,
   * in context=edit, what this account may not edit (a reporter, the desk's pictures), and
   * the view context has no raw description, so the rendered one confirms the token.
   */
  async findMediaByTokenAsReader(token: string): Promise<WordPressMedia[]> {
    const mine = await this.findMediaByToken(token);
    if (mine.length > 0) return mine;
    const answer = await this.#call('wp/v2/media', {
      search: token,
      context: 'view',
      per_page: PAGE_SIZE,
      orderby: 'id',
      order: 'asc',
    });
    const media = parseAnswer(z.array(mediaSchema), answer.body, answer.status);
    return media.filter((item) => (item.description?.rendered ?? '').includes(token));
  }

  /** One attachment as anyone allowed to read it sees it (an image block of a post names it by id). */
  async getMediaAsReader(mediaId: number): Promise<WordPressMedia> {
    const answer = await this.#call(`wp/v2/media/${mediaId}`, { context: 'view' });
    return parseAnswer(mediaSchema, answer.body, answer.status);
  }

  async updateMedia(
    mediaId: number,
    fields: { alt_text?: string; caption?: string },
  ): Promise<WordPressMedia> {
    const answer = await this.#call(`wp/v2/media/${mediaId}`, {}, { method: 'POST', json: fields });
    return parseAnswer(mediaSchema, answer.body, answer.status);
  }

  #call(route: string, query: Query = {}, request: HttpRequest = {}) {
    return this.#http.json(restUrl(this.restRoot, route, query), request);
  }

  #post(answer: { body: unknown; status: number }): WordPressPost {
    return parseAnswer(postSchema, answer.body, answer.status);
  }
}

/**
 * `attachment; filename="…"` with the name's UTF-8 bytes sent raw (fetch takes header
 * values as byte strings, hence latin1), which WordPress 6.1 stores as the Arabic name.
 */
export function contentDisposition(fileName: string): string {
  const printable = [...fileName]
    .filter((char) => char >= ' ' && char !== '\u007f' && char !== '"')
    .join('');
  const safe = printable.replace(/[\\/]/g, '-').trim() || 'file';
  return `attachment; filename="${Buffer.from(safe, 'utf8').toString('latin1')}"`;
}
