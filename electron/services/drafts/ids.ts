// Random, URL-safe ids. Revision ids start with their time so a folder listing sorts them.
import { randomBytes } from 'node:crypto';

export function newDraftId(): string {
  return randomBytes(12).toString('base64url');
}

export function newRevisionId(at: Date): string {
  return `${String(at.getTime()).padStart(13, '0')}-${randomBytes(6).toString('base64url')}`;
}

export function revisionTime(revisionId: string): number {
  return Number(revisionId.slice(0, 13));
}
