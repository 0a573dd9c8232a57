// What mammoth does not read from a .docx but the import needs: each paragraph's direction
// (w:bidi, on the paragraph, its style chain or the document's defaults) and what is left out
// (drawn shapes, charts, SmartArt, embedded objects, comments). Read with regular expressions
// over the XML: only opening tags and a few attributes, never a tree.

export interface WordXmlFacts {
  /**
   * The direction of each body paragraph in the order mammoth meets them: true right-to-left,
   * false explicitly left-to-right, null unsaid. Null when the document could not be read so.
   */
  paragraphDirections: (boolean | null)[];
  shapes: number;
  comments: number;
}

const ON = /^(1|true|on)?$/;

/** w:val of an opening tag's attributes: absent is on (<w:bidi/>), "0", "false" or "off" off. */
function isOn(attributes: string): boolean {
  return ON.test(/\bw:val="([^"]*)"/.exec(attributes)?.[1] ?? '');
}

interface StyleDirection {
  basedOn: string | null;
  bidi: boolean | null;
}

/** Paragraph styles' own w:bidi and what they are based on; the default paragraph style's id. */
function readStyles(stylesXml: string): {
  styles: Map<string, StyleDirection>;
  defaultStyle: string | null;
  documentBidi: boolean | null;
} {
  const styles = new Map<string, StyleDirection>();
  let defaultStyle: string | null = null;
  for (const match of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const [, attributes, inner] = match;
    if (!/\bw:type="paragraph"/.test(attributes)) continue;
    const id = /\bw:styleId="([^"]*)"/.exec(attributes)?.[1];
    if (!id) continue;
    if (/\bw:default="(1|true|on)"/.test(attributes)) defaultStyle = id;
    const bidi = /<w:pPr\b[^>]*>[\s\S]*?<w:bidi\b([^>]*)\/?>/.exec(inner);
    styles.set(id, {
      basedOn: /<w:basedOn\b[^>]*\bw:val="([^"]*)"/.exec(inner)?.[1] ?? null,
      bidi: bidi ? isOn(bidi[1]) : null,
    });
  }
  const defaults = /<w:pPrDefault\b[^>]*>([\s\S]*?)<\/w:pPrDefault>/.exec(stylesXml)?.[1] ?? '';
  const documentBidi = /<w:bidi\b([^>]*)\/?>/.exec(defaults);
  return { styles, defaultStyle, documentBidi: documentBidi ? isOn(documentBidi[1]) : null };
}

function styleBidi(styles: Map<string, StyleDirection>, id: string | null): boolean | null {
  const seen = new Set<string>();
  for (let style = id; style !== null && !seen.has(style);) {
    seen.add(style);
    const found = styles.get(style);
    if (!found) return null;
    if (found.bidi !== null) return found.bidi;
    style = found.basedOn;
  }
  return null;
}

const TAG =
  /<(\/?)(w:p|w:pPr|w:bidi|w:pStyle|w:del|w:rPr|mc:Choice|wps:wsp|wps:txbx|c:chart|dgm:relIds|w:object|w:commentReference)\b([^>]*?)(\/?)>/g;

interface OpenParagraph {
  inProperties: boolean;
  inRunProperties: boolean;
  markDeleted: boolean;
  index: number;
}

export function readWordXml(documentXml: string, stylesXml: string): WordXmlFacts {
  const { styles, defaultStyle, documentBidi } = readStyles(stylesXml);
  const paragraphs: { own: boolean | null; style: string | null; merged: boolean }[] = [];
  const open: OpenParagraph[] = [];
  let choiceDepth = 0;
  let shapes = 0;
  let shapeWithText = false;
  let comments = 0;
  for (const [, closing, name, attributes, selfClosing] of documentXml.matchAll(TAG)) {
    const current = open.at(-1);
    if (name === 'mc:Choice') {
      if (!selfClosing) choiceDepth += closing ? -1 : 1;
      continue;
    }
    if (name === 'w:commentReference' && !closing) comments += 1;
    // mammoth reads an alternate content's fallback: shapes are counted from the choice, paragraphs from the fallback.
    if (name === 'wps:wsp' && choiceDepth > 0) {
      if (selfClosing) shapes += 1;
      else if (!closing) shapeWithText = false;
      else if (!shapeWithText) shapes += 1;
      continue;
    }
    if (name === 'wps:txbx' && !closing) shapeWithText = true;
    if ((name === 'c:chart' || name === 'dgm:relIds') && !closing) shapes += 1;
    if (name === 'w:object' && !closing && !selfClosing) shapes += 1;
    if (choiceDepth > 0) continue;
    if (name === 'w:p') {
      if (closing) {
        const done = open.pop();
        if (done) paragraphs[done.index].merged = done.markDeleted;
      } else {
        const index = paragraphs.push({ own: null, style: null, merged: false }) - 1;
        const paragraph = {
          inProperties: false,
          inRunProperties: false,
          markDeleted: false,
          index,
        };
        if (selfClosing) continue;
        open.push(paragraph);
      }
    } else if (!current) {
      continue;
    } else if (name === 'w:pPr' && !selfClosing) {
      current.inProperties = !closing;
    } else if (name === 'w:rPr' && current.inProperties && !selfClosing) {
      current.inRunProperties = !closing;
    } else if (current.inProperties && !closing) {
      if (name === 'w:bidi') paragraphs[current.index].own = isOn(attributes);
      if (name === 'w:pStyle')
        paragraphs[current.index].style = /\bw:val="([^"]*)"/.exec(attributes)?.[1] ?? null;
      if (name === 'w:del' && current.inRunProperties) current.markDeleted = true;
    }
  }
  // A paragraph whose mark was deleted is joined by mammoth with the next one.
  const paragraphDirections = paragraphs
    .filter((paragraph) => !paragraph.merged)
    .map(
      (paragraph) =>
        paragraph.own ?? styleBidi(styles, paragraph.style ?? defaultStyle) ?? documentBidi,
    );
  return { paragraphDirections, shapes, comments };
}
