// An <img> of pasted or imported HTML, rebuilt: its alt text and size, and either the
// draft's stored picture it names (a .docx import's, with its caption) or a data: picture
// to be stored. A picture from elsewhere is left out.
import type { CleanOptions, PendingImage } from './clean-html.ts';

const HASH = /^[0-9a-f]{64}$/;
const DATA_IMAGE = /^data:(image\/(?:png|jpeg|gif|webp));base64,([A-Za-z0-9+/\s]+={0,2})$/;

export function cleanImage(
  element: Element,
  out: Document,
  options: CleanOptions,
  images: PendingImage[],
): Element | null {
  const img = out.createElement('img');
  const alt = (element.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
  if (alt) img.setAttribute('alt', alt);
  for (const name of ['width', 'height']) {
    const value = element.getAttribute(name) ?? '';
    if (/^\d{1,5}$/.test(value)) img.setAttribute(name, value);
  }
  const hash = element.getAttribute('data-midad-hash') ?? '';
  if (options.keepStoredImages && HASH.test(hash)) {
    img.setAttribute('data-midad-hash', hash);
    img.setAttribute('data-file-name', element.getAttribute('data-file-name') ?? '');
    const caption = (element.getAttribute('data-caption') ?? '').replace(/\s+/g, ' ').trim();
    if (caption) img.setAttribute('data-caption', caption);
    return img;
  }
  const data = DATA_IMAGE.exec((element.getAttribute('src') ?? '').trim());
  if (!data) return null; // A remote image would be fetched from someone else's server; a tracking pixel, often.
  const id = String(images.length);
  images.push({ id, mimeType: data[1], dataBase64: data[2].replace(/\s+/g, '') });
  img.setAttribute('data-midad-pending', id);
  return img;
}
