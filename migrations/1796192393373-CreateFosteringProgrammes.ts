import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateFosteringProgrammes1796192393373 implements MigrationInterface {
  name = 'CreateFosteringProgrammes1796192393373';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`fostering_programmes\` (\`id\` int NOT NULL AUTO_INCREMENT, \`name\` varchar(200) NOT NULL, \`club_id\` int NOT NULL, \`discipline_id\` int NOT NULL, \`starts_on\` date NOT NULL, \`ends_on\` date NOT NULL, \`capacity\` smallint UNSIGNED NOT NULL, \`enrolled\` smallint UNSIGNED NOT NULL DEFAULT '0', \`created_by_id\` int NOT NULL, \`version\` int NOT NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updated_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX \`IDX_3ed83ce06763fc1ab388130d1f\` (\`club_id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`fostering_enrolments\` (\`programme_id\` int NOT NULL, \`participant_id\` int NOT NULL, \`run_id\` int NOT NULL, \`membership_id\` int NOT NULL, \`enrolled_by_id\` int NOT NULL, \`enrolled_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), PRIMARY KEY (\`programme_id\`, \`participant_id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `ALTER TABLE \`fostering_programmes\` ADD CONSTRAINT \`FK_3ed83ce06763fc1ab388130d1f1\` FOREIGN KEY (\`club_id\`) REFERENCES \`clubs\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`fostering_programmes\` ADD CONSTRAINT \`FK_93c25a6c60aa32f38b45022d5c6\` FOREIGN KEY (\`discipline_id\`) REFERENCES \`disciplines\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`fostering_enrolments\` ADD CONSTRAINT \`FK_0abec7fcd5d3fd5ef25b30c2b72\` FOREIGN KEY (\`programme_id\`) REFERENCES \`fostering_programmes\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`fostering_enrolments\` ADD CONSTRAINT \`FK_a52bff919c7e20fea408de34388\` FOREIGN KEY (\`participant_id\`) REFERENCES \`participants\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE \`fostering_enrolments\` DROP FOREIGN KEY \`FK_a52bff919c7e20fea408de34388\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`fostering_enrolments\` DROP FOREIGN KEY \`FK_0abec7fcd5d3fd5ef25b30c2b72\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`fostering_programmes\` DROP FOREIGN KEY \`FK_93c25a6c60aa32f38b45022d5c6\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`fostering_programmes\` DROP FOREIGN KEY \`FK_3ed83ce06763fc1ab388130d1f1\``,
    );
    await queryRunner.query(`DROP TABLE \`fostering_enrolments\``);
    await queryRunner.query(`DROP INDEX \`IDX_3ed83ce06763fc1ab388130d1f\` ON \`fostering_programmes\``);
    await queryRunner.query(`DROP TABLE \`fostering_programmes\``);
  }
}
