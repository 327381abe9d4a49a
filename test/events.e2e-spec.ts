import { Organisation } from '../src/organisations/entities/organisation.entity';
import { Score } from '../src/competition/entities/score.entity';
import { PanelMember } from '../src/competition/entities/panel-member.entity';
import { CompetitionFactory } from './support/competition-factory';
import { bearer, createTestApp, TestApp } from './support/test-app';

type Who = 'admin' | 'organiserA' | 'organiserB' | 'viewerA' | 'judge' | 'coachA';

/** An organiser sets up a contest: the event's life cycle, categories, rounds and their rules, entries. */
describe('events, categories, rounds and entries', () => {
  let t: TestApp;
  let make: CompetitionFactory;
  let A: Organisation;
  let B: Organisation;
  let palace: Organisation;
  const token = {} as Record<Who, string>;
  const userId = {} as Record<Who, number>;
  const piano = 3;

  beforeAll(async () => {
    t = await createTestApp();
    make = new CompetitionFactory(t.dataSource, t.factories);
    A = await t.factories.organisation({ name: 'Đoàn phường Hồng Gai' });
    B = await t.factories.organisation({ name: 'Đoàn phường Bãi Cháy' });
    palace = await t.factories.rootOrganisation('palace');
    const people: [Who, 'organiser' | 'viewer' | 'judge' | 'coach', number | null][] = [
      ['organiserA', 'organiser', A.id],
      ['organiserB', 'organiser', B.id],
      ['viewerA', 'viewer', A.id],
      ['judge', 'judge', null],
      ['coachA', 'coach', A.id],
    ];
    for (const [who, role, organisationId] of people) {
      const user = await t.factories.user({ roles: [{ role, organisationId }] });
      token[who] = await t.login(user.email, user.password);
      userId[who] = user.id;
    }
    token.admin = await t.adminToken();
  });

  afterAll(() => t?.close());

  const as = (who: Who) => ({
    get: (path: string) => t.http().get(`/api/v1${path}`).set(bearer(token[who])),
    post: (path: string, body: object = {}) =>
      t.http().post(`/api/v1${path}`).set(bearer(token[who])).send(body),
    patch: (path: string, body: object) =>
      t.http().patch(`/api/v1${path}`).set(bearer(token[who])).send(body),
  });
  const paths = (body: { errors: { path: string }[] }) => body.errors.map((error) => error.path);

  const newEvent = async (overrides: object = {}) =>
    (
      await as('organiserA')
        .post('/events', {
          name: 'Hội thi Tài năng âm nhạc Hạ Long 2026',
          kind: 'contest',
          level: 'district',
          organisationIds: [A.id],
          venue: 'Cung Văn hóa Thanh thiếu nhi tỉnh',
          startDate: '2026-06-01',
          endDate: '2026-06-02',
          ...overrides,
        })
        .expect(201)
    ).body as { id: number; version: number };
  const open = (eventId: number) =>
    as('organiserA').post(`/events/${eventId}/transitions`, { to: 'open' }).expect(200);
  const newCategory = async (eventId: number, overrides: object = {}) =>
    (
      await as('organiserA')
        .post(`/events/${eventId}/categories`, {
          code: 'piano-a',
          name: 'Piano, bảng A (8–11 tuổi)',
          disciplineId: piano,
          minAge: 8,
          maxAge: 11,
          format: 'individual',
          prizes: [
            { prize: 'Giải Nhất', count: 1, minScore: '8.5' },
            { prize: 'Giải Nhì', count: 2 },
          ],
          ...overrides,
        })
        .expect(201)
    ).body as { id: number; code: string };
  const child = (dateOfBirth = '2016-03-15', consentScopes?: ('registry' | 'contests' | 'publication')[]) =>
    make.participant(A.id, { dateOfBirth, consentScopes });

  describe('events', () => {
    it('creates a draft run by the caller’s unit; a unit out of reach is not made a co-organiser', async () => {
      const event = await newEvent();
      const view = (await as('organiserA').get(`/events/${event.id}`).expect(200)).body;
      expect(view).toMatchObject({
        state: 'draft',
        nextStates: ['open'],
        organisations: [{ id: A.id, name: 'Đoàn phường Hồng Gai' }],
        categoryCount: 0,
      });
      await as('organiserA')
        .post('/events', {
          name: 'X',
          kind: 'contest',
          level: 'district',
          organisationIds: [A.id, palace.id],
          startDate: '2026-06-01',
          endDate: '2026-06-01',
        })
        .expect(404);
      await as('organiserB')
        .post('/events', {
          name: 'X',
          kind: 'contest',
          level: 'district',
          organisationIds: [A.id],
          startDate: '2026-06-01',
          endDate: '2026-06-01',
        })
        .expect(404);
    });

    it('names the field that is wrong and writes nothing', async () => {
      const before = (await as('organiserA').get('/events').expect(200)).body.total;
      const response = await as('organiserA')
        .post('/events', {
          name: 'Hội diễn',
          kind: 'festival',
          level: 'district',
          organisationIds: [A.id],
          startDate: '2026-06-02',
          endDate: '2026-06-01',
        })
        .expect(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(paths(response.body)).toEqual(['endDate']);
      const unknown = await as('organiserA')
        .post('/events', {
          name: 'Hội diễn',
          kind: 'festival',
          level: 'district',
          organisationIds: [A.id, 999999],
          startDate: '2026-06-01',
          endDate: '2026-06-01',
        })
        .expect(404);
      expect(unknown.headers['content-type']).toMatch(/application\/problem\+json/);
      expect((await as('organiserA').get('/events').expect(200)).body.total).toBe(before);
    });

    it('shows an event to its units’ readers and hides it from other units', async () => {
      const event = await newEvent();
      await as('viewerA').get(`/events/${event.id}`).expect(200);
      await as('viewerA').patch(`/events/${event.id}`, { name: 'Đổi tên' }).expect(403);
      await as('organiserB').get(`/events/${event.id}`).expect(404);
      await as('organiserB').patch(`/events/${event.id}`, { name: 'Đổi tên' }).expect(404);
      const listed = (await as('organiserB').get('/events?pageSize=100').expect(200)).body.items;
      expect(listed.map((item: { id: number }) => item.id)).not.toContain(event.id);
    });

    it('edits with optimistic versions: a stale version answers 409', async () => {
      const event = await newEvent();
      const edited = (
        await as('organiserA')
          .patch(`/events/${event.id}`, { venue: 'Nhà văn hóa', version: event.version })
          .expect(200)
      ).body;
      expect(edited.version).toBe(event.version + 1);
      await as('organiserA')
        .patch(`/events/${event.id}`, { venue: 'Sân vận động', version: event.version })
        .expect(409);
    });

    it('allows only valid transitions, and steps back only while nothing depends on them', async () => {
      const event = await newEvent();
      const skip = await as('organiserA')
        .post(`/events/${event.id}/transitions`, { to: 'judging' })
        .expect(409);
      expect(skip.body).toMatchObject({ code: 'invalid_state', from: 'draft', to: 'judging' });
      await open(event.id);
      const category = await newCategory(event.id);
      const participant = await child();
      await as('organiserA')
        .post(`/categories/${category.id}/entries`, { members: [participant.id], organisationId: A.id })
        .expect(201);
      await as('organiserA').post(`/events/${event.id}/transitions`, { to: 'draft' }).expect(409);
      await as('organiserA').post(`/events/${event.id}/transitions`, { to: 'judging' }).expect(200);
      const round = (
        await as('organiserA')
          .post(`/categories/${category.id}/rounds`, {
            name: 'Chung khảo',
            criteria: [{ code: 'tech', name: 'Kỹ thuật', max: '10', step: '0.5' }],
          })
          .expect(201)
      ).body;
      const judge = await make.panelMember({ id: round.id } as never);
      const [entry] = (await as('organiserA').get(`/categories/${category.id}/entries`).expect(200)).body
        .items;
      await t.dataSource.manager.insert(Score, {
        roundId: round.id,
        entryId: entry.id,
        judgeId: judge.id,
        criterion: 'tech',
        value: '8',
        enteredBy: judge.id,
      });
      await as('organiserA').post(`/events/${event.id}/transitions`, { to: 'open' }).expect(409);
      const publish = await as('organiserA')
        .post(`/events/${event.id}/transitions`, { to: 'published' })
        .expect(409);
      expect(publish.body).toMatchObject({
        code: 'not_ready',
        blockers: [{ kind: 'round_unpublished', roundId: round.id }],
      });
      const audit = await t.dataSource.query(
        "SELECT after FROM audit_log WHERE entity_type = 'event' AND entity_id = ? AND action = 'event.transition'",
        [String(event.id)],
      );
      expect(audit).toHaveLength(2);
    });
  });

  describe('categories and rounds', () => {
    it('keeps codes unique in an event and checks the prize rules with the engine', async () => {
      const event = await newEvent();
      const category = await newCategory(event.id);
      expect(category.code).toBe('PIANO-A');
      await as('organiserA')
        .post(`/events/${event.id}/categories`, {
          code: 'PIANO-A',
          name: 'Lần nữa',
          disciplineId: piano,
          format: 'individual',
        })
        .expect(409);
      const bad = await as('organiserA')
        .post(`/events/${event.id}/categories`, {
          code: 'DUET',
          name: 'Song tấu',
          disciplineId: piano,
          format: 'team',
          minMembers: 3,
          maxMembers: 2,
          minAge: 12,
          maxAge: 9,
          prizes: [{ prize: 'Giải Nhất' }],
        })
        .expect(400);
      expect(paths(bad.body).sort()).toEqual(['maxAge', 'maxMembers', 'prizes.0']);
    });

    it('gives a playground no prizes', async () => {
      const event = await newEvent({ kind: 'playground' });
      const response = await as('organiserA')
        .post(`/events/${event.id}/categories`, {
          code: 'CHESS',
          name: 'Cờ vua',
          disciplineId: piano,
          format: 'individual',
          prizes: [{ prize: 'Nhất', count: 1 }],
        })
        .expect(400);
      expect(paths(response.body)).toEqual(['prizes']);
    });

    it('sets rounds up in order, with defaults, and refuses rules the engine cannot compute', async () => {
      const event = await newEvent();
      const category = await newCategory(event.id);
      const first = (
        await as('organiserA')
          .post(`/categories/${category.id}/rounds`, {
            name: 'Sơ khảo',
            criteria: [
              { code: 'tech', name: 'Kỹ thuật', max: 10, step: 0.25, weight: 2 },
              { code: 'art', name: 'Nghệ thuật', max: '10', step: '0.25' },
            ],
            method: { kind: 'trimmed_mean' },
            advancement: { top: 10 },
          })
          .expect(201)
      ).body;
      expect(first).toMatchObject({
        position: 1,
        criteria: [
          { code: 'tech', min: '0', max: '10', step: '0.25', weight: '2' },
          { code: 'art', min: '0', max: '10', step: '0.25', weight: '1' },
        ],
        method: { kind: 'trimmed_mean', trim: 1, minPanel: 5 },
        basis: 'totals',
        decimals: 2,
        awardsPrizes: true,
      });
      const bad = await as('organiserA')
        .post(`/categories/${category.id}/rounds`, {
          name: 'Chung khảo',
          criteria: [{ code: 'tech', name: 'Kỹ thuật', max: '10', step: '0.3' }],
          tieBreaks: [{ kind: 'criterion', criterion: 'style' }],
          method: { kind: 'trimmed_mean', trim: 2, minPanel: 4 },
        })
        .expect(400);
      expect(paths(bad.body).sort()).toEqual(['criteria.0.step', 'method.minPanel', 'tieBreaks.0.criterion']);
      expect(
        bad.body.errors.find((error: { path: string }) => error.path === 'criteria.0.step').message,
      ).toBe('khoảng từ min đến max phải chia hết cho bước điểm');
      const second = (
        await as('organiserA')
          .post(`/categories/${category.id}/rounds`, {
            name: 'Chung khảo',
            criteria: [{ code: 'tech', name: 'Kỹ thuật', max: '10', step: '0.5' }],
          })
          .expect(201)
      ).body;
      expect(second.position).toBe(2);
      expect((await as('organiserA').get(`/rounds/${first.id}`).expect(200)).body.awardsPrizes).toBe(false);
    });

    it('adds no round after a last round whose prizes are published', async () => {
      const contest = await make.contest({ organisationId: A.id });
      await t.dataSource.query('UPDATE rounds SET published_version = 1 WHERE id = ?', [contest.round.id]);
      const response = await as('organiserA')
        .post(`/categories/${contest.category.id}/rounds`, {
          name: 'Vòng phụ',
          criteria: [{ code: 'tech', name: 'Kỹ thuật', max: '10', step: '1' }],
        })
        .expect(409);
      expect(response.body.code).toBe('invalid_state');
    });

    it('fixes a rubric once a judge has scored against it', async () => {
      const contest = await make.contest({ organisationId: A.id });
      const judge = await make.panelMember(contest.round);
      await t.dataSource.manager.insert(Score, {
        roundId: contest.round.id,
        entryId: contest.entries[0].id,
        judgeId: judge.id,
        criterion: 'technique',
        value: '7.5',
        enteredBy: judge.id,
      });
      const changed = await as('organiserA')
        .patch(`/rounds/${contest.round.id}`, {
          criteria: [{ code: 'technique', name: 'Kỹ thuật', max: '20', step: '1' }],
        })
        .expect(409);
      expect(changed.body.code).toBe('invalid_state');
      const renamed = await as('organiserA')
        .patch(`/rounds/${contest.round.id}`, { name: 'Vòng chung kết', spreadLimit: 3 })
        .expect(200);
      expect(renamed.body).toMatchObject({ name: 'Vòng chung kết', spreadLimit: '3' });
    });
  });

  describe('entries', () => {
    let event: { id: number };
    let category: { id: number };

    beforeAll(async () => {
      event = await newEvent();
      category = await newCategory(event.id);
      await open(event.id);
    });

    const register = (body: object, who: Who = 'organiserA') =>
      as(who).post(`/categories/${category.id}/entries`, body);

    it('registers an eligible child with a code, the unit, the coach and the club', async () => {
      const participant = await child();
      const club = await t.dataSource.query<{ insertId: number }>(
        'INSERT INTO clubs (organisation_id, name, kind, discipline_id, version) VALUES (?, ?, ?, ?, 1)',
        [A.id, 'CLB Piano Hồng Gai', 'club', piano],
      );
      const entry = (
        await register({
          members: [participant.id],
          organisationId: A.id,
          title: 'Für Elise',
          coachUserId: userId.coachA,
          clubId: club.insertId,
        }).expect(201)
      ).body;
      expect(entry).toMatchObject({
        code: expect.stringMatching(/^PIANO-A-\d{3}$/),
        title: 'Für Elise',
        organisation: { id: A.id, name: 'Đoàn phường Hồng Gai' },
        coach: { id: userId.coachA },
        club: { id: club.insertId, name: 'CLB Piano Hồng Gai' },
        members: [{ participantId: participant.id, fullName: participant.fullName }],
        state: 'active',
      });
    });

    it('explains who is not eligible and why, and writes nothing', async () => {
      const tooOld = await child('2014-05-31'); // 12 on 1 June 2026
      const noConsent = await child('2016-03-15', ['registry']);
      const fine = await child();
      const before = (await as('organiserA').get(`/categories/${category.id}/entries`).expect(200)).body
        .total;
      const response = await register({ members: [tooOld.id], organisationId: A.id }).expect(400);
      expect(response.body.errors).toEqual([
        {
          path: 'members.0',
          message: '12 tuổi vào ngày 01/06/2026, ngoài độ tuổi của nội dung thi (8–11 tuổi)',
        },
      ]);
      const bulk = await as('organiserA')
        .post(`/categories/${category.id}/entries/bulk`, {
          entries: [
            { members: [fine.id], organisationId: A.id },
            { members: [noConsent.id], organisationId: A.id },
            { members: [fine.id, tooOld.id], organisationId: A.id },
          ],
        })
        .set('Accept-Language', 'en')
        .expect(400);
      expect(bulk.body.errors).toEqual([
        { path: 'entries.1.members.0', message: "lacks the guardian's consent to take part in contests" },
        { path: 'entries.2.members', message: 'an individual entry has exactly 1 member' },
        { path: 'entries.2.members.0', message: 'also appears at entries.0.members.0 in this request' },
        {
          path: 'entries.2.members.1',
          message: "is 12 on 2026-06-01, outside the category's ages (8 to 11)",
        },
      ]);
      // An unknown unit anywhere in the batch is not found, before any member is checked.
      await as('organiserA')
        .post(`/categories/${category.id}/entries/bulk`, {
          entries: [
            { members: [fine.id], organisationId: A.id },
            { members: [noConsent.id], organisationId: 999999 },
          ],
        })
        .expect(404);
      expect((await as('organiserA').get(`/categories/${category.id}/entries`).expect(200)).body.total).toBe(
        before,
      );
    });

    it('takes one entry per participant per category; a withdrawal frees the place', async () => {
      const participant = await child();
      const first = (await register({ members: [participant.id], organisationId: A.id }).expect(201)).body;
      const again = await register({ members: [participant.id], organisationId: A.id }).expect(400);
      expect(again.body.errors[0].message).toContain(first.code);
      await as('organiserA').patch(`/entries/${first.id}`, { state: 'withdrawn' }).expect(400);
      const withdrawn = (
        await as('organiserA')
          .patch(`/entries/${first.id}`, { state: 'withdrawn', withdrawReason: 'Bị ốm' })
          .expect(200)
      ).body;
      expect(withdrawn).toMatchObject({ state: 'withdrawn', withdrawReason: 'Bị ốm' });
      const second = (await register({ members: [participant.id], organisationId: A.id }).expect(201)).body;
      expect(second.number).toBe(first.number + 1);
      await as('organiserA').patch(`/entries/${first.id}`, { state: 'active' }).expect(400);
    });

    it('registers many entries in one request, numbered in order', async () => {
      const children = await Promise.all([child(), child(), child()]);
      const response = await as('organiserA')
        .post(`/categories/${category.id}/entries/bulk`, {
          entries: children.map((participant, index) => ({
            members: [participant.id],
            organisationId: A.id,
            title: `Bài ${index + 1}`,
          })),
        })
        .expect(201);
      const numbers = response.body.items.map((entry: { number: number }) => entry.number);
      expect(numbers).toEqual([numbers[0], numbers[0] + 1, numbers[0] + 2]);
      expect(response.body.items.map((entry: { title: string }) => entry.title)).toEqual([
        'Bài 1',
        'Bài 2',
        'Bài 3',
      ]);
    });

    it('registers concurrently without giving two entries the same number or a child two entries', async () => {
      const children = await Promise.all([child(), child(), child(), child()]);
      const responses = await Promise.all(
        [...children, children[0]].map((participant) =>
          register({ members: [participant.id], organisationId: A.id }),
        ),
      );
      expect(responses.map((response) => response.status).sort()).toEqual([201, 201, 201, 201, 400]);
      const numbers = responses
        .filter((response) => response.status === 201)
        .map((response) => (response.body as { number: number }).number);
      expect(new Set(numbers).size).toBe(4);
    });

    it('hides entries from other units and from readers', async () => {
      await as('organiserB').get(`/categories/${category.id}/entries`).expect(404);
      await as('viewerA').get(`/categories/${category.id}/entries`).expect(403);
      const participantB = await make.participant(B.id);
      // Another unit's child is not found, as an unknown one.
      await register({ members: [participantB.id], organisationId: A.id }).expect(404);
      await register({ members: [99999999], organisationId: A.id }).expect(404);
    });

    it('checks team sizes', async () => {
      const duet = await newCategory(event.id, {
        code: 'DUET',
        name: 'Song tấu',
        format: 'team',
        minMembers: 2,
        maxMembers: 2,
        minAge: undefined,
        maxAge: undefined,
      });
      const [a, b, c] = await Promise.all([child(), child(), child()]);
      const tooMany = await as('organiserA')
        .post(`/categories/${duet.id}/entries`, {
          members: [a.id, b.id, c.id],
          organisationId: A.id,
          teamName: 'Bộ ba',
        })
        .expect(400);
      expect(paths(tooMany.body)).toEqual(['members']);
      const team = (
        await as('organiserA')
          .post(`/categories/${duet.id}/entries`, {
            members: [a.id, b.id],
            organisationId: A.id,
            teamName: 'Song tấu Hồng Gai',
          })
          .expect(201)
      ).body;
      expect(team.members).toHaveLength(2);
    });

    it('closes registration outside the open state', async () => {
      const closed = await newEvent();
      const closedCategory = await newCategory(closed.id);
      const participant = await child();
      const response = await as('organiserA')
        .post(`/categories/${closedCategory.id}/entries`, { members: [participant.id], organisationId: A.id })
        .expect(409);
      expect(response.body.code).toBe('invalid_state');
    });
  });

  it('lets a judge see the events and rounds they judge, not the entries', async () => {
    const contest = await make.contest({ organisationId: B.id });
    await t.dataSource.manager.insert(PanelMember, {
      roundId: contest.round.id,
      userId: userId.judge,
      role: 'member',
    });
    const listed = (await as('judge').get('/events?pageSize=100').expect(200)).body.items;
    expect(listed.map((item: { id: number }) => item.id)).toContain(contest.event.id);
    await as('judge').get(`/events/${contest.event.id}`).expect(200);
    await as('judge').get(`/rounds/${contest.round.id}`).expect(200);
    await as('judge').get(`/categories/${contest.category.id}/entries`).expect(403);
  });
});
