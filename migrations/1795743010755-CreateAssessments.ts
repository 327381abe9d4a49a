import { MigrationInterface, QueryRunner } from 'typeorm';

/** Assessment rubrics (criteria on scales) and coaches' dated assessments against them. */
export class CreateAssessments1795743010755 implements MigrationInterface {
  name = 'CreateAssessments1795743010755';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`assessment_rubrics\` (\`id\` int NOT NULL AUTO_INCREMENT, \`discipline_id\` int NOT NULL, \`name\` varchar(150) NOT NULL, \`active\` tinyint NOT NULL DEFAULT 1, \`version\` int NOT NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updated_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX \`IDX_7cd3fb5b9f82d2fd093094b5d3\` (\`discipline_id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`assessment_criteria\` (\`id\` int NOT NULL AUTO_INCREMENT, \`rubric_id\` int NOT NULL, \`code\` varchar(40) NOT NULL, \`name\` varchar(150) NOT NULL, \`min\` decimal(6,2) NOT NULL, \`max\` decimal(6,2) NOT NULL, \`step\` decimal(6,2) NOT NULL, \`position\` smallint NOT NULL, UNIQUE INDEX \`IDX_97b8d69a87f74ad14ab36700e1\` (\`rubric_id\`, \`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`assessment_scores\` (\`assessment_id\` int NOT NULL, \`criterion_id\` int NOT NULL, \`value\` decimal(6,2) NOT NULL, PRIMARY KEY (\`assessment_id\`, \`criterion_id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`assessments\` (\`id\` int NOT NULL AUTO_INCREMENT, \`participant_id\` int NOT NULL, \`club_id\` int NOT NULL, \`rubric_id\` int NOT NULL, \`assessed_on\` date NOT NULL, \`assessor_id\` int NOT NULL, \`comment\` varchar(1000) NULL, \`version\` int NOT NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updated_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX \`IDX_71aa64a1d970a1f98003cbf2b9\` (\`club_id\`), INDEX \`IDX_7002d9474d961240a3a8b736aa\` (\`participant_id\`, \`assessed_on\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `ALTER TABLE \`assessment_rubrics\` ADD CONSTRAINT \`FK_7cd3fb5b9f82d2fd093094b5d3f\` FOREIGN KEY (\`discipline_id\`) REFERENCES \`disciplines\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`assessment_criteria\` ADD CONSTRAINT \`FK_36884a9aef1302b62e8e025b599\` FOREIGN KEY (\`rubric_id\`) REFERENCES \`assessment_rubrics\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`assessment_scores\` ADD CONSTRAINT \`FK_3960c2c632d88420fed7f03b683\` FOREIGN KEY (\`assessment_id\`) REFERENCES \`assessments\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`assessment_scores\` ADD CONSTRAINT \`FK_376dd2c4f991f7b3b78e503cbcb\` FOREIGN KEY (\`criterion_id\`) REFERENCES \`assessment_criteria\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`assessments\` ADD CONSTRAINT \`FK_58a49a6ee104352896fd0504e44\` FOREIGN KEY (\`participant_id\`) REFERENCES \`participants\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`assessments\` ADD CONSTRAINT \`FK_71aa64a1d970a1f98003cbf2b9a\` FOREIGN KEY (\`club_id\`) REFERENCES \`clubs\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`assessments\` ADD CONSTRAINT \`FK_174a742436d74a5537258e9f044\` FOREIGN KEY (\`rubric_id\`) REFERENCES \`assessment_rubrics\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE \`assessments\` DROP FOREIGN KEY \`FK_174a742436d74a5537258e9f044\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`assessments\` DROP FOREIGN KEY \`FK_71aa64a1d970a1f98003cbf2b9a\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`assessments\` DROP FOREIGN KEY \`FK_58a49a6ee104352896fd0504e44\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`assessment_scores\` DROP FOREIGN KEY \`FK_376dd2c4f991f7b3b78e503cbcb\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`assessment_scores\` DROP FOREIGN KEY \`FK_3960c2c632d88420fed7f03b683\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`assessment_criteria\` DROP FOREIGN KEY \`FK_36884a9aef1302b62e8e025b599\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`assessment_rubrics\` DROP FOREIGN KEY \`FK_7cd3fb5b9f82d2fd093094b5d3f\``,
    );
    await queryRunner.query(`DROP INDEX \`IDX_7002d9474d961240a3a8b736aa\` ON \`assessments\``);
    await queryRunner.query(`DROP INDEX \`IDX_71aa64a1d970a1f98003cbf2b9\` ON \`assessments\``);
    await queryRunner.query(`DROP TABLE \`assessments\``);
    await queryRunner.query(`DROP TABLE \`assessment_scores\``);
    await queryRunner.query(`DROP INDEX \`IDX_97b8d69a87f74ad14ab36700e1\` ON \`assessment_criteria\``);
    await queryRunner.query(`DROP TABLE \`assessment_criteria\``);
    await queryRunner.query(`DROP INDEX \`IDX_7cd3fb5b9f82d2fd093094b5d3\` ON \`assessment_rubrics\``);
    await queryRunner.query(`DROP TABLE \`assessment_rubrics\``);
  }
}
