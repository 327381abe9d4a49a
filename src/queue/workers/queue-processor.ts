import { Injectable, Logger } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { isDatabaseError, safeErrorMessage } from '../../common/logging/safe-error';
import { JobName, JobPayload, JobsOf, QueueName } from '../job-registry';

const WORKER_OPTIONS = Symbol('queue-worker-options');

export interface QueueWorkerOptions {
  queue: QueueName;
  /** Jobs of this queue run at once in one process. */
  concurrency: number;
}

export type JobHandlers<Q extends QueueName> = {
  [N in JobsOf<Q>]: (job: Job<JobPayload<N>>) => Promise<unknown>;
};

/**
 * Marks a QueueProcessor provider as the consumer of `queue` (one processor per queue); QueueWorkers runs
 * a BullMQ worker for it in processes of role `all` or `worker`.
 */
export function QueueWorker(queue: QueueName, options: { concurrency?: number } = {}): ClassDecorator {
  return (target) => {
    Reflect.defineMetadata(WORKER_OPTIONS, { queue, concurrency: options.concurrency ?? 1 }, target);
    Injectable()(target);
  };
}

export function queueWorkerOptions(processor: object): QueueWorkerOptions | undefined {
  return Reflect.getMetadata(WORKER_OPTIONS, processor.constructor) as QueueWorkerOptions | undefined;
}

/**
 * Runs the jobs of one queue by name. The handler map must name every job of the queue (the compiler
 * checks it). Failures are logged with the job's context and rethrown so BullMQ's attempts, backoff and
 * failed list apply. Handlers must be idempotent: delivery is at least once.
 */
export abstract class QueueProcessor<Q extends QueueName> {
  protected abstract readonly handlers: JobHandlers<Q>;
  private readonly logger = new Logger(this.constructor.name);

  handledJobs(): JobName[] {
    return Object.keys(this.handlers) as JobName[];
  }

  async process(job: Job): Promise<unknown> {
    const handler = (this.handlers as Record<string, ((job: Job) => Promise<unknown>) | undefined>)[job.name];
    if (!handler) {
      throw new UnrecoverableError(`No handler for job "${job.name}" in ${this.constructor.name}`);
    }
    try {
      return await handler(job);
    } catch (error) {
      this.logger.error({
        err: error,
        jobId: job.id,
        jobName: job.name,
        attempt: job.attemptsMade + 1,
        msg: 'Job failed',
      });
      // BullMQ keeps the message and stack in Redis as the failed reason: a database error's would quote
      // the query's values, so it is replaced by its codes and names.
      if (isDatabaseError(error)) throw new Error(safeErrorMessage(error), { cause: error });
      throw error;
    }
  }
}
