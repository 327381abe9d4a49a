import { ValidateBy, ValidationOptions } from 'class-validator';

export const IS_DATE_ONLY = 'isDateOnly';

/** A calendar date written YYYY-MM-DD that exists (no 2025-02-30). */
export function isDateOnly(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export function IsDateOnly(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: IS_DATE_ONLY,
      validator: {
        validate: isDateOnly,
        defaultMessage: () => '$property must be a date written YYYY-MM-DD',
      },
    },
    options,
  );
}
