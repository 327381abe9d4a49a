import { ValidateBy, ValidationOptions } from 'class-validator';

export const IS_DECIMAL_STRING = 'isDecimalString';

/**
 * A non-negative decimal written with a dot and at most `maxDecimals` places ('8.25', '10'). Scores, weights
 * and thresholds travel as such strings so no binary floating point ever touches them.
 */
export function IsDecimalString(maxDecimals: number, options?: ValidationOptions): PropertyDecorator {
  const pattern = new RegExp(`^\\d{1,8}(\\.\\d{1,${maxDecimals}})?$`);
  return ValidateBy(
    {
      name: IS_DECIMAL_STRING,
      constraints: [maxDecimals],
      validator: {
        validate: (value: unknown) => typeof value === 'string' && pattern.test(value),
        defaultMessage: () => `$property must be a decimal number with at most ${maxDecimals} decimal places`,
      },
    },
    options,
  );
}

/**
 * Accepts a JSON number as the decimal it was written as (8.25 → '8.25'): the shortest form that reads back
 * as the same number, which is what the client typed.
 */
export const decimalFromNumber = ({ value }: { value: unknown }): unknown =>
  typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
