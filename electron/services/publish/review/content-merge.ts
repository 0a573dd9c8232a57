// A draft's content merged three ways (common/document/block-merge.ts): what this copy last
// saw of the site, the local copy, and the site's version now. Blocks are compared by their
// JSON when all three are Midad documents (midad-bridge), otherwise by their published text,
// since a text imported from markup never has the JSON the local editor wrote.
import type { DraftContent } from '../../../contract/index.ts';
import { mergeBlocks, mergeValue } from '../../../../common/document/block-merge.ts';
import { toWordPressBlocks } from '../../../../common/wordpress/block-markup.ts';
import { blockMarkupText } from '../../../../common/wordpress/block-text.ts';

export type BlockKeys = 'json' | 'text';
export type ContentMerge = { ok: true; content: DraftContent } | { ok: false };

type Root = { children?: unknown[] } & Record<string, unknown>;

function rootOf(content: DraftContent): Root {
  const root = (content.body as { root?: unknown }).root;
  return typeof root === 'object' && root !== null ? (root as Root) : { children: [] };
}

/** JSON with its keys sorted: the same block reads the same whichever editor wrote it. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : inner,
  );
}

function blockKey(keys: BlockKeys, root: Root): (block: unknown) => string {
  if (keys === 'json') return canonicalJson;
  return (block) => {
    const text = blockMarkupText(toWordPressBlocks({ root: { ...root, children: [block] } }));
    // Open suggestions and comment marks do not show in the published text, yet they are work.
    const json = JSON.stringify(block);
    return /"type":"(suggestion-[a-z]+|mark)"/.test(json)
      ? `${text}\u0000${canonicalJson(block)}`
      : text;
  };
}

export function mergeContent(
  base: DraftContent,
  ours: DraftContent,
  theirs: DraftContent,
  keys: BlockKeys,
): ContentMerge {
  const theirRoot = rootOf(theirs);
  const key = blockKey(keys, theirRoot);
  const body = mergeBlocks(
    rootOf(base).children ?? [],
    rootOf(ours).children ?? [],
    theirRoot.children ?? [],
    key,
  );
  if (!body.ok) return { ok: false };
  const meta: Record<string, unknown> = {};
  for (const field of Object.keys(theirs.meta) as (keyof DraftContent['meta'])[]) {
    const merged = mergeValue(base.meta[field], ours.meta[field], theirs.meta[field]);
    if (!merged) return { ok: false };
    meta[field] = merged.value;
  }
  // Comments travel only in documents; without them the local notes stay as they are.
  const review =
    keys === 'json'
      ? mergeValue(base.review ?? null, ours.review ?? null, theirs.review ?? null, canonicalJson)
      : { value: ours.review ?? null };
  if (!review) return { ok: false };
  return {
    ok: true,
    content: {
      meta: meta as DraftContent['meta'],
      body: {
        ...theirs.body,
        root: { ...theirRoot, children: body.blocks },
      } as DraftContent['body'],
      ...(review.value ? { review: review.value } : {}),
    },
  };
}
