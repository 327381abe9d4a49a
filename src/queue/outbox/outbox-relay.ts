import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { isJobName, JOBS, outboxJobId, QueueName } from '../job-registry';
import { Queues } from '../queues';
import { OutboxMessage } from './outbox-message.entity';
import { OutboxRepository } from './outbox.repository';

const BATCH_SIZE = 200;

/**
 * Moves committed outbox messages to BullMQ, in insertion order, with the installation and outbox ids as
 * job id (so a message handed over twice is still one job). While Redis is down the messages stay in the table and are
 * tried again with backoff. Several relays may run at once: each locks its batch and skips the others'.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;
  private failing = false;
  /** Immutable once the migrations ran: read once. */
  private installationId?: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxRepository,
    private readonly queues: Queues,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.scheduleNext(0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Hands over everything due now; returns how many messages were enqueued. */
  async dispatchDue(): Promise<number> {
    let total = 0;
    for (;;) {
      const { enqueued, locked } = await this.dispatchBatch();
      total += enqueued;
      if (locked < BATCH_SIZE || enqueued < locked) return total;
    }
  }

  private scheduleNext(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.dispatchDue()
        .then(
          () => undefined,
          (error: unknown) => this.logger.error({ err: error, msg: 'Outbox relay failed; retrying' }),
        )
        .finally(() => this.scheduleNext(this.config.outboxPollIntervalMs));
    }, delay);
  }

  private dispatchBatch(): Promise<{ enqueued: number; locked: number }> {
    return this.dataSource.transaction(async (manager) => {
      const messages = await this.outbox.lockDue(manager, BATCH_SIZE);
      if (messages.length > 0) this.installationId ??= await this.outbox.installationId(manager);
      const enqueued: string[] = [];
      for (const [queue, group] of groupByQueue(messages)) {
        const ids = group.map((message) => message.id);
        try {
          if (!queue) throw new Error(`Unknown job name "${group[0].jobName}"`);
          await this.queues.get(queue).addBulk(
            group.map((message) => ({
              name: message.jobName,
              data: message.payload,
              opts: { jobId: outboxJobId(this.installationId!, message.id) },
            })),
          );
          enqueued.push(...ids);
        } catch (error) {
          await this.outbox.markFailed(manager, ids, error instanceof Error ? error.message : String(error));
          this.reportFailure(error, ids.length);
        }
      }
      await this.outbox.markDispatched(manager, enqueued);
      if (enqueued.length > 0 && this.failing) {
        this.failing = false;
        this.logger.log('Outbox relay is enqueuing again');
      }
      return { enqueued: enqueued.length, locked: messages.length };
    });
  }

  /** Logs the first failure of a streak, not every retry. */
  private reportFailure(error: unknown, count: number): void {
    if (this.failing) return;
    this.failing = true;
    this.logger.warn({
      err: error,
      msg: `Cannot enqueue ${count} outbox job(s); they stay in the outbox and are retried`,
    });
  }
}

/** Messages grouped by their job's queue; an unknown job name (a removed job) groups under undefined. */
function groupByQueue(messages: OutboxMessage[]): Map<QueueName | undefined, OutboxMessage[]> {
  const groups = new Map<QueueName | undefined, OutboxMessage[]>();
  for (const message of messages) {
    const queue = isJobName(message.jobName) ? JOBS[message.jobName].queue : undefined;
    groups.set(queue, [...(groups.get(queue) ?? []), message]);
  }
  return groups;
}
