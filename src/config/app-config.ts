import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseEnv } from 'node:util';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import {
  EnvironmentVariables,
  LogLevel,
  NodeEnv,
  ProcessRole,
  SECRET_VARIABLES,
} from './environment-variables';

/** The JWT secret of config/development.env and config/test.env: never acceptable in production. */
const DEVELOPMENT_SECRET_MARKER = 'development-only';

export interface DatabaseSettings {
  host: string;
  port: number;
  user: string;
  password: string;
  name: string;
}

export interface RedisSettings {
  host: string;
  port: number;
  db: number;
  username?: string;
  password?: string;
  tls: boolean;
}

/** A configuration value that stops the start; its message is one line naming the variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** The validated configuration, injected wherever a setting is needed. */
export class AppConfig {
  readonly nodeEnv: NodeEnv;
  readonly port: number;
  readonly host: string;
  readonly processRole: ProcessRole;
  readonly database: DatabaseSettings;
  readonly databasePoolSize: number;
  readonly databaseLockWaitSeconds: number;
  readonly redis: RedisSettings;
  readonly queuePrefix: string;
  readonly jwtSecret: string;
  readonly admin: { email: string; password?: string };
  readonly corsOrigins: string[];
  readonly bodyLimitBytes: number;
  readonly logLevel: LogLevel;
  readonly outboxPollIntervalMs: number;
  readonly auth: {
    accessTokenTtlSeconds: number;
    refreshTokenTtlDays: number;
    maxFailuresPerAccount: number;
    maxFailuresPerAddress: number;
    failureWindowSeconds: number;
  };
  readonly trustProxyHops: number;

  constructor(env: EnvironmentVariables) {
    this.nodeEnv = env.NODE_ENV;
    this.port = env.PORT;
    this.host = env.HOST;
    this.processRole = env.PROCESS_ROLE;
    this.database = parseDatabaseUrl(env.DATABASE_URL);
    this.databasePoolSize = env.DATABASE_POOL_SIZE;
    this.databaseLockWaitSeconds = env.DATABASE_LOCK_WAIT_SECONDS;
    this.redis = parseRedisUrl(env.REDIS_URL);
    this.queuePrefix = env.QUEUE_PREFIX;
    this.jwtSecret = env.JWT_SECRET;
    this.admin = { email: env.ADMIN_EMAIL.toLowerCase(), password: env.ADMIN_PASSWORD };
    this.corsOrigins = env.CORS_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter(Boolean);
    this.bodyLimitBytes = env.BODY_LIMIT_BYTES;
    this.logLevel = env.LOG_LEVEL;
    this.outboxPollIntervalMs = env.OUTBOX_POLL_INTERVAL_MS;
    this.auth = {
      accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlDays: env.REFRESH_TOKEN_TTL_DAYS,
      maxFailuresPerAccount: env.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerAddress: env.LOGIN_MAX_FAILURES_PER_ADDRESS,
      failureWindowSeconds: env.LOGIN_FAILURE_WINDOW_SECONDS,
    };
    this.trustProxyHops = env.TRUST_PROXY_HOPS;
  }

  get runsHttp(): boolean {
    return this.processRole !== 'worker';
  }

  get runsWorkers(): boolean {
    return this.processRole !== 'api';
  }
}

/**
 * Reads the configuration: `overrides` first, then the process environment, then the defaults of
 * config/<NODE_ENV>.env, then the class defaults. A variable set to the empty string is unset: it takes
 * the class default, not the file's. Throws a ConfigError naming every bad variable.
 */
export function loadConfig(
  overrides: Record<string, string | undefined> = {},
  env: NodeJS.ProcessEnv = process.env,
): AppConfig {
  const explicit = { ...env, ...definedOnly(overrides) };
  const nodeEnv = explicit.NODE_ENV || 'development';
  const raw: Record<string, string> = { ...readEnvFile(nodeEnv), NODE_ENV: nodeEnv };
  for (const [name, value] of Object.entries(explicit)) {
    if (value === '') delete raw[name];
    else if (value !== undefined && name !== 'NODE_ENV') raw[name] = value;
  }

  const variables = plainToInstance(EnvironmentVariables, raw);
  const problems = validateSync(variables, { whitelist: true }).map((error) =>
    describe(error, raw[error.property]),
  );
  if (variables.NODE_ENV === 'production' && variables.JWT_SECRET?.includes(DEVELOPMENT_SECRET_MARKER)) {
    problems.push('JWT_SECRET holds the development secret, which is refused when NODE_ENV=production');
  }
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  return new AppConfig(variables);
}

/** The folder holding package.json, found upwards from this file (src/config or dist/src/config). */
export function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

function readEnvFile(nodeEnv: string): Record<string, string> {
  if (!/^[a-z]+$/.test(nodeEnv)) return {};
  const file = join(projectRoot(), 'config', `${nodeEnv}.env`);
  return existsSync(file) ? definedOnly(parseEnv(readFileSync(file, 'utf8'))) : {};
}

function definedOnly(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

/** The first thing wrong with a variable, with the value given unless it is secret. */
function describe(error: ValidationError, given: string | undefined): string {
  const [message] = Object.values(error.constraints ?? {});
  return given === undefined || SECRET_VARIABLES.has(error.property)
    ? message
    : `${message} (got "${given}")`;
}

function parseDatabaseUrl(value: string): DatabaseSettings {
  const url = new URL(value);
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : 3306,
    user: decodeURIComponent(url.username) || 'root',
    password: decodeURIComponent(url.password),
    name: url.pathname.slice(1),
  };
}

function parseRedisUrl(value: string): RedisSettings {
  const url = new URL(value);
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : 6379,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
    username: decodeURIComponent(url.username) || undefined,
    password: decodeURIComponent(url.password) || undefined,
    tls: url.protocol === 'rediss:',
  };
}
