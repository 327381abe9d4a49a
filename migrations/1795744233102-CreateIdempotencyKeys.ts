import { MigrationInterface, QueryRunner } from 'typeorm';

/** Answers to write requests sent with an Idempotency-Key, replayed when the same request comes again. */
export class CreateIdempotencyKeys1795744233102 implements MigrationInterface {
  name = 'CreateIdempotencyKeys1795744233102';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`idempotency_keys\` (\`user_id\` int NOT NULL, \`key\` varchar(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL, \`request_hash\` char(64) NOT NULL, \`response_status\` smallint UNSIGNED NULL, \`response_body\` json NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), INDEX \`IDX_5e72f040fdc5efc8eef52a388c\` (\`created_at\`), PRIMARY KEY (\`user_id\`, \`key\`)) ENGINE=InnoDB`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_5e72f040fdc5efc8eef52a388c\` ON \`idempotency_keys\``);
    await queryRunner.query(`DROP TABLE \`idempotency_keys\``);
  }
}
