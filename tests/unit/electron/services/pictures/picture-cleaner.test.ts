// A phone photo with GPS, camera, XMP and IPTC fields and a turned orientation leaves Midad
// as pixels only: upright, no larger than the newsroom's cap, the credit kept only on request.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { cleanPicture } from '../../../../../electron/services/pictures/picture-cleaner.ts';
import {
  CAMERA_PHOTO,
  CAMERA_PHOTO_STORED,
  CREDIT_WORDS,
  metadataTraces,
} from '../../../../support/pictures/metadata-traces.ts';

const photo = { bytes: CAMERA_PHOTO, mimeType: 'image/jpeg' };
const rules = { maxLongSide: 2560, keepCredit: false };

function pixelAt(bytes: Uint8Array, x: number, y: number): number[] {
  const image = jpeg.decode(bytes, { useTArray: true });
  return Array.from(image.data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 3));
}

describe('a picture on its way out', () => {
  it('the fixture really carries what a phone would give away', () => {
    expect(metadataTraces(CAMERA_PHOTO)).toEqual(
      expect.arrayContaining([
        'the words “Canon”',
        'the words “GPS”',
        'the words “Beirut”',
        'a JPEG APP1 segment',
        'a JPEG APP13 segment',
      ]),
    );
  });

  it('loses its GPS position, camera, XMP and IPTC fields', () => {
    const clean = cleanPicture(photo, rules);
    expect(clean.mimeType).toBe('image/jpeg');
    expect(metadataTraces(clean.bytes)).toEqual([]);
  });

  it('is turned upright as its orientation said: a 320×240 photo marked “rotate 90° clockwise” leaves 240×320, its red corner top-right', () => {
    const clean = cleanPicture(photo, rules);
    expect([clean.width, clean.height]).toEqual([
      CAMERA_PHOTO_STORED.height,
      CAMERA_PHOTO_STORED.width,
    ]);
    const decoded = jpeg.decode(clean.bytes, { useTArray: true });
    expect([decoded.width, decoded.height]).toEqual([240, 320]);
    const [red, green] = pixelAt(clean.bytes, 230, 10);
    expect(red).toBeGreaterThan(180);
    expect(green).toBeLessThan(80);
    const [redBottomLeft] = pixelAt(clean.bytes, 10, 310);
    expect(redBottomLeft).toBeLessThan(80);
  });

  it('is cleaned and turned the same when it is a progressive JPEG, as websites serve them', () => {
    const progressive = new Uint8Array(
      readFileSync(
        path.join(
          import.meta.dirname,
          '../../../../fixtures/pictures/camera-photo-progressive.jpg',
        ),
      ),
    );
    expect(metadataTraces(progressive)).toContain('the words “GPS”');
    const clean = cleanPicture({ bytes: progressive, mimeType: 'image/jpeg' }, rules);
    expect(metadataTraces(clean.bytes)).toEqual([]);
    expect([clean.width, clean.height]).toEqual([240, 320]);
  });

  it('has its longest side capped by the newsroom’s setting, its shape kept', () => {
    const clean = cleanPicture(photo, { maxLongSide: 160, keepCredit: false });
    expect([clean.width, clean.height]).toEqual([120, 160]);
    expect(jpeg.decode(clean.bytes, { useTArray: true }).height).toBe(160);
  });

  it('is never enlarged when it is already smaller than the cap', () => {
    expect(cleanPicture(photo, { maxLongSide: 4000, keepCredit: false }).height).toBe(320);
  });

  it('keeps only the photographer’s credit and caption when the newsroom asks, never the place or the camera', () => {
    const clean = cleanPicture(photo, { ...rules, keepCredit: true });
    expect(metadataTraces(clean.bytes, { creditAllowed: true })).toEqual([]);
    const text = Buffer.from(clean.bytes).toString('utf8');
    for (const word of CREDIT_WORDS) expect(text).toContain(word);
  });

  it('as a PNG, loses its text, time and EXIF chunks and is capped too', () => {
    const source = new PNG({ width: 400, height: 100 });
    source.data.fill(200);
    const withText = insertPngChunks(
      PNG.sync.write(source),
      ['tEXt', Buffer.from('Author\0Salma Haddad, Beirut')],
      ['tIME', Buffer.alloc(7)],
    );
    expect(metadataTraces(withText)).not.toEqual([]);
    const clean = cleanPicture(
      { bytes: withText, mimeType: 'image/png' },
      { maxLongSide: 200, keepCredit: true },
    );
    expect(metadataTraces(clean.bytes)).toEqual([]);
    expect([clean.width, clean.height]).toEqual([200, 50]);
  });

  it('as a GIF, loses its comments and XMP block but keeps its frames and loop', () => {
    const gif = Buffer.concat([
      Buffer.from('GIF89a'),
      Buffer.from([1, 0, 1, 0, 0x80, 0, 0]),
      Buffer.from([0, 0, 0, 255, 255, 255]),
      Buffer.from([0x21, 0xff, 11]),
      Buffer.from('NETSCAPE2.0'),
      Buffer.from([3, 1, 0, 0, 0]),
      Buffer.from([0x21, 0xfe, 12]),
      Buffer.from('Beirut, GPS!'),
      Buffer.from([0]),
      Buffer.from([0x21, 0xff, 11]),
      Buffer.from('XMP DataXMP'),
      Buffer.from([4]),
      Buffer.from('GPS '),
      Buffer.from([0]),
      Buffer.from([0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 0x01, 0]),
      Buffer.from([0x3b]),
    ]);
    const clean = cleanPicture({ bytes: gif, mimeType: 'image/gif' }, rules);
    expect(metadataTraces(clean.bytes)).toEqual([]);
    expect(Buffer.from(clean.bytes).toString('latin1')).toContain('NETSCAPE2.0');
    expect(clean.bytes.at(-1)).toBe(0x3b);
  });

  it('as a WebP, loses its EXIF and XMP chunks and their header flags', () => {
    const chunk = (id: string, data: Buffer) => {
      const head = Buffer.alloc(8);
      head.write(id, 0, 'latin1');
      head.writeUInt32LE(data.length, 4);
      return Buffer.concat([head, data, Buffer.alloc(data.length & 1)]);
    };
    const vp8x = Buffer.alloc(10);
    vp8x[0] = 0x08 | 0x04;
    const body = Buffer.concat([
      Buffer.from('WEBP'),
      chunk('VP8X', vp8x),
      chunk('VP8L', Buffer.from([0x2f, 0, 0, 0, 0])),
      chunk('EXIF', Buffer.from('Canon GPS')),
      chunk('XMP ', Buffer.from('Beirut')),
    ]);
    const head = Buffer.alloc(8);
    head.write('RIFF', 0, 'latin1');
    head.writeUInt32LE(body.length, 4);
    const clean = Buffer.from(
      cleanPicture({ bytes: Buffer.concat([head, body]), mimeType: 'image/webp' }, rules).bytes,
    );
    expect(metadataTraces(clean)).toEqual([]);
    expect(clean.readUInt32LE(4)).toBe(clean.length - 8);
    expect(clean[20]! & 0x0c).toBe(0);
  });

  it('leaves byte for byte when it carries nothing to strip and is within the cap, so the desk finds the very picture the text names', () => {
    const plainPng = new PNG({ width: 40, height: 30 });
    plainPng.data.fill(90);
    const png = new Uint8Array(PNG.sync.write(plainPng));
    expect(cleanPicture({ bytes: png, mimeType: 'image/png' }, rules).bytes).toBe(png);
    const plainJpeg = new Uint8Array(
      jpeg.encode({ width: 40, height: 30, data: Buffer.alloc(40 * 30 * 4, 120) }, 90).data,
    );
    expect(cleanPicture({ bytes: plainJpeg, mimeType: 'image/jpeg' }, rules).bytes).toBe(plainJpeg);
    // Over the cap, the same plain picture is made anew at the cap.
    expect(
      cleanPicture({ bytes: png, mimeType: 'image/png' }, { maxLongSide: 20, keepCredit: false })
        .width,
    ).toBe(20);
  });

  it('that does not decode is refused with media.picture_unreadable, never sent as it is', () => {
    const broken = CAMERA_PHOTO.slice(0, 400);
    expect(() => cleanPicture({ bytes: broken, mimeType: 'image/jpeg' }, rules)).toThrow(
      expect.objectContaining({ code: 'media.picture_unreadable' }),
    );
  });
});

function insertPngChunks(png: Buffer, ...chunks: [string, Buffer][]): Buffer {
  const afterHeader = 8 + 25; // signature, then IHDR (4 length + 4 type + 13 data + 4 CRC)
  const made = chunks.map(([type, data]) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    return Buffer.concat([head, data, Buffer.alloc(4)]);
  });
  return Buffer.concat([png.subarray(0, afterHeader), ...made, png.subarray(afterHeader)]);
}
