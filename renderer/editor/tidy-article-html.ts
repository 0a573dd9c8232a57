// The passes that make clean-html.ts's rebuilt body an article: two heading levels, a
// direction on every block, no stray spaces at block edges, images as blocks of their own.

/** Runs every pass, in an order where each sees what the one before it made. */
export function tidyArticleBody(body: HTMLElement): void {
  renumberHeadings(body);
  giveDirections(body);
  trimBlocks(body);
  liftImages(body);
}

/** Text other than spaces, or an image: what makes a block worth keeping. */
export function hasContent(element: Element): boolean {
  return (
    (element.textContent ?? '').replace(/[\s\u00a0]+/g, '') !== '' ||
    element.querySelector('img') !== null
  );
}

export function isEmptyBlock(element: Element): boolean {
  return element.localName !== 'hr' && element.localName !== 'img' && !hasContent(element);
}

/**
 * The article has two levels of subheading (its headline is a field of its own): the
 * highest level the source uses becomes h2, every deeper one h3.
 */
function renumberHeadings(body: HTMLElement): void {
  const headings = [...body.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  const top = Math.min(...headings.map((heading) => Number(heading.localName[1])));
  for (const heading of headings) {
    const renamed = body.ownerDocument.createElement(
      Number(heading.localName[1]) === top ? 'h2' : 'h3',
    );
    for (const attribute of [...heading.attributes])
      renamed.setAttribute(attribute.name, attribute.value);
    renamed.append(...heading.childNodes);
    heading.replaceWith(renamed);
  }
}

/** A block with no direction from its source gets one from its first strong letter (mammoth drops Word's). */
function giveDirections(body: HTMLElement): void {
  for (const block of body.querySelectorAll('p, h2, h3, li, blockquote')) {
    if (block.hasAttribute('dir')) continue;
    const dir = firstStrongDirection(block.textContent ?? '');
    if (dir) block.setAttribute('dir', dir);
  }
}

function firstStrongDirection(text: string): 'rtl' | 'ltr' | null {
  const strong = /[\p{Script=Arabic}\p{Script=Hebrew}]|[\p{L}]/u.exec(text);
  if (!strong) return null;
  return /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(strong[0]) ? 'rtl' : 'ltr';
}

/** Spaces at the edges of a block are layout, not text. */
function trimBlocks(body: HTMLElement): void {
  const walker = body.ownerDocument.createTreeWalker(body, 4);
  const byBlock = new Map<Element, Text[]>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const block = node.parentElement?.closest('p, h2, h3, li, blockquote');
    if (!block) continue;
    const texts = byBlock.get(block) ?? [];
    texts.push(node as Text);
    byBlock.set(block, texts);
  }
  for (const texts of byBlock.values()) {
    for (const text of texts) if ((text.data = text.data.replace(/^ +/, '')) !== '') break;
    for (const text of texts.reverse())
      if ((text.data = text.data.replace(/[ \u00a0]+$/, '')) !== '') break;
  }
}

/** An image is a block of its own in the article: it moves out to just after the block it was in. */
function liftImages(body: HTMLElement): void {
  for (const block of [...body.children]) {
    if (block.localName === 'img') continue;
    let after: Element = block;
    for (const image of [...block.querySelectorAll('img')]) {
      after.after(image);
      after = image;
    }
    if (isEmptyBlock(block)) block.remove();
  }
}
