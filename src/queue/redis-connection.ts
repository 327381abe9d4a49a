import { AppConfig } from '../config/app-config';

export interface RedisConnectionOptions {
  host: string;
  port: number;
  db: number;
  username?: string;
  password?: string;
  tls?: object;
}

/** Connection options for the configured Redis, accepted by both ioredis and BullMQ. */
export function redisConnectionOptions(config: AppConfig): RedisConnectionOptions {
  const { host, port, db, username, password, tls } = config.redis;
  return { host, port, db, username, password, ...(tls ? { tls: {} } : {}) };
}
