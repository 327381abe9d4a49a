import { IsNull } from 'typeorm';
import { QueueName } from '../src/queue/job-registry';
import { JobsService } from '../src/queue/jobs.service';
import { OutboxMessage } from '../src/queue/outbox/outbox-message.entity';
import { Queues } from '../src/queue/queues';
import { PURGE_SCHEDULE } from '../src/queue/workers/maintenance.processor';
import { appOnPrivateRedis, closeAppOnPrivateRedis, PrivateRedis } from './support/private-redis';
import { createTestApp, eventually, TestApp } from './support/test-app';

/** Redis goes away while the application runs, then comes back. */
describe('while Redis is down', () => {
  let redis: PrivateRedis;
  let t: TestApp;

  beforeAll(async () => {
    ({ redis, t } = await appOnPrivateRedis());
  });

  afterAll(() => closeAppOnPrivateRedis(t, redis));

  it('reports not ready, keeps recorded jobs, and enqueues and runs them once Redis is back', async () => {
    await t.http().get('/health/ready').expect(200);
    await redis.stop();

    const notReady = await eventually(async () => {
      const response = await t.http().get('/health/ready');
      return response.status === 503 ? response : undefined;
    });
    expect(notReady.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(notReady.body.checks).toMatchObject({ database: { status: 'up' }, redis: { status: 'down' } });

    // A change that calls for a job still commits: the job waits in the outbox.
    const id = await t.dataSource.transaction((manager) =>
      t.app.get(JobsService).enqueue(manager, 'maintenance.purge-outbox', {}),
    );
    const waiting = await eventually(async () => {
      const row = await t.dataSource.getRepository(OutboxMessage).findOneByOrFail({ id });
      return row.attempts >= 1 ? row : undefined;
    });
    expect(waiting.dispatchedAt).toBeNull();
    expect(waiting.lastError).toBeTruthy();

    await redis.start();
    await eventually(async () => (await t.http().get('/health/ready')).status === 200, 15000);
    await eventually(
      async () =>
        (await t.dataSource.getRepository(OutboxMessage).countBy({ id, dispatchedAt: IsNull() })) === 0,
      15000,
    );
    // The worker consumes again after the restart (and the job's data came from the outbox, not memory).
    const job = await eventually(async () => {
      const found = await t.app
        .get(Queues)
        .get(QueueName.Maintenance)
        .getJob(await t.app.get(JobsService).jobId(id));
      return found?.finishedOn && !found.failedReason ? found : undefined; // one snapshot, return value included
    }, 20000);
    expect(job.returnvalue).toEqual({ deleted: 0 });
  });
});

/** Redis comes back from an outage with nothing in it (no persistence, or a new server). */
describe('when Redis comes back empty', () => {
  let redis: PrivateRedis;
  let t: TestApp;

  beforeAll(async () => {
    ({ redis, t } = await appOnPrivateRedis());
  });

  afterAll(() => closeAppOnPrivateRedis(t, redis));

  it('re-creates the outbox-purge schedule without a restart', async () => {
    const queue = t.app.get(Queues).get(QueueName.Maintenance);
    expect(await queue.getJobScheduler(PURGE_SCHEDULE)).toBeDefined();
    await redis.stop(); // the private server keeps nothing on disk: it starts again empty
    await redis.start();
    const schedule = await eventually(
      () => queue.getJobScheduler(PURGE_SCHEDULE).catch(() => undefined),
      15000,
    );
    expect(schedule).toMatchObject({ key: PURGE_SCHEDULE, every: 6 * 3600 * 1000 });
  });
});

/** Two databases share one Redis and one queue prefix (a database recreated, a copy for tests). */
describe('two databases on one queue prefix', () => {
  let redis: PrivateRedis;
  const apps: TestApp[] = [];

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    const prefix = `t-shared-${process.pid}`;
    for (let i = 0; i < 2; i++)
      apps.push(await createTestApp({ env: { REDIS_URL: redis.url, QUEUE_PREFIX: prefix } }));
  });

  afterAll(async () => {
    for (const app of apps) await app.close();
    await redis?.stop();
  });

  it('runs each database job even when their outbox ids are equal', async () => {
    const run = async (t: TestApp) => {
      const id = await t.dataSource.transaction((manager) =>
        t.app.get(JobsService).enqueue(manager, 'maintenance.purge-outbox', {}),
      );
      const jobId = await t.app.get(JobsService).jobId(id);
      const job = await eventually(async () => {
        // Judged on the fetched snapshot itself: a job that completes between a fetch and a separate state
        // query would come back without its return value.
        const found = await t.app.get(Queues).get(QueueName.Maintenance).getJob(jobId);
        return found?.finishedOn && !found.failedReason ? found : undefined;
      }, 15000);
      return { id, jobId, result: job.returnvalue as unknown };
    };
    const first = await run(apps[0]);
    const second = await run(apps[1]);
    expect(second.id).toBe(first.id); // the same outbox id in both databases…
    expect(second.jobId).not.toBe(first.jobId); // …but not the same job
    expect(second.jobId).toMatch(/^outbox-[0-9a-f]{16}-\d+$/);
    expect(second.result).toEqual({ deleted: 0 });
  });
});
