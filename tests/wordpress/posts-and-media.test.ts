// Categories, tags, posts and media through the client, against a real WordPress: Arabic
// names, block content read back byte for byte, the contributor sent to the desk, and a
// lost create found again by its marker.
import { describe, expect, it } from 'vitest';
import {
  markContent,
  newPostMarker,
  unmarkContent,
} from '../../electron/services/publish/wordpress/post-marker.ts';
import {
  clientAs,
  everythingSaidBy,
  unavailable,
  useWordPress,
  failureOf,
} from './wordpress-site.ts';

const ARTICLE = [
  '<!-- wp:heading -->\n<h2>العنوان الفرعي</h2>\n<!-- /wp:heading -->',
  '<!-- wp:paragraph -->\n<p>بِسْمِ اللَّهِ، نصّ عربي مع <strong>عريض</strong> و<a href="https://example.com/?a=1&amp;b=2">رابط</a> \u200F😀 &lt;</p>\n<!-- /wp:paragraph -->',
  '<!-- wp:paragraph {"direction":"ltr"} -->\n<p dir="ltr">An English line inside the Arabic piece.</p>\n<!-- /wp:paragraph -->',
  '<!-- wp:quote -->\n<blockquote class="wp-block-quote"><!-- wp:paragraph -->\n<p>اقتباس</p>\n<!-- /wp:paragraph --><cite>قائل</cite></blockquote>\n<!-- /wp:quote -->',
].join('\n\n');

// The smallest valid JPEG GD accepts: 1×1 pixel.
const TINY_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);

