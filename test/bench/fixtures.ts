import type { Pool, ResultSetHeader, RowDataPacket } from 'mysql2/promise';

export const CRITERIA = ['technique', 'musicality', 'expression', 'stage', 'costume'];

export interface BenchRound {
  roundId: number;
  entryIds: number[];
  judgeIds: number[];
}

/**
 * An event in judging organised by `organisationId`, one category and one open round of `entries`
 * individual entries (children from `firstParticipant` on, each with their consents from the generator),
 * judged on five criteria by `judgeIds` (the first is head judge). Written with a few bulk statements.
 */
export async function benchRound(
  db: Pool,
  options: {
    name: string;
    entries: number;
    judgeIds: number[];
    organisationId: number;
    firstParticipant: number;
  },
): Promise<BenchRound> {
  const [event] = await db.query<ResultSetHeader>(
    `INSERT INTO events (name, kind, level, venue, start_date, end_date, state, version)
     VALUES (?, 'contest', 'provincial', 'Cung Văn hóa Thanh thiếu nhi Quảng Ninh', '2025-11-20', '2025-11-21', 'judging', 1)`,
    [options.name],
  );
  await db.query('INSERT INTO event_organisations (event_id, organisation_id, position) VALUES (?, ?, 1)', [
    event.insertId,
    options.organisationId,
  ]);
  const [category] = await db.query<ResultSetHeader>(
    `INSERT INTO categories (event_id, code, name, discipline_id, format, min_members, max_members, prizes,
                             next_entry_number, version)
     SELECT ?, 'A', 'Bảng A', MIN(id), 'individual', 1, 1, ?, ?, 1 FROM disciplines WHERE code = 'MUSIC.PIANO'`,
    [
      event.insertId,
      JSON.stringify([
        { prize: 'first', count: 1 },
        { prize: 'second', count: 2 },
        { prize: 'third', count: 3 },
      ]),
      options.entries + 1,
    ],
  );
  const [round] = await db.query<ResultSetHeader>(
    `INSERT INTO rounds (category_id, position, name, criteria, method, basis, decimals, tie_breaks, state, version)
     VALUES (?, 1, 'Chung khảo', ?, '{"kind":"trimmed_mean","trim":1,"minPanel":5}', 'totals', 2, ?, 'open', 1)`,
    [
      category.insertId,
      JSON.stringify(
        CRITERIA.map((code) => ({ code, name: code, min: '0', max: '10', step: '0.25', weight: '1' })),
      ),
      JSON.stringify([{ kind: 'criterion', criterion: 'technique' }, { kind: 'headJudge' }]),
    ],
  );
  const [[{ n0 }]] = await db.query<RowDataPacket[]>('SELECT COALESCE(MAX(id), 0) AS n0 FROM entries');
  await db.query(
    `INSERT INTO entries (id, category_id, number, title, organisation_id, version)
     SELECT ? + seq, ?, seq, 'Tiết mục', ?, 1 FROM seq_1_to_${options.entries}`,
    [n0, category.insertId, options.organisationId],
  );
  await db.query(
    `INSERT INTO entry_members (entry_id, participant_id, active_category_id)
     SELECT ? + seq, ? + seq - 1, ? FROM seq_1_to_${options.entries}`,
    [n0, options.firstParticipant, category.insertId],
  );
  await db.query(
    `INSERT INTO round_entries (round_id, entry_id) SELECT ?, ? + seq FROM seq_1_to_${options.entries}`,
    [round.insertId, n0],
  );
  await db.query(
    `INSERT INTO panel_members (round_id, user_id, role) VALUES ${options.judgeIds.map(() => '(?, ?, ?)').join(', ')}`,
    options.judgeIds.flatMap((id, i) => [round.insertId, id, i === 0 ? 'head' : 'member']),
  );
  return {
    roundId: round.insertId,
    entryIds: Array.from({ length: options.entries }, (_, i) => Number(n0) + i + 1),
    judgeIds: options.judgeIds,
  };
}

/** A user id by e-mail (the generator's coaches, judges and organisers share BENCH_PASSWORD). */
export async function userId(db: Pool, email: string): Promise<number> {
  const [[row]] = await db.query<RowDataPacket[]>('SELECT id FROM users WHERE email = ?', [email]);
  return Number(row.id);
}

/** A user with a role, given the generator's password hash (so it signs in with BENCH_PASSWORD). */
export async function benchUser(
  db: Pool,
  email: string,
  role: string,
  organisationId: number | null,
): Promise<number> {
  const [user] = await db.query<ResultSetHeader>(
    `INSERT INTO users (email, password_hash, full_name, active, version)
     SELECT ?, password_hash, 'Cán bộ Đo hiệu năng', 1, 1 FROM users WHERE email = 'judge-1@bench.test'`,
    [email],
  );
  await db.query('INSERT INTO role_assignments (user_id, role, organisation_id) VALUES (?, ?, ?)', [
    user.insertId,
    role,
    organisationId,
  ]);
  return user.insertId;
}
