import { Logger } from '@nestjs/common';

const INTERVAL_MS = 60_000;

/**
 * A client that cannot reach Redis reports an error at every reconnection attempt; one line a minute says
 * as much. The outage itself is visible on /health/ready and in the outbox relay's log.
 */
export class ThrottledErrorLog {
  private lastLoggedAt = 0;

  constructor(
    private readonly logger: Logger,
    private readonly source: string,
  ) {}

  report = (error: Error): void => {
    const now = Date.now();
    if (now - this.lastLoggedAt < INTERVAL_MS) return;
    this.lastLoggedAt = now;
    this.logger.warn({ err: error, msg: `${this.source}: ${error.message}` });
  };
}