describe.skipIf(unavailable)('posts, terms and media on a real WordPress', () => {
  const { site } = useWordPress({ permalinks: 'pretty', locale: 'ar' });

  it('lists the categories with their Arabic names', async () => {
    const names = (await clientAs(site(), 'author').listTerms('categories')).map(
      (term) => term.name,
    );
    expect(names).toEqual(expect.arrayContaining(['سياسة', 'اقتصاد']));
  });

  it('lists every page of categories', async () => {
    const editor = clientAs(site(), 'editor');
    for (let i = 0; i < 105; i += 1) await editor.ensureTerm('categories', `قسم ${i}`);
    const all = await editor.listTerms('categories');
    expect(all.length).toBeGreaterThanOrEqual(107);
    expect(new Set(all.map((term) => term.id)).size).toBe(all.length);
  });

  it('creates an Arabic category once and adopts it when it already exists', async () => {
    const editor = clientAs(site(), 'editor');
    const first = await editor.ensureTerm('categories', 'الدولية');
    expect(first).toMatchObject({
      created: true,
      term: { name: 'الدولية', slug: '%d8%a7%d9%84%d8%af%d9%88%d9%84%d9%8a%d8%a9' },
    });
    const again = await editor.ensureTerm('categories', 'الدولية');
    expect(again).toEqual({ created: false, term: first.term });
  });

  it('creates tags on the fly, and an author may', async () => {
    const author = clientAs(site(), 'author');
    const tag = await author.ensureTerm('tags', 'انتخابات');
    expect((await author.ensureTerm('tags', 'انتخابات')).term.id).toBe(tag.term.id);
    expect((await author.listTerms('tags', { search: 'انتخابات' })).map((term) => term.id)).toEqual(
      [tag.term.id],
    );
  });

  it('an author may not create a category: forbidden', async () => {
    const error = await failureOf(() =>
      clientAs(site(), 'author').ensureTerm('categories', 'رياضة'),
    );
    expect(error).toMatchObject({
      code: 'wordpress.forbidden',
      status: 403,
      wordpressCode: 'rest_cannot_create',
    });
  });

  it('a draft with an Arabic title and blocks reads back byte for byte', async () => {
    const author = clientAs(site(), 'author');
    const [politics] = site().categories;
    const created = await author.createPost({
      title: 'عنوان محدث — تحديث',
      content: ARTICLE,
      excerpt: 'مقتطف',
      status: 'draft',
      categories: [politics!.id],
    });
    expect(created).toMatchObject({ status: 'draft', slug: '', categories: [politics!.id] });
    const read = await author.getPost(created.id);
    expect(read.content.raw).toBe(ARTICLE);
    expect(read.title.raw).toBe('عنوان محدث — تحديث');
    expect(read.excerpt.raw).toBe('مقتطف');
    expect(read.modified_gmt).toBe(created.modified_gmt);
  });

  it('a contributor cannot publish, and can send to the desk', async () => {
    const contributor = clientAs(site(), 'contributor');
    const draft = await contributor.createPost({
      title: 'خبر من المراسل',
      content: ARTICLE,
      status: 'draft',
    });
    const refused = await failureOf(() => contributor.setPostStatus(draft.id, 'publish'));
    expect(refused).toMatchObject({
      code: 'wordpress.cannot_publish',
      status: 403,
      wordpressCode: 'rest_cannot_publish',
    });
    expect(
      (
        await failureOf(() =>
          contributor.createPost({ title: 'مباشرة', content: ARTICLE, status: 'publish' }),
        )
      ).code,
    ).toBe('wordpress.cannot_publish');
    expect((await contributor.setPostStatus(draft.id, 'pending')).status).toBe('pending');
    expect((await clientAs(site(), 'editor').setPostStatus(draft.id, 'publish')).status).toBe(
      'publish',
    );
  });

  it('schedules a post in the future', async () => {
    const editor = clientAs(site(), 'editor');
    const draft = await editor.createPost({ title: 'مجدول', content: ARTICLE, status: 'draft' });
    const scheduled = await editor.setPostStatus(draft.id, 'future', {
      date_gmt: '2030-01-01T10:00:00',
    });
    expect(scheduled).toMatchObject({ status: 'future', date_gmt: '2030-01-01T10:00:00' });
  });

  it('a post deleted on the site answers post_deleted; a bad status answers invalid_param', async () => {
    const editor = clientAs(site(), 'editor');
    expect((await failureOf(() => editor.getPost(999_999))).code).toBe('wordpress.post_deleted');
    const draft = await editor.createPost({ title: 'مؤقت', content: ARTICLE, status: 'draft' });
    const invalid = await failureOf(() =>
      editor.updatePost(draft.id, { status: 'unknown' as never }),
    );
    expect(invalid).toMatchObject({ code: 'wordpress.invalid_param', status: 400 });
  });

  it('a create whose answer was lost is found again by its marker, and only that post', async () => {
    const contributor = clientAs(site(), 'contributor');
    const marker = newPostMarker();
    const content = markContent(ARTICLE, marker);
    const lost = await contributor.createPost({
      title: 'مادة انقطع الاتصال بعد إنشائها',
      content,
      status: 'draft',
    });
    await contributor.createPost({
      title: 'مادة أخرى',
      content: markContent(ARTICLE, newPostMarker()),
      status: 'draft',
    });

    const found = await contributor.findPostsByMarker(marker, {
      authorId: site().users.contributor.id,
    });
    expect(found.map((post) => post.id)).toEqual([lost.id]);
    expect(unmarkContent(found[0]!.content.raw!, marker)).toBe(ARTICLE);
    expect(await contributor.findPostsByMarker(newPostMarker())).toEqual([]);
    // Sent to the desk, it is still found; the editor, who may see it, finds it too.
    await contributor.setPostStatus(lost.id, 'pending');
    expect(
      (await clientAs(site(), 'editor').findPostsByMarker(marker)).map((post) => post.id),
    ).toEqual([lost.id]);
  });

  it('uploads an image with an Arabic file name, which the site then serves', async () => {
    const media = await clientAs(site(), 'author').uploadMedia({
      data: TINY_JPEG,
      fileName: 'صورة الغلاف.jpg',
      mimeType: 'image/jpeg',
    });
    expect(media.mime_type).toBe('image/jpeg');
    expect(decodeURI(new URL(media.source_url).pathname)).toMatch(
      /\/wp-content\/uploads\/\d{4}\/\d{2}\/صورة-الغلاف\.jpg$/,
    );
    const served = await fetch(encodeURI(media.source_url));
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer())).toEqual(TINY_JPEG);
    const described = await clientAs(site(), 'author').updateMedia(media.id, {
      alt_text: 'نص بديل',
      caption: 'تعليق',
    });
    expect(described.alt_text).toBe('نص بديل');
  });

  it('a contributor may not upload: forbidden, and the password is not in the error', async () => {
    const contributor = clientAs(site(), 'contributor');
    const error = await failureOf(() =>
      contributor.uploadMedia({ data: TINY_JPEG, fileName: 'a.jpg', mimeType: 'image/jpeg' }),
    );
    expect(error).toMatchObject({
      code: 'wordpress.forbidden',
      wordpressCode: 'rest_cannot_create',
    });
    expect(everythingSaidBy(error)).not.toContain(site().users.contributor.appPassword);
  });
});
