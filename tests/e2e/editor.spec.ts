// The writing screen in a real Chromium against browser mode: Arabic typed right-to-left,
// every format, the per-paragraph direction, undo, the Arabic keyboard layout, the
// metadata, counters, language switch, and what reaches the saved document on disk.
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { REPO_ROOT } from '../support/web-host-process.ts';
import { expect, test, type App, type SavedDocument } from './fixtures.ts';
import { editor, settle, typeParagraphs } from './editor-typing.ts';

const SENTENCE = 'قال تيم كوك، رئيس Apple، إن الشركة باعت 235 مليون جهاز في ٢٠٢٤.';

// Lexical's text format bits, as they appear in the saved document.
const BOLD = 1;
const ITALIC = 2;
const STRIKETHROUGH = 4;
const UNDERLINE = 8;

interface SavedNode {
  type: string;
  text?: string;
  format?: number | string;
  direction?: string | null;
  tag?: string;
  listType?: string;
  url?: string;
  children?: SavedNode[];
}

/** Selects the whole text of one element inside the editor, as a drag would. */
async function selectText(page: Page, target: Locator): Promise<void> {
  await editor(page).focus();
  await target.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  });
  await settle(page);
}

function paragraph(page: Page, index: number): Locator {
  return editor(page).locator(':scope > *').nth(index);
}

function allNodes(node: SavedNode): SavedNode[] {
  return [node, ...(node.children ?? []).flatMap(allNodes)];
}

function topLevelBlocks(saved: SavedDocument | null): SavedNode[] {
  return (saved?.document.body.root.children ?? []) as SavedNode[];
}

function textNodes(saved: SavedDocument | null): SavedNode[] {
  return topLevelBlocks(saved)
    .flatMap(allNodes)
    .filter((node) => node.type === 'text');
}

/** Waits until the document on disk satisfies the check (autosave runs after a pause). */
async function expectSaved(
  app: App,
  check: (saved: SavedDocument | null) => boolean,
): Promise<SavedDocument> {
  await expect
    .poll(async () => check(await app.readSavedDocument()), { timeout: 10_000 })
    .toBe(true);
  return (await app.readSavedDocument())!;
}

test('an Arabic sentence with an English name and digits is laid out right-to-left and saved as typed', async ({
  app,
}) => {
  const { page } = app;
  await typeParagraphs(page, [SENTENCE]);

  await expect(editor(page)).toHaveAttribute('dir', 'rtl');
  await expect(editor(page)).toHaveAttribute('lang', 'ar');
  await expect(paragraph(page, 0)).toHaveText(SENTENCE);
  expect(await paragraph(page, 0).evaluate((element) => getComputedStyle(element).direction)).toBe(
    'rtl',
  );

  const saved = await expectSaved(app, (doc) =>
    textNodes(doc).some((node) => node.text === SENTENCE),
  );
  expect(saved.document.body.root.direction).toBe('rtl');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
});

