import { ChildProcess, spawn } from 'node:child_process';
import Redis from 'ioredis';
import { freePort } from './app-process';
import { createTestApp, TestApp } from './test-app';

/**
 * A redis-server of the test's own on a free port, which the test can stop and start again to see how the
 * application behaves while Redis is down. (The shared Redis must not be touched: other files use it.)
 */
export class PrivateRedis {
  private process?: ChildProcess;

  private constructor(readonly port: number) {}

  static async start(): Promise<PrivateRedis> {
    const redis = new PrivateRedis(await freePort());
    await redis.start();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}/0`;
  }

  /** Starts the server unless it runs already, and waits until it answers. */
  async start(): Promise<void> {
    if (this.running) return;
    this.process = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--maxmemory-policy',
        'noeviction',
      ],
      { stdio: 'ignore' },
    );
    const client = new Redis({
      port: this.port,
      lazyConnect: true,
      retryStrategy: () => 50,
      maxRetriesPerRequest: null,
    });
    client.on('error', () => undefined);
    await client.connect().catch(() => undefined);
    await client.ping();
    client.disconnect();
  }

  async stop(): Promise<void> {
    const server = this.process;
    if (!server || !this.running) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGKILL');
    await exited;
  }

  private get running(): boolean {
    return this.process !== undefined && this.process.exitCode === null && this.process.signalCode === null;
  }
}

/** An application on a Redis server of its own, for tests that stop Redis and start it again. */
export async function appOnPrivateRedis(): Promise<{ redis: PrivateRedis; t: TestApp }> {
  const redis = await PrivateRedis.start();
  return { redis, t: await createTestApp({ env: { REDIS_URL: redis.url } }) };
}

/** Closes what appOnPrivateRedis made; Redis starts first, since the workers close cleanly only while it answers. */
export async function closeAppOnPrivateRedis(t?: TestApp, redis?: PrivateRedis): Promise<void> {
  await redis?.start();
  await t?.close();
  await redis?.stop();
}
