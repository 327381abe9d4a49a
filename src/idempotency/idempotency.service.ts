import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { canonicalJson } from '../common/canonical-json';
import { AppError, invalidField } from '../common/errors/app-error';
import { IdempotencyRepository } from './idempotency.repository';

/** The header a client sends to make a write safe to retry. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
/** The header set on an answer replayed from an earlier request with the same key. */
export const REPLAYED_HEADER = 'Idempotent-Replayed';

/** Visible ASCII, spaces allowed inside but not at either end; 1 to 100 characters. */
const KEY_PATTERN = /^[\x21-\x7e](?:[\x20-\x7e]{0,98}[\x21-\x7e])?$/;

/** How long a key is kept (at least): a client retrying later than this sends a new request. */
export const KEY_RETENTION_HOURS = 24;
const PURGE_INTERVAL_MS = 10 * 60 * 1000;
const PURGE_BATCH = 5000;

/** One write request as far as idempotency is concerned: who sent it, under which key, and what it asked. */
export interface IdempotentRequest {
  userId: number;
  key: string;
  /** SHA-256 of the method, route, route parameters and body: the same key must carry the same request. */
  requestHash: string;
}

export interface Answer<T> {
  status: number;
  body: T;
  /** True when the answer is the stored one of an earlier request; nothing was applied this time. */
  replayed: boolean;
}

/**
 * Makes a write request safe to retry over a bad connection: the first request with a key applies and its
 * answer is stored in the same transaction; the same request again with the same key gets that answer back
 * (applying nothing); the key with another request is refused (422). The caller's transaction claims the key
 * before anything else, so a concurrent duplicate waits on the key's row until the first commits, then
 * replays. A request that fails rolls its key back with everything else: only successes are remembered, and
 * a corrected retry with the same key goes through.
 */
@Injectable()
export class IdempotencyService {
  private readonly logger = new Logger(IdempotencyService.name);
  private lastPurge = 0;

  constructor(private readonly keys: IdempotencyRepository) {}

  /** The request's key from its header, or undefined when none was sent; 400 naming the header if malformed. */
  keyFrom(header: string | string[] | undefined): string | undefined {
    if (header === undefined) return undefined;
    if (typeof header !== 'string' || !KEY_PATTERN.test(header)) {
      throw invalidField(IDEMPOTENCY_HEADER, {
        vi: 'phải gồm 1 đến 100 ký tự ASCII in được (ví dụ một UUID), không có khoảng trắng ở hai đầu',
        en: 'must be 1 to 100 printable ASCII characters (a UUID, say), without spaces at either end',
      });
    }
    return header;
  }

  /** The request as a hash of what it asks; `route` is its template ('PUT /rounds/:id/scores'). */
  request(userId: number, key: string, route: string, params: object, body: unknown): IdempotentRequest {
    const requestHash = createHash('sha256').update(canonicalJson({ route, params, body })).digest('hex');
    return { userId, key, requestHash };
  }

  /**
   * Claims the key in the caller's transaction (call it first): undefined when the request is new and must
   * be applied, or the stored answer to replay. 422 when the key was used for another request.
   */
  async claim<T>(manager: EntityManager, request: IdempotentRequest): Promise<Answer<T> | undefined> {
    // Twice at most: a purge may delete an expired row between the failed insert and the read.
    for (let attempt = 0; attempt < 2; attempt++) {
      if (await this.keys.claim(manager, request.userId, request.key, request.requestHash)) return undefined;
      const stored = await this.keys.stored(manager, request.userId, request.key);
      if (!stored) continue;
      if (stored.requestHash !== request.requestHash) throw new AppError('idempotency_key_reused');
      if (stored.status === null) {
        // The key and its answer are written in one transaction, so a committed key always has one.
        throw new Error(`Idempotency key of user ${request.userId} has no stored answer`);
      }
      return { status: stored.status, body: stored.body as T, replayed: true };
    }
    throw new AppError('conflict');
  }

  /**
   * The answer to replay when the request was already answered (a committed key), before any transaction is
   * opened; 422 when the key was used for another request. Undefined otherwise: the request must still claim
   * its key, which also catches a duplicate that commits in the meantime.
   */
  async answered<T>(request: IdempotentRequest): Promise<Answer<T> | undefined> {
    const stored = await this.keys.peek(request.userId, request.key);
    if (!stored || stored.status === null) return undefined;
    if (stored.requestHash !== request.requestHash) throw new AppError('idempotency_key_reused');
    return { status: stored.status, body: stored.body as T, replayed: true };
  }

  /** Stores the answer under the claimed key, in the same transaction as the write it answers. */
  async complete<T>(
    manager: EntityManager,
    request: IdempotentRequest,
    status: number,
    body: T,
  ): Promise<Answer<T>> {
    await this.keys.saveAnswer(manager, request.userId, request.key, status, body);
    return { status, body, replayed: false };
  }

  /**
   * Deletes keys older than the retention, at most every ten minutes per process, after a request's own
   * transaction has committed. Housekeeping: a failure is logged and the request's answer stands.
   */
  async purgeIfDue(now = Date.now()): Promise<void> {
    if (now - this.lastPurge < PURGE_INTERVAL_MS) return;
    this.lastPurge = now;
    try {
      await this.keys.purgeOlderThan(KEY_RETENTION_HOURS, PURGE_BATCH);
    } catch (error) {
      this.logger.warn({ err: error, msg: 'Purging old idempotency keys failed' });
    }
  }
}
