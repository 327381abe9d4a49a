import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface StoredAnswer {
  requestHash: string;
  status: number | null;
  body: unknown;
}

/** The stored keys and answers; every statement names the user and the key (the primary key). */
@Injectable()
export class IdempotencyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Takes the key for this request: true when it was free. A concurrent holder of the same key makes this
   * wait on the primary key until it commits (then false) or rolls back (then true). INSERT IGNORE rather
   * than catching ER_DUP_ENTRY, so an expected duplicate is not logged as a failed query.
   */
  async claim(manager: EntityManager, userId: number, key: string, requestHash: string): Promise<boolean> {
    const result = await manager.query<{ affectedRows: number }>(
      'INSERT IGNORE INTO idempotency_keys (user_id, `key`, request_hash) VALUES (?, ?, ?)',
      [userId, key, requestHash],
    );
    return result.affectedRows === 1;
  }

  /**
   * The answer stored under the key, read with a locking read: it sees the latest committed row whatever
   * snapshot the transaction holds (REPEATABLE READ), and shares the lock with other readers of the key.
   */
  stored(manager: EntityManager, userId: number, key: string): Promise<StoredAnswer | undefined> {
    return this.read(manager, userId, key, ' LOCK IN SHARE MODE');
  }

  /** The answer stored under the key, as committed: a plain read, outside any transaction. */
  peek(userId: number, key: string): Promise<StoredAnswer | undefined> {
    return this.read(this.dataSource.manager, userId, key, '');
  }

  private async read(
    manager: EntityManager,
    userId: number,
    key: string,
    lock: '' | ' LOCK IN SHARE MODE',
  ): Promise<StoredAnswer | undefined> {
    const [row] = await manager.query<
      { request_hash: string; response_status: number | null; response_body: unknown }[]
    >(
      `SELECT request_hash, response_status, response_body FROM idempotency_keys WHERE user_id = ? AND \`key\` = ?${lock}`,
      [userId, key],
    );
    if (!row) return undefined;
    const body =
      typeof row.response_body === 'string' ? (JSON.parse(row.response_body) as unknown) : row.response_body;
    return { requestHash: row.request_hash, status: row.response_status, body };
  }

  async saveAnswer(
    manager: EntityManager,
    userId: number,
    key: string,
    status: number,
    body: unknown,
  ): Promise<void> {
    await manager.query(
      'UPDATE idempotency_keys SET response_status = ?, response_body = ? WHERE user_id = ? AND `key` = ?',
      [status, JSON.stringify(body), userId, key],
    );
  }

  /** Deletes keys older than `hours`, a bounded batch at a time (outside any request's transaction). */
  async purgeOlderThan(hours: number, batch: number): Promise<number> {
    const result = await this.dataSource.query<{ affectedRows: number }>(
      'DELETE FROM idempotency_keys WHERE created_at < NOW(3) - INTERVAL ? HOUR LIMIT ?',
      [hours, batch],
    );
    return result.affectedRows;
  }
}
