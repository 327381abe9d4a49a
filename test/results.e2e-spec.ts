import { AuditLogEntry } from '../src/audit/entities/audit-log-entry.entity';
import { Entry } from '../src/competition/entities/entry.entity';
import { Event } from '../src/competition/entities/event.entity';
import { Round } from '../src/competition/entities/round.entity';
import { PanelConflict } from '../src/competition/entities/panel-conflict.entity';
import { Consent } from '../src/participants/entities/consent.entity';
import { Participant } from '../src/participants/entities/participant.entity';
import { Contest, CompetitionFactory } from './support/competition-factory';
import { bearer, createTestApp, TestApp } from './support/test-app';
import { allKeys, countQueries, JudgingState } from './results-fixtures';

type Blocker = { kind: string; [key: string]: unknown };
type JudgeLine = {
  judgeId: number;
  fullName: string;
  scores: { criterion: string; value: string }[];
  role: string;
  status: string;
  total: string | null;
  recusalGrounds:
    | {
        reason: string;
        participantId: number | null;
        participantName: string | null;
        relation: string | null;
      }[]
    | null;
};
type PreviewEntry = {
  entryId: number;
  code: string;
  members: { participantId: number; fullName: string }[];
  status: string;
  finalScore: string | null;
  rank: number | null;
  prize: string | null;
  advances: boolean;
  flags: { kind: string; spread: string; limit: string; confirmed: boolean }[];
  breakdown: {
    judges: JudgeLine[];
    spread: string | null;
    panel: { method: string; used: { judgeId: number; fullName: string; value: string }[] } | null;
    deductions: { kind: string; amount: string; reason: string }[];
    deductionTotal: string;
    roundedScore: string | null;
  };
};
interface PreviewBody {
  event: Record<string, unknown>;
  category: Record<string, unknown>;
  round: Record<string, unknown>;
  snapshot: Record<string, unknown> | null;
  complete: boolean;
  entries: PreviewEntry[];
  missingScores: { judgeId: number; fullName: string; entries: { code: string; criteria: string[] }[] }[];
  readiness: { canPublish: boolean; blockers: Blocker[] } | null;
  publications: unknown[];
}

/**
 * A round's results from the first preview to a corrected republication: the breakdown a person can follow,
 * what blocks publication, the frozen snapshots, and what anyone may read without signing in.
 *
 * The round: the default rubric (technique, expression, stage; 0–10, weight 1: a judge's total is the sum of
 * three marks), the mean of the judges' totals, 2 decimals, disagreement beyond 5 points flagged, prizes
 * first, second, third (one each). Judges H (head), D (deputy), M, R (members); R coaches entry 1 and is
 * recused from it; X declared a relation with every entrant (recused from all: owes nothing); A is absent;
 * S is the panel's secretary.
 *
 *   entry 1: H 8 8 8 = 24, D 9 9 8 = 26, M 7 8 8 = 23, R recused      → 73 / 3 = 24.333…   → 24.33, 2nd
 *   entry 2: H 9 9 9 = 27, D 9 9 9.5 = 27.5, M 27, R 27                → 108.5 / 4 = 27.125 → 27.13, 1st
 *   entry 3: everyone 7 7 7 = 21, less 0.5 for a time violation        → 21 − 0.5          → 20.50, 3rd
 *   entry 4: H 15, D 18, M 24, R 18 (spread 24 − 15 = 9 > 5: flagged)  → 75 / 4            → 18.75, 4th
 *
 * Entry 4's participant consented to contests but not to publication: its name is never published.
 */
