// Where a comparison page finds its article: ?size=5000 → ../articles/5000.<ext>.
export async function fetchArticle(extension: 'lexical.json' | 'html'): Promise<string> {
  const size = new URLSearchParams(location.search).get('size') ?? '5000';
  const response = await fetch(`../articles/${encodeURIComponent(size)}.${extension}`);
  if (!response.ok) throw new Error(`article ${size}.${extension}: HTTP ${response.status}`);
  return response.text();
}
