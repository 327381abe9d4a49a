import { QueryFailedError } from 'typeorm';
import { safeError, safeErrorMessage } from './safe-error';

/** A mysql2 error as the driver raises it: the message and the SQL quote the values. */
function driverError(code: string, errno: number, sqlMessage: string, sql: string): Error {
  return Object.assign(new Error(sqlMessage), { code, errno, sqlState: '23000', sqlMessage, sql });
}

describe('safeError', () => {
  const insert =
    "INSERT INTO `participants`(`full_name`, `date_of_birth`) VALUES ('Phạm Thị Hồng Nhung', '2013-04-05')";
  const values = ['Phạm', 'Nhung', '2013-04-05'];

  it('describes a duplicate key by its codes and the key, never the values', () => {
    const driver = driverError(
      'ER_DUP_ENTRY',
      1062,
      "Duplicate entry '2013-04-05-Phạm Thị Hồng Nhung' for key 'uq_participants_namesake'",
      insert,
    );
    const error = new QueryFailedError(insert, ['Phạm Thị Hồng Nhung', '2013-04-05'], driver);
    const safe = safeError(error);
    expect(safe).toMatchObject({
      type: 'QueryFailedError',
      code: 'ER_DUP_ENTRY',
      errno: 1062,
      sqlState: '23000',
      constraint: 'uq_participants_namesake',
      table: 'participants',
    });
    expect(safe.message).toBeUndefined();
    const text = JSON.stringify(safe) + safeErrorMessage(error);
    for (const value of values) expect(text).not.toContain(value);
  });

  it('names the table and constraint of a foreign key, and the column of a bad value', () => {
    const foreign = driverError(
      'ER_NO_REFERENCED_ROW_2',
      1452,
      'Cannot add or update a child row: a foreign key constraint fails (`talent`.`participant_disciplines`, CONSTRAINT `FK_1` FOREIGN KEY (`discipline_id`) REFERENCES `disciplines` (`id`))',
      'INSERT INTO `participant_disciplines` VALUES (1, 99)',
    );
    expect(safeError(foreign)).toMatchObject({ table: 'participant_disciplines', constraint: 'FK_1' });
    const value = driverError(
      'ER_TRUNCATED_WRONG_VALUE',
      1292,
      "Incorrect date value: '2013-04-05x' for column `talent`.`participants`.`date_of_birth` at row 1",
      insert,
    );
    const safe = safeError(value);
    expect(safe).toMatchObject({ table: 'participants', column: 'date_of_birth' });
    expect(JSON.stringify(safe)).not.toContain('2013-04-05');
  });

  it('keeps the stack frames of a database error but not its first line', () => {
    const error = driverError('ER_LOCK_WAIT_TIMEOUT', 1205, 'Lock wait timeout exceeded', insert);
    const { stack } = safeError(error);
    expect(stack?.split('\n')[0]).toBe('Error');
    expect(stack).toMatch(/\n\s+at /);
  });

  it('keeps the message of any other error, and describes what it wraps safely', () => {
    const wrapped = new Error('Import abandoned', {
      cause: driverError('ER_DUP_ENTRY', 1062, "Duplicate entry 'Nhung' for key 'x'", insert),
    });
    const safe = safeError(wrapped);
    expect(safe.message).toBe('Import abandoned');
    expect(safe.cause).toMatchObject({ code: 'ER_DUP_ENTRY', constraint: 'x' });
    expect(JSON.stringify(safe)).not.toContain('Nhung');
  });
});
