import { MigrationInterface, QueryRunner } from 'typeorm';

/** Clubs, their coaches and members, their sessions and who attended. */
export class CreateClubs1795743010754 implements MigrationInterface {
  name = 'CreateClubs1795743010754';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`clubs\` (\`id\` int NOT NULL AUTO_INCREMENT, \`organisation_id\` int NOT NULL, \`name\` varchar(200) NOT NULL, \`kind\` varchar(10) NOT NULL, \`discipline_id\` int NOT NULL, \`locality_id\` int NULL, \`schedule\` varchar(200) NULL, \`capacity\` int NULL, \`valid_from\` date NULL, \`valid_to\` date NULL, \`version\` int NOT NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updated_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX \`IDX_df1facf7ad9d7bbb1230627175\` (\`organisation_id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`club_sessions\` (\`id\` int NOT NULL AUTO_INCREMENT, \`club_id\` int NOT NULL, \`date\` date NOT NULL, \`start_time\` char(5) NULL, \`end_time\` char(5) NULL, \`topic\` varchar(200) NULL, \`version\` int NOT NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updated_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX \`IDX_075a4187835ba9b082f5d43832\` (\`club_id\`, \`date\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`attendance\` (\`session_id\` int NOT NULL, \`participant_id\` int NOT NULL, \`status\` varchar(10) NOT NULL, \`note\` varchar(300) NULL, \`recorded_by_id\` int NOT NULL, \`recorded_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX \`IDX_145dc0e1cecc756483c09fcd4a\` (\`participant_id\`), PRIMARY KEY (\`session_id\`, \`participant_id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`club_coaches\` (\`club_id\` int NOT NULL, \`user_id\` int NOT NULL, \`assigned_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), INDEX \`IDX_d3137cb64710446318502ac194\` (\`user_id\`), PRIMARY KEY (\`club_id\`, \`user_id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`club_memberships\` (\`id\` int NOT NULL AUTO_INCREMENT, \`club_id\` int NOT NULL, \`participant_id\` int NOT NULL, \`joined_on\` date NOT NULL, \`left_on\` date NULL, \`leave_reason\` varchar(200) NULL, \`version\` int NOT NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updated_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX \`IDX_aec397d8b294b5fa67b2deee0b\` (\`participant_id\`), INDEX \`IDX_9f48300f3926cd6026544ca9e1\` (\`club_id\`, \`left_on\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `ALTER TABLE \`clubs\` ADD CONSTRAINT \`FK_df1facf7ad9d7bbb12306271755\` FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`clubs\` ADD CONSTRAINT \`FK_b1f0ae37ea425345a3745c3dc34\` FOREIGN KEY (\`discipline_id\`) REFERENCES \`disciplines\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`clubs\` ADD CONSTRAINT \`FK_fe4d345804f4b1a641b361f7863\` FOREIGN KEY (\`locality_id\`) REFERENCES \`localities\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`club_sessions\` ADD CONSTRAINT \`FK_0c76acd28db98fe0067df94aef3\` FOREIGN KEY (\`club_id\`) REFERENCES \`clubs\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`attendance\` ADD CONSTRAINT \`FK_5940f7beb6d791a618dbf88361e\` FOREIGN KEY (\`session_id\`) REFERENCES \`club_sessions\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`attendance\` ADD CONSTRAINT \`FK_145dc0e1cecc756483c09fcd4a5\` FOREIGN KEY (\`participant_id\`) REFERENCES \`participants\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`club_coaches\` ADD CONSTRAINT \`FK_2955e0d808ba169ec2d02908045\` FOREIGN KEY (\`club_id\`) REFERENCES \`clubs\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`club_coaches\` ADD CONSTRAINT \`FK_d3137cb64710446318502ac1946\` FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`club_memberships\` ADD CONSTRAINT \`FK_f9b743befffd6f5e0ed0effeb91\` FOREIGN KEY (\`club_id\`) REFERENCES \`clubs\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`club_memberships\` ADD CONSTRAINT \`FK_aec397d8b294b5fa67b2deee0b0\` FOREIGN KEY (\`participant_id\`) REFERENCES \`participants\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE \`club_memberships\` DROP FOREIGN KEY \`FK_aec397d8b294b5fa67b2deee0b0\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`club_memberships\` DROP FOREIGN KEY \`FK_f9b743befffd6f5e0ed0effeb91\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`club_coaches\` DROP FOREIGN KEY \`FK_d3137cb64710446318502ac1946\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`club_coaches\` DROP FOREIGN KEY \`FK_2955e0d808ba169ec2d02908045\``,
    );
    await queryRunner.query(`ALTER TABLE \`attendance\` DROP FOREIGN KEY \`FK_145dc0e1cecc756483c09fcd4a5\``);
    await queryRunner.query(`ALTER TABLE \`attendance\` DROP FOREIGN KEY \`FK_5940f7beb6d791a618dbf88361e\``);
    await queryRunner.query(
      `ALTER TABLE \`club_sessions\` DROP FOREIGN KEY \`FK_0c76acd28db98fe0067df94aef3\``,
    );
    await queryRunner.query(`ALTER TABLE \`clubs\` DROP FOREIGN KEY \`FK_fe4d345804f4b1a641b361f7863\``);
    await queryRunner.query(`ALTER TABLE \`clubs\` DROP FOREIGN KEY \`FK_b1f0ae37ea425345a3745c3dc34\``);
    await queryRunner.query(`ALTER TABLE \`clubs\` DROP FOREIGN KEY \`FK_df1facf7ad9d7bbb12306271755\``);
    await queryRunner.query(`DROP INDEX \`IDX_9f48300f3926cd6026544ca9e1\` ON \`club_memberships\``);
    await queryRunner.query(`DROP INDEX \`IDX_aec397d8b294b5fa67b2deee0b\` ON \`club_memberships\``);
    await queryRunner.query(`DROP TABLE \`club_memberships\``);
    await queryRunner.query(`DROP INDEX \`IDX_d3137cb64710446318502ac194\` ON \`club_coaches\``);
    await queryRunner.query(`DROP TABLE \`club_coaches\``);
    await queryRunner.query(`DROP INDEX \`IDX_145dc0e1cecc756483c09fcd4a\` ON \`attendance\``);
    await queryRunner.query(`DROP TABLE \`attendance\``);
    await queryRunner.query(`DROP INDEX \`IDX_075a4187835ba9b082f5d43832\` ON \`club_sessions\``);
    await queryRunner.query(`DROP TABLE \`club_sessions\``);
    await queryRunner.query(`DROP INDEX \`IDX_df1facf7ad9d7bbb1230627175\` ON \`clubs\``);
    await queryRunner.query(`DROP TABLE \`clubs\``);
  }
}
