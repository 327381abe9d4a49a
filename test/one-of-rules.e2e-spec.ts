import { bearer, createTestApp, TestApp } from './support/test-app';

/**
 * "One of" rules tried the way a double click or a script would: the same write sent many times at once.
 * The database holds each rule (a unique key, or a row lock the write takes first), so exactly one wins.
 */
describe('one-of rules under concurrency', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.adminToken();
  });

  afterAll(() => t?.close());

  const atOnce = async (count: number, send: () => PromiseLike<{ status: number }>) =>
    (await Promise.all(Array.from({ length: count }, send))).map((answer) => answer.status).sort();
  const count = async (sql: string, params: unknown[]) =>
    Number((await t.dataSource.query<{ n: string }[]>(sql, params))[0].n);

  it('grants a role everywhere (no organisation) once', async () => {
    const user = await t.factories.user();
    const statuses = await atOnce(8, () =>
      t.http().post(`/api/v1/users/${user.id}/roles`).set(bearer(admin)).send({ role: 'admin' }),
    );
    expect(statuses).toEqual([201, ...Array(7).fill(409)]);
    expect(
      await count(
        "SELECT COUNT(*) AS n FROM role_assignments WHERE user_id = ? AND role = 'admin' AND organisation_id IS NULL",
        [user.id],
      ),
    ).toBe(1);
  });

  it('creates a discipline code once', async () => {
    const statuses = await atOnce(8, () =>
      t
        .http()
        .post('/api/v1/disciplines')
        .set(bearer(admin))
        .send({ code: 'ONE_OF_TEST', name: 'Thử nghiệm', kind: 'field' }),
    );
    expect(statuses).toEqual([201, ...Array(7).fill(409)]);
    expect(await count('SELECT COUNT(*) AS n FROM disciplines WHERE code = ?', ['ONE_OF_TEST'])).toBe(1);
  });

  it('adds a child to a club once, and never past its capacity', async () => {
    const organisation = await t.factories.organisation({ level: 'district' });
    const disciplineId = await t.factories.subDisciplineId();
    const club = await t
      .http()
      .post('/api/v1/clubs')
      .set(bearer(admin))
      .send({ organisationId: organisation.id, name: 'CLB Thử', kind: 'club', disciplineId, capacity: 3 })
      .expect(201);
    const children: number[] = [];
    for (let i = 0; i < 6; i++) {
      const child = await t
        .http()
        .post('/api/v1/participants')
        .set(bearer(admin))
        .send({
          fullName: `Trịnh Văn Thử ${'ABCDEF'[i]}`,
          gender: 'male',
          dateOfBirth: '2014-03-0' + (i + 1),
          organisationId: organisation.id,
        })
        .expect(201);
      children.push(child.body.id);
      await t
        .http()
        .post(`/api/v1/participants/${child.body.id}/consents`)
        .set(bearer(admin))
        .send({
          kind: 'guardian',
          givenBy: 'Phụ huynh',
          givenOn: '2026-01-05',
          method: 'paper',
          scopes: ['registry', 'contests'],
        })
        .expect(201);
    }
    const join = (participantId: number) => () =>
      t.http().post(`/api/v1/clubs/${club.body.id}/members`).set(bearer(admin)).send({ participantId });
    expect(await atOnce(6, join(children[0]))).toEqual([201, ...Array(5).fill(409)]);
    const others = await Promise.all(children.slice(1).map((id) => join(id)()));
    expect(others.filter((answer) => answer.status === 201)).toHaveLength(2);
    expect(
      await count('SELECT COUNT(*) AS n FROM club_memberships WHERE club_id = ? AND left_on IS NULL', [
        club.body.id,
      ]),
    ).toBe(3);
  });
});
