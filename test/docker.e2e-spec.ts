import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import mysql from 'mysql2/promise';
import { AppProcess, freePort } from './support/app-process';
import { dropTestResources, eventually, isolatedConfig } from './support/test-app';

interface ComposeService {
  ports?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
}
const compose = (file: string) =>
  load(readFileSync(join(__dirname, '..', 'docker', file), 'utf8')) as {
    services: Record<string, ComposeService>;
  };

/**
 * No docker engine runs here: the compose files are read as Compose would read them, and the image's entry
 * point (src/container.ts) is started as a process with the compose file's DB_* variables.
 */
describe('docker', () => {
  it('publishes no host port for MariaDB or Redis by default, only through compose.ports.yml on other ports', () => {
    const { services } = compose('compose.yml');
    expect(services.mariadb.ports).toBeUndefined();
    expect(services.redis.ports).toBeUndefined();
    expect(services.app.ports).toEqual(['${APP_PORT:-3000}:3000']);
    const { services: published } = compose('compose.ports.yml');
    expect(published.mariadb.ports).toEqual(['127.0.0.1:${DB_HOST_PORT:-13306}:3306']);
    expect(published.redis.ports).toEqual(['127.0.0.1:${REDIS_HOST_PORT:-16379}:6379']);
  });

  it('passes the database credentials as parts, never pasted into a URL, and checks readiness', () => {
    const { app } = compose('compose.yml').services;
    expect(app.environment).not.toHaveProperty('DATABASE_URL');
    expect(app.environment).toMatchObject({ DB_HOST: 'mariadb', DB_USER: 'talent', DB_NAME: 'talent' });
    expect(app.healthcheck!.test.join(' ')).toContain('http://127.0.0.1:3000/health/ready');
    const dockerfile = readFileSync(join(__dirname, '..', 'docker', 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/HEALTHCHECK[^\n]*\\\n\s+CMD [^\n]*\/health\/ready/);
    expect(dockerfile).toContain('CMD ["node", "dist/src/container.js"]');
  });

  describe('the image’s entry point', () => {
    // A database user whose password would break a URL it was pasted into.
    const password = 'p@ss:w/rd#?1';
    const user = `talent_c_${process.pid}`;
    const config = isolatedConfig();
    let admin: mysql.Connection;
    let app: AppProcess | undefined;

    beforeAll(async () => {
      const { host, port, name } = config.database;
      admin = await mysql.createConnection({
        host,
        port,
        user: config.database.user,
        password: config.database.password,
      });
      await admin.query('CREATE USER ?@? IDENTIFIED BY ?', [user, '%', password]);
      await admin.query(`GRANT ALL ON \`${name}\`.* TO ?@?`, [user, '%']);
    });

    afterAll(async () => {
      app?.stop('SIGKILL');
      await app?.exited;
      await admin.query('DROP USER IF EXISTS ?@?', [user, '%']);
      await admin.end();
      await dropTestResources(config);
    });

    it('builds DATABASE_URL from DB_* with the credentials encoded, and becomes ready', async () => {
      const port = await freePort();
      const { host, port: dbPort, name } = config.database;
      app = AppProcess.start('container', {
        PORT: String(port),
        DATABASE_URL: '',
        DB_HOST: host,
        DB_PORT: String(dbPort),
        DB_USER: user,
        DB_PASSWORD: password,
        DB_NAME: name,
        QUEUE_PREFIX: config.queuePrefix,
        ADMIN_PASSWORD: 'Mật khẩu quản trị đủ dài',
      });
      const status = await eventually(async () => {
        try {
          return (await fetch(`http://127.0.0.1:${port}/health/ready`)).status === 200;
        } catch {
          return false;
        }
      }, 90_000);
      expect(status).toBe(true);
    }, 120_000);
  });
});
