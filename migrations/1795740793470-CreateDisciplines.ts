import { MigrationInterface, QueryRunner } from 'typeorm';

/** Disciplines: the tree of fields and disciplines, with stable codes. */
export class CreateDisciplines1795740793470 implements MigrationInterface {
  name = 'CreateDisciplines1795740793470';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`disciplines\` (\`id\` int NOT NULL AUTO_INCREMENT, \`parent_id\` int NULL, \`code\` varchar(40) NOT NULL, \`name\` varchar(150) NOT NULL, \`kind\` varchar(20) NOT NULL, \`active\` tinyint NOT NULL DEFAULT 1, \`version\` int NOT NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updated_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), UNIQUE INDEX \`IDX_a985c1bbe7fc381e1174b6f884\` (\`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `ALTER TABLE \`disciplines\` ADD CONSTRAINT \`FK_58d5a36373db5c87bdfa86c1444\` FOREIGN KEY (\`parent_id\`) REFERENCES \`disciplines\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE \`disciplines\` DROP FOREIGN KEY \`FK_58d5a36373db5c87bdfa86c1444\``,
    );
    await queryRunner.query(`DROP INDEX \`IDX_a985c1bbe7fc381e1174b6f884\` ON \`disciplines\``);
    await queryRunner.query(`DROP TABLE \`disciplines\``);
  }
}
