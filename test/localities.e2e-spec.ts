import { bearer, createTestApp, TestApp } from './support/test-app';

const PROBLEM = 'application/problem+json; charset=utf-8';
const API = '/api/v1/localities';
const ITEM_KEYS = [
  'code',
  'fullName',
  'id',
  'kind',
  'level',
  'name',
  'parentId',
  'validFrom',
  'validTo',
  'version',
];

/** The `path` of each invalid field named by a 400 problem document. */
function errorPaths(body: unknown): string[] {
  return (body as { errors: { path: string }[] }).errors.map((error) => error.path);
}

interface LocalityView {
  id: number;
  parentId: number | null;
  level: string;
  kind: string;
  code: string;
  name: string;
  fullName: string;
  validFrom: string | null;
  validTo: string | null;
  version: number;
}

interface LocalityDetail extends LocalityView {
  predecessors: { id: number; fullName: string; partial: boolean }[];
  successors: { id: number; fullName: string; partial: boolean }[];
}

interface LocalityPage {
  items: LocalityView[];
  total: number;
  page: number;
  pageSize: number;
}

/** Localities of Quảng Ninh as seeded from migrations/data/quang-ninh-localities-2025.json. */
describe('localities (/api/v1/localities)', () => {
  let t: TestApp;
  let admin: string;
  let adminId: number;
  let organiser: string;
  let viewer: string;
  let province: LocalityView;
  /** Xã Quảng La of 1 July 2025 (code 07054). */
  let quangLa2025: LocalityView;
  /** The former xã Quảng La of thành phố Hạ Long, valid until 30 June 2025 (code 07054 too). */
  let quangLaFormer: LocalityView;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.adminToken();
    adminId = (await t.http().get('/api/v1/me').set(bearer(admin)).expect(200)).body.id as number;
    const root = await t.factories.rootOrganisation();
    const organiserUser = await t.factories.user({ roles: [{ role: 'organiser', organisationId: root.id }] });
    const viewerUser = await t.factories.user({ roles: [{ role: 'viewer', organisationId: root.id }] });
    organiser = await t.login(organiserUser.email, organiserUser.password);
    viewer = await t.login(viewerUser.email, viewerUser.password);

    province = await only({ level: 'province' });
    quangLa2025 = await only({ level: 'commune', code: '07054', at: '2025-07-01' });
    quangLaFormer = await only({ level: 'commune', code: '07054', at: '2025-06-30' });
  });

  afterAll(() => t?.close());

  async function list(query: Record<string, string | number>, token = admin): Promise<LocalityPage> {
    const response = await t.http().get(API).query(query).set(bearer(token)).expect(200);
    return response.body as LocalityPage;
  }

  async function only(query: Record<string, string | number>): Promise<LocalityView> {
    const page = await list(query);
    expect(page.items).toHaveLength(1);
    return page.items[0];
  }

  async function detail(id: number): Promise<LocalityDetail> {
    return (await t.http().get(`${API}/${id}`).set(bearer(admin)).expect(200)).body as LocalityDetail;
  }

  /** How many localities exist, whatever their dates. */
  async function count(): Promise<number> {
    return (await list({ pageSize: 1 })).total;
  }

  async function auditOf(id: number) {
    const response = await t
      .http()
      .get('/api/v1/audit')
      .query({ entity: 'locality', entityId: String(id) })
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

  let nextCode = 9000;
  /** Creates a commune-level unit under the province as the admin, valid from `validFrom`. */
  async function createCommune(overrides: Record<string, unknown> = {}): Promise<LocalityDetail> {
    nextCode += 1;
    const response = await t
      .http()
      .post(API)
      .set(bearer(admin))
      .send({
        parentId: province.id,
        level: 'commune',
        kind: 'ward',
        code: String(nextCode),
        name: `Thử Nghiệm ${nextCode}`,
        validFrom: '2026-01-01',
        ...overrides,
      })
      .expect(201);
    return response.body as LocalityDetail;
  }

  describe('reading', () => {
    it('lets every signed-in role (admin, organiser, viewer) read the list and a unit', async () => {
      for (const token of [admin, organiser, viewer]) {
        const page = await list({ at: '2025-07-01', level: 'commune' }, token);
        expect(page.total).toBe(54);
        const one = await t.http().get(`${API}/${quangLa2025.id}`).set(bearer(token)).expect(200);
        expect(one.body).toMatchObject({ id: quangLa2025.id, fullName: 'Xã Quảng La' });
      }
    });

    it('answers 401 problem+json without a token, on the list and on one unit', async () => {
      for (const path of [API, `${API}/${quangLa2025.id}`]) {
        const response = await t.http().get(path).expect(401);
        expect(response.headers['content-type']).toBe(PROBLEM);
        expect(response.body).toMatchObject({ status: 401, code: 'unauthorized' });
      }
    });

    it('lists the province and the 54 units of 1 July 2025 in one default page of up to 1000', async () => {
      const page = await list({ at: '2025-07-01' });
      expect(page).toMatchObject({ total: 55, page: 1, pageSize: 1000 });
      expect(page.items).toHaveLength(55);
      for (const item of page.items) expect(Object.keys(item).sort()).toEqual(ITEM_KEYS);
      expect(page.items[0]).toEqual({
        id: expect.any(Number),
        parentId: null,
        level: 'province',
        kind: 'province',
        code: '22',
        name: 'Quảng Ninh',
        fullName: 'Tỉnh Quảng Ninh',
        validFrom: null,
        validTo: null,
        version: 1,
      });
      const communes = page.items.slice(1);
      for (const unit of communes) {
        expect(unit).toMatchObject({
          parentId: page.items[0].id,
          level: 'commune',
          validFrom: '2025-07-01',
          validTo: null,
        });
      }
      const kinds = communes.reduce<Record<string, number>>(
        (tally, unit) => ({ ...tally, [unit.kind]: (tally[unit.kind] ?? 0) + 1 }),
        {},
      );
      expect(kinds).toEqual({ ward: 30, commune: 22, special_zone: 2 });
    });

    it('keeps 54 commune-level units from 1 July 2025 and 171 on 30 June 2025', async () => {
      const after = await list({ at: '2025-07-01', level: 'commune' });
      expect(after.total).toBe(54);
      expect(after.items).toHaveLength(54);
      const before = await list({ at: '2025-06-30', level: 'commune' });
      expect(before.total).toBe(171);
      expect(before.items.every((unit) => unit.validTo === '2025-06-30')).toBe(true);
    });

    it('lists the 14 district-level units of 1 June 2019, Hoành Bồ and the town of Đông Triều among them', async () => {
      const page = await list({ at: '2019-06-01', level: 'district' });
      expect(page.total).toBe(14);
      expect(page.items.map((unit) => unit.fullName).sort()).toEqual(
        [
          'Thành phố Hạ Long',
          'Thành phố Móng Cái',
          'Thành phố Cẩm Phả',
          'Thành phố Uông Bí',
          'Thị xã Đông Triều',
          'Thị xã Quảng Yên',
          'Huyện Ba Chẽ',
          'Huyện Bình Liêu',
          'Huyện Cô Tô',
          'Huyện Đầm Hà',
          'Huyện Hải Hà',
          'Huyện Hoành Bồ',
          'Huyện Tiên Yên',
          'Huyện Vân Đồn',
        ].sort(),
      );
      expect(page.items.find((unit) => unit.name === 'Hoành Bồ')).toEqual({
        id: expect.any(Number),
        parentId: province.id,
        level: 'district',
        kind: 'district',
        code: '204',
        name: 'Hoành Bồ',
        fullName: 'Huyện Hoành Bồ',
        validFrom: null,
        validTo: '2019-12-31',
        version: 1,
      });
    });

    it('lists 13 district-level units on 1 December 2024, with Đông Triều a city and no Hoành Bồ', async () => {
      const page = await list({ at: '2024-12-01', level: 'district' });
      expect(page.total).toBe(13);
      expect(page.items.map((unit) => unit.name)).not.toContain('Hoành Bồ');
      expect(page.items.filter((unit) => unit.name === 'Đông Triều')).toEqual([
        expect.objectContaining({
          kind: 'city',
          code: '205',
          fullName: 'Thành phố Đông Triều',
          validFrom: '2024-11-01',
          validTo: '2025-06-30',
        }),
      ]);
    });

    it('finds both Đông Triều units by code 205: the town, then the city', async () => {
      const page = await list({ level: 'district', code: '205' });
      expect(page.total).toBe(2);
      expect(
        page.items.map(({ kind, fullName, validFrom, validTo }) => ({ kind, fullName, validFrom, validTo })),
      ).toEqual([
        { kind: 'town', fullName: 'Thị xã Đông Triều', validFrom: null, validTo: '2024-10-31' },
        { kind: 'city', fullName: 'Thành phố Đông Triều', validFrom: '2024-11-01', validTo: '2025-06-30' },
      ]);
    });

    it('searches the start of any word of the name without diacritics, đ matching d', async () => {
      const expected = ['Phường Đông Mai', 'Xã Đông Ngũ', 'Phường Đông Triều'];
      for (const q of ['dong', 'DONG', 'Đông']) {
        const page = await list({ q, at: '2025-07-01', level: 'commune' });
        expect(page.total).toBe(3);
        expect(page.items.map((unit) => unit.fullName)).toEqual(expected);
      }
      // "ong" starts a word only in Cửa Ông, not inside Đông or Mông.
      const ong = await list({ q: 'ong', at: '2025-07-01', level: 'commune' });
      expect(ong.items.map((unit) => unit.fullName)).toEqual(['Phường Cửa Ông']);
    });

    it('answers 400 naming `at` for a date that does not exist', async () => {
      const response = await t.http().get(API).query({ at: '2025-02-30' }).set(bearer(admin)).expect(400);
      expect(response.headers['content-type']).toBe(PROBLEM);
      expect(response.body.code).toBe('validation_failed');
      expect(response.body.errors[0].path).toBe('at');
    });

    it('shows the former units Xã Quảng La of 2025 replaced, with the district it took a part of', async () => {
      const haLongCity2024 = await only({ level: 'district', code: '193', at: '2024-12-01' });
      expect(await detail(quangLa2025.id)).toEqual({
        ...quangLa2025,
        parentId: province.id,
        level: 'commune',
        kind: 'commune',
        code: '07054',
        name: 'Quảng La',
        fullName: 'Xã Quảng La',
        validFrom: '2025-07-01',
        validTo: null,
        version: 1,
        predecessors: [
          { id: haLongCity2024.id, fullName: 'Thành phố Hạ Long', partial: true },
          { id: expect.any(Number), fullName: 'Xã Bằng Cả', partial: false },
          { id: expect.any(Number), fullName: 'Xã Dân Chủ', partial: false },
          { id: quangLaFormer.id, fullName: 'Xã Quảng La', partial: false },
          { id: expect.any(Number), fullName: 'Xã Tân Dân', partial: false },
        ],
        successors: [],
      });
    });

    it('shows the 2025 unit that succeeded the former xã Quảng La', async () => {
      const haLong = await only({ level: 'district', code: '193', at: '2025-06-30' });
      expect(await detail(quangLaFormer.id)).toEqual({
        id: quangLaFormer.id,
        parentId: haLong.id,
        level: 'commune',
        kind: 'commune',
        code: '07054',
        name: 'Quảng La',
        fullName: 'Xã Quảng La',
        validFrom: null,
        validTo: '2025-06-30',
        version: 1,
        predecessors: [],
        successors: [{ id: quangLa2025.id, fullName: 'Xã Quảng La', partial: false }],
      });
    });

    it('answers 404 problem+json for an unknown id', async () => {
      const response = await t.http().get(`${API}/999999`).set(bearer(admin)).expect(404);
      expect(response.headers['content-type']).toBe(PROBLEM);
      expect(response.body.code).toBe('not_found');
    });
  });

  describe('writing (admins only)', () => {
    it('refuses organisers and viewers 403 on POST, PATCH and DELETE, and changes nothing', async () => {
      const target = await createCommune();
      const before = await count();
      for (const token of [organiser, viewer]) {
        const created = await t
          .http()
          .post(API)
          .set(bearer(token))
          .send({ parentId: province.id, level: 'commune', kind: 'ward', code: '08888', name: 'Không Được' })
          .expect(403);
        expect(created.headers['content-type']).toBe(PROBLEM);
        expect(created.body.code).toBe('forbidden');
        await t
          .http()
          .patch(`${API}/${target.id}`)
          .set(bearer(token))
          .send({ name: 'Đổi Tên', version: target.version })
          .expect(403);
        await t.http().delete(`${API}/${target.id}`).set(bearer(token)).expect(403);
        await t.http().delete(`${API}/${quangLa2025.id}`).set(bearer(token)).expect(403);
      }
      expect(await count()).toBe(before);
      expect(await detail(target.id)).toEqual(target);
      expect((await auditOf(target.id)).items.map((entry) => entry.action)).toEqual(['create']);
    });

    it('creates a commune-level unit under the province with its predecessors (201), audited', async () => {
      const hongGai = await only({ level: 'commune', code: '06685', at: '2025-07-01' });
      const haLong = await only({ level: 'commune', code: '06688', at: '2025-07-01' });
      const before = await count();

      const response = await t
        .http()
        .post(API)
        .set(bearer(admin))
        .send({
          parentId: province.id,
          level: 'commune',
          kind: 'ward',
          code: '07990',
          name: '  Vịnh Xanh ',
          fullName: 'Phường Vịnh Xanh',
          validFrom: '2026-01-01',
          predecessors: [{ id: hongGai.id }, { id: haLong.id, partial: true }],
        })
        .expect(201);
      const created = response.body as LocalityDetail;
      expect(created).toEqual({
        id: expect.any(Number),
        parentId: province.id,
        level: 'commune',
        kind: 'ward',
        code: '07990',
        name: 'Vịnh Xanh',
        fullName: 'Phường Vịnh Xanh',
        validFrom: '2026-01-01',
        validTo: null,
        version: 1,
        predecessors: [
          { id: haLong.id, fullName: 'Phường Hạ Long', partial: true },
          { id: hongGai.id, fullName: 'Phường Hồng Gai', partial: false },
        ],
        successors: [],
      });
      expect(await detail(created.id)).toEqual(created);
      expect(await count()).toBe(before + 1);
      expect((await detail(hongGai.id)).successors).toEqual([
        { id: created.id, fullName: 'Phường Vịnh Xanh', partial: false },
      ]);

      const audit = await auditOf(created.id);
      expect(audit.total).toBe(1);
      expect(audit.items[0]).toMatchObject({
        action: 'create',
        actorId: adminId,
        entityType: 'locality',
        entityId: String(created.id),
        after: expect.objectContaining({ name: 'Vịnh Xanh', code: '07990' }),
      });
    });

    it('gives a new unit its name as full name when none is given', async () => {
      const created = await createCommune({ name: 'Bến Thuyền' });
      expect(created.fullName).toBe('Bến Thuyền');
      expect(created.predecessors).toEqual([]);
    });

    describe('refuses a unit that cannot be, and creates nothing', () => {
      const valid = () => ({
        parentId: province.id,
        level: 'commune',
        kind: 'ward',
        code: '07991',
        name: 'Không Tồn Tại',
        validFrom: '2026-01-01',
      });

      it.each([
        ['a district-level unit of kind ward', 400, 'kind', () => ({ ...valid(), level: 'district' })],
        [
          'a commune-level unit under another commune',
          400,
          'parentId',
          () => ({ ...valid(), parentId: quangLa2025.id }),
        ],
        [
          'a province with a parent',
          400,
          'parentId',
          () => ({ ...valid(), level: 'province', kind: 'province' }),
        ],
        [
          'a commune-level unit under no parent',
          400,
          'parentId',
          () => {
            const { parentId: _parentId, ...rest } = valid();
            return rest;
          },
        ],
        [
          'a period that ends before it starts',
          400,
          'validTo',
          () => ({ ...valid(), validTo: '2025-12-31' }),
        ],
        ['an unknown field', 400, 'organisationId', () => ({ ...valid(), organisationId: 1 })],
        ['an unknown predecessor', 404, null, () => ({ ...valid(), predecessors: [{ id: 999999 }] })],
        ['an unknown parent', 404, null, () => ({ ...valid(), parentId: 999999 })],
      ])('%s: %i', async (_case, status, path, body) => {
        const before = await count();
        const response = await t.http().post(API).set(bearer(admin)).send(body()).expect(status);
        expect(response.headers['content-type']).toBe(PROBLEM);
        if (path) {
          expect(response.body.code).toBe('validation_failed');
          expect(errorPaths(response.body)).toEqual([path]);
        } else {
          expect(response.body.code).toBe('not_found');
        }
        expect(await count()).toBe(before);
        expect((await list({ code: '07991' })).total).toBe(0);
      });
    });

    describe('PATCH', () => {
      it('closes a unit with validTo and its successors; a later ?at= list no longer includes it', async () => {
        const old = await createCommune({ name: 'Cũ', fullName: 'Phường Cũ' });
        const successor = await createCommune({
          name: 'Mới',
          fullName: 'Phường Mới',
          validFrom: '2027-01-01',
        });

        const response = await t
          .http()
          .patch(`${API}/${old.id}`)
          .set(bearer(admin))
          .send({ validTo: '2026-12-31', successors: [{ id: successor.id }], version: 1 })
          .expect(200);
        expect(response.body).toEqual({
          ...old,
          validTo: '2026-12-31',
          version: 2,
          successors: [{ id: successor.id, fullName: 'Phường Mới', partial: false }],
        });
        expect(await detail(old.id)).toEqual(response.body);
        expect((await detail(successor.id)).predecessors).toEqual([
          { id: old.id, fullName: 'Phường Cũ', partial: false },
        ]);

        const ids = async (at: string) =>
          (await list({ at, level: 'commune', parentId: province.id })).items.map((unit) => unit.id);
        expect(await ids('2026-12-31')).toContain(old.id);
        expect(await ids('2027-01-01')).not.toContain(old.id);
        expect(await ids('2027-01-01')).toContain(successor.id);

        const audit = await auditOf(old.id);
        expect(audit.items.map((entry) => entry.action)).toEqual(['update', 'create']);
        expect(audit.items[0]).toMatchObject({
          action: 'update',
          actorId: adminId,
          before: expect.objectContaining({ validTo: null, successors: [] }),
          after: expect.objectContaining({
            validTo: '2026-12-31',
            successors: [{ id: successor.id, partial: false }],
          }),
        });
      });

      it('answers 409 to a stale version and changes nothing', async () => {
        const unit = await createCommune();
        await t
          .http()
          .patch(`${API}/${unit.id}`)
          .set(bearer(admin))
          .send({ name: 'Lần Một', version: 1 })
          .expect(200);
        const current = await detail(unit.id);

        const response = await t
          .http()
          .patch(`${API}/${unit.id}`)
          .set(bearer(admin))
          .send({ name: 'Lần Hai', validTo: '2026-06-30', version: 1 })
          .expect(409);
        expect(response.headers['content-type']).toBe(PROBLEM);
        expect(response.body.code).toBe('conflict');
        expect(await detail(unit.id)).toEqual(current);
        expect(current).toMatchObject({ name: 'Lần Một', validTo: null, version: 2 });
        expect((await auditOf(unit.id)).items.map((entry) => entry.action)).toEqual(['update', 'create']);
      });

      it('increments the version on every successful edit, with or without the version sent', async () => {
        const unit = await createCommune();
        expect(unit.version).toBe(1);
        const first = await t
          .http()
          .patch(`${API}/${unit.id}`)
          .set(bearer(admin))
          .send({ fullName: 'Phường Một', version: 1 })
          .expect(200);
        expect(first.body).toMatchObject({ fullName: 'Phường Một', version: 2 });
        const second = await t
          .http()
          .patch(`${API}/${unit.id}`)
          .set(bearer(admin))
          .send({ code: '07992' })
          .expect(200);
        expect(second.body).toMatchObject({ fullName: 'Phường Một', code: '07992', version: 3 });
        expect((await detail(unit.id)).version).toBe(3);
      });

      it('refuses 400 naming validTo for a period ending before it starts, and changes nothing', async () => {
        const unit = await createCommune();
        const response = await t
          .http()
          .patch(`${API}/${unit.id}`)
          .set(bearer(admin))
          .send({ validTo: '2025-12-31', version: 1 })
          .expect(400);
        expect(errorPaths(response.body)).toEqual(['validTo']);
        expect(await detail(unit.id)).toEqual(unit);
      });

      it('refuses 400 a kind of another level, and 404 an unknown unit', async () => {
        const unit = await createCommune();
        const wrongKind = await t
          .http()
          .patch(`${API}/${unit.id}`)
          .set(bearer(admin))
          .send({ kind: 'city' })
          .expect(400);
        expect(errorPaths(wrongKind.body)).toEqual(['kind']);
        expect(await detail(unit.id)).toEqual(unit);
        await t.http().patch(`${API}/999999`).set(bearer(admin)).send({ name: 'Không Có' }).expect(404);
      });
    });

    describe('DELETE', () => {
      it('deletes a unit nothing refers to (204), then answers 404 for it, audited', async () => {
        const unit = await createCommune({ name: 'Nhầm Lẫn' });
        const before = await count();
        await t.http().delete(`${API}/${unit.id}`).set(bearer(admin)).expect(204);
        await t.http().get(`${API}/${unit.id}`).set(bearer(admin)).expect(404);
        await t.http().delete(`${API}/${unit.id}`).set(bearer(admin)).expect(404);
        expect(await count()).toBe(before - 1);

        const audit = await auditOf(unit.id);
        expect(audit.items.map((entry) => entry.action)).toEqual(['delete', 'create']);
        expect(audit.items[0]).toMatchObject({
          action: 'delete',
          actorId: adminId,
          before: expect.objectContaining({ id: unit.id, name: 'Nhầm Lẫn' }),
        });
      });

      it('refuses 409 problem+json to delete seeded units that successions or children refer to', async () => {
        const before = await count();
        for (const unit of [quangLaFormer, quangLa2025, province]) {
          const response = await t.http().delete(`${API}/${unit.id}`).set(bearer(admin)).expect(409);
          expect(response.headers['content-type']).toBe(PROBLEM);
          expect(response.body.code).toBe('conflict');
          expect(await detail(unit.id)).toMatchObject({ id: unit.id, version: 1 });
          expect((await auditOf(unit.id)).total).toBe(0);
        }
        expect(await count()).toBe(before);
      });

      it('refuses 409 to delete a created unit once another names it as a predecessor', async () => {
        const old = await createCommune();
        const successor = await createCommune({ predecessors: [{ id: old.id }] });
        await t.http().delete(`${API}/${old.id}`).set(bearer(admin)).expect(409);
        expect((await detail(successor.id)).predecessors.map((link) => link.id)).toEqual([old.id]);
      });
    });
  });
});
