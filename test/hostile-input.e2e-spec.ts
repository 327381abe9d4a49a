import { Organisation } from '../src/organisations/entities/organisation.entity';
import { bearer, createTestApp, TestApp } from './support/test-app';

const PROBLEM = /^application\/problem\+json/;

/**
 * Input an attacker sends to make the API fail, read the wrong record or store garbage: every one is
 * refused before any work with a 4xx naming what is wrong, and leaves the tables as they were.
 */
describe('hostile input', () => {
  let t: TestApp;
  let admin: string;
  let organiser: string;
  let organisation: Organisation;
  let participantId: number;
  let disciplineId: number;

  beforeAll(async () => {
    t = await createTestApp();
    organisation = await t.factories.organisation({ level: 'district' });
    const user = await t.factories.user({ roles: [{ role: 'organiser', organisationId: organisation.id }] });
    organiser = await t.login(user.email, user.password);
    admin = await t.adminToken();
    disciplineId = await t.factories.subDisciplineId();
    const created = await t
      .http()
      .post('/api/v1/participants')
      .set(bearer(organiser))
      .send({
        fullName: 'Đỗ Minh Quân',
        gender: 'male',
        dateOfBirth: '2012-05-06',
        organisationId: organisation.id,
      })
      .expect(201);
    participantId = created.body.id;
  });

  afterAll(() => t?.close());

  const TABLES = ['participants', 'participant_name_keys', 'clubs', 'localities', 'users', 'audit_log'];
  const snapshot = () =>
    Promise.all(TABLES.map((table) => t.dataSource.query(`CHECKSUM TABLE \`${table}\``)));

  /** Sends a raw request and expects it refused with `status`, the tables unchanged; returns the body. */
  const refused = async (
    status: number,
    method: 'get' | 'post' | 'patch' | 'delete',
    path: string,
    body?: string | object,
    token: string | null = organiser,
  ) => {
    const before = await snapshot();
    let request = t.http()[method](`/api/v1${path}`);
    if (token) request = request.set(bearer(token));
    if (typeof body === 'string') request = request.set('Content-Type', 'application/json').send(body);
    else if (body) request = request.send(body);
    const response = await request;
    expect({ path, status: response.status }).toEqual({ path, status });
    expect(response.headers['content-type']).toMatch(PROBLEM);
    expect(await snapshot()).toEqual(before);
    return response.body as { code: string; errors?: { path: string; message: string }[] };
  };
  const paths = (body: { errors?: { path: string }[] }) => (body.errors ?? []).map((error) => error.path);

  describe('JSON bodies', () => {
    const deep = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
    const deepList = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

    it('refuses a body nested 5,000 levels deep with 400 naming the body, before sign-in too', async () => {
      for (const body of [deep(5000), deepList(5000), `{"fullName":"x","guardian":${deep(70)}}`]) {
        const login = await refused(400, 'post', '/auth/login', body, null);
        expect(paths(login)).toEqual(['body']);
        expect(paths(await refused(400, 'post', '/participants', body))).toEqual(['body']);
      }
      // 64 levels is the limit: one less than that parses, and fails on its fields instead.
      const fine = await refused(400, 'post', '/participants', deep(63));
      expect(paths(fine)).not.toContain('body');
    });

    it('refuses a body over the size limit with 413 before parsing it', async () => {
      const huge = JSON.stringify({ fullName: 'x'.repeat(t.config.bodyLimitBytes) });
      const body = await refused(413, 'post', '/participants', huge);
      expect(body.code).toBe('payload_too_large');
    });

    it('names every __proto__, constructor and prototype key by its path', async () => {
      const base = `"fullName":"Lê Văn Tám","gender":"male","dateOfBirth":"2012-01-01","organisationId":${organisation.id}`;
      const proto = await refused(400, 'post', '/participants', `{${base},"__proto__":{"isAdmin":true}}`);
      expect(paths(proto)).toEqual(['__proto__']);
      const nested = await refused(
        400,
        'post',
        '/participants',
        `{${base},"disciplineIds":[{"constructor":{"prototype":{"x":1}}}]}`,
      );
      expect(paths(nested)).toEqual(['disciplineIds.0.constructor']);
      const login = await refused(400, 'post', '/auth/login', '{"email":"a@b.c","prototype":1}', null);
      expect(paths(login)).toEqual(['prototype']);
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    });
  });

  describe('numbers', () => {
    it('refuses a number no column can hold, naming the field', async () => {
      const club = {
        organisationId: organisation.id,
        name: 'CLB Cờ vua',
        kind: 'club',
        disciplineId,
      };
      for (const capacity of [1000000000000, 2147483648, 1e308]) {
        expect(paths(await refused(400, 'post', '/clubs', { ...club, capacity }))).toEqual(['capacity']);
      }
      const huge = await refused(400, 'post', '/participants', {
        fullName: 'Lê Văn Tám',
        gender: 'male',
        dateOfBirth: '2012-01-01',
        organisationId: 99999999999,
        disciplineIds: [1, -99999999999],
      });
      expect(paths(huge).sort()).toEqual(['disciplineIds.1', 'organisationId']);
    });
  });

  describe('path ids and query integers', () => {
    const coerced = [
      '0x1',
      '1e0',
      '+1',
      '%201',
      '1.0',
      '01',
      '-1',
      '0',
      '2147483648',
      '99999999999999999999',
      'abc',
      '1abc',
    ];

    it('reads a record only by its decimal id, refusing every other spelling with 400 naming the parameter', async () => {
      await t.http().get(`/api/v1/participants/${participantId}`).set(bearer(organiser)).expect(200);
      for (const id of [...coerced, participantId === 1 ? '0x01' : `0x${participantId.toString(16)}`]) {
        const body = await refused(400, 'get', `/participants/${id}`);
        expect(body.errors).toEqual([{ path: 'id', message: expect.stringMatching(/số nguyên dương/) }]);
      }
    });

    it('deletes nothing through a hexadecimal id', async () => {
      const [{ id }] = await t.dataSource.query<{ id: number }[]>('SELECT MAX(id) AS id FROM localities');
      const body = await refused(400, 'delete', `/localities/0x${id.toString(16)}`, undefined, admin);
      expect(paths(body)).toEqual(['id']);
    });

    it('reads query integers as strictly, naming the parameter', async () => {
      for (const value of ['0x1', '1e0', '+1', '1.0', '2147483648']) {
        const filter = await refused(400, 'get', `/participants?organisationId=${encodeURIComponent(value)}`);
        expect(paths(filter)).toContain('organisationId');
        expect(paths(await refused(400, 'get', `/participants?page=${encodeURIComponent(value)}`))).toContain(
          'page',
        );
      }
      const page = await t
        .http()
        .get(`/api/v1/participants?organisationId=${organisation.id}&page=1`)
        .set(bearer(organiser))
        .expect(200);
      expect(page.body.total).toBe(1);
      expect(paths(await refused(400, 'get', '/participants?constructor=1'))).toEqual(['constructor']);
    });
  });

  describe('text', () => {
    it('refuses control characters, lone surrogates and noncharacters, naming the field', async () => {
      const base = { gender: 'male', dateOfBirth: '2012-01-01', organisationId: organisation.id };
      for (const bad of ['\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\u009b', '\uffff']) {
        const body = await refused(400, 'post', '/participants', { ...base, fullName: `Lê${bad}Văn Tám` });
        expect(paths(body)).toEqual(['fullName']);
      }
      // A lone surrogate can only be written as a JSON escape.
      const surrogate = await refused(
        400,
        'post',
        '/participants',
        `{"fullName":"L\\ud800e","gender":"male","dateOfBirth":"2012-01-01","organisationId":${organisation.id}}`,
      );
      expect(paths(surrogate)).toEqual(['fullName']);
      expect(paths(await refused(400, 'get', `/participants?q=${encodeURIComponent('a\u0000')}`))).toEqual([
        'q',
      ]);
      // A key with a control character is named too.
      expect(paths(await refused(400, 'post', '/auth/login', { 'e\u0000mail': 'x' }, null))).toEqual([
        'e\u0000mail',
      ]);
    });
  });

  describe('official locality codes', () => {
    const commune = (overrides: Record<string, unknown>) => ({
      level: 'commune',
      kind: 'commune',
      name: 'Thử Nghiệm',
      ...overrides,
    });

    it('refuses the code of a unit valid at the same time, naming the code, and allows it for another period', async () => {
      const [current] = await t.dataSource.query<{ id: number; code: string; parent_id: number }[]>(
        `SELECT MIN(id) AS id, code, MIN(parent_id) AS parent_id FROM localities
          GROUP BY code HAVING COUNT(*) = 1 AND MIN(level) = 'commune' AND MAX(valid_to) IS NULL
                  AND MIN(valid_from) = '2025-07-01'
          ORDER BY code LIMIT 1`,
      );
      const parentId = current.parent_id;
      for (const period of [
        {},
        { validFrom: '2026-01-01' },
        { validFrom: '2020-01-01', validTo: '2025-07-01' },
      ]) {
        const body = await refused(
          400,
          'post',
          '/localities',
          commune({ parentId, code: current.code, ...period }),
          admin,
        );
        expect(paths(body)).toEqual(['code']);
      }
      // Before the current unit's period (it began on 1 July 2025), the code was free.
      await t
        .http()
        .post('/api/v1/localities')
        .set(bearer(admin))
        .send(commune({ parentId, code: current.code, validFrom: '2019-01-01', validTo: '2019-12-31' }))
        .expect(201);
      // Moving a unit onto a code in use is refused the same way.
      const other = await t
        .http()
        .post('/api/v1/localities')
        .set(bearer(admin))
        .send(commune({ parentId, code: '99999', validFrom: '2026-01-01' }))
        .expect(201);
      const move = await refused(400, 'patch', `/localities/${other.body.id}`, { code: current.code }, admin);
      expect(paths(move)).toEqual(['code']);
    });
  });
});
