import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each session's present and absent counts, kept with it (see ClubSession.presentCount), filled from its marks. */
export class ClubSessionAttendanceCounts1796310010526 implements MigrationInterface {
  name = 'ClubSessionAttendanceCounts1796310010526';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`club_sessions\` ADD \`present_count\` int NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE \`club_sessions\` ADD \`absent_count\` int NOT NULL DEFAULT '0'`);
    await queryRunner.query(
      `UPDATE \`club_sessions\` s
         JOIN (SELECT session_id, SUM(status = 'present') AS present, SUM(status = 'absent') AS absent
                 FROM \`attendance\` GROUP BY session_id) a ON a.session_id = s.id
          SET s.present_count = a.present, s.absent_count = a.absent, s.updated_at = s.updated_at`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`club_sessions\` DROP COLUMN \`absent_count\``);
    await queryRunner.query(`ALTER TABLE \`club_sessions\` DROP COLUMN \`present_count\``);
  }
}
