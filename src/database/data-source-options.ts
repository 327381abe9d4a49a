import { join } from 'node:path';
import mysql from 'mysql2';
import { DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { TypeOrmLogger } from './typeorm-logger';

export const DATABASE_CHARSET = 'utf8mb4';
/** Accent-insensitive and đ = d, so "nguyen van duc" finds "Nguyễn Văn Đức" (see docs/stack-notes.md). */
export const DATABASE_COLLATION = 'utf8mb4_unicode_520_ci';

/**
 * The one description of the database used by the application, the migration CLI and the tests. Entities
 * and migrations are found by file name so that the compiled (dist/) and source (ts) trees both work.
 */
export function dataSourceOptions(config: AppConfig): DataSourceOptions {
  const { host, port, user, password, name } = config.database;
  return {
    type: 'mariadb',
    driver: sessionSettings(config),
    host,
    port,
    username: user,
    password,
    database: name,
    charset: DATABASE_COLLATION,
    timezone: 'Z',
    dateStrings: ['DATE'],
    bigNumberStrings: true,
    supportBigNumbers: true,
    poolSize: config.databasePoolSize,
    connectTimeout: 5000,
    namingStrategy: new SnakeNamingStrategy(),
    entities: [join(__dirname, '..', '**', '*.entity.{ts,js}')],
    migrations: [join(__dirname, '..', '..', 'migrations', '*.{ts,js}')],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // Query errors reach the caller, which decides whether they are worth logging; the logger notes them at
    // debug level by their codes only.
    logging: ['error', 'warn', 'migration'],
    logger: new TypeOrmLogger(),
    maxQueryExecutionTime: 1000,
  };
}

/**
 * mysql2 with every pooled connection switched to UTC before its first query, so NOW() and the
 * CURRENT_TIMESTAMP defaults are UTC whatever zone the server runs in, and with the configured lock wait.
 */
function sessionSettings(config: AppConfig) {
  const lockWait = Number(config.databaseLockWaitSeconds);
  return {
    ...mysql,
    createPool(options: mysql.PoolOptions): mysql.Pool {
      const pool = mysql.createPool(options);
      pool.on('connection', (connection) =>
        connection.query(`SET time_zone = '+00:00', innodb_lock_wait_timeout = ${lockWait}`),
      );
      return pool;
    },
  };
}
