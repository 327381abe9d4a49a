import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { CreatedAdministrator, ensureAdministrator } from '../users/administrator';
import { StartupError } from './startup-error';

const LOCK_TIMEOUT_SECONDS = 300;

/**
 * Brings the database to the current schema (migrations, which also seed the reference data) and creates
 * the first administrator when there is no user. Processes starting together take turns through a named
 * lock, so migrations run once. Running it again changes nothing.
 */
export async function prepareDatabase(config: AppConfig): Promise<CreatedAdministrator | undefined> {
  const logger = new Logger('Database');
  const dataSource = await new DataSource(dataSourceOptions(config)).initialize();
  try {
    return await withLock(dataSource, `${config.database.name}.prepare`, async () => {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      if (applied.length > 0)
        logger.log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
      return ensureAdministrator(dataSource, config.admin);
    });
  } finally {
    await dataSource.destroy();
  }
}

/** Runs `work` holding a MariaDB named lock (GET_LOCK), which is released even if `work` fails. */
async function withLock<T>(dataSource: DataSource, name: string, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const [{ acquired }] = (await runner.query('SELECT GET_LOCK(?, ?) AS acquired', [
      name.slice(0, 64),
      LOCK_TIMEOUT_SECONDS,
    ])) as {
      acquired: number | null;
    }[];
    if (Number(acquired) !== 1) {
      throw new StartupError(
        `Another process has held the database preparation lock for ${LOCK_TIMEOUT_SECONDS} s; is a migration stuck?`,
      );
    }
    try {
      return await work();
    } finally {
      await runner.query('SELECT RELEASE_LOCK(?)', [name.slice(0, 64)]);
    }
  } finally {
    await runner.release();
  }
}
