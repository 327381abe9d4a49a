import { Job } from 'bullmq';
import { DataSource, In, IsNull } from 'typeorm';
import { QueueName } from '../src/queue/job-registry';
import { JobsService } from '../src/queue/jobs.service';
import { OutboxRelay } from '../src/queue/outbox/outbox-relay';
import { OutboxMessage } from '../src/queue/outbox/outbox-message.entity';
import { Queues } from '../src/queue/queues';
import { createTestApp, eventually, TestApp } from './support/test-app';

describe('jobs through the outbox', () => {
  let t: TestApp;
  let db: DataSource;
  let jobs: JobsService;
  let queues: Queues;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.dataSource;
    jobs = t.app.get(JobsService);
    queues = t.app.get(Queues);
  });

  afterAll(() => t?.close());

  const message = (id: string) => db.getRepository(OutboxMessage).findOneByOrFail({ id });
  const job = async (outboxId: string) =>
    queues.get(QueueName.Maintenance).getJob(await jobs.jobId(outboxId));

  it('enqueues a job recorded in a committed transaction, with the outbox id as job id, and runs it', async () => {
    const id = await db.transaction((manager) => jobs.enqueue(manager, 'maintenance.purge-outbox', {}));

    const completed = await eventually(async () => {
      const found: Job | undefined = await job(id);
      return found?.finishedOn && !found.failedReason ? found : undefined; // one snapshot, return value included
    });
    expect(completed.name).toBe('maintenance.purge-outbox');
    expect(completed.returnvalue).toEqual({ deleted: expect.any(Number) });
    expect((await message(id)).dispatchedAt).toBeInstanceOf(Date);
  });

  it('never enqueues a job whose transaction rolled back', async () => {
    let id = '';
    await expect(
      db.transaction(async (manager) => {
        id = await jobs.enqueue(manager, 'maintenance.purge-outbox', {});
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');

    await t.app.get(OutboxRelay).dispatchDue();
    expect(await db.getRepository(OutboxMessage).findOneBy({ id })).toBeNull();
    expect(await job(id)).toBeUndefined();
  });

  it('keeps a message it cannot hand over, records why, and backs off', async () => {
    // A job name no longer in the registry (say, removed by a later release) cannot be routed to a queue.
    const { identifiers } = await db
      .getRepository(OutboxMessage)
      .insert({ jobName: 'retired.job', payload: {} });
    const id = String(identifiers[0].id);

    const failed = await eventually(async () => {
      const row = await message(id);
      return row.attempts >= 1 ? row : undefined;
    });
    expect(failed.dispatchedAt).toBeNull();
    expect(failed.lastError).toBe('Unknown job name "retired.job"');
    expect(failed.availableAt.getTime()).toBeGreaterThan(Date.now());
  });

  it('hands each message over once when several relays run at the same time', async () => {
    const ids = await db.transaction(async (manager) => {
      const created: string[] = [];
      for (let i = 0; i < 30; i++) created.push(await jobs.enqueue(manager, 'maintenance.purge-outbox', {}));
      return created;
    });
    const relay = t.app.get(OutboxRelay);
    await Promise.all([relay.dispatchDue(), relay.dispatchDue(), relay.dispatchDue()]);

    await eventually(
      async () =>
        (await db.getRepository(OutboxMessage).countBy({ id: In(ids), dispatchedAt: IsNull() })) === 0,
    );
    const enqueued = await Promise.all(ids.map((id) => job(id)));
    expect(enqueued.filter(Boolean)).toHaveLength(30);
    expect(new Set(enqueued.map((found) => found?.id)).size).toBe(30);
  });

  it('purges messages dispatched more than a week ago, keeping recent and pending ones', async () => {
    const repository = db.getRepository(OutboxMessage);
    const insert = async (dispatchedAt: Date | null) =>
      String(
        (await repository.insert({ jobName: 'retired.job', payload: {}, dispatchedAt })).identifiers[0].id,
      );
    const old = await insert(new Date(Date.now() - 8 * 24 * 3600 * 1000));
    const recent = await insert(new Date(Date.now() - 6 * 24 * 3600 * 1000));
    const pending = await insert(null);

    const id = await db.transaction((manager) => jobs.enqueue(manager, 'maintenance.purge-outbox', {}));
    await eventually(async () => (await job(id))?.isCompleted());

    expect(await repository.findOneBy({ id: old })).toBeNull();
    expect(await repository.findOneBy({ id: recent })).not.toBeNull();
    expect(await repository.findOneBy({ id: pending })).not.toBeNull();
  });
});
