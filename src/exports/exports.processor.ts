import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { QueueName } from '../queue/job-registry';
import { Queues } from '../queue/queues';
import { JobHandlers, QueueProcessor, QueueWorker } from '../queue/workers/queue-processor';
import { ExportsService } from './exports.service';

const PURGE_EVERY_MS = 3600 * 1000;
const PURGE_SCHEDULE = 'exports.purge-expired';

@QueueWorker(QueueName.Exports)
export class ExportsProcessor extends QueueProcessor<QueueName.Exports> implements OnApplicationBootstrap {
  private readonly log = new Logger(ExportsProcessor.name);

  protected readonly handlers: JobHandlers<QueueName.Exports> = {
    'exports.build': async (job) => {
      try {
        await this.exports.run(job.data.exportId, (percent) => job.updateProgress(percent));
      } catch (error) {
        // After the last attempt the export must not look as if it were still being built.
        if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) {
          await this.exports.markBroken(job.data.exportId, error);
          this.log.error({
            err: error,
            exportId: job.data.exportId,
            msg: 'Export abandoned after its last attempt',
          });
        }
        throw error;
      }
    },
    'exports.purge-expired': async () => ({ expired: await this.exports.purgeExpired() }),
  };

  constructor(
    private readonly exports: ExportsService,
    private readonly queues: Queues,
  ) {
    super();
  }

  /**
   * One schedule for the whole cluster, as maintenance.purge-outbox: upserted by every worker process, and
   * re-created when Redis comes back without it.
   */
  async onApplicationBootstrap(): Promise<void> {
    await this.upsertSchedule();
    this.queues
      .get(QueueName.Exports)
      .getBackend()
      .on('ready', () => {
        this.ensureSchedule().catch((error: unknown) =>
          this.log.warn({ err: error, msg: 'Re-creating the exports schedule failed' }),
        );
      });
  }

  private async ensureSchedule(): Promise<void> {
    if (await this.queues.get(QueueName.Exports).getJobScheduler(PURGE_SCHEDULE)) return;
    await this.upsertSchedule();
  }

  private upsertSchedule(): Promise<unknown> {
    return this.queues
      .get(QueueName.Exports)
      .upsertJobScheduler(PURGE_SCHEDULE, { every: PURGE_EVERY_MS }, { name: PURGE_SCHEDULE, data: {} });
  }
}
