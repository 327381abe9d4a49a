import { MigrationInterface, QueryRunner } from 'typeorm';

/** Panels and declared conflicts, judges' scores, corrections after the lock, deductions and confirmed disagreement flags. */
export class CreateJudging1795744233100 implements MigrationInterface {
  name = 'CreateJudging1795744233100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`deductions\` (\`id\` int NOT NULL AUTO_INCREMENT, \`round_id\` int NOT NULL, \`entry_id\` int NOT NULL, \`kind\` varchar(20) NOT NULL, \`amount\` decimal(12,4) NOT NULL, \`reason\` varchar(500) NOT NULL, \`recorded_by\` int NOT NULL, \`revoked_at\` datetime(3) NULL, \`revoked_by\` int NULL, \`revoke_reason\` varchar(500) NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), INDEX \`IDX_07f98f641103cc9c3f9a4d7bd3\` (\`round_id\`, \`entry_id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`flag_confirmations\` (\`round_id\` int NOT NULL, \`entry_id\` int NOT NULL, \`spread\` varchar(60) NOT NULL, \`note\` varchar(500) NULL, \`confirmed_by\` int NOT NULL, \`confirmed_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), PRIMARY KEY (\`round_id\`, \`entry_id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`panel_conflicts\` (\`round_id\` int NOT NULL, \`user_id\` int NOT NULL, \`participant_id\` int NOT NULL, \`relation\` varchar(200) NOT NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), PRIMARY KEY (\`round_id\`, \`user_id\`, \`participant_id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`panel_members\` (\`round_id\` int NOT NULL, \`user_id\` int NOT NULL, \`role\` varchar(10) NOT NULL, \`absent\` tinyint NOT NULL DEFAULT 0, \`submitted_at\` datetime(3) NULL, \`submitted_by\` int NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), INDEX \`IDX_986bde8ec7546063389d3f4223\` (\`user_id\`), PRIMARY KEY (\`round_id\`, \`user_id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`score_corrections\` (\`id\` int NOT NULL AUTO_INCREMENT, \`round_id\` int NOT NULL, \`entry_id\` int NOT NULL, \`judge_id\` int NOT NULL, \`criterion\` varchar(40) NOT NULL, \`value_before\` decimal(12,4) NULL, \`value_after\` decimal(12,4) NOT NULL, \`reason\` varchar(500) NOT NULL, \`after_publication\` tinyint NOT NULL, \`corrected_by\` int NOT NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), INDEX \`IDX_9b6bcf7ead0ef1ffc7efcf6b06\` (\`round_id\`, \`entry_id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`scores\` (\`round_id\` int NOT NULL, \`entry_id\` int NOT NULL, \`judge_id\` int NOT NULL, \`criterion\` varchar(40) NOT NULL, \`value\` decimal(12,4) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`entered_by\` int NOT NULL, \`updated_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX \`IDX_017c0abc45ea8d5cfe86f30ba7\` (\`round_id\`, \`judge_id\`), PRIMARY KEY (\`round_id\`, \`entry_id\`, \`judge_id\`, \`criterion\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `ALTER TABLE \`deductions\` ADD CONSTRAINT \`FK_2c7a5b1f11e0d76a1e4a2a848b9\` FOREIGN KEY (\`round_id\`) REFERENCES \`rounds\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`deductions\` ADD CONSTRAINT \`FK_fe217bdeebbb74c5666741786be\` FOREIGN KEY (\`entry_id\`) REFERENCES \`entries\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`deductions\` ADD CONSTRAINT \`FK_c2b690e7b2ef43e7644f7e290dd\` FOREIGN KEY (\`recorded_by\`) REFERENCES \`users\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`flag_confirmations\` ADD CONSTRAINT \`FK_40762997c2d8b9935bdf066b146\` FOREIGN KEY (\`round_id\`) REFERENCES \`rounds\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`flag_confirmations\` ADD CONSTRAINT \`FK_2b9be31476bd6e56160972cf2f8\` FOREIGN KEY (\`entry_id\`) REFERENCES \`entries\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`flag_confirmations\` ADD CONSTRAINT \`FK_f50084591b04daca052129e6352\` FOREIGN KEY (\`confirmed_by\`) REFERENCES \`users\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`panel_conflicts\` ADD CONSTRAINT \`FK_e3470eed2d038b3b368f358a5f9\` FOREIGN KEY (\`round_id\`) REFERENCES \`rounds\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`panel_conflicts\` ADD CONSTRAINT \`FK_90413c9afeaf95b80941076fb24\` FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`panel_conflicts\` ADD CONSTRAINT \`FK_1514066e39466e16e654895b98f\` FOREIGN KEY (\`participant_id\`) REFERENCES \`participants\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`panel_members\` ADD CONSTRAINT \`FK_9bc7407a4686de9cd423b04744e\` FOREIGN KEY (\`round_id\`) REFERENCES \`rounds\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`panel_members\` ADD CONSTRAINT \`FK_986bde8ec7546063389d3f42234\` FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`score_corrections\` ADD CONSTRAINT \`FK_2538d49ca341dd6cd6c01727d64\` FOREIGN KEY (\`round_id\`) REFERENCES \`rounds\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`score_corrections\` ADD CONSTRAINT \`FK_6518affdca779bd603eb01019ae\` FOREIGN KEY (\`corrected_by\`) REFERENCES \`users\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`scores\` ADD CONSTRAINT \`FK_dad375f77957a7cd5db917f6bb4\` FOREIGN KEY (\`round_id\`) REFERENCES \`rounds\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`scores\` ADD CONSTRAINT \`FK_79e70710d95cddc6f3c5f2c904b\` FOREIGN KEY (\`entry_id\`) REFERENCES \`entries\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`scores\` ADD CONSTRAINT \`FK_0cebfe9386a6ecf1063aacf4cf6\` FOREIGN KEY (\`judge_id\`) REFERENCES \`users\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`scores\` DROP FOREIGN KEY \`FK_0cebfe9386a6ecf1063aacf4cf6\``);
    await queryRunner.query(`ALTER TABLE \`scores\` DROP FOREIGN KEY \`FK_79e70710d95cddc6f3c5f2c904b\``);
    await queryRunner.query(`ALTER TABLE \`scores\` DROP FOREIGN KEY \`FK_dad375f77957a7cd5db917f6bb4\``);
    await queryRunner.query(
      `ALTER TABLE \`score_corrections\` DROP FOREIGN KEY \`FK_6518affdca779bd603eb01019ae\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`score_corrections\` DROP FOREIGN KEY \`FK_2538d49ca341dd6cd6c01727d64\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`panel_members\` DROP FOREIGN KEY \`FK_986bde8ec7546063389d3f42234\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`panel_members\` DROP FOREIGN KEY \`FK_9bc7407a4686de9cd423b04744e\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`panel_conflicts\` DROP FOREIGN KEY \`FK_1514066e39466e16e654895b98f\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`panel_conflicts\` DROP FOREIGN KEY \`FK_90413c9afeaf95b80941076fb24\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`panel_conflicts\` DROP FOREIGN KEY \`FK_e3470eed2d038b3b368f358a5f9\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`flag_confirmations\` DROP FOREIGN KEY \`FK_f50084591b04daca052129e6352\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`flag_confirmations\` DROP FOREIGN KEY \`FK_2b9be31476bd6e56160972cf2f8\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`flag_confirmations\` DROP FOREIGN KEY \`FK_40762997c2d8b9935bdf066b146\``,
    );
    await queryRunner.query(`ALTER TABLE \`deductions\` DROP FOREIGN KEY \`FK_c2b690e7b2ef43e7644f7e290dd\``);
    await queryRunner.query(`ALTER TABLE \`deductions\` DROP FOREIGN KEY \`FK_fe217bdeebbb74c5666741786be\``);
    await queryRunner.query(`ALTER TABLE \`deductions\` DROP FOREIGN KEY \`FK_2c7a5b1f11e0d76a1e4a2a848b9\``);
    await queryRunner.query(`DROP INDEX \`IDX_017c0abc45ea8d5cfe86f30ba7\` ON \`scores\``);
    await queryRunner.query(`DROP TABLE \`scores\``);
    await queryRunner.query(`DROP INDEX \`IDX_9b6bcf7ead0ef1ffc7efcf6b06\` ON \`score_corrections\``);
    await queryRunner.query(`DROP TABLE \`score_corrections\``);
    await queryRunner.query(`DROP INDEX \`IDX_986bde8ec7546063389d3f4223\` ON \`panel_members\``);
    await queryRunner.query(`DROP TABLE \`panel_members\``);
    await queryRunner.query(`DROP TABLE \`panel_conflicts\``);
    await queryRunner.query(`DROP TABLE \`flag_confirmations\``);
    await queryRunner.query(`DROP INDEX \`IDX_07f98f641103cc9c3f9a4d7bd3\` ON \`deductions\``);
    await queryRunner.query(`DROP TABLE \`deductions\``);
  }
}
