import { PipeTransform } from '@nestjs/common';

/**
 * Brings every string of the input to Unicode NFC before validation, so "Nguyễn" typed on a keyboard that
 * sends combining marks is stored, compared and searched as the same bytes as any other "Nguyễn".
 */
export class NormaliseTextPipe implements PipeTransform {
  transform(value: unknown): unknown {
    return normalise(value);
  }
}

function normalise(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normalise);
  if (isPlainObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key.normalize('NFC'), normalise(item)]),
    );
  }
  return value;
}

/** JSON bodies and query strings parse into plain (or null-prototype) objects; anything else is left alone. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
