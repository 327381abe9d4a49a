import mysql from 'mysql2/promise';
import { Organisation } from '../src/organisations/entities/organisation.entity';
import { bearer, createTestApp, eventually, TestApp } from './support/test-app';

/**
 * Every failure path a registration can meet (a duplicate key, a deadlock, a lock wait timeout, a killed
 * connection) provoked while registering children with distinctive data, with every log line captured at
 * the most verbose level: none of the children's or guardians' data may appear in any of them.
 */
describe('log privacy', () => {
  const lines: string[] = [];
  let t: TestApp;
  let organisation: Organisation;
  let disciplineId: number;
  let token: string;
  let other: mysql.Connection;

  const guardian = {
    guardianName: 'Vũ Đình Khoát',
    guardianPhone: '0987 654 321',
    guardianRelationship: 'bố',
  };
  const children = [
    { fullName: 'Hoàng Thị Quỳnh Xuyến', dateOfBirth: '2013-07-19' },
    { fullName: 'Lục Văn Khương', dateOfBirth: '2012-11-23' },
    { fullName: 'Ma Thị Nguyệt Ánh', dateOfBirth: '2014-02-27' },
    { fullName: 'Triệu Thị Mỷ Lương', dateOfBirth: '2013-03-14' },
  ];
  /** What must never be logged: names (with and without marks), dates of birth, the phone's digits. */
  const needles = [
    ...children.flatMap(({ fullName, dateOfBirth }) => [...fullName.split(' ').slice(-2), dateOfBirth]),
    'Xuyen',
    'Khuong',
    'Nguyet',
    'Luong',
    'Khoát',
    'Khoat',
    '987654321',
    '987 654 321',
  ];

  beforeAll(async () => {
    t = await createTestApp({
      env: { LOG_LEVEL: 'trace', DATABASE_LOCK_WAIT_SECONDS: '2' },
      logDestination: { write: (line: string) => void lines.push(line) },
    });
    organisation = await t.factories.organisation({ level: 'district' });
    disciplineId = await t.factories.subDisciplineId();
    token = await t.adminToken();
    const { host, port, user, password, name } = t.config.database;
    other = await mysql.createConnection({ host, port, user, password, database: name });
    await other.query('CREATE TABLE scratch (id INT PRIMARY KEY, v INT NOT NULL) ENGINE=InnoDB');
    await other.query(
      `INSERT INTO scratch (id, v) SELECT seq, 0 FROM seq_1_to_3000`, // MariaDB's sequence engine
    );
  });

  afterAll(async () => {
    await other?.end();
    await t?.close();
  });

  const register = (child: (typeof children)[number]) =>
    t
      .http()
      .post('/api/v1/participants')
      .set(bearer(token))
      .send({
        ...child,
        ...guardian,
        gender: 'female',
        organisationId: organisation.id,
        disciplineIds: [disciplineId],
      });

  /** The id of the application's connection held up inserting into `table` (the registration's disciplines). */
  const waitingThread = (table = 'participant_disciplines') =>
    eventually(async () => {
      const [rows] = await other.query<mysql.RowDataPacket[]>(
        `SELECT ID AS id FROM information_schema.PROCESSLIST
          WHERE DB = DATABASE() AND ID <> CONNECTION_ID() AND COMMAND = 'Query' AND STATE = 'Update'
            AND INFO LIKE CONCAT('INSERT INTO \`', ?, '\`%')`,
        [table],
      );
      return rows[0]?.id as number | undefined;
    }, 5000);

  it('logs no child data when registrations collide on the unique key', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => register(children[0])));
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, ...Array(9).fill(409)]);
  });

  it('logs no child data when a registration meets the unique key of the same child being registered', async () => {
    // The first registration inserts the child and waits for the discipline, which the other session holds;
    // the second one finds no namesake yet, and its insert waits on the first one's key until it commits.
    const logged = lines.length;
    await other.query('BEGIN');
    await other.query('SELECT id FROM disciplines WHERE id = ? FOR UPDATE', [disciplineId]);
    const first = register(children[3]).then((response) => response);
    await waitingThread();
    const second = register(children[3]).then((response) => response);
    await waitingThread('participants');
    await other.query('ROLLBACK');
    expect([(await first).status, (await second).status]).toEqual([201, 409]);
    expect(lines.slice(logged).some((line) => line.includes('ER_DUP_ENTRY'))).toBe(true);
  });

  it('logs no child data when a registration is chosen as a deadlock victim, then times out on a lock', async () => {
    // The other session outweighs the registration (3,000 changed rows), so InnoDB rolls the registration
    // back, not it; then it keeps the discipline locked until the registration's retry times out.
    await other.query('BEGIN');
    await other.query('UPDATE scratch SET v = v + 1');
    await other.query('SELECT id FROM disciplines WHERE id = ? FOR UPDATE', [disciplineId]);
    const answer = register(children[1]).then((response) => response);
    await waitingThread(); // the registration inserted its row and waits for the discipline
    await other.query('SELECT id FROM participants FOR UPDATE'); // waits for that row: a cycle
    const response = await answer;
    await other.query('ROLLBACK');
    expect(response.status).toBe(503);
    expect(response.headers['retry-after']).toBeDefined();
    expect(lines.some((line) => line.includes('ER_LOCK_DEADLOCK'))).toBe(true);
    expect(lines.some((line) => line.includes('ER_LOCK_WAIT_TIMEOUT'))).toBe(true);
  });

  it('logs no child data when the connection of a registration is killed', async () => {
    await other.query('BEGIN');
    await other.query('SELECT id FROM disciplines WHERE id = ? FOR UPDATE', [disciplineId]);
    const answer = register(children[2]).then((response) => response);
    await other.query(`KILL ${await waitingThread()}`);
    const response = await answer;
    await other.query('ROLLBACK');
    expect(response.status).toBe(503);
    const [[{ count }]] = await other.query<mysql.RowDataPacket[]>(
      'SELECT COUNT(*) AS count FROM participants WHERE date_of_birth = ?',
      [children[2].dateOfBirth],
    );
    expect(count).toBe(0);
  });

  it('found none of the data in any line, at any level', () => {
    expect(lines.length).toBeGreaterThan(50);
    // A database error names its table: what an operator needs, and no more.
    expect(lines.some((line) => line.includes('ER_LOCK_WAIT_TIMEOUT') && line.includes('"table"'))).toBe(
      true,
    );
    const leaks = lines.flatMap((line) =>
      needles
        .filter((needle) => line.toLowerCase().includes(needle.toLowerCase()))
        .map((needle) => ({ needle, line })),
    );
    expect(leaks).toEqual([]);
  });
});
