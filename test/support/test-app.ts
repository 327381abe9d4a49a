import { randomBytes } from 'node:crypto';
import { Logger, ModuleMetadata } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import Redis from 'ioredis';
import mysql from 'mysql2/promise';
import { DestinationStream, Logger as Pino } from 'pino';
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
  /** Signs in through the API and returns the access token (the whole pair from `signIn`). */
  login(email: string, password: string): Promise<string>;
  signIn(email: string, password: string): Promise<{ accessToken: string; refreshToken: string }>;
  /** The seeded administrator's access token. */
  adminToken(): Promise<string>;
  close(): Promise<void>;
}

/** The Authorization header for an access token. */
export function bearer(token: string): { Authorization: string } {
  return { Authorization: `Bearer ${token}` };
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

/**
 * Sends every log line through the application's logger at LOG_LEVEL (config/test.env keeps it quiet), to
 * `destination` when given (tests that read the logs).
 */
export function useAppLogger(config: AppConfig, destination?: DestinationStream): Pino {
  const logger = createLogger(config, destination);
  Logger.overrideLogger(new PinoNestLogger(logger));
  return logger;
}

/** Boots the real application, as main.ts does, on a fresh database built by the migrations. */
export async function createTestApp(
  options: {
    env?: Record<string, string | undefined>;
    imports?: ModuleMetadata['imports'];
    logDestination?: DestinationStream;
  } = {},
): Promise<TestApp> {
  const config = isolatedConfig(options.env);
  const logger = useAppLogger(config, options.logDestination);
  await preflight(config);
  await prepareDatabase(config);
  const app = await createHttpApp(config, logger, options.imports);
  await app.getHttpAdapter().getInstance().ready();
  const dataSource = app.get(DataSource);
  const testApp: TestApp = {
    app,
    config,
    dataSource,
    factories: new Factories(dataSource),
    http: () => request(app.getHttpServer()),
    signIn: async (email, password) => {
      const response = await request(app.getHttpServer())
        .post('/api/v1/auth/login')
        .send({ email, password });
      if (response.status !== 200)
        throw new Error(`Sign-in of ${email} answered ${response.status}: ${response.text}`);
      return response.body as { accessToken: string; refreshToken: string };
    },
    login: async (email, password) => (await testApp.signIn(email, password)).accessToken,
    adminToken: () => testApp.login(config.admin.email, config.admin.password!),
    close: async () => {
      await app.close();
      await dropTestResources(config);
    },
  };
  return testApp;
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
