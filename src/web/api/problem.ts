/** The API's application/problem+json, as the web app reads it. */
export interface Problem {
  status?: number;
  code?: string;
  title?: string;
  detail?: string;
  errors?: { path: string; message: string }[];
  [extension: string]: unknown;
}

export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && ('code' in value || 'detail' in value);
}

/** The messages of a problem by field path (`email`, `scores.0.value`), for errors shown beside fields. */
export function fieldErrors(problem: Problem | undefined): Record<string, string> {
  const found: Record<string, string> = {};
  for (const error of problem?.errors ?? []) found[error.path] ??= error.message;
  return found;
}

/** openapi-fetch's error of a failed call; the document does not declare every error, so it is read here. */
export function asProblem(error: unknown): Problem {
  return isProblem(error) ? error : {};
}

/** A failed call as an Error, for the query cache (which keeps what a query function throws). */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.code ?? 'request failed');
  }
}
