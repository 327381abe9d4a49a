import { Consent } from '../src/participants/entities/consent.entity';
import { Participant } from '../src/participants/entities/participant.entity';
import { bearer, createTestApp, eventually, TestApp } from './support/test-app';

const HEADER = [
  'Họ và tên',
  'Giới tính',
  'Ngày sinh',
  'Họ tên người giám hộ',
  'Quan hệ',
  'Ngày phụ huynh đồng ý',
  'Hình thức phụ huynh đồng ý',
  'Phạm vi phụ huynh đồng ý',
  'Ngày trẻ đồng ý',
  'Hình thức trẻ đồng ý',
  'Phạm vi trẻ đồng ý',
].join(';');

function csv(rows: string[][]): Buffer {
  return Buffer.from(`\uFEFF${[HEADER, ...rows.map((row) => row.join(';'))].join('\r\n')}\r\n`, 'utf8');
}

/** The import's consent columns: the guardian's and the child's own paper forms come in with the list. */
describe('importing participants with their consents', () => {
  let t: TestApp;
  let organiser: string;
  let organiserId: number;
  let organisationId: number;

  beforeAll(async () => {
    t = await createTestApp();
    organisationId = (await t.factories.organisation({ name: 'Đoàn xã Quảng La', level: 'commune' })).id;
    const user = await t.factories.user({ roles: [{ role: 'organiser', organisationId }] });
    organiserId = user.id;
    organiser = await t.login(user.email, user.password);
  });

  afterAll(() => t?.close());

  const importFile = async (file: Buffer) => {
    const { body } = await t
      .http()
      .post('/api/v1/imports/participants')
      .set(bearer(organiser))
      .field('organisationId', String(organisationId))
      .attach('file', file, 'lop-6a.csv')
      .expect(202);
    return eventually(async () => {
      const response = await t.http().get(`/api/v1/imports/${body.id}`).set(bearer(organiser)).expect(200);
      const view = response.body as { state: string } & Record<string, unknown>;
      return view.state === 'succeeded' || view.state === 'failed' ? view : undefined;
    }, 30_000);
  };
  const counts = async () => ({
    participants: await t.dataSource.getRepository(Participant).countBy({ organisationId }),
    consents: await t.dataSource.getRepository(Consent).count(),
  });

  it('refuses the whole file when a consent cell is wrong, naming row and column', async () => {
    const before = await counts();
    const view = await importFile(
      csv([
        [
          'Lê Thị Hồng',
          'Nữ',
          '10/01/2014',
          'Lê Văn Sơn',
          'bố',
          '05/09/2025',
          'giấy',
          'hồ sơ, dự thi',
          '',
          '',
          '',
        ],
        [
          'Phạm Minh Khôi',
          'Nam',
          '02/03/2013',
          'Phạm Thị Lụa',
          'mẹ',
          '05/09/2099',
          'giấy',
          'dự thi',
          '',
          '',
          '',
        ],
        ['Vũ Thu Trang', 'Nữ', '20/11/2012', 'Vũ Văn Hải', 'bố', '', '', '', '01/09/2025', 'fax', 'công bố'],
      ]),
    );
    expect(view).toMatchObject({ state: 'failed', importedRows: 0 });
    expect(view.errors).toEqual([
      { row: 3, column: 'guardianConsentDate', message: 'không được ở tương lai' },
      { row: 4, column: 'ownConsentMethod', message: 'phải là giấy hoặc điện tử' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('records each row’s consents with the participant, by the uploader; the consent checks see them', async () => {
    const before = await counts();
    const view = await importFile(
      csv([
        [
          'Lê Thị Hồng',
          'Nữ',
          '10/01/2014',
          'Lê Văn Sơn',
          'bố',
          '05/09/2025',
          'giấy',
          'hồ sơ, dự thi',
          '',
          '',
          '',
        ],
        [
          'Phạm Minh Khôi',
          'Nam',
          '02/03/2013',
          'Phạm Thị Lụa',
          'mẹ',
          '05/09/2025',
          'Điện tử',
          'tất cả',
          '06/09/2025',
          'giấy',
          'công bố',
        ],
        ['Vũ Thu Trang', 'Nữ', '20/11/2012', 'Vũ Văn Hải', 'bố', '', '', '', '', '', ''],
      ]),
    );
    expect(view).toMatchObject({ state: 'succeeded', importedRows: 3 });
    expect(await counts()).toEqual({
      participants: before.participants + 3,
      consents: before.consents + 3,
    });

    const byName = async (fullName: string) =>
      t.dataSource.getRepository(Participant).findOneByOrFail({ organisationId, fullName });
    const khoi = await byName('Phạm Minh Khôi');
    const consents = await t.dataSource
      .getRepository(Consent)
      .find({ where: { participantId: khoi.id }, order: { kind: 'ASC' } });
    expect(consents).toEqual([
      expect.objectContaining({
        kind: 'guardian',
        givenBy: 'Phạm Thị Lụa',
        relationship: 'mẹ',
        givenOn: '2025-09-05',
        method: 'electronic',
        scopes: ['registry', 'contests', 'publication', 'shortlisting'],
        recordedById: organiserId,
      }),
      expect.objectContaining({
        kind: 'participant',
        givenBy: 'Phạm Minh Khôi',
        relationship: null,
        givenOn: '2025-09-06',
        method: 'paper',
        scopes: ['publication'],
      }),
    ]);
    const check = (id: number, purpose: string) =>
      t.http().get(`/api/v1/participants/${id}/consent-check?purpose=${purpose}`).set(bearer(organiser));
    await check(khoi.id, 'publication').expect(200);
    await check((await byName('Lê Thị Hồng')).id, 'event_entry').expect(200);
    await check((await byName('Lê Thị Hồng')).id, 'publication').expect(409);
    await check((await byName('Vũ Thu Trang')).id, 'event_entry').expect(409);
  });
});
