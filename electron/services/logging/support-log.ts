// The log a newsroom's support reads: one line of JSON per event in <data folder>/logs/
// midad.log, rotated by size (midad.log.1 … .3 kept). It says what happened and to what
// (a method, a job id, an error code, where in the code), never what anyone wrote: an
// error's message is left out because it may quote its input (an article, a server's
// answer), and every string a caller passes is checked against the secrets it was told of.
// Our own ~100 lines rather than pino or winston: those bring worker threads or a dozen
// dependencies for what is appending a line and renaming three files (docs/support-log.md).
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/** What a log line may carry besides its event: short facts, never text someone typed. */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

/** How the host writes to the log; tests and hosts without a data folder give none. */
export interface HostLog {
  info(event: string, fields?: LogFields): void;
  error(event: string, error: unknown, fields?: LogFields): void;
  /** A secret (a token, a password) that must never appear in a line: it is replaced wherever it would. */
  forget(secret: string): void;
}

export interface SupportLogOptions {
  dataDir: string;
  /** The size at which midad.log becomes midad.log.1 (default 1 MB). */
  maxBytes?: number;
  /** How many rotated files are kept (default 3). */
  keep?: number;
  now?: () => Date;
}

export const LOG_FILE_NAME = 'midad.log';
export const logsFolder = (dataDir: string): string => path.join(dataDir, 'logs');

/** Longest string field kept: ids and codes are short, so a long one is cut, not quoted whole. */
const MAX_FIELD_CHARS = 600;
const MAX_STACK_FRAMES = 8;

export class SupportLog implements HostLog {
  readonly #file: string;
  readonly #maxBytes: number;
  readonly #keep: number;
  readonly #now: () => Date;
  readonly #secrets = new Set<string>();
  #size: number | undefined;

  constructor(options: SupportLogOptions) {
    const folder = logsFolder(options.dataDir);
    this.#file = path.join(folder, LOG_FILE_NAME);
    this.#maxBytes = options.maxBytes ?? 1024 * 1024;
    this.#keep = options.keep ?? 3;
    this.#now = options.now ?? (() => new Date());
    mkdirSync(folder, { recursive: true });
  }

  get file(): string {
    return this.#file;
  }

  forget(secret: string): void {
    if (secret.length >= 4) this.#secrets.add(secret);
  }

  info(event: string, fields: LogFields = {}): void {
    this.#write({ level: 'info', event, ...fields });
  }

  error(event: string, error: unknown, fields: LogFields = {}): void {
    this.#write({ level: 'error', event, ...fields, ...describeError(error) });
  }

  /** Appends synchronously: a line written just before a crash is on disk, and lines never interleave. */
  #write(record: LogFields): void {
    const line = `${JSON.stringify({ time: this.#now().toISOString(), ...this.#clean(record) })}\n`;
    try {
      this.#size ??= fileSize(this.#file);
      if (this.#size + line.length > this.#maxBytes && this.#size > 0) this.#rotate();
      appendFileSync(this.#file, line, { mode: 0o600 });
      this.#size += Buffer.byteLength(line);
    } catch {
      // A full or read-only disk must not stop the app for the sake of its log.
    }
  }

  #rotate(): void {
    rmSync(`${this.#file}.${this.#keep}`, { force: true });
    for (let index = this.#keep - 1; index >= 1; index -= 1) {
      try {
        renameSync(`${this.#file}.${index}`, `${this.#file}.${index + 1}`);
      } catch {
        // That generation did not exist yet.
      }
    }
    renameSync(this.#file, `${this.#file}.1`);
    this.#size = 0;
  }

  #clean(record: LogFields): LogFields {
    const cleaned: LogFields = {};
    for (const [key, value] of Object.entries(record)) {
      if (typeof value !== 'string') {
        cleaned[key] = value;
        continue;
      }
      let text = value.length > MAX_FIELD_CHARS ? `${value.slice(0, MAX_FIELD_CHARS)}…` : value;
      for (const secret of this.#secrets) text = text.split(secret).join('[secret]');
      cleaned[key] = text;
    }
    return cleaned;
  }
}

/** An error as support needs it: its kind, its stable code, where it was thrown; never its message. */
export function describeError(error: unknown): LogFields {
  if (!(error instanceof Error)) return { errorKind: typeof error };
  const code = codeOf(error);
  const cause = error.cause instanceof Error ? error.cause : undefined;
  return {
    errorKind: error.name,
    ...(code ? { code } : {}),
    ...(cause ? { cause: [cause.name, codeOf(cause)].filter(Boolean).join(' ') } : {}),
    at: stackFrames(error),
  };
}

/** A ServiceError's code or Node's (ECONNREFUSED): stable words, safe to keep. */
function codeOf(error: Error): string | undefined {
  const code: unknown = (error as Error & { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** The "at …" lines of a stack (code locations, no data), the first few. */
function stackFrames(error: Error): string {
  return (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, MAX_STACK_FRAMES)
    .map((line) => line.trim().slice(3))
    .join(' < ');
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
