import { DataSource, EntityManager } from 'typeorm';

const DEADLOCK_RETRIES = 3;

/**
 * A transaction writing one judge's sheet, at READ COMMITTED. Writers of a sheet take turns on its panel row
 * (JudgingRepository.lockSheet), then read its cells with a locking read. Under REPEATABLE READ that read
 * also locks the gaps of the scores' (round, judge) index up to the next judge's first cell, so judges
 * filling their own sheets at the same moment wait for each other and deadlock on their inserts (seen with
 * 7 judges writing 75 new cells each at once). READ COMMITTED locks the rows read and nothing between them;
 * the sheet's row lock is what keeps two writers of one sheet apart. Like inTransaction, a deadlock victim
 * is run again (the whole transaction was rolled back).
 */
export async function inSheetTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await dataSource.transaction('READ COMMITTED', work);
    } catch (error) {
      const code = (error as { driverError?: { code?: string } }).driverError?.code;
      if (attempt > DEADLOCK_RETRIES || code !== 'ER_LOCK_DEADLOCK') throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 20));
    }
  }
}
