import { MigrationInterface, QueryRunner } from 'typeorm';

/** Organisations: the tree of Youth Union, Youth Federation, Young Pioneers, palace and school units. */
export class CreateOrganisations1795737038536 implements MigrationInterface {
  name = 'CreateOrganisations1795737038536';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`organisations\` (\`id\` int NOT NULL AUTO_INCREMENT, \`parent_id\` int NULL, \`name\` varchar(200) NOT NULL, \`kind\` varchar(30) NOT NULL, \`level\` varchar(20) NOT NULL, \`locality_id\` int NOT NULL, \`valid_from\` date NULL, \`valid_to\` date NULL, \`version\` int NOT NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updated_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX \`IDX_4a3dcb66f1630f551b81bca1b3\` (\`name\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `ALTER TABLE \`organisations\` ADD CONSTRAINT \`FK_41f1cc89689b55aede50d36d0ce\` FOREIGN KEY (\`parent_id\`) REFERENCES \`organisations\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`organisations\` ADD CONSTRAINT \`FK_f2e1caac49dd554be5e99612061\` FOREIGN KEY (\`locality_id\`) REFERENCES \`localities\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE \`organisations\` DROP FOREIGN KEY \`FK_f2e1caac49dd554be5e99612061\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`organisations\` DROP FOREIGN KEY \`FK_41f1cc89689b55aede50d36d0ce\``,
    );
    await queryRunner.query(`DROP INDEX \`IDX_4a3dcb66f1630f551b81bca1b3\` ON \`organisations\``);
    await queryRunner.query(`DROP TABLE \`organisations\``);
  }
}
