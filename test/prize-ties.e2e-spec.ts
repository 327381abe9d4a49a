import { CompetitionFactory, Contest } from './support/competition-factory';
import { bearer, createTestApp, TestApp } from './support/test-app';
import { JudgingState } from './results-fixtures';

/**
 * Whether entries sharing a prize use up the next prizes' places is a category setting (tiesUseNextPlaces),
 * false by default. One judge, three criteria of weight 1, the same mark on each: the total is 3 × the mark
 * and the mean of one judge is that total. Marks 9, 9, 8, 7 → 27.00, 27.00, 24.00, 21.00: A-001 and A-002
 * share rank 1, A-003 is 3rd, A-004 4th. Prizes: first ×1, second ×1, third ×1.
 */
describe('prize ties per category', () => {
  let t: TestApp;
  let contest: Contest;
  let token: string;
  let judging: JudgingState;

  beforeAll(async () => {
    t = await createTestApp();
    const cf = new CompetitionFactory(t.dataSource, t.factories);
    judging = new JudgingState(t.dataSource);
    contest = await cf.contest({ entries: 4 });
    const judge = await cf.panelMember(contest.round, 'head');
    for (const [index, mark] of ['9', '9', '8', '7'].entries())
      await judging.flat(contest.round, judge.id, contest.entries[index], mark);
    await judging.submit(contest.round, judge.id);
    await judging.lock(contest.round, judge.id);
    const organiser = await cf.organiser(contest.organisation.id);
    token = await t.login(organiser.email, organiser.password);
  });

  afterAll(() => t?.close());

  const prizes = async () => {
    const body = (
      await t.http().get(`/api/v1/rounds/${contest.round.id}/results`).set(bearer(token)).expect(200)
    ).body as { entries: { code: string; finalScore: string; rank: number; prize: string | null }[] };
    return body.entries.map(({ code, finalScore, rank, prize }) => [code, finalScore, rank, prize]);
  };
  const patch = (body: object) =>
    t.http().patch(`/api/v1/categories/${contest.category.id}`).set(bearer(token)).send(body);

  it('by default, a shared prize leaves the next prize its places', async () => {
    const category = await t
      .http()
      .get(`/api/v1/categories/${contest.category.id}`)
      .set(bearer(token))
      .expect(200);
    expect(category.body.tiesUseNextPlaces).toBe(false);
    // first: A-001, A-002 (tied); second: count 1 → A-003; third: A-004.
    expect(await prizes()).toEqual([
      ['A-001', '27.00', 1, 'first'],
      ['A-002', '27.00', 1, 'first'],
      ['A-003', '24.00', 3, 'second'],
      ['A-004', '21.00', 4, 'third'],
    ]);
  });

  it('with tiesUseNextPlaces, the tie takes the second prize’s place', async () => {
    await patch({ tiesUseNextPlaces: 'yes' }).expect(400, /tiesUseNextPlaces/);
    const changed = await patch({ tiesUseNextPlaces: true }).expect(200);
    expect(changed.body.tiesUseNextPlaces).toBe(true);
    // first: count 1 taken by 2 (1 over); second: 1 − 1 = 0 places → none; third: A-003; A-004 none.
    expect(await prizes()).toEqual([
      ['A-001', '27.00', 1, 'first'],
      ['A-002', '27.00', 1, 'first'],
      ['A-003', '24.00', 3, 'third'],
      ['A-004', '21.00', 4, null],
    ]);
  });

  it('is fixed once results are published, like the prizes', async () => {
    await t.http().post(`/api/v1/rounds/${contest.round.id}/publish`).set(bearer(token)).send({}).expect(201);
    const refused = await patch({ tiesUseNextPlaces: false }).expect(409);
    expect(refused.body.code).toBe('invalid_state');
    const category = await t
      .http()
      .get(`/api/v1/categories/${contest.category.id}`)
      .set(bearer(token))
      .expect(200);
    expect(category.body.tiesUseNextPlaces).toBe(true);
  });

  it('is set when a category is created', async () => {
    const cf = new CompetitionFactory(t.dataSource, t.factories);
    const draft = await cf.contest({ organisationId: contest.organisation.id, state: 'draft', entries: 0 });
    const created = await t
      .http()
      .post(`/api/v1/events/${draft.event.id}/categories`)
      .set(bearer(token))
      .send({
        code: 'B',
        name: 'Bảng B',
        disciplineId: contest.category.disciplineId,
        format: 'individual',
        tiesUseNextPlaces: true,
      })
      .expect(201);
    expect(created.body.tiesUseNextPlaces).toBe(true);
  });
});
