// The article font for the printed proof, read once from the woff2 files the app already
// ships (the built renderer's assets, or @fontsource's files in development and tests),
// so a proof never depends on the fonts a machine happens to have.
import { promises as fs } from 'node:fs';
import path from 'node:path';

export interface ProofFont {
  weight: 400 | 700;
  unicodeRange: string;
  woff2Base64: string;
}

// As in @fontsource/noto-naskh-arabic's own CSS (renderer/styles/fonts.css).
const SUBSETS = {
  arabic:
    'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC',
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
} as const;

/**
 * Noto Naskh Arabic's Arabic and Latin subsets at 400 and 700 found in `folder`, named as
 * @fontsource names them, with or without the hash Vite adds. Missing files are skipped:
 * the proof then falls back to the system's serif rather than failing.
 */
export async function readProofFonts(folder: string): Promise<ProofFont[]> {
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  const fonts: ProofFont[] = [];
  for (const [subset, unicodeRange] of Object.entries(SUBSETS)) {
    for (const weight of [400, 700] as const) {
      const stem = `noto-naskh-arabic-${subset}-${weight}-normal`;
      const name = names.find(
        (file) =>
          file === `${stem}.woff2` || (file.startsWith(`${stem}-`) && file.endsWith('.woff2')),
      );
      if (name === undefined) continue;
      const bytes = await fs.readFile(path.join(folder, name));
      fonts.push({ weight, unicodeRange, woff2Base64: bytes.toString('base64') });
    }
  }
  return fonts;
}
