import { Organisation } from '../src/organisations/entities/organisation.entity';
import { bearer, createTestApp, TestApp } from './support/test-app';

type Who = 'admin' | 'organiserA' | 'viewerA' | 'judgeA1' | 'palace' | 'organiserB' | 'noRoles';
type Method = 'get' | 'post' | 'patch' | 'delete';

/**
 * Who may do what, where. Two district units A and B under the provincial Youth Union, each with a commune
 * unit (A1, B1). An organiser of A manages A's subtree and nothing of B's; a judge or viewer only reads
 * their subtree; a record out of reach answers 404, one in reach but not theirs to change 403, and a
 * refused write changes nothing.
 */
describe('access by role and unit', () => {
  let t: TestApp;
  const token = {} as Record<Who, string>;
  const userId = {} as Record<Who, number>;
  let A: Organisation, A1: Organisation, B: Organisation, B1: Organisation, palaceRoot: Organisation;

  beforeAll(async () => {
    t = await createTestApp();
    const province = await t.factories.rootOrganisation('youth_union');
    palaceRoot = await t.factories.rootOrganisation('palace');
    A = await t.factories.organisation({
      name: 'Đoàn thanh niên A',
      level: 'district',
      parentId: province.id,
    });
    A1 = await t.factories.organisation({ name: 'Đoàn xã A1', level: 'commune', parentId: A.id });
    B = await t.factories.organisation({
      name: 'Đoàn thanh niên B',
      level: 'district',
      parentId: province.id,
    });
    B1 = await t.factories.organisation({ name: 'Đoàn xã B1', level: 'commune', parentId: B.id });

    const people: [Who, Parameters<typeof t.factories.user>[0]][] = [
      ['organiserA', { roles: [{ role: 'organiser', organisationId: A.id }] }],
      ['viewerA', { roles: [{ role: 'viewer', organisationId: A.id }] }],
      ['judgeA1', { roles: [{ role: 'judge', organisationId: A1.id }] }],
      ['palace', { roles: [{ role: 'palace_staff', organisationId: palaceRoot.id }] }],
      ['organiserB', { roles: [{ role: 'organiser', organisationId: B.id }] }],
      ['noRoles', {}],
    ];
    for (const [who, spec] of people) {
      const user = await t.factories.user(spec);
      userId[who] = user.id;
      token[who] = await t.login(user.email, user.password);
    }
    token.admin = await t.adminToken();
    userId.admin = (await t.http().get('/api/v1/me').set(bearer(token.admin))).body.id;
  });

  afterAll(() => t?.close());

  const call = (who: Who, method: Method, path: string, body?: object) => {
    const request = t.http()[method](`/api/v1${path}`).set(bearer(token[who]));
    return body ? request.send(body) : request;
  };

  /** Checksums of the tables a refused write could have touched. */
  const snapshot = () =>
    Promise.all(
      ['organisations', 'users', 'role_assignments', 'localities', 'audit_log'].map((table) =>
        t.dataSource.query(`CHECKSUM TABLE \`${table}\``),
      ),
    );

  const expectRefused = async (who: Who, method: Method, path: string, status: number, body?: object) => {
    const before = await snapshot();
    const response = await call(who, method, path, body);
    expect({ who, method, path, status: response.status }).toEqual({ who, method, path, status });
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await snapshot()).toEqual(before);
  };

  const names = (response: { body: { items: { name?: string; id: number }[] } }) =>
    response.body.items.map((item) => item.name ?? item.id).sort();

  describe('organisations', () => {
    it('reads a unit in reach and answers 404 for one out of reach', async () => {
      const expected: [Who, () => Organisation, number][] = [
        ['admin', () => B1, 200],
        ['organiserA', () => A, 200],
        ['organiserA', () => A1, 200],
        ['organiserA', () => B, 404],
        ['organiserA', () => B1, 404],
        ['viewerA', () => A1, 200],
        ['viewerA', () => B, 404],
        ['judgeA1', () => A1, 200],
        ['judgeA1', () => A, 404],
        ['palace', () => palaceRoot, 200],
        ['palace', () => A, 404],
        ['organiserB', () => B1, 200],
        ['organiserB', () => A, 404],
        ['noRoles', () => A, 404],
      ];
      for (const [who, unit, status] of expected) {
        const response = await call(who, 'get', `/organisations/${unit().id}`);
        expect({ who, unit: unit().name, status: response.status }).toEqual({
          who,
          unit: unit().name,
          status,
        });
      }
      await call('organiserA', 'get', '/organisations/999999').expect(404);
    });

    it('lists only the units in reach, and a filter naming a unit out of reach answers 404', async () => {
      expect(names(await call('organiserA', 'get', '/organisations?pageSize=100').expect(200))).toEqual(
        expect.arrayContaining([A.name, A1.name]),
      );
      const listA = names(await call('organiserA', 'get', '/organisations?pageSize=100').expect(200));
      expect(listA).not.toContain(B.name);
      expect(listA).not.toContain('Tỉnh đoàn Quảng Ninh');
      expect(names(await call('judgeA1', 'get', '/organisations').expect(200))).toEqual([A1.name]);
      expect(names(await call('admin', 'get', '/organisations?pageSize=100').expect(200))).toEqual(
        expect.arrayContaining([A.name, A1.name, B.name, B1.name, 'Tỉnh đoàn Quảng Ninh']),
      );
      expect(names(await call('organiserA', 'get', `/organisations?parentId=${A.id}`).expect(200))).toEqual([
        A1.name,
      ]);
      await call('organiserA', 'get', `/organisations?parentId=${B.id}`).expect(404);
      await call('noRoles', 'get', '/organisations').expect(403);
    });

    it('lets an organiser create units inside their subtree only', async () => {
      const unit = (parentId?: number) => ({
        name: 'Chi đoàn trường THCS Lê Lợi',
        kind: 'school',
        level: 'grassroots',
        localityId: A.localityId,
        parentId,
      });
      const created = await call('organiserA', 'post', '/organisations', unit(A1.id)).expect(201);
      expect(created.body).toMatchObject({
        parentId: A1.id,
        name: 'Chi đoàn trường THCS Lê Lợi',
        version: 1,
      });
      await call('organiserA', 'get', `/organisations/${created.body.id}`).expect(200);
      await call('organiserB', 'get', `/organisations/${created.body.id}`).expect(404);

      await expectRefused('organiserA', 'post', '/organisations', 404, unit(B.id));
      await expectRefused('organiserA', 'post', '/organisations', 403, unit());
      await expectRefused('viewerA', 'post', '/organisations', 403, unit(A.id));
      await expectRefused('judgeA1', 'post', '/organisations', 403, unit(A1.id));
      // A caller with no role reaches no unit, so the parent it names is not found.
      await expectRefused('noRoles', 'post', '/organisations', 404, unit(A.id));
      await expectRefused('organiserA', 'post', '/organisations', 400, { ...unit(A.id), role: 'admin' });
      await call('admin', 'post', '/organisations', {
        ...unit(),
        name: 'Một đơn vị gốc mới',
        level: 'provincial',
        kind: 'other',
      }).expect(201);
    });

    it('lets an organiser change units of their subtree, not others', async () => {
      const renamed = await call('organiserA', 'patch', `/organisations/${A1.id}`, {
        name: 'Đoàn xã A1 (mới)',
      }).expect(200);
      expect(renamed.body).toMatchObject({ name: 'Đoàn xã A1 (mới)', version: A1.version + 1 });
      await expectRefused('organiserA', 'patch', `/organisations/${B1.id}`, 404, { name: 'Tên khác' });
      await expectRefused('organiserB', 'patch', `/organisations/${A1.id}`, 404, { name: 'Tên khác' });
      await expectRefused('viewerA', 'patch', `/organisations/${A1.id}`, 403, { name: 'Tên khác' });
      await expectRefused('judgeA1', 'patch', `/organisations/${A1.id}`, 403, { name: 'Tên khác' });
      // Moving a unit out of the subtree, or the subtree's own root elsewhere, needs reach over both places.
      await expectRefused('organiserA', 'patch', `/organisations/${A1.id}`, 404, { parentId: B.id });
      await expectRefused('organiserA', 'patch', `/organisations/${A.id}`, 404, { parentId: B.id });
      await expectRefused('organiserA', 'patch', `/organisations/${A1.id}`, 400, { organisationId: B.id });
    });

    it('answers 409 to an edit based on a stale version, changing nothing', async () => {
      const current = (await call('admin', 'get', `/organisations/${B1.id}`).expect(200)).body;
      await call('admin', 'patch', `/organisations/${B1.id}`, {
        name: 'Đoàn xã B1 (sửa 1)',
        version: current.version,
      }).expect(200);
      await expectRefused('organiserB', 'patch', `/organisations/${B1.id}`, 409, {
        name: 'Đoàn xã B1 (sửa 2)',
        version: current.version,
      });
    });

    it('moves a unit with its subtree, and reach follows it', async () => {
      const moved = await t.factories.organisation({ name: 'Đoàn xã chuyển đi', parentId: A.id });
      const child = await t.factories.organisation({
        name: 'Chi đoàn con',
        parentId: moved.id,
        level: 'grassroots',
      });
      await call('admin', 'patch', `/organisations/${moved.id}`, { parentId: B.id }).expect(200);
      await call('organiserA', 'get', `/organisations/${child.id}`).expect(404);
      await call('organiserB', 'get', `/organisations/${child.id}`).expect(200);
      await expectRefused('admin', 'patch', `/organisations/${moved.id}`, 400, { parentId: child.id });
    });
  });

  describe('users', () => {
    it('shows admins every account and organisers those holding roles in their subtree', async () => {
      const listed = async (who: Who) =>
        ((await call(who, 'get', '/users?pageSize=100').expect(200)).body.items as { id: number }[])
          .map((user) => user.id)
          .sort();
      expect(await listed('organiserA')).toEqual([userId.organiserA, userId.viewerA, userId.judgeA1].sort());
      expect(await listed('organiserB')).toEqual([userId.organiserB]);
      expect(await listed('admin')).toEqual(expect.arrayContaining(Object.values(userId)));
      await call('judgeA1', 'get', '/users').expect(403);
      await call('viewerA', 'get', '/users').expect(403);
      await call('noRoles', 'get', '/users').expect(403);
      await call('organiserA', 'get', `/users?organisationId=${B.id}`).expect(404);
    });

    it('answers 404 for an account out of reach', async () => {
      await call('organiserA', 'get', `/users/${userId.judgeA1}`).expect(200);
      for (const other of ['organiserB', 'admin', 'noRoles', 'palace'] as Who[]) {
        await call('organiserA', 'get', `/users/${userId[other]}`).expect(404);
      }
      await call('judgeA1', 'get', `/users/${userId.judgeA1}`).expect(404);
    });

    it('lets only admins create, change and grant or revoke roles', async () => {
      const account = {
        email: 'moi@talent.test',
        fullName: 'Phạm Thị Mới',
        password: 'Một mật khẩu dài 2026',
      };
      await expectRefused('organiserA', 'post', '/users', 403, account);
      await expectRefused('organiserA', 'patch', `/users/${userId.judgeA1}`, 403, { fullName: 'Tên khác' });
      await expectRefused('organiserB', 'patch', `/users/${userId.judgeA1}`, 404, { fullName: 'Tên khác' });
      await expectRefused('organiserA', 'post', `/users/${userId.judgeA1}/roles`, 403, {
        role: 'organiser',
        organisationId: A.id,
      });
      await expectRefused('organiserB', 'post', `/users/${userId.judgeA1}/roles`, 404, {
        role: 'organiser',
        organisationId: B.id,
      });
      await expectRefused('organiserA', 'patch', `/users/${userId.organiserA}`, 400, { role: 'admin' });

      const granted = await call('admin', 'post', `/users/${userId.viewerA}/roles`, {
        role: 'coach',
        organisationId: A1.id,
      }).expect(201);
      await expectRefused('organiserA', 'delete', `/users/${userId.viewerA}/roles/${granted.body.id}`, 403);
      await expectRefused('admin', 'delete', `/users/${userId.judgeA1}/roles/${granted.body.id}`, 404);
      await call('admin', 'delete', `/users/${userId.viewerA}/roles/${granted.body.id}`).expect(204);
      await call('admin', 'post', '/users', account).expect(201);
    });

    it('makes a revoked role stop working at once', async () => {
      const user = await t.factories.user({ roles: [{ role: 'organiser', organisationId: B1.id }] });
      const userToken = await t.login(user.email, user.password);
      await t.http().get(`/api/v1/organisations/${B1.id}`).set(bearer(userToken)).expect(200);
      const [role] = (await call('admin', 'get', `/users/${user.id}`).expect(200)).body.roles;
      await call('admin', 'delete', `/users/${user.id}/roles/${role.id}`).expect(204);
      await t.http().get(`/api/v1/organisations/${B1.id}`).set(bearer(userToken)).expect(404);
    });
  });

  describe('localities and audit', () => {
    it('lets every signed-in user read localities and only admins change them', async () => {
      await call('noRoles', 'get', '/localities?at=2025-07-01&level=commune').expect(200);
      const unit = {
        level: 'commune',
        kind: 'commune',
        code: '99999',
        name: 'Xã Thử',
        parentId: A.localityId,
      };
      await expectRefused('organiserA', 'post', '/localities', 403, unit);
      await expectRefused('organiserA', 'patch', `/localities/${A.localityId}`, 403, { name: 'Khác' });
    });

    it('lets only admins read the audit log', async () => {
      await call('admin', 'get', '/audit').expect(200);
      for (const who of ['organiserA', 'judgeA1', 'palace', 'noRoles'] as Who[])
        await call(who, 'get', '/audit').expect(403);
    });
  });
});
