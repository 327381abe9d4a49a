// class-transformer helpers for request DTOs: @Transform(trim), …

type Input = { value: unknown };

export const trim = ({ value }: Input): unknown => (typeof value === 'string' ? value.trim() : value);

export const trimAndLowerCase = ({ value }: Input): unknown =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

/** Query strings carry text: 'true' and 'false' become booleans, anything else is left for validation to refuse. */
export const booleanFromQuery = ({ value }: Input): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;
