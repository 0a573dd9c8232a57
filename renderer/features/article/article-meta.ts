// The article's metadata as the writer edits it, and how tags typed as one line (with
// Latin or Arabic commas) become the document's list.

export const META_LIMITS = {
  headline: 500,
  kicker: 500,
  section: 200,
  byline: 300,
  excerpt: 2000,
  tag: 100,
  tags: 50,
};

export function parseTags(line: string): string[] {
  const tags = line
    .split(/[,،؛;]/u)
    .map((tag) => tag.trim().slice(0, META_LIMITS.tag))
    .filter((tag) => tag.length > 0);
  return [...new Set(tags)].slice(0, META_LIMITS.tags);
}

export function formatTags(tags: readonly string[]): string {
  return tags.join('، ');
}
