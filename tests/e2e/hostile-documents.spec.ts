// The hostile .midad corpus through everything a writer does with a file handed to them:
// import in the library, open, preview, every export, the proof page, publish to a real
// WordPress as an editor (who may post unfiltered HTML), and the published page itself. No
// script may run anywhere (window.__xss stays unset, no dialog opens), and no script, on…
// attribute or dangerous address may be left in the live DOM, a file, or the post's content.raw.
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import type { PublishJob } from '../../electron/contract/index.ts';
import {
  hostileDocuments,
  midadFileOf,
  type HostileDocument,
} from '../fixtures/hostile-midad/hostile-documents.ts';
import {
  hostileDocxFindings,
  hostileHtmlFindings,
  hostileMarkdownFindings,
} from '../support/hostile-output-scan.ts';
import { expect, test, type App } from './fixtures.ts';
import { addSiteInUi, restAs, useWordPressForFile } from './wordpress-for-file.ts';

const site = useWordPressForFile('hostile .midad files published to a real WordPress');

interface Outcome {
  name: string;
  outcome: 'refused' | 'inert' | 'broke';
  findings: Record<string, string[]>;
  xss: Record<string, unknown>;
}

// Scans the live DOM under a selector, the way hostileHtmlFindings scans a string.
// A post whose every part was refused may have no content element at all: nothing to scan then.
async function liveFindings(page: Page, selector: string, appScreen = false): Promise<string[]> {
  const html = await page.evaluate(
    (wanted) => document.querySelector(wanted)?.outerHTML ?? '',
    selector,
  );
  return hostileHtmlFindings(html, { appScreen });
}

/** What a page that ran a payload would show: the flag the payloads bump, as text (`__xss++` on nothing is NaN). */
async function xssFlag(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const flag = (window as unknown as { __xss?: unknown }).__xss;
    return flag === undefined ? null : String(flag);
  });
}

async function openedFile(
  context: BrowserContext,
  html: string,
): Promise<{ xss: unknown; findings: string[] }> {
  const page = await context.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  const result = { xss: await xssFlag(page), findings: await liveFindings(page, 'html') };
  await page.close();
  return result;
}

async function visited(
  context: BrowserContext,
  url: string,
  selector: string,
): Promise<{ xss: unknown; findings: string[] }> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const result = { xss: await xssFlag(page), findings: await liveFindings(page, selector) };
  await page.close();
  return result;
}

async function publishedPost(
  app: App,
  draftId: string,
  siteId: string,
): Promise<{ postId: number; link: string }> {
  await app.call('publish.enqueue', draftId, siteId, { action: 'publish' });
  let job: PublishJob | undefined;
  await expect
    .poll(
      async () => {
        job = (await app.call<PublishJob[]>('publish.jobs')).find(
          (each) => each.draftId === draftId,
        );
        return job?.state.state === 'failed' ? JSON.stringify(job.state) : job?.state.state;
      },
      { timeout: 60_000 },
    )
    .toBe('done');
  const state = job!.state as Extract<PublishJob['state'], { state: 'done' }>;
  return { postId: state.postId, link: state.link };
}

