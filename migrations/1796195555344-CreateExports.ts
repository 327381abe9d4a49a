import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateExports1796195555344 implements MigrationInterface {
  name = 'CreateExports1796195555344';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`exports\` (\`id\` int NOT NULL AUTO_INCREMENT, \`kind\` varchar(30) NOT NULL, \`params\` json NOT NULL, \`requested_by_id\` int NOT NULL, \`requester_roles\` json NOT NULL, \`state\` varchar(20) NOT NULL, \`progress\` tinyint UNSIGNED NOT NULL DEFAULT '0', \`rows\` int NOT NULL DEFAULT '0', \`file_name\` varchar(255) NULL, \`byte_size\` int NOT NULL DEFAULT '0', \`failure\` varchar(100) NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`finished_at\` datetime(3) NULL, \`expires_at\` datetime(3) NOT NULL, \`version\` int NOT NULL, INDEX \`IDX_edf794adca3dffe3ef48d783e3\` (\`expires_at\`), INDEX \`IDX_2d36ff96ac3ca64a9f7a840aed\` (\`requested_by_id\`, \`created_at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`export_chunks\` (\`export_id\` int NOT NULL, \`seq\` int NOT NULL, \`data\` mediumblob NOT NULL, PRIMARY KEY (\`export_id\`, \`seq\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `ALTER TABLE \`export_chunks\` ADD CONSTRAINT \`FK_7978d3436cac66b470cb13468d4\` FOREIGN KEY (\`export_id\`) REFERENCES \`exports\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE \`export_chunks\` DROP FOREIGN KEY \`FK_7978d3436cac66b470cb13468d4\``,
    );
    await queryRunner.query(`DROP TABLE \`export_chunks\``);
    await queryRunner.query(`DROP INDEX \`IDX_2d36ff96ac3ca64a9f7a840aed\` ON \`exports\``);
    await queryRunner.query(`DROP INDEX \`IDX_edf794adca3dffe3ef48d783e3\` ON \`exports\``);
    await queryRunner.query(`DROP TABLE \`exports\``);
  }
}
