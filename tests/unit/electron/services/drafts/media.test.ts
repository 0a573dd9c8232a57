// A draft's images: kept once per content in its folder, checked by their bytes, and
// moved, copied and handed over with the draft.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_MEDIA_BYTES } from '../../../../../electron/contract/index.ts';
import { sniffImage } from '../../../../../electron/services/drafts/media/image-sniff.ts';
import {
  cleanFileName,
  sha256Hex,
} from '../../../../../electron/services/drafts/media/media-store.ts';
import { content, freshDataDir, openLibrary } from './library-fixture.ts';
import { gifOf, jpegOf, pngOf, webpOf } from './media-images.ts';

async function libraryWithDraft() {
  const dataDir = await freshDataDir();
  const library = await openLibrary(dataDir);
  const { id } = await library.create(content('مقال بصورة'));
  return { dataDir, library, id };
}

const upload = (bytes: Uint8Array, fileName = 'صورة.png', mimeType = 'image/png') => ({
  fileName,
  mimeType,
  bytes,
});

describe('a draft’s images', () => {
  it('stores an image under its sha256 in the draft’s media folder, with its Arabic name and size', async () => {
    const { dataDir, library, id } = await libraryWithDraft();
    const bytes = pngOf(40, 30);
    const info = await library.addMedia(id, upload(bytes, 'صورة الغلاف.png'));
    expect(info).toEqual({
      hash: sha256Hex(bytes),
      fileName: 'صورة الغلاف.png',
      mimeType: 'image/png',
      size: bytes.length,
      width: 40,
      height: 30,
    });
    const stored = await readFile(path.join(dataDir, 'drafts', id, 'media', `${info.hash}.png`));
    expect(new Uint8Array(stored)).toEqual(bytes);
    expect(await library.listMedia(id)).toEqual([
      { ...info, path: path.join(dataDir, 'drafts', id, 'media', `${info.hash}.png`) },
    ]);
    expect((await library.readMedia(id, info.hash)).bytes).toEqual(bytes);
  });

  it('keeps the same image once however often it is added', async () => {
    const { dataDir, library, id } = await libraryWithDraft();
    const first = await library.addMedia(id, upload(pngOf(4, 4), 'أ.png'));
    const second = await library.addMedia(id, upload(pngOf(4, 4), 'ب.png'));
    expect(second).toEqual(first);
    const names = await readdir(path.join(dataDir, 'drafts', id, 'media'));
    expect(names.sort()).toEqual([`${first.hash}.json`, `${first.hash}.png`]);
    await library.addMedia(id, upload(pngOf(4, 4, 9)));
    expect(await library.listMedia(id)).toHaveLength(2);
  });

  it('knows an image by its bytes, not by its name or declared type', async () => {
    const { library, id } = await libraryWithDraft();
    const jpeg = await library.addMedia(id, upload(jpegOf(640, 480), 'photo.png', 'image/png'));
    expect(jpeg).toMatchObject({
      mimeType: 'image/jpeg',
      fileName: 'photo.jpg',
      width: 640,
      height: 480,
    });
    expect(sniffImage(gifOf(3, 2))).toEqual({ mimeType: 'image/gif', width: 3, height: 2 });
    expect(sniffImage(webpOf(1200, 800))).toEqual({
      mimeType: 'image/webp',
      width: 1200,
      height: 800,
    });
    for (const bytes of [
      Buffer.from('نص وليس صورة'),
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      Buffer.alloc(0),
    ]) {
      await expect(
        library.addMedia(id, upload(new Uint8Array(bytes), 'x.png')),
      ).rejects.toMatchObject({ code: 'media.unsupported_type' });
    }
    expect(await library.listMedia(id)).toHaveLength(1);
  });

  it('refuses an image larger than 20 MB', async () => {
    const { library, id } = await libraryWithDraft();
    const huge = new Uint8Array(MAX_MEDIA_BYTES + 1);
    huge.set(pngOf(1, 1));
    await expect(library.addMedia(id, upload(huge))).rejects.toMatchObject({
      code: 'media.too_large',
    });
  });

  it('gives the site a clean name that ends as the file’s type does', () => {
    expect(cleanFileName('C:\\صور\\الميناء.jpeg', 'jpg')).toBe('الميناء.jpeg');
    expect(cleanFileName('../../etc/\u202epasswd', 'png')).toBe('passwd.png');
    expect(cleanFileName('', 'gif')).toBe('image.gif');
    expect(cleanFileName('لقطة.PNG.exe', 'png')).toBe('لقطة.PNG.png');
  });

  it('does not serve a stored file that was replaced by something else', async () => {
    const { dataDir, library, id } = await libraryWithDraft();
    const info = await library.addMedia(id, upload(pngOf(2, 2)));
    await writeFile(
      path.join(dataDir, 'drafts', id, 'media', `${info.hash}.png`),
      '<script>alert(1)</script>',
    );
    await expect(library.readMedia(id, info.hash)).rejects.toMatchObject({
      code: 'media.not_found',
    });
  });

  it('keeps the images through the trash and back', async () => {
    const { library, id } = await libraryWithDraft();
    const info = await library.addMedia(id, upload(pngOf(5, 5)));
    await library.trash(id);
    await expect(library.readMedia(id, info.hash)).rejects.toMatchObject({
      code: 'drafts.not_found',
    });
    await library.restore(id);
    expect((await library.readMedia(id, info.hash)).info).toEqual(info);
  });

  it('gives a duplicate its own copy of the images', async () => {
    const { dataDir, library, id } = await libraryWithDraft();
    const info = await library.addMedia(id, upload(pngOf(6, 6)));
    const copy = await library.duplicate(id);
    expect(copy.id).not.toBe(id);
    expect((await library.listMedia(copy.id)).map((entry) => entry.path)).toEqual([
      path.join(dataDir, 'drafts', copy.id, 'media', `${info.hash}.png`),
    ]);
    await library.trash(id);
    await library.emptyTrash();
    expect((await library.readMedia(copy.id, info.hash)).info).toEqual(info);
  });

  it('carries the images in the .midad file, and checks each against its hash on import', async () => {
    const { library, id } = await libraryWithDraft();
    const png = await library.addMedia(id, upload(pngOf(7, 7), 'خريطة.png'));
    const gif = await library.addMedia(id, upload(gifOf(2, 2), 'رسم.gif', 'image/gif'));
    const file = await library.exportDraft(id);

    const other = await openLibrary(await freshDataDir());
    const { draftId } = await other.importDraft(file);
    expect(
      (await other.listMedia(draftId)).map(({ hash, fileName }) => ({ hash, fileName })),
    ).toEqual(
      [png, gif]
        .map(({ hash, fileName }) => ({ hash, fileName }))
        .sort((a, b) => a.hash.localeCompare(b.hash)),
    );
    expect((await other.readMedia(draftId, png.hash)).bytes).toEqual(pngOf(7, 7));

    const tampered = JSON.parse(file) as { media: { dataBase64: string }[] };
    tampered.media[0].dataBase64 = Buffer.from(pngOf(9, 9)).toString('base64');
    await expect(other.importDraft(JSON.stringify(tampered))).rejects.toMatchObject({
      code: 'import.invalid_file',
    });
  });

  it('embeds the images in the standalone HTML export', async () => {
    const { library, id } = await libraryWithDraft();
    const info = await library.addMedia(id, upload(pngOf(3, 3)));
    const body = content('نص').body;
    const image = {
      type: 'image',
      version: 1,
      hash: info.hash,
      fileName: 'صورة.png',
      alt: 'بديل',
      caption: 'تعليق',
    };
    await library.save(id, {
      ...content('نص'),
      body: { root: { ...body.root, children: [...body.root.children, image] } },
    });
    const html = await library.exportHtml(id);
    expect(html).toContain('<img src="data:image/png;base64,');
    expect(html).toContain('alt="بديل"');
    expect(html).toContain('<figcaption class="wp-element-caption">تعليق</figcaption>');
  });
});
