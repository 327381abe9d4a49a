import { INT_MAX, INT_MIN } from './input-bounds';

// class-transformer helpers for request DTOs: @Transform(trim), …

type Input = { value: unknown };

export const trim = ({ value }: Input): unknown => (typeof value === 'string' ? value.trim() : value);

export const trimAndLowerCase = ({ value }: Input): unknown =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

/** Query strings carry text: 'true' and 'false' become booleans, anything else is left for validation to refuse. */
export const booleanFromQuery = ({ value }: Input): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

/**
 * Whole numbers in a query string, read as strictly as path ids ("0x1", "1e0", "+1", " 1" and "1.0" stay
 * text, as does a number beyond an INT column), so the validator refuses them naming the parameter.
 */
export const integerFromQuery = ({ value }: Input): unknown => {
  if (typeof value !== 'string' || !/^(0|-?[1-9][0-9]{0,9})$/.test(value)) return value;
  const number = Number(value);
  return number >= INT_MIN && number <= INT_MAX ? number : value;
};
