import { Organisation } from '../src/organisations/entities/organisation.entity';
import { tableChecksums } from './support/checksums';
import { CompetitionFactory, Contest } from './support/competition-factory';
import { bearer, createTestApp, TestApp } from './support/test-app';

type Who = 'organiserA' | 'organiserB' | 'organiserPioneers' | 'admin';

/**
 * An organiser of unit B tries, as an attacker would, to reach unit A's records through the ids of request
 * bodies: each attempt answers 404 (as for an unknown id), shows no name of A's, and changes no table. Then
 * the way cross-unit work is meant to happen: an invitation that the other unit's organisers accept.
 */
describe('reach: another unit’s ids in requests', () => {
  let t: TestApp;
  let make: CompetitionFactory;
  const token = {} as Record<Who, string>;
  let A: Organisation, B: Organisation, pioneers: Organisation;
  let contestA: Contest, contestB: Contest;
  let coachA: { id: number; fullName: string }, judgeA: { id: number; fullName: string };
  let coachB: { id: number }, judgeB: { id: number };
  let clubA: { id: number; name: string }, clubB: { id: number };
  let chess: { id: number };

  beforeAll(async () => {
    t = await createTestApp();
    make = new CompetitionFactory(t.dataSource, t.factories);
    const province = await t.factories.rootOrganisation('youth_union');
    A = await t.factories.organisation({
      name: 'Đoàn thành phố Hạ Long',
      level: 'district',
      parentId: province.id,
    });
    B = await t.factories.organisation({
      name: 'Đoàn thành phố Cẩm Phả',
      level: 'district',
      parentId: province.id,
    });
    pioneers = await t.factories.rootOrganisation('young_pioneers');
    for (const [who, organisationId] of [
      ['organiserA', A.id],
      ['organiserB', B.id],
      ['organiserPioneers', pioneers.id],
    ] as const) {
      const user = await make.organiser(organisationId);
      token[who] = await t.login(user.email, user.password);
    }
    token.admin = await t.adminToken();
    coachA = await t.factories.user({ roles: [{ role: 'coach', organisationId: A.id }] });
    judgeA = await t.factories.user({ roles: [{ role: 'judge', organisationId: A.id }] });
    coachB = await t.factories.user({ roles: [{ role: 'coach', organisationId: B.id }] });
    judgeB = await t.factories.user({ roles: [{ role: 'judge', organisationId: B.id }] });
    contestA = await make.contest({ organisationId: A.id, state: 'open', entries: 1 });
    contestB = await make.contest({ organisationId: B.id, state: 'open', entries: 1 });
    [chess] = (await as('organiserA').get('/disciplines?q=co vua').expect(200)).body.items;
    const club = async (who: Who, organisationId: number, name: string, coachId: number) => {
      const created = (
        await as(who)
          .post('/clubs', { organisationId, name, kind: 'club', disciplineId: chess.id, capacity: 20 })
          .expect(201)
      ).body as { id: number; name: string };
      await as(who).post(`/clubs/${created.id}/coaches`, { userId: coachId }).expect(201);
      return created;
    };
    clubA = await club('organiserA', A.id, 'Câu lạc bộ Cờ vua Hạ Long', coachA.id);
    clubB = await club('organiserB', B.id, 'Câu lạc bộ Cờ vua Cẩm Phả', coachB.id);
  }, 90_000);

  afterAll(() => t?.close());

  function as(who: Who) {
    const with_ = (request: ReturnType<ReturnType<TestApp['http']>['get']>) =>
      request.set(bearer(token[who]));
    return {
      get: (path: string) => with_(t.http().get(`/api/v1${path}`)),
      post: (path: string, body: object = {}) => with_(t.http().post(`/api/v1${path}`)).send(body),
      put: (path: string, body: object) => with_(t.http().put(`/api/v1${path}`)).send(body),
      patch: (path: string, body: object) => with_(t.http().patch(`/api/v1${path}`)).send(body),
    };
  }

  /** The attempt answers 404 problem+json, names nothing of A's, and leaves every table as it was. */
  async function expectNotFound(
    attempt: () => PromiseLike<{ status: number; text: string; headers: object }>,
  ) {
    const before = await tableChecksums(t.dataSource);
    const response = await attempt();
    expect(response.status).toBe(404);
    expect((response.headers as Record<string, string>)['content-type']).toMatch(
      /^application\/problem\+json/,
    );
    for (const name of [A.name, clubA.name, coachA.fullName, judgeA.fullName])
      expect(response.text).not.toContain(name);
    expect(await tableChecksums(t.dataSource)).toEqual(before);
  }

  describe('entries', () => {
    const register = (body: object) =>
      as('organiserB').post(`/categories/${contestB.category.id}/entries`, {
        members: [contestB.participants[0].id],
        organisationId: B.id,
        ...body,
      });

    it('refuses A’s unit, club, coach or child in a new entry, as an unknown one, and takes B’s own', async () => {
      const child = await make.participant(B.id);
      const childA = await make.participant(A.id);
      for (const body of [
        { members: [child.id], organisationId: A.id },
        { members: [child.id], clubId: clubA.id },
        { members: [child.id], coachUserId: coachA.id },
        { members: [childA.id] },
        { members: [child.id], clubId: 99999999 },
      ])
        await expectNotFound(() => register(body));
      for (const entries of [
        [
          { members: [child.id], organisationId: B.id },
          { members: [childA.id], organisationId: B.id },
        ],
        [{ members: [child.id], organisationId: B.id, clubId: clubA.id }],
        [{ members: [child.id], organisationId: A.id }],
      ])
        await expectNotFound(() =>
          as('organiserB').post(`/categories/${contestB.category.id}/entries/bulk`, { entries }),
        );
      // The same request with B's own club and coach goes through: the refusals came from A's ids.
      const created = await register({
        members: [child.id],
        clubId: clubB.id,
        coachUserId: coachB.id,
      }).expect(201);
      expect(created.body).toMatchObject({ club: { id: clubB.id }, coach: { id: coachB.id } });
    });

    it('refuses A’s unit, club or coach in an edit of B’s own entry', async () => {
      const entry = contestB.entries[0];
      for (const body of [{ organisationId: A.id }, { clubId: clubA.id }, { coachUserId: coachA.id }])
        await expectNotFound(() => as('organiserB').patch(`/entries/${entry.id}`, body));
      await as('organiserB').patch(`/entries/${entry.id}`, { clubId: clubB.id }).expect(200);
    });
  });

  describe('events', () => {
    it('does not make A a co-organiser of B’s event by naming it, on creation or edit', async () => {
      const event = {
        name: 'Hội thi Tin học trẻ Cẩm Phả',
        kind: 'contest',
        level: 'district',
        startDate: '2026-09-01',
        endDate: '2026-09-02',
      };
      await expectNotFound(() =>
        as('organiserB').post('/events', { ...event, organisationIds: [B.id, A.id] }),
      );
      await expectNotFound(() =>
        as('organiserB').patch(`/events/${contestB.event.id}`, { organisationIds: [B.id, A.id] }),
      );
      await expectNotFound(() => as('organiserB').get(`/events?organisationId=${A.id}`));
      const view = (await as('organiserB').get(`/events/${contestB.event.id}`).expect(200)).body;
      expect(view.organisations.map((o: { id: number }) => o.id)).toEqual([B.id]);
    });
  });

  describe('panels', () => {
    it('refuses A’s judge on B’s panel, and a declared relation with A’s child, without their names', async () => {
      const round = contestB.round.id;
      await expectNotFound(() =>
        as('organiserB').put(`/rounds/${round}/panel`, { members: [{ userId: judgeA.id, role: 'head' }] }),
      );
      await expectNotFound(() =>
        as('organiserB').put(`/rounds/${round}/panel`, {
          members: [{ userId: judgeB.id, role: 'head' }],
          conflicts: [{ userId: judgeB.id, participantId: contestA.participants[0].id, relation: 'cháu' }],
        }),
      );
      const panel = await as('organiserB')
        .put(`/rounds/${round}/panel`, {
          members: [{ userId: judgeB.id, role: 'head' }],
          conflicts: [{ userId: judgeB.id, participantId: contestB.participants[0].id, relation: 'cháu' }],
        })
        .expect(200);
      expect(panel.body.members).toEqual([expect.objectContaining({ userId: judgeB.id })]);
    });

    it('seats only judges granted the role where the event is run, or province-wide, even for an admin', async () => {
      const round = contestB.round.id;
      const refused = await as('admin')
        .put(`/rounds/${round}/panel`, { members: [{ userId: judgeA.id, role: 'head' }] })
        .set('Accept-Language', 'en')
        .expect(400);
      expect(refused.body.errors).toEqual([
        {
          path: 'members.0.userId',
          message:
            'must hold the judge role at one of the event’s organising units (or below), or province-wide',
        },
      ]);
      // An outside expert judges once granted the role at the organising unit (here by an admin).
      await as('admin')
        .post(`/users/${judgeA.id}/roles`, { role: 'judge', organisationId: B.id })
        .expect(201);
      await as('organiserB')
        .put(`/rounds/${round}/panel`, { members: [{ userId: judgeA.id, role: 'head' }] })
        .expect(200);
    });

    it('offers as judges exactly the accounts the organiser may seat: the unit’s judges and province-wide ones', async () => {
      const expert = await t.factories.user({ roles: [{ role: 'judge', organisationId: null }] });
      const retired = await t.factories.user({ roles: [{ role: 'judge', organisationId: B.id }] });
      await t.dataSource.query('UPDATE users SET active = 0 WHERE id = ?', [retired.id]);
      const round = contestB.round.id;
      const { body } = await as('organiserB').get(`/rounds/${round}/panel/candidates`).expect(200);
      const offered = new Map(
        (body as { userId: number; unitName: string | null }[]).map((c) => [c.userId, c.unitName]),
      );
      // judgeA holds the role at A and, since the test before, at B: offered through B.
      expect(offered.get(judgeB.id)).toBe(B.name);
      expect(offered.get(judgeA.id)).toBe(B.name);
      expect(offered.get(expert.id)).toBeNull();
      expect(offered.has(retired.id)).toBe(false);
      expect(body).toContainEqual({
        userId: expert.id,
        fullName: expert.fullName,
        email: expert.email,
        unitName: null,
      });
      // Each one offered is seated without a 404.
      await as('organiserB')
        .put(`/rounds/${round}/panel`, {
          members: [...offered.keys()].map((userId) => ({ userId, role: 'member' })),
        })
        .expect(200);
      // On A's round, A's organisers are offered no judge of B; B's organisers may not ask about it.
      const forA = (await as('organiserA').get(`/rounds/${contestA.round.id}/panel/candidates`).expect(200))
        .body as { userId: number }[];
      expect(forA.map((c) => c.userId)).not.toContain(judgeB.id);
      await expectNotFound(() => as('organiserA').get(`/rounds/${round}/panel/candidates`));
    });
  });

  describe('clubs and rubrics', () => {
    it('answers A’s coach exactly as an unknown account, so nothing tells that it exists', async () => {
      const answer = async (userId: number) => {
        const response = await as('organiserB').post(`/clubs/${clubB.id}/coaches`, { userId });
        const { requestId: _requestId, ...body } = response.body as Record<string, unknown>;
        return { status: response.status, body };
      };
      await expectNotFound(() => as('organiserB').post(`/clubs/${clubB.id}/coaches`, { userId: coachA.id }));
      expect(await answer(coachA.id)).toEqual(await answer(99999999));
      await expectNotFound(() =>
        as('organiserB').post(`/clubs/${clubB.id}/members`, {
          participantId: contestA.participants[0].id,
          joinedOn: '2026-01-05',
        }),
      );
      await expectNotFound(() => as('organiserB').get(`/participants?organisationId=${A.id}`));
      // Any other spelling of the id is refused as malformed before anything is looked up.
      for (const spelling of [`0x${A.id.toString(16)}`, `${A.id}.0`, `%2B${A.id}`])
        await as('organiserB').get(`/participants?organisationId=${spelling}`).expect(400);
    });

    it('lets only A’s organisers rename or retire A’s rubric', async () => {
      const rubric = (
        await as('organiserA')
          .post('/assessment-rubrics', {
            organisationId: A.id,
            disciplineId: chess.id,
            name: 'Đánh giá cờ vua Hạ Long',
            criteria: [{ code: 'TACTICS', name: 'Chiến thuật', min: 0, max: 10, step: 0.5 }],
          })
          .expect(201)
      ).body as { id: number; organisationId: number };
      expect(rubric.organisationId).toBe(A.id);
      await expectNotFound(() =>
        as('organiserB').patch(`/assessment-rubrics/${rubric.id}`, { name: 'Đổi tên' }),
      );
      await expectNotFound(() =>
        as('organiserB').patch(`/assessment-rubrics/${rubric.id}`, { active: false }),
      );
      await expectNotFound(() =>
        as('organiserB').post('/assessment-rubrics', {
          organisationId: A.id,
          disciplineId: chess.id,
          name: 'Của đơn vị khác',
          criteria: [{ code: 'X', name: 'X', min: 0, max: 1, step: 1 }],
        }),
      );
      await as('organiserA').patch(`/assessment-rubrics/${rubric.id}`, { name: 'Cờ vua cơ bản' }).expect(200);
    });
  });

  describe('co-organising by consent', () => {
    it('makes the Young Pioneers a co-organiser only once their organiser accepts the invitation', async () => {
      const event = (
        await as('organiserA')
          .post('/events', {
            name: 'Liên hoan Tiếng hát thiếu nhi tỉnh',
            kind: 'festival',
            level: 'provincial',
            organisationIds: [A.id],
            startDate: '2026-10-01',
            endDate: '2026-10-03',
          })
          .expect(201)
      ).body as { id: number };
      await expectNotFound(() =>
        as('organiserA').patch(`/events/${event.id}`, { organisationIds: [A.id, pioneers.id] }),
      );
      const invitation = (
        await as('organiserA')
          .post(`/events/${event.id}/invitations`, { organisationId: pioneers.id })
          .expect(201)
      ).body as { id: number; state: string };
      expect(invitation.state).toBe('pending');
      await as('organiserA')
        .post(`/events/${event.id}/invitations`, { organisationId: pioneers.id })
        .expect(409);
      await expectNotFound(() =>
        as('organiserB').post(`/events/${event.id}/invitations`, { organisationId: B.id }),
      );

      // Not yet an organiser: the Young Pioneers do not see the event, and B cannot answer for them.
      await as('organiserPioneers').get(`/events/${event.id}`).expect(404);
      expect((await as('organiserB').get('/invitations').expect(200)).body.total).toBe(0);
      await expectNotFound(() => as('organiserB').post(`/invitations/${invitation.id}/accept`));
      await expectNotFound(() => as('organiserA').post(`/invitations/${invitation.id}/accept`));

      const inbox = (await as('organiserPioneers').get('/invitations').expect(200)).body;
      expect(inbox.items).toEqual([
        expect.objectContaining({
          id: invitation.id,
          eventName: 'Liên hoan Tiếng hát thiếu nhi tỉnh',
          leadOrganisationName: A.name,
          state: 'pending',
        }),
      ]);
      const accepted = await as('organiserPioneers').post(`/invitations/${invitation.id}/accept`).expect(200);
      expect(accepted.body.state).toBe('accepted');
      await as('organiserPioneers').post(`/invitations/${invitation.id}/decline`).expect(409);

      // Both units' organisers now run the event; A's edit of the organisers keeps the unit it cannot reach.
      await as('organiserPioneers')
        .patch(`/events/${event.id}`, { venue: 'Cung Văn hóa Thanh thiếu nhi' })
        .expect(200);
      await as('organiserA')
        .patch(`/events/${event.id}`, { organisationIds: [A.id] })
        .expect(200);
      const view = (await as('organiserA').get(`/events/${event.id}`).expect(200)).body;
      expect(view.organisations.map((o: { id: number }) => o.id)).toEqual([A.id, pioneers.id]);

      const audit = (
        await as('admin').get(`/audit?entity=event_invitation&entityId=${invitation.id}`).expect(200)
      ).body.items as { action: string }[];
      expect(audit.map((row) => row.action).sort()).toEqual(['event.invitation.accept', 'event.invite']);
    });

    it('leaves a declined invitation without effect', async () => {
      const invitation = (
        await as('organiserA')
          .post(`/events/${contestA.event.id}/invitations`, { organisationId: B.id })
          .expect(201)
      ).body as { id: number };
      const declined = await as('organiserB').post(`/invitations/${invitation.id}/decline`).expect(200);
      expect(declined.body.state).toBe('declined');
      await as('organiserB').get(`/events/${contestA.event.id}`).expect(404);
      // The event's organisers see how it was answered; the unit that declined sees nothing of the event.
      const sent = (await as('organiserA').get(`/events/${contestA.event.id}/invitations`).expect(200)).body;
      expect(sent).toEqual([
        expect.objectContaining({
          id: invitation.id,
          organisationId: B.id,
          organisationName: B.name,
          state: 'declined',
        }),
      ]);
      await expectNotFound(() => as('organiserB').get(`/events/${contestA.event.id}/invitations`));
      // A declined unit may be asked again: it is offered, the event's own organisers are not.
      const offered = await as('organiserA')
        .get(`/events/${contestA.event.id}/invitable-organisations?q=${encodeURIComponent(B.name)}`)
        .expect(200);
      expect(offered.body).toEqual([{ id: B.id, name: B.name, kind: B.kind, level: B.level }]);
      const own = await as('organiserA')
        .get(`/events/${contestA.event.id}/invitable-organisations?q=${encodeURIComponent(A.name)}`)
        .expect(200);
      expect(own.body).toEqual([]);
      await expectNotFound(() =>
        as('organiserB').get(
          `/events/${contestA.event.id}/invitable-organisations?q=${encodeURIComponent(B.name)}`,
        ),
      );
      const tooShort = await as('organiserA')
        .get(`/events/${contestA.event.id}/invitable-organisations?q=a`)
        .expect(400);
      expect(tooShort.body.errors).toEqual([expect.objectContaining({ path: 'q' })]);
      await expectNotFound(() =>
        as('organiserA').post(`/events/${contestA.event.id}/invitations`, { organisationId: 99999999 }),
      );
    });
  });
});
