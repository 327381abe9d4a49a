import { DisciplinesService } from '../src/disciplines/disciplines.service';
import { bearer, createTestApp, TestApp } from './support/test-app';

const PROBLEM = 'application/problem+json; charset=utf-8';
const API = '/api/v1/disciplines';
const ITEM_KEYS = ['active', 'code', 'id', 'kind', 'name', 'parentId', 'version'];

/** The seeded fields, in the order of the database's accent-insensitive collation (Múa before Mỹ thuật). */
const FIELD_NAMES = [
  'Âm nhạc',
  'Khoa học và công nghệ',
  'Múa',
  'Mỹ thuật',
  'Ngoại ngữ',
  'Sân khấu và dẫn chương trình',
  'Thể thao',
  'Văn học',
];
const MUSIC_DISCIPLINES = ['Guitar', 'Nhạc cụ dân tộc', 'Organ', 'Piano', 'Thanh nhạc', 'Violin'];
const SEEDED_COUNT = 8 + 6 + 2 + 5;

/** The `path` of each invalid field named by a 400 problem document. */
function errorPaths(body: unknown): string[] {
  return (body as { errors: { path: string }[] }).errors.map((error) => error.path);
}

interface DisciplineView {
  id: number;
  parentId: number | null;
  code: string;
  name: string;
  kind: 'field' | 'discipline';
  active: boolean;
  version: number;
}

interface DisciplineDetail extends DisciplineView {
  children: DisciplineView[];
}

interface DisciplinePage {
  items: DisciplineView[];
  total: number;
  page: number;
  pageSize: number;
}

