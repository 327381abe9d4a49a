import { MigrationInterface, QueryRunner } from 'typeorm';

/** Users and the roles granted to them at organisations. */
export class CreateUsers1795737038537 implements MigrationInterface {
  name = 'CreateUsers1795737038537';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`users\` (\`id\` int NOT NULL AUTO_INCREMENT, \`email\` varchar(254) NOT NULL, \`password_hash\` varchar(255) NOT NULL, \`full_name\` varchar(150) NOT NULL, \`active\` tinyint NOT NULL DEFAULT 1, \`version\` int NOT NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updated_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), UNIQUE INDEX \`IDX_97672ac88f789774dd47f7c8be\` (\`email\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`role_assignments\` (\`id\` int NOT NULL AUTO_INCREMENT, \`user_id\` int NOT NULL, \`role\` varchar(20) NOT NULL, \`organisation_id\` int NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), UNIQUE INDEX \`IDX_a24d4d0b3d178112b63b55737e\` (\`user_id\`, \`role\`, \`organisation_id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `ALTER TABLE \`role_assignments\` ADD CONSTRAINT \`FK_d91c8ac0c10fd8c6acdcc5ee946\` FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`role_assignments\` ADD CONSTRAINT \`FK_f8d9c269fa82483a46caad4bfb3\` FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE \`role_assignments\` DROP FOREIGN KEY \`FK_f8d9c269fa82483a46caad4bfb3\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`role_assignments\` DROP FOREIGN KEY \`FK_d91c8ac0c10fd8c6acdcc5ee946\``,
    );
    await queryRunner.query(`DROP INDEX \`IDX_a24d4d0b3d178112b63b55737e\` ON \`role_assignments\``);
    await queryRunner.query(`DROP TABLE \`role_assignments\``);
    await queryRunner.query(`DROP INDEX \`IDX_97672ac88f789774dd47f7c8be\` ON \`users\``);
    await queryRunner.query(`DROP TABLE \`users\``);
  }
}
