import { ErrorCode } from './error-codes';
import { LocalisedText } from './language';

/** One invalid field of a request: a dotted path into the input and what is wrong with it. */
export interface FieldError {
  path: string;
  message: LocalisedText;
}

export interface AppErrorOptions {
  /** Overrides the code's default detail. */
  detail?: LocalisedText;
  /** Values for the `{placeholders}` of the detail. */
  params?: Record<string, string | number>;
  errors?: FieldError[];
  /** Extra members of the problem document (RFC 9457 extensions). */
  extensions?: Record<string, unknown>;
  /** Seconds after which a retry may succeed (503, 429). */
  retryAfterSeconds?: number;
  cause?: unknown;
}

/**
 * The one exception our code throws for an answer other than success; the problem-details filter turns it
 * into application/problem+json in the caller's language.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly options: AppErrorOptions = {},
  ) {
    super(options.detail?.en ?? code, { cause: options.cause });
    this.name = 'AppError';
  }
}

/** A 400 naming every invalid field found, for checks that collect all problems before answering. */
export function invalidFields(errors: FieldError[]): AppError {
  return new AppError('validation_failed', { params: { count: errors.length }, errors });
}

/** A 400 naming one invalid field, for rules a DTO cannot express (they need the database or other fields). */
export function invalidField(path: string, message: LocalisedText): AppError {
  return invalidFields([{ path, message }]);
}
