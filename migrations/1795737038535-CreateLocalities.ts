import { MigrationInterface, QueryRunner } from 'typeorm';

/** Localities: administrative units with validity periods, and which units replaced which. */
export class CreateLocalities1795737038535 implements MigrationInterface {
  name = 'CreateLocalities1795737038535';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`localities\` (\`id\` int NOT NULL AUTO_INCREMENT, \`parent_id\` int NULL, \`level\` varchar(20) NOT NULL, \`kind\` varchar(20) NOT NULL, \`code\` varchar(10) NOT NULL, \`name\` varchar(100) NOT NULL, \`full_name\` varchar(150) NOT NULL, \`valid_from\` date NULL, \`valid_to\` date NULL, \`version\` int NOT NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updated_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX \`IDX_88c3b7404cf8430b49ce0041c8\` (\`name\`), INDEX \`IDX_3ff0f001566729bf2a32bd5120\` (\`valid_from\`, \`valid_to\`), INDEX \`IDX_93d55285e9ad67accf3f90f27b\` (\`code\`, \`valid_from\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`locality_successions\` (\`predecessor_id\` int NOT NULL, \`successor_id\` int NOT NULL, \`partial\` tinyint NOT NULL DEFAULT 0, PRIMARY KEY (\`predecessor_id\`, \`successor_id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `ALTER TABLE \`localities\` ADD CONSTRAINT \`FK_5338fff937d517f37f18bca1380\` FOREIGN KEY (\`parent_id\`) REFERENCES \`localities\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`locality_successions\` ADD CONSTRAINT \`FK_716fbc8c55dce858e425a8c1cfc\` FOREIGN KEY (\`predecessor_id\`) REFERENCES \`localities\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`locality_successions\` ADD CONSTRAINT \`FK_5d475d8bd5984391d00c5dcda51\` FOREIGN KEY (\`successor_id\`) REFERENCES \`localities\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE \`locality_successions\` DROP FOREIGN KEY \`FK_5d475d8bd5984391d00c5dcda51\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`locality_successions\` DROP FOREIGN KEY \`FK_716fbc8c55dce858e425a8c1cfc\``,
    );
    await queryRunner.query(`ALTER TABLE \`localities\` DROP FOREIGN KEY \`FK_5338fff937d517f37f18bca1380\``);
    await queryRunner.query(`DROP TABLE \`locality_successions\``);
    await queryRunner.query(`DROP INDEX \`IDX_93d55285e9ad67accf3f90f27b\` ON \`localities\``);
    await queryRunner.query(`DROP INDEX \`IDX_3ff0f001566729bf2a32bd5120\` ON \`localities\``);
    await queryRunner.query(`DROP INDEX \`IDX_88c3b7404cf8430b49ce0041c8\` ON \`localities\``);
    await queryRunner.query(`DROP TABLE \`localities\``);
  }
}
