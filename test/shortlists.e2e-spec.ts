import { Round } from '../src/competition/entities/round.entity';
import { JobsService } from '../src/queue/jobs.service';
import { ShortlistRun } from '../src/shortlists/entities/shortlist-run.entity';
import { ShortlistWorld } from './shortlists-fixtures';
import { CompetitionFactory } from './support/competition-factory';
import { bearer, createTestApp, TestApp } from './support/test-app';

interface Candidate {
  participantId: number;
  band: number;
  rankInBand: number;
  via: string | null;
  score: string;
  breakdown: { contests: string; assessments: string; attendance: string };
  evidence: Record<string, unknown>[];
  decision: { decision: string; version: number; evidenceChanged: boolean } | null;
  droppedOut: boolean;
}

const REQUEST = {
  referenceDate: '2025-06-01',
  ageBands: [
    { min: 8, max: 10 },
    { min: 11, max: 12 },
  ],
  period: { from: '2024-01-01', to: '2025-12-31' },
  selection: { mode: 'top', perBand: 5 },
  localQuota: 1,
};

/**
 * 50 children of five communes (three 2019 districts), all in one provincial round ranked 1…50 (two sharing
 * rank 11) and assessed once by one coach (5 of 10). Child i lives in commune L[floor(i / 10)], is a girl when
 * i is even, is born in quarter (i mod 4) + 1 from the reference date, and is 9 (i < 30) or 11 years old.
 * Child 49 has no shortlisting consent.
 */
