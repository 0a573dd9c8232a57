// Property 1: random and mutated arguments for every contract method, through the host's
// dispatch. Every answer is an Envelope with a known code, nothing is logged as
// unexpected, and a draft made before the fuzzing is byte-identical afterwards.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { articleMeta } from '../../../common/document/article-content.ts';
import {
  errorCodeSchema,
  listMethods,
  type Draft,
  type DraftContent,
  type Envelope,
  type RevisionInfo,
} from '../../../electron/contract/index.ts';
import { composeHost } from '../../../electron/host/compose.ts';
import { pngOfAbout } from '../publish/png.ts';
import { hashFolder } from './folder-hash.ts';
import { mutateText, mutateValue } from './mutate.ts';
import { prototypePollution, runProperty, type PropertyResult } from './property.ts';
import type { Random } from './random.ts';
import { deeplyNestedJson, randomJson, randomString } from './values.ts';

export const FUZZ_APP_PASSWORD = 'fuzz PASS word 9z8y';

const refusingFetch = (async () => {
  throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
}) as typeof fetch;

/** Methods that may change a draft when their call is valid. */
const WRITES_TO_DRAFT = new Set([
  'drafts.save',
  'drafts.setStatus',
  'drafts.restoreRevision',
  'drafts.addMedia',
]);
/** Methods that move a draft's folder: never aimed at the pristine draft. */
const MOVES_DRAFT = new Set(['drafts.trash', 'drafts.restore', 'drafts.deleteFromTrash']);

export function sampleContent(headline: string): DraftContent {
  return {
    meta: articleMeta({
      headline,
      kicker: 'عاجل',
      section: 'سياسة',
      byline: 'مراسلنا',
      excerpt: 'ملخص الخبر',
      tags: ['اقتصاد'],
    }),
    body: {
      root: {
        type: 'root',
        version: 1,
        direction: 'rtl',
        format: '',
        indent: 0,
        children: [
          {
            type: 'paragraph',
            version: 1,
            direction: 'rtl',
            format: '',
            indent: 0,
            textFormat: 0,
            textStyle: '',
            children: [
              {
                type: 'text',
                version: 1,
                text: 'نص الفقرة الأولى من الخبر',
                detail: 0,
                format: 0,
                mode: 'normal',
                style: '',
              },
            ],
          },
        ],
      },
    },
  };
}

/** The LibreOffice-made article of tests/fixtures/docx (README.md there). */
const DOCX_BASE64 = readFileSync(
  new URL('../../fixtures/docx/article.docx', import.meta.url),
).toString('base64');

interface Pools {
  draftIds: string[];
  pristineId: string;
  revisionIds: string[];
  exportText: string;
  pngBase64: string;
}

