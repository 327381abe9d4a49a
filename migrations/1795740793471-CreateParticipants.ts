import { MigrationInterface, QueryRunner } from 'typeorm';

/** Participants with their consents, disciplines, and the name keys behind search on any part of a name. */
export class CreateParticipants1795740793471 implements MigrationInterface {
  name = 'CreateParticipants1795740793471';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`participants\` (\`id\` int NOT NULL AUTO_INCREMENT, \`full_name\` varchar(150) NOT NULL, \`gender\` varchar(10) NOT NULL, \`date_of_birth\` date NULL, \`home_locality_id\` int NULL, \`school\` varchar(200) NULL, \`guardian_name\` varchar(150) NULL, \`guardian_relationship\` varchar(50) NULL, \`guardian_phone\` varchar(20) NULL, \`organisation_id\` int NOT NULL, \`import_id\` int NULL, \`anonymised_at\` datetime(3) NULL, \`version\` int NOT NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updated_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX \`IDX_2fdf52cfb70f7e4160688a4580\` (\`organisation_id\`), INDEX \`IDX_1cbc0dcafb8eb57e2043c2fdf2\` (\`import_id\`), INDEX \`IDX_ee6c099d1fd9921dd216d747dd\` (\`date_of_birth\`, \`full_name\`), INDEX \`IDX_ca2a8deb7e3ed463b843664f3b\` (\`full_name\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`participant_consents\` (\`id\` int NOT NULL AUTO_INCREMENT, \`participant_id\` int NOT NULL, \`kind\` varchar(20) NOT NULL, \`given_by\` varchar(150) NOT NULL, \`relationship\` varchar(50) NULL, \`given_on\` date NOT NULL, \`method\` varchar(20) NOT NULL, \`scopes\` text NOT NULL, \`recorded_by_id\` int NULL, \`recorded_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`withdrawn_at\` datetime(3) NULL, \`withdrawn_by_id\` int NULL, \`withdrawal_reason\` varchar(300) NULL, INDEX \`IDX_b8f5c15285736e497948f105c4\` (\`participant_id\`, \`withdrawn_at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`participant_disciplines\` (\`participant_id\` int NOT NULL, \`discipline_id\` int NOT NULL, PRIMARY KEY (\`participant_id\`, \`discipline_id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`participant_name_keys\` (\`participant_id\` int NOT NULL, \`position\` tinyint NOT NULL, \`suffix\` varchar(150) NOT NULL, \`organisation_id\` int NOT NULL, INDEX \`IDX_8d73c007e263b9e8e6ddf5515b\` (\`suffix\`, \`organisation_id\`, \`participant_id\`), PRIMARY KEY (\`participant_id\`, \`position\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `ALTER TABLE \`participants\` ADD CONSTRAINT \`FK_de2e2ba67414890b3a0ef08c8ff\` FOREIGN KEY (\`home_locality_id\`) REFERENCES \`localities\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`participants\` ADD CONSTRAINT \`FK_2fdf52cfb70f7e4160688a45806\` FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`participant_consents\` ADD CONSTRAINT \`FK_74b662f7a47e2d9129f5610ebe8\` FOREIGN KEY (\`participant_id\`) REFERENCES \`participants\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`participant_disciplines\` ADD CONSTRAINT \`FK_94274486fd877e68cbb8002e48a\` FOREIGN KEY (\`participant_id\`) REFERENCES \`participants\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`participant_disciplines\` ADD CONSTRAINT \`FK_3c4a3c42d118736f335012dfe92\` FOREIGN KEY (\`discipline_id\`) REFERENCES \`disciplines\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`participant_name_keys\` ADD CONSTRAINT \`FK_27068ac31948e76102de664cadb\` FOREIGN KEY (\`participant_id\`) REFERENCES \`participants\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE \`participant_name_keys\` DROP FOREIGN KEY \`FK_27068ac31948e76102de664cadb\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`participant_disciplines\` DROP FOREIGN KEY \`FK_3c4a3c42d118736f335012dfe92\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`participant_disciplines\` DROP FOREIGN KEY \`FK_94274486fd877e68cbb8002e48a\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`participant_consents\` DROP FOREIGN KEY \`FK_74b662f7a47e2d9129f5610ebe8\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`participants\` DROP FOREIGN KEY \`FK_2fdf52cfb70f7e4160688a45806\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`participants\` DROP FOREIGN KEY \`FK_de2e2ba67414890b3a0ef08c8ff\``,
    );
    await queryRunner.query(`DROP INDEX \`IDX_8d73c007e263b9e8e6ddf5515b\` ON \`participant_name_keys\``);
    await queryRunner.query(`DROP TABLE \`participant_name_keys\``);
    await queryRunner.query(`DROP TABLE \`participant_disciplines\``);
    await queryRunner.query(`DROP INDEX \`IDX_b8f5c15285736e497948f105c4\` ON \`participant_consents\``);
    await queryRunner.query(`DROP TABLE \`participant_consents\``);
    await queryRunner.query(`DROP INDEX \`IDX_ee6c099d1fd9921dd216d747dd\` ON \`participants\``);
    await queryRunner.query(`DROP INDEX \`IDX_1cbc0dcafb8eb57e2043c2fdf2\` ON \`participants\``);
    await queryRunner.query(`DROP INDEX \`IDX_ca2a8deb7e3ed463b843664f3b\` ON \`participants\``);
    await queryRunner.query(`DROP INDEX \`IDX_2fdf52cfb70f7e4160688a4580\` ON \`participants\``);
    await queryRunner.query(`DROP TABLE \`participants\``);
  }
}
