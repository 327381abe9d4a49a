import { MigrationInterface, QueryRunner } from 'typeorm';

export class CategoryPrizeTies1796193958531 implements MigrationInterface {
  name = 'CategoryPrizeTies1796193958531';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE \`categories\` ADD \`ties_use_next_places\` tinyint NOT NULL DEFAULT 0`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`categories\` DROP COLUMN \`ties_use_next_places\``);
  }
}