/** A valid call of each method (aimed at `draftId`), which the fuzzer then mutates. */
function validArgs(random: Random, method: string, pools: Pools, draftId: string): unknown[] {
  const revisionId = random.pick(pools.revisionIds);
  const siteId = random.pick(['site-aaaaaaaa', 'abcdefgh12345678']);
  const jobId = random.pick(['job-aaaaaaaa', 'zzzzzzzzzzzz']);
  const table: Record<string, () => unknown[]> = {
    'app.getInfo': () => [],
    'app.bringToFront': () => [],
    'settings.get': () => [],
    'settings.set': () => [
      { language: random.pick(['ar', 'en']), editor: { wordsPerMinute: random.int(60, 600) } },
    ],
    'drafts.list': () => [],
    'drafts.create': () => (random.chance(0.5) ? [] : [sampleContent(randomString(random, 30))]),
    'drafts.open': () => [draftId],
    'drafts.openStarting': () => (random.chance(0.5) ? [] : [draftId]),
    'drafts.save': () => [draftId, sampleContent(randomString(random, 30))],
    'drafts.setStatus': () => [
      draftId,
      random.pick(['draft', 'sent_to_desk', 'approved', 'published']),
    ],
    'drafts.duplicate': () => [draftId],
    'drafts.trash': () => [draftId],
    'drafts.restore': () => [draftId],
    'drafts.listTrash': () => [],
    'drafts.reading': () => [],
    'drafts.deleteFromTrash': () => [draftId],
    'drafts.emptyTrash': () => [],
    'drafts.listRevisions': () => [draftId],
    'drafts.getRevision': () => [draftId, revisionId],
    'drafts.restoreRevision': () => [draftId, revisionId],
    'drafts.keepUnknownAsText': () => [draftId],
    'drafts.compareRevisions': () => [draftId, random.pick(['current', revisionId]), revisionId],
    'drafts.search': () => [randomString(random, 20), { limit: random.int(1, 200) }],
    'drafts.problems': () => [],
    'drafts.exportDraft': () => [draftId, { includeRevisions: random.chance(0.5) }],
    'drafts.exportHtml': () => [draftId],
    'drafts.exportDocx': () => [draftId],
    'drafts.exportMarkdown': () => [draftId],
    'drafts.exportPdf': () => [draftId],
    'drafts.importDraft': () => [pools.exportText],
    'drafts.importDocx': () => [
      random.pick([
        pools.pngBase64,
        Buffer.from('PK\x03\x04 not a docx').toString('base64'),
        DOCX_BASE64,
      ]),
    ],
    'drafts.addMedia': () => [
      draftId,
      {
        fileName: `${randomString(random, 10)}.png`,
        mimeType: 'image/png',
        dataBase64: pools.pngBase64,
      },
    ],
    'sites.add': () => [
      {
        url: random.pick(['http://127.0.0.1:9/', 'news.example', randomString(random, 20)]),
        login: 'editor',
        appPassword: FUZZ_APP_PASSWORD,
      },
    ],
    'sites.remove': () => [siteId],
    'sites.list': () => [],
    'sites.check': () => [siteId],
    'sites.secretStorage': () => [],
    'sites.acceptWeakSecretStorage': () => [],
    'sites.withdrawWeakSecretStorage': () => [],
    'publish.prepare': () => [draftId, siteId],
    'publish.enqueue': () => [
      draftId,
      siteId,
      { action: random.pick(['draft', 'publish', 'schedule']), tags: ['وسم'] },
    ],
    'publish.jobs': () => [],
    'publish.cancel': () => [jobId],
    'publish.resolveConflict': () => [jobId, random.pick(['keep_theirs', 'overwrite'])],
    'publish.retry': () => [jobId],
    'publish.siteRevisions': () => [draftId, siteId],
    'desk.takeBack': () => [draftId],
    'desk.checkAnswer': () => [draftId],
    'desk.board': () => [siteId],
    'desk.queue': () => [siteId],
    'desk.open': () => [siteId, random.pick([1, 42])],
  };
  const make = table[method];
  if (!make)
    throw new Error(`no valid arguments known for ${method}: add it to the fuzzer's table`);
  return make();
}

const ODD_METHOD_NAMES = [
  '',
  'drafts',
  'drafts.',
  '.save',
  '__proto__',
  'drafts.__proto__',
  'constructor.constructor',
  'drafts.constructor',
  'app.toString',
  'settings.hasOwnProperty',
  'مسودات.حفظ',
  'drafts.save\u0000',
  'DRAFTS.SAVE',
];

export async function fuzzHostCalls(options: {
  seed: number;
  cases: number;
  timeLimitMs: number;
}): Promise<PropertyResult> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-fuzz-host-'));
  const unexpected: string[] = [];
  const host = composeHost({
    dataDir,
    mode: 'browser',
    version: '0.0.0-fuzz',
    settingsStore: new Conf({ cwd: dataDir, configName: 'config', projectName: 'midad' }),
    fetch: refusingFetch,
    logError: (methodName, error) =>
      unexpected.push(`${methodName}: ${error instanceof Error ? error.stack : String(error)}`),
  });
  const call = async (method: string, args: unknown[]): Promise<unknown> => {
    const answer = await host.dispatch(method, args);
    if (!answer.ok) throw new Error(`${method} setup failed: ${answer.error.code}`);
    return answer.value;
  };
  try {
    const pristine = (await call('drafts.create', [sampleContent('مسودة لا يمسها أحد')])) as Draft;
    await call('drafts.addMedia', [
      pristine.id,
      {
        fileName: 'صورة.png',
        mimeType: 'image/png',
        dataBase64: pngOfAbout(2000, 7).toString('base64'),
      },
    ]);
    const target = (await call('drafts.create', [sampleContent('مسودة للعبث')])) as Draft;
    const revisions = [
      ...((await call('drafts.listRevisions', [pristine.id])) as RevisionInfo[]),
      ...((await call('drafts.listRevisions', [target.id])) as RevisionInfo[]),
    ];
    const pools: Pools = {
      draftIds: [target.id, 'AAAAAAAAAAAA', 'nonexistent-draft-id'],
      pristineId: pristine.id,
      revisionIds: [...revisions.map((revision) => revision.id), '1700000000000-abcd'],
      exportText: (await call('drafts.exportDraft', [
        pristine.id,
        { includeRevisions: true },
      ])) as string,
      pngBase64: pngOfAbout(3000, 3).toString('base64'),
    };
    const pristineFolder = path.join(dataDir, 'drafts', pristine.id);
    let pristineHash = await hashFolder(pristineFolder);
    const methods = listMethods().map(({ name }) => name as string);

    return await runProperty({ name: 'host calls', ...options }, async (random) => {
      const { method, args, aimsAtPristine } = randomCall(random, methods, pools);
      const answer = await host.dispatch(method, args);
      const problem = envelopeProblem(answer) ?? prototypePollution() ?? unexpected.shift() ?? null;
      if (problem) return `${method}: ${problem}`;
      rememberDrafts(answer, pools);
      const hash = await hashFolder(pristineFolder);
      if (hash !== pristineHash) {
        if (!(aimsAtPristine && answer.ok && WRITES_TO_DRAFT.has(method)))
          return `${method} changed the pristine draft (answer ${JSON.stringify(answer).slice(0, 300)})`;
        pristineHash = hash;
      }
      if (JSON.stringify(answer).includes(FUZZ_APP_PASSWORD))
        return `${method} answered with the application password`;
    });
  } finally {
    await host.shutdown();
    await rm(dataDir, { recursive: true, force: true });
  }
}

