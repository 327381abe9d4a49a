import { MigrationInterface, QueryRunner } from 'typeorm';

/** Events with their organising units, categories, rounds (rubric and result rules), entries and their members, and entries advanced into later rounds. */
export class CreateEvents1795744233099 implements MigrationInterface {
  name = 'CreateEvents1795744233099';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`events\` (\`id\` int NOT NULL AUTO_INCREMENT, \`name\` varchar(300) NOT NULL, \`kind\` varchar(12) NOT NULL, \`level\` varchar(12) NOT NULL, \`venue\` varchar(300) NULL, \`locality_id\` int NULL, \`start_date\` date NOT NULL, \`end_date\` date NOT NULL, \`description\` text NULL, \`state\` varchar(10) NOT NULL DEFAULT 'draft', \`version\` int NOT NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updated_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX \`IDX_ce5225c17497c5adddc1819c69\` (\`start_date\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`categories\` (\`id\` int NOT NULL AUTO_INCREMENT, \`event_id\` int NOT NULL, \`code\` varchar(20) NOT NULL, \`name\` varchar(200) NOT NULL, \`discipline_id\` int NOT NULL, \`min_age\` tinyint UNSIGNED NULL, \`max_age\` tinyint UNSIGNED NULL, \`age_reference_date\` date NULL, \`format\` varchar(10) NOT NULL, \`min_members\` smallint UNSIGNED NOT NULL, \`max_members\` smallint UNSIGNED NOT NULL, \`prizes\` json NOT NULL, \`next_entry_number\` int NOT NULL DEFAULT '1', \`version\` int NOT NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updated_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), UNIQUE INDEX \`IDX_5c768a20f8fc3b28fb233e5911\` (\`event_id\`, \`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`entries\` (\`id\` int NOT NULL AUTO_INCREMENT, \`category_id\` int NOT NULL, \`number\` int NOT NULL, \`title\` varchar(300) NULL, \`team_name\` varchar(200) NULL, \`organisation_id\` int NOT NULL, \`locality_id\` int NULL, \`coach_user_id\` int NULL, \`club_id\` int NULL, \`state\` varchar(10) NOT NULL DEFAULT 'active', \`withdrawn_at\` datetime(3) NULL, \`withdraw_reason\` varchar(500) NULL, \`advanced_from_entry_id\` int NULL, \`version\` int NOT NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updated_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX \`IDX_d08af24b5696cfd0eb76317202\` (\`organisation_id\`), UNIQUE INDEX \`IDX_9d8944a41825487ce44e87d2ac\` (\`category_id\`, \`number\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`rounds\` (\`id\` int NOT NULL AUTO_INCREMENT, \`category_id\` int NOT NULL, \`position\` smallint UNSIGNED NOT NULL, \`name\` varchar(200) NOT NULL, \`criteria\` json NOT NULL, \`method\` json NOT NULL, \`basis\` varchar(10) NOT NULL, \`decimals\` tinyint UNSIGNED NOT NULL, \`tie_breaks\` json NOT NULL, \`spread_limit\` decimal(12,4) NULL, \`advancement\` json NULL, \`standing_weight\` decimal(10,4) NULL, \`state\` varchar(10) NOT NULL DEFAULT 'open', \`locked_at\` datetime(3) NULL, \`locked_by\` int NULL, \`published_version\` int NOT NULL DEFAULT '0', \`changed_since_publication\` tinyint NOT NULL DEFAULT 0, \`version\` int NOT NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updated_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), UNIQUE INDEX \`IDX_0c544169537a014adae12103fd\` (\`category_id\`, \`position\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`entry_members\` (\`entry_id\` int NOT NULL, \`participant_id\` int NOT NULL, \`active_category_id\` int NULL, UNIQUE INDEX \`IDX_f9ebd62fb1e0578bec763dd44a\` (\`active_category_id\`, \`participant_id\`), INDEX \`IDX_555e4a18615dc905760590e225\` (\`participant_id\`), PRIMARY KEY (\`entry_id\`, \`participant_id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`event_organisations\` (\`event_id\` int NOT NULL, \`organisation_id\` int NOT NULL, \`position\` smallint NOT NULL, INDEX \`IDX_4a81102f30280ff262188c104a\` (\`organisation_id\`), PRIMARY KEY (\`event_id\`, \`organisation_id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`round_entries\` (\`round_id\` int NOT NULL, \`entry_id\` int NOT NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), INDEX \`IDX_31196819401b2872f9cf00768d\` (\`entry_id\`), PRIMARY KEY (\`round_id\`, \`entry_id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `ALTER TABLE \`events\` ADD CONSTRAINT \`FK_67536001b68d6e75f455c1510d0\` FOREIGN KEY (\`locality_id\`) REFERENCES \`localities\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`categories\` ADD CONSTRAINT \`FK_39c8f73f2fcde968ed18ac99528\` FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`categories\` ADD CONSTRAINT \`FK_f6a9dfdd23981e259b7164a9d5a\` FOREIGN KEY (\`discipline_id\`) REFERENCES \`disciplines\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`entries\` ADD CONSTRAINT \`FK_37514effe55909a03b7305864f4\` FOREIGN KEY (\`category_id\`) REFERENCES \`categories\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`entries\` ADD CONSTRAINT \`FK_d08af24b5696cfd0eb763172021\` FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`entries\` ADD CONSTRAINT \`FK_e4358ddd2b129c9dffb0fa96994\` FOREIGN KEY (\`locality_id\`) REFERENCES \`localities\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`entries\` ADD CONSTRAINT \`FK_65db3191a5919c668f006ce89b8\` FOREIGN KEY (\`coach_user_id\`) REFERENCES \`users\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`entries\` ADD CONSTRAINT \`FK_88b5e00fb4f3469498c1b17a73b\` FOREIGN KEY (\`club_id\`) REFERENCES \`clubs\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`entries\` ADD CONSTRAINT \`FK_65793c0e9e1174fa28192f43725\` FOREIGN KEY (\`advanced_from_entry_id\`) REFERENCES \`entries\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`rounds\` ADD CONSTRAINT \`FK_0f81f481b580cce7da56e553352\` FOREIGN KEY (\`category_id\`) REFERENCES \`categories\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`rounds\` ADD CONSTRAINT \`FK_98d9f2cbfcd5486d042fdd2837d\` FOREIGN KEY (\`locked_by\`) REFERENCES \`users\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`entry_members\` ADD CONSTRAINT \`FK_31fdce92e31bcb4be871392e9cd\` FOREIGN KEY (\`entry_id\`) REFERENCES \`entries\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`entry_members\` ADD CONSTRAINT \`FK_555e4a18615dc905760590e225e\` FOREIGN KEY (\`participant_id\`) REFERENCES \`participants\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`event_organisations\` ADD CONSTRAINT \`FK_9711a1fadd23b8bc430fe89743c\` FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`event_organisations\` ADD CONSTRAINT \`FK_4a81102f30280ff262188c104a1\` FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`round_entries\` ADD CONSTRAINT \`FK_36089562ba3649ba354c0900ce1\` FOREIGN KEY (\`round_id\`) REFERENCES \`rounds\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`round_entries\` ADD CONSTRAINT \`FK_31196819401b2872f9cf00768d6\` FOREIGN KEY (\`entry_id\`) REFERENCES \`entries\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE \`round_entries\` DROP FOREIGN KEY \`FK_31196819401b2872f9cf00768d6\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`round_entries\` DROP FOREIGN KEY \`FK_36089562ba3649ba354c0900ce1\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`event_organisations\` DROP FOREIGN KEY \`FK_4a81102f30280ff262188c104a1\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`event_organisations\` DROP FOREIGN KEY \`FK_9711a1fadd23b8bc430fe89743c\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`entry_members\` DROP FOREIGN KEY \`FK_555e4a18615dc905760590e225e\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`entry_members\` DROP FOREIGN KEY \`FK_31fdce92e31bcb4be871392e9cd\``,
    );
    await queryRunner.query(`ALTER TABLE \`rounds\` DROP FOREIGN KEY \`FK_98d9f2cbfcd5486d042fdd2837d\``);
    await queryRunner.query(`ALTER TABLE \`rounds\` DROP FOREIGN KEY \`FK_0f81f481b580cce7da56e553352\``);
    await queryRunner.query(`ALTER TABLE \`entries\` DROP FOREIGN KEY \`FK_65793c0e9e1174fa28192f43725\``);
    await queryRunner.query(`ALTER TABLE \`entries\` DROP FOREIGN KEY \`FK_88b5e00fb4f3469498c1b17a73b\``);
    await queryRunner.query(`ALTER TABLE \`entries\` DROP FOREIGN KEY \`FK_65db3191a5919c668f006ce89b8\``);
    await queryRunner.query(`ALTER TABLE \`entries\` DROP FOREIGN KEY \`FK_e4358ddd2b129c9dffb0fa96994\``);
    await queryRunner.query(`ALTER TABLE \`entries\` DROP FOREIGN KEY \`FK_d08af24b5696cfd0eb763172021\``);
    await queryRunner.query(`ALTER TABLE \`entries\` DROP FOREIGN KEY \`FK_37514effe55909a03b7305864f4\``);
    await queryRunner.query(`ALTER TABLE \`categories\` DROP FOREIGN KEY \`FK_f6a9dfdd23981e259b7164a9d5a\``);
    await queryRunner.query(`ALTER TABLE \`categories\` DROP FOREIGN KEY \`FK_39c8f73f2fcde968ed18ac99528\``);
    await queryRunner.query(`ALTER TABLE \`events\` DROP FOREIGN KEY \`FK_67536001b68d6e75f455c1510d0\``);
    await queryRunner.query(`DROP INDEX \`IDX_31196819401b2872f9cf00768d\` ON \`round_entries\``);
    await queryRunner.query(`DROP TABLE \`round_entries\``);
    await queryRunner.query(`DROP INDEX \`IDX_4a81102f30280ff262188c104a\` ON \`event_organisations\``);
    await queryRunner.query(`DROP TABLE \`event_organisations\``);
    await queryRunner.query(`DROP INDEX \`IDX_555e4a18615dc905760590e225\` ON \`entry_members\``);
    await queryRunner.query(`DROP INDEX \`IDX_f9ebd62fb1e0578bec763dd44a\` ON \`entry_members\``);
    await queryRunner.query(`DROP TABLE \`entry_members\``);
    await queryRunner.query(`DROP INDEX \`IDX_0c544169537a014adae12103fd\` ON \`rounds\``);
    await queryRunner.query(`DROP TABLE \`rounds\``);
    await queryRunner.query(`DROP INDEX \`IDX_9d8944a41825487ce44e87d2ac\` ON \`entries\``);
    await queryRunner.query(`DROP INDEX \`IDX_d08af24b5696cfd0eb76317202\` ON \`entries\``);
    await queryRunner.query(`DROP TABLE \`entries\``);
    await queryRunner.query(`DROP INDEX \`IDX_5c768a20f8fc3b28fb233e5911\` ON \`categories\``);
    await queryRunner.query(`DROP TABLE \`categories\``);
    await queryRunner.query(`DROP INDEX \`IDX_ce5225c17497c5adddc1819c69\` ON \`events\``);
    await queryRunner.query(`DROP TABLE \`events\``);
  }
}
