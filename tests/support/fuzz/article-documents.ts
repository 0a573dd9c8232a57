// Property 5: article bodies made wrong (mutated, nested past the stack, with unknown types)
// fed to the trust boundary's schema (common/document/article-document-check.ts). The check
// never throws; a body it accepts is read by every serializer without throwing and written
// as JSON; a body refused only for unknown types, kept as text, is accepted.
import { checkArticleBody } from '../../../common/document/article-document-check.ts';
import { unknownNodesAsText } from '../../../common/document/unknown-nodes-as-text.ts';
import { lexicalToPlainText } from '../../../common/document/plain-text.ts';
import { countOpenSuggestions } from '../../../common/review/suggestion-json.ts';
import { toWordPressBlocks } from '../../../common/wordpress/block-markup.ts';
import { bodyOf, link, nestedListsJson, paragraph, textNode } from '../document/article-bodies.ts';
import { mutateValue } from './mutate.ts';
import { runProperty, type PropertyResult } from './property.ts';
import type { Random } from './random.ts';

const SAMPLE = bodyOf(
  {
    type: 'heading',
    tag: 'h2',
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    children: [textNode('عنوان الخبر')],
  },
  paragraph(textNode('نص '), link('https://example.com/خبر'), { type: 'linebreak', version: 1 }),
  {
    type: 'list',
    listType: 'number',
    start: 1,
    tag: 'ol',
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    children: [
      {
        type: 'listitem',
        value: 1,
        direction: null,
        format: '',
        indent: 0,
        version: 1,
        children: [textNode('بند')],
      },
    ],
  },
  {
    type: 'image',
    version: 1,
    hash: 'a'.repeat(64),
    fileName: 'صورة.jpg',
    alt: 'وصف',
    caption: 'تعليق',
  },
  {
    type: 'protected-block',
    version: 1,
    blockName: 'core/table',
    source: '<!-- wp:table --><figure></figure><!-- /wp:table -->',
  },
  paragraph({
    type: 'suggestion-delete',
    id: 's1',
    author: 'هدى',
    time: '2026-12-03T10:00:00.000Z',
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    children: [textNode('قديم')],
  }),
);

const UNKNOWN_TYPES = ['table', 'poll', 'embed', 'code', '__proto__', 'constructor', 'ROOT', ''];

export async function fuzzArticleDocuments(options: {
  seed: number;
  cases: number;
  timeLimitMs: number;
}): Promise<PropertyResult> {
  return runProperty({ name: 'article documents', ...options }, async (random) => {
    const body = hostileBody(random);
    const check = checkArticleBody(body);
    if (!check.ok) {
      if (check.code !== 'document.unknown_node') return undefined;
      const kept = checkArticleBody(unknownNodesAsText(body));
      return kept.ok ? undefined : `kept as text, still refused: ${kept.code} ${kept.detail}`;
    }
    lexicalToPlainText(body);
    toWordPressBlocks(body);
    countOpenSuggestions(body);
    JSON.stringify(body);
    return undefined;
  });
}

function hostileBody(random: Random): unknown {
  const roll = random.next();
  if (roll < 0.1) return JSON.parse(nestedListsJson(random.int(40, 3_000)));
  if (roll < 0.3) {
    const body = structuredClone(SAMPLE);
    const children = body.root.children as Record<string, unknown>[];
    const target = random.pick(children);
    target.type = random.pick(UNKNOWN_TYPES);
    return body;
  }
  return mutateValue(random, SAMPLE);
}
