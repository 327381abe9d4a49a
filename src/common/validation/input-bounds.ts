import { FieldError } from '../errors/app-error';
import { format } from '../errors/language';
import { INPUT_MESSAGES } from './input-messages';

/** How deep a request's JSON may nest: far more than any DTO needs, far less than a stack can take. */
export const MAX_INPUT_DEPTH = 64;

/** The range of a signed INT column, the widest number any request field is stored in. */
export const INT_MIN = -2147483648;
export const INT_MAX = 2147483647;

/** Keys that reach for an object's prototype when a body is merged into another object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * C0 controls except tab, line feed and carriage return (multi-line fields hold them), DEL, C1 controls,
 * the noncharacters U+FFFE and U+FFFF, and lone surrogates (text that cannot be stored as UTF-8).
 */
const INVALID_TEXT =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const MAX_REPORTED = 20;

/**
 * Walks parsed input (a JSON body, a query object) without recursion and names every part no field may
 * hold: a nesting deeper than MAX_INPUT_DEPTH, a prototype key, control characters in a key or a string,
 * a number outside an INT column's range. `root` prefixes the paths ('' for a body).
 */
export function inputProblems(input: unknown, root = ''): FieldError[] {
  const errors: FieldError[] = [];
  const pending: { value: unknown; path: string; depth: number }[] = [{ value: input, path: root, depth: 0 }];
  while (pending.length > 0 && errors.length < MAX_REPORTED) {
    const { value, path, depth } = pending.pop()!;
    if (typeof value === 'string') {
      if (INVALID_TEXT.test(value)) errors.push(problem(path, 'controlCharacters'));
    } else if (typeof value === 'number') {
      if (value < INT_MIN || value > INT_MAX || !Number.isFinite(value))
        errors.push(problem(path, 'numberOutOfRange', { min: INT_MIN, max: INT_MAX }));
    } else if (typeof value === 'object' && value !== null) {
      if (depth >= MAX_INPUT_DEPTH) {
        errors.push(problem(path || 'body', 'tooDeep', { max: MAX_INPUT_DEPTH }));
        continue;
      }
      for (const [key, item] of Object.entries(value)) {
        const itemPath = path ? `${path}.${key}` : key;
        if (FORBIDDEN_KEYS.has(key)) errors.push(problem(itemPath, 'forbiddenKey'));
        else if (INVALID_TEXT.test(key)) errors.push(problem(itemPath, 'controlCharacters'));
        else pending.push({ value: item, path: itemPath, depth: depth + 1 });
      }
    }
  }
  return errors.reverse();
}

/**
 * How deep JSON text nests, read without parsing (brackets inside strings do not count); stops counting
 * once past `limit`, so a hostile body costs one pass over its bytes.
 */
export function jsonDepthExceeds(text: string, limit = MAX_INPUT_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c)
        i++; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) {
      if (++depth > limit) return true;
    } else if (char === 0x7d || char === 0x5d) depth--;
  }
  return false;
}

function problem(
  path: string,
  kind: keyof typeof INPUT_MESSAGES,
  params: Record<string, string | number> = {},
): FieldError {
  const template = INPUT_MESSAGES[kind];
  return { path, message: { vi: format(template.vi, params), en: format(template.en, params) } };
}

export function inputMessage(
  kind: keyof typeof INPUT_MESSAGES,
  params: Record<string, string | number> = {},
): FieldError['message'] {
  return problem('', kind, params).message;
}