test('paragraphs that start with a Latin word, a digit or nothing stay right-to-left', async ({
  app,
}) => {
  const { page } = app;
  await typeParagraphs(page, [
    'iPhone 16 هاتف أبل الجديد',
    'CNN: انتهت الانتخابات',
    '2024 عام الانتخابات',
    '',
  ]);

  const blocks = editor(page).locator(':scope > p');
  await expect(blocks).toHaveCount(4);
  for (let index = 0; index < 4; index += 1) {
    const block = blocks.nth(index);
    expect(
      await block.getAttribute('dir'),
      `paragraph ${index} carries no dir of its own`,
    ).toBeNull();
    expect(await block.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  }
});

test('Ctrl+B with the Arabic layout active bolds the selection exactly once', async ({ app }) => {
  const { page } = app;
  await typeParagraphs(page, [SENTENCE]);
  await selectText(page, paragraph(page, 0));

  // With the Arabic layout, the B key reports key 'لا' and code 'KeyB'.
  const arabicCtrlB = { key: 'لا', code: 'KeyB', ctrlKey: true, bubbles: true, cancelable: true };
  await editor(page).dispatchEvent('keydown', arabicCtrlB);
  await expect(paragraph(page, 0).locator('strong')).toHaveText(SENTENCE);
  await expect(page.getByTestId('toolbar-bold')).toHaveAttribute('aria-pressed', 'true');

  // A second press toggles it off again: one press, one toggle.
  await editor(page).dispatchEvent('keydown', arabicCtrlB);
  await expect(paragraph(page, 0).locator('strong')).toHaveCount(0);

  // And with a Latin layout, the same single toggle.
  await page.keyboard.press('Control+KeyB');
  await expect(paragraph(page, 0).locator('strong')).toHaveText(SENTENCE);
  await expectSaved(app, (doc) =>
    textNodes(doc).some((node) => node.text === SENTENCE && node.format === BOLD),
  );
});

test('bold, italic, underline and strikethrough from the toolbar shape the text and are saved', async ({
  app,
}) => {
  const { page } = app;
  const lines = [
    'خبر عاجل من الرياض',
    'تصريح وزير الخارجية',
    'بيان رسمي للحكومة',
    'رقم غير صحيح ١٢٣',
  ];
  await typeParagraphs(page, lines);
  const formats = [
    { button: 'toolbar-bold', bit: BOLD, selector: 'strong' },
    { button: 'toolbar-italic', bit: ITALIC, selector: 'em' },
    { button: 'toolbar-underline', bit: UNDERLINE, selector: '.ed-underline' },
    { button: 'toolbar-strikethrough', bit: STRIKETHROUGH, selector: '.ed-strikethrough' },
  ];
  for (const [index, format] of formats.entries()) {
    await selectText(page, paragraph(page, index));
    await page.getByTestId(format.button).click();
    await expect(paragraph(page, index).locator(format.selector)).toHaveText(lines[index]!);
    await expect(page.getByTestId(format.button)).toHaveAttribute('aria-pressed', 'true');
  }

  const saved = await expectSaved(app, (doc) =>
    formats.every((format, index) =>
      textNodes(doc).some((node) => node.text === lines[index] && node.format === format.bit),
    ),
  );
  expect(textNodes(saved)).toHaveLength(4);
});

test('subheadings, a quote and both kinds of list come from the toolbar and are saved', async ({
  app,
}) => {
  const { page } = app;
  await typeParagraphs(page, [
    'عنوان فرعي',
    'عنوان أصغر',
    'اقتباس من المؤتمر',
    'بند في قائمة',
    'بند مرقم',
  ]);
  const steps = [
    { button: 'toolbar-h2', element: 'h2' },
    { button: 'toolbar-h3', element: 'h3' },
    { button: 'toolbar-quote', element: 'blockquote' },
    { button: 'toolbar-bullet', element: 'ul' },
    { button: 'toolbar-number', element: 'ol' },
  ];
  for (const [index, step] of steps.entries()) {
    await selectText(page, paragraph(page, index));
    await page.getByTestId(step.button).click();
    await expect(paragraph(page, index)).toHaveJSProperty('tagName', step.element.toUpperCase());
    await expect(page.getByTestId(step.button)).toHaveAttribute('aria-pressed', 'true');
  }

  const saved = await expectSaved(
    app,
    (doc) => topLevelBlocks(doc).filter((block) => block.type !== 'paragraph').length === 5,
  );
  expect(
    topLevelBlocks(saved).map((block) => [block.type, block.listType ?? block.tag ?? null]),
  ).toEqual([
    ['heading', 'h2'],
    ['heading', 'h3'],
    ['quote', null],
    ['list', 'bullet'],
    ['list', 'number'],
  ]);
});

test('a second press of a block button turns the block back into a paragraph', async ({ app }) => {
  const { page } = app;
  await typeParagraphs(page, ['عنوان يعود فقرة']);
  await page.getByTestId('toolbar-h2').click();
  await expect(editor(page).locator('h2')).toHaveText('عنوان يعود فقرة');
  await page.getByTestId('toolbar-h2').click();
  await expect(editor(page).locator('h2')).toHaveCount(0);
  await expect(paragraph(page, 0)).toHaveJSProperty('tagName', 'P');
  await expect(page.getByTestId('toolbar-h2')).toHaveAttribute('aria-pressed', 'false');
});

test('Markdown shortcuts make subheadings, lists and a quote', async ({ app }) => {
  const { page } = app;
  await editor(page).click();
  for (const line of ['## عنوان فرعي', '### عنوان أصغر', '> اقتباس', '- بند أول']) {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
    if (line.startsWith('- ')) await page.keyboard.press('Enter'); // leaves the list
  }
  await page.keyboard.type('1. بند مرقم');
  await expect(editor(page).locator('h2')).toHaveText('عنوان فرعي');
  await expect(editor(page).locator('h3')).toHaveText('عنوان أصغر');
  await expect(editor(page).locator('blockquote')).toHaveText('اقتباس');
  await expect(editor(page).locator('ul > li')).toHaveText('بند أول');
  await expect(editor(page).locator('ol > li')).toHaveText('بند مرقم');
});

test('a link is edited in a popover and only http, https and mailto addresses are accepted', async ({
  app,
}) => {
  const { page } = app;
  await typeParagraphs(page, ['اقرأ التقرير الكامل']);
  await selectText(page, paragraph(page, 0));
  await page.getByTestId('toolbar-link').click();

  const popover = page.getByTestId('link-popover');
  await expect(popover).toBeVisible();
  await page.getByTestId('link-url').fill('javascript:alert(1)');
  await page.getByTestId('link-save').click();
  await expect(popover.getByRole('alert')).toBeVisible();
  await expect(editor(page).locator('a')).toHaveCount(0);

  await page.getByTestId('link-url').fill('https://example.com/report');
  await page.getByTestId('link-save').click();
  await expect(popover).toBeHidden();
  const link = editor(page).locator('a');
  await expect(link).toHaveAttribute('href', 'https://example.com/report');
  await expect(link).toHaveText('اقرأ التقرير الكامل');
  await expect(page.getByTestId('toolbar-link')).toHaveAttribute('aria-pressed', 'true');

  const saved = await expectSaved(app, (doc) =>
    topLevelBlocks(doc)
      .flatMap(allNodes)
      .some((node) => node.type === 'link'),
  );
  const savedLink = topLevelBlocks(saved)
    .flatMap(allNodes)
    .find((node) => node.type === 'link');
  expect(savedLink?.url).toBe('https://example.com/report');
});

test('Ctrl+K opens the link popover with the Arabic layout too', async ({ app }) => {
  const { page } = app;
  await typeParagraphs(page, ['موقع الصحيفة']);
  await selectText(page, paragraph(page, 0));
  await editor(page).dispatchEvent('keydown', {
    key: 'ن',
    code: 'KeyK',
    ctrlKey: true,
    bubbles: true,
    cancelable: true,
  });
  await expect(page.getByTestId('link-popover')).toBeVisible();
  await page.getByTestId('link-url').fill('desk@example.com');
  await page.keyboard.press('Enter');
  await expect(editor(page).locator('a')).toHaveAttribute('href', 'mailto:desk@example.com');
});

test('a horizontal rule separates two parts of the article and is saved', async ({ app }) => {
  const { page } = app;
  await typeParagraphs(page, ['الجزء الأول من التقرير']);
  await page.getByTestId('toolbar-hr').click();
  await expect(editor(page).locator('hr')).toHaveCount(1);
  await page.keyboard.type('الجزء الثاني');
  const saved = await expectSaved(app, (doc) =>
    topLevelBlocks(doc).some((block) => block.type === 'horizontalrule'),
  );
  expect(topLevelBlocks(saved).map((block) => block.type)).toEqual([
    'paragraph',
    'horizontalrule',
    'paragraph',
  ]);
});

test('a paragraph switched to left-to-right shows dir="ltr", is saved so, and switches back', async ({
  app,
}) => {
  const { page } = app;
  const quote = '"We will keep investing in the region," he said.';
  await typeParagraphs(page, [SENTENCE, quote]);

  await page.getByTestId('toolbar-direction').click();
  await expect(paragraph(page, 1)).toHaveAttribute('dir', 'ltr');
  await expect(page.getByTestId('toolbar-direction')).toHaveAttribute('aria-pressed', 'true');
  expect(await paragraph(page, 0).getAttribute('dir')).toBeNull();

  const saved = await expectSaved(app, (doc) => topLevelBlocks(doc)[1]?.direction === 'ltr');
  expect(topLevelBlocks(saved)[0]?.direction).not.toBe('ltr');

  // Ctrl+Shift+L, on the physical L key, switches it back.
  await editor(page).dispatchEvent('keydown', {
    key: 'م',
    code: 'KeyL',
    ctrlKey: true,
    shiftKey: true,
    bubbles: true,
    cancelable: true,
  });
  await expect(paragraph(page, 1)).not.toHaveAttribute('dir', 'ltr');
  expect(await paragraph(page, 1).evaluate((element) => getComputedStyle(element).direction)).toBe(
    'rtl',
  );
  await expectSaved(app, (doc) => topLevelBlocks(doc)[1]?.direction !== 'ltr');
});

test('undo takes back the last change and redo brings it again', async ({ app }) => {
  const { page } = app;
  await typeParagraphs(page, [SENTENCE]);
  await selectText(page, paragraph(page, 0));
  await page.getByTestId('toolbar-bold').click();
  await expect(paragraph(page, 0).locator('strong')).toHaveCount(1);

  await page.getByTestId('toolbar-undo').click();
  await expect(paragraph(page, 0).locator('strong')).toHaveCount(0);
  await expect(paragraph(page, 0)).toHaveText(SENTENCE);

  await page.getByTestId('toolbar-redo').click();
  await expect(paragraph(page, 0).locator('strong')).toHaveCount(1);

  // Ctrl+Z on the physical Z key, whatever the layout says.
  await editor(page).dispatchEvent('keydown', {
    key: 'ئ',
    code: 'KeyZ',
    ctrlKey: true,
    bubbles: true,
    cancelable: true,
  });
  await expect(paragraph(page, 0).locator('strong')).toHaveCount(0);
  await expectSaved(app, (doc) =>
    textNodes(doc).some((node) => node.text === SENTENCE && node.format === 0),
  );
});

test('the counters count Arabic words with their digits, characters and reading time', async ({
  app,
}) => {
  const { page } = app;
  await typeParagraphs(page, ['قتل ١٢ شخصا في عام ٢٠٢٤']);
  await expect(page.getByTestId('count-words')).toHaveAttribute('data-value', '6');
  await expect(page.getByTestId('count-chars')).toHaveAttribute('data-value', '23');
  await expect(page.getByTestId('count-reading')).toHaveAttribute('data-value', '1');
});

test('the headline, kicker, section, byline, excerpt and tags are saved and come back after a reload', async ({
  app,
}) => {
  const { page } = app;
  const meta = {
    headline: 'أبل تبيع 235 مليون جهاز في عام واحد',
    kicker: 'اقتصاد التقنية',
    section: 'اقتصاد',
    byline: 'سارة العتيبي — الرياض',
    excerpt: 'أعلنت الشركة نتائجها السنوية وسط منافسة متزايدة في الأسواق العربية.',
  };
  for (const [field, value] of Object.entries(meta))
    await page.getByTestId(`meta-${field}`).fill(value);
  await page.getByTestId('meta-tags').fill('أبل، هواتف, أسواق');
  await typeParagraphs(page, [SENTENCE]);

  const saved = await expectSaved(
    app,
    (doc) => doc?.document.meta.excerpt === meta.excerpt && textNodes(doc).length > 0,
  );
  expect(saved.document.meta).toMatchObject({
    ...meta,
    tags: ['أبل', 'هواتف', 'أسواق'],
    language: 'ar',
    direction: 'rtl',
  });

  await page.reload();
  await expect(editor(page)).toHaveAttribute('data-ready', 'true');
  for (const [field, value] of Object.entries(meta))
    await expect(page.getByTestId(`meta-${field}`)).toHaveValue(value);
  await expect(page.getByTestId('meta-tags')).toHaveValue('أبل، هواتف، أسواق');
  await expect(paragraph(page, 0)).toHaveText(SENTENCE);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
});

test('the language switch turns the interface English and left-to-right while the article stays Arabic', async ({
  app,
}) => {
  const { page } = app;
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('toolbar-bold')).toHaveAttribute('aria-label', /غامق/);

  await page.getByTestId('language-switch').click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('toolbar-bold')).toHaveAttribute('aria-label', /Bold/);
  await expect(editor(page)).toHaveAttribute('dir', 'rtl');
  await expect(editor(page)).toHaveAttribute('lang', 'ar');

  // The choice is remembered.
  await expect
    .poll(async () => {
      await page.reload();
      await expect(editor(page)).toHaveAttribute('data-ready', 'true');
      return page.locator('html').getAttribute('lang');
    })
    .toBe('en');
});

