import { Logger } from '@nestjs/common';
import { Logger as TypeOrmLoggerInterface } from 'typeorm';

/**
 * TypeORM's messages through the application logger. Query text may be logged (slow queries, schema
 * changes); parameters never are, since they carry personal data.
 */
export class TypeOrmLogger implements TypeOrmLoggerInterface {
  private readonly logger = new Logger('Database');

  logQuery(): void {}

  logQueryError(error: string | Error, query: string): void {
    this.logger.error({ err: error, query, msg: 'Query failed' });
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
