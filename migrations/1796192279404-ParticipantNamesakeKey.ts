import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The duplicate rule held by the database: a unique key on (date of birth, name) over the records that count
 * for it. Existing records: the first registration of each name and birthday counts, later ones (namesakes
 * registered on purpose, or duplicates from before this key) stay as they are, with no key.
 */
export class ParticipantNamesakeKey1796192279404 implements MigrationInterface {
  name = 'ParticipantNamesakeKey1796192279404';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`participants\` ADD \`namesake_key\` varchar(150) NULL`);
    await queryRunner.query(
      `UPDATE \`participants\` p
         JOIN (SELECT MIN(id) AS id FROM \`participants\` WHERE anonymised_at IS NULL AND date_of_birth IS NOT NULL
                GROUP BY date_of_birth, full_name) first ON first.id = p.id
          SET p.namesake_key = p.full_name`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX \`uq_participants_namesake\` ON \`participants\` (\`date_of_birth\`, \`namesake_key\`)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`uq_participants_namesake\` ON \`participants\``);
    await queryRunner.query(`ALTER TABLE \`participants\` DROP COLUMN \`namesake_key\``);
  }
}
