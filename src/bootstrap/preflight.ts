import Redis from 'ioredis';
import mysql from 'mysql2/promise';
import { AppConfig } from '../config/app-config';
import { DATABASE_CHARSET, DATABASE_COLLATION } from '../database/data-source-options';
import { redisConnectionOptions } from '../queue/redis-connection';
import { StartupError } from './startup-error';

const CONNECT_TIMEOUT_MS = 5000;

const START_MARIADB =
  'start it with `start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql` ' +
  'or `docker compose -f docker/compose.yml up -d mariadb`';
const START_REDIS =
  'start it with `redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no` ' +
  'or `docker compose -f docker/compose.yml up -d redis`';

/**
 * Checks before anything else starts that MariaDB and Redis answer, and creates the database when it does
 * not exist yet. Failures are StartupErrors with one line naming what was tried and how to fix it.
 */
export async function preflight(config: AppConfig): Promise<void> {
  // Redis first: a start that cannot go on leaves no empty database behind.
  await checkRedis(config);
  await ensureDatabase(config);
}

export async function ensureDatabase(config: AppConfig): Promise<void> {
  const { host, port, user, password, name } = config.database;
  let connection: mysql.Connection;
  try {
    connection = await mysql.createConnection({
      host,
      port,
      user,
      password,
      connectTimeout: CONNECT_TIMEOUT_MS,
    });
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    if (code === 'ER_ACCESS_DENIED_ERROR') {
      throw new StartupError(
        `MariaDB at ${host}:${port} refused user '${user}' (${code}); check the user and password in DATABASE_URL`,
      );
    }
    throw new StartupError(`Cannot reach MariaDB at ${host}:${port} (${code ?? message}); ${START_MARIADB}`);
  }
  try {
    // Look first: a production user may own its database without the right to create databases.
    const [existing] = await connection.query(
      'SELECT 1 FROM information_schema.schemata WHERE schema_name = ?',
      [name],
    );
    if ((existing as unknown[]).length === 0) {
      await connection.query(
        `CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET ${DATABASE_CHARSET} COLLATE ${DATABASE_COLLATION}`,
      );
    }
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    throw new StartupError(
      `Cannot create database '${name}' on MariaDB at ${host}:${port} (${code ?? message})`,
    );
  } finally {
    await connection.end();
  }
}

export async function checkRedis(config: AppConfig): Promise<void> {
  const { host, port } = config.redis;
  const redis = new Redis({
    ...redisConnectionOptions(config),
    lazyConnect: true,
    connectTimeout: CONNECT_TIMEOUT_MS,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  // connect() only says "Connection is closed"; the cause (ECONNREFUSED…) comes as an 'error' event.
  let cause: { code?: string; message?: string } | undefined;
  redis.on('error', (error: Error) => (cause ??= error));
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    const { code, message } = cause ?? (error as { code?: string; message?: string });
    throw new StartupError(`Cannot reach Redis at ${host}:${port} (${code ?? message}); ${START_REDIS}`);
  } finally {
    redis.disconnect();
  }
}
