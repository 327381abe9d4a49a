import { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { invalidFields } from '../errors/app-error';
import { inputProblems, MAX_INPUT_DEPTH } from './input-bounds';

/**
 * Brings every string of the input to Unicode NFC before validation, so "Nguyễn" typed on a keyboard that
 * sends combining marks is stored, compared and searched as the same bytes as any other "Nguyễn". First it
 * refuses what no field may hold (see inputProblems), naming the query parameter or body path: query
 * strings do not pass the JSON body parser.
 */
export class NormaliseTextPipe implements PipeTransform {
  transform(value: unknown, metadata?: ArgumentMetadata): unknown {
    const root = metadata?.type === 'body' ? '' : (metadata?.data ?? '');
    const problems = inputProblems(value, root);
    if (problems.length > 0) throw invalidFields(problems);
    return normalise(value);
  }
}

/** NFC throughout, without recursion (the depth is bounded by inputProblems, the stack is not used). */
function normalise(input: unknown): unknown {
  const root = { value: input };
  const pending: { holder: Record<string, unknown>; key: string; depth: number }[] = [
    { holder: root, key: 'value', depth: 0 },
  ];
  while (pending.length > 0) {
    const { holder, key, depth } = pending.pop()!;
    const value = holder[key];
    if (typeof value === 'string') {
      holder[key] = value.normalize('NFC');
    } else if (depth < MAX_INPUT_DEPTH && Array.isArray(value)) {
      const copy: unknown[] = [...(value as unknown[])];
      holder[key] = copy;
      copy.forEach((_, index) =>
        pending.push({ holder: copy as never, key: String(index), depth: depth + 1 }),
      );
    } else if (depth < MAX_INPUT_DEPTH && isPlainObject(value)) {
      const copy: Record<string, unknown> =
        Object.getPrototypeOf(value) === null ? (Object.create(null) as Record<string, unknown>) : {};
      for (const [itemKey, item] of Object.entries(value)) copy[itemKey.normalize('NFC')] = item;
      holder[key] = copy;
      Object.keys(copy).forEach((itemKey) => pending.push({ holder: copy, key: itemKey, depth: depth + 1 }));
    }
  }
  return root.value;
}

/** JSON bodies and query strings parse into plain (or null-prototype) objects; anything else is left alone. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
