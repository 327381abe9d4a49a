type Fields = Record<string, unknown>;

/** Fields never written to the audit log, whatever the entity: only the fact that they changed is. */
const SECRET_FIELDS = new Set([
  'password',
  'passwordHash',
  'currentPassword',
  'newPassword',
  'token',
  'tokenHash',
  'accessToken',
  'refreshToken',
]);
export const REDACTED = '[redacted]';
export const MASKED = '[masked]';

/**
 * What an audit row keeps of a change: for an update only the fields whose values differ, before and after;
 * for a creation or deletion every field. Secrets are redacted and the given personal fields masked.
 */
export function auditChanges(
  before: Fields | null,
  after: Fields | null,
  personalFields: readonly string[] = [],
): { before: Fields | null; after: Fields | null } {
  const keys =
    before && after ? Object.keys(after).filter((key) => !sameValue(before[key], after[key])) : undefined;
  const keep = (fields: Fields | null): Fields | null => {
    if (!fields) return null;
    const kept = (keys ?? Object.keys(fields)).filter((key) => fields[key] !== undefined);
    return Object.fromEntries(kept.map((key) => [key, shown(key, fields[key], personalFields)]));
  };
  return { before: keep(before), after: keep(after) };
}

function shown(key: string, value: unknown, personalFields: readonly string[]): unknown {
  if (SECRET_FIELDS.has(key)) return REDACTED;
  if (personalFields.includes(key) && value !== null) return MASKED;
  return value instanceof Date ? value.toISOString() : value;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
