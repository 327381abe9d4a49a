import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { QueueName } from '../job-registry';
import { OutboxRepository } from '../outbox/outbox.repository';
import { Queues } from '../queues';
import { JobHandlers, QueueProcessor, QueueWorker } from './queue-processor';

/** Dispatched outbox messages are kept this long for tracing, then deleted. */
export const OUTBOX_RETENTION_DAYS = 7;
const PURGE_EVERY_MS = 6 * 3600 * 1000;
export const PURGE_SCHEDULE = 'maintenance.purge-outbox';

/** Housekeeping jobs of the platform itself. */
@QueueWorker(QueueName.Maintenance)
export class MaintenanceProcessor
  extends QueueProcessor<QueueName.Maintenance>
  implements OnApplicationBootstrap
{
  protected readonly handlers: JobHandlers<QueueName.Maintenance> = {
    'maintenance.purge-outbox': async () => ({
      deleted: await this.outbox.purgeDispatched(this.dataSource.manager, OUTBOX_RETENTION_DAYS),
    }),
  };

  private readonly scheduleLogger = new Logger(MaintenanceProcessor.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxRepository,
    private readonly queues: Queues,
  ) {
    super();
  }

  /**
   * One schedule for the whole cluster: upserting it from every worker process is harmless. Redis may come
   * back from an outage empty (no persistence, a new server), taking the schedule with it, so each time
   * the queue's connection is ready again the schedule is re-created if it is missing.
   */
  async onApplicationBootstrap(): Promise<void> {
    const queue = this.queues.get(QueueName.Maintenance);
    await this.upsertSchedule();
    queue.getBackend().on('ready', () => {
      this.ensureSchedule().catch((error: unknown) =>
        this.scheduleLogger.warn({ err: error, msg: 'Re-creating the maintenance schedule failed' }),
      );
    });
  }

  private async ensureSchedule(): Promise<void> {
    const queue = this.queues.get(QueueName.Maintenance);
    if (await queue.getJobScheduler(PURGE_SCHEDULE)) return;
    await this.upsertSchedule();
    this.scheduleLogger.log('Maintenance schedule re-created after Redis came back without it');
  }

  private upsertSchedule(): Promise<unknown> {
    return this.queues
      .get(QueueName.Maintenance)
      .upsertJobScheduler(PURGE_SCHEDULE, { every: PURGE_EVERY_MS }, { name: PURGE_SCHEDULE, data: {} });
  }
}