async function throughEverything(
  app: App,
  document: HostileDocument,
  siteId: string,
  file: string,
): Promise<Outcome> {
  const { page } = app;
  const context = page.context();
  await page.getByTestId('nav-library').click();
  await page.getByTestId('import-file').setInputFiles(file);
  // This file's outcome, never the one before it still on screen.
  const outcome = page.locator(
    `[data-testid="import-outcome"][data-file="${path.basename(file)}"]`,
  );
  await expect(outcome).toHaveAttribute('data-outcome', /^(?:imported|copy|failed)$/u);
  if ((await outcome.getAttribute('data-outcome')) === 'failed') {
    // Refused at the door with its message: safe, nothing was taken in.
    await expect(outcome).not.toBeEmpty();
    return { name: document.name, outcome: 'refused', findings: {}, xss: {} };
  }
  const draftId = document.draft.id;
  await page
    .locator(`[data-testid="draft-row"][data-draft-id="${draftId}"]`)
    .getByTestId('draft-open')
    .click();
  await expect(page.getByTestId('article')).toHaveAttribute('data-draft-id', draftId);
  await expect(page.getByTestId('editor')).toHaveAttribute('data-ready', 'true');

  await page.getByTestId('preview-toggle').click();
  await expect(page.getByTestId('preview-body')).toBeAttached();
  const findings: Record<string, string[]> = {
    editor: await liveFindings(page, '[data-testid="editor"]', true),
    preview: await liveFindings(page, '[data-testid="preview"]', true),
  };
  await page.getByTestId('preview-toggle').click();
  const xss: Record<string, unknown> = { app: await xssFlag(page) };

  const html = await app.call<string>('drafts.exportHtml', draftId);
  const opened = await openedFile(context, html);
  findings.htmlFile = hostileHtmlFindings(html);
  findings.htmlOpened = opened.findings;
  xss.htmlOpened = opened.xss;
  findings.markdown = hostileMarkdownFindings(
    await app.call<string>('drafts.exportMarkdown', draftId),
  );
  findings.docx = await hostileDocxFindings(
    Buffer.from(await app.call<string>('drafts.exportDocx', draftId), 'base64'),
  );
  const proof = await visited(context, new URL(`proof/${draftId}`, page.url()).href, 'html');
  findings.proof = proof.findings;
  xss.proof = proof.xss;

  const { postId, link } = await publishedPost(app, draftId, siteId);
  const post = await restAs<{ content: { raw: string } }>(
    site(),
    'editor',
    `wp/v2/posts/${postId}?context=edit`,
  );
  findings.contentRaw = hostileHtmlFindings(post.content.raw);
  const live = await visited(context, link, '.wp-block-post-content, .entry-content');
  findings.publishedPage = live.findings;
  xss.publishedPage = live.xss;
  return { name: document.name, outcome: 'inert', findings, xss };
}

test('no hostile .midad file runs a script or leaves one behind, from import to the published page', async ({
  app,
}, testInfo) => {
  test.setTimeout(30 * 60_000);
  const { page } = app;
  const dialogs: string[] = [];
  page.context().on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const hostErrors: string[] = [];
  app.host.process.stderr?.on('data', (chunk: Buffer) => hostErrors.push(chunk.toString()));
  await addSiteInUi(page, site(), 'editor');
  const [siteId] = (await app.call<{ id: string }[]>('sites.list')).map((each) => each.id);

  const outcomes: Outcome[] = [];
  for (const document of hostileDocuments()) {
    const file = testInfo.outputPath(`${document.name}.midad`);
    await writeFile(file, midadFileOf(document));
    try {
      outcomes.push(await throughEverything(app, document, siteId!, file));
    } catch (error) {
      // Every file still runs: one that breaks a step is reported with the host's output.
      outcomes.push({
        name: document.name,
        outcome: 'broke',
        findings: { error: [`${String(error)}\n${hostErrors.join('')}`] },
        xss: {},
      });
      await page.goto(app.host.openUrl);
    }
  }

  const figures = {
    files: outcomes.length,
    refused: outcomes.filter((each) => each.outcome === 'refused').length,
    inert: outcomes.filter((each) => each.outcome === 'inert').length,
    broke: outcomes.filter((each) => each.outcome === 'broke').length,
    findings: outcomes.reduce((sum, each) => sum + Object.values(each.findings).flat().length, 0),
    scriptsRun: outcomes.filter((each) => Object.values(each.xss).some((flag) => flag !== null))
      .length,
    dialogs: dialogs.length,
  };
  const report = testInfo.outputPath('hostile-corpus-figures.json');
  await writeFile(report, JSON.stringify({ figures, outcomes }, null, 1));
  await testInfo.attach('hostile-corpus-figures.json', {
    path: report,
    contentType: 'application/json',
  });
  console.log(`hostile corpus: ${JSON.stringify(figures)}`);
  expect(outcomes.length).toBeGreaterThanOrEqual(30);
  expect(outcomes.filter((each) => each.outcome === 'broke')).toEqual([]);
  expect(
    outcomes.filter((each) => Object.values(each.findings).some((list) => list.length > 0)),
  ).toEqual([]);
  expect(outcomes.filter((each) => Object.values(each.xss).some((flag) => flag !== null))).toEqual(
    [],
  );
  expect(dialogs).toEqual([]);
});
