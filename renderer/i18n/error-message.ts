// Every error code the host can answer with, and the bridge's own, has a message in
// Arabic and English under `errors.` in ar.ts/en.ts; this turns a caught error into its key.
import type { ErrorCode } from '../../electron/contract/index.ts';

/** Codes the UI may have to explain: the contract's, the bridge's, and anything else. */
export type UiErrorCode = ErrorCode | 'bridge.unreachable' | 'app.unknown' | 'export.popup_blocked';

type NamespaceOf<C extends string> = C extends `${infer N}.${string}` ? N : never;

/** The shape `errors` must have in each language: one string per code, nested at the dot. */
export type ErrorStrings = {
  [N in NamespaceOf<UiErrorCode>]: {
    [C in UiErrorCode as C extends `${N}.${infer K}` ? K : never]: string;
  };
};

export function errorCodeOf(error: unknown): UiErrorCode {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return typeof code === 'string' && /^[a-z_]+\.[a-z_]+$/.test(code)
    ? (code as UiErrorCode)
    : 'app.unknown';
}

/** The key of the message for `error` (a code string or a caught error). */
export function errorMessageKey(error: unknown): string {
  return `errors.${typeof error === 'string' ? error : errorCodeOf(error)}`;
}
