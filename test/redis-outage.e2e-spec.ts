import { IsNull } from 'typeorm';
import { outboxJobId, QueueName } from '../src/queue/job-registry';
import { JobsService } from '../src/queue/jobs.service';
import { OutboxMessage } from '../src/queue/outbox/outbox-message.entity';
import { Queues } from '../src/queue/queues';
import { PrivateRedis } from './support/private-redis';
import { createTestApp, eventually, TestApp } from './support/test-app';

/** Redis goes away while the application runs, then comes back. */
describe('while Redis is down', () => {
  let redis: PrivateRedis;
  let t: TestApp;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    t = await createTestApp({ env: { REDIS_URL: redis.url } });
  });

  afterAll(async () => {
    await redis?.start(); // the workers close cleanly only while Redis answers
    await t?.close();
    await redis?.stop();
  });

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
      const found = await t.app.get(Queues).get(QueueName.Maintenance).getJob(outboxJobId(id));
      return (await found?.isCompleted()) ? found : undefined;
    }, 20000);
    expect(job.returnvalue).toEqual({ deleted: 0 });
  });
});
