import { SessionsService } from '../src/auth/sessions/sessions.service';
import { UsersService } from '../src/users/users.service';
import { appOnPrivateRedis, closeAppOnPrivateRedis, PrivateRedis } from './support/private-redis';
import { bearer, createTestApp, eventually, TestApp } from './support/test-app';

type Me = { fullName: string; roles: { role: string; organisation: { name: string } | null }[] };

/** Two API processes on one database and Redis, as behind a load balancer. */
async function twoProcesses(env: Record<string, string> = {}): Promise<[TestApp, TestApp]> {
  const a = await createTestApp({ env });
  const { user, password, host, port, name } = a.config.database;
  const credentials = password
    ? `${encodeURIComponent(user)}:${encodeURIComponent(password)}`
    : encodeURIComponent(user);
  const b = await createTestApp({
    env: {
      ...env,
      DATABASE_URL: `mysql://${credentials}@${host}:${port}/${name}`,
      QUEUE_PREFIX: a.config.queuePrefix,
    },
  });
  return [a, b];
}

/**
 * An authenticated request reads its session and roles from the process's memory, checked against one Redis
 * counter per account: these tests sign in on one process and change things through the other, and expect
 * the very next request to see the change.
 */
describe('signed-in sessions kept in memory', () => {
  let a: TestApp;
  let b: TestApp;
  let admin: string;
  let sessionReads: jest.SpyInstance;

  beforeAll(async () => {
    [a, b] = await twoProcesses();
    admin = await a.adminToken();
    sessionReads = jest.spyOn(b.app.get(SessionsService), 'openUntil');
  });

  afterAll(async () => {
    sessionReads?.mockRestore();
    await b?.app.close(); // the database and queue prefix are a's, dropped below
    await a?.close();
  });

  const coach = async () => {
    const organisation = await a.factories.organisation();
    const user = await a.factories.user({ roles: [{ role: 'coach', organisationId: organisation.id }] });
    return { organisation, user, token: await a.login(user.email, user.password) };
  };
  const meOn = (t: TestApp, token: string) => t.http().get('/api/v1/me').set(bearer(token));
  /** An administrator's edit through process a, at the record's current version. */
  const edit = async (path: string, changes: object) => {
    const { body } = await a.http().get(path).set(bearer(admin)).expect(200);
    await a
      .http()
      .patch(path)
      .set(bearer(admin))
      .send({ ...changes, version: body.version })
      .expect(200);
  };

  it('reads the session from the database once, then from memory', async () => {
    const { token } = await coach();
    sessionReads.mockClear();
    await meOn(b, token).expect(200);
    await meOn(b, token).expect(200);
    await meOn(b, token).expect(200);
    expect(sessionReads).toHaveBeenCalledTimes(1);
  });

  it('refuses a token on the next request to another process once its session was logged out', async () => {
    const { token } = await coach();
    await meOn(b, token).expect(200);
    await a.http().post('/api/v1/auth/logout').set(bearer(token)).expect(204);
    await meOn(b, token).expect(401);
  });

  it('refuses every session of an account disabled through another process', async () => {
    const { user, token } = await coach();
    await meOn(b, token).expect(200);
    await edit(`/api/v1/users/${user.id}`, { active: false });
    await meOn(b, token).expect(401);
  });

  it('shows a role granted or revoked through another process on the next request', async () => {
    const { user, organisation, token } = await coach();
    const other = await a.factories.organisation();
    const names = (me: Me) => me.roles.map((role) => role.organisation?.name).sort();
    expect(names((await meOn(b, token).expect(200)).body)).toEqual([organisation.name]);
    const granted = await a
      .http()
      .post(`/api/v1/users/${user.id}/roles`)
      .set(bearer(admin))
      .send({ role: 'coach', organisationId: other.id })
      .expect(201);
    expect(names((await meOn(b, token).expect(200)).body)).toEqual([organisation.name, other.name].sort());
    await a.http().delete(`/api/v1/users/${user.id}/roles/${granted.body.id}`).set(bearer(admin)).expect(204);
    expect(names((await meOn(b, token).expect(200)).body)).toEqual([organisation.name]);
  });

  it('shows an account renamed, and its organisation renamed, through another process', async () => {
    const { user, organisation, token } = await coach();
    await meOn(b, token).expect(200);
    await edit(`/api/v1/users/${user.id}`, { fullName: 'Nguyễn Thị Ánh Tuyết' });
    expect(((await meOn(b, token).expect(200)).body as Me).fullName).toBe('Nguyễn Thị Ánh Tuyết');

    await edit(`/api/v1/organisations/${organisation.id}`, { name: 'Đoàn phường Hồng Gai mới' });
    const me = (await meOn(b, token).expect(200)).body as Me;
    expect(me.roles[0].organisation?.name).toBe('Đoàn phường Hồng Gai mới');
  });
});

describe('signed-in sessions while Redis is down', () => {
  let redis: PrivateRedis;
  let t: TestApp;

  beforeAll(async () => {
    ({ redis, t } = await appOnPrivateRedis());
  });

  afterAll(() => closeAppOnPrivateRedis(t, redis));

  it('reads every request from the database, so a logout still takes effect at once', async () => {
    const organisation = await t.factories.organisation();
    const user = await t.factories.user({ roles: [{ role: 'coach', organisationId: organisation.id }] });
    const token = await t.login(user.email, user.password);
    const me = () => t.http().get('/api/v1/me').set(bearer(token));
    await me().expect(200); // kept while Redis answered

    await redis.stop();
    const reads = jest.spyOn(t.app.get(UsersService), 'activeUserRoles');
    await me().expect(200);
    await me().expect(200);
    expect(reads).toHaveBeenCalledTimes(2);
    reads.mockRestore();
    await t.http().post('/api/v1/auth/logout').set(bearer(token)).expect(204);
    await me().expect(401);

    // Back, and empty: what was kept before must not count, the session having ended meanwhile.
    await redis.start();
    await me().expect(401);
    // Let the queues reconnect before closing: workers close cleanly only once they have.
    await eventually(async () => (await t.http().get('/health/ready')).status === 200 || null);
  });
});
