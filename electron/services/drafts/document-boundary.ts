// Where a document enters the host (a .midad import, a save, a revision put back, a story
// from a site), its body is checked against the one article schema before anything is
// written; a refusal is a ServiceError with the check's own code.
import type { ErrorCode } from '../../contract/index.ts';
import {
  checkArticleBody,
  type DocumentRefusalCode,
} from '../../../common/document/article-document-check.ts';
import { ServiceError } from '../service-error.ts';

// Every refusal of the check is a code of the contract: a new one fails to compile until it is added there.
const asErrorCode = (code: DocumentRefusalCode): ErrorCode => code;

/** The refusals that would break the host's own walkers (its plain text, its serializers) on a body read from disk. */
const PAST_THE_LIMITS: ReadonlySet<DocumentRefusalCode> = new Set([
  'document.too_deep',
  'document.too_many_nodes',
  'document.too_large',
]);

/**
 * Whether a body read from disk is past the article's limits: such a file was not written by
 * Midad (which checks every body it writes) and is treated as damaged. Unknown node types and
 * unsafe addresses are not: the editor opens such a draft read-only and says why.
 */
export function isPastArticleLimits(body: unknown): boolean {
  const check = checkArticleBody(body);
  return !check.ok && PAST_THE_LIMITS.has(check.code);
}

/** Throws the refusal's code (details: what was wrong, never the text) unless `body` is an article Midad can hold. */
export function requireArticleBody(body: unknown, where?: string): void {
  const check = checkArticleBody(body);
  if (check.ok) return;
  throw new ServiceError(asErrorCode(check.code), [
    where ? `${where}: ${check.detail}` : check.detail,
  ]);
}
