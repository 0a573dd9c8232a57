// A draft as Markdown (CommonMark with GFM's ~~strikethrough~~): kicker, headline as `#`,
// byline, then the body. Direction is a property of the Arabic letters themselves, so it
// needs no markup; underline has no Markdown and is left as plain text.
import type { ArticleMeta } from '../../contract/index.ts';
import { safeImageUrl } from '../../../common/wordpress/safe-url.ts';
import {
  articleBlocks,
  type ArticleBlock,
  type InlineRun,
  type ListBlock,
  type TableBlock,
  type TextMarks,
} from '../../../common/document/article-blocks.ts';

export interface MarkdownArticle {
  meta: ArticleMeta;
  body: unknown;
}

/** The name an image of the draft goes by beside the Markdown file, by hash. */
export type ImageNames = ReadonlyMap<string, string>;

export function articleMarkdown(
  article: MarkdownArticle,
  imageNames: ImageNames = new Map(),
): string {
  const { meta } = article;
  const header = [
    meta.kicker && escapeLine(meta.kicker),
    `# ${escapeInline(meta.headline)}`,
    meta.excerpt && escapeLine(meta.excerpt),
    meta.byline && `*${escapeInline(meta.byline)}*`,
  ];
  const body = articleBlocks(article.body, meta.direction).map((block) =>
    blockMarkdown(block, imageNames),
  );
  return `${[...header, ...body].filter((part) => part !== '').join('\n\n')}\n`;
}

function blockMarkdown(block: ArticleBlock, imageNames: ImageNames): string {
  switch (block.kind) {
    case 'paragraph':
      return startOfLineSafe(inlineMarkdown(block.runs));
    case 'heading':
      return `${'#'.repeat(Math.min(Math.max(block.level, 2), 6))} ${inlineMarkdown(block.runs).replaceAll('\\\n', ' ')}`;
    case 'quote':
      return block.lines
        .map((line) => prefixLines(startOfLineSafe(inlineMarkdown(line)), '> '))
        .join('\n>\n');
    case 'list':
      return listMarkdown(block);
    case 'image': {
      const { hash, src, alt, caption } = block.image;
      // The file beside the Markdown, or an address through the one URL filter; anything else is left out.
      const target = (hash === undefined ? undefined : imageNames.get(hash)) ?? safeImageUrl(src);
      const picture = target === null ? '' : `![${escapeInline(alt)}](${destination(target)})`;
      return [picture, caption.trim() === '' ? '' : `*${escapeInline(caption)}*`]
        .filter(Boolean)
        .join('\n\n');
    }
    case 'separator':
      return '---';
    case 'table':
      return tableMarkdown(block);
  }
}

/**
 * A GitHub-flavoured pipe table (escapeInline already escapes "|"); one without a header row
 * gets an empty one, which the syntax needs.
 */
function tableMarkdown(table: TableBlock): string {
  const width = Math.max(...table.rows.map((row) => row.length));
  const line = (cells: readonly InlineRun[][][]) =>
    `| ${Array.from({ length: width }, (_, index) =>
      (cells[index] ?? [])
        .map((lineRuns) => inlineMarkdown(lineRuns).replaceAll('\\\n', ' '))
        .join('<br>'),
    ).join(' | ')} |`;
  const [first, ...rest] = table.rows;
  const header = table.headerRow ? line(first) : line([]);
  const rule = `|${' --- |'.repeat(width)}`;
  return [header, rule, ...(table.headerRow ? rest : table.rows).map(line)].join('\n');
}

function listMarkdown(list: ListBlock): string {
  return list.items
    .map((item, index) => {
      const marker = list.ordered ? `${list.start + index}. ` : '- ';
      const indent = ' '.repeat(marker.length);
      const text = prefixLines(startOfLineSafe(inlineMarkdown(item.runs)), indent).slice(
        indent.length,
      );
      const nested = item.lists.map((child) => prefixLines(listMarkdown(child), indent));
      return [`${marker}${text}`, ...nested].join('\n');
    })
    .join('\n');
}

/** Runs with the same marks are joined first, so `**a****b**` never happens. */
function inlineMarkdown(runs: readonly InlineRun[]): string {
  return joinSameMarks(runs)
    .map((run) => {
      if (run.kind === 'break') return '\\\n';
      if (run.kind === 'link') return `[${inlineMarkdown(run.runs)}](${destination(run.url)})`;
      return markedText(run.text, run.marks);
    })
    .join('');
}

function joinSameMarks(runs: readonly InlineRun[]): InlineRun[] {
  const joined: InlineRun[] = [];
  for (const run of runs) {
    const previous = joined.at(-1);
    if (previous?.kind === 'text' && run.kind === 'text' && sameMarks(previous.marks, run.marks)) {
      joined[joined.length - 1] = { ...previous, text: previous.text + run.text };
    } else joined.push(run);
  }
  return joined;
}

function sameMarks(a: TextMarks, b: TextMarks): boolean {
  return (
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.strikethrough === b.strikethrough &&
    a.code === b.code &&
    a.underline === b.underline
  );
}

/** Delimiters hug the text: spaces at either end go outside them, or Markdown would not see the mark. */
function markedText(text: string, marks: TextMarks): string {
  const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/u.exec(text) ?? ['', '', text, ''];
  if (core === '') return text;
  if (marks.code) return `${lead}${codeSpan(core)}${trail}`;
  const open = `${marks.bold ? '**' : ''}${marks.italic ? '*' : ''}${marks.strikethrough ? '~~' : ''}`;
  const close = [...open].reverse().join('');
  return `${lead}${open}${escapeInline(core)}${close}${trail}`;
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/gu) ?? []).map((ticks) => ticks.length));
  const fence = '`'.repeat(longest + 1);
  return /^`|`$/u.test(text) ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

/** A link or image target with what would end it early (spaces, brackets) percent-encoded. */
function destination(url: string): string {
  return url.replace(/[\s()<>]/gu, encodeURIComponent);
}

/** Characters that mean something anywhere in a Markdown line. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>~|!&]/gu, '\\$&');
}

function escapeLine(text: string): string {
  return startOfLineSafe(escapeInline(text));
}

/** A line that would open a heading, quote, list or rule is escaped at its start. */
function startOfLineSafe(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) =>
      line.replace(/^(\s*)([#>+=-]|\d+(?=[.)]))/u, (_match, space: string, lead: string) =>
        /^\d/u.test(lead) ? `${space}${lead}\\` : `${space}\\${lead}`,
      ),
    )
    .join('\n');
}

function prefixLines(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => `${prefix}${line}`)
    .join('\n');
}
