import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateShortlists1796192388664 implements MigrationInterface {
  name = 'CreateShortlists1796192388664';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`shortlist_runs\` (\`id\` int NOT NULL AUTO_INCREMENT, \`organisation_id\` int NOT NULL, \`parameters\` json NOT NULL, \`parameters_key\` char(64) NOT NULL, \`active_key\` char(64) NULL, \`scoring_version\` varchar(20) NOT NULL, \`watermark\` json NULL, \`state\` varchar(10) NOT NULL DEFAULT 'pending', \`progress\` tinyint UNSIGNED NOT NULL DEFAULT '0', \`phase\` varchar(10) NULL, \`counts\` json NULL, \`consent_missing_by_locality\` json NULL, \`timings\` json NULL, \`attempts\` tinyint UNSIGNED NOT NULL DEFAULT '0', \`started_at\` datetime(3) NULL, \`finished_at\` datetime(3) NULL, \`failure_reason_vi\` varchar(300) NULL, \`failure_reason_en\` varchar(300) NULL, \`stale\` tinyint NOT NULL DEFAULT 0, \`stale_count\` int NOT NULL DEFAULT '0', \`lineage_id\` int NOT NULL, \`lineage_version\` int NOT NULL, \`rebuilt_from_id\` int NULL, \`requested_by_id\` int NOT NULL, \`version\` int NOT NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updated_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX \`IDX_72f2233d1ff9187558ddd23890\` (\`organisation_id\`), UNIQUE INDEX \`IDX_766d40b7408cae253cbd749293\` (\`active_key\`), INDEX \`IDX_db92bfb75ae25b730cfbd64821\` (\`state\`), UNIQUE INDEX \`IDX_bb7ed25011e68132608b3d0e10\` (\`lineage_id\`, \`lineage_version\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`shortlist_candidates\` (\`run_id\` int NOT NULL, \`participant_id\` int NOT NULL, \`band\` tinyint UNSIGNED NOT NULL, \`rank_in_band\` int NULL, \`via\` varchar(12) NULL, \`score\` decimal(5,2) NOT NULL, \`contests_part\` int NOT NULL, \`assessments_part\` int NOT NULL, \`attendance_part\` int NOT NULL, \`independent_evidence\` smallint UNSIGNED NOT NULL, \`meets_minimum\` tinyint NOT NULL, \`home_locality_id\` int NULL, \`gender\` varchar(10) NOT NULL, \`age\` tinyint UNSIGNED NOT NULL, \`birth_quarter\` tinyint UNSIGNED NOT NULL, \`evidence\` json NOT NULL, \`evidence_hash\` char(64) NOT NULL, INDEX \`IDX_735d2056268054d9926d8dab71\` (\`participant_id\`), INDEX \`IDX_1d7ef1d91381b701b8b1aedd23\` (\`run_id\`, \`band\`, \`rank_in_band\`), PRIMARY KEY (\`run_id\`, \`participant_id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`shortlist_decisions\` (\`lineage_id\` int NOT NULL, \`participant_id\` int NOT NULL, \`decision\` varchar(12) NOT NULL, \`note\` varchar(1000) NULL, \`run_id\` int NOT NULL, \`evidence_hash\` char(64) NOT NULL, \`decided_by_id\` int NOT NULL, \`version\` int NOT NULL, \`decided_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), PRIMARY KEY (\`lineage_id\`, \`participant_id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `ALTER TABLE \`shortlist_runs\` ADD CONSTRAINT \`FK_72f2233d1ff9187558ddd23890e\` FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`shortlist_runs\` ADD CONSTRAINT \`FK_bc3f4be02b2ac8070caf9217c40\` FOREIGN KEY (\`requested_by_id\`) REFERENCES \`users\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`shortlist_candidates\` ADD CONSTRAINT \`FK_fbd0129fb2583abfd5a4f8ceaa7\` FOREIGN KEY (\`run_id\`) REFERENCES \`shortlist_runs\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`shortlist_candidates\` ADD CONSTRAINT \`FK_735d2056268054d9926d8dab717\` FOREIGN KEY (\`participant_id\`) REFERENCES \`participants\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`shortlist_decisions\` ADD CONSTRAINT \`FK_ef5416971d50fc0f20444213f4e\` FOREIGN KEY (\`participant_id\`) REFERENCES \`participants\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE \`shortlist_decisions\` DROP FOREIGN KEY \`FK_ef5416971d50fc0f20444213f4e\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`shortlist_candidates\` DROP FOREIGN KEY \`FK_735d2056268054d9926d8dab717\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`shortlist_candidates\` DROP FOREIGN KEY \`FK_fbd0129fb2583abfd5a4f8ceaa7\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`shortlist_runs\` DROP FOREIGN KEY \`FK_bc3f4be02b2ac8070caf9217c40\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`shortlist_runs\` DROP FOREIGN KEY \`FK_72f2233d1ff9187558ddd23890e\``,
    );
    await queryRunner.query(`DROP TABLE \`shortlist_decisions\``);
    await queryRunner.query(`DROP INDEX \`IDX_1d7ef1d91381b701b8b1aedd23\` ON \`shortlist_candidates\``);
    await queryRunner.query(`DROP INDEX \`IDX_735d2056268054d9926d8dab71\` ON \`shortlist_candidates\``);
    await queryRunner.query(`DROP TABLE \`shortlist_candidates\``);
    await queryRunner.query(`DROP INDEX \`IDX_bb7ed25011e68132608b3d0e10\` ON \`shortlist_runs\``);
    await queryRunner.query(`DROP INDEX \`IDX_db92bfb75ae25b730cfbd64821\` ON \`shortlist_runs\``);
    await queryRunner.query(`DROP INDEX \`IDX_766d40b7408cae253cbd749293\` ON \`shortlist_runs\``);
    await queryRunner.query(`DROP INDEX \`IDX_72f2233d1ff9187558ddd23890\` ON \`shortlist_runs\``);
    await queryRunner.query(`DROP TABLE \`shortlist_runs\``);
  }
}
