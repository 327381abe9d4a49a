import { randomUUID } from 'node:crypto';
import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { redisConnectionOptions } from '../queue/redis-connection';
import { ThrottledErrorLog } from '../queue/throttled-error-log';

/** A stuck Redis must not hold up a request: past this it is treated as down. */
const COMMAND_TIMEOUT_MS = 250;

/**
 * Counters in Redis that a change increments after its commit, so that every process, on its next read,
 * stops serving what it cached before the change. A process caches under the token `read` gives and
 * recomputes when the token differs.
 *
 * The token starts with an epoch kept beside the counters: a Redis that restarted empty has lost the counters
 * (they would count up from zero again and meet tokens cached before), and a new epoch tells every process so.
 */
@Injectable()
export class Generations implements OnModuleDestroy {
  private readonly logger = new Logger(Generations.name);
  private readonly prefix: string;
  private readonly epochKey: string;
  private readonly redis: Redis;

  constructor(config: AppConfig) {
    this.prefix = `${config.queuePrefix}:generation:`;
    this.epochKey = `${this.prefix}epoch`;
    this.redis = new Redis({
      ...redisConnectionOptions(config),
      // Fail fast while Redis is down instead of queueing commands (docs/stack-notes.md).
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: COMMAND_TIMEOUT_MS,
      lazyConnect: false,
    });
    this.redis.on('error', new ThrottledErrorLog(this.logger, 'Generations').report);
  }

  /**
   * The token of these counters now, in one round trip; null when Redis does not answer (nothing cached may
   * be trusted then) or has just restarted empty.
   */
  async read(names: string[], epochSet = false): Promise<string | null> {
    try {
      const [epoch, ...counts] = await this.redis.mget(
        this.epochKey,
        ...names.map((name) => this.prefix + name),
      );
      if (epoch !== null) return `${epoch}:${counts.map((count) => count ?? '0').join(':')}`;
      if (epochSet) return null;
      // NX: of processes starting an epoch at once, one wins and all read its epoch.
      await this.redis.set(this.epochKey, randomUUID(), 'NX');
      return await this.read(names, true);
    } catch {
      return null;
    }
  }

  /**
   * Called after the commit of a change. The change stands even when Redis is down: what was cached meanwhile
   * expires on its own (each cache's time to live), so the miss is bounded, and it is logged.
   */
  async bump(names: string[]): Promise<void> {
    try {
      const pipeline = this.redis.pipeline();
      for (const name of names) pipeline.incr(this.prefix + name);
      const replies = await pipeline.exec();
      const failure = replies?.find(([error]) => error)?.[0];
      if (failure) throw failure;
    } catch (error) {
      this.logger.warn(`caches not invalidated for ${names.join(', ')} (Redis: ${(error as Error).message})`);
    }
  }

  /** For a short-lived process: waits, at most `ms`, for the connection, so a bump right after start counts. */
  async connected(ms = 2000): Promise<void> {
    if (this.redis.status === 'ready') return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.redis.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
