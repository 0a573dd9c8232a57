// A failure a service reports and the UI can explain: a stable code, optional safe details, never a secret.
import type { ErrorCode, HostErrorValue } from '../contract/index.ts';

export class ServiceError extends Error {
  readonly code: ErrorCode;
  readonly details: string[] | undefined;

  constructor(code: ErrorCode, details?: string[], options?: { cause?: unknown }) {
    super(code, options);
    this.name = 'ServiceError';
    this.code = code;
    this.details = details;
  }

  toValue(): HostErrorValue {
    return this.details ? { code: this.code, details: this.details } : { code: this.code };
  }
}
