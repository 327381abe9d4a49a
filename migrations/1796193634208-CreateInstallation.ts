import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The database's identity, drawn once at random when the migrations first run: it names the database's
 * jobs in Redis (outbox-<installation>-<id>), so another database on the same queue prefix cannot collide.
 */
export class CreateInstallation1796193634208 implements MigrationInterface {
  name = 'CreateInstallation1796193634208';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`installation\` (\`id\` tinyint UNSIGNED NOT NULL, \`run_id\` char(16) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `INSERT INTO \`installation\` (id, run_id) VALUES (1, LOWER(HEX(RANDOM_BYTES(8))))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`installation\``);
  }
}
