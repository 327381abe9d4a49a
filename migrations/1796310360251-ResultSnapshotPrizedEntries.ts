import { MigrationInterface, QueryRunner } from 'typeorm';

/** The generated column of migration 1796286173821 (restored by down). */
const GENERATED = `CASE WHEN COALESCE(JSON_LENGTH(results, '$.entries'), 0) = 0 THEN JSON_ARRAY(JSON_ARRAY(), JSON_ARRAY())
  WHEN JSON_LENGTH(JSON_EXTRACT(results, '$.entries[*].entryId')) = JSON_LENGTH(results, '$.entries')
   AND JSON_LENGTH(JSON_EXTRACT(results, '$.entries[*].prize')) = JSON_LENGTH(results, '$.entries')
  THEN JSON_ARRAY(JSON_EXTRACT(results, '$.entries[*].entryId'), JSON_EXTRACT(results, '$.entries[*].prize')) END`;

/**
 * A publication's prized entries as [entryId, prize] pairs, a plain column the application writes (see
 * ResultSnapshot.entryPrizes), instead of the column the database generated from the results: MariaDB read
 * the whole results to read it. Filled here from each publication's results.
 */
/** TypeORM's own table, which it creates by itself only while some entity has a generated column. */
const METADATA_TABLE = `CREATE TABLE IF NOT EXISTS \`typeorm_metadata\` (\`type\` varchar(255) NOT NULL,
  \`database\` varchar(255) NULL, \`schema\` varchar(255) NULL, \`table\` varchar(255) NULL,
  \`name\` varchar(255) NULL, \`value\` text NULL)`;

export class ResultSnapshotPrizedEntries1796310360251 implements MigrationInterface {
  name = 'ResultSnapshotPrizedEntries1796310360251';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`result_snapshots\` DROP COLUMN \`entry_prizes\``);
    await queryRunner.query(
      `DELETE FROM \`typeorm_metadata\` WHERE \`type\` = ? AND \`name\` = ? AND \`schema\` = DATABASE() AND \`table\` = ?`,
      ['GENERATED_COLUMN', 'entry_prizes', 'result_snapshots'],
    );
    await queryRunner.query(`ALTER TABLE \`result_snapshots\` ADD \`entry_prizes\` json NULL`);
    await queryRunner.query(
      `UPDATE \`result_snapshots\` rs SET rs.entry_prizes = (
         SELECT COALESCE(JSON_ARRAYAGG(JSON_ARRAY(j.entry_id, j.prize)), JSON_ARRAY())
           FROM JSON_TABLE(rs.results, '$.entries[*]'
                  COLUMNS (entry_id INT PATH '$.entryId', prize VARCHAR(200) PATH '$.prize')) j
          WHERE j.entry_id IS NOT NULL AND j.prize IS NOT NULL)`,
    );
    await queryRunner.query(`ALTER TABLE \`result_snapshots\` MODIFY \`entry_prizes\` json NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`result_snapshots\` DROP COLUMN \`entry_prizes\``);
    await queryRunner.query(
      `ALTER TABLE \`result_snapshots\` ADD \`entry_prizes\` json AS (${GENERATED}) STORED`,
    );
    await queryRunner.query(METADATA_TABLE);
    await queryRunner.query(
      `INSERT INTO \`typeorm_metadata\`(\`database\`, \`schema\`, \`table\`, \`type\`, \`name\`, \`value\`) VALUES (DEFAULT, DATABASE(), ?, ?, ?, ?)`,
      ['result_snapshots', 'GENERATED_COLUMN', 'entry_prizes', GENERATED],
    );
  }
}
