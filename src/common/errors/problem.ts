import { HttpException } from '@nestjs/common';
import { AppError } from './app-error';
import { DEPENDENCY_NAMES, unavailableDependency } from './dependency-failure';
import { codeForStatus, ERROR_CODES, ErrorCode } from './error-codes';
import { format, Language } from './language';

/** The RFC 9457 body every error answers with, plus our stable `code` and the request id. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: ErrorCode;
  requestId: string;
  errors?: { path: string; message: string }[];
  [extension: string]: unknown;
}

export interface ProblemContext {
  language: Language;
  /** The request's path, without its query string (which may hold personal data). */
  instance: string;
  requestId: string;
}

export interface ProblemAnswer {
  problem: ProblemDetails;
  headers: Record<string, string>;
  /** True when the error is ours to fix (5xx other than a dependency being down): log it in full. */
  unexpected: boolean;
}

const DEPENDENCY_RETRY_AFTER_SECONDS = 5;

/** Turns anything thrown while serving a request into the problem document the client receives. */
export function toProblem(exception: unknown, context: ProblemContext): ProblemAnswer {
  const error = asAppError(exception);
  const { code, options } = error;
  const definition = ERROR_CODES[code];
  const params = { requestId: context.requestId, ...options.params };
  const language = context.language;
  const problem: ProblemDetails = {
    ...options.extensions,
    type: `/problems/${code.replace(/_/g, '-')}`,
    title: definition.title[language],
    status: definition.status,
    detail: format((options.detail ?? definition.detail)[language], params),
    instance: context.instance,
    code,
    requestId: context.requestId,
  };
  if (options.errors) {
    problem.errors = options.errors.map((e) => ({ path: e.path, message: e.message[language] }));
  }
  const headers: Record<string, string> = {};
  if (options.retryAfterSeconds !== undefined) headers['retry-after'] = String(options.retryAfterSeconds);
  return { problem, headers, unexpected: code === 'internal_error' };
}

function asAppError(exception: unknown): AppError {
  if (exception instanceof AppError) return exception;
  if (exception instanceof HttpException) {
    return new AppError(codeForStatus(exception.getStatus()), { cause: exception });
  }
  const dependency = unavailableDependency(exception);
  if (dependency) {
    return new AppError('service_unavailable', {
      detail: localisedDependencyDetail(dependency),
      retryAfterSeconds: DEPENDENCY_RETRY_AFTER_SECONDS,
      cause: exception,
    });
  }
  return new AppError('internal_error', { cause: exception });
}

function localisedDependencyDetail(dependency: keyof typeof DEPENDENCY_NAMES) {
  const { detail } = ERROR_CODES.service_unavailable;
  const name = DEPENDENCY_NAMES[dependency];
  return { vi: format(detail.vi, { dependency: name.vi }), en: format(detail.en, { dependency: name.en }) };
}
