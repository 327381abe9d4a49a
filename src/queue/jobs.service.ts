import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JobName, JobPayload } from './job-registry';
import { OutboxRepository } from './outbox/outbox.repository';

/** The one way features start jobs. */
@Injectable()
export class JobsService {
  constructor(private readonly outbox: OutboxRepository) {}

  /**
   * Records `name` in the outbox within the caller's transaction; the relay enqueues it once the
   * transaction has committed (and never if it rolls back). Returns the outbox id, which becomes the
   * BullMQ job id `outbox-<id>`.
   */
  enqueue<N extends JobName>(manager: EntityManager, name: N, payload: JobPayload<N>): Promise<string> {
    return this.outbox.add(manager, name, payload);
  }
}
