import { randomBytes } from 'node:crypto';
import { Logger, ModuleMetadata } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import Redis from 'ioredis';
import mysql from 'mysql2/promise';
import { Logger as Pino } from 'pino';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createHttpApp } from '../../src/bootstrap/http-app';
import { preflight } from '../../src/bootstrap/preflight';
import { prepareDatabase } from '../../src/bootstrap/prepare-database';
import { createLogger, PinoNestLogger } from '../../src/common/logging/logger';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { redisConnectionOptions } from '../../src/queue/redis-connection';
import { Factories } from './factories';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  dataSource: DataSource;
  factories: Factories;
  /** supertest against the application's HTTP server. */
  http(): ReturnType<typeof request>;
  close(): Promise<void>;
}

/**
 * A configuration of its own for one test file: a database and a queue prefix no other file uses, so
 * files run in parallel and in any order. `env` overrides variables (as real environment variables would).
 */
export function isolatedConfig(env: Record<string, string | undefined> = {}): AppConfig {
  const suffix = `${process.pid}_${randomBytes(4).toString('hex')}`;
  const base = loadConfig();
  const { user, password, host, port } = base.database;
  const credentials = password
    ? `${encodeURIComponent(user)}:${encodeURIComponent(password)}`
    : encodeURIComponent(user);
  return loadConfig({
    DATABASE_URL: `mysql://${credentials}@${host}:${port}/talent_t_${suffix}`,
    QUEUE_PREFIX: `t-${suffix}`,
    ...env,
  });
}

/** Sends every log line through the application's logger at LOG_LEVEL (config/test.env keeps it quiet). */
export function useAppLogger(config: AppConfig): Pino {
  const logger = createLogger(config);
  Logger.overrideLogger(new PinoNestLogger(logger));
  return logger;
}

/** Boots the real application, as main.ts does, on a fresh database built by the migrations. */
export async function createTestApp(
  options: { env?: Record<string, string | undefined>; imports?: ModuleMetadata['imports'] } = {},
): Promise<TestApp> {
  const config = isolatedConfig(options.env);
  const logger = useAppLogger(config);
  await preflight(config);
  await prepareDatabase(config);
  const app = await createHttpApp(config, logger, options.imports);
  await app.getHttpAdapter().getInstance().ready();
  const dataSource = app.get(DataSource);
  return {
    app,
    config,
    dataSource,
    factories: new Factories(dataSource),
    http: () => request(app.getHttpServer()),
    close: async () => {
      await app.close();
      await dropTestResources(config);
    },
  };
}

export interface TestDatabase {
  config: AppConfig;
  db: DataSource;
  close(): Promise<void>;
}

/**
 * A database of the file's own, created (empty) as the first start creates it, without the application:
 * for tests of the schema and of the start-up steps themselves.
 */
export async function createTestDatabase(
  env: Record<string, string | undefined> = {},
): Promise<TestDatabase> {
  const config = isolatedConfig(env);
  useAppLogger(config);
  await preflight(config);
  const db = await new DataSource(dataSourceOptions(config)).initialize();
  return {
    config,
    db,
    close: async () => {
      await db.destroy();
      await dropTestResources(config);
    },
  };
}

/** Drops the file's database and deletes its queue keys. */
export async function dropTestResources(config: AppConfig): Promise<void> {
  const { host, port, user, password, name } = config.database;
  const connection = await mysql.createConnection({ host, port, user, password });
  await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await connection.end();

  const redis = new Redis(redisConnectionOptions(config));
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${config.queuePrefix}:*`, 'COUNT', 1000);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  await redis.quit();
}

/** Polls `probe` until it returns a truthy value or `timeoutMs` passes. */
export async function eventually<T>(probe: () => Promise<T>, timeoutMs = 10000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