describe('results: preview, publication, public results', () => {
  let t: TestApp;
  let cf: CompetitionFactory;
  let judging: JudgingState;
  let contest: Contest;
  let round: Round;
  let entries: Entry[];
  let people: Participant[];
  const users = {} as Record<
    'H' | 'D' | 'M' | 'R' | 'X' | 'A' | 'S' | 'organiser' | 'outsider' | 'viewer' | 'stranger',
    { id: number; token: string; fullName: string }
  >;

  const as = (who: keyof typeof users) => ({
    get: (path: string) => t.http().get(`/api/v1${path}`).set(bearer(users[who].token)),
    post: (path: string, body: object = {}) =>
      t.http().post(`/api/v1${path}`).set(bearer(users[who].token)).send(body),
  });
  const anonymous = (path: string) => t.http().get(`/api/v1${path}`);
  const preview = async (version?: number): Promise<PreviewBody> =>
    (
      await as('organiser')
        .get(`/rounds/${round.id}/results?include=breakdown${version ? `&version=${version}` : ''}`)
        .expect(200)
    ).body as PreviewBody;
  const entryOf = (body: { entries: PreviewEntry[] }, index: number) =>
    body.entries.find((entry) => entry.entryId === entries[index].id)!;
  const blockers = async (): Promise<Blocker[]> => (await preview()).readiness!.blockers;

  beforeAll(async () => {
    // The outbox relay polls the database; slowed down so query counts below are this test's own.
    t = await createTestApp({ env: { OUTBOX_POLL_INTERVAL_MS: '60000' } });
    cf = new CompetitionFactory(t.dataSource, t.factories);
    judging = new JudgingState(t.dataSource);
    contest = await cf.contest({ entries: 3, round: { spreadLimit: '5' } });
    round = contest.round;
    const withoutPublication = await cf.participant(contest.organisation.id, {
      consentScopes: ['registry', 'contests'],
    });
    const fourth = await cf.entry(contest.category, [withoutPublication.id], {
      organisationId: contest.organisation.id,
      title: 'Khúc hát ru',
    });
    entries = [...contest.entries, fourth];
    people = [...contest.participants, withoutPublication];

    const signIn = async (
      who: keyof typeof users,
      user: { id: number; email: string; password: string; fullName: string },
    ) => {
      users[who] = { id: user.id, fullName: user.fullName, token: await t.login(user.email, user.password) };
    };
    await signIn('H', await cf.panelMember(round, 'head'));
    await signIn('D', await cf.panelMember(round, 'deputy'));
    await signIn('M', await cf.panelMember(round, 'member'));
    await signIn('R', await cf.panelMember(round, 'member'));
    await signIn('X', await cf.panelMember(round, 'member'));
    await signIn('A', await cf.panelMember(round, 'member', { absent: true }));
    await signIn('S', await cf.panelMember(round, 'secretary'));
    await signIn('organiser', await cf.organiser(contest.organisation.id));
    await signIn('outsider', await cf.organiser((await t.factories.organisation()).id));
    await signIn(
      'viewer',
      await t.factories.user({ roles: [{ role: 'viewer', organisationId: contest.organisation.id }] }),
    );
    await signIn('stranger', await t.factories.user({ roles: [{ role: 'judge', organisationId: null }] }));

    // R coaches entry 1; X declared a relation with every entrant.
    await t.dataSource.manager.update(Entry, { id: entries[0].id }, { coachUserId: users.R.id });
    await t.dataSource.manager.insert(
      PanelConflict,
      people.map((person) => ({
        roundId: round.id,
        userId: users.X.id,
        participantId: person.id,
        relation: 'cháu ruột',
      })),
    );
  });

  afterAll(() => t.close());

  describe('before any score', () => {
    it('previews every entry unscored, listing what each judge still owes', async () => {
      const body = await preview();
      expect(body.event).toMatchObject({
        id: contest.event.id,
        name: contest.event.name,
        level: 'district',
        state: 'judging',
      });
      expect(body.category).toEqual({
        id: contest.category.id,
        code: 'A',
        name: 'Bảng A',
        format: 'individual',
      });
      expect(body.round).toMatchObject({
        id: round.id,
        name: 'Vòng sơ khảo',
        position: 1,
        state: 'open',
        publishedVersion: 0,
        changedSincePublication: false,
        differsFromPublished: null,
      });
      expect(body.complete).toBe(false);
      expect(body.entries.map((entry: PreviewEntry) => entry.status)).toEqual([
        'unscored',
        'unscored',
        'unscored',
        'unscored',
      ]);
      // H, D and M owe 4 entries × 3 criteria; R 3 entries (recused from entry 1); X nothing; A is absent.
      const owed = Object.fromEntries(
        body.missingScores.map(
          (judge: { judgeId: number; fullName: string; entries: { code: string; criteria: string[] }[] }) => [
            judge.fullName,
            judge.entries.map((entry) => `${entry.code}:${entry.criteria.length}`),
          ],
        ),
      );
      expect(owed).toEqual({
        [users.H.fullName]: ['A-001:3', 'A-002:3', 'A-003:3', 'A-004:3'],
        [users.D.fullName]: ['A-001:3', 'A-002:3', 'A-003:3', 'A-004:3'],
        [users.M.fullName]: ['A-001:3', 'A-002:3', 'A-003:3', 'A-004:3'],
        [users.R.fullName]: ['A-002:3', 'A-003:3', 'A-004:3'],
      });
      expect(body.readiness).toEqual({
        canPublish: false,
        blockers: [
          { kind: 'round_not_locked' },
          ...(['H', 'D', 'M', 'R'] as const).map((who) => ({
            kind: 'sheet_not_submitted',
            judgeId: users[who].id,
            fullName: users[who].fullName,
          })),
          { kind: 'scores_missing', judges: 4, cells: 45 },
        ],
      });
      expect(body.publications).toEqual([]);
      expect(body.snapshot).toBeNull();
    });

    it('is for the organisers and the panel’s secretaries: judges 403, readers 403, others 404', async () => {
      await as('S').get(`/rounds/${round.id}/results`).expect(200);
      await as('H').get(`/rounds/${round.id}/results`).expect(403);
      await as('viewer').get(`/rounds/${round.id}/results`).expect(403);
      await as('outsider').get(`/rounds/${round.id}/results`).expect(404);
      await as('stranger').get(`/rounds/${round.id}/results`).expect(404);
      await as('organiser').get('/rounds/999999/results').expect(404);
      await anonymous(`/rounds/${round.id}/results`).expect(401);
      // Publishing and the list of publications are the organisers' alone.
      await as('S').post(`/rounds/${round.id}/publish`).expect(403);
      await as('S').get(`/rounds/${round.id}/results/versions`).expect(403);
      await as('outsider').post(`/rounds/${round.id}/publish`).expect(404);
    });

    it('has no public results yet: 404, as for a round that does not exist', async () => {
      await anonymous(`/public/rounds/${round.id}/results`).expect(404);
      await anonymous('/public/rounds/999999/results').expect(404);
    });
  });

  describe('once scored', () => {
    beforeAll(async () => {
      const { H, D, M, R } = users;
      const [e1, e2, e3, e4] = entries;
      await judging.marks(round, H.id, e1, ['8', '8', '8']);
      await judging.marks(round, D.id, e1, ['9', '9', '8']);
      await judging.marks(round, M.id, e1, ['7', '8', '8']);
      await judging.flat(round, H.id, e2, '9');
      await judging.marks(round, D.id, e2, ['9', '9', '9.5']);
      await judging.flat(round, M.id, e2, '9');
      await judging.flat(round, R.id, e2, '9');
      for (const judge of [H, D, M, R]) await judging.flat(round, judge.id, e3, '7');
      await judging.flat(round, H.id, e4, '5');
      await judging.flat(round, D.id, e4, '6');
      await judging.flat(round, M.id, e4, '8');
      await judging.flat(round, R.id, e4, '6');
      await judging.deduct(round, e3.id, 'time_violation', '0.5', 'Quá giờ 20 giây', users.organiser.id);
    });

    it('computes each entry’s score, rank and prize as worked out by hand', async () => {
      const body = await preview();
      expect(body.complete).toBe(true);
      expect(body.missingScores).toEqual([]);
      expect(
        body.entries.map((entry: PreviewEntry) => [
          entry.code,
          entry.finalScore,
          entry.rank,
          entry.prize,
          entry.status,
        ]),
      ).toEqual([
        ['A-002', '27.13', 1, 'first', 'ranked'],
        ['A-001', '24.33', 2, 'second', 'ranked'],
        ['A-003', '20.50', 3, 'third', 'ranked'],
        ['A-004', '18.75', 4, null, 'ranked'],
      ]);
      expect(entryOf(body, 3).flags).toEqual([
        { kind: 'disagreement', spread: '9.00', limit: '5.00', confirmed: false },
      ]);
      expect(entryOf(body, 0).flags).toEqual([]);
      const third = entryOf(body, 2);
      expect(third.breakdown.deductions).toEqual([
        { kind: 'time_violation', amount: '0.50', reason: 'Quá giờ 20 giây' },
      ]);
      expect(third.breakdown.deductionTotal).toBe('0.50');
      expect(third.members).toEqual([{ participantId: people[2].id, fullName: people[2].fullName }]);
    });

    it('names every judge in the breakdown and says why a judge was recused', async () => {
      const first = entryOf(await preview(), 0);
      const line = (who: keyof typeof users) =>
        first.breakdown.judges.find((judge) => judge.judgeId === users[who].id)!;
      expect(line('H')).toMatchObject({
        judgeId: users.H.id,
        fullName: users.H.fullName,
        role: 'head',
        status: 'counted',
        total: '24.00',
        recusalGrounds: null,
      });
      expect(line('D')).toMatchObject({ fullName: users.D.fullName, role: 'deputy', total: '26.00' });
      expect(line('R')).toMatchObject({
        fullName: users.R.fullName,
        status: 'recused',
        total: null,
        recusalGrounds: [
          { reason: 'coaches_entry', participantId: null, participantName: null, relation: null },
        ],
      });
      expect(line('X')).toMatchObject({
        status: 'recused',
        recusalGrounds: [
          {
            reason: 'declared',
            participantId: people[0].id,
            participantName: people[0].fullName,
            relation: 'cháu ruột',
          },
        ],
      });
      expect(line('A')).toMatchObject({ status: 'absent', recusalGrounds: null });
      expect(first.breakdown.judges.some((judge) => judge.judgeId === users.S.id)).toBe(false);
      expect(first.breakdown.panel!.method).toBe('mean');
      expect(first.breakdown.panel!.used.map((mark) => [mark.fullName, mark.value])).toEqual(
        expect.arrayContaining([
          [users.H.fullName, '24.00'],
          [users.D.fullName, '26.00'],
          [users.M.fullName, '23.00'],
        ]),
      );
      expect(first.breakdown.spread).toBe('3.00');
      expect(first.breakdown.roundedScore).toBe('24.33');
    });

    it('gives the breakdown only when asked for, with marks in the rubric’s order', async () => {
      const plain = (await as('organiser').get(`/rounds/${round.id}/results`).expect(200))
        .body as PreviewBody;
      expect(plain.entries.map((entry) => entry.code)).toEqual(
        (await preview()).entries.map((entry) => entry.code),
      );
      expect(plain.entries.every((entry) => !('breakdown' in entry))).toBe(true);
      await as('organiser').get(`/rounds/${round.id}/results?include=everything`).expect(400);
      const head = entryOf(await preview(), 0).breakdown.judges.find(
        (judge) => judge.judgeId === users.H.id,
      )!;
      // The rubric lists technique, expression, stage: not alphabetical.
      expect(head.scores.map((score) => score.criterion)).toEqual(['technique', 'expression', 'stage']);
    });

    it('refuses to publish while anything blocks it, naming each blocker', async () => {
      const response = await as('organiser').post(`/rounds/${round.id}/publish`).expect(409);
      expect(response.body.code).toBe('not_ready');
      const expected = [
        { kind: 'round_not_locked' },
        ...(['H', 'D', 'M', 'R'] as const).map((who) => ({
          kind: 'sheet_not_submitted',
          judgeId: users[who].id,
          fullName: users[who].fullName,
        })),
        { kind: 'unconfirmed_flag', entryId: entries[3].id, code: 'A-004', spread: '9.00', limit: '5.00' },
      ];
      expect(response.body.blockers).toEqual(expected);
      expect(response.body.detail).toContain('6');
      expect(await blockers()).toEqual(expected);
      expect(await t.dataSource.manager.findOneByOrFail(Round, { id: round.id })).toMatchObject({
        publishedVersion: 0,
      });
    });

    it('lifts each blocker as its cause is dealt with, and blocks again when the event is not judging', async () => {
      for (const who of ['H', 'D', 'M'] as const) await judging.submit(round, users[who].id);
      expect((await blockers()).map((blocker) => blocker.kind)).toEqual([
        'round_not_locked',
        'sheet_not_submitted',
        'unconfirmed_flag',
      ]);
      await judging.submit(round, users.R.id);
      await judging.lock(round, users.organiser.id);
      expect(await blockers()).toEqual([
        { kind: 'unconfirmed_flag', entryId: entries[3].id, code: 'A-004', spread: '9.00', limit: '5.00' },
      ]);
      // A confirmation of another spread does not count.
      await judging.confirmFlag(round, entries[3].id, '8.00', users.organiser.id);
      expect((await blockers()).map((blocker) => blocker.kind)).toEqual(['unconfirmed_flag']);
      await t.dataSource.query('UPDATE flag_confirmations SET spread = ? WHERE round_id = ?', [
        '9.00',
        round.id,
      ]);
      expect((await preview()).readiness).toEqual({ canPublish: true, blockers: [] });
      expect(entryOf(await preview(), 3).flags[0].confirmed).toBe(true);

      await t.dataSource.manager.update(Event, { id: contest.event.id }, { state: 'open' });
      expect(await blockers()).toEqual([{ kind: 'event_state', state: 'open' }]);
      await t.dataSource.manager.update(Event, { id: contest.event.id }, { state: 'judging' });
      await judging.unlock(round);
      expect(await blockers()).toEqual([{ kind: 'round_not_locked' }]);
      await judging.lock(round, users.organiser.id);
    });
  });

  describe('publication', () => {
    let publishedAt: string;

    it('freezes the results as version 1, audited', async () => {
      const response = await as('organiser').post(`/rounds/${round.id}/publish`, {}).expect(201);
      expect(response.body).toEqual({
        roundId: round.id,
        version: 1,
        publishedAt: expect.any(String),
        publishedBy: users.organiser.id,
        reason: null,
      });
      publishedAt = response.body.publishedAt;
      expect(await t.dataSource.manager.findOneByOrFail(Round, { id: round.id })).toMatchObject({
        publishedVersion: 1,
        changedSincePublication: false,
      });
      const audit = await t.dataSource.manager.findBy(AuditLogEntry, {
        entityType: 'round',
        entityId: String(round.id),
      });
      expect(audit.map((row) => [row.action, row.actorId, row.after])).toEqual([
        ['round.publish', users.organiser.id, expect.objectContaining({ publishedVersion: 1 })],
      ]);
      const versions = await as('organiser').get(`/rounds/${round.id}/results/versions`).expect(200);
      expect(versions.body).toEqual({
        items: [
          {
            version: 1,
            publishedAt,
            publishedBy: users.organiser.id,
            publisherName: expect.any(String),
            reason: null,
          },
        ],
      });
    });

    it('counts the published prizes in the province’s report', async () => {
      const { body: published } = await as('organiser').get(`/rounds/${round.id}/results`).expect(200);
      const prizes: Record<string, number> = {};
      for (const entry of published.entries as { prize: string | null }[])
        if (entry.prize) prizes[entry.prize] = (prizes[entry.prize] ?? 0) + 1;
      expect(Object.keys(prizes).length).toBeGreaterThan(0);
      const { startDate, endDate } = published.event as { startDate: string; endDate: string };
      const report = await t
        .http()
        .get(`/api/v1/reports/summary?from=${startDate}&to=${endDate}`)
        .set(bearer(await t.adminToken()))
        .expect(200);
      expect(report.body.total.prizesByName).toEqual(prizes);
    });

    it('answers the same publication, writing nothing, when published again unchanged', async () => {
      const response = await as('organiser').post(`/rounds/${round.id}/publish`, {}).expect(200);
      expect(response.body).toMatchObject({ version: 1, publishedAt, reason: null });
      expect(
        (await as('organiser').get(`/rounds/${round.id}/results/versions`).expect(200)).body.items,
      ).toHaveLength(1);
    });

    it('shows the published results to anyone, without a token, with names only where consent allows', async () => {
      const response = await anonymous(`/public/rounds/${round.id}/results`).expect(200);
      expect(response.headers['cache-control']).toBe('public, max-age=60');
      const body = response.body;
      expect(body).toEqual({
        event: {
          id: contest.event.id,
          name: contest.event.name,
          kind: 'contest',
          level: 'district',
          startDate: '2026-06-01',
          endDate: '2026-06-02',
          venue: 'Cung Văn hóa Thanh thiếu nhi Quảng Ninh',
        },
        organisers: [expect.any(String)],
        category: { code: 'A', name: 'Bảng A' },
        round: { name: 'Vòng sơ khảo', position: 1 },
        version: 1,
        publishedAt,
        corrected: false,
        entries: [
          entryLine(1, 'A-002', people[1].fullName, '27.13', 'first'),
          entryLine(2, 'A-001', people[0].fullName, '24.33', 'second'),
          entryLine(3, 'A-003', people[2].fullName, '20.50', 'third'),
          { ...entryLine(4, 'A-004', null, '18.75', null), title: 'Khúc hát ru' },
        ],
      });
    });

    it('holds nothing personal beyond name, unit and locality: no ids, birth dates, guardians or marks', async () => {
      const body = (await anonymous(`/public/rounds/${round.id}/results`).expect(200)).body;
      expect([...allKeys(body)].sort()).toEqual(
        [
          'event',
          'id',
          'name',
          'organisers',
          'kind',
          'level',
          'startDate',
          'endDate',
          'venue',
          'category',
          'code',
          'round',
          'position',
          'version',
          'publishedAt',
          'corrected',
          'entries',
          'rank',
          'title',
          'unit',
          'locality',
          'score',
          'prize',
          'advances',
        ].sort(),
      );
      const text = JSON.stringify(body);
      for (const person of people) {
        expect(text).not.toContain(person.guardianName!);
        expect(text).not.toContain(String(person.dateOfBirth));
      }
      for (const judge of ['H', 'D', 'M', 'R'] as const) expect(text).not.toContain(users[judge].fullName);
      expect(text).not.toContain('24.00'); // a judge's total
    });

    it('drops a name the moment a consent is withdrawn, and never shows an anonymised participant’s', async () => {
      // Through the routes: the board is cached until a change to consents or names says otherwise.
      const admin = bearer(await t.adminToken());
      const consent = await t.dataSource.manager.findOneByOrFail(Consent, {
        participantId: people[1].id,
        kind: 'participant',
      });
      await t
        .http()
        .post(`/api/v1/participants/${people[1].id}/consents/${consent.id}/withdraw`)
        .set(admin)
        .send({ reason: 'Gia đình đề nghị' })
        .expect(200);
      await t.http().post(`/api/v1/participants/${people[0].id}/anonymise`).set(admin).send({}).expect(200);
      const body = (await anonymous(`/public/rounds/${round.id}/results`).expect(200)).body;
      expect(
        body.entries.map((entry: { code: string; name: string | null }) => [entry.code, entry.name]),
      ).toEqual([
        ['A-002', null],
        ['A-001', null],
        ['A-003', people[2].fullName],
        ['A-004', null],
      ]);
      // The organisers' copy of the publication no longer holds the anonymised name either.
      expect(entryOf(await preview(1), 0).members).toEqual([{ participantId: people[0].id, fullName: '' }]);
    });
  });

  describe('a correction after publication', () => {
    beforeAll(async () => {
      // Entry 3: H's technique 7 → 8, so H's total is 22: (22 + 21 + 21 + 21) / 4 = 21.25, less 0.5 = 20.75.
      await judging.setMark(round, users.H.id, entries[2].id, 'technique', '8');
    });

    it('changes the preview, not the published results', async () => {
      const live = await preview();
      expect(entryOf(live, 2).finalScore).toBe('20.75');
      expect(live.round).toMatchObject({ publishedVersion: 1, differsFromPublished: true });
      const published = (await anonymous(`/public/rounds/${round.id}/results`).expect(200)).body;
      expect(published.entries[2]).toMatchObject({ code: 'A-003', score: '20.50' });

      const frozen = await preview(1);
      expect(entryOf(frozen, 2).finalScore).toBe('20.50');
      expect(frozen.snapshot).toMatchObject({ version: 1, publishedBy: users.organiser.id, reason: null });
      expect(frozen.readiness).toBeNull();
      await as('organiser').get(`/rounds/${round.id}/results?version=2`).expect(404);
    });

    it('needs a reason to republish; then publishes version 2 and keeps version 1', async () => {
      const refused = await as('organiser').post(`/rounds/${round.id}/publish`, {}).expect(400);
      expect(refused.body.errors.map((error: { path: string }) => error.path)).toEqual(['reason']);
      await as('organiser').post(`/rounds/${round.id}/publish`, { reason: '   ' }).expect(400);

      const reason = 'Sửa điểm kỹ thuật của giám khảo trưởng do nhập nhầm';
      const republished = await as('organiser').post(`/rounds/${round.id}/publish`, { reason }).expect(201);
      expect(republished.body).toMatchObject({ version: 2, reason });

      const latest = (await anonymous(`/public/rounds/${round.id}/results`).expect(200)).body;
      expect(latest).toMatchObject({ version: 2, corrected: true });
      expect(latest.entries[2]).toMatchObject({ code: 'A-003', score: '20.75', rank: 3, prize: 'third' });
      const first = (await anonymous(`/public/rounds/${round.id}/results?version=1`).expect(200)).body;
      expect(first).toMatchObject({ version: 1, corrected: false });
      expect(first.entries[2]).toMatchObject({ code: 'A-003', score: '20.50' });
      await anonymous(`/public/rounds/${round.id}/results?version=3`).expect(404);
      await anonymous(`/public/rounds/${round.id}/results?version=zero`).expect(400);

      const again = await as('organiser')
        .post(`/rounds/${round.id}/publish`, { reason: 'Bấm lại' })
        .expect(200);
      expect(again.body).toMatchObject({ version: 2, reason });
      const versions = (await as('organiser').get(`/rounds/${round.id}/results/versions`).expect(200)).body
        .items;
      expect(
        versions.map((item: { version: number; reason: string | null }) => [item.version, item.reason]),
      ).toEqual([
        [2, reason],
        [1, null],
      ]);
      expect((await preview()).round).toMatchObject({ publishedVersion: 2, differsFromPublished: false });
    });
  });

  describe('query counts', () => {
    it('stay the same whatever the number of entries, for the preview and the public results', async () => {
      const small = await readyContest(2);
      const large = await readyContest(12);
      for (const ready of [small, large])
        await t
          .http()
          .post(`/api/v1/rounds/${ready.round.id}/publish`)
          .set(bearer(ready.token))
          .send({})
          .expect(201);
      const publicCount = async (ready: Ready) =>
        countQueries(() => anonymous(`/public/rounds/${ready.round.id}/results`).expect(200));
      const previewCount = async (ready: Ready) =>
        countQueries(() =>
          t.http().get(`/api/v1/rounds/${ready.round.id}/results`).set(bearer(ready.token)).expect(200),
        );
      const [publicSmall, publicLarge] = [await publicCount(small), await publicCount(large)];
      const [previewSmall, previewLarge] = [await previewCount(small), await previewCount(large)];
      expect(publicLarge).toBe(publicSmall);
      expect(previewLarge).toBe(previewSmall);
      // Measured: 3 statements for the public route (snapshot, names, consents), 19 for the preview
      // (sign-in check, access, materials, flags, publications, transaction).
    });
  });

  describe('rounds that cannot be published', () => {
    it('names a round without entries, and one without a judge present', async () => {
      const empty = await cf.contest({ entries: 0 });
      await cf.panelMember(empty.round, 'head');
      const emptyToken = await organiserToken(empty);
      await judging.lock(empty.round, 1);
      const emptyBody = (
        await t.http().get(`/api/v1/rounds/${empty.round.id}/results`).set(bearer(emptyToken)).expect(200)
      ).body;
      // The judge owes nothing in a round without entries.
      expect(emptyBody.readiness.blockers).toEqual([{ kind: 'no_entries' }]);

      const unjudged = await cf.contest({ entries: 2 });
      await cf.panelMember(unjudged.round, 'head', { absent: true });
      const unjudgedToken = await organiserToken(unjudged);
      await judging.lock(unjudged.round, 1);
      const unjudgedBody = (
        await t
          .http()
          .get(`/api/v1/rounds/${unjudged.round.id}/results`)
          .set(bearer(unjudgedToken))
          .expect(200)
      ).body;
      expect(unjudgedBody.readiness.blockers).toEqual([{ kind: 'no_judges' }]);
      await t
        .http()
        .post(`/api/v1/rounds/${unjudged.round.id}/publish`)
        .set(bearer(unjudgedToken))
        .send({})
        .expect(409);
    });
  });

  interface Ready {
    contest: Contest;
    round: Round;
    token: string;
  }

  async function organiserToken(of: Contest): Promise<string> {
    const organiser = await cf.organiser(of.organisation.id);
    return t.login(organiser.email, organiser.password);
  }

  /** A contest of `size` entries, scored by three judges, submitted and locked: ready to publish. */
  async function readyContest(size: number): Promise<Ready> {
    const ready = await cf.contest({ entries: size });
    const judges = [
      await cf.panelMember(ready.round, 'head'),
      await cf.panelMember(ready.round, 'member'),
      await cf.panelMember(ready.round, 'member'),
    ];
    for (const [index, entry] of ready.entries.entries())
      for (const judge of judges) await judging.flat(ready.round, judge.id, entry, String(10 - (index % 10)));
    for (const judge of judges) await judging.submit(ready.round, judge.id);
    await judging.lock(ready.round, judges[0].id);
    return { contest: ready, round: ready.round, token: await organiserToken(ready) };
  }

  function entryLine(rank: number, code: string, name: string | null, score: string, prize: string | null) {
    return {
      rank,
      code,
      name,
      title: 'Bản nhạc',
      unit: contest.organisation.name,
      locality: null,
      score,
      prize,
      advances: false,
    };
  }
});
