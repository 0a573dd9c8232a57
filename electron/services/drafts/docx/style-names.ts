// Paragraph styles the import gives a meaning, matched by style id or name with case, spaces
// and hyphens folded: Word stores its built-in styles under English names whatever the
// interface language, but a document's own styles, and other producers' (LibreOffice,
// pandoc, Google Docs, localized Word templates), carry their own.

const fold = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');

const QUOTE_STYLES = new Set(
  [
    'Quote', // Word
    'Intense Quote', // Word
    'Block Text', // Word; pandoc's block quotes
    'Quotations', // LibreOffice
    'Quotation',
    'Block Quote',
    'Blockquote',
    'Zitat', // German Word
    'Intensives Zitat',
    'Citation', // French Word
    'Citation intense',
    'Cita', // Spanish Word
    'Cita destacada',
    'Textblock',
    'اقتباس',
    'اقتباس مكثف',
    'اقتباسات',
    'نص كتلة',
  ].map(fold),
);

const CAPTION_STYLES = new Set(
  [
    'Caption', // Word, python-docx's template
    'Image Caption', // pandoc
    'Figure', // LibreOffice's caption of a picture frame
    'Illustration', // LibreOffice
    'Beschriftung', // German Word
    'Légende', // French Word
    'Descripción',
    'تسمية توضيحية',
    'شرح',
  ].map(fold),
);

interface Styled {
  styleId?: string | null;
  styleName?: string | null;
}

const matches = (names: ReadonlySet<string>, element: Styled) =>
  [element.styleId, element.styleName].some((name) => !!name && names.has(fold(name)));

export const isQuoteStyle = (element: Styled) => matches(QUOTE_STYLES, element);
export const isCaptionStyle = (element: Styled) => matches(CAPTION_STYLES, element);

/** The name a quote paragraph is given, which the style map turns into a blockquote. */
export const QUOTE_STYLE_NAME = 'Quote';

/**
 * mammoth's style map. Heading 1–6 keep mammoth's defaults (h1–h6); the renderer makes the
 * highest level used h2, the rest h3.
 */
export const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='العنوان'] => h1:fresh",
  "p[style-name='عنوان 1'] => h1:fresh",
  "p[style-name='عنوان 2'] => h2:fresh",
  "p[style-name='عنوان 3'] => h3:fresh",
  `p[style-name='${QUOTE_STYLE_NAME}'] => blockquote:fresh`,
  "r[style-name='Strong'] => strong",
  "r[style-name='Strong Emphasis'] => strong", // LibreOffice
  "r[style-name='Emphasis'] => em",
];
