import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleInit,
} from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Worker } from 'bullmq';
import { AppConfig } from '../../config/app-config';
import { JobName, JOB_NAMES, JOBS, QueueName } from '../job-registry';
import { redisConnectionOptions } from '../redis-connection';
import { ThrottledErrorLog } from '../throttled-error-log';
import { QueueProcessor, queueWorkerOptions } from './queue-processor';

export interface ProcessorSummary {
  queue: QueueName | undefined;
  jobs: JobName[];
}

/** The registered jobs that no processor of their queue handles. */
export function jobsWithoutProcessor(jobNames: JobName[], processors: ProcessorSummary[]): JobName[] {
  return jobNames.filter(
    (name) =>
      !processors.some((processor) => processor.queue === JOBS[name].queue && processor.jobs.includes(name)),
  );
}

/**
 * Runs one BullMQ worker per QueueProcessor provider. Refuses to start when a registered job has no
 * processor. Workers get a connection of their own that waits for Redis to come back (the producers'
 * connection fails fast instead), and on shutdown they finish their current jobs before closing.
 */
@Injectable()
export class QueueWorkers implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(QueueWorkers.name);
  private processors: QueueProcessor<QueueName>[] = [];
  private readonly workers: Worker[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.processors = this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance as unknown)
      .filter((instance): instance is QueueProcessor<QueueName> => instance instanceof QueueProcessor);
    const missing = jobsWithoutProcessor(
      JOB_NAMES,
      this.processors.map((processor) => ({
        queue: queueWorkerOptions(processor)?.queue,
        jobs: processor.handledJobs(),
      })),
    );
    if (missing.length > 0) {
      const list = missing.map((name) => `"${name}" (queue "${JOBS[name].queue}")`).join(', ');
      throw new Error(`Registered jobs without a processor: ${list}`);
    }
  }

  onApplicationBootstrap(): void {
    for (const processor of this.processors) {
      const { queue, concurrency } = queueWorkerOptions(processor)!;
      const worker = new Worker(queue, (job) => processor.process(job), {
        connection: redisConnectionOptions(this.config),
        prefix: this.config.queuePrefix,
        concurrency,
      });
      worker.on('error', new ThrottledErrorLog(this.logger, `Worker ${queue}`).report);
      this.workers.push(worker);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
  }
}
