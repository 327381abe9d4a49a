/*
 * A deterministic province of data, written with INSERT … SELECT over MariaDB's sequence engine (no rows
 * cross the wire): participants with Vietnamese names over the seeded localities, their consents and name
 * keys, clubs with coaches, memberships, sessions and attendance, assessments, and published contests with
 * panels, marks and result snapshots. Every pseudo-random choice is CRC32(seed, salt, n), so a seed and a
 * scale always give the same rows. Secondary indexes that back no foreign key are dropped before the load
 * and built once after it. Alone: `npm run bench:generate -- --scale 0.01 [--database name]`.
 */
import { performance } from 'node:perf_hooks';
import type { Connection } from 'mysql2/promise';
import { hashPassword } from '../../../src/users/password';
import { GIVEN_SLOTS, namePartRows } from './names';
import { FILL_PRIZED_ENTRIES } from '../../support/prized-entries';

/** Counts at scale 1 (issue 14). */
export const BASE_COUNTS = {
  participants: 300_000,
  clubs: 3_000,
  memberships: 60_000,
  attendance: 1_200_000,
  assessments: 200_000,
  events: 2_000,
  entries: 150_000,
  scores: 3_000_000,
};
export type Counts = typeof BASE_COUNTS;

export const BENCH_PASSWORD = 'bench-password-2026';
const JUDGES_PER_ROUND = 4;
const CRITERIA = ['technique', 'musicality', 'expression', 'stage', 'costume'];
const ASSESSMENT_CRITERIA = 3;
const JUDGE_POOL = 200;
const CHUNK = 200_000;

export interface Province {
  counts: Counts;
  seed: number;
  /** Seconds per step, and in all. */
  timings: Record<string, number>;
  seconds: number;
  /** Root organisations by kind and the generated units (youth union and pioneers, one per commune). */
  roots: Record<string, number>;
  unitIds: number[];
  organiserUserId: number;
  leafDisciplineIds: number[];
}

export function scaledCounts(scale: number): Counts {
  const counts = { ...BASE_COUNTS };
  for (const key of Object.keys(counts) as (keyof Counts)[])
    counts[key] = Math.max(1, Math.round(BASE_COUNTS[key] * scale));
  // Shapes the rows need: at least a club and a round, whole sheets of marks, a session per attendance row.
  counts.clubs = Math.max(counts.clubs, 1);
  counts.events = Math.max(counts.events, 1);
  counts.entries = Math.max(counts.entries, counts.events);
  return counts;
}

