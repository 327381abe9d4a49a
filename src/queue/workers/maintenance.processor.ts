import { OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { QueueName } from '../job-registry';
import { OutboxRepository } from '../outbox/outbox.repository';
import { Queues } from '../queues';
import { JobHandlers, QueueProcessor, QueueWorker } from './queue-processor';

/** Dispatched outbox messages are kept this long for tracing, then deleted. */
export const OUTBOX_RETENTION_DAYS = 7;
const PURGE_EVERY_MS = 6 * 3600 * 1000;

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

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxRepository,
    private readonly queues: Queues,
  ) {
    super();
  }

  /** One schedule for the whole cluster: upserting it from every worker process is harmless. */
  async onApplicationBootstrap(): Promise<void> {
    await this.queues
      .get(QueueName.Maintenance)
      .upsertJobScheduler(
        'maintenance.purge-outbox',
        { every: PURGE_EVERY_MS },
        { name: 'maintenance.purge-outbox', data: {} },
      );
  }
}
