import { LocalisedText } from './language';

export type Dependency = 'database' | 'queue';

export const DEPENDENCY_NAMES: Record<Dependency, LocalisedText> = {
  database: { vi: 'cơ sở dữ liệu', en: 'database' },
  queue: { vi: 'hàng đợi công việc (Redis)', en: 'job queue (Redis)' },
};

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'EAI_AGAIN',
]);

/** MariaDB and mysql2 codes after which the same request may succeed later. */
const DATABASE_CODES = new Set([
  'PROTOCOL_CONNECTION_LOST',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_LOCK_WAIT_TIMEOUT',
  'ER_LOCK_DEADLOCK',
  'ER_QUERY_INTERRUPTED',
]);

/** ioredis answers with these when Redis is unreachable (no error code is set). */
const REDIS_MESSAGES = [/enableOfflineQueue/, /^Connection is closed/, /Reached the max retries per request/];

/**
 * Which dependency an error says is down, or undefined when the error is something else. Looks through
 * TypeORM's `driverError` and `cause` chains.
 */
export function unavailableDependency(error: unknown): Dependency | undefined {
  for (let current = error, depth = 0; isObject(current) && depth < 5; depth++) {
    const { code, message, name } = current as { code?: unknown; message?: unknown; name?: unknown };
    if (name === 'MaxRetriesPerRequestError') return 'queue';
    if (typeof message === 'string' && REDIS_MESSAGES.some((pattern) => pattern.test(message)))
      return 'queue';
    if (typeof code === 'string' && (DATABASE_CODES.has(code) || NETWORK_CODES.has(code))) return 'database';
    current = (current as { driverError?: unknown }).driverError ?? (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
