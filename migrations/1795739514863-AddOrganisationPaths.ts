import { MigrationInterface, QueryRunner } from 'typeorm';

/** Materialised paths on organisations ('/1/5/23/'), so a role's reach over a subtree is one prefix match. */
export class AddOrganisationPaths1795739514863 implements MigrationInterface {
  name = 'AddOrganisationPaths1795739514863';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`organisations\` ADD \`path\` varchar(255) NOT NULL`);
    await queryRunner.query(
      `UPDATE organisations o JOIN (
         WITH RECURSIVE tree (id, path) AS (
           SELECT id, CAST(CONCAT('/', id, '/') AS CHAR(255)) FROM organisations WHERE parent_id IS NULL
           UNION ALL
           SELECT c.id, CONCAT(t.path, c.id, '/') FROM organisations c JOIN tree t ON c.parent_id = t.id
         ) SELECT id, path FROM tree
       ) t ON t.id = o.id
       SET o.path = t.path`,
    );
    await queryRunner.query(
      `CREATE INDEX \`IDX_ba6fd7a67e760cb946b26bc736\` ON \`organisations\` (\`path\`)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_ba6fd7a67e760cb946b26bc736\` ON \`organisations\``);
    await queryRunner.query(`ALTER TABLE \`organisations\` DROP COLUMN \`path\``);
  }
}
