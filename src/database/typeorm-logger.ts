import { Logger } from '@nestjs/common';
import { Logger as TypeOrmLoggerInterface } from 'typeorm';

/**
 * TypeORM's messages through the application logger. A failed query is logged by its error codes and the
 * names of its table and constraint (the `err` serialiser), never its text or bound values, which carry
 * personal data; a slow query by its text with placeholders, never its parameters.
 */
export class TypeOrmLogger implements TypeOrmLoggerInterface {
  private readonly logger = new Logger('Database');

  logQuery(): void {}

  logQueryError(error: string | Error): void {
    // A string error is TypeORM's own wording of the failure, which may embed the statement: not logged.
    // Callers decide what a failure means (a duplicate key is often an expected 409), so this is detail.
    this.logger.debug({
      err: typeof error === 'string' ? new Error('Query failed') : error,
      msg: 'Query failed',
    });
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ durationMs: time, query, msg: 'Slow query' });
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  /** TypeORM's informational chatter (which files it loaded) is debug detail. */
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(message);
    else this.logger.debug(message);
  }
}
