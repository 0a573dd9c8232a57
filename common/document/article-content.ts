// An article's content as Midad keeps it, Arabic and right to left: its header fields (the
// meta) and its Lexical body under a right-to-left root. A new draft, a post imported from
// WordPress and the tests build these shapes here, so they cannot drift apart. Pure; the types
// are structural, so they fit the schemas electron/contract/document.ts validates them with
// (ArticleMeta, and the editor state a DraftContent's body is).

/** An article's header: what electron/contract/document.ts calls ArticleMeta. */
export type ArticleMetaFields = {
  headline: string;
  kicker: string;
  section: string;
  byline: string;
  excerpt: string;
  tags: string[];
  language: 'ar' | 'en';
  direction: 'rtl' | 'ltr';
};

/** A Lexical serialized editor state whose root is right to left, its blocks `children`. */
export type ArticleBody<Block> = {
  root: {
    type: 'root';
    direction: 'rtl';
    format: string;
    indent: number;
    version: number;
    children: Block[];
  };
};

/** The header of a new Arabic article (everything empty, right to left), with `fields` filled in. */
export function articleMeta(fields: Partial<ArticleMetaFields> = {}): ArticleMetaFields {
  return {
    headline: '',
    kicker: '',
    section: '',
    byline: '',
    excerpt: '',
    tags: [],
    language: 'ar',
    direction: 'rtl',
    ...fields,
  };
}

/** An article's body holding `blocks`, as the editor saves it: the root right to left. */
export function articleBody<Block>(blocks: Block[]): ArticleBody<Block> {
  return {
    root: { type: 'root', direction: 'rtl', format: '', indent: 0, version: 1, children: blocks },
  };
}
