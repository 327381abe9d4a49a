import jwt from 'jsonwebtoken';
import { AuthSession } from '../src/auth/entities/auth-session.entity';
import { bearer, createTestApp, TestApp } from './support/test-app';

/** Sign-in, tokens and sessions, including the ways they are attacked. */
describe('authentication', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t?.close());

  const me = (token: string) => t.http().get('/api/v1/me').set(bearer(token));
  const coach = async () => {
    const organisation = await t.factories.organisation();
    return t.factories.user({ roles: [{ role: 'coach', organisationId: organisation.id }] });
  };

  describe('POST /auth/login', () => {
    it('answers an access token, a refresh token and its lifetime', async () => {
      const user = await coach();
      const response = await t
        .http()
        .post('/api/v1/auth/login')
        .send({ email: user.email, password: user.password })
        .expect(200);
      expect(response.body).toEqual({
        accessToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
        refreshToken: expect.stringMatching(/^[\w-]{43}$/),
        expiresIn: 900,
        tokenType: 'Bearer',
      });
      const header = JSON.parse(Buffer.from(response.body.accessToken.split('.')[0], 'base64url').toString());
      expect(header.alg).toBe('HS256');
    });

    it('accepts the e-mail in any case', async () => {
      const user = await coach();
      await t
        .http()
        .post('/api/v1/auth/login')
        .send({ email: user.email.toUpperCase(), password: user.password })
        .expect(200);
    });

    it('answers the same 401 for an unknown e-mail and a wrong password', async () => {
      const user = await coach();
      const wrong = await t
        .http()
        .post('/api/v1/auth/login')
        .send({ email: user.email, password: 'not-the-password' })
        .expect(401);
      const unknown = await t
        .http()
        .post('/api/v1/auth/login')
        .send({ email: 'nobody@talent.test', password: 'whatever-1' })
        .expect(401);
      expect(wrong.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(wrong.body).toMatchObject({ code: 'invalid_credentials', title: 'Sai thông tin đăng nhập' });
      expect(unknown.body.detail).toBe(wrong.body.detail);
    });

    it('refuses fields it does not know, such as a role or an organisation', async () => {
      const user = await coach();
      const response = await t
        .http()
        .post('/api/v1/auth/login')
        .send({ email: user.email, password: user.password, role: 'admin', organisationId: 1 })
        .expect(400);
      expect(response.body.errors.map((error: { path: string }) => error.path).sort()).toEqual([
        'organisationId',
        'role',
      ]);
      expect(await t.dataSource.getRepository(AuthSession).countBy({ userId: user.id })).toBe(0);
    });
  });

  describe('GET /me', () => {
    it('shows the user and their roles with organisations', async () => {
      const organisation = await t.factories.organisation({ name: 'Đoàn phường Bãi Cháy' });
      const user = await t.factories.user({
        roles: [{ role: 'organiser', organisationId: organisation.id }],
      });
      const response = await me(await t.login(user.email, user.password)).expect(200);
      expect(response.body).toMatchObject({
        id: user.id,
        email: user.email,
        fullName: user.fullName,
        active: true,
        user: { id: user.id, email: user.email },
        roles: [
          {
            role: 'organiser',
            organisationId: organisation.id,
            organisation: {
              id: organisation.id,
              name: 'Đoàn phường Bãi Cháy',
              kind: 'youth_union',
              level: 'commune',
            },
          },
        ],
      });
      expect(JSON.stringify(response.body)).not.toMatch(/password|hash/i);
    });

    it('shows the administrator’s role as reaching everywhere', async () => {
      const response = await me(await t.adminToken()).expect(200);
      expect(response.body.roles).toEqual([
        expect.objectContaining({ role: 'admin', organisationId: null, organisation: null }),
      ]);
    });
  });

  describe('tokens that must be refused', () => {
    const secret = () => t.config.jwtSecret;
    const claims = (userId: number, sessionId: string) => ({
      typ: 'access',
      sid: sessionId,
      sub: String(userId),
    });
    const options = { audience: 'talent-api', issuer: 'talent', expiresIn: 600 } as const;
    let user: Awaited<ReturnType<typeof coach>>;
    let sessionId: string;

    beforeAll(async () => {
      user = await coach();
      const token = await t.login(user.email, user.password);
      sessionId = (jwt.decode(token) as { sid: string }).sid;
    });

    const refused = async (authorization: string | undefined, code = 'invalid_token') => {
      const request = t.http().get('/api/v1/me');
      if (authorization !== undefined) request.set('Authorization', authorization);
      const response = await request.expect(401);
      expect(response.body.code).toBe(code);
    };

    it('answers 401 without a token, or with another scheme', async () => {
      await refused(undefined, 'unauthorized');
      await refused(
        `Basic ${Buffer.from(`${user.email}:${user.password}`).toString('base64')}`,
        'unauthorized',
      );
    });

    it('refuses a malformed token', async () => {
      await refused('Bearer not.a.token');
      await refused('Bearer abc');
    });

    it('accepts a token we sign ourselves, as a control', async () => {
      await me(jwt.sign(claims(user.id, sessionId), secret(), { ...options, algorithm: 'HS256' })).expect(
        200,
      );
    });

    it('refuses a token signed with another secret (forged)', async () => {
      await refused(
        `Bearer ${jwt.sign(claims(user.id, sessionId), 'x'.repeat(40), { ...options, algorithm: 'HS256' })}`,
      );
    });

    it('refuses an expired token', async () => {
      const expired = jwt.sign(
        { ...claims(user.id, sessionId), exp: Math.floor(Date.now() / 1000) - 10 },
        secret(),
        {
          audience: 'talent-api',
          issuer: 'talent',
          algorithm: 'HS256',
        },
      );
      await refused(`Bearer ${expired}`);
    });

    it('refuses another audience, another issuer, another token type or another algorithm', async () => {
      await refused(
        `Bearer ${jwt.sign(claims(user.id, sessionId), secret(), { ...options, audience: 'other-api' })}`,
      );
      await refused(
        `Bearer ${jwt.sign(claims(user.id, sessionId), secret(), { ...options, issuer: 'someone' })}`,
      );
      await refused(
        `Bearer ${jwt.sign({ ...claims(user.id, sessionId), typ: 'refresh' }, secret(), options)}`,
      );
      await refused(
        `Bearer ${jwt.sign(claims(user.id, sessionId), secret(), { ...options, algorithm: 'HS512' })}`,
      );
    });

    it('refuses alg none', async () => {
      const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
      const now = Math.floor(Date.now() / 1000);
      const unsigned = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({
        ...claims(user.id, sessionId),
        aud: 'talent-api',
        iss: 'talent',
        iat: now,
        exp: now + 600,
      })}.`;
      await refused(`Bearer ${unsigned}`);
    });

    it('refuses a well-signed token naming another user’s session or no session', async () => {
      const other = await coach();
      await refused(`Bearer ${jwt.sign(claims(other.id, sessionId), secret(), options)}`);
      await refused(
        `Bearer ${jwt.sign(claims(user.id, '00000000-0000-0000-0000-000000000000'), secret(), options)}`,
      );
    });

    it('refuses a refresh token used as an access token', async () => {
      const { refreshToken } = await t.signIn(user.email, user.password);
      await refused(`Bearer ${refreshToken}`);
    });
  });

  describe('POST /auth/refresh', () => {
    const refresh = (refreshToken: string) => t.http().post('/api/v1/auth/refresh').send({ refreshToken });

    it('rotates: a new pair works, the old refresh token is spent', async () => {
      const user = await coach();
      const first = await t.signIn(user.email, user.password);
      const second = await refresh(first.refreshToken).expect(200);
      expect(second.body.refreshToken).not.toBe(first.refreshToken);
      await me(second.body.accessToken).expect(200);
      await refresh(second.body.refreshToken).expect(200);
    });

    it('ends the whole session when a spent refresh token comes back (it may have been stolen)', async () => {
      const user = await coach();
      const stolen = await t.signIn(user.email, user.password);
      const legitimate = (await refresh(stolen.refreshToken).expect(200)).body as {
        accessToken: string;
        refreshToken: string;
      };

      const reuse = await refresh(stolen.refreshToken).expect(401);
      expect(reuse.body.code).toBe('invalid_token');
      // Every token of the session is dead now, the legitimate holder's too; other sessions are not.
      await me(legitimate.accessToken).expect(401);
      await refresh(legitimate.refreshToken).expect(401);
      const other = await t.login(user.email, user.password);
      await me(other).expect(200);
    });

    it('refuses an unknown or malformed refresh token', async () => {
      await refresh('A'.repeat(43)).expect(401);
      await t.http().post('/api/v1/auth/refresh').send({}).expect(400);
      await t.http().post('/api/v1/auth/refresh').send({ refreshToken: 'x', userId: 1 }).expect(400);
    });
  });

  describe('ending sessions', () => {
    it('logout ends this session: its access and refresh tokens are refused, other sessions go on', async () => {
      const user = await coach();
      const kept = await t.signIn(user.email, user.password);
      const ended = await t.signIn(user.email, user.password);
      await t.http().post('/api/v1/auth/logout').set(bearer(ended.accessToken)).expect(204);
      await me(ended.accessToken).expect(401);
      await t.http().post('/api/v1/auth/refresh').send({ refreshToken: ended.refreshToken }).expect(401);
      await me(kept.accessToken).expect(200);
    });

    it('a password change ends every session and needs the current password', async () => {
      const user = await coach();
      const other = await t.signIn(user.email, user.password);
      const token = await t.login(user.email, user.password);
      const change = (body: object) => t.http().post('/api/v1/me/password').set(bearer(token)).send(body);

      const wrong = await change({
        currentPassword: 'not-it',
        newPassword: 'Một mật khẩu rất dài 2026',
      }).expect(400);
      expect(wrong.body.errors).toEqual([{ path: 'currentPassword', message: 'không đúng' }]);
      const common = await change({ currentPassword: user.password, newPassword: 'password1' }).expect(400);
      expect(common.body.errors[0].path).toBe('newPassword');
      const short = await change({ currentPassword: user.password, newPassword: 'short' }).expect(400);
      expect(short.body.errors[0]).toEqual({ path: 'newPassword', message: 'phải có ít nhất 8 ký tự' });
      await me(token).expect(200);

      await change({ currentPassword: user.password, newPassword: 'Một mật khẩu rất dài 2026' }).expect(204);
      await me(token).expect(401);
      await me(other.accessToken).expect(401);
      await t.http().post('/api/v1/auth/refresh').send({ refreshToken: other.refreshToken }).expect(401);
      await t
        .http()
        .post('/api/v1/auth/login')
        .send({ email: user.email, password: user.password })
        .expect(401);
      await me(await t.login(user.email, 'Một mật khẩu rất dài 2026')).expect(200);
    });

    it('disabling an account refuses its still-valid tokens at once, and its sign-in', async () => {
      const user = await coach();
      const { accessToken, refreshToken } = await t.signIn(user.email, user.password);
      await me(accessToken).expect(200);
      await t
        .http()
        .patch(`/api/v1/users/${user.id}`)
        .set(bearer(await t.adminToken()))
        .send({ active: false })
        .expect(200);
      await me(accessToken).expect(401);
      await t.http().post('/api/v1/auth/refresh').send({ refreshToken }).expect(401);
      await t
        .http()
        .post('/api/v1/auth/login')
        .send({ email: user.email, password: user.password })
        .expect(401);
    });
  });
});
