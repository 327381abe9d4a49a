import { Logger } from '@nestjs/common';
import { QueueName } from '../queue/job-registry';
import { JobHandlers, QueueProcessor, QueueWorker } from '../queue/workers/queue-processor';
import { MESSAGES } from './messages';
import { ShortlistBuildService } from './shortlist-build.service';
import { ShortlistsRepository } from './shortlists.repository';

@QueueWorker(QueueName.Shortlists)
export class ShortlistsProcessor extends QueueProcessor<QueueName.Shortlists> {
  private readonly log = new Logger(ShortlistsProcessor.name);

  protected readonly handlers: JobHandlers<QueueName.Shortlists> = {
    'shortlists.build': async (job) => {
      try {
        await this.builds.build(job.data.runId, (percent) => job.updateProgress(percent));
      } catch (error) {
        // After the last attempt the run must not look as if it were still building.
        if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) {
          await this.builds.fail(job.data.runId, MESSAGES.buildFailed);
          this.log.error({
            err: error,
            runId: job.data.runId,
            msg: 'Shortlist build abandoned after its last attempt',
          });
        }
        throw error;
      }
    },
    'shortlists.mark-stale': async (job) => {
      await this.shortlists.markStale(job.data.roundId);
    },
  };

  constructor(
    private readonly builds: ShortlistBuildService,
    private readonly shortlists: ShortlistsRepository,
  ) {
    super();
  }
}