/** Fields and disciplines as seeded by migrations/1795740793473-SeedDisciplines.ts. */
describe('disciplines (/api/v1/disciplines)', () => {
  let t: TestApp;
  let admin: string;
  let adminId: number;
  let organiser: string;
  let viewer: string;
  let music: DisciplineView;
  let sports: DisciplineView;
  let piano: DisciplineView;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.adminToken();
    adminId = (await t.http().get('/api/v1/me').set(bearer(admin)).expect(200)).body.id as number;
    const root = await t.factories.rootOrganisation();
    const unit = await t.factories.organisation();
    const organiserUser = await t.factories.user({ roles: [{ role: 'organiser', organisationId: root.id }] });
    const viewerUser = await t.factories.user({ roles: [{ role: 'viewer', organisationId: unit.id }] });
    organiser = await t.login(organiserUser.email, organiserUser.password);
    viewer = await t.login(viewerUser.email, viewerUser.password);

    const fields = (await list({ kind: 'field' })).items;
    music = fields.find((field) => field.code === 'MUSIC')!;
    sports = fields.find((field) => field.code === 'SPORTS')!;
    piano = (await list({ parentId: music.id, q: 'piano' })).items[0];
  });

  afterAll(() => t?.close());

  async function list(query: Record<string, string | number>, token = admin): Promise<DisciplinePage> {
    const response = await t.http().get(API).query(query).set(bearer(token)).expect(200);
    return response.body as DisciplinePage;
  }

  async function detail(id: number): Promise<DisciplineDetail> {
    return (await t.http().get(`${API}/${id}`).set(bearer(admin)).expect(200)).body as DisciplineDetail;
  }

  async function count(): Promise<number> {
    return (await list({ pageSize: 1 })).total;
  }

  async function auditOf(id: number) {
    const response = await t
      .http()
      .get('/api/v1/audit')
      .query({ entity: 'discipline', entityId: String(id) })
      .set(bearer(admin))
      .expect(200);
    return response.body as {
      total: number;
      items: {
        actorId: number | null;
        action: string;
        entityType: string;
        entityId: string;
        before: Record<string, unknown> | null;
        after: Record<string, unknown> | null;
      }[];
    };
  }

  let next = 0;
  /** Creates a discipline under a field (Sports unless told) as the admin. */
  async function createDiscipline(overrides: Record<string, unknown> = {}): Promise<DisciplineDetail> {
    next += 1;
    const response = await t
      .http()
      .post(API)
      .set(bearer(admin))
      .send({ parentId: sports.id, code: `TEST_${next}`, name: `Môn thử ${next}`, ...overrides })
      .expect(201);
    return response.body as DisciplineDetail;
  }

  describe('reading', () => {
    it('lets every signed-in role (admin, organiser, viewer) read the list and one discipline', async () => {
      for (const token of [admin, organiser, viewer]) {
        expect((await list({}, token)).total).toBeGreaterThanOrEqual(SEEDED_COUNT);
        const one = await t.http().get(`${API}/${piano.id}`).set(bearer(token)).expect(200);
        expect(one.body).toMatchObject({ id: piano.id, code: 'MUSIC.PIANO', name: 'Piano' });
      }
    });

    it('answers 401 problem+json without a token, on the list and on one discipline', async () => {
      for (const path of [API, `${API}/${piano.id}`]) {
        const response = await t.http().get(path).expect(401);
        expect(response.headers['content-type']).toBe(PROBLEM);
        expect(response.body).toMatchObject({ status: 401, code: 'unauthorized' });
      }
    });

    it('lists the 8 seeded fields by name, active, at version 1, in a default page of up to 200', async () => {
      const page = await list({ kind: 'field' });
      expect(page).toMatchObject({ total: 8, page: 1, pageSize: 200 });
      expect(page.items.map((field) => field.name)).toEqual(FIELD_NAMES);
      for (const field of page.items) {
        expect(Object.keys(field).sort()).toEqual(ITEM_KEYS);
        expect(field).toMatchObject({ parentId: null, kind: 'field', active: true, version: 1 });
      }
      expect(page.items[0]).toEqual({
        id: music.id,
        parentId: null,
        code: 'MUSIC',
        name: 'Âm nhạc',
        kind: 'field',
        active: true,
        version: 1,
      });
    });

    it('lists each field, then its disciplines by name, in the database’s accent-insensitive order', async () => {
      const page = await list({ pageSize: SEEDED_COUNT });
      expect(page.total).toBe(SEEDED_COUNT);
      expect(page.items.map((item) => item.code)).toEqual([
        'MUSIC',
        'MUSIC.GUITAR',
        'MUSIC.TRADITIONAL',
        'MUSIC.ORGAN',
        'MUSIC.PIANO',
        'MUSIC.VOCAL',
        'MUSIC.VIOLIN',
        'SCIENCE',
        'SCIENCE.PROGRAMMING',
        'SCIENCE.ROBOTICS',
        'DANCE',
        'FINE_ARTS',
        'LANGUAGES',
        'THEATRE',
        'SPORTS',
        'SPORTS.SWIMMING',
        'SPORTS.FOOTBALL',
        'SPORTS.CHESS',
        'SPORTS.ATHLETICS',
        'SPORTS.VOVINAM',
        'LITERATURE',
      ]);
      expect(page.items.slice(1, 7).map((item) => item.name)).toEqual(MUSIC_DISCIPLINES);
      for (const item of page.items.slice(1, 7))
        expect(item).toMatchObject({ parentId: music.id, kind: 'discipline' });
    });

    it('pages through the same order', async () => {
      const all = (await list({ pageSize: SEEDED_COUNT })).items.map((item) => item.id);
      const second = await list({ page: 2, pageSize: 5 });
      expect(second).toMatchObject({ total: SEEDED_COUNT, page: 2, pageSize: 5 });
      expect(second.items.map((item) => item.id)).toEqual(all.slice(5, 10));
    });

    it('filters by parentId, kind and active', async () => {
      const ofMusic = await list({ parentId: music.id });
      expect(ofMusic.total).toBe(6);
      expect(ofMusic.items.map((item) => item.name)).toEqual(MUSIC_DISCIPLINES);
      expect((await list({ kind: 'discipline', pageSize: 200 })).items.every((item) => item.parentId)).toBe(
        true,
      );
      const inactive = await createDiscipline({ name: 'Bóng bàn', active: false });
      const onlyInactive = await list({ active: 'false' });
      expect(onlyInactive.items.map((item) => item.id)).toContain(inactive.id);
      expect(onlyInactive.items.every((item) => !item.active)).toBe(true);
      const active = await list({ active: 'true', parentId: sports.id });
      expect(active.items.map((item) => item.id)).not.toContain(inactive.id);
      expect(active.items.every((item) => item.active)).toBe(true);
    });

    it('searches the start of any word of the name without diacritics', async () => {
      for (const q of ['co vua', 'CỜ VUA', 'vua']) {
        const page = await list({ q });
        expect(page.items.map((item) => item.name)).toEqual(['Cờ vua']);
      }
      expect((await list({ q: 'dien' })).items.map((item) => item.name)).toEqual(['Điền kinh']);
      // "ua" starts no word: not inside "vua" nor "Múa".
      expect((await list({ q: 'ua' })).total).toBe(0);
      // Fields match too, and are listed before the disciplines they hold.
      expect((await list({ q: 'nhac' })).items.map((item) => item.name)).toEqual([
        'Âm nhạc',
        'Nhạc cụ dân tộc',
        'Thanh nhạc',
      ]);
    });

    it('answers 400 naming the filter for a bad kind, active or parentId', async () => {
      for (const [query, path] of [
        [{ kind: 'sport' }, 'kind'],
        [{ active: 'yes' }, 'active'],
        [{ parentId: 'x' }, 'parentId'],
        [{ pageSize: 201 }, 'pageSize'],
      ] as const) {
        const response = await t.http().get(API).query(query).set(bearer(admin)).expect(400);
        expect(response.headers['content-type']).toBe(PROBLEM);
        expect([...new Set(errorPaths(response.body))]).toEqual([path]);
      }
    });

    it('shows a field with its disciplines by name, and a discipline with none', async () => {
      const field = await detail(music.id);
      expect(field).toEqual({ ...music, children: expect.any(Array) });
      expect(field.children.map((child) => child.name)).toEqual(MUSIC_DISCIPLINES);
      expect(field.children.find((child) => child.id === piano.id)).toEqual(piano);
      for (const child of field.children) expect(Object.keys(child).sort()).toEqual(ITEM_KEYS);

      expect(await detail(piano.id)).toEqual({
        id: piano.id,
        parentId: music.id,
        code: 'MUSIC.PIANO',
        name: 'Piano',
        kind: 'discipline',
        active: true,
        version: 1,
        children: [],
      });
    });

    it('answers 404 problem+json for an unknown id', async () => {
      const response = await t.http().get(`${API}/999999`).set(bearer(admin)).expect(404);
      expect(response.headers['content-type']).toBe(PROBLEM);
      expect(response.body.code).toBe('not_found');
    });
  });

  describe('writing (admins only)', () => {
    it('refuses organisers and viewers 403 on POST and PATCH, and changes nothing', async () => {
      const target = await createDiscipline();
      const before = await count();
      for (const token of [organiser, viewer]) {
        const created = await t
          .http()
          .post(API)
          .set(bearer(token))
          .send({ parentId: music.id, code: 'HARP', name: 'Đàn hạc' })
          .expect(403);
        expect(created.headers['content-type']).toBe(PROBLEM);
        expect(created.body.code).toBe('forbidden');
        await t.http().post(API).set(bearer(token)).send({ code: 'CRAFTS', name: 'Thủ công' }).expect(403);
        const patched = await t
          .http()
          .patch(`${API}/${target.id}`)
          .set(bearer(token))
          .send({ name: 'Đổi tên', active: false, version: target.version })
          .expect(403);
        expect(patched.body.code).toBe('forbidden');
        await t.http().patch(`${API}/${piano.id}`).set(bearer(token)).send({ active: false }).expect(403);
      }
      expect(await count()).toBe(before);
      expect(await detail(target.id)).toEqual(target);
      expect(await detail(piano.id)).toMatchObject({ active: true, version: 1 });
      expect((await list({ q: 'dan hac' })).total).toBe(0);
      expect((await auditOf(target.id)).items.map((entry) => entry.action)).toEqual(['create']);
      expect((await auditOf(piano.id)).total).toBe(0);
    });

    it('creates a discipline from a short code, prefixed with its field’s (201), audited', async () => {
      const before = await count();
      const response = await t
        .http()
        .post(API)
        .set(bearer(admin))
        .send({ parentId: music.id, code: 'HARP', name: 'Đàn hạc' })
        .expect(201);
      const created = response.body as DisciplineDetail;
      expect(created).toEqual({
        id: expect.any(Number),
        parentId: music.id,
        code: 'MUSIC.HARP',
        name: 'Đàn hạc',
        kind: 'discipline',
        active: true,
        version: 1,
        children: [],
      });
      expect(await count()).toBe(before + 1);
      expect(await detail(created.id)).toEqual(created);
      // đ sorts as d: Đàn hạc comes first among the disciplines of music.
      expect((await detail(music.id)).children.map((child) => child.name)).toEqual([
        'Đàn hạc',
        ...MUSIC_DISCIPLINES,
      ]);

      const audit = await auditOf(created.id);
      expect(audit.items).toEqual([
        expect.objectContaining({
          action: 'create',
          actorId: adminId,
          entityType: 'discipline',
          entityId: String(created.id),
          before: null,
          after: {
            id: created.id,
            parentId: music.id,
            code: 'MUSIC.HARP',
            name: 'Đàn hạc',
            kind: 'discipline',
            active: true,
            version: 1,
          },
        }),
      ]);
    });

    it('creates a discipline from its full dotted code', async () => {
      const created = await createDiscipline({ code: 'SPORTS.BADMINTON', name: 'Cầu lông' });
      expect(created).toMatchObject({ parentId: sports.id, code: 'SPORTS.BADMINTON', kind: 'discipline' });
    });

    it('creates a field (no parent), inactive when asked, then a discipline under it', async () => {
      const field = (
        await t
          .http()
          .post(API)
          .set(bearer(admin))
          .send({ code: 'CRAFTS', name: 'Thủ công', active: false })
          .expect(201)
      ).body as DisciplineDetail;
      expect(field).toEqual({
        id: expect.any(Number),
        parentId: null,
        code: 'CRAFTS',
        name: 'Thủ công',
        kind: 'field',
        active: false,
        version: 1,
        children: [],
      });
      const pottery = await createDiscipline({ parentId: field.id, code: 'POTTERY', name: 'Gốm' });
      expect(pottery.code).toBe('CRAFTS.POTTERY');
      expect((await detail(field.id)).children).toEqual([
        expect.objectContaining({ id: pottery.id, name: 'Gốm', code: 'CRAFTS.POTTERY' }),
      ]);
      expect((await auditOf(field.id)).items.map((entry) => entry.action)).toEqual(['create']);
    });

    describe('refuses what cannot be, and creates nothing', () => {
      it.each([
        ['a lower-case code', 400, 'code', () => ({ parentId: music.id, code: 'harp', name: 'Đàn hạc' })],
        ['a code with a space', 400, 'code', () => ({ parentId: music.id, code: 'HA RP', name: 'Đàn hạc' })],
        ['a code with a hyphen', 400, 'code', () => ({ parentId: music.id, code: 'HA-RP', name: 'Đàn hạc' })],
        ['a code of two dots', 400, 'code', () => ({ parentId: music.id, code: 'MUSIC.X.Y', name: 'X' })],
        [
          'a dotted code of another field',
          400,
          'code',
          () => ({ parentId: music.id, code: 'SPORTS.HARP', name: 'Đàn hạc' }),
        ],
        ['a field with a dotted code', 400, 'code', () => ({ code: 'CRAFTS.X', name: 'Thủ công' })],
        [
          'a code longer than 40 characters with its field’s',
          400,
          'code',
          () => ({ parentId: music.id, code: 'A'.repeat(35), name: 'Dài' }),
        ],
        ['no code', 400, 'code', () => ({ parentId: music.id, name: 'Đàn hạc' })],
        ['an empty name', 400, 'name', () => ({ parentId: music.id, code: 'HARP2', name: '  ' })],
        ['an unknown kind', 400, 'kind', () => ({ parentId: music.id, code: 'HARP2', name: 'X', kind: 'x' })],
        [
          'a discipline under a discipline',
          400,
          'parentId',
          () => ({ parentId: piano.id, code: 'GRAND', name: 'Đại dương cầm' }),
        ],
        [
          'a field with a parent',
          400,
          'parentId',
          () => ({ parentId: music.id, code: 'CRAFTS2', name: 'Thủ công', kind: 'field' }),
        ],
        [
          'a discipline without a parent',
          400,
          'parentId',
          () => ({ code: 'HARP2', name: 'X', kind: 'discipline' }),
        ],
        ['an unknown field', 400, 'sortOrder', () => ({ code: 'CRAFTS2', name: 'Thủ công', sortOrder: 1 })],
        ['an existing code', 409, null, () => ({ parentId: music.id, code: 'PIANO', name: 'Dương cầm' })],
        [
          'an existing dotted code',
          409,
          null,
          () => ({ parentId: music.id, code: 'MUSIC.PIANO', name: 'Dương cầm' }),
        ],
        ['an existing field code', 409, null, () => ({ code: 'MUSIC', name: 'Âm nhạc 2' })],
        ['an unknown parent', 404, null, () => ({ parentId: 999999, code: 'HARP2', name: 'X' })],
      ])('%s: %i', async (_case, status, path, body) => {
        const before = await count();
        const response = await t.http().post(API).set(bearer(admin)).send(body()).expect(status);
        expect(response.headers['content-type']).toBe(PROBLEM);
        if (path) {
          expect(response.body.code).toBe('validation_failed');
          expect([...new Set(errorPaths(response.body))]).toEqual([path]);
        } else {
          expect(response.body.code).toBe(status === 409 ? 'conflict' : 'not_found');
        }
        expect(await count()).toBe(before);
      });

      it('says which code is taken, in English when asked', async () => {
        const response = await t
          .http()
          .post(API)
          .set(bearer(admin))
          .set('Accept-Language', 'en')
          .send({ parentId: music.id, code: 'PIANO', name: 'Dương cầm' })
          .expect(409);
        expect(response.body.detail).toContain('MUSIC.PIANO');
      });
    });

    describe('PATCH', () => {
      it('renames a discipline (version 2), audited with the changed field only', async () => {
        const created = await createDiscipline({ name: 'Cầu mây' });
        const response = await t
          .http()
          .patch(`${API}/${created.id}`)
          .set(bearer(admin))
          .send({ name: ' Cầu mây nghệ thuật ', version: 1 })
          .expect(200);
        expect(response.body).toEqual({ ...created, name: 'Cầu mây nghệ thuật', version: 2 });
        expect(await detail(created.id)).toEqual(response.body);

        const audit = await auditOf(created.id);
        expect(audit.items.map((entry) => entry.action)).toEqual(['update', 'create']);
        expect(audit.items[0]).toMatchObject({
          actorId: adminId,
          entityType: 'discipline',
          before: { name: 'Cầu mây' },
          after: { name: 'Cầu mây nghệ thuật' },
        });
      });

      it('deactivates a seeded discipline and reactivates it, keeping its code', async () => {
        const violin = (await list({ parentId: music.id, q: 'violin' })).items[0];
        const off = await t
          .http()
          .patch(`${API}/${violin.id}`)
          .set(bearer(admin))
          .send({ active: false, version: violin.version })
          .expect(200);
        expect(off.body).toEqual({ ...violin, active: false, version: violin.version + 1, children: [] });
        expect(
          (await list({ parentId: music.id, active: 'true' })).items.map((item) => item.id),
        ).not.toContain(violin.id);
        const on = await t
          .http()
          .patch(`${API}/${violin.id}`)
          .set(bearer(admin))
          .send({ active: true })
          .expect(200);
        expect(on.body).toMatchObject({ code: 'MUSIC.VIOLIN', active: true, version: violin.version + 2 });

        const audit = await auditOf(violin.id);
        expect(audit.items.map((entry) => [entry.action, entry.before, entry.after])).toEqual([
          ['update', { active: false }, { active: true }],
          ['update', { active: true }, { active: false }],
        ]);
      });

      it('answers 409 to a stale version and changes nothing', async () => {
        const created = await createDiscipline();
        await t
          .http()
          .patch(`${API}/${created.id}`)
          .set(bearer(admin))
          .send({ name: 'Lần một', version: 1 })
          .expect(200);
        const current = await detail(created.id);

        const response = await t
          .http()
          .patch(`${API}/${created.id}`)
          .set(bearer(admin))
          .send({ name: 'Lần hai', active: false, version: 1 })
          .expect(409);
        expect(response.headers['content-type']).toBe(PROBLEM);
        expect(response.body.code).toBe('conflict');
        expect(await detail(created.id)).toEqual(current);
        expect(current).toMatchObject({ name: 'Lần một', active: true, version: 2 });
        expect((await auditOf(created.id)).items.map((entry) => entry.action)).toEqual(['update', 'create']);
      });

      it('keeps the version and writes no audit row for an edit that changes nothing', async () => {
        const created = await createDiscipline();
        for (const body of [{}, { name: created.name, active: true }, { name: created.name, version: 1 }]) {
          const response = await t
            .http()
            .patch(`${API}/${created.id}`)
            .set(bearer(admin))
            .send(body)
            .expect(200);
          expect(response.body).toEqual(created);
        }
        expect(await detail(created.id)).toEqual(created);
        expect((await auditOf(created.id)).items.map((entry) => entry.action)).toEqual(['create']);
      });

      it('refuses 400 a code (codes are stable), a null name or a bad active, and changes nothing', async () => {
        const created = await createDiscipline();
        for (const [body, path] of [
          [{ code: 'SPORTS.OTHER' }, 'code'],
          [{ parentId: music.id }, 'parentId'],
          [{ kind: 'field' }, 'kind'],
          [{ name: null }, 'name'],
          [{ active: 'no' }, 'active'],
          [{ version: 0 }, 'version'],
        ] as const) {
          const response = await t
            .http()
            .patch(`${API}/${created.id}`)
            .set(bearer(admin))
            .send(body)
            .expect(400);
          expect(response.body.code).toBe('validation_failed');
          expect([...new Set(errorPaths(response.body))]).toEqual([path]);
        }
        expect(await detail(created.id)).toEqual(created);
      });

      it('answers 404 for an unknown discipline', async () => {
        const response = await t
          .http()
          .patch(`${API}/999999`)
          .set(bearer(admin))
          .send({ name: 'Không có' })
          .expect(404);
        expect(response.body.code).toBe('not_found');
      });
    });
  });

  describe('DisciplinesService, for other features', () => {
    let service: DisciplinesService;
    beforeAll(() => {
      service = t.app.get(DisciplinesService);
    });

    it('requireExisting: passes for known ids and an empty list, 404 when any id is unknown', async () => {
      const manager = t.dataSource.manager;
      await expect(service.requireExisting(manager, [])).resolves.toBeUndefined();
      await expect(service.requireExisting(manager, [music.id, piano.id, piano.id])).resolves.toBeUndefined();
      await expect(service.requireExisting(manager, [piano.id, 999999])).rejects.toMatchObject({
        name: 'AppError',
        code: 'not_found',
      });
    });

    it('idsByCode: matches codes case-insensitively, keyed by the stored code, leaving unknown ones out', async () => {
      const manager = t.dataSource.manager;
      expect(await service.idsByCode(manager, [])).toEqual(new Map());
      const ids = await service.idsByCode(manager, [
        'music.piano',
        'MUSIC',
        'Sports',
        'NOPE',
        'MÚSIC',
        'MUSIC ',
      ]);
      expect(ids).toEqual(
        new Map([
          ['MUSIC.PIANO', piano.id],
          ['MUSIC', music.id],
          ['SPORTS', sports.id],
        ]),
      );
    });
  });
});
