/**
 * Errors as log lines may hold them. A database error's message, SQL text and bound values carry whatever
 * the query carried (a child's name, date of birth, a guardian's phone: "Duplicate entry 'Nguyễn…-2012-…'"),
 * so a database error is described by its codes and by the names of the table, constraint and column
 * involved, never by its message. Other errors keep their message and stack.
 */
export interface SafeError {
  type: string;
  message?: string;
  code?: string;
  errno?: number;
  sqlState?: string;
  table?: string;
  constraint?: string;
  column?: string;
  stack?: string;
  cause?: SafeError;
}

/** How far a chain of `cause`/`driverError` is followed (a cyclic chain must not hang the logger). */
const MAX_CHAIN = 5;

/** TypeORM errors whose message quotes the query's criteria or values. */
const DATA_CARRYING_TYPES = new Set([
  'QueryFailedError',
  'EntityNotFoundError',
  'EntityPropertyNotFoundError',
]);

export function safeError(error: unknown): SafeError {
  return describe(error, 0);
}

/** A message that may be logged for `error`: a database error's codes, or the message of any other. */
export function safeErrorMessage(error: unknown): string {
  const safe = safeError(error);
  if (safe.message !== undefined) return safe.message;
  return [safe.type, safe.code, safe.table, safe.constraint ?? safe.column].filter(Boolean).join(' ');
}

/** True when the error (or what it wraps) came from the database driver. */
export function isDatabaseError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; isObject(current) && depth < MAX_CHAIN; depth++) {
    if (carriesData(current)) return true;
    current = next(current);
  }
  return false;
}

/** A stack trace without its first line(s), which repeat the message: the frames alone. */
export function framesOnly(stack: string, type: string): string {
  const frames = stack.split('\n').filter((line) => /^\s+at /.test(line));
  return [type, ...frames].join('\n');
}

function describe(error: unknown, depth: number): SafeError {
  if (!isObject(error)) return { type: typeof error, message: String(error) };
  const type = typeName(error);
  const fields = error as Record<string, unknown>;
  const inner = next(error);
  const cause = isObject(inner) && depth + 1 < MAX_CHAIN ? describe(inner, depth + 1) : undefined;
  if (!carriesData(error)) {
    return {
      type,
      message: typeof fields.message === 'string' ? fields.message : undefined,
      ...(typeof fields.code === 'string' && { code: fields.code }),
      ...(typeof fields.stack === 'string' && { stack: fields.stack }),
      ...(cause && { cause }),
    };
  }
  const driver = driverFields(error);
  const sqlMessage = typeof driver.sqlMessage === 'string' ? driver.sqlMessage : '';
  const query = [fields.query, driver.sql].find((value): value is string => typeof value === 'string');
  return {
    type,
    ...(typeof driver.code === 'string' && { code: driver.code }),
    ...(typeof driver.errno === 'number' && { errno: driver.errno }),
    ...(typeof driver.sqlState === 'string' && { sqlState: driver.sqlState }),
    ...namesIn(sqlMessage, query),
    ...(typeof fields.stack === 'string' && { stack: framesOnly(fields.stack, type) }),
  };
}

/** The driver's own error: TypeORM's `driverError`, or the error itself. */
function driverFields(error: object): Record<string, unknown> {
  let current: unknown = error;
  for (let depth = 0; isObject(current) && depth < MAX_CHAIN; depth++) {
    const fields = current as Record<string, unknown>;
    if ('sqlState' in fields || 'errno' in fields) return fields;
    current = fields.driverError;
  }
  return error as Record<string, unknown>;
}

/**
 * The table, constraint and column a MariaDB message names, read with patterns that capture identifiers
 * only (the quoted values beside them are never captured); the table of the statement otherwise.
 */
function namesIn(sqlMessage: string, query: string | undefined): Partial<SafeError> {
  const names: Partial<SafeError> = {};
  const key = /for key '(?:[^'.]*\.)?([\w$]+)'\s*$/.exec(sqlMessage);
  if (key) names.constraint = key[1];
  const foreign = /\(`[\w$]+`\.`([\w$]+)`, CONSTRAINT `([\w$]+)`/.exec(sqlMessage);
  if (foreign) [names.table, names.constraint] = [foreign[1], foreign[2]];
  const check = /^CONSTRAINT `([\w$]+)` failed for `[\w$]+`\.`([\w$]+)`/.exec(sqlMessage);
  if (check) [names.constraint, names.table] = [check[1], check[2]];
  const column =
    /for column `[\w$]+`\.`([\w$]+)`\.`([\w$]+)`/.exec(sqlMessage) ??
    /(?:for column|^Column) '([\w$]+)'/.exec(sqlMessage);
  if (column) {
    if (column.length > 2) [names.table, names.column] = [column[1], column[2]];
    else names.column = column[1];
  }
  names.table ??= query ? statementTable(query) : undefined;
  if (!names.table) delete names.table;
  return names;
}

const STATEMENT_TABLE =
  /^\s*(?:INSERT\s+(?:IGNORE\s+)?INTO|REPLACE\s+INTO|UPDATE|DELETE\s+FROM|SELECT\b[\s\S]*?\bFROM)\s+`?([\w$]+)`?/i;

function statementTable(query: string): string | undefined {
  return STATEMENT_TABLE.exec(query.slice(0, 2000))?.[1];
}

function carriesData(error: object): boolean {
  const fields = error as Record<string, unknown>;
  return (
    DATA_CARRYING_TYPES.has(typeName(error)) ||
    'sqlMessage' in fields ||
    'sqlState' in fields ||
    'sql' in fields ||
    'parameters' in fields
  );
}

function next(error: object): unknown {
  const fields = error as { driverError?: unknown; cause?: unknown };
  return fields.driverError ?? fields.cause;
}

function typeName(error: object): string {
  const name = (error as { name?: unknown }).name;
  return typeof name === 'string' && name !== 'Error' ? name : (error.constructor?.name ?? 'Error');
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
