import { MigrationInterface, QueryRunner } from 'typeorm';

/** Rubrics belong to a unit, whose organisers edit them (existing rubrics keep none: admins edit those). */
export class AddRubricOrganisations1796192494552 implements MigrationInterface {
  name = 'AddRubricOrganisations1796192494552';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`assessment_rubrics\` ADD \`organisation_id\` int NULL`);
    await queryRunner.query(
      `CREATE INDEX \`IDX_bad715e9073216600e1ac3f04e\` ON \`assessment_rubrics\` (\`organisation_id\`)`,
    );
    await queryRunner.query(
      `ALTER TABLE \`assessment_rubrics\` ADD CONSTRAINT \`FK_bad715e9073216600e1ac3f04e6\` FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE \`assessment_rubrics\` DROP FOREIGN KEY \`FK_bad715e9073216600e1ac3f04e6\``,
    );
    await queryRunner.query(`DROP INDEX \`IDX_bad715e9073216600e1ac3f04e\` ON \`assessment_rubrics\``);
    await queryRunner.query(`ALTER TABLE \`assessment_rubrics\` DROP COLUMN \`organisation_id\``);
  }
}
