import { MigrationInterface, QueryRunner } from 'typeorm';

/** The fields and disciplines the programme's clubs, contests and festivals use; admins extend them. */
const FIELDS: { code: string; name: string; disciplines: [string, string][] }[] = [
  {
    code: 'MUSIC',
    name: 'Âm nhạc',
    disciplines: [
      ['VOCAL', 'Thanh nhạc'],
      ['PIANO', 'Piano'],
      ['GUITAR', 'Guitar'],
      ['ORGAN', 'Organ'],
      ['VIOLIN', 'Violin'],
      ['TRADITIONAL', 'Nhạc cụ dân tộc'],
    ],
  },
  { code: 'DANCE', name: 'Múa', disciplines: [] },
  { code: 'FINE_ARTS', name: 'Mỹ thuật', disciplines: [] },
  { code: 'THEATRE', name: 'Sân khấu và dẫn chương trình', disciplines: [] },
  { code: 'LITERATURE', name: 'Văn học', disciplines: [] },
  { code: 'LANGUAGES', name: 'Ngoại ngữ', disciplines: [] },
  {
    code: 'SCIENCE',
    name: 'Khoa học và công nghệ',
    disciplines: [
      ['ROBOTICS', 'Robot'],
      ['PROGRAMMING', 'Lập trình'],
    ],
  },
  {
    code: 'SPORTS',
    name: 'Thể thao',
    disciplines: [
      ['CHESS', 'Cờ vua'],
      ['SWIMMING', 'Bơi lội'],
      ['FOOTBALL', 'Bóng đá'],
      ['ATHLETICS', 'Điền kinh'],
      ['VOVINAM', 'Võ thuật (Vovinam)'],
    ],
  },
];

export class SeedDisciplines1795740793473 implements MigrationInterface {
  name = 'SeedDisciplines1795740793473';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const field of FIELDS) {
      const inserted = (await queryRunner.query(
        "INSERT INTO disciplines (parent_id, code, name, kind, version) VALUES (NULL, ?, ?, 'field', 1)",
        [field.code, field.name],
      )) as { insertId: number };
      for (const [code, name] of field.disciplines) {
        await queryRunner.query(
          "INSERT INTO disciplines (parent_id, code, name, kind, version) VALUES (?, ?, ?, 'discipline', 1)",
          [inserted.insertId, `${field.code}.${code}`, name],
        );
      }
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const codes = FIELDS.flatMap((field) => [
      field.code,
      ...field.disciplines.map(([code]) => `${field.code}.${code}`),
    ]);
    await queryRunner.query('DELETE FROM disciplines WHERE parent_id IS NOT NULL AND code IN (?)', [codes]);
    await queryRunner.query('DELETE FROM disciplines WHERE code IN (?)', [codes]);
  }
}
