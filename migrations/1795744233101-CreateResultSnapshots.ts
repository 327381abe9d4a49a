import { MigrationInterface, QueryRunner } from 'typeorm';

/** Published results, one frozen snapshot per publication. */
export class CreateResultSnapshots1795744233101 implements MigrationInterface {
  name = 'CreateResultSnapshots1795744233101';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`result_snapshots\` (\`round_id\` int NOT NULL, \`version\` int NOT NULL, \`results\` json NOT NULL, \`reason\` varchar(500) NULL, \`published_by\` int NOT NULL, \`published_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), PRIMARY KEY (\`round_id\`, \`version\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `ALTER TABLE \`result_snapshots\` ADD CONSTRAINT \`FK_74821a18a8e71804c73cf941740\` FOREIGN KEY (\`round_id\`) REFERENCES \`rounds\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`result_snapshots\` ADD CONSTRAINT \`FK_f3646766c3852a1bd99cc11b12d\` FOREIGN KEY (\`published_by\`) REFERENCES \`users\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE \`result_snapshots\` DROP FOREIGN KEY \`FK_f3646766c3852a1bd99cc11b12d\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`result_snapshots\` DROP FOREIGN KEY \`FK_74821a18a8e71804c73cf941740\``,
    );
    await queryRunner.query(`DROP TABLE \`result_snapshots\``);
  }
}
