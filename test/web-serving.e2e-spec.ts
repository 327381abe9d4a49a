import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp, type TestApp } from './support/test-app';
import { ensureWebBuild } from './support/web-build';

// The web app as the Nest process serves it, and the session cookie the web app signs in with.
describe('web app serving and web sessions', () => {
  let t: TestApp;

  beforeAll(async () => {
    await ensureWebBuild();
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers index.html, never cached, for the app’s paths and keeps the server’s own paths', async () => {
    for (const path of ['/', '/judging', '/judging/rounds/12', '/r/5', '/some/deep/path?x=1']) {
      const response = await t.http().get(path).expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.text).toContain('<div id="root"></div>');
    }
    const missing = await t.http().get('/api/v1/no-such-route').expect(404);
    expect(missing.headers['content-type']).toMatch(/problem\+json/);
    await t.http().get('/health/live').expect(200, { status: 'ok' });
    await t.http().get('/docs-json').expect(200);
    const docs = await t.http().get('/docs').redirects(1);
    expect(docs.status).toBe(200);
    expect(docs.text).toContain('swagger');
  });

  it('caches hashed assets for ever and allows only the app’s own scripts', async () => {
    const script = readdirSync(join(__dirname, '../dist/web/assets')).find((name) => name.endsWith('.js'))!;
    const response = await t.http().get(`/assets/${script}`).expect(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    await t.http().get('/assets/not-there-1234.js').expect(404);
    const csp = (await t.http().get('/')).headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("object-src 'none'");
  });

  describe('the web app’s session cookie', () => {
    const WEB = { 'X-Talent-Client': 'web' };
    const credentials = () => ({ email: t.config.admin.email, password: t.config.admin.password! });
    const refreshCookie = (headers: Record<string, unknown>) =>
      ([headers['set-cookie']].flat() as string[]).find((value) => value.startsWith('talent_refresh='));

    it('keeps the refresh token in an httpOnly, SameSite=Strict cookie scoped to the auth routes', async () => {
      const login = await t.http().post('/api/v1/auth/login').set(WEB).send(credentials()).expect(200);
      expect(login.body.accessToken).toEqual(expect.any(String));
      expect(login.body).not.toHaveProperty('refreshToken');
      const cookie = refreshCookie(login.headers)!;
      expect(cookie).toMatch(/; Path=\/api\/v1\/auth; Max-Age=2592000; HttpOnly; SameSite=Strict$/);

      const pair = cookie.split(';')[0];
      const refreshed = await t.http().post('/api/v1/auth/refresh').set(WEB).set('Cookie', pair).send({});
      expect(refreshed.status).toBe(200);
      expect(refreshed.body).not.toHaveProperty('refreshToken');
      const next = refreshCookie(refreshed.headers)!.split(';')[0];
      expect(next).not.toBe(pair);
      await t
        .http()
        .get('/api/v1/me')
        .set('Authorization', `Bearer ${refreshed.body.accessToken}`)
        .expect(200);

      // Without the web app's header the cookie does not count (a forged cross-site request cannot send it).
      await t.http().post('/api/v1/auth/refresh').set('Cookie', next).send({}).expect(400);
      // The spent cookie coming back ends the session, as a spent token in the body does.
      await t.http().post('/api/v1/auth/refresh').set(WEB).set('Cookie', pair).send({}).expect(401);
      await t.http().post('/api/v1/auth/refresh').set(WEB).set('Cookie', next).send({}).expect(401);
    });

    it('answers 401 without a cookie, and sign-out clears it', async () => {
      await t.http().post('/api/v1/auth/refresh').set(WEB).send({}).expect(401);
      const login = await t.http().post('/api/v1/auth/login').set(WEB).send(credentials()).expect(200);
      const logout = await t
        .http()
        .post('/api/v1/auth/logout')
        .set(WEB)
        .set('Authorization', `Bearer ${login.body.accessToken}`)
        .expect(204);
      expect(refreshCookie(logout.headers)).toMatch(/^talent_refresh=; Path=\/api\/v1\/auth; Max-Age=0;/);
      const pair = refreshCookie(login.headers)!.split(';')[0];
      await t.http().post('/api/v1/auth/refresh').set(WEB).set('Cookie', pair).send({}).expect(401);
    });

    it('marks the cookie Secure behind an HTTPS proxy that is trusted', async () => {
      const behindProxy = await createTestApp({ env: { TRUST_PROXY_HOPS: '1' } });
      try {
        const login = await behindProxy
          .http()
          .post('/api/v1/auth/login')
          .set(WEB)
          .set('X-Forwarded-Proto', 'https')
          .send({ email: behindProxy.config.admin.email, password: behindProxy.config.admin.password! })
          .expect(200);
        expect(refreshCookie(login.headers)).toMatch(/; SameSite=Strict; Secure$/);
      } finally {
        await behindProxy.close();
      }
    });

    it('still gives API clients the pair in the body', async () => {
      const login = await t.http().post('/api/v1/auth/login').send(credentials()).expect(200);
      expect(login.body.refreshToken).toEqual(expect.any(String));
      expect(login.headers['set-cookie']).toBeUndefined();
    });
  });
});
