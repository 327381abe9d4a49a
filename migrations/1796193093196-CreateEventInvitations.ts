import { MigrationInterface, QueryRunner } from 'typeorm';

/** Invitations to co-organise an event, which the invited unit accepts or declines. */
export class CreateEventInvitations1796193093196 implements MigrationInterface {
  name = 'CreateEventInvitations1796193093196';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`event_invitations\` (\`id\` int NOT NULL AUTO_INCREMENT, \`event_id\` int NOT NULL, \`organisation_id\` int NOT NULL, \`state\` varchar(10) NOT NULL DEFAULT 'pending', \`invited_by\` int NOT NULL, \`decided_by\` int NULL, \`decided_at\` datetime(3) NULL, \`version\` int NOT NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updated_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX \`IDX_d56c756ea1b4b8c88498024202\` (\`organisation_id\`, \`state\`), UNIQUE INDEX \`IDX_91e2e549ad2d41b30e290b8430\` (\`event_id\`, \`organisation_id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `ALTER TABLE \`event_invitations\` ADD CONSTRAINT \`FK_2ae6a8d87d5dfa578ab085bc59a\` FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`event_invitations\` ADD CONSTRAINT \`FK_6f607bd34fe1ea7f2a8a08b40a4\` FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`event_invitations\` ADD CONSTRAINT \`FK_fa751c0ed00bc0c7ff66f58e51e\` FOREIGN KEY (\`invited_by\`) REFERENCES \`users\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`event_invitations\` ADD CONSTRAINT \`FK_5ddd91299cc628b9d37f123dd47\` FOREIGN KEY (\`decided_by\`) REFERENCES \`users\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE \`event_invitations\` DROP FOREIGN KEY \`FK_5ddd91299cc628b9d37f123dd47\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`event_invitations\` DROP FOREIGN KEY \`FK_fa751c0ed00bc0c7ff66f58e51e\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`event_invitations\` DROP FOREIGN KEY \`FK_6f607bd34fe1ea7f2a8a08b40a4\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`event_invitations\` DROP FOREIGN KEY \`FK_2ae6a8d87d5dfa578ab085bc59a\``,
    );
    await queryRunner.query(`DROP INDEX \`IDX_91e2e549ad2d41b30e290b8430\` ON \`event_invitations\``);
    await queryRunner.query(`DROP INDEX \`IDX_d56c756ea1b4b8c88498024202\` ON \`event_invitations\``);
    await queryRunner.query(`DROP TABLE \`event_invitations\``);
  }
}
