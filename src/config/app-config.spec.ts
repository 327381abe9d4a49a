import { ConfigError, loadConfig } from './app-config';

/** Only the variables given here, as if the process environment held nothing else. */
const load = (env: Record<string, string>) => loadConfig({}, { NODE_ENV: 'test', ...env });

describe('loadConfig', () => {
  it('takes config/<NODE_ENV>.env as defaults and lets the environment win', () => {
    expect(load({}).queuePrefix).toBe('talent-test');
    expect(load({ QUEUE_PREFIX: 'other' }).queuePrefix).toBe('other');
    expect(
      loadConfig({ QUEUE_PREFIX: 'override' }, { NODE_ENV: 'test', QUEUE_PREFIX: 'env' }).queuePrefix,
    ).toBe('override');
  });

  it('treats a variable set to the empty string as unset, falling back to the built-in default', () => {
    expect(load({}).admin.password).toBe('test-admin-password');
    expect(load({ ADMIN_PASSWORD: '' }).admin.password).toBeUndefined();
  });

  it('uses the documented defaults', () => {
    const config = load({ DATABASE_URL: '', REDIS_URL: '', QUEUE_PREFIX: '' });
    expect(config.port).toBe(3000);
    expect(config.processRole).toBe('all');
    expect(config.database).toEqual({
      host: '127.0.0.1',
      port: 3306,
      user: 'root',
      password: '',
      name: 'talent',
    });
    expect(config.redis).toEqual({
      host: '127.0.0.1',
      port: 6379,
      db: 0,
      username: undefined,
      password: undefined,
      tls: false,
    });
    expect(config.queuePrefix).toBe('talent');
  });

  it('reads credentials, ports and the Redis database from the URLs', () => {
    const config = load({
      DATABASE_URL: 'mysql://talent:p%40ss%3Aword@db.internal:3307/talent_prod',
      REDIS_URL: 'rediss://:secret@cache.internal:6380/2',
    });
    expect(config.database).toEqual({
      host: 'db.internal',
      port: 3307,
      user: 'talent',
      password: 'p@ss:word',
      name: 'talent_prod',
    });
    expect(config.redis).toEqual({
      host: 'cache.internal',
      port: 6380,
      db: 2,
      username: undefined,
      password: 'secret',
      tls: true,
    });
  });

  it('splits CORS_ORIGINS and knows which parts a role runs', () => {
    const config = load({
      CORS_ORIGINS: 'https://a.example.org, https://b.example.org,',
      PROCESS_ROLE: 'api',
    });
    expect(config.corsOrigins).toEqual(['https://a.example.org', 'https://b.example.org']);
    expect([config.runsHttp, config.runsWorkers]).toEqual([true, false]);
    const worker = load({ PROCESS_ROLE: 'worker' });
    expect([worker.runsHttp, worker.runsWorkers]).toEqual([false, true]);
  });

  it('names each bad variable once, with the value given', () => {
    expect(() => load({ PORT: '70000', PROCESS_ROLE: 'both' })).toThrow(
      new ConfigError(
        'Invalid configuration: PORT must be a whole number from 1 to 65535 (got "70000"); PROCESS_ROLE must be one of all, api, worker (got "both")',
      ),
    );
  });

  it('never repeats the value of a variable that may hold a secret', () => {
    expect(() => load({ DATABASE_URL: 'postgres://root:hunter2@db/talent' })).toThrow(
      'Invalid configuration: DATABASE_URL must look like mysql://user:password@host:port/database',
    );
    expect(() => load({ ADMIN_PASSWORD: 'short' })).toThrow(
      /ADMIN_PASSWORD must be at least 8 characters long$/,
    );
  });

  it('requires a real JWT_SECRET in production', () => {
    const production = { NODE_ENV: 'production' };
    expect(() => loadConfig({}, production)).toThrow(/JWT_SECRET must be set/);
    expect(() =>
      loadConfig({}, { ...production, JWT_SECRET: 'development-only-secret-not-for-production-use' }),
    ).toThrow(/JWT_SECRET holds the development secret/);
    expect(loadConfig({}, { ...production, JWT_SECRET: 'a'.repeat(32) }).nodeEnv).toBe('production');
  });
});