describe('talent shortlists', () => {
  let t: TestApp;
  let staff: string;
  let admin: string;
  let piano: number;
  let world: ShortlistWorld;
  let communes: { coTo: number[]; binhLieu: number[]; baChe: number[] };
  let districts: { coTo: number; binhLieu: number; baChe: number };
  let L: number[];
  const children: number[] = [];
  let rubric: { rubricId: number; criterionId: number };
  let clubId: number;
  let coachId: number;
  let publishedRound: Round;

  const as = (token: string) => ({
    get: (path: string) => t.http().get(`/api/v1${path}`).set(bearer(token)),
    post: (path: string, body: object = {}) => t.http().post(`/api/v1${path}`).set(bearer(token)).send(body),
    patch: (path: string, body: object) => t.http().patch(`/api/v1${path}`).set(bearer(token)).send(body),
  });

  async function completed(id: number): Promise<Record<string, unknown>> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const { body } = await as(staff).get(`/shortlists/${id}`).expect(200);
      if (body.state === 'completed' || body.state === 'failed') return body as Record<string, unknown>;
      if (Date.now() > deadline) throw new Error(`run ${id} still ${body.state}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function candidates(id: number, query = ''): Promise<Candidate[]> {
    const { body } = await as(staff).get(`/shortlists/${id}/candidates?pageSize=100${query}`).expect(200);
    return body.items as Candidate[];
  }

  const child = (i: number) => children[i];
  const summary = (list: Candidate[]) => list.map((c) => [children.indexOf(c.participantId), c.band, c.via]);

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.adminToken();
    const palace = await t.factories.rootOrganisation('palace');
    const user = await t.factories.user({ roles: [{ role: 'palace_staff', organisationId: palace.id }] });
    staff = await t.login(user.email, user.password);
    const coach = await t.factories.user({ roles: [{ role: 'coach', organisationId: palace.id }] });
    coachId = coach.id;
    world = new ShortlistWorld(t.dataSource, palace.id, user.id);
    piano = await world.discipline('MUSIC.PIANO');

    const district = async (name: string) =>
      Number(
        (
          await t.dataSource.query<{ id: number }[]>(
            "SELECT id FROM localities WHERE level = 'district' AND name = ? AND valid_to = '2025-06-30'",
            [name],
          )
        )[0].id,
      );
    districts = {
      coTo: await district('Cô Tô'),
      binhLieu: await district('Bình Liêu'),
      baChe: await district('Ba Chẽ'),
    };
    const communesOf = async (id: number) =>
      (
        await t.dataSource.query<{ id: number }[]>(
          'SELECT id FROM localities WHERE parent_id = ? ORDER BY id',
          [id],
        )
      ).map((row) => Number(row.id));
    communes = {
      coTo: await communesOf(districts.coTo),
      binhLieu: await communesOf(districts.binhLieu),
      baChe: await communesOf(districts.baChe),
    };
    L = [communes.coTo[0], communes.binhLieu[0], communes.baChe[0], communes.coTo[1], communes.binhLieu[1]];

    const births = ['07-15', '10-15', '01-15', '04-15'];
    for (let i = 0; i < 50; i++) {
      const quarter = i % 4;
      const year = (i < 30 ? 2015 : 2013) + (quarter >= 2 ? 1 : 0);
      const participant = await world.child({
        dateOfBirth: `${year}-${births[quarter]}`,
        gender: i % 2 === 0 ? 'female' : 'male',
        homeLocalityId: L[Math.floor(i / 10)],
        shortlisting: i !== 49,
      });
      children.push(participant.id);
    }
    publishedRound = await world.publishedRound({
      disciplineId: piano,
      level: 'provincial',
      endDate: '2025-12-31',
      ranking: children.map((participantId, i) => ({
        members: [participantId],
        rank: i === 11 ? 11 : i + 1,
        prize: PRIZE_OF[i],
      })),
    });
    rubric = await world.rubric(piano);
    clubId = (await world.club(piano)).id;
    for (const participantId of children) {
      await world.assessment({
        participantId,
        clubId,
        rubric,
        assessorId: coachId,
        assessedOn: '2025-12-31',
        value: '5',
      });
    }
  });

  afterAll(() => t.close());

  let first: number;

  it('builds a requested shortlist: 202, polled to completion, the same request meanwhile answering the same run', async () => {
    const request = { ...REQUEST, disciplineIds: [piano] };
    const created = await as(staff).post('/shortlists', request).expect(202);
    first = created.body.id;
    const again = await as(staff).post('/shortlists', request);
    if (again.status === 200) expect(again.body.id).toBe(first);
    else expect(again.status).toBe(202); // the first had completed already: a new run

    const run = await completed(first);
    expect(run).toMatchObject({
      state: 'completed',
      progress: 100,
      scoringVersion: 'talent-1',
      lineageVersion: 1,
      // 50 with evidence, 49 with consent; child 49 counted in its commune, never named
      counts: { considered: 50, scored: 49, consentMissing: 1, candidates: 13 },
      consentMissingByLocality: { [L[4]]: 1 },
      stale: false,
    });
    expect(run.parameters).toMatchObject({ talent: { halfLifeYears: 2, minEvidence: 2, bestResults: 3 } });
    expect(Object.keys(run.timings as object).sort()).toEqual(['gathering', 'scoring', 'writing']);
  });

  it('ranks within age bands, by the stable tie rule, with the local quota and the evidence behind each score', async () => {
    const list = await candidates(first);
    // band 0 (ages 8–10, children 0–29): top 5 are 0–4 (all of commune L0); the quota adds the best of L1
    // (child 10, tied at rank 11 with child 11, first by id) and of L2 (child 20). Band 1: 30–34, then 40 (L4).
    expect(summary(list)).toEqual([
      [0, 0, 'rank'],
      [1, 0, 'rank'],
      [2, 0, 'rank'],
      [3, 0, 'rank'],
      [4, 0, 'rank'],
      [10, 0, 'local_quota'],
      [20, 0, 'local_quota'],
      [30, 1, 'rank'],
      [31, 1, 'rank'],
      [32, 1, 'rank'],
      [33, 1, 'rank'],
      [34, 1, 'rank'],
      [40, 1, 'local_quota'],
    ]);
    const byChild = new Map(list.map((c) => [children.indexOf(c.participantId), c]));
    // Contests: 100 × 0.6 × v / 3 = 20 v, v = (p + B)/1.5 × 3/4, so 10 (p + B); assessment 30 × 0.5 = 15.
    // child 0: rank 1 of 50, p = 1, first prize B = 0.5 → 15 + 15 = 30.00
    expect(byChild.get(0)).toMatchObject({
      score: '30.00',
      breakdown: { contests: '15.00', assessments: '15.00' },
    });
    // child 1: p = 48/49 = 0.979592, B = 0.3 → 12.79592 → 27.80
    expect(byChild.get(1)!.score).toBe('27.80');
    // child 3: rank 4, p = 46/49, consolation B = 0.1 → 10.38776 → 25.39
    expect(byChild.get(3)!.score).toBe('25.39');
    // child 10: rank 11 shared by 2: m = 11.5, p = 38.5/49 = 0.785714 → 7.86 → 22.86
    expect(byChild.get(10)!.score).toBe('22.86');
    // child 30: rank 31, p = 19/49 → 3.87755 → 18.88
    expect(byChild.get(30)!.score).toBe('18.88');
    expect(byChild.get(0)!.rankInBand).toBe(1);
    // child 10 is 11th in its band (child 11 shares its score and comes after it by id)
    expect(byChild.get(10)!.rankInBand).toBe(11);
    expect(byChild.get(0)!.evidence).toEqual([
      expect.objectContaining({
        kind: 'result',
        level: 'provincial',
        rank: 1,
        tied: 1,
        ranked: 50,
        percentile: 1,
        prize: 'Giải Nhất',
        awardBonus: 0.5,
        ageMonths: 0,
        decay: 1,
        value: 0.75, // (1 + 0.5)/1.5 × 3/4
        counted: true,
        contribution: '15.00',
      }),
      expect.objectContaining({ kind: 'assessment', normalised: 0.5, weight: 1, contribution: '15.00' }),
    ]);
    // the filters
    expect(summary(await candidates(first, '&band=1')).map(([i]) => i)).toEqual([30, 31, 32, 33, 34, 40]);
    expect(summary(await candidates(first, `&localityId=${districts.coTo}`)).map(([i]) => i)).toEqual([
      0, 1, 2, 3, 4, 30, 31, 32, 33, 34,
    ]);
  });

  it('shows representation by 2019 district, gender and birth quarter, with the relative-age ratio', async () => {
    const { body } = await as(staff)
      .get(`/shortlists/${first}/representation?localitiesAt=2019-12-31`)
      .expect(200);
    const band = body.bands[0];
    expect(band).toMatchObject({ pool: 30, candidates: 7 });
    // Cô Tô: pool 10 of 30, candidates 5 of 7 → ratio (5/7)/(1/3) = 2.1429; Bình Liêu and Ba Chẽ 1 of 7 → 0.4286
    expect(band.byLocality).toHaveLength(3);
    expect(band.byLocality).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          key: String(districts.coTo),
          pool: 10,
          candidates: 5,
          poolShare: 0.3333,
          candidateShare: 0.7143,
          ratio: 2.1429,
        }),
        expect.objectContaining({
          key: String(districts.binhLieu),
          pool: 10,
          candidates: 1,
          poolShare: 0.3333,
          candidateShare: 0.1429,
          ratio: 0.4286,
        }),
        expect.objectContaining({
          key: String(districts.baChe),
          pool: 10,
          candidates: 1,
          poolShare: 0.3333,
          candidateShare: 0.1429,
          ratio: 0.4286,
        }),
      ]),
    );
    // girls 0, 2, 4, 10, 20 of 7, half the pool: (5/7)/0.5 = 1.4286; boys (2/7)/0.5 = 0.5714
    expect(band.byGender).toEqual([
      { key: 'female', pool: 15, candidates: 5, poolShare: 0.5, candidateShare: 0.7143, ratio: 1.4286 },
      { key: 'male', pool: 15, candidates: 2, poolShare: 0.5, candidateShare: 0.2857, ratio: 0.5714 },
    ]);
    // quarters of children 0–29: Q1 8 (0, 4, … 28), Q2 8, Q3 7, Q4 7; candidates Q1 0, 4, 20; Q2 1; Q3 2, 10; Q4 3
    expect(
      band.byBirthQuarter.map((g: { key: string; pool: number; candidates: number }) => [
        g.key,
        g.pool,
        g.candidates,
      ]),
    ).toEqual([
      ['Q1', 8, 3],
      ['Q2', 8, 1],
      ['Q3', 7, 2],
      ['Q4', 7, 1],
    ]);
    // (3/1) / (8/7) = 2.625
    expect(band.relativeAgeRatio).toBe(2.625);
  });

  it('records decisions with their version, 409 when stale, audited', async () => {
    const decided = await as(staff)
      .patch(`/shortlists/${first}/candidates/${child(0)}`, {
        decision: 'accepted',
        note: 'Rất có năng khiếu',
        version: 0,
      })
      .expect(200);
    expect(decided.body.decision).toMatchObject({ decision: 'accepted', version: 1, evidenceChanged: false });
    await as(staff)
      .patch(`/shortlists/${first}/candidates/${child(0)}`, { decision: 'rejected', version: 0 })
      .expect(409);
    await as(staff)
      .patch(`/shortlists/${first}/candidates/${child(4)}`, { decision: 'waitlisted', version: 0 })
      .expect(200);
    await as(staff)
      .patch(`/shortlists/${first}/candidates/${child(34)}`, { decision: 'accepted', version: 0 })
      .expect(200);
    // not a candidate (child 5 ranks 6th): 404
    await as(staff)
      .patch(`/shortlists/${first}/candidates/${child(5)}`, { decision: 'accepted', version: 0 })
      .expect(404);
    await as(staff)
      .patch(`/shortlists/${first}/candidates/${child(1)}`, { decision: 'maybe', version: 0 })
      .expect(400);
    const [{ n }] = await t.dataSource.query<{ n: number }[]>(
      "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'shortlist.decide' AND entity_id = ?",
      [String(first)],
    );
    expect(Number(n)).toBe(3);
    expect(await candidates(first, '&decision=accepted')).toHaveLength(2);
  });

  it('rebuilds with the same parameters: decisions carried, changed evidence flagged, a withdrawn consent and a dropped-out child', async () => {
    // child 1 withdraws their own shortlisting consent; child 4's assessment rises; child 34's falls to 0
    const [consent] = await t.dataSource.query<{ id: number }[]>(
      "SELECT id FROM participant_consents WHERE participant_id = ? AND kind = 'participant'",
      [child(1)],
    );
    await as(admin)
      .post(`/participants/${child(1)}/consents/${consent.id}/withdraw`, { reason: 'Gia đình đổi ý' })
      .expect(200);
    await t.dataSource.query(
      'UPDATE assessment_scores s JOIN assessments a ON a.id = s.assessment_id SET s.value = ? WHERE a.participant_id = ?',
      ['6', child(4)],
    );
    await t.dataSource.query(
      'UPDATE assessment_scores s JOIN assessments a ON a.id = s.assessment_id SET s.value = ? WHERE a.participant_id = ?',
      ['0', child(34)],
    );

    const rebuilt = (await as(staff).post(`/shortlists/${first}/rebuild`).expect(202)).body.id as number;
    const run = await completed(rebuilt);
    expect(run).toMatchObject({
      lineageId: first,
      lineageVersion: 2,
      rebuiltFromId: first,
      counts: { considered: 50, scored: 48, consentMissing: 2, candidates: 13 },
      consentMissingByLocality: { [L[0]]: 1, [L[4]]: 1 },
    });
    const list = await candidates(rebuilt);
    const indexes = list.map((c) => [children.indexOf(c.participantId), c.via, c.droppedOut]);
    // child 1 is gone and child 5 (23.98) takes a place in band 0; child 4 rises to 10.18 + 18 = 28.18, second;
    // child 34 (rank 35: 10 × 15/49 = 3.06 without its assessment) drops out of band 1 and child 35 comes in;
    // child 34 is listed last as dropped out, its decision kept
    expect(indexes).toEqual([
      [0, 'rank', false],
      [4, 'rank', false],
      [2, 'rank', false],
      [3, 'rank', false],
      [5, 'rank', false],
      [10, 'local_quota', false],
      [20, 'local_quota', false],
      [30, 'rank', false],
      [31, 'rank', false],
      [32, 'rank', false],
      [33, 'rank', false],
      [35, 'rank', false],
      [40, 'local_quota', false],
      [34, null, true],
    ]);
    const byChild = new Map(list.map((c) => [children.indexOf(c.participantId), c]));
    expect(byChild.get(0)!.decision).toMatchObject({ decision: 'accepted', evidenceChanged: false });
    expect(byChild.get(4)!.decision).toMatchObject({ decision: 'waitlisted', evidenceChanged: true });
    expect(byChild.get(34)!.decision).toMatchObject({ decision: 'accepted' });
    expect(
      (await candidates(rebuilt, '&evidenceChanged=true')).map((c) => children.indexOf(c.participantId)),
    ).toEqual([4]);
    // nobody without consent is named anywhere in the run
    const all = JSON.stringify(list);
    expect(all).not.toContain(`"participantId":${child(1)},`);
    expect(all).not.toContain(`"participantId":${child(49)},`);
  });

  it('gives the same candidates for a 2019 district as for its communes', async () => {
    const byDistrict = (
      await as(staff)
        .post('/shortlists', { ...REQUEST, disciplineIds: [piano], localityIds: [districts.coTo] })
        .expect(202)
    ).body.id;
    const byCommunes = (
      await as(staff)
        .post('/shortlists', { ...REQUEST, disciplineIds: [piano], localityIds: communes.coTo })
        .expect(202)
    ).body.id;
    await completed(byDistrict);
    await completed(byCommunes);
    const a = (await candidates(byDistrict))
      .filter((c) => !c.droppedOut)
      .map((c) => [c.participantId, c.score, c.via]);
    const b = (await candidates(byCommunes))
      .filter((c) => !c.droppedOut)
      .map((c) => [c.participantId, c.score, c.via]);
    expect(a.length).toBeGreaterThan(0);
    expect(a).toEqual(b);
  });

  it('refuses bad requests naming the field, and hides runs from those who may not build shortlists', async () => {
    const bad = await as(staff)
      .post('/shortlists', {
        ...REQUEST,
        disciplineIds: [piano],
        ageBands: [
          { min: 8, max: 10 },
          { min: 10, max: 12 },
        ],
      })
      .expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ path: 'ageBands' })]);
    const missing = await as(staff)
      .post('/shortlists', { ...REQUEST })
      .expect(400);
    expect(missing.body.errors.map((e: { path: string }) => e.path)).toContain('disciplineIds');
    const viewer = await t.factories.user({ roles: [{ role: 'viewer', organisationId: null }] });
    const viewerToken = await t.login(viewer.email, viewer.password);
    await as(viewerToken)
      .post('/shortlists', { ...REQUEST, disciplineIds: [piano] })
      .expect(403);
    await as(viewerToken).get(`/shortlists/${first}`).expect(404);
  });

  it('lets palace staff read published results province-wide, and nothing unpublished', async () => {
    const published = await as(staff).get(`/rounds/${publishedRound.id}/results`).expect(200);
    expect(published.body.snapshot).toMatchObject({ version: 1 });
    expect(published.body.entries).toHaveLength(50);
    expect(published.body.readiness).toBeNull();
    // a round of another unit still being judged: as if it did not exist
    const contest = await new CompetitionFactory(t.dataSource, t.factories).contest({ entries: 2 });
    await as(staff).get(`/rounds/${contest.round.id}/results`).expect(404);
    await as(staff).get(`/categories/${contest.category.id}/standing`).expect(404);
    // nor a version of it by number
    await as(staff).get(`/rounds/${contest.round.id}/results?version=1`).expect(404);
  });

  it('ends a build that keeps failing as failed with a readable reason, shown with its attempts in the admin queue view', async () => {
    // A run whose stored parameters cannot be read (written straight to the table: the API refuses them).
    const id = await t.dataSource.transaction(async (manager) => {
      const { identifiers } = await manager.insert(ShortlistRun, {
        organisationId: world.organisationId,
        parameters: { broken: true } as unknown as ShortlistRun['parameters'],
        parametersKey: 'x'.repeat(64),
        activeKey: null,
        scoringVersion: 'talent-1',
        lineageId: 0,
        lineageVersion: 1,
        requestedById: world.publisherId,
      });
      const runId = Number(identifiers[0].id);
      await t.app.get(JobsService).enqueue(manager, 'shortlists.build', { runId });
      return runId;
    });
    const deadline = Date.now() + 60_000;
    let run: Record<string, unknown>;
    for (;;) {
      run = (await as(staff).get(`/shortlists/${id}`).set('Accept-Language', 'en').expect(200)).body;
      if (run.state === 'failed' || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(run).toMatchObject({ state: 'failed', attempts: 3 });
    expect(run.failureReason).toMatch(/could not be built after several attempts/);
    const vi = (await as(staff).get(`/shortlists/${id}`).expect(200)).body;
    expect(vi.failureReason).toMatch(/^Không dựng được danh sách/);

    const queues = (await as(admin).get('/admin/queues').expect(200)).body.items;
    expect(queues.find((queue: { name: string }) => queue.name === 'shortlists').counts).toMatchObject({
      failed: 1,
    });
    const failed = (await as(admin).get('/admin/queues/shortlists/failed').expect(200)).body;
    expect(failed.total).toBe(1);
    expect(failed.items[0]).toMatchObject({ name: 'shortlists.build', data: { runId: id }, attemptsMade: 3 });
    expect(Object.keys(failed.items[0].data)).toEqual(['runId']);
    await as(staff).get('/admin/queues').expect(403);
    await as(admin).get('/admin/queues/nothing/failed').expect(404);
  }, 90_000);

  it('marks the completed runs whose candidates a new publication touches stale, through the outbox', async () => {
    const before = (await as(staff).get(`/shortlists/${first}`).expect(200)).body;
    expect(before).toMatchObject({ stale: false, staleCount: 0 });
    // what publishing the round again records in its transaction
    await t.dataSource.transaction((manager) =>
      t.app.get(JobsService).enqueue(manager, 'shortlists.mark-stale', { roundId: publishedRound.id }),
    );
    const deadline = Date.now() + 20_000;
    let after: { stale: boolean; staleCount: number };
    do {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = (await as(staff).get(`/shortlists/${first}`).expect(200)).body;
    } while (!after.stale && Date.now() < deadline);
    // all 13 candidates of the first run were in that round
    expect(after).toMatchObject({ stale: true, staleCount: 13 });
  });

  it('enrols accepted candidates in a fostering programme, all or none, each becoming a club member', async () => {
    const programme = (
      await as(staff)
        .post('/fostering-programmes', {
          name: 'Bồi dưỡng Piano 2026',
          clubId,
          disciplineId: piano,
          startsOn: '2026-01-05',
          endsOn: '2026-06-30',
          capacity: 2,
        })
        .expect(201)
    ).body;
    // child 2 was never accepted: nobody is enrolled, child 2 named
    const refused = await as(staff)
      .post(`/fostering-programmes/${programme.id}/enrolments`, { participantIds: [child(0), child(2)] })
      .expect(409);
    expect(refused.body.errors).toEqual([expect.objectContaining({ path: 'participantIds.1' })]);
    const enrolled = await as(staff)
      .post(`/fostering-programmes/${programme.id}/enrolments`, { participantIds: [child(0), child(34)] })
      .expect(201);
    expect(enrolled.body).toHaveLength(2);
    const [{ n }] = await t.dataSource.query<{ n: number }[]>(
      'SELECT COUNT(*) AS n FROM club_memberships WHERE club_id = ? AND participant_id IN (?) AND left_on IS NULL',
      [clubId, [child(0), child(34)]],
    );
    expect(Number(n)).toBe(2);
    const list = (await as(staff).get('/fostering-programmes').expect(200)).body;
    expect(list.items[0]).toMatchObject({
      id: programme.id,
      clubName: 'CLB Piano Cung Văn hóa',
      disciplineName: 'Piano',
      enrolled: 2,
      capacity: 2,
    });
  });

  it('offers a new programme the clubs open today of the staff’s own unit, each with its discipline and field', async () => {
    const palace = await t.factories.rootOrganisation('palace');
    const youthUnion = await t.factories.rootOrganisation('youth_union');
    await t.factories.club(palace.id, {
      name: 'CLB Piano đã giải thể',
      disciplineId: piano,
      validTo: '2020-12-31',
    });
    const elsewhere = await t.factories.club(youthUnion.id, { name: 'CLB Piano Đoàn', disciplineId: piano });
    const [music] = await t.dataSource.query<{ id: number; name: string }[]>(
      'SELECT f.id, f.name FROM disciplines d JOIN disciplines f ON f.id = d.parent_id WHERE d.id = ?',
      [piano],
    );
    const { body } = await as(staff).get('/fostering-programmes/clubs').expect(200);
    expect(body).toEqual([
      {
        id: clubId,
        name: 'CLB Piano Cung Văn hóa',
        organisationName: palace.name,
        discipline: { id: piano, name: 'Piano' },
        field: { id: Number(music.id), name: music.name },
      },
    ]);
    // Another unit's club is out of reach for a programme, as for the list.
    await as(staff)
      .post('/fostering-programmes', {
        name: 'Bồi dưỡng ở đơn vị khác',
        clubId: elsewhere.id,
        disciplineId: piano,
        startsOn: '2026-01-05',
        endsOn: '2026-06-30',
        capacity: 5,
      })
      .expect(404);
  });
});

/** Prizes of the 50 entries by index: first, second, third, then two consolations (ranks 4 and 5). */
const PRIZE_OF: Record<number, string> = {
  0: 'Giải Nhất',
  1: 'Giải Nhì',
  2: 'Giải Ba',
  3: 'Khuyến khích',
  4: 'Khuyến khích',
};
