import { User } from '../src/users/entities/user.entity';
import { bearer, createTestApp, TestApp } from './support/test-app';

/** What administrators do with accounts. */
describe('account management', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.adminToken();
  });

  afterAll(() => t?.close());

  const asAdmin = {
    get: (path: string) => t.http().get(`/api/v1${path}`).set(bearer(admin)),
    post: (path: string, body: object) => t.http().post(`/api/v1${path}`).set(bearer(admin)).send(body),
    patch: (path: string, body: object) => t.http().patch(`/api/v1${path}`).set(bearer(admin)).send(body),
    delete: (path: string) => t.http().delete(`/api/v1${path}`).set(bearer(admin)),
  };
  const userCount = () => t.dataSource.getRepository(User).count();

  describe('creating an account', () => {
    it('stores the e-mail in lower case, hashes the password and answers the account without secrets', async () => {
      const response = await asAdmin
        .post('/users', {
          email: ' Tran.Thi.Lan@TinhDoan.QuangNinh.vn ',
          fullName: 'Trần Thị Lan',
          password: 'Hạ Long mùa sương 2019',
        })
        .expect(201);
      expect(response.body).toMatchObject({
        email: 'tran.thi.lan@tinhdoan.quangninh.vn',
        fullName: 'Trần Thị Lan',
        active: true,
        roles: [],
      });
      expect(JSON.stringify(response.body)).not.toMatch(/password|argon/i);
      await t.login('tran.thi.lan@tinhdoan.quangninh.vn', 'Hạ Long mùa sương 2019');
    });

    it('refuses short, common and e-mail-like passwords, naming the field, and creates nothing', async () => {
      const before = await userCount();
      const attempt = (password: string) =>
        asAdmin.post('/users', { email: 'hung@talent.test', fullName: 'Lê Văn Hùng', password });
      expect((await attempt('ngan').expect(400)).body.errors).toEqual([
        { path: 'password', message: 'phải có ít nhất 8 ký tự' },
      ]);
      expect((await attempt('iloveyou').expect(400)).body.errors).toEqual([
        { path: 'password', message: 'quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác' },
      ]);
      expect((await attempt('Password1').expect(400)).body.errors[0].path).toBe('password');
      expect((await attempt('hung@talent.test').expect(400)).body.errors).toEqual([
        { path: 'password', message: 'không được trùng với email' },
      ]);
      // Long passphrases are welcome; no composition rules.
      await attempt('cá chép hóa rồng vượt vũ môn').expect(201);
      expect(await userCount()).toBe(before + 1);
    });

    it('answers 409 for an e-mail already in use, whatever its case', async () => {
      const existing = await t.factories.user();
      const before = await userCount();
      const response = await asAdmin
        .post('/users', {
          email: existing.email.toUpperCase(),
          fullName: 'Ai Đó',
          password: 'một mật khẩu dài',
        })
        .expect(409);
      expect(response.body.detail).toBe('Email này đã được dùng cho tài khoản khác.');
      expect(await userCount()).toBe(before);
    });

    it('refuses unknown fields such as roles smuggled into the body', async () => {
      const before = await userCount();
      const response = await asAdmin
        .post('/users', {
          email: 'an@talent.test',
          fullName: 'Vũ An',
          password: 'một mật khẩu dài',
          role: 'admin',
          organisationId: 1,
        })
        .expect(400);
      expect(response.body.errors.map((error: { path: string }) => error.path).sort()).toEqual([
        'organisationId',
        'role',
      ]);
      expect(await userCount()).toBe(before);
    });
  });

  describe('changing an account', () => {
    it('edits the name with the version read, and answers 409 to a stale version', async () => {
      const user = await t.factories.user();
      const first = await asAdmin
        .patch(`/users/${user.id}`, { fullName: 'Đỗ Thị Hoa', version: user.version })
        .expect(200);
      expect(first.body).toMatchObject({ fullName: 'Đỗ Thị Hoa', version: user.version + 1 });
      await asAdmin.patch(`/users/${user.id}`, { fullName: 'Đỗ Thị Huệ', version: user.version }).expect(409);
      expect((await asAdmin.get(`/users/${user.id}`).expect(200)).body.fullName).toBe('Đỗ Thị Hoa');
    });

    it('resets a password: old sessions end, the new password works', async () => {
      const user = await t.factories.user();
      const token = await t.login(user.email, user.password);
      await asAdmin.patch(`/users/${user.id}`, { password: 'một mật khẩu mới dài' }).expect(200);
      await t.http().get('/api/v1/me').set(bearer(token)).expect(401);
      await t.login(user.email, 'một mật khẩu mới dài');
    });

    it('disables and re-enables an account', async () => {
      const user = await t.factories.user();
      expect((await asAdmin.patch(`/users/${user.id}`, { active: false }).expect(200)).body.active).toBe(
        false,
      );
      await t
        .http()
        .post('/api/v1/auth/login')
        .send({ email: user.email, password: user.password })
        .expect(401);
      await asAdmin.patch(`/users/${user.id}`, { active: true }).expect(200);
      await t.login(user.email, user.password);
    });

    it('keeps at least one active administrator', async () => {
      const me = (await asAdmin.get('/me').expect(200)).body;
      const refused = await asAdmin.patch(`/users/${me.id}`, { active: false }).expect(409);
      expect(refused.body.detail).toBe('Không thể vô hiệu hóa hoặc bỏ quyền quản trị viên cuối cùng.');
      await asAdmin.delete(`/users/${me.id}/roles/${me.roles[0].id}`).expect(409);

      // With a second administrator, the first may step down.
      const second = await t.factories.user({ roles: [{ role: 'admin', organisationId: null }] });
      const other = await t.factories.user({ roles: [{ role: 'admin', organisationId: null }] });
      const secondToken = await t.login(second.email, second.password);
      const secondRole = (await asAdmin.get(`/users/${second.id}`).expect(200)).body.roles[0];
      await t
        .http()
        .delete(`/api/v1/users/${second.id}/roles/${secondRole.id}`)
        .set(bearer(secondToken))
        .expect(204);
      await asAdmin.patch(`/users/${other.id}`, { active: false }).expect(200);
    });

    it('answers 404 for an unknown account and 400 for an id that is not a number', async () => {
      await asAdmin.get('/users/999999').expect(404);
      await asAdmin.patch('/users/999999', { fullName: 'Không ai' }).expect(404);
      await asAdmin.get('/users/abc').expect(400);
    });
  });

  describe('roles', () => {
    it('grants a role at an organisation once, and admin everywhere without one', async () => {
      const user = await t.factories.user();
      const organisation = await t.factories.organisation({ name: 'Đoàn phường Cao Xanh' });
      const granted = await asAdmin
        .post(`/users/${user.id}/roles`, { role: 'judge', organisationId: organisation.id })
        .expect(201);
      expect(granted.body).toMatchObject({
        role: 'judge',
        organisationId: organisation.id,
        organisation: { id: organisation.id, name: 'Đoàn phường Cao Xanh' },
      });
      await asAdmin
        .post(`/users/${user.id}/roles`, { role: 'judge', organisationId: organisation.id })
        .expect(409);
      const everywhere = await asAdmin.post(`/users/${user.id}/roles`, { role: 'admin' }).expect(201);
      expect(everywhere.body).toMatchObject({ role: 'admin', organisationId: null, organisation: null });
      await asAdmin.post(`/users/${user.id}/roles`, { role: 'admin' }).expect(409);
    });

    it('refuses a role without an organisation (but admin), an unknown role or organisation', async () => {
      const user = await t.factories.user();
      expect(
        (await asAdmin.post(`/users/${user.id}/roles`, { role: 'organiser' }).expect(400)).body.errors[0]
          .path,
      ).toBe('organisationId');
      expect(
        (await asAdmin.post(`/users/${user.id}/roles`, { role: 'king', organisationId: 1 }).expect(400)).body
          .errors[0].path,
      ).toBe('role');
      await asAdmin.post(`/users/${user.id}/roles`, { role: 'judge', organisationId: 999999 }).expect(404);
      await asAdmin.post('/users/999999/roles', { role: 'judge', organisationId: 1 }).expect(404);
      expect((await asAdmin.get(`/users/${user.id}`).expect(200)).body.roles).toEqual([]);
    });
  });

  describe('listing', () => {
    it('pages, searches names without diacritics, and filters by role and state', async () => {
      const organisation = await t.factories.organisation();
      const lan = await t.factories.user({ roles: [{ role: 'coach', organisationId: organisation.id }] });
      await asAdmin.patch(`/users/${lan.id}`, { fullName: 'Nguyễn Thị Ngọc Lan' }).expect(200);
      const found = await asAdmin.get('/users?q=ngoc').expect(200);
      expect(found.body.items.map((user: { id: number }) => user.id)).toContain(lan.id);
      const coaches = await asAdmin.get(`/users?role=coach&organisationId=${organisation.id}`).expect(200);
      expect(coaches.body).toMatchObject({ total: 1, page: 1, pageSize: 20, items: [{ id: lan.id }] });
      const page = await asAdmin.get('/users?page=2&pageSize=1').expect(200);
      expect(page.body).toMatchObject({ page: 2, pageSize: 1 });
      expect(page.body.items).toHaveLength(1);
      await asAdmin.get('/users?pageSize=101').expect(400);
      await asAdmin.get('/users?active=maybe').expect(400);
      expect(
        (await asAdmin.get('/users?active=false').expect(200)).body.items.every(
          (user: { active: boolean }) => !user.active,
        ),
      ).toBe(true);
    });
  });
});
