import { AppConfig } from '../src/config/app-config';
import { AppProcess, freePort } from './support/app-process';
import { dropTestResources, eventually, isolatedConfig } from './support/test-app';

/** What an operator sees when starting the application as a process. */
describe('the application process', () => {
  const started: AppProcess[] = [];
  const start = (entry: 'main' | 'worker', env: Record<string, string>) => {
    const app = AppProcess.start(entry, env);
    started.push(app);
    return app;
  };

  afterEach(async () => {
    for (const app of started.splice(0)) {
      app.stop('SIGKILL');
      await app.exited;
    }
  });

  const expectOneLineFailure = async (app: AppProcess, pattern: RegExp) => {
    expect((await app.exited).code).toBe(1);
    const lines = app.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(pattern);
  };

  it('stops with one line naming MariaDB’s address and how to start it when it cannot be reached', async () => {
    const app = start('main', { DATABASE_URL: 'mysql://root@127.0.0.1:1/talent' });
    await expectOneLineFailure(
      app,
      /^Cannot reach MariaDB at 127\.0\.0\.1:1 \(ECONNREFUSED\); start it with `start-stop-daemon .*--user=mysql`/,
    );
  });

  it('stops with one line naming Redis’s address and how to start it when it cannot be reached', async () => {
    const app = start('main', { REDIS_URL: 'redis://127.0.0.1:1/0' });
    await expectOneLineFailure(
      app,
      /^Cannot reach Redis at 127\.0\.0\.1:1 \(ECONNREFUSED\); start it with `redis-server /,
    );
  });

  it('stops with one line naming a variable that holds a bad value', async () => {
    const app = start('main', { PORT: 'eighty' });
    await expectOneLineFailure(
      app,
      /^Invalid configuration: PORT must be a whole number from 1 to 65535 \(got "eighty"\)$/,
    );
  });

  describe('on an empty server', () => {
    let config: AppConfig;
    let port: number;
    let env: Record<string, string>;

    beforeAll(async () => {
      port = await freePort();
      config = isolatedConfig();
      env = {
        PORT: String(port),
        DATABASE_URL: `mysql://root@${config.database.host}:${config.database.port}/${config.database.name}`,
        QUEUE_PREFIX: config.queuePrefix,
        ADMIN_EMAIL: 'quantri@tinhdoan.quangninh.vn',
        ADMIN_PASSWORD: '',
      };
    });

    afterAll(() => dropTestResources(config));

    const health = async () => {
      try {
        return (await fetch(`http://127.0.0.1:${port}/health/ready`)).status;
      } catch {
        return undefined;
      }
    };

    it('creates the database, prints a generated administrator password once, serves HTTP and stops on SIGTERM', async () => {
      const first = start('main', env);
      await eventually(async () => (await health()) === 200, 20000);
      expect(first.stdout).toMatch(/Administrator account created: quantri@tinhdoan\.quangninh\.vn/);
      expect(first.stdout).toMatch(
        /Password \(shown only this once; change it after signing in\): [\w-]{24}\n/,
      );
      first.stop('SIGTERM');
      expect(await first.exited).toEqual({ code: null, signal: 'SIGTERM' });

      const second = start('main', env);
      await eventually(async () => (await health()) === 200, 20000);
      expect(second.stdout).not.toMatch(/Administrator account created|Password/);
      second.stop('SIGTERM');
      await second.exited;
    });

    it('runs workers without HTTP as a worker process', async () => {
      const worker = start('worker', { ...env, LOG_LEVEL: 'info' });
      await eventually(() => Promise.resolve(worker.stdout.includes('Workers started (role worker)')), 20000);
      expect(await health()).toBeUndefined();
      worker.stop('SIGTERM');
      expect((await worker.exited).signal).toBe('SIGTERM');
    });
  });
});
