import { ProbeModule } from './support/probe.module';
import { createTestApp, TestApp } from './support/test-app';

const PROBLEM = 'application/problem+json; charset=utf-8';

describe('HTTP platform', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      imports: [ProbeModule],
      env: { BODY_LIMIT_BYTES: '2048', CORS_ORIGINS: 'https://talent.example.org' },
    });
  });

  afterAll(() => t?.close());

  describe('health and documentation', () => {
    it('answers /health/live outside the API prefix', async () => {
      const response = await t.http().get('/health/live').expect(200);
      expect(response.body).toEqual({ status: 'ok' });
    });

    it('reports the database and Redis on /health/ready', async () => {
      const response = await t.http().get('/health/ready').expect(200);
      expect(response.body).toMatchObject({
        status: 'ok',
        checks: { database: { status: 'up' }, redis: { status: 'up' } },
      });
    });

    it('serves the OpenAPI document, with the route contract, and its UI', async () => {
      const json = await t.http().get('/docs-json').expect(200);
      expect(json.body.openapi).toMatch(/^3\./);
      const routes = Object.entries(json.body.paths as Record<string, object>).flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
      );
      expect(routes).toEqual(
        expect.arrayContaining([
          'GET /health/live',
          'GET /health/ready',
          'POST /api/v1/auth/login',
          'POST /api/v1/auth/refresh',
          'POST /api/v1/auth/logout',
          'GET /api/v1/me',
          'GET /api/v1/users',
          'POST /api/v1/users',
          'GET /api/v1/users/{id}',
          'PATCH /api/v1/users/{id}',
          'POST /api/v1/users/{id}/roles',
          'DELETE /api/v1/users/{id}/roles/{roleId}',
          'GET /api/v1/localities',
          'POST /api/v1/localities',
          'GET /api/v1/localities/{id}',
          'PATCH /api/v1/localities/{id}',
          'GET /api/v1/organisations',
          'POST /api/v1/organisations',
          'GET /api/v1/organisations/{id}',
          'PATCH /api/v1/organisations/{id}',
          'GET /api/v1/audit',
          'GET /api/v1/disciplines',
          'POST /api/v1/disciplines',
          'GET /api/v1/participants',
          'POST /api/v1/participants',
          'GET /api/v1/participants/{id}',
          'PATCH /api/v1/participants/{id}',
          'POST /api/v1/participants/{id}/consents',
          'GET /api/v1/participants/{id}/export',
          'POST /api/v1/participants/{id}/anonymise',
          'POST /api/v1/imports/participants',
          'GET /api/v1/imports/{id}',
          'GET /api/v1/clubs',
          'POST /api/v1/clubs',
          'GET /api/v1/clubs/{id}',
          'PATCH /api/v1/clubs/{id}',
          'POST /api/v1/clubs/{id}/coaches',
          'GET /api/v1/clubs/{id}/members',
          'POST /api/v1/clubs/{id}/members',
          'GET /api/v1/clubs/{id}/sessions',
          'POST /api/v1/clubs/{id}/sessions',
          'PUT /api/v1/sessions/{id}/attendance',
          'GET /api/v1/assessment-rubrics',
          'POST /api/v1/assessment-rubrics',
          'POST /api/v1/assessments',
          'GET /api/v1/me/trainees',
          'GET /api/v1/participants/{id}/progress',
          'GET /api/v1/events',
          'POST /api/v1/events',
          'GET /api/v1/events/{id}',
          'PATCH /api/v1/events/{id}',
          'POST /api/v1/events/{id}/transitions',
          'GET /api/v1/events/{id}/categories',
          'POST /api/v1/events/{id}/categories',
          'GET /api/v1/categories/{id}/rounds',
          'POST /api/v1/categories/{id}/rounds',
          'GET /api/v1/categories/{id}/entries',
          'POST /api/v1/categories/{id}/entries',
          'PATCH /api/v1/entries/{id}',
          'GET /api/v1/rounds/{id}/panel',
          'PUT /api/v1/rounds/{id}/panel',
          'GET /api/v1/rounds/{id}/sheet',
          'PUT /api/v1/rounds/{id}/scores',
          'POST /api/v1/rounds/{id}/sheet/submit',
          'POST /api/v1/rounds/{id}/lock',
          'POST /api/v1/rounds/{id}/unlock',
          'POST /api/v1/rounds/{id}/corrections',
          'GET /api/v1/rounds/{id}/results',
          'POST /api/v1/rounds/{id}/publish',
          'POST /api/v1/rounds/{id}/advance',
          'GET /api/v1/public/rounds/{id}/results',
        ]),
      );
      const ui = await t.http().get('/docs').expect(200);
      expect(ui.headers['content-type']).toMatch(/text\/html/);
    });
  });

  describe('errors as problem+json', () => {
    it('answers an unknown route with 404 in Vietnamese by default', async () => {
      const response = await t.http().get('/api/v1/no-such-thing?q=Nguyễn').expect(404);
      expect(response.headers['content-type']).toBe(PROBLEM);
      expect(response.body).toEqual({
        type: '/problems/not-found',
        title: 'Không tìm thấy',
        status: 404,
        detail: 'Không tìm thấy tài nguyên được yêu cầu.',
        instance: '/api/v1/no-such-thing',
        code: 'not_found',
        requestId: response.headers['x-request-id'],
      });
    });

    it('answers in English when the caller prefers it', async () => {
      const response = await t
        .http()
        .get('/api/v1/no-such-thing')
        .set('Accept-Language', 'en-GB,en;q=0.9,vi;q=0.5')
        .expect(404);
      expect(response.body).toMatchObject({
        title: 'Not found',
        detail: 'The requested resource does not exist.',
      });
    });

    it('names every invalid field, nested and listed ones included, and refuses unknown fields', async () => {
      const response = await t
        .http()
        .post('/api/v1/probe/echo')
        .send({
          fullName: '',
          age: 3,
          kind: 'band',
          guardian: { name: 'Trần Thị Lan', phone: '12345' },
          scores: [9.5, 'x'],
          extra: 1,
        })
        .expect(400);
      expect(response.headers['content-type']).toBe(PROBLEM);
      expect(response.body).toMatchObject({
        status: 400,
        code: 'validation_failed',
        title: 'Dữ liệu không hợp lệ',
      });
      expect(response.body.errors).toEqual(
        expect.arrayContaining([
          { path: 'fullName', message: 'không được để trống' },
          { path: 'age', message: 'phải lớn hơn hoặc bằng 4' },
          { path: 'kind', message: 'phải là một trong các giá trị: club, team, group' },
          { path: 'guardian.phone', message: 'không đúng định dạng' },
          { path: 'scores', message: 'phải là số' },
          { path: 'extra', message: 'không phải là trường được phép' },
        ]),
      );
      expect(response.body.detail).toBe(`Có ${response.body.errors.length} lỗi trong dữ liệu gửi lên.`);
    });

    it('words validation messages in English on request', async () => {
      const response = await t
        .http()
        .post('/api/v1/probe/echo')
        .set('Accept-Language', 'en')
        .send({ fullName: 'Nguyễn Văn An', age: 31, kind: 'club' })
        .expect(400);
      expect(response.body.errors).toEqual([{ path: 'age', message: 'must be at most 30' }]);
    });

    it('validates query strings, converting them to numbers first', async () => {
      await t.http().get('/api/v1/probe/page?page=2').expect(200, { page: 2 });
      const response = await t.http().get('/api/v1/probe/page?page=zero').expect(400);
      expect(response.body.errors).toEqual(
        expect.arrayContaining([{ path: 'page', message: 'phải là số nguyên' }]),
      );
    });

    it('answers malformed JSON with 400, an oversized body with 413 and another media type with 415', async () => {
      const malformed = await t
        .http()
        .post('/api/v1/probe/echo')
        .set('Content-Type', 'application/json')
        .send('{"fullName":')
        .expect(400);
      expect(malformed.body).toMatchObject({ code: 'bad_request', status: 400 });

      const big = await t
        .http()
        .post('/api/v1/probe/echo')
        .send({ fullName: 'x'.repeat(4096), age: 10, kind: 'club' })
        .expect(413);
      expect(big.headers['content-type']).toBe(PROBLEM);
      expect(big.body).toMatchObject({ code: 'payload_too_large' });

      const xml = await t
        .http()
        .post('/api/v1/probe/echo')
        .set('Content-Type', 'application/xml')
        .send('<a/>')
        .expect(415);
      expect(xml.body).toMatchObject({ code: 'unsupported_media_type' });
    });

    it('answers an unexpected failure with 500 and the request id, without internals', async () => {
      const response = await t.http().get('/api/v1/probe/boom').set('X-Request-Id', 'trace-42').expect(500);
      expect(response.body).toMatchObject({ code: 'internal_error', requestId: 'trace-42' });
      expect(response.body.detail).toContain('trace-42');
      expect(JSON.stringify(response.body)).not.toMatch(/internal detail|\.ts:\d+/);
    });

    it('answers 503 with a retry hint when the database or Redis cannot be reached', async () => {
      const database = await t.http().get('/api/v1/probe/database-down').expect(503);
      expect(database.headers['retry-after']).toBe('5');
      expect(database.body).toMatchObject({
        code: 'service_unavailable',
        detail: expect.stringContaining('cơ sở dữ liệu'),
      });

      const redis = await t.http().get('/api/v1/probe/redis-down').set('Accept-Language', 'en').expect(503);
      expect(redis.body.detail).toContain('job queue (Redis)');
    });
  });

  describe('requests', () => {
    it('stores text in Unicode NFC whatever form it was typed in', async () => {
      const decomposed = 'Nguyễn Thị Ánh'.normalize('NFD');
      const response = await t
        .http()
        .post('/api/v1/probe/echo')
        .send({ fullName: decomposed, age: 12, kind: 'club' })
        .expect(201);
      expect(response.body.fullName).toBe('Nguyễn Thị Ánh'.normalize('NFC'));
      expect(response.body.fullName).not.toBe(decomposed);
    });

    it('keeps a well-formed request id and replaces a malformed one', async () => {
      const kept = await t.http().get('/health/live').set('X-Request-Id', 'abc-123').expect(200);
      expect(kept.headers['x-request-id']).toBe('abc-123');
      const replaced = await t
        .http()
        .get('/health/live')
        .set('X-Request-Id', 'bad id; drop table')
        .expect(200);
      expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('sends security headers', async () => {
      const response = await t.http().get('/health/live').expect(200);
      expect(response.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
      });
    });

    it('allows browser calls only from the configured origins', async () => {
      const allowed = await t
        .http()
        .options('/api/v1/probe/echo')
        .set('Origin', 'https://talent.example.org')
        .set('Access-Control-Request-Method', 'POST');
      expect(allowed.headers['access-control-allow-origin']).toBe('https://talent.example.org');
      const other = await t
        .http()
        .options('/api/v1/probe/echo')
        .set('Origin', 'https://evil.example.com')
        .set('Access-Control-Request-Method', 'POST');
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    });
  });
});
