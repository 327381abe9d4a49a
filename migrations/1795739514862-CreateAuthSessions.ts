import { MigrationInterface, QueryRunner } from 'typeorm';

/** Sign-in sessions, their rotating refresh tokens, and the record of login attempts behind throttling. */
export class CreateAuthSessions1795739514862 implements MigrationInterface {
  name = 'CreateAuthSessions1795739514862';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`login_attempts\` (\`id\` bigint NOT NULL AUTO_INCREMENT, \`email\` varchar(254) NOT NULL, \`client_address\` varchar(45) NOT NULL, \`user_id\` int NULL, \`outcome\` varchar(20) NOT NULL, \`attempted_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), INDEX \`IDX_22655e4512b07b9b7af69003a2\` (\`client_address\`, \`attempted_at\`), INDEX \`IDX_c2872575da9b2869ffd49d77e0\` (\`email\`, \`attempted_at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`auth_sessions\` (\`id\` char(36) NOT NULL, \`user_id\` int NOT NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`expires_at\` datetime(3) NOT NULL, \`revoked_at\` datetime(3) NULL, \`revoked_reason\` varchar(40) NULL, \`client_address\` varchar(45) NOT NULL, INDEX \`IDX_e7c8a48e71aab039b28055f4b9\` (\`user_id\`, \`revoked_at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`refresh_tokens\` (\`id\` bigint NOT NULL AUTO_INCREMENT, \`session_id\` char(36) NOT NULL, \`token_hash\` char(64) NOT NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`expires_at\` datetime(3) NOT NULL, \`used_at\` datetime(3) NULL, UNIQUE INDEX \`IDX_a7838d2ba25be1342091b6695f\` (\`token_hash\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `ALTER TABLE \`auth_sessions\` ADD CONSTRAINT \`FK_50ccaa6440288a06f0ba693ccc6\` FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`refresh_tokens\` ADD CONSTRAINT \`FK_3bf308fa93da3966f9e76fcfba4\` FOREIGN KEY (\`session_id\`) REFERENCES \`auth_sessions\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE \`refresh_tokens\` DROP FOREIGN KEY \`FK_3bf308fa93da3966f9e76fcfba4\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`auth_sessions\` DROP FOREIGN KEY \`FK_50ccaa6440288a06f0ba693ccc6\``,
    );
    await queryRunner.query(`DROP INDEX \`IDX_a7838d2ba25be1342091b6695f\` ON \`refresh_tokens\``);
    await queryRunner.query(`DROP TABLE \`refresh_tokens\``);
    await queryRunner.query(`DROP INDEX \`IDX_e7c8a48e71aab039b28055f4b9\` ON \`auth_sessions\``);
    await queryRunner.query(`DROP TABLE \`auth_sessions\``);
    await queryRunner.query(`DROP INDEX \`IDX_c2872575da9b2869ffd49d77e0\` ON \`login_attempts\``);
    await queryRunner.query(`DROP INDEX \`IDX_22655e4512b07b9b7af69003a2\` ON \`login_attempts\``);
    await queryRunner.query(`DROP TABLE \`login_attempts\``);
  }
}
