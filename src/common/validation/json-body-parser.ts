import { FastifyRequest } from 'fastify';
import { AppError, invalidField, invalidFields } from '../errors/app-error';
import { inputMessage, inputProblems, jsonDepthExceeds, MAX_INPUT_DEPTH } from './input-bounds';

/**
 * The one parser of JSON bodies, on every route, before authentication and before any application code:
 * Fastify has already refused a body over the size limit (413); this refuses one nested too deep (checked
 * on the text, before parsing) and one holding a prototype key, control characters or a number no column
 * can store, each named by its path (400).
 */
export function parseJsonBody(
  _request: FastifyRequest,
  body: Buffer,
  done: (error: Error | null, value?: unknown) => void,
): void {
  const text = body.toString('utf8');
  if (jsonDepthExceeds(text)) {
    done(invalidField('body', inputMessage('tooDeep', { max: MAX_INPUT_DEPTH })));
    return;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    done(new AppError('bad_request'));
    return;
  }
  const problems = inputProblems(parsed);
  done(problems.length > 0 ? invalidFields(problems) : null, parsed);
}
