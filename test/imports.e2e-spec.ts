import ExcelJS from 'exceljs';
import { Participant } from '../src/participants/entities/participant.entity';
import { todayInVietnam } from '../src/participants/participant-rules';
import { bearer, createTestApp, eventually, TestApp } from './support/test-app';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Ngọc', 'Thu', 'Quang', 'Hải'];
const GIVEN = ['An', 'Bình', 'Châu', 'Dũng', 'Hà', 'Hùng', 'Lan', 'Mai', 'Phúc', 'Yến'];
const HEADER =
  'Họ và tên,Giới tính,Ngày sinh,Mã địa bàn,Trường,Họ tên người giám hộ,Quan hệ,Số điện thoại,Lĩnh vực';

/** Row i of a realistic list: 800 names × distinct birth dates, so no two rows are the same person. */
function person(i: number): string[] {
  const name = `${FAMILY[i % 10]} ${MIDDLE[Math.floor(i / 10) % 8]} ${GIVEN[Math.floor(i / 80) % 10]}`;
  const born = new Date(Date.UTC(2010, 0, 1) + Math.floor(i / 800) * 24 * 3600 * 1000);
  const date = `${String(born.getUTCDate()).padStart(2, '0')}/${String(born.getUTCMonth() + 1).padStart(2, '0')}/${born.getUTCFullYear()}`;
  return [
    name,
    i % 2 ? 'Nam' : 'Nữ',
    date,
    '07054',
    'Trường THCS Quảng La',
    'Trần Văn Bố',
    'bố',
    `09${String(i).padStart(8, '0')}`,
    'SPORTS.CHESS',
  ];
}

function csv(rows: string[][]): Buffer {
  return Buffer.from(`\uFEFF${[HEADER, ...rows.map((row) => row.join(','))].join('\r\n')}\r\n`, 'utf8');
}

