// Hands a text or the bytes of a binary file to the user as a file: a Blob behind a
// temporary <a download>. Works in browser mode and in Electron (which asks where to put it).
export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/** A binary file (.docx, .pdf) the host sent as base64. */
export function downloadBase64(base64: string, fileName: string, type: string): void {
  downloadBlob(new Blob([bytesOfBase64(base64)], { type }), fileName);
}

export function bytesOfBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it started; the next task is late enough.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name from the headline: no characters a file system refuses, never empty. */
export function fileNameFor(headline: string, fallback: string, extension: string): string {
  const printable = Array.from(headline, (character) =>
    character.charCodeAt(0) < 0x20 ? ' ' : character,
  ).join('');
  const base = printable
    .replace(/[\\/:*?"<>|\u200b-\u200f\u202a-\u202e\u2066-\u2069]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .slice(0, 80)
    .trim();
  return `${base || fallback}.${extension}`;
}
