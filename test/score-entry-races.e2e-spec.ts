import { AuditLogEntry } from '../src/audit/entities/audit-log-entry.entity';
import { Score } from '../src/competition/entities/score.entity';
import { ScoreSheetsService } from '../src/judging/score-sheets.service';
import { CompetitionFactory, Contest } from './support/competition-factory';
import { bearer, createTestApp, TestApp } from './support/test-app';

type Prepare = (...args: unknown[]) => Promise<unknown>;

/**
 * Score entry checks a request before its transaction, then writes under the round's and the sheet's locks.
 * Whatever changes in between (the round locked, the judge marked absent, a relation declared, a secretary
 * leaving the panel) the request is answered as if it had arrived after the change, and nothing is written.
 */
describe('score entry: changes between the checks and the write', () => {
  let t: TestApp;
  let cf: CompetitionFactory;
  const service = ScoreSheetsService.prototype as unknown as { prepareScores: Prepare };
  const prepareScores = service.prepareScores;

  beforeAll(async () => {
    t = await createTestApp({ env: { OUTBOX_POLL_INTERVAL_MS: '60000' } });
    cf = new CompetitionFactory(t.dataSource, t.factories);
  });

  afterEach(() => jest.restoreAllMocks());
  afterAll(() => t?.close());

  /** The next request's checks pass, then `change` commits before its transaction opens. */
  const changeAfterChecks = (change: () => Promise<unknown>) =>
    jest.spyOn(service, 'prepareScores').mockImplementationOnce(async function (this: unknown, ...args) {
      const prepared = await prepareScores.apply(this, args);
      await change();
      return prepared;
    });

  async function judged(): Promise<{ contest: Contest; judgeId: number; token: string }> {
    const contest = await cf.contest({ entries: 2 });
    const judge = await cf.panelMember(contest.round, 'member');
    return { contest, judgeId: judge.id, token: await t.login(judge.email, judge.password) };
  }

  const put = (roundId: number, token: string, body: object) =>
    t
      .http()
      .put(`/api/v1/rounds/${roundId}/scores`)
      .set(bearer(token))
      .set('Accept-Language', 'en')
      .send(body);

  const stored = (roundId: number) => t.dataSource.getRepository(Score).find({ where: { roundId } });
  const audits = (roundId: number) =>
    t.dataSource
      .getRepository(AuditLogEntry)
      .find({ where: { action: 'scores.enter', entityType: 'round', entityId: String(roundId) } });

  it('writes as usual when nothing changed in between', async () => {
    const { contest, judgeId, token } = await judged();
    changeAfterChecks(() => Promise.resolve());
    const response = await put(contest.round.id, token, {
      scores: [{ entryId: contest.entries[0].id, criterion: 'stage', value: '7.5' }],
    }).expect(200);
    expect(response.body).toEqual({
      roundId: contest.round.id,
      judgeId,
      cells: [{ entryId: contest.entries[0].id, criterion: 'stage', value: '7.5', version: 1 }],
      owed: 6,
      filled: 1,
    });
    expect(await audits(contest.round.id)).toHaveLength(1);
  });

  it('refuses marks on a round locked in between', async () => {
    const { contest, token } = await judged();
    changeAfterChecks(() =>
      t.dataSource.query("UPDATE rounds SET state = 'locked', locked_at = NOW(3) WHERE id = ?", [
        contest.round.id,
      ]),
    );
    const response = await put(contest.round.id, token, {
      scores: [{ entryId: contest.entries[0].id, criterion: 'stage', value: '7.5' }],
    }).expect(409);
    expect(response.body.code).toBe('invalid_state');
    expect(await stored(contest.round.id)).toEqual([]);
  });

  it('refuses marks from a judge marked absent in between', async () => {
    const { contest, judgeId, token } = await judged();
    changeAfterChecks(() =>
      t.dataSource.query('UPDATE panel_members SET absent = 1 WHERE round_id = ? AND user_id = ?', [
        contest.round.id,
        judgeId,
      ]),
    );
    const response = await put(contest.round.id, token, {
      scores: [{ entryId: contest.entries[0].id, criterion: 'stage', value: '7.5' }],
    }).expect(409);
    expect(response.body.detail).toBe(
      'Cannot enter marks: the judge is marked absent for this round and marks nothing.',
    );
    expect(await stored(contest.round.id)).toEqual([]);
  });

  it('refuses a mark on an entry whose entrant the judge declared a relation with in between', async () => {
    const { contest, judgeId, token } = await judged();
    changeAfterChecks(() =>
      t.dataSource.query(
        'INSERT INTO panel_conflicts (round_id, user_id, participant_id, relation) VALUES (?, ?, ?, ?)',
        [contest.round.id, judgeId, contest.participants[1].id, 'con'],
      ),
    );
    const response = await put(contest.round.id, token, {
      scores: [
        { entryId: contest.entries[0].id, criterion: 'stage', value: '7.5' },
        { entryId: contest.entries[1].id, criterion: 'stage', value: '8' },
      ],
    }).expect(400);
    expect(response.body.errors).toEqual([
      {
        path: 'scores.1.entryId',
        message:
          'the judge is recused from this entry (conflict of interest): declared a relation with an entrant (con)',
      },
    ]);
    expect(await stored(contest.round.id)).toEqual([]);
  });

  it('refuses a secretary taken off the panel in between', async () => {
    const { contest, judgeId } = await judged();
    const secretary = await cf.panelMember(contest.round, 'secretary');
    const token = await t.login(secretary.email, secretary.password);
    changeAfterChecks(() =>
      t.dataSource.query('DELETE FROM panel_members WHERE round_id = ? AND user_id = ?', [
        contest.round.id,
        secretary.id,
      ]),
    );
    await put(contest.round.id, token, {
      judgeId,
      scores: [{ entryId: contest.entries[0].id, criterion: 'stage', value: '7.5' }],
    }).expect(404);
    expect(await stored(contest.round.id)).toEqual([]);
  });
});