export async function generateProvince(db: Connection, scale: number, seed = 14): Promise<Province> {
  const counts = scaledCounts(scale);
  const timings: Record<string, number> = {};
  const started = performance.now();
  const q = async <T = unknown>(sql: string, params: unknown[] = []): Promise<T> =>
    (await db.query(sql, params))[0] as T;
  const step = async (name: string, work: () => Promise<unknown>) => {
    const t0 = performance.now();
    await work();
    timings[name] = Math.round(performance.now() - t0) / 1000;
  };
  /** A pseudo-random non-negative integer for row `n` and purpose `salt`. */
  const h = (salt: string, n: string) => `CRC32(CONCAT('${seed}-${salt}-', ${n}))`;
  /** Runs `sql(from, to)` over 1..total in chunks, so no statement holds a huge transaction. */
  const chunked = async (total: number, sql: (from: number, to: number) => string, size = CHUNK) => {
    for (let from = 1; from <= total; from += size) await q(sql(from, Math.min(total, from + size - 1)));
  };
  const maxId = async (table: string) =>
    Number((await q<{ m: number }[]>(`SELECT COALESCE(MAX(id), 0) AS m FROM ${table}`))[0].m);

  await q('SET SESSION foreign_key_checks = 0, unique_checks = 0');
  const deferred = await deferIndexes(db, [
    'participants',
    'participant_name_keys',
    'participant_consents',
    'club_memberships',
    'attendance',
    'assessments',
    'scores',
    'entry_members',
  ]);

  // Reference rows seeded by the migrations.
  const roots = Object.fromEntries(
    (
      await q<{ id: number; kind: string }[]>('SELECT id, kind FROM organisations WHERE parent_id IS NULL')
    ).map((row) => [row.kind, Number(row.id)]),
  );
  const leafDisciplineIds = (
    await q<{ id: number }[]>('SELECT id FROM disciplines WHERE parent_id IS NOT NULL ORDER BY id')
  ).map((row) => Number(row.id));
  const L = leafDisciplineIds.length;

  // Helper tables: name parts, units (k → organisation, locality), disciplines (k → id).
  await q(
    'CREATE TEMPORARY TABLE bench_names (part VARCHAR(10), gender VARCHAR(10), slot INT, name VARCHAR(40), PRIMARY KEY (part, gender, slot))',
  );
  await q('INSERT INTO bench_names VALUES ?', [namePartRows()]);
  await q('CREATE TEMPORARY TABLE bench_units (k INT PRIMARY KEY, id INT, locality_id INT)');
  await q('CREATE TEMPORARY TABLE bench_disciplines (k INT PRIMARY KEY, id INT)');
  await q('INSERT INTO bench_disciplines VALUES ?', [leafDisciplineIds.map((id, k) => [k, id])]);

  let unitIds: number[] = [];
  await step('organisations', async () => {
    const o0 = await maxId('organisations');
    const communes = await q<{ id: number; name: string }[]>(
      "SELECT id, name FROM localities WHERE level = 'commune' AND valid_to IS NULL ORDER BY id",
    );
    const rows: unknown[][] = [];
    communes.forEach((commune, i) => {
      rows.push([o0 + 2 * i + 1, roots.youth_union, `Đoàn ${commune.name}`, 'youth_union', commune.id]);
      rows.push([
        o0 + 2 * i + 2,
        roots.young_pioneers,
        `Liên đội ${commune.name}`,
        'young_pioneers',
        commune.id,
      ]);
    });
    await q(
      `INSERT INTO organisations (id, parent_id, name, kind, level, locality_id, version, path) VALUES ${rows
        .map(() => "(?, ?, ?, ?, 'commune', ?, 1, '')")
        .join(', ')}`,
      rows.flat(),
    );
    await q(
      `UPDATE organisations o JOIN organisations p ON p.id = o.parent_id SET o.path = CONCAT(p.path, o.id, '/')
       WHERE o.id > ?`,
      [o0],
    );
    unitIds = rows.map((row) => Number(row[0]));
    await q('INSERT INTO bench_units VALUES ?', [rows.map((row, k) => [k, row[0], row[4]])]);
  });
  const U = unitIds.length;

  // Users: one coach per club, a pool of judges, one organiser per unit; one argon2 hash for all.
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const u0 = await maxId('users');
  const coach0 = u0;
  const judge0 = u0 + counts.clubs;
  const organiser0 = judge0 + JUDGE_POOL;
  const users = counts.clubs + JUDGE_POOL + U;
  await step('users', async () => {
    await q(
      `INSERT INTO users (id, email, password_hash, full_name, active, version)
       SELECT ${u0} + seq,
              CASE WHEN seq <= ${counts.clubs} THEN CONCAT('coach-', seq, '@bench.test')
                   WHEN seq <= ${counts.clubs + JUDGE_POOL} THEN CONCAT('judge-', seq - ${counts.clubs}, '@bench.test')
                   ELSE CONCAT('organiser-', seq - ${counts.clubs + JUDGE_POOL}, '@bench.test') END,
              ?, CONCAT(f.name, ' ', m.name, ' ', g.name), 1, 1
       FROM seq_1_to_${users} s
       JOIN bench_names f ON f.part = 'family' AND f.gender = 'any' AND f.slot = ${h('uf', 'seq')} % 100
       JOIN bench_names m ON m.part = 'middle' AND m.gender = 'male' AND m.slot = ${h('um', 'seq')} % 100
       JOIN bench_names g ON g.part = 'given' AND g.gender = 'male' AND g.slot = ${h('ug', 'seq')} % ${GIVEN_SLOTS}`,
      [passwordHash],
    );
    await q(
      `INSERT INTO role_assignments (user_id, role, organisation_id)
       SELECT ${u0} + seq,
              CASE WHEN seq <= ${counts.clubs} THEN 'coach' WHEN seq <= ${counts.clubs + JUDGE_POOL} THEN 'judge' ELSE 'organiser' END,
              CASE WHEN seq <= ${counts.clubs} THEN (SELECT id FROM bench_units WHERE k = (seq - 1) % ${U})
                   WHEN seq <= ${counts.clubs + JUDGE_POOL} THEN NULL
                   ELSE (SELECT id FROM bench_units WHERE k = seq - ${counts.clubs + JUDGE_POOL} - 1) END
       FROM seq_1_to_${users}`,
    );
  });

  // Participants aged 5–17 on 2025-06-01, spread over the units (and so over the current communes).
  const P = counts.participants;
  const p0 = await maxId('participants');
  await step('participants', () =>
    chunked(
      P,
      (from, to) => `
      INSERT INTO participants (id, full_name, gender, date_of_birth, home_locality_id, school, guardian_name,
                                guardian_relationship, guardian_phone, organisation_id, version)
      SELECT ${p0} + s.seq,
             CONCAT_WS(' ', f.name, m.name, IF(${h('pm2', 's.seq')} % 5 = 0, m2.name, NULL), g.name),
             s.gender,
             DATE_ADD('2008-01-01', INTERVAL ${h('pb', 's.seq')} % 4745 DAY),
             u.locality_id,
             CONCAT('Trường ', ELT(1 + ${h('ps', 's.seq')} % 3, 'Tiểu học ', 'THCS ', 'THPT '), g2.name),
             CONCAT(f.name, ' ', IF(s.gender = 'male', 'Thị', 'Văn'), ' ', g2.name),
             ELT(1 + ${h('pr', 's.seq')} % 3, 'mẹ', 'bố', 'bà'),
             CONCAT('09', LPAD(${h('pp', 's.seq')} % 100000000, 8, '0')),
             u.id, 1
      FROM (SELECT seq, IF(${h('pg', 'seq')} % 2 = 0, 'female', 'male') AS gender
            FROM seq_${from}_to_${to}) s
      JOIN bench_units u ON u.k = s.seq % ${U}
      JOIN bench_names f ON f.part = 'family' AND f.gender = 'any' AND f.slot = ${h('pf', 's.seq')} % 100
      JOIN bench_names m ON m.part = 'middle' AND m.gender = s.gender AND m.slot = ${h('pm', 's.seq')} % 100
      JOIN bench_names m2 ON m2.part = 'middle' AND m2.gender = s.gender AND m2.slot = ${h('pm3', 's.seq')} % 100
      JOIN bench_names g ON g.part = 'given' AND g.gender = s.gender AND g.slot = ${h('pn', 's.seq')} % ${GIVEN_SLOTS}
      JOIN bench_names g2 ON g2.part = 'given' AND g2.gender = IF(s.gender = 'male', 'female', 'male')
                         AND g2.slot = ${h('pn2', 's.seq')} % ${GIVEN_SLOTS}`,
    ),
  );
  // As the registry does: the first of each same name and birthday holds the namesake key; later ones were
  // registered as deliberate namesakes (no key).
  await step('namesake keys', () =>
    q(
      `UPDATE participants p
       JOIN (SELECT MIN(id) AS id FROM participants WHERE id > ${p0} GROUP BY date_of_birth, full_name) first
         ON first.id = p.id
       SET p.namesake_key = p.full_name`,
    ),
  );
  await step('name keys', () =>
    chunked(
      P,
      (from, to) => `
      INSERT INTO participant_name_keys (participant_id, position, suffix, organisation_id)
      SELECT p.id, k.seq, SUBSTRING_INDEX(p.full_name, ' ', CAST(k.seq AS SIGNED) - w.words), p.organisation_id
      FROM (SELECT id, 1 + LENGTH(full_name) - LENGTH(REPLACE(full_name, ' ', '')) AS words
            FROM participants WHERE id BETWEEN ${p0 + from} AND ${p0 + to}) w
      JOIN participants p ON p.id = w.id
      JOIN seq_0_to_5 k ON k.seq < w.words`,
    ),
  );
  // Guardian's and own consent; one child in twenty has not agreed to shortlisting.
  await step('consents', () =>
    chunked(
      P,
      (from, to) => `
      INSERT INTO participant_consents (participant_id, kind, given_by, relationship, given_on, method, scopes)
      SELECT p.id, k.kind, IF(k.kind = 'guardian', p.guardian_name, p.full_name),
             IF(k.kind = 'guardian', p.guardian_relationship, NULL), '2024-09-05', 'paper',
             IF(${h('cs', 'p.id')} % 20 = 0, 'registry,contests,publication', 'registry,contests,publication,shortlisting')
      FROM participants p
      CROSS JOIN (SELECT 'guardian' AS kind UNION ALL SELECT 'participant') k
      WHERE p.id BETWEEN ${p0 + from} AND ${p0 + to}`,
    ),
  );

  // Clubs, each with its coach, of the units, over the disciplines.
  const K = counts.clubs;
  const k0 = await maxId('clubs');
  await step('clubs', async () => {
    await q(
      `INSERT INTO clubs (id, organisation_id, name, kind, discipline_id, locality_id, schedule, capacity, version)
       SELECT ${k0} + s.seq, u.id, CONCAT('CLB ', d.name, ' ', s.seq), 'club', d.id, u.locality_id,
              'Thứ Bảy 8:00–10:00', 40, 1
       FROM seq_1_to_${K} s
       JOIN bench_units u ON u.k = (s.seq - 1) % ${U}
       JOIN bench_disciplines bd ON bd.k = ${h('kd', 's.seq')} % ${L}
       JOIN disciplines d ON d.id = bd.id`,
    );
    await q(
      `INSERT INTO club_coaches (club_id, user_id) SELECT ${k0} + seq, ${coach0} + seq FROM seq_1_to_${K}`,
    );
  });

  // Memberships of distinct children (stride P / M), in clubs round-robin; sessions every week of 2025.
  const M = counts.memberships;
  const stride = Math.max(1, Math.floor(P / M));
  const sessionsPerClub = Math.max(1, Math.round(counts.attendance / M));
  const m0 = await maxId('club_memberships');
  await step('memberships', () =>
    q(
      `INSERT INTO club_memberships (id, club_id, participant_id, joined_on, version)
       SELECT ${m0} + seq, ${k0} + 1 + (seq - 1) % ${K}, ${p0} + 1 + ((seq - 1) * ${stride}) % ${P},
              DATE_ADD('2024-09-01', INTERVAL ${h('mj', 'seq')} % 90 DAY), 1
       FROM seq_1_to_${M}`,
    ),
  );
  const s0 = await maxId('club_sessions');
  await step('sessions', () =>
    q(
      `INSERT INTO club_sessions (id, club_id, date, start_time, end_time, topic, version)
       SELECT ${s0} + (c.seq - 1) * ${sessionsPerClub} + w.seq + 1, ${k0} + c.seq,
              DATE_ADD('2025-01-04', INTERVAL 7 * w.seq DAY), '08:00', '10:00', CONCAT('Buổi ', w.seq + 1), 1
       FROM seq_1_to_${K} c JOIN seq_0_to_${sessionsPerClub - 1} w`,
    ),
  );
  await step('attendance', () =>
    chunked(
      M,
      (from, to) => `
      INSERT INTO attendance (session_id, participant_id, status, recorded_by_id)
      SELECT ${s0} + (m.club_id - ${k0} - 1) * ${sessionsPerClub} + w.seq + 1, m.participant_id,
             ELT(1 + LEAST(${h('at', 'CONCAT(m.id, w.seq)')} % 20, 2), 'absent', 'excused', 'present'),
             ${coach0} + m.club_id - ${k0}
      FROM club_memberships m JOIN seq_0_to_${sessionsPerClub - 1} w
      WHERE m.id BETWEEN ${m0 + from} AND ${m0 + to}`,
      Math.ceil(CHUNK / sessionsPerClub),
    ),
  );
  await step('session counts', () =>
    q(`UPDATE club_sessions s
         JOIN (SELECT session_id, SUM(status = 'present') AS present, SUM(status = 'absent') AS absent
                 FROM attendance WHERE session_id > ${s0} GROUP BY session_id) a ON a.session_id = s.id
          SET s.present_count = a.present, s.absent_count = a.absent`),
  );

  // One rubric of three criteria per discipline; assessments of members by their club's coach in 2025.
  const rubric0 = await maxId('assessment_rubrics');
  const criterion0 = await maxId('assessment_criteria');
  await step('rubrics', async () => {
    await q(
      `INSERT INTO assessment_rubrics (id, discipline_id, name, active, version)
       SELECT ${rubric0} + 1 + k, id, 'Đánh giá năng khiếu', 1, 1 FROM bench_disciplines`,
    );
    await q(
      `INSERT INTO assessment_criteria (id, rubric_id, code, name, min, max, step, position)
       SELECT ${criterion0} + 1 + b.k * ${ASSESSMENT_CRITERIA} + c.seq, ${rubric0} + 1 + b.k,
              ELT(c.seq + 1, 'aptitude', 'progress', 'attitude'), ELT(c.seq + 1, 'Năng khiếu', 'Tiến bộ', 'Thái độ'),
              0, 10, 0.5, c.seq + 1
       FROM bench_disciplines b JOIN seq_0_to_${ASSESSMENT_CRITERIA - 1} c`,
    );
  });
  const a0 = await maxId('assessments');
  await step('assessments', async () => {
    await chunked(
      counts.assessments,
      (from, to) => `
      INSERT INTO assessments (id, participant_id, club_id, rubric_id, assessed_on, assessor_id, version)
      SELECT STRAIGHT_JOIN ${a0} + s.seq, m.participant_id, m.club_id, ${rubric0} + 1 + bd.k,
             DATE_ADD('2025-01-15', INTERVAL ${h('ad', 's.seq')} % 330 DAY), ${coach0} + m.club_id - ${k0}, 1
      FROM seq_${from}_to_${to} s
      JOIN club_memberships m ON m.id = ${m0} + 1 + (s.seq - 1) % ${M}
      JOIN clubs c ON c.id = m.club_id
      JOIN bench_disciplines bd ON bd.id = c.discipline_id`,
    );
    await chunked(
      counts.assessments,
      (from, to) => `
      INSERT INTO assessment_scores (assessment_id, criterion_id, value)
      SELECT a.id, ${criterion0} + 1 + (a.rubric_id - ${rubric0} - 1) * ${ASSESSMENT_CRITERIA} + c.seq,
             (${h('av', 'CONCAT(a.id, c.seq)')} % 21) / 2
      FROM assessments a JOIN seq_0_to_${ASSESSMENT_CRITERIA - 1} c
      WHERE a.id BETWEEN ${a0 + from} AND ${a0 + to}`,
    );
  });

  // Contests of 2025, one category and one round each, locked and published; entries of distinct children.
  const E = counts.events;
  const perEvent = Math.max(1, Math.floor(counts.entries / E));
  const N = perEvent * E;
  const e0 = await maxId('events');
  const c0 = await maxId('categories');
  const r0 = await maxId('rounds');
  const n0 = await maxId('entries');
  const criteria = JSON.stringify(
    CRITERIA.map((code) => ({ code, name: code, min: '0', max: '10', step: '0.25', weight: '1' })),
  );
  const prizes = JSON.stringify([
    { prize: 'first', count: 1 },
    { prize: 'second', count: 2 },
    { prize: 'third', count: 3 },
  ]);
  await step('events', async () => {
    await q(
      `INSERT INTO events (id, name, kind, level, venue, locality_id, start_date, end_date, state, version)
       SELECT ${e0} + s.seq, CONCAT('Hội thi ', d.name, ' lần ', s.seq), 'contest',
              ELT(1 + ${h('el', 's.seq')} % 3, 'grassroots', 'district', 'provincial'),
              'Cung Văn hóa Thanh thiếu nhi Quảng Ninh', u.locality_id,
              DATE_ADD('2025-01-10', INTERVAL ${h('ed', 's.seq')} % 340 DAY),
              DATE_ADD('2025-01-10', INTERVAL ${h('ed', 's.seq')} % 340 DAY), 'published', 1
       FROM seq_1_to_${E} s
       JOIN bench_units u ON u.k = (s.seq - 1) % ${U}
       JOIN bench_disciplines bd ON bd.k = (s.seq - 1) % ${L}
       JOIN disciplines d ON d.id = bd.id`,
    );
    await q(
      `INSERT INTO event_organisations (event_id, organisation_id, position)
       SELECT ${e0} + s.seq, u.id, 1 FROM seq_1_to_${E} s JOIN bench_units u ON u.k = (s.seq - 1) % ${U}`,
    );
    await q(
      `INSERT INTO categories (id, event_id, code, name, discipline_id, format, min_members, max_members, prizes,
                               next_entry_number, version)
       SELECT ${c0} + s.seq, ${e0} + s.seq, 'A', 'Bảng A', bd.id, 'individual', 1, 1, ?, ${perEvent + 1}, 1
       FROM seq_1_to_${E} s JOIN bench_disciplines bd ON bd.k = (s.seq - 1) % ${L}`,
      [prizes],
    );
    await q(
      `INSERT INTO rounds (id, category_id, position, name, criteria, method, basis, decimals, tie_breaks, state,
                           locked_at, locked_by, published_version, version)
       SELECT ${r0} + seq, ${c0} + seq, 1, 'Chung khảo', ?, '{"kind":"mean"}', 'totals', 2, '[]', 'locked',
              NOW(3), ${organiser0} + 1, 1, 1
       FROM seq_1_to_${E}`,
      [criteria],
    );
    await q(
      `INSERT INTO panel_members (round_id, user_id, role, submitted_at, submitted_by)
       SELECT ${r0} + r.seq, ${judge0} + 1 + ((r.seq - 1) * ${JUDGES_PER_ROUND} + j.seq) % ${JUDGE_POOL},
              IF(j.seq = 0, 'head', 'member'), NOW(3), ${judge0} + 1 + ((r.seq - 1) * ${JUDGES_PER_ROUND} + j.seq) % ${JUDGE_POOL}
       FROM seq_1_to_${E} r JOIN seq_0_to_${JUDGES_PER_ROUND - 1} j`,
    );
  });
  await step('entries', async () => {
    await q(
      `INSERT INTO entries (id, category_id, number, title, organisation_id, locality_id, version)
       SELECT ${n0} + s.seq, ${c0} + 1 + (s.seq - 1) DIV ${perEvent}, 1 + (s.seq - 1) % ${perEvent},
              'Tiết mục dự thi', u.id, u.locality_id, 1
       FROM seq_1_to_${N} s JOIN bench_units u ON u.k = ((s.seq - 1) DIV ${perEvent}) % ${U}`,
    );
    // The n-th entry's child: (n × 7919) mod P, distinct within a category since 7919 is prime.
    await chunked(
      N,
      (from, to) => `
      INSERT INTO entry_members (entry_id, participant_id, active_category_id)
      SELECT ${n0} + seq, ${p0} + 1 + (seq * 7919) % ${P}, ${c0} + 1 + (seq - 1) DIV ${perEvent}
      FROM seq_${from}_to_${to}`,
    );
    await q(
      `INSERT INTO round_entries (round_id, entry_id)
       SELECT ${r0} + 1 + (seq - 1) DIV ${perEvent}, ${n0} + seq FROM seq_1_to_${N}`,
    );
  });
  // Marks: every judge of the panel, every criterion, every entry (0–10 in quarters).
  const marksPerEntry = JUDGES_PER_ROUND * CRITERIA.length;
  const entriesForScores = Math.min(N, Math.floor(counts.scores / marksPerEntry));
  await step('scores', () =>
    chunked(
      entriesForScores,
      (from, to) => `
      INSERT INTO scores (round_id, entry_id, judge_id, criterion, value, version, entered_by)
      SELECT r.round_id, r.entry_id, pm.user_id, ELT(c.seq + 1, ${CRITERIA.map((c) => `'${c}'`).join(', ')}),
             4 + (${h('sv', 'CONCAT(r.entry_id, pm.user_id, c.seq)')} % 25) / 4, 1, pm.user_id
      FROM round_entries r
      JOIN panel_members pm ON pm.round_id = r.round_id
      JOIN seq_0_to_${CRITERIA.length - 1} c
      WHERE r.entry_id BETWEEN ${n0 + from} AND ${n0 + to}`,
      Math.ceil(CHUNK / marksPerEntry),
    ),
  );
  // Published results in the shape publication writes (PublishedResults, without breakdowns): entries
  // ranked by their total (ties share a rank), prizes as the category's rules.
  await step('result snapshots', () =>
    q(
      `INSERT INTO result_snapshots (round_id, version, results, entry_prizes, published_by)
       SELECT x.round_id, 1, JSON_OBJECT(
                'event', JSON_OBJECT('id', ev.id, 'name', ev.name, 'kind', ev.kind, 'level', ev.level,
                                     'startDate', ev.start_date, 'endDate', ev.end_date, 'venue', ev.venue),
                'category', JSON_OBJECT('id', c.id, 'code', c.code, 'name', c.name, 'format', c.format),
                'round', JSON_OBJECT('id', r.id, 'name', r.name, 'position', r.position),
                'complete', TRUE, 'missingScores', JSON_ARRAY(), 'normalisation', JSON_ARRAY(),
                'entries', JSON_ARRAYAGG(JSON_OBJECT(
                  'entryId', x.entry_id, 'code', CONCAT(c.code, LPAD(x.number, 3, '0')), 'title', 'Tiết mục dự thi',
                  'teamName', NULL, 'organisationName', o.name, 'localityName', l.name,
                  'members', JSON_ARRAY(JSON_OBJECT('participantId', x.participant_id)), 'status', 'ranked',
                  'finalScore', CAST(ROUND(x.total / ${JUDGES_PER_ROUND}, 2) AS CHAR), 'rank', x.place,
                  'prize', CASE WHEN x.place = 1 THEN 'first' WHEN x.place <= 3 THEN 'second'
                                WHEN x.place <= 6 THEN 'third' END,
                  'advances', FALSE, 'flags', JSON_ARRAY()))), JSON_ARRAY(), ${organiser0} + 1
       FROM (SELECT s.round_id, s.entry_id, MIN(n.number) AS number, MIN(n.organisation_id) AS organisation_id,
                    MIN(n.locality_id) AS locality_id, MIN(em.participant_id) AS participant_id, SUM(s.value) AS total,
                    RANK() OVER (PARTITION BY s.round_id ORDER BY SUM(s.value) DESC) AS place
             FROM scores s JOIN entries n ON n.id = s.entry_id JOIN entry_members em ON em.entry_id = s.entry_id
             WHERE s.round_id > ${r0} GROUP BY s.round_id, s.entry_id) x
       JOIN rounds r ON r.id = x.round_id JOIN categories c ON c.id = r.category_id JOIN events ev ON ev.id = c.event_id
       JOIN organisations o ON o.id = x.organisation_id LEFT JOIN localities l ON l.id = x.locality_id
       GROUP BY x.round_id`,
    ),
  );
  await step('prized entries', () => q(FILL_PRIZED_ENTRIES, [r0]));
  await step('indexes', () => restoreIndexes(db, deferred));
  await step('analyze', () =>
    q(
      'ANALYZE TABLE participants, participant_name_keys, participant_consents, club_memberships, attendance, assessments, assessment_scores, entries, entry_members, scores',
    ),
  );
  await q('SET SESSION foreign_key_checks = 1, unique_checks = 1');
  return {
    counts: { ...counts, entries: N, scores: entriesForScores * marksPerEntry },
    seed,
    timings,
    seconds: Math.round(performance.now() - started) / 1000,
    roots,
    unitIds,
    organiserUserId: organiser0 + 1,
    leafDisciplineIds,
  };
}

