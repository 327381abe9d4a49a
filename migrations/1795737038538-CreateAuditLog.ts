import { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit log: who changed which record, when, before and after. */
export class CreateAuditLog1795737038538 implements MigrationInterface {
  name = 'CreateAuditLog1795737038538';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`audit_log\` (\`id\` bigint NOT NULL AUTO_INCREMENT, \`occurred_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`actor_id\` int NULL, \`action\` varchar(60) NOT NULL, \`entity_type\` varchar(60) NOT NULL, \`entity_id\` varchar(40) NOT NULL, \`before\` json NULL, \`after\` json NULL, \`request_id\` varchar(64) NULL, INDEX \`IDX_9ab67a467c6969ee1cf92f2c34\` (\`occurred_at\`), INDEX \`IDX_e05cfe531cce71f88fbb0e227e\` (\`actor_id\`, \`occurred_at\`), INDEX \`IDX_43fef0ec7f613c19c612fffe62\` (\`entity_type\`, \`entity_id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_43fef0ec7f613c19c612fffe62\` ON \`audit_log\``);
    await queryRunner.query(`DROP INDEX \`IDX_e05cfe531cce71f88fbb0e227e\` ON \`audit_log\``);
    await queryRunner.query(`DROP INDEX \`IDX_9ab67a467c6969ee1cf92f2c34\` ON \`audit_log\``);
    await queryRunner.query(`DROP TABLE \`audit_log\``);
  }
}
