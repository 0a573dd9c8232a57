// axe-core over every screen the app shows without a site, in Arabic and in English: the
// article, each side panel, the find bar, the link dialog, the comment box, the shortcuts
// sheet, the command menu, the library, the desk, the sites and the settings. A serious or critical violation fails the test;
// every violation, by impact and screen, goes into the test's output (axe-report-*.json)
// and its log. docs/accessibility.md keeps the last figures.
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page, TestInfo } from '@playwright/test';
import type AxeCore from 'axe-core';
import { expect, test } from './fixtures.ts';
import { typeParagraphs } from './editor-typing.ts';
import { SIDE_PANELS } from './side-panels.ts';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const IMPACTS = ['critical', 'serious', 'moderate', 'minor'] as const;
type Impact = (typeof IMPACTS)[number];

interface Violation {
  id: string;
  impact: Impact;
  help: string;
  targets: string[];
}
interface ScreenReport {
  screen: string;
  violations: Violation[];
}

// The page's CSP allows no inline script; axe is injected by the test, not by the app.
test.use({ bypassCSP: true });

async function audit(page: Page, screen: string, reports: ScreenReport[]): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof AxeCore }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: (violation.impact ?? 'minor') as Impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
  });
  reports.push({ screen, violations });
}

/** Selects the article's text and waits until the editor has seen the selection. */
async function selectAll(page: Page): Promise<void> {
  await page.getByTestId('editor').click();
  await page.keyboard.press('ControlOrMeta+A');
  await expect(page.getByTestId('selection-counts')).not.toHaveAttribute('data-words', '0');
}

async function auditEveryScreen(page: Page, reports: ScreenReport[]): Promise<void> {
  await typeParagraphs(page, ['نص قصير للفحص مع رابط']);
  await audit(page, 'article', reports);

  for (const [id, panel] of SIDE_PANELS) {
    await page.getByTestId(`${id}-toggle`).click();
    await expect(page.getByTestId(panel).locator('h2')).toBeVisible();
    await expect(page.locator('.loading-panel')).toHaveCount(0);
    await audit(page, `panel: ${id}`, reports);
    await page.getByTestId(panel).locator('h2').press('Escape');
    await expect(page.getByTestId(panel)).toHaveCount(0);
  }

  await page.getByTestId('toolbar-find').click();
  await expect(page.getByTestId('find-bar')).toBeVisible();
  await audit(page, 'find bar', reports);
  await page.getByTestId('find-query').press('Escape');

  await selectAll(page);
  await page.getByTestId('toolbar-link').click();
  await expect(page.getByTestId('link-popover')).toBeVisible();
  await audit(page, 'dialog: link', reports);
  await page.getByTestId('link-url').press('Escape');
  await expect(page.getByTestId('link-popover')).toHaveCount(0);

  await selectAll(page);
  await page.getByTestId('toolbar-comment').click();
  const comments = page.getByTestId('comments-panel');
  await comments.getByTestId('reviewer-name').fill('ليلى');
  await comments.getByTestId('reviewer-name-save').click();
  await expect(page.getByTestId('comment-new')).toBeVisible();
  await audit(page, 'dialog: new comment', reports);
  await page.getByTestId('comments-panel').locator('h2').press('Escape');

  await page.keyboard.press('Control+Slash');
  await expect(page.getByTestId('shortcuts-sheet')).toBeVisible();
  await audit(page, 'dialog: shortcuts', reports);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shortcuts-sheet')).toBeHidden();

  await page.getByTestId('command-menu-button').click();
  await expect(page.getByTestId('command-menu')).toBeVisible();
  await audit(page, 'menu: commands', reports);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('command-menu')).toHaveCount(0);

  for (const [view, ready] of [
    ['library', 'library'],
    ['desk', '.desk-screen'],
    ['sites', 'sites'],
    ['settings', 'settings-screen'],
  ] as const) {
    await page.getByTestId(`nav-${view}`).click();
    const screen = ready.startsWith('.') ? page.locator(ready) : page.getByTestId(ready);
    await expect(screen).toBeVisible();
    await expect(page.locator('.loading-panel')).toHaveCount(0);
    await audit(page, view, reports);
  }
}

/** Counts by impact per screen, as a table for the log and JSON for the test's output. */
async function report(reports: ScreenReport[], language: string, testInfo: TestInfo) {
  const rows = reports.map(({ screen, violations }) => {
    const counts = Object.fromEntries(
      IMPACTS.map((impact) => [impact, violations.filter((v) => v.impact === impact).length]),
    );
    return { screen, ...counts, rules: violations.map((v) => `${v.id} (${v.impact})`).join(', ') };
  });
  console.log(`\naxe-core ${language}:`);
  console.table(rows);
  const file = testInfo.outputPath(`axe-report-${language}.json`);
  await writeFile(file, JSON.stringify(reports, null, 2));
  await testInfo.attach(`axe-report-${language}.json`, {
    path: file,
    contentType: 'application/json',
  });
}

for (const language of ['ar', 'en'] as const) {
  test(`no screen has a serious or critical accessibility violation (${language})`, async ({
    app,
  }, testInfo) => {
    test.setTimeout(180_000);
    const { page } = app;
    if (language === 'en') {
      await page.getByTestId('language-switch').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    }
    const reports: ScreenReport[] = [];
    await auditEveryScreen(page, reports);
    await report(reports, language, testInfo);

    const grave = reports.flatMap(({ screen, violations }) =>
      violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${screen}: ${v.id} (${v.impact}) ${v.help} at ${v.targets.join(' | ')}`),
    );
    expect(grave, grave.join('\n')).toEqual([]);
  });
}