test('a save that fails keeps the text on screen, says so, and reaches disk once the host answers again', async ({
  app,
}) => {
  const { page } = app;
  await page.route('**/api/drafts.save', (route) => route.abort());
  await typeParagraphs(page, [SENTENCE]);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'failed');
  await expect(paragraph(page, 0)).toHaveText(SENTENCE);

  await page.unroute('**/api/drafts.save');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', {
    timeout: 15_000,
  });
  await expectSaved(app, (doc) => textNodes(doc).some((node) => node.text === SENTENCE));
});

test('leaving the window saves at once, without waiting for the pause', async ({ app }) => {
  const { page } = app;
  await typeParagraphs(page, ['نص يحفظ عند مغادرة النافذة']);
  await page.evaluate(() => window.dispatchEvent(new Event('blur')));
  await expect(page.getByTestId('save-status')).not.toHaveAttribute('data-state', 'idle', {
    timeout: 400,
  });
  await expectSaved(app, (doc) =>
    textNodes(doc).some((node) => node.text === 'نص يحفظ عند مغادرة النافذة'),
  );
});

test('the page runs without a console error or Content Security Policy violation', async ({
  app,
}) => {
  const { page } = app;
  await typeParagraphs(page, [SENTENCE]);
  await page.getByTestId('toolbar-link').click();
  await expect(page.getByTestId('link-popover')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('link-popover')).toBeHidden();
  expect(app.consoleErrors).toEqual([]);
});

