import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each publication's entry ids and prizes as a stored generated column (see ResultSnapshot.entryPrizes), so
 * that the reports count prizes without reading every publication whole. The expression is recorded in
 * typeorm_metadata for the current database, as TypeORM compares generated columns through it.
 */
const EXPRESSION = `CASE WHEN COALESCE(JSON_LENGTH(results, '$.entries'), 0) = 0 THEN JSON_ARRAY(JSON_ARRAY(), JSON_ARRAY())
  WHEN JSON_LENGTH(JSON_EXTRACT(results, '$.entries[*].entryId')) = JSON_LENGTH(results, '$.entries')
   AND JSON_LENGTH(JSON_EXTRACT(results, '$.entries[*].prize')) = JSON_LENGTH(results, '$.entries')
  THEN JSON_ARRAY(JSON_EXTRACT(results, '$.entries[*].entryId'), JSON_EXTRACT(results, '$.entries[*].prize')) END`;

/** TypeORM's own table, which it creates by itself only while some entity has a generated column. */
const METADATA_TABLE = `CREATE TABLE IF NOT EXISTS \`typeorm_metadata\` (\`type\` varchar(255) NOT NULL,
  \`database\` varchar(255) NULL, \`schema\` varchar(255) NULL, \`table\` varchar(255) NULL,
  \`name\` varchar(255) NULL, \`value\` text NULL)`;

export class ResultSnapshotEntryPrizes1796286173821 implements MigrationInterface {
  name = 'ResultSnapshotEntryPrizes1796286173821';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Since 1796310360251 no entity has a generated column, so a new database lacks the table.
    await queryRunner.query(METADATA_TABLE);
    await queryRunner.query(
      `ALTER TABLE \`result_snapshots\` ADD \`entry_prizes\` json AS (${EXPRESSION}) STORED`,
    );
    await queryRunner.query(
      `INSERT INTO \`typeorm_metadata\`(\`database\`, \`schema\`, \`table\`, \`type\`, \`name\`, \`value\`) VALUES (DEFAULT, DATABASE(), ?, ?, ?, ?)`,
      ['result_snapshots', 'GENERATED_COLUMN', 'entry_prizes', EXPRESSION],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM \`typeorm_metadata\` WHERE \`type\` = ? AND \`name\` = ? AND \`schema\` = DATABASE() AND \`table\` = ?`,
      ['GENERATED_COLUMN', 'entry_prizes', 'result_snapshots'],
    );
    await queryRunner.query(`ALTER TABLE \`result_snapshots\` DROP COLUMN \`entry_prizes\``);
  }
}
