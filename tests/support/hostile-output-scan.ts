// Scans what Midad wrote (HTML, Markdown, a Word file, a post's content.raw) for anything a
// reader's browser would run: script-like elements, on… attributes, javascript:, vbscript:
// and data: addresses (bar the draft's own embedded pictures). Each finding names its place.
import { JSDOM } from 'jsdom';
import JSZip from 'jszip';

const ACTIVE_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'param',
  'base',
  'meta',
  'link',
  'svg',
  'math',
  'template',
  'noscript',
  'portal',
]);
// In a document Midad wrote, a form control can only have come from the article; the app's own
// screens have their buttons, so a scan of the live app leaves these out.
const FORM_ELEMENTS = new Set([
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'keygen',
  'isindex',
]);
const DANGEROUS_SCHEME = /^(?:javascript|vbscript|livescript|data):/u;
const OWN_PICTURE = /^data:image\/(?:png|jpeg|gif|webp);base64,[a-z0-9+/=]+$/iu;

/** The address as the URL parser reads it: tabs and newlines removed, leading controls and spaces gone, lower case. */
export function foldedUrl(value: string): string {
  return value
    .replace(/[\t\n\r]/gu, '')
    .replace(/^[\p{Cc} ]+/u, '')
    .toLowerCase();
}

export function isDangerousUrl(value: string): boolean {
  return DANGEROUS_SCHEME.test(foldedUrl(value));
}

/** Findings in an HTML page or fragment. Midad's own pages may hold one style element, in the head. */
export function hostileHtmlFindings(html: string, options: { appScreen?: boolean } = {}): string[] {
  const findings: string[] = [];
  const { document } = new JSDOM(html).window;
  for (const element of document.querySelectorAll('*')) {
    const name = element.localName;
    const active = ACTIVE_ELEMENTS.has(name) || (!options.appScreen && FORM_ELEMENTS.has(name));
    if (active && !(name === 'meta' && element.hasAttribute('charset'))) findings.push(`<${name}>`);
    if (name === 'style' && element.closest('head') === null) findings.push('<style> in the body');
    for (const attribute of element.attributes) {
      if (attribute.name.toLowerCase().startsWith('on'))
        findings.push(`${name}[${attribute.name}]`);
      if (attribute.name === 'srcdoc') findings.push(`${name}[srcdoc]`);
      const ownPicture =
        name === 'img' && attribute.name === 'src' && OWN_PICTURE.test(attribute.value);
      if (!ownPicture && isDangerousUrl(attribute.value))
        findings.push(`${name}[${attribute.name}=${attribute.value.slice(0, 40)}]`);
    }
  }
  return findings;
}

/** Findings in Markdown: a link or picture address with a dangerous scheme, or raw HTML (Midad escapes every `<`). */
export function hostileMarkdownFindings(markdown: string): string[] {
  const findings: string[] = [];
  for (const match of markdown.matchAll(/\]\(([^)]*)\)/gu)) {
    if (isDangerousUrl(decodeURIComponentSafely(match[1]!)))
      findings.push(`address ${match[1]!.slice(0, 40)}`);
  }
  for (const match of markdown.matchAll(/(?<!\\)<\/?[a-z][^>]*>?/giu))
    findings.push(`raw HTML ${match[0].slice(0, 40)}`);
  return findings;
}

/** Findings in a .docx: hyperlink targets and field codes with a dangerous scheme, or HTML parts. */
export async function hostileDocxFindings(bytes: Uint8Array): Promise<string[]> {
  const findings: string[] = [];
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    if (/\.(?:html?|mht|js)$/iu.test(name)) findings.push(`part ${name}`);
    if (!/\.(?:xml|rels)$/u.test(name)) continue;
    const xml = await file.async('string');
    for (const match of xml.matchAll(/Target="([^"]*)"/gu))
      if (isDangerousUrl(decodeXml(match[1]!)))
        findings.push(`${name} Target=${match[1]!.slice(0, 40)}`);
    for (const match of xml.matchAll(/HYPERLINK\s+"([^"]*)"/gu))
      if (isDangerousUrl(decodeXml(match[1]!)))
        findings.push(`${name} HYPERLINK ${match[1]!.slice(0, 40)}`);
  }
  return findings;
}

function decodeXml(text: string): string {
  return text.replace(
    /&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/giu,
    (_whole, hex?: string, decimal?: string, name?: string) => {
      if (name) return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name.toLowerCase()]!;
      return String.fromCodePoint(hex ? Number.parseInt(hex, 16) : Number(decimal));
    },
  );
}

function decodeURIComponentSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
