// The few Markdown shortcuts a newsroom types: "## " and "### " for subheadings (an
// article's H1 is its headline), "- " and "1. " for lists, "> " for a quote.
import { HEADING, ORDERED_LIST, QUOTE, UNORDERED_LIST, type ElementTransformer } from '@lexical/markdown';

const SUBHEADING: ElementTransformer = { ...HEADING, regExp: /^(#{2,3})\s/ };

export const ARTICLE_MARKDOWN_SHORTCUTS: ElementTransformer[] = [SUBHEADING, QUOTE, UNORDERED_LIST, ORDERED_LIST];
