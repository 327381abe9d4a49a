import { ValidateIf, ValidationOptions } from 'class-validator';

/**
 * Like @IsOptional(), but only an absent field is skipped: an explicit null is validated (and refused by
 * the field's other rules), so `{"name": null}` answers 400 instead of reaching a NOT NULL column.
 */
export function IsOptionalPresent(options?: ValidationOptions): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined, options);
}
