import { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox: jobs recorded in the transaction of the change that calls for them. */
export class CreateOutbox1795737038539 implements MigrationInterface {
  name = 'CreateOutbox1795737038539';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`outbox\` (\`id\` bigint NOT NULL AUTO_INCREMENT, \`job_name\` varchar(100) NOT NULL, \`payload\` json NOT NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`available_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`attempts\` int NOT NULL DEFAULT '0', \`last_error\` varchar(500) NULL, \`dispatched_at\` datetime(3) NULL, INDEX \`IDX_f5c2480b1dc2e0b7daf87bf6aa\` (\`dispatched_at\`, \`available_at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_f5c2480b1dc2e0b7daf87bf6aa\` ON \`outbox\``);
    await queryRunner.query(`DROP TABLE \`outbox\``);
  }
}
