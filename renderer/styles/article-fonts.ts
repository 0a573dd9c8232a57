// Starts fetching the first frame's fonts at once, instead of when the text is first laid
// out: otherwise a long article is laid out in a fallback font, then again per font
// file as each arrives (measured: +150-250 ms to editable at 20,000 words). The interface's
// faces too: without its bold the first frame's bold labels were laid out in a system
// fallback font, which Chromium looks up through fontconfig (docs/cold-start-findings.md).
const FIRST_FRAME_FACES = [
  "400 1em 'Noto Naskh Arabic'",
  "700 1em 'Noto Naskh Arabic'",
  "400 1em 'Noto Sans Arabic'",
  "700 1em 'Noto Sans Arabic'",
];
// Both subsets of each face: an Arabic letter and a Latin one.
const SAMPLE_TEXT = 'اA';

/** Never waits longer than this: a slow disk must not keep the writer from the text. */
const MAX_WAIT_MS = 400;

let loading: Promise<unknown> | null = null;

function startLoadingArticleFonts(): void {
  loading ??= Promise.all(
    FIRST_FRAME_FACES.map((face) => document.fonts.load(face, SAMPLE_TEXT)),
  ).catch(() => undefined);
}

/** Resolves when the article's fonts are in, or after MAX_WAIT_MS, whichever is first. */
export function articleFontsReady(): Promise<void> {
  startLoadingArticleFonts();
  return Promise.race([loading, new Promise((resolve) => setTimeout(resolve, MAX_WAIT_MS))]).then(
    () => undefined,
  );
}
