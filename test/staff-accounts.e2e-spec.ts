import { AuditLogEntry } from '../src/audit/entities/audit-log-entry.entity';
import { Organisation } from '../src/organisations/entities/organisation.entity';
import { User } from '../src/users/entities/user.entity';
import { bearer, createTestApp, TestApp } from './support/test-app';

/**
 * Organisers make the accounts of their events' judges, secretaries and coaches themselves: one request for
 * a whole panel, each account with a one-time token to hand over. District units A (with commune A1) and B;
 * the organiser of A reaches A's subtree only.
 */
describe('staff accounts made by organisers', () => {
  let t: TestApp;
  let A: Organisation, A1: Organisation, B: Organisation;
  let organiserA: string;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    const province = await t.factories.rootOrganisation('youth_union');
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
    const organiser = await t.factories.user({ roles: [{ role: 'organiser', organisationId: A.id }] });
    organiserA = await t.login(organiser.email, organiser.password);
    admin = await t.adminToken();
  });

  afterAll(() => t?.close());

  const asOrganiser = {
    post: (path: string, body: object = {}) =>
      t.http().post(`/api/v1${path}`).set(bearer(organiserA)).send(body),
    patch: (path: string, body: object) =>
      t.http().patch(`/api/v1${path}`).set(bearer(organiserA)).send(body),
  };
  const setUpPassword = (token: string, password: string) =>
    t.http().post('/api/v1/auth/password-setup').send({ token, password });
  const userCount = () => t.dataSource.getRepository(User).count();
  const judge = (n: number, organisationId: number, role = 'judge') => ({
    email: `giam.khao.${n}.${organisationId}@talent.test`,
    fullName: `Giám khảo số ${n}`,
    role,
    organisationId,
  });

  it('creates five judges in one request, audited, each with a token that works once', async () => {
    const accounts = [1, 2, 3, 4, 5].map((n) => judge(n, A1.id));
    const response = await asOrganiser.post('/users/staff', { accounts }).expect(201);
    expect(response.body.items).toHaveLength(5);
    const [first] = response.body.items;
    expect(first.user).toMatchObject({
      email: accounts[0].email,
      fullName: 'Giám khảo số 1',
      active: true,
      roles: [{ role: 'judge', organisationId: A1.id }],
    });
    expect(first.passwordSetup.token).toMatch(/^\d+\.\d+\.[\w-]{43}$/);
    expect(new Date(first.passwordSetup.expiresAt).getTime()).toBeGreaterThan(Date.now() + 6 * 86400e3);

    // Nobody can sign in before the token is redeemed.
    await t.http().post('/api/v1/auth/login').send({ email: accounts[0].email, password: '' }).expect(400);
    await setUpPassword(first.passwordSetup.token, 'Vịnh Hạ Long mùa thu').expect(204);
    await t.login(accounts[0].email, 'Vịnh Hạ Long mùa thu');
    const again = await setUpPassword(first.passwordSetup.token, 'một mật khẩu khác hẳn').expect(400);
    expect(again.body.errors).toEqual([
      { path: 'token', message: 'không hợp lệ, đã hết hạn hoặc đã được dùng; hãy xin đơn vị cấp mã mới' },
    ]);
    await t.login(accounts[0].email, 'Vịnh Hạ Long mùa thu');

    const audited = await t.dataSource.getRepository(AuditLogEntry).find({
      where: response.body.items.map((item: { user: { id: number } }) => ({
        entityType: 'user',
        entityId: String(item.user.id),
      })),
    });
    expect(audited.map((row) => row.action).sort()).toEqual([
      'auth.login',
      'auth.login',
      'create',
      'create',
      'create',
      'create',
      'create',
      'password.setup',
    ]);
    expect(JSON.stringify(audited)).not.toContain('Vịnh Hạ Long');
    expect(JSON.stringify(audited)).not.toContain(first.passwordSetup.token);
  });

  it('creates coaches too, and refuses every other role, naming the row, creating nobody', async () => {
    await asOrganiser.post('/users/staff', { accounts: [judge(1, A.id, 'coach')] }).expect(201);
    const before = await userCount();
    for (const role of ['organiser', 'admin', 'viewer', 'palace_staff', 'secretary']) {
      const response = await asOrganiser
        .post('/users/staff', { accounts: [judge(7, A.id), judge(8, A.id, role)] })
        .expect(400);
      expect(response.body.errors.map((error: { path: string }) => error.path)).toEqual(['accounts.1.role']);
    }
    expect(await userCount()).toBe(before);
  });

  it('answers 404 for an organisation outside the subtree and creates nobody, not even the rows in reach', async () => {
    const before = await userCount();
    await asOrganiser.post('/users/staff', { accounts: [judge(9, A1.id), judge(9, B.id)] }).expect(404);
    await asOrganiser.post('/users/staff', { accounts: [judge(9, 999999)] }).expect(404);
    expect(await userCount()).toBe(before);
  });

  it('refuses e-mails repeated in the list or taken, naming the rows, all or none', async () => {
    const existing = await t.factories.user();
    const before = await userCount();
    const repeated = await asOrganiser
      .post('/users/staff', { accounts: [judge(11, A.id), judge(12, A.id), judge(11, A.id)] })
      .expect(400);
    expect(repeated.body.errors.map((error: { path: string }) => error.path)).toEqual(['accounts.2.email']);
    const taken = await asOrganiser
      .post('/users/staff', {
        accounts: [judge(13, A.id), { ...judge(14, A.id), email: existing.email.toUpperCase() }],
      })
      .expect(409);
    expect(taken.body.errors).toEqual([
      { path: 'accounts.1.email', message: 'đã được dùng cho tài khoản khác' },
    ]);
    expect(await userCount()).toBe(before);
  });

  it('refuses judges, coaches and viewers (403): only organisers make accounts', async () => {
    const someJudge = await t.factories.user({ roles: [{ role: 'judge', organisationId: A.id }] });
    const token = await t.login(someJudge.email, someJudge.password);
    await t
      .http()
      .post('/api/v1/users/staff')
      .set(bearer(token))
      .send({ accounts: [judge(20, A.id)] })
      .expect(403);
  });

  it('resets a judge’s password: the old password and sessions end, the new token works once', async () => {
    const created = await asOrganiser.post('/users/staff', { accounts: [judge(30, A1.id)] }).expect(201);
    const { user, passwordSetup } = created.body.items[0];
    await setUpPassword(passwordSetup.token, 'Bãi Cháy lúc bình minh').expect(204);
    const session = await t.login(user.email, 'Bãi Cháy lúc bình minh');

    const reset = await asOrganiser.post(`/users/${user.id}/password-reset`).expect(201);
    await t.http().get('/api/v1/me').set(bearer(session)).expect(401);
    await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: 'Bãi Cháy lúc bình minh' })
      .expect(401);
    // The first token stays burnt; the new one works once.
    await setUpPassword(passwordSetup.token, 'Cửa Ông ngày hội lớn').expect(400);
    await setUpPassword(reset.body.token, 'Cửa Ông ngày hội lớn').expect(204);
    await t.login(user.email, 'Cửa Ông ngày hội lớn');
    const actions = await t.dataSource
      .getRepository(AuditLogEntry)
      .find({ where: { entityType: 'user', entityId: String(user.id) }, order: { id: 'ASC' } });
    expect(actions.map((row) => row.action)).toEqual([
      'create',
      'password.setup',
      'auth.login',
      'password.reset',
      'password.setup',
      'auth.login',
    ]);
  });

  it('refuses a common password at set-up, naming the field, and keeps the token usable', async () => {
    const created = await asOrganiser.post('/users/staff', { accounts: [judge(31, A.id)] }).expect(201);
    const { user, passwordSetup } = created.body.items[0];
    const weak = await setUpPassword(passwordSetup.token, 'iloveyou').expect(400);
    expect(weak.body.errors[0].path).toBe('password');
    await setUpPassword(passwordSetup.token, 'Đảo Cô Tô xanh ngắt').expect(204);
    await t.login(user.email, 'Đảo Cô Tô xanh ngắt');
  });

  it('refuses forged and tampered tokens', async () => {
    const created = await asOrganiser.post('/users/staff', { accounts: [judge(32, A.id)] }).expect(201);
    const { user, passwordSetup } = created.body.items[0];
    const [id, expiry, signature] = passwordSetup.token.split('.');
    const later = `${id}.${Number(expiry) + 86400}.${signature}`;
    const other = `${Number(id) - 1}.${expiry}.${signature}`;
    for (const token of [later, other, 'abc', `${id}.${expiry}.${'A'.repeat(43)}`]) {
      await setUpPassword(token, 'Yên Tử mây trắng bay').expect(400);
    }
    await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: 'Yên Tử mây trắng bay' })
      .expect(401);
  });

  it('disables a judge (sessions end, sign-in refused) and enables them again', async () => {
    const created = await asOrganiser.post('/users/staff', { accounts: [judge(40, A1.id)] }).expect(201);
    const { user, passwordSetup } = created.body.items[0];
    await setUpPassword(passwordSetup.token, 'Tiên Yên mùa lúa chín').expect(204);
    const session = await t.login(user.email, 'Tiên Yên mùa lúa chín');
    const disabled = await asOrganiser.patch(`/users/${user.id}/active`, { active: false }).expect(200);
    expect(disabled.body.active).toBe(false);
    await t.http().get('/api/v1/me').set(bearer(session)).expect(401);
    await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: 'Tiên Yên mùa lúa chín' })
      .expect(401);
    await asOrganiser.patch(`/users/${user.id}/active`, { active: true }).expect(200);
    await t.login(user.email, 'Tiên Yên mùa lúa chín');
  });

  it('leaves accounts beyond judge and coach, or reaching outside the subtree, to admins', async () => {
    const organiserOfA1 = await t.factories.user({ roles: [{ role: 'organiser', organisationId: A1.id }] });
    const judgeOfB = await t.factories.user({ roles: [{ role: 'judge', organisationId: B.id }] });
    const judgeOfAAndB = await t.factories.user({
      roles: [
        { role: 'judge', organisationId: A1.id },
        { role: 'judge', organisationId: B.id },
      ],
    });
    const judgeAndAdmin = await t.factories.user({
      roles: [
        { role: 'judge', organisationId: A1.id },
        { role: 'admin', organisationId: null },
      ],
    });
    const before = await t.dataSource.query('CHECKSUM TABLE users, auth_sessions');

    await asOrganiser.post(`/users/${judgeOfB.id}/password-reset`).expect(404);
    await asOrganiser.patch(`/users/${judgeOfB.id}/active`, { active: false }).expect(404);
    for (const account of [organiserOfA1, judgeOfAAndB, judgeAndAdmin]) {
      const response = await asOrganiser.post(`/users/${account.id}/password-reset`).expect(403);
      expect(response.body.detail).toMatch(/quản trị viên/);
      await asOrganiser.patch(`/users/${account.id}/active`, { active: false }).expect(403);
    }
    expect(await t.dataSource.query('CHECKSUM TABLE users, auth_sessions')).toEqual(before);

    // Admins may reset any account this way.
    await t.http().post(`/api/v1/users/${organiserOfA1.id}/password-reset`).set(bearer(admin)).expect(201);
  });
});