describe('bulk import of participants', () => {
  let t: TestApp;
  let admin: string;
  let organisationId: number;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.adminToken();
    organisationId = (await t.factories.organisation({ name: 'Đoàn xã Quảng La', level: 'commune' })).id;
  });

  afterAll(() => t?.close());

  const upload = (file: Buffer, name: string, token = admin, unit = organisationId) =>
    t
      .http()
      .post('/api/v1/imports/participants')
      .set(bearer(token))
      .field('organisationId', String(unit))
      .attach('file', file, name);

  const finished = (id: number) =>
    eventually(async () => {
      const { body } = await t.http().get(`/api/v1/imports/${id}`).set(bearer(admin)).expect(200);
      const view = body as { state: string } & Record<string, unknown>;
      return view.state === 'succeeded' || view.state === 'failed' ? view : undefined;
    }, 60_000);

  const count = () => t.dataSource.getRepository(Participant).countBy({ organisationId });

  it('imports 10,000 rows all or nothing: 3 bad rows are reported and nothing is imported; corrected, all are; again, none are duplicated', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => person(i));
    const bad = [...rows];
    bad[99] = [...rows[99]];
    bad[99][2] = '31/02/2012';
    bad[5000] = [...rows[5000]];
    bad[5000][1] = 'X';
    bad[9998] = [...rows[9998]];
    bad[9998][3] = '99999';

    const refused = await finished((await upload(csv(bad), 'danh-sach.csv').expect(202)).body.id);
    expect(refused).toMatchObject({
      state: 'failed',
      totalRows: 10_000,
      processedRows: 10_000,
      importedRows: 0,
    });
    expect(refused.errors).toEqual([
      { row: 101, column: 'dateOfBirth', message: 'phải là ngày có thật, dạng dd/mm/yyyy' },
      { row: 5002, column: 'gender', message: 'phải là Nam, Nữ hoặc Khác' },
      { row: 10000, column: 'localityCode', message: 'không phải mã địa bàn đang có hiệu lực' },
    ]);
    expect(await count()).toBe(0);

    const started = Date.now();
    const imported = await finished((await upload(csv(rows), 'danh-sach.csv').expect(202)).body.id);
    const seconds = (Date.now() - started) / 1000;
    expect(imported).toMatchObject({
      state: 'succeeded',
      importedRows: 10_000,
      duplicateRows: 0,
      errors: [],
    });
    expect(seconds).toBeLessThan(30);
    expect(await count()).toBe(10_000);

    const again = await finished((await upload(csv(rows), 'danh-sach.csv').expect(202)).body.id);
    expect(again).toMatchObject({ state: 'succeeded', importedRows: 0, duplicateRows: 10_000 });
    expect(await count()).toBe(10_000);

    // What was imported is searchable and complete.
    const [sample] = (
      await t.http().get('/api/v1/participants?q=nguyen van an').set(bearer(admin)).expect(200)
    ).body.items;
    expect(sample).toMatchObject({
      guardianRelationship: 'bố',
      school: 'Trường THCS Quảng La',
      organisationId,
    });
    expect(sample.disciplineIds).toHaveLength(1);
  }, 120_000);

  it('reads XLSX with Vietnamese headers, dates and numbers, and skips people listed twice', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh sách');
    sheet.addRow(['Họ tên *', 'GIOI TINH', 'Ngày sinh', 'Điện thoại', 'Mã xã']);
    sheet.addRow(['Đinh Thị Thảo', 'nữ', new Date(Date.UTC(2013, 5, 1)), 912345678, '07054']);
    sheet.addRow(['Lý Văn Tài', 'Nam', '15/08/2012', '0987 654 321', '']);
    sheet.addRow(['DINH THI THAO', 'Nữ', '01/06/2013', '', '']);
    const id = (await upload(Buffer.from(await workbook.xlsx.writeBuffer()), 'danh-sach.xlsx').expect(202))
      .body.id;
    expect(await finished(id)).toMatchObject({ state: 'succeeded', importedRows: 2, duplicateRows: 1 });
    const [thao] = (await t.http().get('/api/v1/participants?q=dinh thi thao').set(bearer(admin))).body.items;
    expect(thao).toMatchObject({
      fullName: 'Đinh Thị Thảo',
      dateOfBirth: '2013-06-01',
      guardianPhone: '0912345678',
    });
  });

  it('refuses at once what cannot be imported, with a clear 4xx, and queues nothing', async () => {
    const before = await count();
    expect((await upload(Buffer.from('%PDF-1.7'), 'danh-sach.pdf').expect(415)).body.code).toBe(
      'unsupported_media_type',
    );
    const malformed = await upload(
      Buffer.from(`${HEADER}\n"Nguyễn Văn An,Nam,01/01/2012\n`),
      'hong.csv',
    ).expect(400);
    expect(malformed.body).toMatchObject({ code: 'invalid_file', reason: 'malformed' });
    const missing = await upload(
      Buffer.from('Họ và tên,Trường\nNguyễn Văn An,THCS\n'),
      'thieu-cot.csv',
    ).expect(400);
    expect(missing.body).toMatchObject({ reason: 'missing_columns', columns: ['gender', 'dateOfBirth'] });
    expect(missing.body.detail).toBe('Thiếu cột bắt buộc: gender, dateOfBirth. Dòng 1 phải là dòng tiêu đề.');
    await upload(Buffer.from(`${HEADER}\n`), 'trong.csv').expect(400);
    await upload(Buffer.alloc(11 * 1024 * 1024, 'a'), 'lon.csv').expect(413);
    const noFile = await t
      .http()
      .post('/api/v1/imports/participants')
      .set(bearer(admin))
      .field('organisationId', String(organisationId))
      .expect(400);
    expect(noFile.body.errors).toEqual([{ path: 'file', message: 'là bắt buộc (một tệp CSV hoặc XLSX)' }]);
    expect(await count()).toBe(before);
  });

  it('lets only those who manage the unit import into it, and see the import', async () => {
    const other = await t.factories.organisation({ name: 'Đoàn phường khác' });
    const organiser = await t.factories.user({ roles: [{ role: 'organiser', organisationId: other.id }] });
    const viewer = await t.factories.user({ roles: [{ role: 'viewer', organisationId }] });
    const organiserToken = await t.login(organiser.email, organiser.password);
    const viewerToken = await t.login(viewer.email, viewer.password);
    const file = csv([person(20_000)]);
    await upload(file, 'a.csv', organiserToken).expect(404);
    await upload(file, 'a.csv', viewerToken).expect(403);
    const accepted = await upload(file, 'a.csv', organiserToken, other.id).expect(202);
    await t.http().get(`/api/v1/imports/${accepted.body.id}`).set(bearer(viewerToken)).expect(404);
    await t.http().get(`/api/v1/imports/${accepted.body.id}`).set(bearer(organiserToken)).expect(200);
    expect(todayInVietnam()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
