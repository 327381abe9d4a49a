import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Installation } from '../installation.entity';
import { OutboxMessage } from './outbox-message.entity';

/** Longest wait between two hand-over attempts of one message, in seconds. */
const MAX_BACKOFF_SECONDS = 60;

/** The outbox table's queries. Every method works in the caller's transaction. */
@Injectable()
export class OutboxRepository {
  async add(manager: EntityManager, jobName: string, payload: object): Promise<string> {
    const result = await manager.insert(OutboxMessage, { jobName, payload });
    return String(result.identifiers[0].id);
  }

  /** The database's installation id, which prefixes its job ids (written once by the migrations). */
  async installationId(manager: EntityManager): Promise<string> {
    return (await manager.findOneByOrFail(Installation, { id: 1 })).runId;
  }

  /** Due messages in insertion order, locked; rows another relay holds are skipped, not waited for. */
  lockDue(manager: EntityManager, limit: number): Promise<OutboxMessage[]> {
    return manager
      .createQueryBuilder(OutboxMessage, 'message')
      .where('message.dispatchedAt IS NULL')
      .andWhere('message.availableAt <= CURRENT_TIMESTAMP(3)')
      .orderBy('message.id')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  async markDispatched(manager: EntityManager, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await manager.update(OutboxMessage, { id: In(ids) }, { dispatchedAt: () => 'CURRENT_TIMESTAMP(3)' });
  }

  /** Records a failed hand-over and pushes the next attempt back: 2, 4, 8 … seconds, at most a minute. */
  async markFailed(manager: EntityManager, ids: string[], error: string): Promise<void> {
    if (ids.length === 0) return;
    await manager
      .createQueryBuilder()
      .update(OutboxMessage)
      .set({
        attempts: () => 'attempts + 1',
        lastError: error.slice(0, 500),
        availableAt: () =>
          `CURRENT_TIMESTAMP(3) + INTERVAL LEAST(POW(2, attempts + 1), ${MAX_BACKOFF_SECONDS}) SECOND`,
      })
      .where({ id: In(ids) })
      .execute();
  }

  /** Deletes messages dispatched more than `days` ago, in bounded batches; returns how many went. */
  async purgeDispatched(manager: EntityManager, days: number): Promise<number> {
    let total = 0;
    for (;;) {
      const result: { affectedRows: number } = await manager.query(
        'DELETE FROM outbox WHERE dispatched_at < CURRENT_TIMESTAMP(3) - INTERVAL ? DAY ORDER BY id LIMIT 5000',
        [days],
      );
      total += result.affectedRows;
      if (result.affectedRows < 5000) return total;
    }
  }
}
