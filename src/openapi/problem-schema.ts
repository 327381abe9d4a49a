import type { SchemaObject } from '@nestjs/swagger';
import { ERROR_CODES } from '../common/errors/error-codes';

export const PROBLEM_SCHEMA_NAME = 'Problem';
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/**
 * The one error body (RFC 9457, see src/common/errors/problem.ts), with the extension members some codes add.
 * Extensions stay open: a new code may add its own without breaking clients.
 */
export const PROBLEM_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'instance', 'code', 'requestId'],
  properties: {
    type: { type: 'string', example: '/problems/validation-failed' },
    title: { type: 'string', description: 'In the language of Accept-Language (Vietnamese by default).' },
    status: { type: 'integer', example: 400 },
    detail: { type: 'string' },
    instance: { type: 'string', description: 'The request’s path, without its query string.' },
    code: { type: 'string', enum: Object.keys(ERROR_CODES) },
    requestId: { type: 'string' },
    errors: {
      type: 'array',
      description: 'validation_failed: one line per invalid field.',
      items: {
        type: 'object',
        required: ['path', 'message'],
        properties: {
          path: { type: 'string', example: 'entries[0].code' },
          message: { type: 'string' },
        },
      },
    },
    existingId: {
      type: 'integer',
      description: 'duplicate_participant: the participant who may be the same.',
    },
    blockers: {
      type: 'array',
      description: 'not_ready: what stands in the way (each with its kind).',
      items: {
        type: 'object',
        required: ['kind'],
        properties: { kind: { type: 'string' } },
        additionalProperties: true,
      },
    },
  },
  additionalProperties: true,
};
