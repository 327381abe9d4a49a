import { MigrationInterface, QueryRunner } from 'typeorm';

/** The four provincial organisations at the roots of the organisation tree. */
const ROOTS = [
  { name: 'Tỉnh đoàn Quảng Ninh', kind: 'youth_union' },
  { name: 'Hội LHTN Việt Nam tỉnh Quảng Ninh', kind: 'youth_federation' },
  { name: 'Hội đồng Đội tỉnh Quảng Ninh', kind: 'young_pioneers' },
  { name: 'Cung Văn hóa Thanh thiếu nhi Quảng Ninh', kind: 'palace' },
];

export class SeedRootOrganisations1795737038541 implements MigrationInterface {
  name = 'SeedRootOrganisations1795737038541';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const [province] = (await queryRunner.query(
      "SELECT id FROM localities WHERE level = 'province' AND code = '22' AND valid_from IS NULL",
    )) as { id: number }[];
    for (const root of ROOTS) {
      await queryRunner.query(
        "INSERT INTO organisations (parent_id, name, kind, level, locality_id, version) VALUES (NULL, ?, ?, 'provincial', ?, 1)",
        [root.name, root.kind, province.id],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM organisations WHERE parent_id IS NULL AND name IN (?)', [
      ROOTS.map((root) => root.name),
    ]);
  }
}
