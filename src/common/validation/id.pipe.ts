import { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { invalidField } from '../errors/app-error';
import { inputMessage, INT_MAX } from './input-bounds';

/** A record id as written in a path: decimal digits, no sign, no leading zero, within an INT column. */
const DECIMAL_ID = /^[1-9][0-9]{0,9}$/;

/**
 * The one pipe of every `@Param` id. Number() and parseInt() read "0x1", "1e0", "+1", " 1" and "1.0" as 1,
 * so one record answers to many paths; this reads only the canonical form and otherwise answers 400 naming
 * the parameter.
 */
export class IdPipe implements PipeTransform<string, number> {
  transform(value: string, metadata: ArgumentMetadata): number {
    const id = DECIMAL_ID.test(value) ? Number(value) : NaN;
    if (!(id <= INT_MAX))
      throw invalidField(metadata.data ?? 'id', inputMessage('notAnId', { max: INT_MAX }));
    return id;
  }
}
