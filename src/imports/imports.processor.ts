import { Logger } from '@nestjs/common';
import { QueueName } from '../queue/job-registry';
import { JobHandlers, QueueProcessor, QueueWorker } from '../queue/workers/queue-processor';
import { ImportsService } from './imports.service';

@QueueWorker(QueueName.Imports)
export class ImportsProcessor extends QueueProcessor<QueueName.Imports> {
  private readonly log = new Logger(ImportsProcessor.name);

  protected readonly handlers: JobHandlers<QueueName.Imports> = {
    'imports.participants': async (job) => {
      try {
        await this.imports.run(job.data.importId, (percent) => job.updateProgress(percent));
      } catch (error) {
        // After the last attempt the import must not look as if it were still running.
        if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) {
          await this.imports.markBroken(job.data.importId);
          this.log.error({
            err: error,
            importId: job.data.importId,
            msg: 'Import abandoned after its last attempt',
          });
        }
        throw error;
      }
    },
  };

  constructor(private readonly imports: ImportsService) {
    super();
  }
}
