import { Consent } from '../src/participants/entities/consent.entity';
import { ResultsService } from '../src/results/results.service';
import { CompetitionFactory, Contest } from './support/competition-factory';
import { bearer, createTestApp, TestApp } from './support/test-app';
import { JudgingState } from './results-fixtures';

type Line = { code: string; name: string | null; score: string | null };

/**
 * The public board is computed once per publication and consent generation, then served as bytes: these
 * tests count the computations (ResultsService.publicResults) and check that a change to consents or a
 * republication shows on the very next request, on this process and on another one sharing the database
 * and Redis.
 *
 * The round: 3 entries, 3 judges, the default rubric (three criteria, a judge's total is the sum), the mean
 * of the totals. Entry i gets 10 − i on every criterion: A-001 30.00, A-002 27.00, A-003 24.00.
 */
describe('public board: computed once, invalidated by consent changes and republication', () => {
  let a: TestApp;
  let b: TestApp;
  let contest: Contest;
  let judges: { id: number }[];
  let judging: JudgingState;
  let organiser: string;
  let admin: string;
  let computations: jest.SpyInstance;
  const path = () => `/api/v1/public/rounds/${contest.round.id}/results`;
  const lines = (body: { entries: Line[] }) => body.entries.map((e) => [e.code, e.name, e.score]);

  beforeAll(async () => {
    a = await createTestApp({ env: { OUTBOX_POLL_INTERVAL_MS: '60000' } });
    // A second API process on the same database and Redis (same queue prefix, so the same counter).
    const { user, password, host, port, name } = a.config.database;
    const credentials = password
      ? `${encodeURIComponent(user)}:${encodeURIComponent(password)}`
      : encodeURIComponent(user);
    b = await createTestApp({
      env: {
        DATABASE_URL: `mysql://${credentials}@${host}:${port}/${name}`,
        QUEUE_PREFIX: a.config.queuePrefix,
        OUTBOX_POLL_INTERVAL_MS: '60000',
      },
    });
    const cf = new CompetitionFactory(a.dataSource, a.factories);
    judging = new JudgingState(a.dataSource);
    contest = await cf.contest({ entries: 3 });
    judges = [
      await cf.panelMember(contest.round, 'head'),
      await cf.panelMember(contest.round, 'member'),
      await cf.panelMember(contest.round, 'member'),
    ];
    for (const [index, entry] of contest.entries.entries())
      for (const judge of judges) await judging.flat(contest.round, judge.id, entry, String(10 - index));
    for (const judge of judges) await judging.submit(contest.round, judge.id);
    await judging.lock(contest.round, judges[0].id);
    const account = await cf.organiser(contest.organisation.id);
    organiser = await a.login(account.email, account.password);
    admin = await a.adminToken();
    await a
      .http()
      .post(`/api/v1/rounds/${contest.round.id}/publish`)
      .set(bearer(organiser))
      .send({})
      .expect(201);
    computations = jest.spyOn(a.app.get(ResultsService), 'publicResults');
  });

  afterAll(async () => {
    computations?.mockRestore();
    await b?.app.close(); // not b.close(): the database and queue prefix are a's, dropped below
    await a?.close();
  });

  const withdrawOwnConsent = async (via: TestApp, participantId: number) => {
    const consent = await a.dataSource.manager.findOneByOrFail(Consent, {
      participantId,
      kind: 'participant',
    });
    await via
      .http()
      .post(`/api/v1/participants/${participantId}/consents/${consent.id}/withdraw`)
      .set(bearer(admin))
      .send({ reason: 'Gia đình đề nghị' })
      .expect(200);
  };

  it('computes the board once and serves the same bytes, with an ETag, to the next readers', async () => {
    computations.mockClear();
    const first = await a.http().get(path()).expect(200);
    const second = await a.http().get(path()).expect(200);
    expect(computations).toHaveBeenCalledTimes(1);
    expect(second.text).toBe(first.text);
    expect(second.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(second.headers['cache-control']).toBe('public, max-age=60');
    expect(second.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(second.headers.etag).toBe(first.headers.etag);
    // The shape of before the cache: what the computation answers, serialised as Fastify did.
    expect(first.text).toBe(JSON.stringify(await computations.mock.results[0].value));
    expect(lines(first.body)).toEqual([
      ['A-001', contest.participants[0].fullName, '30.00'],
      ['A-002', contest.participants[1].fullName, '27.00'],
      ['A-003', contest.participants[2].fullName, '24.00'],
    ]);
  });

  it('answers 304 without a body to a reader who holds the current ETag', async () => {
    const { etag } = (await a.http().get(path()).expect(200)).headers;
    const again = await a.http().get(path()).set('If-None-Match', etag).expect(304);
    expect(again.text).toBe('');
    expect(again.headers.etag).toBe(etag);
    await a.http().get(path()).set('If-None-Match', '"something-else"').expect(200);
  });

  it('hides a name on the very next request once its consent is withdrawn', async () => {
    const before = await a.http().get(path()).expect(200);
    computations.mockClear();
    await withdrawOwnConsent(a, contest.participants[1].id);
    const after = await a.http().get(path()).expect(200);
    expect(computations).toHaveBeenCalledTimes(1);
    expect(lines(after.body)).toEqual([
      ['A-001', contest.participants[0].fullName, '30.00'],
      ['A-002', null, '27.00'],
      ['A-003', contest.participants[2].fullName, '24.00'],
    ]);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    // An old ETag no longer matches: the reader gets the new board.
    await a.http().get(path()).set('If-None-Match', before.headers.etag).expect(200);
  });

  it('shows a correction on the very next request once it is republished', async () => {
    await a.http().get(path()).expect(200);
    // H's technique on A-003 8 → 10: H 26, the others 24: 74 / 3 = 24.666… → 24.67.
    await judging.setMark(contest.round, judges[0].id, contest.entries[2].id, 'technique', '10');
    const unchanged = await a.http().get(path()).expect(200);
    expect(unchanged.body).toMatchObject({ version: 1, corrected: false });
    await a
      .http()
      .post(`/api/v1/rounds/${contest.round.id}/publish`)
      .set(bearer(organiser))
      .send({ reason: 'Sửa điểm nhập nhầm' })
      .expect(201);
    const corrected = await a.http().get(path()).expect(200);
    expect(corrected.body).toMatchObject({ version: 2, corrected: true });
    expect(lines(corrected.body)[2]).toEqual(['A-003', contest.participants[2].fullName, '24.67']);
    // The first publication stays readable as it was, names as consent allows today.
    const first = await a.http().get(`${path()}?version=1`).expect(200);
    expect(lines(first.body)[2]).toEqual(['A-003', contest.participants[2].fullName, '24.00']);
    expect(lines(first.body)[1]).toEqual(['A-002', null, '27.00']);
  });

  it('shows a consent withdrawn through one process on the next request to another', async () => {
    const warm = await b.http().get(path()).expect(200);
    expect(lines(warm.body)[0]).toEqual(['A-001', contest.participants[0].fullName, '30.00']);
    const onB = jest.spyOn(b.app.get(ResultsService), 'publicResults');
    await b.http().get(path()).expect(200);
    expect(onB).not.toHaveBeenCalled(); // served from b's cache
    await withdrawOwnConsent(a, contest.participants[0].id);
    const after = await b.http().get(path()).expect(200);
    expect(onB).toHaveBeenCalledTimes(1);
    onB.mockRestore();
    expect(lines(after.body)[0]).toEqual(['A-001', null, '30.00']);
    expect(after.headers.etag).not.toBe(warm.headers.etag);
  });
});
