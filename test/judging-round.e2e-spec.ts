import type { Test } from 'supertest';
import { AuditLogEntry } from '../src/audit/entities/audit-log-entry.entity';
import { Round } from '../src/competition/entities/round.entity';
import { Score } from '../src/competition/entities/score.entity';
import { CompetitionFactory, Contest } from './support/competition-factory';
import { bearer, createTestApp, TestApp } from './support/test-app';

type Who = 'organiser' | 'head' | 'second' | 'coach' | 'outsider';

const CRITERIA = ['technique', 'expression', 'stage'];

/**
 * After the marks: disagreement flags an organiser confirms before the lock, the lock itself, deductions
 * with reasons, and corrections of a judge's mark after the lock (and after publication).
 */
describe('judging: flags, lock, deductions and corrections', () => {
  let t: TestApp;
  let cf: CompetitionFactory;
  let contest: Contest;
  let round: Round;
  const token = {} as Record<Who, string>;
  const userId = {} as Record<Who, number>;
  /** which the `coach` judge coaches (so is recused from). */
  let entry: number[];

  beforeAll(async () => {
    t = await createTestApp({ env: { OUTBOX_POLL_INTERVAL_MS: '60000' } });
    cf = new CompetitionFactory(t.dataSource, t.factories);
    contest = await cf.contest({ entries: 2, round: { spreadLimit: '6' } });
    round = contest.round;
    const other = await cf.contest({ entries: 1 });
    const users = {
      organiser: await cf.organiser(contest.organisation.id),
      head: await cf.panelMember(round, 'head'),
      second: await cf.panelMember(round, 'member'),
      coach: await cf.panelMember(round, 'member'),
      outsider: await cf.panelMember(other.round, 'member'),
    };
    for (const [who, user] of Object.entries(users) as [Who, (typeof users)[Who]][]) {
      token[who] = await t.login(user.email, user.password);
      userId[who] = user.id;
    }
    const coached = await cf.entry(contest.category, [(await cf.participant(contest.organisation.id)).id], {
      organisationId: contest.organisation.id,
      coachUserId: userId.coach,
    });
    entry = [...contest.entries.map((e) => e.id), coached.id];
  });

  afterAll(() => t?.close());

  function as(who: Who) {
    const signed = (request: Test) => request.set(bearer(token[who])).set('Accept-Language', 'en');
    return {
      get: (path: string) => signed(t.http().get(`/api/v1${path}`)),
      post: (path: string, body: object = {}) => signed(t.http().post(`/api/v1${path}`)).send(body),
      put: (path: string, body: object) => signed(t.http().put(`/api/v1${path}`)).send(body),
    };
  }

  const marks = (entryId: number, value: string, version?: number) =>
    CRITERIA.map((criterion) => ({ entryId, criterion, value, version }));

  const storedRound = () => t.dataSource.getRepository(Round).findOneByOrFail({ id: round.id });

  const auditRows = (action: string) =>
    t.dataSource
      .getRepository(AuditLogEntry)
      .find({ where: { action, entityType: 'round', entityId: String(round.id) }, order: { id: 'ASC' } });

  const setEventState = (state: string) =>
    t.dataSource.query('UPDATE events SET state = ? WHERE id = ?', [state, contest.event.id]);

  describe('before the lock', () => {
    it('has the judges mark: A-001 spreads 27 / 21 / 15, beyond the limit of 6', async () => {
      await as('head')
        .put(`/rounds/${round.id}/scores`, {
          scores: [...marks(entry[0], '9'), ...marks(entry[1], '7'), ...marks(entry[2], '7')],
        })
        .expect(200);
      await as('second')
        .put(`/rounds/${round.id}/scores`, {
          scores: [...marks(entry[0], '5'), ...marks(entry[1], '7'), ...marks(entry[2], '7')],
        })
        .expect(200);
      await as('coach')
        .put(`/rounds/${round.id}/scores`, { scores: [...marks(entry[0], '7'), ...marks(entry[1], '7')] })
        .expect(200);
    });

    it('refuses a correction: before the lock judges change their own marks', async () => {
      const response = await as('organiser')
        .post(`/rounds/${round.id}/corrections`, {
          entryId: entry[1],
          judgeId: userId.head,
          criterion: 'technique',
          value: '8',
          reason: 'Nhập nhầm',
        })
        .expect(409);
      expect(response.body.code).toBe('invalid_state');
      expect(response.body.detail).toContain('the round is not locked yet');
    });

    it('lists the flagged entries for organisers only', async () => {
      const response = await as('organiser').get(`/rounds/${round.id}/flags`).expect(200);
      expect(response.body).toEqual({
        items: [
          {
            entryId: entry[0],
            entryCode: 'A-001',
            spread: '12.00',
            limit: '6.00',
            confirmed: false,
            confirmation: null,
          },
        ],
      });
      await as('head').get(`/rounds/${round.id}/flags`).expect(403);
      await as('outsider').get(`/rounds/${round.id}/flags`).expect(404);
    });

    it('will not lock while a flag is unconfirmed', async () => {
      const response = await as('organiser').post(`/rounds/${round.id}/lock`).expect(409);
      expect(response.body.code).toBe('not_ready');
      expect(response.body.blockers).toEqual([
        { kind: 'unconfirmed_flag', entryId: entry[0], code: 'A-001', spread: '12.00', limit: '6.00' },
      ]);
      expect((await storedRound()).state).toBe('open');
    });

    it('confirms only an entry flagged now, for its current spread', async () => {
      const unflagged = await as('organiser')
        .post(`/rounds/${round.id}/flags/${entry[1]}/confirm`)
        .expect(409);
      expect(unflagged.body.detail).toBe(
        'This entry is not flagged: its judges’ totals do not spread beyond the limit.',
      );
      await as('organiser').post(`/rounds/${round.id}/flags/999999/confirm`).expect(404);
      await as('head').post(`/rounds/${round.id}/flags/${entry[0]}/confirm`).expect(403);

      const confirmed = await as('organiser')
        .post(`/rounds/${round.id}/flags/${entry[0]}/confirm`, {
          note: 'Hội đồng đã trao đổi, giữ nguyên điểm',
        })
        .expect(200);
      expect(confirmed.body).toMatchObject({
        entryId: entry[0],
        spread: '12.00',
        confirmed: true,
        confirmation: {
          spread: '12.00',
          note: 'Hội đồng đã trao đổi, giữ nguyên điểm',
          confirmedBy: userId.organiser,
        },
      });
      const [audit] = await auditRows('flag.confirm');
      expect(audit.after).toMatchObject({ entryId: entry[0], spread: '12.00' });
    });

    it('needs a new confirmation when the marks move the spread, then locks', async () => {
      await as('second')
        .put(`/rounds/${round.id}/scores`, { scores: marks(entry[0], '6', 1) })
        .expect(200);
      const stale = await as('organiser').post(`/rounds/${round.id}/lock`).expect(409);
      expect(stale.body.blockers).toEqual([
        { kind: 'unconfirmed_flag', entryId: entry[0], code: 'A-001', spread: '9.00', limit: '6.00' },
      ]);
      await as('organiser').post(`/rounds/${round.id}/flags/${entry[0]}/confirm`).expect(200);

      await as('head').post(`/rounds/${round.id}/lock`).expect(403);
      const locked = await as('organiser').post(`/rounds/${round.id}/lock`).expect(200);
      expect(locked.body).toEqual({
        id: round.id,
        categoryId: contest.category.id,
        position: 1,
        name: round.name,
        state: 'locked',
        lockedAt: expect.any(String),
        lockedBy: userId.organiser,
        publishedVersion: 0,
        changedSincePublication: false,
        version: round.version + 1,
      });
      const [audit] = await auditRows('round.lock');
      expect(audit.before).toEqual({ state: 'open' });
    });
  });

  describe('after the lock', () => {
    it('stops judges: no marks, no submission, no second lock', async () => {
      const marking = await as('head')
        .put(`/rounds/${round.id}/scores`, {
          scores: [{ entryId: entry[1], criterion: 'stage', value: '8', version: 1 }],
        })
        .expect(409);
      expect(marking.body.detail).toBe(
        'Cannot enter marks: the round is locked. After the lock, only organisers change marks, by a correction with a reason.',
      );
      await as('head').post(`/rounds/${round.id}/sheet/submit`).expect(409);
      await as('organiser').post(`/rounds/${round.id}/lock`).expect(409);
      const sheet = await as('head').get(`/rounds/${round.id}/sheet`).expect(200);
      expect(sheet.body.state).toBe('locked');
    });

    it('unlocks a round never published, with the reason in the audit log, and locks it again', async () => {
      const unlocked = await as('organiser')
        .post(`/rounds/${round.id}/unlock`, { reason: 'Bổ sung phiếu chấm giấy' })
        .expect(200);
      expect(unlocked.body).toMatchObject({ state: 'open', lockedAt: null, lockedBy: null });
      const [audit] = await auditRows('round.unlock');
      expect(audit.after).toMatchObject({ state: 'open', reason: 'Bổ sung phiếu chấm giấy' });
      await as('organiser').post(`/rounds/${round.id}/unlock`).expect(409);
      await as('organiser').post(`/rounds/${round.id}/lock`).expect(200);
    });

    it('needs a reason for a correction, and a cell the judge owes, with a mark on the scale', async () => {
      const base = { entryId: entry[1], judgeId: userId.head, criterion: 'technique', value: '8' };
      const paths = async (body: object) => [
        ...new Set(
          (await as('organiser').post(`/rounds/${round.id}/corrections`, body).expect(400)).body.errors.map(
            (e: { path: string }) => e.path,
          ),
        ),
      ];
      expect(await paths(base)).toEqual(['reason']);
      expect(await paths({ ...base, reason: '   ' })).toEqual(['reason']);
      expect(await paths({ ...base, value: '10.5', reason: 'x' })).toEqual(['value']);
      expect(await paths({ ...base, criterion: 'musicality', reason: 'x' })).toEqual(['criterion']);
      expect(await paths({ ...base, judgeId: userId.outsider, reason: 'x' })).toEqual(['judgeId']);
      expect(await paths({ ...base, entryId: entry[2], judgeId: userId.coach, reason: 'x' })).toEqual([
        'judgeId',
      ]);
      expect(await paths({ ...base, value: '7.00', reason: 'x' })).toEqual(['value']);
      await as('head')
        .post(`/rounds/${round.id}/corrections`, { ...base, reason: 'x' })
        .expect(403);
      expect(await as('organiser').get(`/rounds/${round.id}/corrections`).expect(200)).toMatchObject({
        body: { items: [] },
      });
    });

    it('corrects a mark with a reason: the cell moves on a version, entered by the organiser, and it is audited', async () => {
      const response = await as('organiser')
        .post(`/rounds/${round.id}/corrections`, {
          entryId: entry[1],
          judgeId: userId.head,
          criterion: 'technique',
          value: 8.5,
          reason: 'Biên bản số 3: giám khảo ghi nhầm 8.5 thành 7',
        })
        .expect(201);
      expect(response.body).toEqual({
        id: expect.any(Number),
        entryId: entry[1],
        judgeId: userId.head,
        criterion: 'technique',
        valueBefore: '7',
        valueAfter: '8.5',
        reason: 'Biên bản số 3: giám khảo ghi nhầm 8.5 thành 7',
        afterPublication: false,
        correctedBy: userId.organiser,
        createdAt: expect.any(String),
      });
      const cell = await t.dataSource.getRepository(Score).findOneByOrFail({
        roundId: round.id,
        entryId: entry[1],
        judgeId: userId.head,
        criterion: 'technique',
      });
      expect([cell.value, cell.version, cell.enteredBy]).toEqual(['8.5000', 2, userId.organiser]);
      const [audit] = await auditRows('score.correct');
      expect(audit.before).toEqual({ value: '7', version: 1 });
      expect(audit.after).toMatchObject({
        entryId: entry[1],
        judgeId: userId.head,
        criterion: 'technique',
        value: '8.5',
        version: 2,
        reason: 'Biên bản số 3: giám khảo ghi nhầm 8.5 thành 7',
      });
      const list = await as('organiser').get(`/rounds/${round.id}/corrections`).expect(200);
      expect(list.body.items).toEqual([response.body]);
      expect((await storedRound()).changedSincePublication).toBe(false);
    });
  });

  describe('deductions', () => {
    it('records a deduction with an amount and a reason', async () => {
      const response = await as('organiser')
        .post(`/rounds/${round.id}/deductions`, {
          entryId: entry[1],
          kind: 'time_violation',
          amount: '0.50',
          reason: 'Quá thời gian biểu diễn 45 giây',
        })
        .expect(201);
      expect(response.body).toEqual({
        id: expect.any(Number),
        entryId: entry[1],
        entryCode: 'A-002',
        kind: 'time_violation',
        amount: '0.5',
        reason: 'Quá thời gian biểu diễn 45 giây',
        recordedBy: userId.organiser,
        createdAt: expect.any(String),
        revokedAt: null,
        revokedBy: null,
        revokeReason: null,
      });
      const [audit] = await auditRows('deduction.create');
      expect(audit.after).toMatchObject({ entryId: entry[1], kind: 'time_violation', amount: '0.5' });
      expect((await storedRound()).changedSincePublication).toBe(false);
    });

    it('names a missing or bad amount, a missing reason, an entry of another round', async () => {
      const refused = async (body: object) => {
        const response = await as('organiser').post(`/rounds/${round.id}/deductions`, body).expect(400);
        return (response.body as { errors: { path: string; message: string }[] }).errors[0];
      };
      const base = { entryId: entry[0], kind: 'fall', reason: 'Ngã khi biểu diễn' };
      expect(await refused(base)).toEqual({ path: 'amount', message: 'is required for this kind' });
      expect(await refused({ ...base, amount: '-1' })).toEqual({
        path: 'amount',
        message: 'must be above 0',
      });
      expect(await refused({ ...base, amount: 0 })).toEqual({ path: 'amount', message: 'must be above 0' });
      expect(await refused({ ...base, amount: '0.12345' })).toEqual({
        path: 'amount',
        message: 'must have at most 4 decimal places',
      });
      expect((await refused({ ...base, amount: 'một' })).path).toBe('amount');
      expect((await refused({ ...base, kind: 'disqualification', amount: '1' })).path).toBe('amount');
      expect((await refused({ entryId: entry[0], kind: 'fall', amount: '1' })).path).toBe('reason');
      expect((await refused({ ...base, amount: '1', entryId: 999999 })).path).toBe('entryId');
      await as('head')
        .post(`/rounds/${round.id}/deductions`, { ...base, amount: '1' })
        .expect(403);
    });

    it('disqualifies without an amount, once', async () => {
      const response = await as('organiser')
        .post(`/rounds/${round.id}/deductions`, {
          entryId: entry[2],
          kind: 'disqualification',
          reason: 'Sử dụng nhạc nền có lời, trái quy chế',
        })
        .expect(201);
      expect(response.body).toMatchObject({ kind: 'disqualification', amount: '0', entryCode: 'A-003' });
      await as('organiser')
        .post(`/rounds/${round.id}/deductions`, {
          entryId: entry[2],
          kind: 'disqualification',
          reason: 'Lần hai',
        })
        .expect(409);
    });

    it('revokes a deduction with a reason, keeping it on record', async () => {
      const { body: list } = await as('organiser').get(`/rounds/${round.id}/deductions`).expect(200);
      expect(list.items.map((d: { kind: string }) => d.kind)).toEqual(['time_violation', 'disqualification']);
      const disqualification = list.items[1];
      await as('organiser')
        .post(`/rounds/${round.id}/deductions/${disqualification.id}/revoke`, {})
        .expect(400);
      const revoked = await as('organiser')
        .post(`/rounds/${round.id}/deductions/${disqualification.id}/revoke`, {
          reason: 'Ban tổ chức xác nhận nhạc hợp lệ',
        })
        .expect(200);
      expect(revoked.body).toMatchObject({
        id: disqualification.id,
        revokedAt: expect.any(String),
        revokedBy: userId.organiser,
        revokeReason: 'Ban tổ chức xác nhận nhạc hợp lệ',
      });
      await as('organiser')
        .post(`/rounds/${round.id}/deductions/${disqualification.id}/revoke`, { reason: 'Lần hai' })
        .expect(409);
      await as('organiser').post(`/rounds/${round.id}/deductions/999999/revoke`, { reason: 'x' }).expect(404);
      const after = await as('organiser').get(`/rounds/${round.id}/deductions`).expect(200);
      expect(after.body.items).toHaveLength(2);
    });

    it('refuses changes in an archived event', async () => {
      await setEventState('archived');
      try {
        const response = await as('organiser')
          .post(`/rounds/${round.id}/deductions`, {
            entryId: entry[0],
            kind: 'fall',
            amount: '1',
            reason: 'Ngã',
          })
          .expect(409);
        expect(response.body.code).toBe('invalid_state');
        await as('organiser')
          .post(`/rounds/${round.id}/corrections`, {
            entryId: entry[0],
            judgeId: userId.head,
            criterion: 'stage',
            value: '8',
            reason: 'x',
          })
          .expect(409);
      } finally {
        await setEventState('judging');
      }
    });
  });

  describe('after publication', () => {
    beforeAll(async () => {
      // What the results module does on publication: a snapshot version, the event's state.
      await t.dataSource.query('UPDATE rounds SET published_version = 1 WHERE id = ?', [round.id]);
      await setEventState('published');
    });

    it('keeps the round locked: changes go through corrections', async () => {
      const response = await as('organiser').post(`/rounds/${round.id}/unlock`).expect(409);
      expect(response.body.code).toBe('invalid_state');
      expect(response.body.publishedVersion).toBe(1);
    });

    it('records a correction as made after publication, and marks the results as needing a republish', async () => {
      const response = await as('organiser')
        .post(`/rounds/${round.id}/corrections`, {
          entryId: entry[0],
          judgeId: userId.second,
          criterion: 'stage',
          value: '6.25',
          reason: 'Khiếu nại của phụ huynh được hội đồng chấp nhận',
        })
        .expect(201);
      expect(response.body).toMatchObject({ valueBefore: '6', valueAfter: '6.25', afterPublication: true });
      expect((await storedRound()).changedSincePublication).toBe(true);
    });

    it('takes a deduction after publication too', async () => {
      await t.dataSource.query('UPDATE rounds SET changed_since_publication = 0 WHERE id = ?', [round.id]);
      await as('organiser')
        .post(`/rounds/${round.id}/deductions`, {
          entryId: entry[0],
          kind: 'rule_breach',
          amount: 1,
          reason: 'Trang phục',
        })
        .expect(201);
      expect((await storedRound()).changedSincePublication).toBe(true);
    });
  });
});
