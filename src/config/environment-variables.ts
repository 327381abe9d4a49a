import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';

export const NODE_ENVS = ['development', 'test', 'production'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

export const PROCESS_ROLES = ['all', 'api', 'worker'] as const;
export type ProcessRole = (typeof PROCESS_ROLES)[number];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Variables whose values never appear in messages: they hold secrets or may embed a password. */
export const SECRET_VARIABLES = new Set(['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'ADMIN_PASSWORD']);

/** A whole number within [min, max], read from its string form. */
function WholeNumber(min: number, max: number, unit = ''): PropertyDecorator {
  const message = `$property must be a whole number${unit} from ${min} to ${max}`;
  const decorators = [Type(() => Number), IsInt({ message }), Min(min, { message }), Max(max, { message })];
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}

/**
 * The process environment, validated once at start. Property names are the variables' names so every
 * message names the variable; README.md documents each one. Defaults here are production-safe; development
 * and test defaults live in config/<NODE_ENV>.env.
 */
export class EnvironmentVariables {
  @IsIn(NODE_ENVS, { message: `$property must be one of ${NODE_ENVS.join(', ')}` })
  NODE_ENV: NodeEnv = 'development';

  @WholeNumber(1, 65535)
  PORT = 3000;

  @IsString()
  @MinLength(1, { message: '$property must not be empty' })
  HOST = '0.0.0.0';

  @Matches(/^(mysql|mariadb):\/\/[^/?#]+\/[A-Za-z0-9_]{1,64}$/, {
    message: '$property must look like mysql://user:password@host:port/database',
  })
  DATABASE_URL = 'mysql://root@127.0.0.1:3306/talent';

  @WholeNumber(1, 200)
  DATABASE_POOL_SIZE = 10;

  /** How long a statement waits for a row lock before failing (and the request answering 503). */
  @WholeNumber(1, 3600, ' of seconds')
  DATABASE_LOCK_WAIT_SECONDS = 50;

  @Matches(/^rediss?:\/\/[^/?#]+(\/\d{1,2})?$/, { message: '$property must look like redis://host:port/db' })
  REDIS_URL = 'redis://127.0.0.1:6379/0';

  @Matches(/^[A-Za-z0-9_{}-]{1,64}$/, {
    message: '$property may hold only letters, digits, "_", "-", "{" and "}"',
  })
  QUEUE_PREFIX = 'talent';

  @IsIn(PROCESS_ROLES, { message: `$property must be one of ${PROCESS_ROLES.join(', ')}` })
  PROCESS_ROLE: ProcessRole = 'all';

  // The first message of a variable is the one shown: "must be set" when it is missing.
  @MinLength(32, { message: '$property must be at least 32 characters long' })
  @IsString({ message: '$property must be set (a random secret of at least 32 characters)' })
  JWT_SECRET!: string;

  @IsEmail({}, { message: '$property must be an e-mail address' })
  ADMIN_EMAIL = 'admin@talent.local';

  @IsOptional()
  @IsString()
  @MinLength(8, { message: '$property must be at least 8 characters long' })
  ADMIN_PASSWORD?: string;

  /** Comma-separated list of allowed browser origins; empty disables CORS. */
  @IsString()
  CORS_ORIGINS = '';

  @WholeNumber(1024, 104857600, ' of bytes')
  BODY_LIMIT_BYTES = 1048576;

  @IsIn(LOG_LEVELS, { message: `$property must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: LogLevel = 'info';

  @WholeNumber(10, 60000, ' of milliseconds')
  OUTBOX_POLL_INTERVAL_MS = 1000;

  @WholeNumber(60, 86400, ' of seconds')
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @WholeNumber(1, 365, ' of days')
  REFRESH_TOKEN_TTL_DAYS = 30;

  /** Failed logins of one account, within the window, after which it must wait. */
  @WholeNumber(1, 1000)
  LOGIN_MAX_FAILURES_PER_ACCOUNT = 5;

  /** Failed logins from one client address, within the window, after which it must wait. */
  @WholeNumber(1, 100000)
  LOGIN_MAX_FAILURES_PER_ADDRESS = 50;

  @WholeNumber(10, 86400, ' of seconds')
  LOGIN_FAILURE_WINDOW_SECONDS = 900;

  /** Behind a reverse proxy: the number of proxies whose X-Forwarded-For is trusted (0: none). */
  @WholeNumber(0, 10)
  TRUST_PROXY_HOPS = 0;
}
