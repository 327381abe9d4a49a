/**
 * The name of the unique index a failed INSERT or UPDATE collided with, or undefined when the error is not
 * a duplicate key. Where a rule says "one of", the unique index holds it (a read before the write does not,
 * under concurrency); callers turn the collision into their 409.
 */
export function violatedUniqueIndex(error: unknown): string | undefined {
  const driverError = (error as { driverError?: { code?: unknown; sqlMessage?: unknown } } | null)
    ?.driverError;
  if (driverError?.code !== 'ER_DUP_ENTRY' || typeof driverError.sqlMessage !== 'string') return undefined;
  // "Duplicate entry '…' for key 'uq_…'": only the key's name is read, never the quoted values.
  return /for key '(?:[^'.]*\.)?([\w$]+)'\s*$/.exec(driverError.sqlMessage)?.[1];
}
