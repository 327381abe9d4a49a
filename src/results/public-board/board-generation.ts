import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../../config/app-config';
import { redisConnectionOptions } from '../../queue/redis-connection';
import { ThrottledErrorLog } from '../../queue/throttled-error-log';

/** A stuck Redis must not hold up the public board: past this it is served as if Redis were down. */
const COMMAND_TIMEOUT_MS = 250;

/**
 * A counter in Redis that every change to what public boards show about people (names, consents,
 * anonymisation, organisers' names) increments after its commit, so every API process sees the change on
 * its next read and stops serving boards computed before it.
 */
@Injectable()
export class BoardGeneration implements OnModuleDestroy {
  private readonly logger = new Logger(BoardGeneration.name);
  private readonly key: string;
  private readonly redis: Redis;

  constructor(config: AppConfig) {
    this.key = `${config.queuePrefix}:public-board:generation`;
    this.redis = new Redis({
      ...redisConnectionOptions(config),
      // Fail fast while Redis is down instead of queueing commands (docs/stack-notes.md).
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: COMMAND_TIMEOUT_MS,
      lazyConnect: false,
    });
    this.redis.on('error', new ThrottledErrorLog(this.logger, 'Board generation').report);
  }

  /** The current generation, or null when Redis does not answer (the caller must not trust a cache then). */
  async current(): Promise<string | null> {
    try {
      return (await this.redis.get(this.key)) ?? '0';
    } catch {
      return null;
    }
  }

  /**
   * Called after the commit of a change. The change stands even when Redis is down: the boards cached
   * meanwhile expire on their own (PublicBoard's time to live), so the miss is bounded, and it is logged.
   */
  async bump(): Promise<void> {
    try {
      await this.redis.incr(this.key);
    } catch (error) {
      this.logger.warn(`public boards not invalidated (Redis: ${(error as Error).message})`);
    }
  }

  /** For `.then(...)` after a committed transaction: bumps, then passes the transaction's result on. */
  readonly afterCommit = async <T>(result: T): Promise<T> => {
    await this.bump();
    return result;
  };

  async onModuleDestroy(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