function randomCall(
  random: Random,
  methods: string[],
  pools: Pools,
): { method: string; args: unknown; aimsAtPristine: boolean } {
  if (random.chance(0.04))
    return {
      method: random.chance(0.5) ? random.pick(ODD_METHOD_NAMES) : randomString(random, 20),
      args: [],
      aimsAtPristine: false,
    };
  const method = random.pick(methods);
  const aimsAtPristine = !MOVES_DRAFT.has(method) && random.chance(0.3);
  const draftId = aimsAtPristine ? pools.pristineId : random.pick(pools.draftIds);
  const valid = validArgs(random, method, pools, draftId);
  const roll = random.next();
  if (roll < 0.3) return { method, args: valid, aimsAtPristine };
  if ((method === 'drafts.save' || method === 'drafts.create') && roll < 0.6) {
    const content = oddButValidContent(random);
    return {
      method,
      args: method === 'drafts.save' ? [draftId, content] : [content],
      aimsAtPristine,
    };
  }
  if (roll < 0.4)
    return {
      method,
      args: random.chance(0.5)
        ? randomJson(random, 3)
        : Array.from({ length: random.int(0, 4) }, () => randomJson(random, 3)),
      aimsAtPristine,
    };
  if (method === 'drafts.importDraft' && roll < 0.6)
    return { method, args: [mutateText(random, pools.exportText)], aimsAtPristine };
  return { method, args: mutateValue(random, valid), aimsAtPristine };
}

/** Content the contract accepts (the body's nodes are Lexical's business) but no editor would write. */
function oddButValidContent(random: Random): DraftContent {
  const meta = {
    ...sampleContent('').meta,
    headline: randomString(random, 200).slice(0, 500),
    excerpt: randomString(random, 300).slice(0, 2000),
    tags: [randomString(random, 20).slice(0, 100) || 'وسم'],
  };
  const children = random.chance(0.2)
    ? [
        JSON.parse(
          deeplyNestedJson(random, random.int(100, 5000)).replaceAll('"a":', '"children":'),
        ),
      ]
    : Array.from({ length: random.int(0, 6) }, () =>
        random.chance(0.5)
          ? mutateValue(random, sampleContent('').body.root.children[0])
          : randomJson(random, 4),
      );
  return {
    meta,
    body: {
      root: {
        type: 'root',
        children,
        ...(random.chance(0.3) ? { direction: randomJson(random, 1) } : {}),
      },
    },
  };
}

/** Drafts the calls made, to aim later calls at (the pristine draft is never added). */
function rememberDrafts(answer: Envelope, pools: Pools): void {
  if (!answer.ok || typeof answer.value !== 'object' || answer.value === null) return;
  const value = answer.value as { id?: unknown; draftId?: unknown };
  const id = typeof value.draftId === 'string' ? value.draftId : value.id;
  if (
    typeof id === 'string' &&
    id !== pools.pristineId &&
    !pools.draftIds.includes(id) &&
    pools.draftIds.length < 40
  )
    pools.draftIds.push(id);
}

function envelopeProblem(answer: Envelope | undefined): string | null {
  if (typeof answer !== 'object' || answer === null) return `not an Envelope: ${String(answer)}`;
  if (answer.ok === true) return 'value' in answer ? null : 'ok without a value';
  if (answer.ok !== false) return `not an Envelope: ${JSON.stringify(answer).slice(0, 200)}`;
  if (!errorCodeSchema.safeParse(answer.error.code).success)
    return `unknown error code ${String(answer.error.code)}`;
  if (answer.error.code === 'host.internal')
    return 'host.internal: an unexpected failure, not a clear error';
  return null;
}
