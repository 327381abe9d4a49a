import { LoginAttempt } from '../src/auth/entities/login-attempt.entity';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Repeated failures make an account, or a client address, wait. The app trusts one proxy here, so each
 * test speaks from an address of its own through X-Forwarded-For.
 */
describe('login throttling', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { TRUST_PROXY_HOPS: '1', LOGIN_MAX_FAILURES_PER_ADDRESS: '8' } });
  });

  afterAll(() => t?.close());

  const login = (from: string, email: string, password: string) =>
    t.http().post('/api/v1/auth/login').set('X-Forwarded-For', from).send({ email, password });

  it('makes an account wait after 5 failures, even for the right password, and says how long', async () => {
    const user = await t.factories.user();
    for (let attempt = 1; attempt <= 5; attempt++)
      await login('10.0.0.1', user.email, 'wrong-password').expect(401);

    const throttled = await login('10.0.0.1', user.email, user.password).expect(429);
    expect(throttled.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(throttled.body.code).toBe('too_many_requests');
    const retryAfter = Number(throttled.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(901);
    // The account is throttled wherever the attempt comes from; other accounts are not.
    await login('10.0.0.2', user.email, user.password).expect(429);
    const other = await t.factories.user();
    await login('10.0.0.1', other.email, other.password).expect(200);
  });

  it('counts failures since the last success only', async () => {
    const user = await t.factories.user();
    for (let attempt = 1; attempt <= 4; attempt++)
      await login('10.0.1.1', user.email, 'wrong-password').expect(401);
    await login('10.0.1.1', user.email, user.password).expect(200);
    // From another address, which has its own (larger) allowance that a success does not reset.
    for (let attempt = 1; attempt <= 4; attempt++)
      await login('10.0.1.2', user.email, 'wrong-password').expect(401);
    await login('10.0.1.2', user.email, user.password).expect(200);
  });

  it('makes a client address wait after failing on many accounts', async () => {
    for (let attempt = 1; attempt <= 8; attempt++) {
      await login('10.0.2.1', `guess${attempt}@talent.test`, 'password-guess').expect(401);
    }
    const user = await t.factories.user();
    await login('10.0.2.1', user.email, user.password).expect(429);
    await login('10.0.2.2', user.email, user.password).expect(200);
  });

  it('records every attempt with its outcome and never the password', async () => {
    const user = await t.factories.user();
    await login('10.0.3.1', user.email, 'wrong-password').expect(401);
    await login('10.0.3.1', user.email, user.password).expect(200);
    const attempts = await t.dataSource
      .getRepository(LoginAttempt)
      .find({ where: { email: user.email }, order: { id: 'ASC' } });
    expect(
      attempts.map(({ outcome, clientAddress, userId }) => ({ outcome, clientAddress, userId })),
    ).toEqual([
      { outcome: 'failure', clientAddress: '10.0.3.1', userId: user.id },
      { outcome: 'success', clientAddress: '10.0.3.1', userId: user.id },
    ]);
    expect(JSON.stringify(attempts)).not.toContain(user.password);
  });
});
