import { Injectable } from '@nestjs/common';
import { AccessService } from '../../access/access.service';
import { Actor } from '../../access/actor';
import { AppError } from '../../common/errors/app-error';
import { QueueName } from '../job-registry';
import { Queues } from '../queues';

const STATES = ['waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized'] as const;

export interface QueueSummary {
  name: QueueName;
  counts: Record<(typeof STATES)[number], number>;
}

export interface FailedJob {
  id: string | undefined;
  name: string;
  /** Record ids only (job payloads never hold more). */
  data: unknown;
  attemptsMade: number;
  failedReason: string;
  createdAt: string;
  finishedAt: string | null;
}

/** What administrators see of the queues: counts by state and the failures with their reasons. */
@Injectable()
export class QueueViewService {
  constructor(
    private readonly queues: Queues,
    private readonly access: AccessService,
  ) {}

  async summary(actor: Actor): Promise<{ items: QueueSummary[] }> {
    this.access.requireEverywhere(actor, 'queue.read');
    // Redis down: the problem filter answers 503.
    const items = await Promise.all(
      Object.values(QueueName).map(async (name) => ({
        name,
        counts: (await this.queues.get(name).getJobCounts(...STATES)) as QueueSummary['counts'],
      })),
    );
    return { items };
  }

  async failed(actor: Actor, name: string, page: { offset: number; pageSize: number }) {
    this.access.requireEverywhere(actor, 'queue.read');
    if (!(Object.values(QueueName) as string[]).includes(name)) throw new AppError('not_found');
    const queue = this.queues.get(name as QueueName);
    const [jobs, total] = await Promise.all([
      queue.getFailed(page.offset, page.offset + page.pageSize - 1),
      queue.getFailedCount(),
    ]);
    const items: FailedJob[] = jobs.map((job) => ({
      id: job.id,
      name: job.name,
      data: job.data as unknown,
      attemptsMade: job.attemptsMade,
      failedReason: job.failedReason,
      createdAt: new Date(job.timestamp).toISOString(),
      finishedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
    }));
    return { items, total };
  }
}
