import { MysqlQueryRunner } from 'typeorm/driver/mysql/MysqlQueryRunner';
import { Organisation } from '../src/organisations/entities/organisation.entity';
import { todayInVietnam } from '../src/participants/participant-rules';
import { bearer, createTestApp, TestApp } from './support/test-app';

function daysAgo(days: number): string {
  const date = new Date(`${todayInVietnam()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/** A coach's week, and who may not touch it. */
describe('clubs and coaching', () => {
  let t: TestApp;
  let A: Organisation;
  let B: Organisation;
  const token = {} as Record<
    'admin' | 'organiserA' | 'coachA' | 'coachB' | 'organiserB' | 'judgeA' | 'viewerA',
    string
  >;
  const userId = {} as Record<keyof typeof token, number>;
  let chess: { id: number };
  let clubA: { id: number };
  let clubB: { id: number };
  const trainees: number[] = [];

  beforeAll(async () => {
    // The outbox relay polls the database; slowed down so query counts below are this test's own.
    t = await createTestApp({ env: { OUTBOX_POLL_INTERVAL_MS: '60000' } });
    const province = await t.factories.rootOrganisation();
    A = await t.factories.organisation({
      name: 'Đoàn phường Hồng Gai',
      level: 'commune',
      parentId: province.id,
    });
    B = await t.factories.organisation({
      name: 'Đoàn phường Bãi Cháy',
      level: 'commune',
      parentId: province.id,
    });
    const people: [keyof typeof token, 'organiser' | 'coach' | 'judge' | 'viewer', Organisation][] = [
      ['organiserA', 'organiser', A],
      ['coachA', 'coach', A],
      ['coachB', 'coach', B],
      ['organiserB', 'organiser', B],
      ['judgeA', 'judge', A],
      ['viewerA', 'viewer', A],
    ];
    for (const [who, role, organisation] of people) {
      const user = await t.factories.user({ roles: [{ role, organisationId: organisation.id }] });
      token[who] = await t.login(user.email, user.password);
      userId[who] = user.id;
    }
    token.admin = await t.adminToken();
    [chess] = (await as('admin').get('/disciplines?q=co vua').expect(200)).body.items;

    clubA = (
      await as('organiserA')
        .post('/clubs', club('Câu lạc bộ Cờ vua Hồng Gai', A.id, 30))
        .expect(201)
    ).body;
    await as('organiserA').post(`/clubs/${clubA.id}/coaches`, { userId: userId.coachA }).expect(201);
    clubB = (
      await as('organiserB')
        .post('/clubs', club('Câu lạc bộ Cờ vua Bãi Cháy', B.id, 30))
        .expect(201)
    ).body;
    await as('organiserB').post(`/clubs/${clubB.id}/coaches`, { userId: userId.coachB }).expect(201);

    // 25 children of unit A, each with a guardian's consent to the registry.
    for (let i = 0; i < 25; i++) {
      const child = await register(`Học Viên Số ${i + 1}`, 8 + (i % 6));
      await consent(child);
      await as('coachA')
        .post(`/clubs/${clubA.id}/members`, { participantId: child, joinedOn: daysAgo(200) })
        .expect(201);
      trainees.push(child);
    }
  });

  afterAll(() => t?.close());

  const as = (who: keyof typeof token) => ({
    get: (path: string) => t.http().get(`/api/v1${path}`).set(bearer(token[who])),
    post: (path: string, body: object = {}) =>
      t.http().post(`/api/v1${path}`).set(bearer(token[who])).send(body),
    put: (path: string, body: object) => t.http().put(`/api/v1${path}`).set(bearer(token[who])).send(body),
    patch: (path: string, body: object) =>
      t.http().patch(`/api/v1${path}`).set(bearer(token[who])).send(body),
  });
  const club = (name: string, organisationId: number, capacity: number) => ({
    organisationId,
    name,
    kind: 'club',
    disciplineId: chess.id,
    schedule: 'Thứ Ba và Thứ Năm, 17:30–19:00',
    capacity,
  });
  const register = async (fullName: string, age: number) => {
    const born = new Date(`${todayInVietnam()}T00:00:00Z`);
    born.setUTCFullYear(born.getUTCFullYear() - age);
    born.setUTCDate(born.getUTCDate() - 10);
    const response = await as('organiserA')
      .post('/participants', {
        fullName,
        gender: 'male',
        dateOfBirth: born.toISOString().slice(0, 10),
        organisationId: A.id,
      })
      .expect(201);
    return response.body.id as number;
  };
  const consent = (participantId: number) =>
    as('organiserA')
      .post(`/participants/${participantId}/consents`, {
        kind: 'guardian',
        givenBy: 'Phụ huynh',
        givenOn: todayInVietnam(),
        method: 'paper',
        scopes: ['registry', 'contests'],
      })
      .expect(201);

  /** Queries the application sends to MariaDB while `work` runs. */
  const countQueries = async (work: () => Promise<unknown>) => {
    const spy = jest.spyOn(MysqlQueryRunner.prototype, 'query');
    try {
      await work();
      return spy.mock.calls.length;
    } finally {
      spy.mockRestore();
    }
  };

  describe('a coach’s day', () => {
    let rubric: { id: number; criteria: { id: number; code: string }[] };
    let firstAssessmentId: number;

    it('records a session’s attendance for 25 trainees in one request, with as many queries as for 5', async () => {
      const session = (
        await as('coachA')
          .post(`/clubs/${clubA.id}/sessions`, {
            date: daysAgo(2),
            startTime: '17:30',
            endTime: '19:00',
            topic: 'Khai cuộc Italia',
          })
          .expect(201)
      ).body;
      const records = trainees.map((participantId, i) => ({
        participantId,
        status: i % 5 === 4 ? 'absent' : i % 7 === 6 ? 'excused' : 'present',
      }));
      let response!: { body: { session: { attendance: object }; records: unknown[] } };
      const forTwentyFive = await countQueries(async () => {
        response = await as('coachA').put(`/sessions/${session.id}/attendance`, { records }).expect(200);
      });
      // Hand count: absent at i = 4, 9, 14, 19, 24 (5); excused at i = 6, 13, 20, 27… that are not absent: 6, 13, 20 (3).
      expect(response.body.session.attendance).toEqual({ present: 17, absent: 5, excused: 3 });
      expect(response.body.records).toHaveLength(25);

      const small = (
        await as('coachA')
          .post(`/clubs/${clubA.id}/sessions`, { date: daysAgo(1) })
          .expect(201)
      ).body;
      const forFive = await countQueries(() =>
        as('coachA')
          .put(`/sessions/${small.id}/attendance`, { records: records.slice(0, 5) })
          .expect(200),
      );
      expect(forTwentyFive).toBe(forFive);
    });

    it('corrects attendance with the same request, audited', async () => {
      const session = (
        await as('coachA')
          .post(`/clubs/${clubA.id}/sessions`, { date: daysAgo(3) })
          .expect(201)
      ).body;
      await as('coachA')
        .put(`/sessions/${session.id}/attendance`, {
          records: [{ participantId: trainees[0], status: 'absent' }],
        })
        .expect(200);
      const corrected = await as('coachA')
        .put(`/sessions/${session.id}/attendance`, {
          records: [{ participantId: trainees[0], status: 'excused', note: 'Ốm, có giấy' }],
        })
        .expect(200);
      expect(corrected.body.records).toEqual([
        { participantId: trainees[0], fullName: 'Học Viên Số 1', status: 'excused', note: 'Ốm, có giấy' },
      ]);
      const audit = (await as('admin').get(`/audit?entity=club_session&entityId=${session.id}`).expect(200))
        .body.items;
      expect(audit.map((entry: { action: string }) => entry.action)).toEqual([
        'attendance.correct',
        'attendance.record',
      ]);
    });

    it('counts a session’s attendance in the reports as last corrected', async () => {
      const day = daysAgo(6);
      const session = (await as('coachA').post(`/clubs/${clubA.id}/sessions`, { date: day }).expect(201))
        .body;
      const record = (...statuses: string[]) =>
        as('coachA')
          .put(`/sessions/${session.id}/attendance`, {
            records: statuses.map((status, i) => ({ participantId: trainees[i], status })),
          })
          .expect(200);
      const rate = async () =>
        (await as('admin').get(`/reports/summary?from=${day}&to=${day}`).expect(200)).body.total
          .attendanceRate as number | null;
      await record('present', 'absent', 'absent', 'excused');
      expect(await rate()).toBe(0.3333); // 1 present of 3 marked (the excused one is not marked)
      await record('present', 'present', 'absent', 'excused');
      expect(await rate()).toBe(0.6667);
      await record();
      expect(await rate()).toBeNull();
    });

    it('refuses attendance for someone who was not a member, naming the row, and for a future session', async () => {
      const outsider = await register('Người Ngoài', 10);
      const session = (
        await as('coachA')
          .post(`/clubs/${clubA.id}/sessions`, { date: daysAgo(4) })
          .expect(201)
      ).body;
      const refused = await as('coachA')
        .put(`/sessions/${session.id}/attendance`, {
          records: [
            { participantId: trainees[0], status: 'present' },
            { participantId: outsider, status: 'present' },
          ],
        })
        .expect(400);
      expect(refused.body.errors).toEqual([
        { path: 'records.1.participantId', message: 'không là thành viên của câu lạc bộ vào ngày này' },
      ]);
      expect((await as('coachA').get(`/sessions/${session.id}`).expect(200)).body.records).toEqual([]);
      const future = (
        await as('coachA').post(`/clubs/${clubA.id}/sessions`, { date: '2099-01-01' }).expect(201)
      ).body;
      await as('coachA').put(`/sessions/${future.id}/attendance`, { records: [] }).expect(409);
    });

    it('assesses three trainees against a rubric, refusing marks off its scale', async () => {
      rubric = (
        await as('organiserA')
          .post('/assessment-rubrics', {
            organisationId: A.id,
            disciplineId: chess.id,
            name: 'Đánh giá cờ vua cơ bản',
            criteria: [
              { code: 'OPENING', name: 'Khai cuộc', min: 0, max: 10, step: 0.5 },
              { code: 'TACTICS', name: 'Chiến thuật', min: '0', max: '10', step: '0.5' },
              { code: 'ENDGAME', name: 'Tàn cuộc', min: 0, max: 10, step: 0.5 },
            ],
          })
          .expect(201)
      ).body;
      expect(rubric.criteria.map((criterion) => criterion.code)).toEqual(['OPENING', 'TACTICS', 'ENDGAME']);
      const assess = (participantId: number, values: (string | number)[], assessedOn = daysAgo(5)) =>
        as('coachA').post('/assessments', {
          participantId,
          clubId: clubA.id,
          rubricId: rubric.id,
          assessedOn,
          scores: rubric.criteria.map((criterion, i) => ({ criterionId: criterion.id, value: values[i] })),
          comment: 'Tiến bộ đều',
        });
      const first = await assess(trainees[0], ['7.5', 8, '6.5']).expect(201);
      firstAssessmentId = first.body.id;
      expect(first.body.scores).toEqual([
        { criterionId: rubric.criteria[0].id, code: 'OPENING', value: '7.50' },
        { criterionId: rubric.criteria[1].id, code: 'TACTICS', value: '8.00' },
        { criterionId: rubric.criteria[2].id, code: 'ENDGAME', value: '6.50' },
      ]);
      await assess(trainees[1], [9, 9, 9]).expect(201);
      await assess(trainees[2], [5, 5, 5], daysAgo(40)).expect(201);
      await assess(trainees[2], [3, 3.5, 3]).expect(201);

      const offScale = await assess(trainees[3], ['10.5', '7.3', 5]).expect(400);
      expect(offScale.body.errors).toEqual([
        { path: 'scores.0.value', message: 'phải từ 0.00 đến 10.00, bước 0.50' },
        { path: 'scores.1.value', message: 'phải từ 0.00 đến 10.00, bước 0.50' },
      ]);
      const missing = await as('coachA')
        .post('/assessments', {
          participantId: trainees[3],
          clubId: clubA.id,
          rubricId: rubric.id,
          assessedOn: daysAgo(1),
          scores: [{ criterionId: rubric.criteria[0].id, value: 5 }],
        })
        .expect(400);
      expect(missing.body.errors).toEqual([
        { path: 'scores', message: 'thiếu điểm tiêu chí TACTICS, ENDGAME' },
      ]);
    });

    it('corrects an assessment, keeping both versions in the audit log', async () => {
      const current = (await as('coachA').get(`/assessments/${firstAssessmentId}`).expect(200)).body;

      const corrected = await as('coachA')
        .patch(`/assessments/${current.id}`, {
          version: current.version,
          scores: current.scores.map((score: { criterionId: number }) => ({
            criterionId: score.criterionId,
            value: 4,
          })),
        })
        .expect(200);
      expect(corrected.body.version).toBe(current.version + 1);
      await as('coachA')
        .patch(`/assessments/${current.id}`, { version: current.version, comment: 'muộn' })
        .expect(409);
      const [entry] = (
        await as('admin').get(`/audit?entity=assessment&entityId=${current.id}&action=correct`).expect(200)
      ).body.items;
      expect(entry.before.scores).toEqual(current.scores);
      expect(entry.after.scores.map((score: { value: string }) => score.value)).toEqual([
        '4.00',
        '4.00',
        '4.00',
      ]);
    });

    it('reads one trainee’s progress: marks per criterion over time and attendance by month', async () => {
      const progress = (await as('coachA').get(`/participants/${trainees[2]}/progress`).expect(200)).body;
      expect(progress.assessments).toHaveLength(1);
      const [opening] = progress.assessments[0].criteria;
      expect(opening).toMatchObject({ code: 'OPENING', min: '0.00', max: '10.00' });
      expect(
        opening.points.map((point: { date: string; value: string }) => [point.date, point.value]),
      ).toEqual([
        [daysAgo(40), '5.00'],
        [daysAgo(5), '3.00'],
      ]);
      const months = progress.attendance as { present: number; absent: number; excused: number }[];
      expect(
        months.reduce((sum, month) => sum + month.present + month.absent + month.excused, 0),
      ).toBeGreaterThan(0);
      expect(progress.results).toEqual([]);
    });

    it('exports a trainee’s memberships, attendance and assessments with the rest of the record', async () => {
      const exported = (await as('organiserA').get(`/participants/${trainees[2]}/export`).expect(200)).body;
      expect(exported.memberships).toEqual([
        expect.objectContaining({ club: 'Câu lạc bộ Cờ vua Hồng Gai', joinedOn: daysAgo(200), leftOn: null }),
      ]);
      expect(exported.attendance.length).toBeGreaterThan(0);
      expect(exported.assessments.map((assessment: { assessedOn: string }) => assessment.assessedOn)).toEqual(
        [daysAgo(40), daysAgo(5)],
      );
      expect(exported.assessments[1].marks).toEqual(
        expect.arrayContaining([{ criterion: 'OPENING', value: '3.00' }]),
      );
      expect(exported.entries).toEqual([]);
      expect(exported.results).toEqual([]);
    });

    it('lists the coach’s trainees with the latest assessment, 90-day attendance and a flag for a falling one', async () => {
      const page = (await as('coachA').get('/me/trainees?pageSize=100').expect(200)).body;
      expect(page.total).toBe(25);
      const third = page.items.find((item: { participantId: number }) => item.participantId === trainees[2]);
      // 5/5/5 on 0–10 is 0.5; 3/3.5/3 is (0.3 + 0.35 + 0.3) / 3 = 0.3167 → 0.32: a fall of 0.18.
      expect(third).toMatchObject({
        fullName: 'Học Viên Số 3',
        clubs: [{ id: clubA.id, name: 'Câu lạc bộ Cờ vua Hồng Gai' }],
        latestAssessment: { normalisedScore: 0.32, rubricName: 'Đánh giá cờ vua cơ bản' },
        flags: { assessmentsDropping: true, attendanceDropping: false },
      });
      const second = page.items.find((item: { participantId: number }) => item.participantId === trainees[1]);
      expect(second.latestAssessment.normalisedScore).toBe(0.9);
      expect(second.flags.assessmentsDropping).toBe(false);
      expect(second.attendanceRate90Days).toBe(1);
      await as('organiserA').get('/me/trainees').expect(403);
    });
  });

  describe('membership rules', () => {
    it('refuses a member over capacity, and one without a guardian’s consent, naming it', async () => {
      const small = (
        await as('organiserA')
          .post('/clubs', club('Đội tuyển cờ vua', A.id, 1))
          .expect(201)
      ).body;
      await as('organiserA').post(`/clubs/${small.id}/members`, { participantId: trainees[0] }).expect(201);
      const full = await as('organiserA')
        .post(`/clubs/${small.id}/members`, { participantId: trainees[1] })
        .expect(409);
      expect(full.body).toMatchObject({ capacity: 1, detail: 'Câu lạc bộ đã đủ 1 thành viên.' });

      const unconsented = await register('Chưa Có Đồng Ý', 9);
      const refused = await as('coachA')
        .post(`/clubs/${clubA.id}/members`, { participantId: unconsented })
        .expect(409);
      expect(refused.body).toMatchObject({
        code: 'consent_missing',
        missingConsents: [{ kind: 'guardian', scope: 'registry' }],
      });
      await as('coachA').post(`/clubs/${clubA.id}/members`, { participantId: trainees[0] }).expect(409);
    });

    it('keeps history when a trainee leaves and joins again', async () => {
      const child = await register('Ra Vào', 12);
      await consent(child);
      const first = (
        await as('coachA')
          .post(`/clubs/${clubA.id}/members`, { participantId: child, joinedOn: daysAgo(30) })
          .expect(201)
      ).body;
      await as('coachA')
        .patch(`/clubs/${clubA.id}/members/${first.id}`, { leftOn: daysAgo(10), reason: 'Chuyển trường' })
        .expect(200);
      await as('coachA').post(`/clubs/${clubA.id}/members`, { participantId: child }).expect(201);
      const history = (
        await as('coachA').get(`/clubs/${clubA.id}/members?status=all&pageSize=100`).expect(200)
      ).body.items.filter((member: { participantId: number }) => member.participantId === child);
      expect(
        history.map((member: { active: boolean; leftOn: string | null }) => [member.active, member.leftOn]),
      ).toEqual(
        expect.arrayContaining([
          [false, daysAgo(10)],
          [true, null],
        ]),
      );
    });
  });

  describe('finding the unit’s children to add', () => {
    it('lists the club unit’s children by any part of the name, to its coach only', async () => {
      const outsider = await as('organiserB')
        .post('/participants', {
          fullName: 'Học Viên Bãi Cháy',
          gender: 'female',
          dateOfBirth: '2015-01-01',
          organisationId: B.id,
        })
        .expect(201);
      const found = await as('coachA')
        .get(`/clubs/${clubA.id}/member-candidates?q=hoc vien so 1&pageSize=100`)
        .expect(200);
      // "Học Viên Số 1", "Số 10" … "Số 19": 11 of the 25; unit B's child never, whatever the query.
      expect(found.body.total).toBe(11);
      expect(found.body.items[0]).toEqual({
        participantId: expect.any(Number),
        fullName: expect.stringMatching(/^Học Viên Số 1/),
        dateOfBirth: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });
      const anyone = await as('coachA').get(`/clubs/${clubA.id}/member-candidates?q=hoc vien`).expect(200);
      expect(anyone.body.total).toBe(25);
      expect(anyone.body.items.map((item: { participantId: number }) => item.participantId)).not.toContain(
        outsider.body.id,
      );
      await as('coachB').get(`/clubs/${clubA.id}/member-candidates?q=hoc`).expect(404);
      await as('judgeA').get(`/clubs/${clubA.id}/member-candidates?q=hoc`).expect(404);
      await as('coachA').get(`/clubs/${clubA.id}/member-candidates?q=`).expect(400);
    });
  });

  describe('who may not', () => {
    it('hides club A and its trainees from the coach of club B (404), reading or writing', async () => {
      await as('coachB').get(`/clubs/${clubA.id}`).expect(404);
      await as('coachB').get(`/clubs/${clubA.id}/members`).expect(404);
      await as('coachB')
        .post(`/clubs/${clubA.id}/sessions`, { date: daysAgo(1) })
        .expect(404);
      await as('coachB').post(`/clubs/${clubA.id}/members`, { participantId: trainees[0] }).expect(404);
      await as('coachB').get(`/participants/${trainees[0]}`).expect(404);
      await as('coachB').get(`/participants/${trainees[0]}/progress`).expect(404);
      const [sessionA] = (await as('coachA').get(`/clubs/${clubA.id}/sessions`).expect(200)).body.items;
      await as('coachB').get(`/sessions/${sessionA.id}`).expect(404);
      await as('coachB').put(`/sessions/${sessionA.id}/attendance`, { records: [] }).expect(404);
      expect(
        (await as('coachB').get('/clubs').expect(200)).body.items.map((item: { id: number }) => item.id),
      ).toEqual([clubB.id]);
      expect((await as('coachB').get('/me/trainees').expect(200)).body.total).toBe(0);
    });

    it('lets a coach see their trainee in full, but not manage the club', async () => {
      const view = (await as('coachA').get(`/participants/${trainees[0]}`).expect(200)).body;
      expect(view).toHaveProperty('dateOfBirth');
      await as('coachA').patch(`/clubs/${clubA.id}`, { capacity: 50 }).expect(403);
      await as('coachA').post(`/clubs/${clubA.id}/coaches`, { userId: userId.coachA }).expect(403);
    });

    it('refuses judges, viewers and another unit’s organiser anything here', async () => {
      await as('judgeA')
        .post('/clubs', club('Câu lạc bộ mới', A.id, 10))
        .expect(403);
      await as('viewerA')
        .post('/clubs', club('Câu lạc bộ mới', A.id, 10))
        .expect(403);
      await as('judgeA').get(`/clubs/${clubA.id}`).expect(404);
      await as('viewerA')
        .post(`/clubs/${clubA.id}/sessions`, { date: daysAgo(1) })
        .expect(404);
      await as('judgeA')
        .post('/assessments', {
          participantId: trainees[0],
          clubId: clubA.id,
          rubricId: 1,
          assessedOn: daysAgo(1),
          scores: [],
        })
        .expect(404);
      await as('judgeA')
        .post('/assessment-rubrics', {
          organisationId: A.id,
          disciplineId: chess.id,
          name: 'X',
          criteria: [{ code: 'A', name: 'A', min: 0, max: 1, step: 1 }],
        })
        .expect(403);
      await as('organiserB').get(`/clubs/${clubA.id}`).expect(404);
      await as('organiserB').patch(`/clubs/${clubA.id}`, { name: 'Đổi tên' }).expect(404);
      expect((await as('organiserA').get(`/clubs/${clubA.id}`).expect(200)).body.name).toBe(
        'Câu lạc bộ Cờ vua Hồng Gai',
      );
    });

    it('only assigns as coach someone holding the coach role there', async () => {
      // Unit B's coach is out of A's reach: not found, as an unknown account, so nothing tells it exists.
      await as('organiserA').post(`/clubs/${clubA.id}/coaches`, { userId: userId.coachB }).expect(404);
      const refused = await as('organiserA')
        .post(`/clubs/${clubA.id}/coaches`, { userId: userId.viewerA })
        .expect(400);
      expect(refused.body.errors[0].path).toBe('userId');
      await as('organiserA').post(`/clubs/${clubA.id}/coaches`, { userId: 999999 }).expect(404);
    });
  });
});
