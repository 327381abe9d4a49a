import { DataSource } from 'typeorm';
import { FILL_PRIZED_ENTRIES } from './prized-entries';

export interface BulkShape {
  participants: number;
  /** Published rounds, each ranking `entriesPerRound` individual entries of pseudo-random children. */
  rounds: number;
  entriesPerRound: number;
}

/**
 * A province-sized evidence set written with a handful of INSERT … SELECT statements (MariaDB's sequence
 * engine), for the build's benchmark and its crash test: children aged 8–12 on 2025-06-01 with every consent,
 * provincial rounds of the discipline ended in 2025 and published (entries ranked by number), and one
 * coach's assessment per child. Returns the discipline id.
 */
export async function seedBulkEvidence(
  dataSource: DataSource,
  shape: BulkShape,
  ids: { organisationId: number; userId: number; localityIds: number[] },
): Promise<number> {
  const q = (sql: string, params: unknown[] = []) => dataSource.query(sql, params);
  const [{ id: disciplineId }] = await q("SELECT id FROM disciplines WHERE code = 'MUSIC.PIANO'");
  const [{ p0 }] = await q('SELECT COALESCE(MAX(id), 0) AS p0 FROM participants');
  const n = shape.participants;
  const localities = ids.localityIds.join(',');

  await q(
    `INSERT INTO participants (full_name, gender, date_of_birth, home_locality_id, organisation_id, version)
     SELECT CONCAT('Trẻ ', seq), IF(seq % 2 = 0, 'female', 'male'), DATE_ADD('2012-06-02', INTERVAL seq % 1820 DAY),
            ELT(1 + seq % ${ids.localityIds.length}, ${localities}), ?, 1
     FROM seq_1_to_${n}`,
    [ids.organisationId],
  );
  await q(
    `INSERT INTO participant_consents (participant_id, kind, given_by, given_on, method, scopes)
     SELECT p.id, k.kind, 'Phụ huynh', '2025-01-10', 'paper', 'registry,contests,publication,shortlisting'
     FROM participants p CROSS JOIN (SELECT 'guardian' AS kind UNION ALL SELECT 'participant') k
     WHERE p.id > ${p0}`,
  );

  const rounds = shape.rounds;
  const [{ e0 }] = await q('SELECT COALESCE(MAX(id), 0) AS e0 FROM events');
  await q(
    `INSERT INTO events (name, kind, level, start_date, end_date, state, version)
     SELECT CONCAT('Liên hoan ', seq), 'contest', ELT(1 + seq % 4, 'grassroots', 'district', 'provincial', 'national'),
            DATE_ADD('2025-01-01', INTERVAL seq % 360 DAY), DATE_ADD('2025-01-01', INTERVAL seq % 360 DAY), 'published', 1
     FROM seq_1_to_${rounds}`,
  );
  const [{ c0 }] = await q('SELECT COALESCE(MAX(id), 0) AS c0 FROM categories');
  await q(
    `INSERT INTO categories (event_id, code, name, discipline_id, format, min_members, max_members, prizes, version)
     SELECT id, 'A', 'Bảng A', ?, 'individual', 1, 1,
            '[{"prize":"Nhất","count":1},{"prize":"Nhì","count":2},{"prize":"Ba","count":3}]', 1
     FROM events WHERE id > ${e0}`,
    [disciplineId],
  );
  const [{ r0 }] = await q('SELECT COALESCE(MAX(id), 0) AS r0 FROM rounds');
  await q(
    `INSERT INTO rounds (category_id, position, name, criteria, method, basis, decimals, tie_breaks, state, published_version, version)
     SELECT id, 1, 'Chung khảo', '[]', '{"kind":"mean"}', 'totals', 2, '[]', 'locked', 1, 1
     FROM categories WHERE id > ${c0}`,
  );
  const per = shape.entriesPerRound;
  const [{ n0 }] = await q('SELECT COALESCE(MAX(id), 0) AS n0 FROM entries');
  await q(
    `INSERT INTO entries (category_id, number, organisation_id, version)
     SELECT c.id, s.seq, ?, 1 FROM categories c JOIN seq_1_to_${per} s WHERE c.id > ${c0}`,
    [ids.organisationId],
  );
  // The k-th new entry goes to the ((k × 7919) mod n)-th new child: a pseudo-random spread.
  await q(
    `INSERT IGNORE INTO entry_members (entry_id, participant_id, active_category_id)
     SELECT e.id, p.id, NULL
     FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS k FROM entries WHERE id > ${n0}) e
     JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS j FROM participants WHERE id > ${p0}) p
       ON p.j = (e.k * 7919) % ${n}`,
  );
  await q(
    `INSERT INTO round_entries (round_id, entry_id)
     SELECT r.id, e.id FROM rounds r JOIN entries e ON e.category_id = r.category_id WHERE r.id > ${r0}`,
  );
  await q(
    `INSERT INTO result_snapshots (round_id, version, results, entry_prizes, published_by)
     SELECT r.id, 1, JSON_OBJECT('entries', JSON_ARRAYAGG(JSON_OBJECT(
              'entryId', e.id, 'rank', e.number, 'prize', ELT(e.number, 'Nhất', 'Nhì', 'Nhì', 'Ba', 'Ba', 'Ba'),
              'members', JSON_ARRAY()))), JSON_ARRAY(), ?
     FROM rounds r JOIN entries e ON e.category_id = r.category_id
     WHERE r.id > ${r0}
     GROUP BY r.id`,
    [ids.userId],
  );
  await q(FILL_PRIZED_ENTRIES, [r0]);

  const [{ cl }] = await q(
    `INSERT INTO clubs (organisation_id, name, kind, discipline_id, version) VALUES (?, 'CLB Piano', 'club', ?, 1)
     RETURNING id AS cl`,
    [ids.organisationId, disciplineId],
  );
  const [{ rb }] = await q(
    "INSERT INTO assessment_rubrics (discipline_id, name, active, version) VALUES (?, 'Năng khiếu', 1, 1) RETURNING id AS rb",
    [disciplineId],
  );
  const [{ cr }] = await q(
    `INSERT INTO assessment_criteria (rubric_id, code, name, min, max, step, position)
     VALUES (?, 'overall', 'Tổng thể', 0, 10, 0.5, 1) RETURNING id AS cr`,
    [rb],
  );
  const [{ a0 }] = await q('SELECT COALESCE(MAX(id), 0) AS a0 FROM assessments');
  await q(
    `INSERT INTO assessments (participant_id, club_id, rubric_id, assessed_on, assessor_id, version)
     SELECT id, ?, ?, DATE_ADD('2025-01-01', INTERVAL id % 360 DAY), ?, 1 FROM participants WHERE id > ${p0}`,
    [cl, rb, ids.userId],
  );
  await q(
    `INSERT INTO assessment_scores (assessment_id, criterion_id, value)
     SELECT id, ?, (id % 21) / 2 FROM assessments WHERE id > ${a0}`,
    [cr],
  );
  return Number(disciplineId);
}