test('a real-looking Arabic article is photographed for the README', async ({ app }) => {
  const { page } = app;
  await page.getByTestId('meta-section').fill('اقتصاد');
  await page.getByTestId('meta-tags').fill('الطاقة، الخليج، الاستثمار');
  await page.getByTestId('meta-kicker').fill('تقرير خاص');
  await page.getByTestId('meta-headline').fill('الرياض تراهن على الطاقة الشمسية لتنويع اقتصادها');
  await page
    .getByTestId('meta-excerpt')
    .fill('مشاريع بقيمة ١٢ مليار دولار تعيد رسم خريطة الاستثمار في المنطقة حتى عام ٢٠٣٠.');
  await page.getByTestId('meta-byline').fill('سارة العتيبي — الرياض');

  await editor(page).click();
  const write = async (text: string) => {
    await page.keyboard.insertText(text);
    await page.keyboard.press('Enter');
  };
  await write(
    'أعلنت وزارة الطاقة السعودية، الثلاثاء، إطلاق سبعة مشاريع جديدة للطاقة الشمسية بقدرة إجمالية تبلغ 4.5 غيغاواط، في خطوة تقول الحكومة إنها تقرّب المملكة من هدف توليد نصف احتياجاتها من الكهرباء من مصادر متجددة بحلول ٢٠٣٠.',
  );
  await write(
    'وقال مسؤول في الوزارة لـ«مداد» إن الشركات الفائزة بالعقود، ومنها ACWA Power وشركات صينية وأوروبية، ستبدأ الأعمال الإنشائية مطلع العام المقبل.',
  );
  await page.keyboard.type('## ');
  await write('منافسة إقليمية');
  await write(
    'وتأتي الخطوة في وقت تتسابق فيه دول الخليج على جذب الاستثمارات في الطاقة النظيفة، إذ أعلنت الإمارات وقطر خططًا مماثلة خلال الأشهر الماضية.',
  );
  await page.keyboard.type('> ');
  await write(
    '«لم يعد السؤال هل نتحول إلى الطاقة المتجددة، بل كم نسرع في ذلك»، قال الخبير الاقتصادي خالد المنصور.',
  );
  await write('وتشمل المشاريع الجديدة:');
  await page.keyboard.type('- ');
  await write('محطة في منطقة الجوف بقدرة 1.5 غيغاواط');
  await write('محطتين في تبوك والمدينة المنورة');
  await write('مشروعًا تجريبيًا لتخزين الطاقة بالبطاريات');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText(
    'ويتوقع محللون أن تخفض المشاريع استهلاك النفط المحلي بنحو 250 ألف برميل يوميًا.',
  );
  await settle(page);

  await expect(editor(page).locator('h2')).toHaveCount(1);
  await expect(editor(page).locator('blockquote')).toHaveCount(1);
  await expect(editor(page).locator('ul > li')).toHaveCount(3);
  await page.mouse.click(5, 5); // no caret blinking in the picture
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await page.evaluate(() => document.fonts.ready);
  // The whole article in one window, as a writer would see it on a tall screen.
  await page.setViewportSize({ width: 1280, height: 1180 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(REPO_ROOT, 'docs', 'screenshot.png') });
});
