import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { JobName, JobPayload, outboxJobId } from './job-registry';
import { OutboxRepository } from './outbox/outbox.repository';

/** The one way features start jobs. */
@Injectable()
export class JobsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxRepository,
  ) {}

  /**
   * Records `name` in the outbox within the caller's transaction; the relay enqueues it once the
   * transaction has committed (and never if it rolls back). Returns the outbox id, which becomes part of
   * the BullMQ job id (see jobId).
   */
  enqueue<N extends JobName>(manager: EntityManager, name: N, payload: JobPayload<N>): Promise<string> {
    return this.outbox.add(manager, name, payload);
  }

  /** The BullMQ job id the relay gives the outbox message `outboxId`: `outbox-<installation>-<id>`. */
  async jobId(outboxId: string): Promise<string> {
    return outboxJobId(await this.outbox.installationId(this.dataSource.manager), outboxId);
  }
}
