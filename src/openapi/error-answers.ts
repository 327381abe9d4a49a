import type { OpenAPIObject, OperationObject, ResponseObject } from '@nestjs/swagger';
import { PROBLEM_MEDIA_TYPE, PROBLEM_SCHEMA_NAME } from './problem-schema';

const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Which errors an operation can answer, read from what it is: the guards, parameters and body it has. */
export function errorStatuses(path: string, method: string, operation: OperationObject): number[] {
  const statuses = new Set<number>();
  const authenticated = (operation.security ?? []).length > 0;
  const parameters = operation.parameters ?? [];
  const takesInput = operation.requestBody !== undefined || parameters.length > 0;
  if (takesInput) statuses.add(400);
  if (authenticated) statuses.add(401).add(403);
  if (path.includes('{')) statuses.add(404);
  // Versioned records, life-cycle states and unique codes all refuse a write that no longer applies.
  if (authenticated && WRITE_METHODS.has(method)) statuses.add(409);
  if (parameters.some((parameter) => 'name' in parameter && parameter.name === 'Idempotency-Key')) {
    statuses.add(422);
  }
  if (operation.requestBody !== undefined) statuses.add(413).add(415);
  // Every route but the liveness probe reads the database (sessions included).
  if (path !== '/health/live') statuses.add(503);
  for (const status of Object.keys(operation.responses)) {
    if (Number(status) >= 400) statuses.add(Number(status));
  }
  return [...statuses].sort((a, b) => a - b);
}

/** What each error status means here; the body's `code` says which case it is. */
const MEANINGS: Record<number, string> = {
  400: 'Invalid input: `errors` names each invalid field (validation_failed); nothing was written.',
  401: 'Not signed in, or the token is invalid, expired or revoked.',
  403: 'The caller’s roles do not allow this here.',
  404: 'No such record within the caller’s reach (another unit’s records answer 404 too).',
  409: 'Conflicts with the record’s current version, state or unique codes; nothing was written.',
  413: 'The body exceeds BODY_LIMIT_BYTES.',
  415: 'The body is not in a media type the operation accepts.',
  422: 'The Idempotency-Key was used for another request.',
  429: 'Too many attempts: wait for Retry-After seconds.',
  503: 'The database or Redis is unreachable: nothing was lost; retry after Retry-After seconds.',
};

/** Adds the error answers to every operation, all as the one problem+json schema. */
export function addErrorAnswers(document: OpenAPIObject): void {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      integerPathParameters(operation);
      for (const status of errorStatuses(path, method, operation)) {
        const declared = operation.responses[String(status)] as ResponseObject | undefined;
        operation.responses[String(status)] = {
          description: declared?.description || MEANINGS[status] || 'Problem.',
          content: {
            [PROBLEM_MEDIA_TYPE]: { schema: { $ref: `#/components/schemas/${PROBLEM_SCHEMA_NAME}` } },
          },
        };
      }
    }
  }
}

/** Path ids go through ParseIntPipe: integers, not any number. */
function integerPathParameters(operation: OperationObject): void {
  for (const parameter of operation.parameters ?? []) {
    if ('in' in parameter && parameter.in === 'path' && parameter.schema && 'type' in parameter.schema) {
      if (parameter.schema.type === 'number') parameter.schema.type = 'integer';
    }
  }
}
