import { Locality } from '../src/localities/entities/locality.entity';
import { Organisation } from '../src/organisations/entities/organisation.entity';
import { Club } from '../src/clubs/entities/club.entity';
import { bearer, createTestApp, TestApp } from './support/test-app';

/**
 * A unit or a club cannot be placed on a commune that no longer exists on the day it starts: Xã Bằng Cả
 * (07057, Hạ Long) was merged whole into Xã Quảng La on 1 July 2025 (Resolution 1679/NQ-UBTVQH15).
 */
describe('records on closed localities', () => {
  let t: TestApp;
  let organiser: string;
  let unit: Organisation;
  let bangCa: Locality;
  let quangLa: Locality;
  let chess: number;

  beforeAll(async () => {
    t = await createTestApp();
    const localities = t.dataSource.getRepository(Locality);
    bangCa = await localities.findOneByOrFail({ code: '07057', validTo: '2025-06-30' });
    quangLa = await localities.findOneByOrFail({ fullName: 'Xã Quảng La', validFrom: '2025-07-01' });
    unit = await t.factories.organisation({ level: 'district' });
    const user = await t.factories.user({ roles: [{ role: 'organiser', organisationId: unit.id }] });
    organiser = await t.login(user.email, user.password);
    [{ id: chess }] = await t.dataSource.query("SELECT id FROM disciplines WHERE code = 'SPORTS.CHESS'");
  });

  afterAll(() => t?.close());

  const send = (method: 'post' | 'patch', path: string, body: object, language = 'vi') =>
    t.http()[method](`/api/v1${path}`).set(bearer(organiser)).set('Accept-Language', language).send(body);
  const newUnit = (overrides: object = {}) => ({
    parentId: unit.id,
    name: 'Đoàn xã Bằng Cả',
    kind: 'youth_union',
    level: 'commune',
    localityId: bangCa.id,
    ...overrides,
  });
  const count = (entity: typeof Organisation | typeof Club) => t.dataSource.getRepository(entity).count();

  it('refuses a new unit on a commune closed today, naming its successor, in Vietnamese and English', async () => {
    const before = await count(Organisation);
    const vi = await send('post', '/organisations', newUnit()).expect(400);
    expect(vi.body.errors).toEqual([
      {
        path: 'localityId',
        message: `Xã Bằng Cả không còn tồn tại từ ngày 01/07/2025; hãy chọn đơn vị thay thế: ${quangLa.fullName}`,
      },
    ]);
    const en = await send('post', '/organisations', newUnit(), 'en').expect(400);
    expect(en.body.errors[0].message).toBe(
      `Xã Bằng Cả ceased to exist on 2025-07-01; choose a unit that replaced it: ${quangLa.fullName}`,
    );
    expect(await count(Organisation)).toBe(before);
  });

  it('accepts the successor, and the closed commune for a unit of its time', async () => {
    await send(
      'post',
      '/organisations',
      newUnit({ localityId: quangLa.id, name: 'Đoàn xã Quảng La' }),
    ).expect(201);
    await send(
      'post',
      '/organisations',
      newUnit({ validFrom: '2024-01-01', validTo: '2025-06-30', name: 'Đoàn xã Bằng Cả (cũ)' }),
    ).expect(201);
  });

  it('refuses moving a unit onto the closed commune, and changes nothing', async () => {
    const created = await send(
      'post',
      '/organisations',
      newUnit({ localityId: quangLa.id, name: 'Đoàn xã X' }),
    ).expect(201);
    const response = await send('patch', `/organisations/${created.body.id}`, {
      localityId: bangCa.id,
    }).expect(400);
    expect(response.body.errors[0].path).toBe('localityId');
    const stored = await t.dataSource.getRepository(Organisation).findOneByOrFail({ id: created.body.id });
    expect(stored).toMatchObject({ localityId: quangLa.id, version: created.body.version });
  });

  it('refuses a club on the closed commune, and on a commune not yet established on its start date', async () => {
    const before = await count(Club);
    const club = (overrides: object) => ({
      organisationId: unit.id,
      name: 'Câu lạc bộ Cờ vua Bằng Cả',
      kind: 'club',
      disciplineId: chess,
      ...overrides,
    });
    const closed = await send('post', '/clubs', club({ localityId: bangCa.id })).expect(400);
    expect(closed.body.errors[0]).toEqual({
      path: 'localityId',
      message: `Xã Bằng Cả không còn tồn tại từ ngày 01/07/2025; hãy chọn đơn vị thay thế: ${quangLa.fullName}`,
    });
    const early = await send(
      'post',
      '/clubs',
      club({ localityId: quangLa.id, validFrom: '2025-01-01' }),
    ).expect(400);
    expect(early.body.errors[0].message).toBe(`${quangLa.fullName} chỉ có từ ngày 01/07/2025`);
    expect(await count(Club)).toBe(before);
    await send('post', '/clubs', club({ localityId: quangLa.id })).expect(201);
  });
});
