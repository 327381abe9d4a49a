import type { Test } from 'supertest';
import { MysqlQueryRunner } from 'typeorm/driver/mysql/MysqlQueryRunner';
import { AuditLogEntry } from '../src/audit/entities/audit-log-entry.entity';
import { Round } from '../src/competition/entities/round.entity';
import { PanelMember } from '../src/competition/entities/panel-member.entity';
import { Score } from '../src/competition/entities/score.entity';
import { CompetitionFactory, Contest } from './support/competition-factory';
import { bearer, createTestApp, TestApp } from './support/test-app';

type Who =
  | 'organiser'
  | 'otherOrganiser'
  | 'head'
  | 'deputy'
  | 'member'
  | 'second'
  | 'secretary'
  | 'outsider'
  | 'viewer';

type Cell = { entryId: number; criterion: string; value: string | number | null; version?: number };

const CRITERIA = ['technique', 'expression', 'stage'];

/**
 * A panel at work: the organiser composes it (with the conflicts that recuse judges), judges fill their
 * own sheets blind, a secretary types a paper sheet, retried and concurrent requests apply once, and
 * judges submit. Rounds of other tests in this file are separate contests.
 */
describe('judging: panels and score sheets', () => {
  let t: TestApp;
  let cf: CompetitionFactory;
  let contest: Contest;
  let round: Round;
  const token = {} as Record<Who, string>;
  const userId = {} as Record<Who, number>;
  /** A-001 … A-005: three plain entries, one the deputy coaches, one from a club the deputy coaches. */
  let entry: number[];
  let declaredParticipant: number;
  let otherRound: Round;

  beforeAll(async () => {
    t = await createTestApp({ env: { OUTBOX_POLL_INTERVAL_MS: '60000' } });
    cf = new CompetitionFactory(t.dataSource, t.factories);
    contest = await cf.contest({ entries: 3 });
    round = contest.round;
    const unit = contest.organisation.id;
    const judge = () => t.factories.user({ roles: [{ role: 'judge', organisationId: null }] });
    const other = await cf.contest({ state: 'open' });
    otherRound = other.round;
    const users = {
      organiser: await cf.organiser(unit),
      otherOrganiser: await cf.organiser(other.organisation.id),
      head: await judge(),
      deputy: await t.factories.user({
        roles: [
          { role: 'judge', organisationId: null },
          { role: 'coach', organisationId: unit },
        ],
      }),
      member: await judge(),
      second: await judge(),
      secretary: await judge(),
      outsider: await cf.panelMember(other.round, 'member'),
      viewer: await t.factories.user({ roles: [{ role: 'viewer', organisationId: unit }] }),
    };
    for (const [who, user] of Object.entries(users) as [Who, (typeof users)[Who]][]) {
      token[who] = await t.login(user.email, user.password);
      userId[who] = user.id;
    }
    const disciplineId = await t.factories.subDisciplineId();
    const club = await as('organiser')
      .post('/clubs', {
        organisationId: unit,
        name: 'CLB Thanh nhạc Hạ Long',
        kind: 'club',
        disciplineId,
      })
      .expect(201);
    await as('organiser').post(`/clubs/${club.body.id}/coaches`, { userId: userId.deputy }).expect(201);
    const coached = await cf.entry(contest.category, [(await cf.participant(unit)).id], {
      organisationId: unit,
      coachUserId: userId.deputy,
    });
    const fromClub = await cf.entry(contest.category, [(await cf.participant(unit)).id], {
      organisationId: unit,
      clubId: club.body.id,
    });
    entry = [...contest.entries.map((e) => e.id), coached.id, fromClub.id];
    declaredParticipant = contest.participants[2].id;
  });

  afterAll(() => t?.close());

  function as(who: Who, language = 'en') {
    const signed = (request: Test) => request.set(bearer(token[who])).set('Accept-Language', language);
    return {
      get: (path: string) => signed(t.http().get(`/api/v1${path}`)),
      post: (path: string, body: object = {}) => signed(t.http().post(`/api/v1${path}`)).send(body),
      put: (path: string, body: object, headers: Record<string, string> = {}) =>
        signed(t.http().put(`/api/v1${path}`))
          .set(headers)
          .send(body),
    };
  }

  const fullPanel = () => ({
    members: [
      { userId: userId.head, role: 'head' },
      { userId: userId.deputy, role: 'deputy' },
      { userId: userId.member, role: 'member' },
      { userId: userId.second, role: 'member' },
      { userId: userId.secretary, role: 'secretary' },
    ],
    conflicts: [{ userId: userId.member, participantId: declaredParticipant, relation: 'cháu ruột' }],
  });

  /** Every criterion of the given entries at one mark. */
  const cellsFor = (entryIds: number[], value: string | number): Cell[] =>
    entryIds.flatMap((entryId) => CRITERIA.map((criterion) => ({ entryId, criterion, value })));

  const storedScores = (judgeId: number) =>
    t.dataSource.getRepository(Score).find({
      where: { roundId: round.id, judgeId },
      order: { entryId: 'ASC', criterion: 'ASC' },
    });

  const auditRows = (action: string, roundId = round.id) =>
    t.dataSource
      .getRepository(AuditLogEntry)
      .find({ where: { action, entityType: 'round', entityId: String(roundId) }, order: { id: 'ASC' } });

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

  describe('the panel', () => {
    it('is composed by the organiser; organisers see every recusal and why (coach, club coach, declared)', async () => {
      const response = await as('organiser').put(`/rounds/${round.id}/panel`, fullPanel()).expect(200);
      expect(response.body.roundId).toBe(round.id);
      expect(
        response.body.members.map(
          (m: { userId: number; role: string; absent: boolean; submittedAt: null }) => [
            m.userId,
            m.role,
            m.absent,
            m.submittedAt,
          ],
        ),
      ).toEqual([
        [userId.head, 'head', false, null],
        [userId.deputy, 'deputy', false, null],
        ...[userId.member, userId.second].sort((a, b) => a - b).map((id) => [id, 'member', false, null]),
        [userId.secretary, 'secretary', false, null],
      ]);
      expect(response.body.members[0].fullName).toEqual(expect.any(String));
      expect(response.body.conflicts).toEqual([
        { userId: userId.member, participantId: declaredParticipant, relation: 'cháu ruột' },
      ]);
      expect(response.body.recusals).toEqual([
        {
          judgeId: userId.member,
          entryId: entry[2],
          entryCode: 'A-003',
          grounds: [{ reason: 'declared', participantId: declaredParticipant, relation: 'cháu ruột' }],
        },
        {
          judgeId: userId.deputy,
          entryId: entry[3],
          entryCode: 'A-004',
          grounds: [{ reason: 'coaches_entry', participantId: null, relation: null }],
        },
        {
          judgeId: userId.deputy,
          entryId: entry[4],
          entryCode: 'A-005',
          grounds: [{ reason: 'coaches_club', participantId: null, relation: null }],
        },
      ]);
      const [audit] = await auditRows('panel.replace');
      expect(audit.actorId).toBe(userId.organiser);
      expect(audit.after).toMatchObject({
        conflicts: [{ userId: userId.member, participantId: declaredParticipant, relation: 'cháu ruột' }],
      });
    });

    it('shows a judge the panel and only their own recusals, without the declared conflicts', async () => {
      const response = await as('deputy').get(`/rounds/${round.id}/panel`).expect(200);
      expect(response.body.members).toHaveLength(5);
      expect(response.body.conflicts).toEqual([]);
      expect(response.body.recusals.map((r: { entryCode: string }) => r.entryCode)).toEqual([
        'A-004',
        'A-005',
      ]);
      const member = await as('member').get(`/rounds/${round.id}/panel`).expect(200);
      expect(member.body.recusals).toEqual([
        expect.objectContaining({ judgeId: userId.member, entryCode: 'A-003' }),
      ]);
    });

    it('is hidden from a judge of another panel (404) and closed to judges and readers for changes (403)', async () => {
      await as('outsider').get(`/rounds/${round.id}/panel`).expect(404);
      await as('otherOrganiser').get(`/rounds/${round.id}/panel`).expect(404);
      await as('viewer').get(`/rounds/${round.id}/panel`).expect(403);
      // Naming only themselves, so the refusal is the round's: the other judges' accounts are out of their reach.
      await as('head')
        .put(`/rounds/${round.id}/panel`, { members: [{ userId: userId.head, role: 'head' }] })
        .expect(403);
      await as('head').put(`/rounds/${round.id}/panel`, fullPanel()).expect(404);
    });

    it('names each bad member or conflict and changes nothing', async () => {
      const response = await as('organiser')
        .put(`/rounds/${round.id}/panel`, {
          members: [
            { userId: userId.head, role: 'head' },
            { userId: userId.second, role: 'head' },
            { userId: userId.viewer, role: 'member' },
            { userId: userId.organiser, role: 'secretary' },
            { userId: userId.head, role: 'deputy' },
          ],
          conflicts: [{ userId: userId.organiser, participantId: declaredParticipant, relation: 'học trò' }],
        })
        .expect(400);
      expect(response.body.errors.map((e: { path: string }) => e.path)).toEqual([
        'members.1.role',
        'members.4.userId',
        'members.2.userId',
        'conflicts.0.userId',
      ]);
      expect(response.body.errors[2].message).toBe('must hold the judge role');
      // An unknown account or child is not found, as one of another unit would be.
      await as('organiser')
        .put(`/rounds/${round.id}/panel`, { members: [{ userId: 999999, role: 'member' }] })
        .expect(404);
      await as('organiser')
        .put(`/rounds/${round.id}/panel`, {
          members: [{ userId: userId.second, role: 'member' }],
          conflicts: [{ userId: userId.second, participantId: 999999, relation: 'con' }],
        })
        .expect(404);
      const unchanged = await as('organiser').get(`/rounds/${round.id}/panel`).expect(200);
      expect(unchanged.body.members).toHaveLength(5);
      expect(unchanged.body.conflicts).toHaveLength(1);
    });

    it('refuses changes once the event is past judging', async () => {
      await t.dataSource.query("UPDATE events SET state = 'published' WHERE id = ?", [contest.event.id]);
      try {
        const response = await as('organiser').put(`/rounds/${round.id}/panel`, fullPanel()).expect(409);
        expect(response.body.code).toBe('invalid_state');
      } finally {
        await t.dataSource.query("UPDATE events SET state = 'judging' WHERE id = ?", [contest.event.id]);
      }
    });
  });

  describe('sheets', () => {
    it('lists what a judge owes, entries by code, and why they are recused', async () => {
      const head = await as('head').get(`/rounds/${round.id}/sheet`).expect(200);
      expect(head.body).toMatchObject({
        roundId: round.id,
        judge: { userId: userId.head },
        state: 'open',
        absent: false,
        submittedAt: null,
        owed: 15,
        filled: 0,
      });
      expect(head.body.criteria.map((c: { code: string }) => c.code)).toEqual(CRITERIA);
      expect(head.body.entries.map((e: { code: string }) => e.code)).toEqual([
        'A-001',
        'A-002',
        'A-003',
        'A-004',
        'A-005',
      ]);
      expect(head.body.entries[0].members).toEqual([
        { participantId: contest.participants[0].id, fullName: contest.participants[0].fullName },
      ]);

      const deputy = await as('deputy').get(`/rounds/${round.id}/sheet`).expect(200);
      expect(deputy.body.owed).toBe(9);
      expect(deputy.body.entries.map((e: { recused: boolean }) => e.recused)).toEqual([
        false,
        false,
        false,
        true,
        true,
      ]);
      expect(deputy.body.entries[3].recusalGrounds).toEqual([
        { reason: 'coaches_entry', participantId: null, relation: null },
      ]);
    });

    it('shows a judge only their own sheet; a secretary or organiser names the judge', async () => {
      const refused = await as('head').get(`/rounds/${round.id}/sheet?judgeId=${userId.second}`).expect(403);
      expect(refused.body.detail).toBe('A judge sees only their own sheet.');
      await as('head').get(`/rounds/${round.id}/sheet?judgeId=${userId.head}`).expect(200);
      await as('outsider').get(`/rounds/${round.id}/sheet`).expect(404);
      const unnamed = await as('secretary').get(`/rounds/${round.id}/sheet`).expect(400);
      expect(unnamed.body.errors[0].path).toBe('judgeId');
      const notJudge = await as('organiser')
        .get(`/rounds/${round.id}/sheet?judgeId=${userId.secretary}`)
        .expect(400);
      expect(notJudge.body.errors[0].path).toBe('judgeId');
      const typed = await as('secretary')
        .get(`/rounds/${round.id}/sheet?judgeId=${userId.second}`)
        .expect(200);
      expect(typed.body.judge.userId).toBe(userId.second);
      await as('organiser').get(`/rounds/${round.id}/sheet?judgeId=${userId.head}`).expect(200);
    });
    it('shows a judge who also runs the event only their own sheet', async () => {
      const side = await cf.contest({ entries: 1 });
      const other = await cf.panelMember(side.round, 'member');
      const both = await t.factories.user({
        roles: [
          { role: 'organiser', organisationId: side.organisation.id },
          { role: 'judge', organisationId: null },
        ],
      });
      await t.dataSource
        .getRepository(PanelMember)
        .insert({ roundId: side.round.id, userId: both.id, role: 'head' });
      const bothToken = await t.login(both.email, both.password);
      await t
        .http()
        .get(`/api/v1/rounds/${side.round.id}/sheet?judgeId=${other.id}`)
        .set(bearer(bothToken))
        .expect(403);
      await t.http().get(`/api/v1/rounds/${side.round.id}/sheet`).set(bearer(bothToken)).expect(200);
    });
  });

  describe('score entry', () => {
    it('takes a whole sheet in one request; a judge never sees another judge’s marks', async () => {
      const response = await as('head')
        .put(`/rounds/${round.id}/scores`, { scores: cellsFor(entry, '8.25') })
        .expect(200);
      // The answer holds the cells written, not the sheet: 5 entries × 3 criteria, each at version 1.
      expect(response.body).toEqual({
        roundId: round.id,
        judgeId: userId.head,
        cells: entry.flatMap((entryId) =>
          CRITERIA.map((criterion) => ({ entryId, criterion, value: '8.25', version: 1 })),
        ),
        owed: 15,
        filled: 15,
      });
      const sheet = await as('head').get(`/rounds/${round.id}/sheet`).expect(200);
      expect(sheet.body).toMatchObject({ owed: 15, filled: 15, state: 'open' });
      expect(sheet.body.entries[0].scores).toEqual(
        CRITERIA.map((criterion) => ({ criterion, value: '8.25', version: 1 })),
      );
      await as('second')
        .put(`/rounds/${round.id}/scores`, {
          scores: [{ entryId: entry[0], criterion: 'technique', value: 6.5 }],
        })
        .expect(200);

      const second = await as('second').get(`/rounds/${round.id}/sheet`).expect(200);
      expect(second.body.filled).toBe(1);
      expect(second.body.entries.flatMap((e: { scores: { value: string }[] }) => e.scores)).toEqual([
        { criterion: 'technique', value: '6.5', version: 1 },
      ]);
      const head = await as('head').get(`/rounds/${round.id}/sheet`).expect(200);
      expect(
        head.body.entries.flatMap((e: { scores: { value: string }[] }) => e.scores.map((s) => s.value)),
      ).toEqual(Array(15).fill('8.25'));
    });

    it('names every bad cell, in English or Vietnamese, and writes nothing', async () => {
      const cells: Cell[] = [
        { entryId: entry[1], criterion: 'technique', value: '7' },
        { entryId: contest.entries[0].id + 100000, criterion: 'technique', value: '7' },
        { entryId: entry[1], criterion: 'musicality', value: '7' },
        { entryId: entry[1], criterion: 'expression', value: '10.5' },
        { entryId: entry[1], criterion: 'stage', value: '8.3' },
        { entryId: entry[2], criterion: 'stage', value: '8,5' },
        { entryId: entry[1], criterion: 'technique', value: '7.5' },
        { entryId: entry[2], criterion: 'technique', value: true as unknown as string },
      ];
      const response = await as('second').put(`/rounds/${round.id}/scores`, { scores: cells }).expect(400);
      expect(response.body.errors).toEqual([
        { path: 'scores.1.entryId', message: 'is not an entry of this round' },
        {
          path: 'scores.2.criterion',
          message: 'is not a criterion of the round’s rubric (its criteria: technique, expression, stage)',
        },
        { path: 'scores.3.value', message: 'must be at most 10 (the scale runs from 0 to 10)' },
        {
          path: 'scores.4.value',
          message: "must be on the scale's steps of 0.25 from 0: the nearest marks are 8.25 and 8.5",
        },
        { path: 'scores.5.value', message: 'write the decimal part after a point (8.5), not a comma (8,5)' },
        { path: 'scores.6', message: 'repeats the cell of scores.0 (the same entry and criterion)' },
        {
          path: 'scores.7.value',
          message: 'must be a number (8.25 or "8.25", say), or null to clear the cell',
        },
      ]);
      const vi = await as('second', 'vi')
        .put(`/rounds/${round.id}/scores`, { scores: [cells[3]] })
        .expect(400);
      expect(vi.body.errors[0].message).toBe('không được lớn hơn 10 (thang điểm từ 0 đến 10)');
      expect(await storedScores(userId.second)).toHaveLength(1);
    });

    it('refuses a mark on an entry the judge is recused from, saying why', async () => {
      const response = await as('deputy')
        .put(`/rounds/${round.id}/scores`, {
          scores: [
            { entryId: entry[0], criterion: 'technique', value: '7' },
            { entryId: entry[3], criterion: 'technique', value: '9' },
          ],
        })
        .expect(400);
      expect(response.body.errors).toEqual([
        {
          path: 'scores.1.entryId',
          message: 'the judge is recused from this entry (conflict of interest): coaches the entry',
        },
      ]);
      const declared = await as('member')
        .put(`/rounds/${round.id}/scores`, {
          scores: [{ entryId: entry[2], criterion: 'stage', value: '9' }],
        })
        .expect(400);
      expect(declared.body.errors[0].message).toContain('declared a relation with an entrant (cháu ruột)');
      expect(await storedScores(userId.deputy)).toEqual([]);
    });

    it('needs the version read to change a filled cell: a stale one is a 409 listing it, and nothing is written', async () => {
      const response = await as('second')
        .put(`/rounds/${round.id}/scores`, {
          scores: [
            { entryId: entry[1], criterion: 'technique', value: '7' },
            { entryId: entry[0], criterion: 'technique', value: '7', version: 2 },
          ],
        })
        .expect(409);
      expect(response.body.code).toBe('conflict');
      expect(response.body.conflicts).toEqual([
        { entryId: entry[0], criterion: 'technique', currentVersion: 1, currentValue: '6.5' },
      ]);
      const missingVersion = await as('second')
        .put(`/rounds/${round.id}/scores`, {
          scores: [{ entryId: entry[0], criterion: 'technique', value: '7' }],
        })
        .expect(409);
      expect(missingVersion.body.conflicts).toHaveLength(1);
      expect((await storedScores(userId.second)).map((s) => [s.entryId, s.value, s.version])).toEqual([
        [entry[0], '6.5000', 1],
      ]);

      const changed = await as('second')
        .put(`/rounds/${round.id}/scores`, {
          scores: [{ entryId: entry[0], criterion: 'technique', value: '7', version: 1 }],
        })
        .expect(200);
      expect(changed.body.cells).toEqual([
        { entryId: entry[0], criterion: 'technique', value: '7', version: 2 },
      ]);
    });

    it('takes the same mark again without a version as a harmless no-op, and clears a cell with null', async () => {
      const audits = (await auditRows('scores.enter')).length;
      const same = await as('second')
        .put(`/rounds/${round.id}/scores`, {
          scores: [{ entryId: entry[0], criterion: 'technique', value: '7.00' }],
        })
        .expect(200);
      expect(same.body.cells).toEqual([
        { entryId: entry[0], criterion: 'technique', value: '7', version: 2 },
      ]);
      expect(await auditRows('scores.enter')).toHaveLength(audits);

      const cleared = await as('second')
        .put(`/rounds/${round.id}/scores`, {
          scores: [{ entryId: entry[0], criterion: 'technique', value: null, version: 2 }],
        })
        .expect(200);
      expect(cleared.body.filled).toBe(0);
      expect(cleared.body.cells).toEqual([
        { entryId: entry[0], criterion: 'technique', value: null, version: null },
      ]);
      expect(await storedScores(userId.second)).toEqual([]);
      const [audit] = (await auditRows('scores.enter')).slice(-1);
      expect(audit.before).toEqual({
        cells: [{ entryId: entry[0], criterion: 'technique', value: '7', version: 2 }],
      });
      expect(audit.after).toMatchObject({
        judgeId: userId.second,
        enteredBy: userId.second,
        cells: [{ entryId: entry[0], criterion: 'technique', value: null, version: null }],
      });
    });

    it('lets a secretary type a judge’s paper sheet, and the audit log says who typed it', async () => {
      const response = await as('secretary')
        .put(`/rounds/${round.id}/scores`, {
          judgeId: userId.second,
          scores: cellsFor(entry.slice(0, 2), '7.5'),
        })
        .expect(200);
      expect(response.body.judgeId).toBe(userId.second);
      expect(response.body.filled).toBe(6);
      const stored = await storedScores(userId.second);
      expect(stored.map((s) => s.enteredBy)).toEqual(Array(6).fill(userId.secretary));
      const [audit] = (await auditRows('scores.enter')).slice(-1);
      expect(audit.actorId).toBe(userId.secretary);
      expect(audit.after).toMatchObject({ judgeId: userId.second, enteredBy: userId.secretary });
      expect((audit.after as { cells: unknown[] }).cells).toHaveLength(6);
    });

    it('lets only the judge and the panel’s secretaries write a sheet', async () => {
      const cell = [{ entryId: entry[0], criterion: 'stage', value: '5' }];
      const judgeNamingAnother = await as('head')
        .put(`/rounds/${round.id}/scores`, { judgeId: userId.second, scores: cell })
        .expect(403);
      expect(judgeNamingAnother.body.detail).toBe('A judge enters marks only on their own sheet.');
      // Naming oneself is allowed (the cell then needs its version, like any filled cell).
      await as('head').put(`/rounds/${round.id}/scores`, { judgeId: userId.head, scores: cell }).expect(409);
      await as('organiser')
        .put(`/rounds/${round.id}/scores`, { judgeId: userId.second, scores: cell })
        .expect(403);
      await as('outsider').put(`/rounds/${round.id}/scores`, { scores: cell }).expect(404);
      const unnamed = await as('secretary').put(`/rounds/${round.id}/scores`, { scores: cell }).expect(400);
      expect(unnamed.body.errors[0].path).toBe('judgeId');
      const notAJudge = await as('secretary')
        .put(`/rounds/${round.id}/scores`, { judgeId: userId.organiser, scores: cell })
        .expect(400);
      expect(notAJudge.body.errors[0]).toEqual({
        path: 'judgeId',
        message: 'is not a judge of this round’s panel',
      });
    });

    it('keeps a judge who has marked entries on the panel: marking them absent is the way', async () => {
      const panel = fullPanel();
      const withoutSecond = { ...panel, members: panel.members.filter((m) => m.userId !== userId.second) };
      const response = await as('organiser').put(`/rounds/${round.id}/panel`, withoutSecond).expect(409);
      expect(response.body.detail).toContain('Mark them absent instead.');
      expect(response.body.judges).toEqual([{ userId: userId.second, marks: 6 }]);
      const demoted = {
        ...panel,
        members: panel.members.map((m) => (m.userId === userId.second ? { ...m, role: 'secretary' } : m)),
      };
      await as('organiser').put(`/rounds/${round.id}/panel`, demoted).expect(409);
    });
  });

  describe('retries and races', () => {
    const key = 'c5a3c1c8-0b59-4d51-8a38-5f1f6a0c2b11';

    it('applies a request retried with the same Idempotency-Key once, replaying the first answer', async () => {
      const body = { scores: cellsFor([entry[2]], '9') };
      const audits = (await auditRows('scores.enter')).length;
      const first = await as('second')
        .put(`/rounds/${round.id}/scores`, body, { 'Idempotency-Key': key })
        .expect(200);
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      const again = await as('second')
        .put(`/rounds/${round.id}/scores`, body, { 'Idempotency-Key': key })
        .expect(200);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body).toEqual(first.body);
      expect(await auditRows('scores.enter')).toHaveLength(audits + 1);
      const cells = (await storedScores(userId.second)).filter((s) => s.entryId === entry[2]);
      expect(cells.map((s) => s.version)).toEqual([1, 1, 1]);
    });

    it('refuses the same key with another request (422), and replays nothing for another user', async () => {
      const response = await as('second')
        .put(
          `/rounds/${round.id}/scores`,
          { scores: cellsFor([entry[2]], '9.5') },
          { 'Idempotency-Key': key },
        )
        .expect(422);
      expect(response.body.code).toBe('idempotency_key_reused');
      const headSame = await as('head')
        .put(
          `/rounds/${round.id}/scores`,
          { scores: [{ entryId: entry[0], criterion: 'stage', value: '8.25' }] },
          { 'Idempotency-Key': key },
        )
        .expect(200);
      expect(headSame.headers['idempotent-replayed']).toBeUndefined();
    });

    it('does not store a failed request: the corrected retry with the same key goes through', async () => {
      const retryKey = 'sheet-second-A-004';
      await as('second')
        .put(
          `/rounds/${round.id}/scores`,
          { scores: [{ entryId: entry[3], criterion: 'stage', value: '11' }] },
          { 'Idempotency-Key': retryKey },
        )
        .expect(400);
      const corrected = await as('second')
        .put(
          `/rounds/${round.id}/scores`,
          { scores: [{ entryId: entry[3], criterion: 'stage', value: '10' }] },
          { 'Idempotency-Key': retryKey },
        )
        .expect(200);
      expect(corrected.headers['idempotent-replayed']).toBeUndefined();
      expect(corrected.body.cells).toEqual([
        { entryId: entry[3], criterion: 'stage', value: '10', version: 1 },
      ]);
    });

    it('refuses a malformed key, naming the header', async () => {
      for (const bad of ['x'.repeat(101), 'tab\tinside']) {
        const response = await as('second')
          .put(
            `/rounds/${round.id}/scores`,
            { scores: cellsFor([entry[4]], '5') },
            { 'Idempotency-Key': bad },
          )
          .expect(400);
        expect(response.body.errors[0].path).toBe('Idempotency-Key');
      }
      expect((await storedScores(userId.second)).filter((s) => s.entryId === entry[4])).toEqual([]);
    });

    it('applies concurrent duplicates of one keyed request once: the other waits and replays', async () => {
      const body = { scores: cellsFor([entry[4]], '6.75') };
      const audits = (await auditRows('scores.enter')).length;
      const send = () =>
        as('second').put(`/rounds/${round.id}/scores`, body, { 'Idempotency-Key': 'twin-requests' });
      const answers = await Promise.all([send(), send(), send()]);
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
      expect(answers.filter((a) => a.headers['idempotent-replayed'] === 'true')).toHaveLength(2);
      expect(await auditRows('scores.enter')).toHaveLength(audits + 1);
      expect(answers[1].body).toEqual(answers[0].body);
    });

    it('lets exactly one of two concurrent first writes of the same cell win; the other is a conflict', async () => {
      const write = (value: string) =>
        as('member').put(`/rounds/${round.id}/scores`, {
          scores: [{ entryId: entry[0], criterion: 'technique', value }],
        });
      const answers = await Promise.all([write('6'), write('7')]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      const winner = answers.find((a) => a.status === 200)!;
      const loser = answers.find((a) => a.status === 409)!;
      const [stored] = await storedScores(userId.member);
      expect(stored.version).toBe(1);
      expect(winner.body.cells).toEqual([
        { entryId: entry[0], criterion: 'technique', value: String(Number(stored.value)), version: 1 },
      ]);
      expect(loser.body.conflicts).toEqual([
        {
          entryId: entry[0],
          criterion: 'technique',
          currentVersion: 1,
          currentValue: String(Number(stored.value)),
        },
      ]);
    });

    it('sends as many queries for a sheet of 60 cells as for one of 3', async () => {
      const big = await cf.contest({ entries: 22 });
      const judge = await cf.panelMember(big.round, 'member');
      const judgeToken = await t.login(judge.email, judge.password);
      const put = (scores: Cell[], requestKey: string) =>
        t
          .http()
          .put(`/api/v1/rounds/${big.round.id}/scores`)
          .set(bearer(judgeToken))
          .set('Idempotency-Key', requestKey)
          .send({ scores })
          .expect(200);
      const ids = big.entries.map((e) => e.id);
      await put(cellsFor([ids[0]], '5'), 'warm-up');
      const forThree = await countQueries(() => put(cellsFor([ids[1]], '5'), 'three'));
      const forSixty = await countQueries(() => put(cellsFor(ids.slice(2), '6'), 'sixty'));
      expect(forSixty).toBe(forThree);
      // 20 when written: sign-in check 2, transaction 3, key 2, access 5, sheet 2, entries 2, recusals 1,
      // stored cells 1, one INSERT for every cell, audit 1.
      expect(forThree).toBeLessThan(25);
    });
  });

  describe('states and submission', () => {
    it('refuses marks while the event is not judging, and from a judge marked absent', async () => {
      const outsiderCell = { scores: [{ entryId: entry[0], criterion: 'stage', value: '5' }] };
      const notJudging = await as('outsider')
        .put(`/rounds/${otherRound.id}/scores`, outsiderCell)
        .expect(409);
      expect(notJudging.body.code).toBe('invalid_state');
      expect(notJudging.body.detail).toBe(
        'Cannot enter marks: the event is open for entries (needs: judging).',
      );

      const side = await cf.contest({ entries: 1 });
      const absent = await cf.panelMember(side.round, 'member', { absent: true });
      const absentToken = await t.login(absent.email, absent.password);
      const sheet = await t
        .http()
        .get(`/api/v1/rounds/${side.round.id}/sheet`)
        .set(bearer(absentToken))
        .expect(200);
      expect(sheet.body).toMatchObject({ absent: true, owed: 0, filled: 0 });
      const refused = await t
        .http()
        .put(`/api/v1/rounds/${side.round.id}/scores`)
        .set(bearer(absentToken))
        .send({ scores: [{ entryId: side.entries[0].id, criterion: 'stage', value: '5' }] })
        .expect(409);
      expect(refused.body.code).toBe('invalid_state');
    });

    it('submits a sheet only when every owed cell is filled, listing the empty ones', async () => {
      const response = await as('second').post(`/rounds/${round.id}/sheet/submit`).expect(409);
      expect(response.body.code).toBe('not_ready');
      expect(response.body.blockers).toEqual([
        { entryId: entry[3], code: 'A-004', missingCriteria: ['technique', 'expression'] },
      ]);
      await as('second')
        .put(`/rounds/${round.id}/scores`, {
          scores: [
            { entryId: entry[3], criterion: 'technique', value: '8' },
            { entryId: entry[3], criterion: 'expression', value: '8' },
          ],
        })
        .expect(200);
      const submitted = await as('second').post(`/rounds/${round.id}/sheet/submit`).expect(200);
      expect(submitted.body).toMatchObject({
        state: 'submitted',
        submittedBy: userId.second,
        owed: 15,
        filled: 15,
      });
      expect(submitted.body.submittedAt).toEqual(expect.any(String));

      const again = await as('second').post(`/rounds/${round.id}/sheet/submit`).expect(200);
      expect(again.body.submittedAt).toBe(submitted.body.submittedAt);
      const locked = await as('second')
        .put(`/rounds/${round.id}/scores`, {
          scores: [{ entryId: entry[3], criterion: 'stage', value: '9', version: 1 }],
        })
        .expect(409);
      expect(locked.body.detail).toBe(
        'The sheet has been submitted, so its marks cannot change. Ask an organiser to reopen it.',
      );
    });

    it('lets a secretary submit a paper sheet, recorded as submitted by the secretary', async () => {
      await as('secretary')
        .put(`/rounds/${round.id}/scores`, {
          judgeId: userId.deputy,
          scores: cellsFor(entry.slice(0, 3), '7'),
        })
        .expect(200);
      const submitted = await as('secretary')
        .post(`/rounds/${round.id}/sheet/submit`, { judgeId: userId.deputy })
        .expect(200);
      expect(submitted.body).toMatchObject({
        judge: { userId: userId.deputy },
        state: 'submitted',
        submittedBy: userId.secretary,
        owed: 9,
        filled: 9,
      });
      await as('head').post(`/rounds/${round.id}/sheet/submit`, { judgeId: userId.deputy }).expect(403);
    });

    it('lets an organiser reopen a submitted sheet with a reason, so the judge can change marks', async () => {
      await as('head')
        .post(`/rounds/${round.id}/sheets/${userId.second}/reopen`, { reason: 'Sửa điểm' })
        .expect(403);
      const noReason = await as('organiser')
        .post(`/rounds/${round.id}/sheets/${userId.second}/reopen`, {})
        .expect(400);
      expect(noReason.body.errors[0].path).toBe('reason');
      await as('organiser')
        .post(`/rounds/${round.id}/sheets/${userId.secretary}/reopen`, { reason: 'Nhầm' })
        .expect(404);
      const reopened = await as('organiser')
        .post(`/rounds/${round.id}/sheets/${userId.second}/reopen`, {
          reason: 'Giám khảo báo nhập nhầm điểm tiết mục A-004',
        })
        .expect(200);
      expect(reopened.body).toMatchObject({ state: 'open', submittedAt: null, submittedBy: null });
      const [audit] = await auditRows('sheet.reopen');
      expect(audit.after).toMatchObject({
        judgeId: userId.second,
        reason: 'Giám khảo báo nhập nhầm điểm tiết mục A-004',
      });
      await as('second')
        .put(`/rounds/${round.id}/scores`, {
          scores: [{ entryId: entry[3], criterion: 'stage', value: '9.5', version: 1 }],
        })
        .expect(200);
    });
  });
});