interface DeferredIndex {
  table: string;
  name: string;
  unique: boolean;
  columns: string[];
}

/** Drops the tables' secondary indexes that back no foreign key (they are rebuilt once, after the load). */
async function deferIndexes(db: Connection, tables: string[]): Promise<DeferredIndex[]> {
  const [rows] = await db.query(
    `SELECT s.table_name AS t, s.index_name AS i, MAX(s.non_unique) AS nu,
            GROUP_CONCAT(s.column_name ORDER BY s.seq_in_index) AS cols
     FROM information_schema.statistics s
     WHERE s.table_schema = DATABASE() AND s.table_name IN (?) AND s.index_name <> 'PRIMARY'
       -- an index whose first column is a foreign key's backs it: it stays, whole
       AND NOT EXISTS (SELECT 1 FROM information_schema.statistics f
                       JOIN information_schema.key_column_usage k
                         ON k.table_schema = f.table_schema AND k.table_name = f.table_name
                        AND k.column_name = f.column_name AND k.referenced_table_name IS NOT NULL
                       WHERE f.table_schema = s.table_schema AND f.table_name = s.table_name
                         AND f.index_name = s.index_name AND f.seq_in_index = 1)
     GROUP BY s.table_name, s.index_name`,
    [tables],
  );
  const deferred = (rows as { t: string; i: string; nu: number; cols: string }[]).map((row) => ({
    table: row.t,
    name: row.i,
    unique: Number(row.nu) === 0,
    columns: row.cols.split(','),
  }));
  for (const index of deferred) await db.query(`ALTER TABLE \`${index.table}\` DROP INDEX \`${index.name}\``);
  return deferred;
}

async function restoreIndexes(db: Connection, deferred: DeferredIndex[]): Promise<void> {
  const byTable = new Map<string, DeferredIndex[]>();
  for (const index of deferred) byTable.set(index.table, [...(byTable.get(index.table) ?? []), index]);
  for (const [table, indexes] of byTable) {
    const clauses = indexes.map(
      (index) =>
        `ADD ${index.unique ? 'UNIQUE ' : ''}INDEX \`${index.name}\` (${index.columns.map((c) => `\`${c}\``).join(', ')})`,
    );
    await db.query(`ALTER TABLE \`${table}\` ${clauses.join(', ')}`);
  }
}
