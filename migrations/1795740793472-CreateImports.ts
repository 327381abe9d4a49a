import { MigrationInterface, QueryRunner } from 'typeorm';

/** Bulk imports: the uploaded file until its job has run, then what became of each row. */
export class CreateImports1795740793472 implements MigrationInterface {
  name = 'CreateImports1795740793472';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`imports\` (\`id\` int NOT NULL AUTO_INCREMENT, \`kind\` varchar(30) NOT NULL, \`organisation_id\` int NOT NULL, \`file_name\` varchar(255) NOT NULL, \`format\` varchar(10) NOT NULL, \`file_hash\` char(64) NOT NULL, \`content\` mediumblob NULL, \`state\` varchar(20) NOT NULL, \`total_rows\` int NOT NULL DEFAULT '0', \`processed_rows\` int NOT NULL DEFAULT '0', \`imported_rows\` int NOT NULL DEFAULT '0', \`duplicate_rows\` int NOT NULL DEFAULT '0', \`errors\` json NULL, \`created_by_id\` int NOT NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`finished_at\` datetime(3) NULL, \`version\` int NOT NULL, INDEX \`IDX_5f1be717e59578949593facfa3\` (\`created_by_id\`, \`created_at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_5f1be717e59578949593facfa3\` ON \`imports\``);
    await queryRunner.query(`DROP TABLE \`imports\``);
  }
}
