// Where a document enters the host (a .midad import, a save, a revision put back, a story
// from a site), its body is checked against the one article schema before anything is
// written; a refusal is a ServiceError with the check's own code.
import type { ErrorCode } from '../../contract.ts';
import { checkArticleBody, type DocumentRefusalCode } from '../../../common/document/article-document-check.ts';
import { ServiceError } from '../service-error.ts';

// Every refusal of the check is a code of the contract: a new one fails to compile until it is added there.
const asErrorCode = (code: DocumentRefusalCode): ErrorCode => code;

/** Throws the refusal's code (details: what was wrong, never the text) unless `body` is an article Midad can hold. */
export function requireArticleBody(body: unknown, where?: string): void {
  const check = checkArticleBody(body);
  if (check.ok) return;
  throw new ServiceError(asErrorCode(check.code), [where ? `${where}: ${check.detail}` : check.detail]);
}
