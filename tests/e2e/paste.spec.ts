// Paste and import in a real Chromium: clipboard HTML from Word, Google Docs, LibreOffice
// and a web page keeps the article's structure and direction; not one of the XSS corpus
// runs or reaches the saved draft; a .docx picked in the library becomes a new draft.
import type { Page } from '@playwright/test';
import { expect, test, type App } from './fixtures.ts';
import { fixtureBytes, importDocx, pickDocx } from './library-files.ts';

const xssPayloads = fixtureBytes('xss/payloads.txt')
  .toString('utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'));

interface JsonNode {
  type: string;
  tag?: string;
  listType?: string;
  direction?: string | null;
  text?: string;
  format?: number;
  url?: string;
  hash?: string;
  children?: JsonNode[];
}

const textOf = (node: JsonNode): string => node.text ?? (node.children ?? []).map(textOf).join('');
const walk = (node: JsonNode): JsonNode[] => [node, ...(node.children ?? []).flatMap(walk)];

async function paste(page: Page, data: { html?: string; text?: string }) {
  await page.getByTestId('editor').evaluate((editor, { html, text }) => {
    const transfer = new DataTransfer();
    if (html) transfer.setData('text/html', html);
    if (text) transfer.setData('text/plain', text);
    editor.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, data);
}

/**
 * Chromium checks the page's CSP while it parses the pasted HTML into a detached document:
 * an inline handler or style there is reported as blocked (and never runs: such documents
 * run no script at all). Those reports are the second line of defence, not an error of ours.
 */
const errorsBesidesBlockedInlineCode = (app: App) =>
  app.consoleErrors.filter(
    (message) =>
      !/^(Executing inline event handler|Applying inline style) violates the following Content Security Policy directive '(script|style)-src 'self'( 'wasm-unsafe-eval')?'.* The action has been blocked\.$/s.test(
        message,
      ),
  );

async function savedBlocks(app: App): Promise<JsonNode[]> {
  const saved = await app.readSavedDocument();
  return (saved?.document.body.root.children ?? []) as JsonNode[];
}

/** The article as the block kinds, their direction and text: what a reader would see of its structure. */
const outline = (blocks: JsonNode[]) =>
  blocks.map((block) =>
    block.type === 'list'
      ? [
          block.listType,
          (block.children ?? []).map((item) => item.direction ?? null),
          (block.children ?? []).map(textOf),
        ]
      : [block.tag ?? block.type, block.direction ?? null, textOf(block)],
  );

const EXPECTED_OUTLINE = [
  ['h2', 'rtl', 'ارتفاع أسعار القهوة في الأسواق'],
  ['paragraph', 'rtl', 'قالت وزارة التجارة إن الأسعار ارتفعت بنسبة ١٢٪ خلال الربع الأول من العام.'],
  ['h3', 'rtl', 'أسباب الارتفاع'],
  ['bullet', ['rtl', 'rtl'], ['تراجع المحصول في البرازيل', 'ارتفاع تكاليف الشحن']],
  ['h3', 'rtl', 'ما الذي ينتظر المستهلك'],
  ['number', ['rtl', 'rtl'], ['مراجعة الأسعار كل شهر', 'دعم المنتجين المحليين']],
  ['quote', 'rtl', '«لن تعود الأسعار إلى ما كانت عليه قريبا» كما قال أحد التجار.'],
  ['paragraph', 'rtl', 'نقلت وكالة Reuters عن محللين أن السوق سيستقر في 2026.'],
  ['paragraph', 'ltr', 'The ministry said prices would be reviewed monthly.'],
];

for (const name of ['word', 'google-docs', 'libreoffice', 'web-page']) {
  test(`pasting from ${name} keeps headings, lists, quote, bold, italic, the link and each block's direction`, async ({
    app,
  }) => {
    const { page } = app;
    await page.getByTestId('editor').click();
    await paste(page, {
      html: fixtureBytes(`paste/${name}.html`).toString('utf8'),
      text: 'نص بديل',
    });

    const editor = page.getByTestId('editor');
    await expect(editor.locator('h2')).toHaveText('ارتفاع أسعار القهوة في الأسواق');
    await expect(editor.locator('ul > li')).toHaveCount(2);
    await expect(editor.locator('ol > li')).toHaveCount(2);
    await expect(editor.locator('a')).toHaveAttribute('href', /^https:\/\/www\.reuters\.com\//);
    await expect(
      editor.locator('[style*="font"], [style*="color"], font, span[class*="Mso"]'),
    ).toHaveCount(0);

    await expect
      .poll(async () =>
        outline(
          (await savedBlocks(app)).filter(
            (block) => block.type !== 'image' && textOf(block) !== '',
          ),
        ),
      )
      .toEqual(EXPECTED_OUTLINE);
    const nodes = (await savedBlocks(app)).flatMap(walk);
    expect(nodes.find((node) => node.text === 'بنسبة ١٢٪')?.format).toBe(1);
    expect(nodes.find((node) => node.text === 'الربع الأول')?.format).toBe(2);
    expect(nodes.filter((node) => node.type === 'link').map((node) => node.url)).toHaveLength(1);
    if (name === 'google-docs') {
      // Its picture came as a data: URL: now a file kept with the draft.
      expect(nodes.filter((node) => node.type === 'image').map((node) => node.hash)).toEqual([
        expect.stringMatching(/^[0-9a-f]{64}$/),
      ]);
    }
    expect(JSON.stringify(await savedBlocks(app))).not.toMatch(/data:|font-family|color/);
    expect(errorsBesidesBlockedInlineCode(app)).toEqual([]);
  });
}

test('pasted plain text becomes paragraphs at blank lines, a single newline a line break', async ({
  app,
}) => {
  const { page } = app;
  await page.getByTestId('editor').click();
  await paste(page, { text: 'السطر الأول\nالسطر الثاني\n\nفقرة ثانية' });
  await expect
    .poll(async () =>
      (await savedBlocks(app)).map((block) => (block.children ?? []).map((child) => child.type)),
    )
    .toEqual([['text', 'linebreak', 'text'], ['text']]);
});

test('no payload of the XSS corpus runs when pasted, and none reaches the saved draft', async ({
  app,
}) => {
  const { page } = app;
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.evaluate(() => {
    const counter = window as unknown as { __xss: number; alert: (message?: unknown) => void };
    counter.__xss = 0;
    counter.alert = () => {
      counter.__xss += 1;
    };
  });
  await page.getByTestId('editor').click();
  for (const payload of xssPayloads) {
    await paste(page, { html: `<p dir="rtl">قبل ${payload} بعد</p>`, text: 'قبل بعد' });
  }
  await paste(page, { html: xssPayloads.join('\n') });
  // Give anything that could fire (a load, an error, a focus, an animation) the time to.
  await page.getByTestId('editor').hover();
  await page.waitForTimeout(1_000);

  expect(await page.evaluate(() => (window as unknown as { __xss: number }).__xss)).toBe(0);
  expect(dialogs).toEqual([]);
  const editorHtml = await page.getByTestId('editor').innerHTML();
  expect(editorHtml).not.toMatch(/<script|<iframe|<object|<embed|<svg|\son\w+=|javascript:|data:/i);
  await expect.poll(async () => (await savedBlocks(app)).length).toBeGreaterThan(10);
  const saved = JSON.stringify(await savedBlocks(app));
  expect(saved).not.toMatch(/javascript:|vbscript:|data:|<script|\bon\w+=/i);
  expect(errorsBesidesBlockedInlineCode(app)).toEqual([]);
});

test('a .docx picked in the library becomes a new draft with its headline, headings, lists, directions and image', async ({
  app,
}) => {
  const { page } = app;
  // Once imported, the new draft opens in the editor (the library and its message make way).
  await importDocx(page, 'مقال.docx', 'docx/article.docx');
  await expect(page.getByTestId('meta-headline')).toHaveValue('ارتفاع أسعار القهوة في الأسواق');

  const blocks = await savedBlocks(app);
  expect(outline(blocks.filter((block) => block.type !== 'image'))).toEqual([
    // Its Heading 1 became the headline, so its Heading 2 is the highest level left: h2.
    [
      'paragraph',
      'rtl',
      'قالت وزارة التجارة إن الأسعار ارتفعت بنسبة ١٢٪ خلال الربع الأول من العام.',
    ],
    ['h2', 'rtl', 'أسباب الارتفاع'],
    ...EXPECTED_OUTLINE.slice(3),
  ]);
  expect(blocks.filter((block) => block.type === 'image').map((block) => block.hash)).toEqual([
    expect.stringMatching(/^[0-9a-f]{64}$/),
  ]);
  await expect(page.getByTestId('article-image-picture')).toBeVisible();
  expect(errorsBesidesBlockedInlineCode(app)).toEqual([]);
});

test('a file that is not a .docx is refused in Arabic and no draft is created', async ({ app }) => {
  const { page } = app;
  await page.getByTestId('nav-library').click();
  const count = (await app.call<unknown[]>('drafts.list')).length;
  await pickDocx(page, 'ليس-مستندا.docx', 'docx/not-a-docx.zip', 'application/octet-stream');
  await expect(page.getByTestId('import-docx-outcome')).toContainText('ليس مستند');
  expect(await app.call<unknown[]>('drafts.list')).toHaveLength(count);
});

test("a link with a javascript: address in Lexical's own clipboard format loses its link and keeps its text", async ({
  app,
}) => {
  const { page } = app;
  await page.getByTestId('editor').click();
  await page.getByTestId('editor').evaluate((editor) => {
    const text = (value: string) => ({
      type: 'text',
      text: value,
      format: 0,
      style: '',
      mode: 'normal',
      detail: 0,
      version: 1,
    });
    const link = {
      type: 'link',
      url: 'jAvAsCrIpT:window.__xss++',
      rel: null,
      target: null,
      title: null,
      children: [text('رابط خبيث')],
      direction: null,
      format: '',
      indent: 0,
      version: 1,
    };
    const transfer = new DataTransfer();
    transfer.setData(
      'application/x-lexical-editor',
      JSON.stringify({ namespace: 'midad-article', nodes: [link] }),
    );
    transfer.setData('text/plain', 'رابط خبيث');
    editor.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  });
  await expect(page.getByTestId('editor')).toContainText('رابط خبيث');
  await expect(page.getByTestId('editor').locator('a')).toHaveCount(0);
  await expect.poll(async () => JSON.stringify(await savedBlocks(app))).toContain('رابط خبيث');
  expect(JSON.stringify(await savedBlocks(app))).not.toMatch(/javascript:|"type":"link"/i);
});
