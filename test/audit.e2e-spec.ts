import { AuditLogEntry } from '../src/audit/entities/audit-log-entry.entity';
import { bearer, createTestApp, TestApp } from './support/test-app';

/** Every write leaves an audit row; admins read them; no secret ever reaches the audit log or the logs. */
describe('audit log', () => {
  let t: TestApp;
  const logLines: string[] = [];
  let admin: string;
  let adminId: number;

  beforeAll(async () => {
    // Everything the application logs, at the most detailed level, is kept to be searched for secrets.
    t = await createTestApp({
      env: { LOG_LEVEL: 'trace' },
      logDestination: { write: (line: string) => void logLines.push(line) },
    });
    admin = await t.adminToken();
    adminId = (await t.http().get('/api/v1/me').set(bearer(admin))).body.id;
  });

  afterAll(() => t?.close());

  const audit = (query: string) => t.http().get(`/api/v1/audit?${query}`).set(bearer(admin)).expect(200);

  it('records who changed which record, the fields before and after, and the request id', async () => {
    const organisation = await t.factories.organisation({ name: 'Đoàn phường Hà Khẩu' });
    const response = await t
      .http()
      .patch(`/api/v1/organisations/${organisation.id}`)
      .set(bearer(admin))
      .set('X-Request-Id', 'audit-test-1')
      .send({ name: 'Đoàn phường Hà Khẩu (mới)', level: 'commune' })
      .expect(200);

    const { body } = await audit(`entity=organisation&entityId=${organisation.id}`);
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({
      actorId: adminId,
      action: 'update',
      entityType: 'organisation',
      entityId: String(organisation.id),
      // Only what changed: the level was already commune.
      before: { name: 'Đoàn phường Hà Khẩu', version: 1 },
      after: { name: 'Đoàn phường Hà Khẩu (mới)', version: 2 },
      requestId: 'audit-test-1',
    });
    expect(response.headers['x-request-id']).toBe('audit-test-1');
    expect(Math.abs(new Date(body.items[0].occurredAt).getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('writes the audit row in the same transaction: a refused change leaves none', async () => {
    const before = await t.dataSource.getRepository(AuditLogEntry).count();
    const organisation = await t.factories.organisation();
    await t
      .http()
      .patch(`/api/v1/organisations/${organisation.id}`)
      .set(bearer(admin))
      .send({ name: 'Tên mới', version: organisation.version + 5 })
      .expect(409);
    expect(await t.dataSource.getRepository(AuditLogEntry).count()).toBe(before);
  });

  it('filters by actor, entity, action and time, newest first, in pages', async () => {
    const user = await t.factories.user();
    for (const fullName of ['Bùi Văn Một', 'Bùi Văn Hai', 'Bùi Văn Ba']) {
      await t.http().patch(`/api/v1/users/${user.id}`).set(bearer(admin)).send({ fullName }).expect(200);
    }
    const updates = (await audit(`actor=${adminId}&entity=user&entityId=${user.id}&action=update`)).body;
    expect(updates.items.map((entry: { after: { fullName: string } }) => entry.after.fullName)).toEqual([
      'Bùi Văn Ba',
      'Bùi Văn Hai',
      'Bùi Văn Một',
    ]);
    const paged = (await audit(`entity=user&entityId=${user.id}&pageSize=2&page=2`)).body;
    expect(paged).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(paged.items).toHaveLength(1);

    const today = new Date().toISOString().slice(0, 10);
    expect((await audit(`entity=user&entityId=${user.id}&from=${today}&to=${today}`)).body.total).toBe(3);
    expect((await audit(`entity=user&entityId=${user.id}&to=2020-01-01`)).body.total).toBe(0);
    await t.http().get('/api/v1/audit?from=yesterday').set(bearer(admin)).expect(400);
  });

  it('is append-only: no route changes or deletes an entry', async () => {
    const [entry] = (await audit('pageSize=1')).body.items;
    await t
      .http()
      .patch(`/api/v1/audit/${entry.id}`)
      .set(bearer(admin))
      .send({ action: 'nothing' })
      .expect(404);
    await t.http().delete(`/api/v1/audit/${entry.id}`).set(bearer(admin)).expect(404);
    await t.http().post('/api/v1/audit').set(bearer(admin)).send({ action: 'forged' }).expect(404);
  });

  it('keeps passwords, tokens and hashes out of the audit log and the logs', async () => {
    const password = 'Mật khẩu bí mật số 1';
    const newPassword = 'Mật khẩu bí mật số 2';
    const created = await t
      .http()
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({ email: 'bimat@talent.test', fullName: 'Người Bí Mật', password })
      .expect(201);
    await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'bimat@talent.test', password: 'sai mật khẩu rồi' })
      .expect(401);
    const first = await t.signIn('bimat@talent.test', password);
    const second = (
      await t.http().post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200)
    ).body;
    await t.http().post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
    const third = await t.signIn('bimat@talent.test', password);
    await t
      .http()
      .post('/api/v1/me/password')
      .set(bearer(third.accessToken))
      .send({ currentPassword: password, newPassword })
      .expect(204);
    const fourth = await t.signIn('bimat@talent.test', newPassword);
    await t.http().post('/api/v1/auth/logout').set(bearer(fourth.accessToken)).expect(204);
    await t
      .http()
      .patch(`/api/v1/users/${created.body.id}`)
      .set(bearer(admin))
      .send({ password: 'Mật khẩu do quản trị đặt' })
      .expect(200);

    const secrets = [
      password,
      newPassword,
      'Mật khẩu do quản trị đặt',
      'sai mật khẩu rồi',
      first.accessToken,
      first.refreshToken,
      second.accessToken,
      second.refreshToken,
      third.accessToken,
      third.refreshToken,
      fourth.accessToken,
      fourth.refreshToken,
      admin,
    ];
    const auditText = JSON.stringify(await t.dataSource.getRepository(AuditLogEntry).find());
    const logText = logLines.join('');
    expect(logText).toContain('"event":"login"');
    for (const secret of secrets) {
      expect(auditText.includes(secret)).toBe(false);
      expect(logText.includes(secret)).toBe(false);
    }
    expect(auditText).not.toContain('$argon2');
    expect(logText).not.toContain('$argon2');

    const passwordChanges = (await audit(`entity=user&entityId=${created.body.id}&action=password.change`))
      .body.items;
    expect(passwordChanges).toEqual([expect.objectContaining({ after: { password: '[redacted]' } })]);
  });
});
