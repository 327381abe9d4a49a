import { Workbook } from 'exceljs';
import { ImportFileError } from './import-file-error';
import { readParticipantFile } from './read-participant-file';

const NO_CONSENTS = {
  guardianConsentDate: '',
  guardianConsentMethod: '',
  guardianConsentScopes: '',
  ownConsentDate: '',
  ownConsentMethod: '',
  ownConsentScopes: '',
};

const NO_OPTIONAL_VALUES = {
  localityCode: '',
  school: '',
  guardianName: '',
  guardianRelationship: '',
  guardianPhone: '',
  disciplines: '',
  ...NO_CONSENTS,
};

function csv(text: string): Buffer {
  return Buffer.from(text, 'utf8');
}

async function readError(...args: Parameters<typeof readParticipantFile>): Promise<ImportFileError> {
  try {
    await readParticipantFile(...args);
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error('readParticipantFile did not throw');
}

describe('readParticipantFile (CSV)', () => {
  it("reads a Vietnamese Excel export: BOM, ';', CRLF, quoted cells, required markers", async () => {
    const file = csv(
      '\uFEFFSTT;Họ và tên*;Giới tính*;Ngày sinh*;Mã xã/phường;Trường;Người giám hộ;Quan hệ;SĐT;Lĩnh vực\r\n' +
        '1;Nguyễn Văn An;Nam;09/05/2012;22111;"THCS Trọng Điểm; Hạ Long";Nguyễn Văn Bình;Bố;0912345678;"MUSIC;CHESS"\r\n',
    );

    expect(await readParticipantFile(file, 'csv')).toEqual({
      rows: [
        {
          row: 2,
          values: {
            fullName: 'Nguyễn Văn An',
            gender: 'Nam',
            dateOfBirth: '09/05/2012',
            localityCode: '22111',
            school: 'THCS Trọng Điểm; Hạ Long',
            guardianName: 'Nguyễn Văn Bình',
            guardianRelationship: 'Bố',
            guardianPhone: '0912345678',
            disciplines: 'MUSIC;CHESS',
            ...NO_CONSENTS,
          },
        },
      ],
    });
  });

  it("gives '' for absent optional columns and trims values", async () => {
    const file = csv('ho ten,gioi tinh,ngay sinh\n  Lê Thị Hoa ,  nữ,2013-01-02  \n');

    expect(await readParticipantFile(file, 'csv')).toEqual({
      rows: [
        {
          row: 2,
          values: { fullName: 'Lê Thị Hoa', gender: 'nữ', dateOfBirth: '2013-01-02', ...NO_OPTIONAL_VALUES },
        },
      ],
    });
  });

  it('skips blank rows but counts them in the row numbers', async () => {
    const file = csv('fullName,gender,dateOfBirth\nAn,nam,2012-05-09\n\n , ,\n,,\nBình,nữ,2011-03-04\n');

    const { rows } = await readParticipantFile(file, 'csv');
    expect(rows.map(({ row, values }) => [row, values.fullName])).toEqual([
      [2, 'An'],
      [6, 'Bình'],
    ]);
  });

  it('numbers a record with a line break inside a quoted cell as one row', async () => {
    const file = csv(
      'fullName,gender,dateOfBirth,school\nAn,nam,2012-05-09,"THCS\nCao Xanh"\nBình,nữ,2011-03-04,\n',
    );

    const { rows } = await readParticipantFile(file, 'csv');
    expect(rows.map(({ row, values }) => [row, values.school])).toEqual([
      [2, 'THCS\nCao Xanh'],
      [3, ''],
    ]);
  });

  it('returns decomposed (NFD) text composed (NFC), headers included', async () => {
    // "Họ tên" and "Nguyễn Đức Thắng" typed in decomposed form.
    const file = csv(
      'Ho\u0323 te\u0302n,gender,dateOfBirth\nNguye\u0302\u0303n \u0110u\u031b\u0301c Tha\u0306\u0301ng,nam,2012-05-09\n',
    );

    const { rows } = await readParticipantFile(file, 'csv');
    expect(rows[0].values.fullName).toBe('Nguy\u1ec5n \u0110\u1ee9c Th\u1eafng');
  });

  it('refuses bytes that are not UTF-8 (a Windows-1258 export)', async () => {
    // "Hà" in Windows-1258: 0xE0 is 'à' there and a truncated sequence in UTF-8.
    const file = Buffer.concat([
      csv('fullName,gender,dateOfBirth\nH'),
      Buffer.from([0xe0]),
      csv(',nam,2012\n'),
    ]);

    const error = await readError(file, 'csv');
    expect(error.reason).toBe('malformed');
    expect(error.message).toBe(
      'The file is not UTF-8 text; in Excel choose "Save As" and "CSV UTF-8 (Comma delimited)" or "Excel Workbook (.xlsx)", then upload it again.',
    );
  });

  it('refuses an unclosed quote as malformed', async () => {
    const error = await readError(csv('fullName,gender,dateOfBirth\n"An,nam,2012-05-09\n'), 'csv');
    expect(error.reason).toBe('malformed');
    expect(error.line).toBe(2);
  });

  it.each([
    ['an empty file', ''],
    ['a BOM only', '\uFEFF'],
    ['blank lines only', '\r\n\r\n'],
    ['a header only', 'fullName,gender,dateOfBirth\r\n'],
    ['a header and blank rows', 'fullName,gender,dateOfBirth\n,,\n\n \t \n , \u00a0,\n'],
    ['a blank header row', ',,\nAn,nam,2012-05-09\n'],
  ])('throws empty for %s', async (_name, text) => {
    const error = await readError(csv(text), 'csv');
    expect(error.reason).toBe('empty');
    expect(error.message).toBe(
      'The file has no header row or no data rows; put the column headers in the first row and one participant per row below it.',
    );
  });

  it('throws missing_columns before looking at the data rows', async () => {
    const error = await readError(csv('Họ và tên,Trường\n'), 'csv');
    expect(error.reason).toBe('missing_columns');
    expect(error.columns).toEqual(['gender', 'dateOfBirth']);
  });

  it('accepts maxRows non-blank rows, not counting blank ones', async () => {
    const file = csv('fullName,gender,dateOfBirth\nA,nam,2012\n\nB,nữ,2013\n,,\n');

    const { rows } = await readParticipantFile(file, 'csv', 2);
    expect(rows.map((row) => row.row)).toEqual([2, 4]);
  });

  it('throws too_many_rows past maxRows', async () => {
    const file = csv('fullName,gender,dateOfBirth\nA,nam,2012\nB,nữ,2013\nC,nam,2014\n');

    const error = await readError(file, 'csv', 2);
    expect(error.reason).toBe('too_many_rows');
    expect(error.maxRows).toBe(2);
    expect(error.message).toBe(
      'The file has more than 2 data rows; split it into files of at most 2 rows and upload them one by one.',
    );
  });

  it('allows 50,000 rows by default', async () => {
    const header = 'fullName,gender,dateOfBirth\n';
    const atLimit = csv(header + 'An,nam,2012-05-09\n'.repeat(50_000));
    const pastLimit = csv(header + 'An,nam,2012-05-09\n'.repeat(50_001));

    expect((await readParticipantFile(atLimit, 'csv')).rows).toHaveLength(50_000);
    expect((await readError(pastLimit, 'csv')).reason).toBe('too_many_rows');
  });
});

describe('readParticipantFile (XLSX)', () => {
  async function xlsx(rows: unknown[][]): Promise<Buffer> {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Danh sách');
    sheet.addRows(rows);
    workbook.addWorksheet('Mã xã').addRow(['fullName', 'gender', 'dateOfBirth']);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  it('reads the first sheet, with numbers, dates and blank rows', async () => {
    const file = await xlsx([
      ['HỌ VÀ TÊN (*)', 'GIỚI TÍNH (*)', 'NGÀY SINH (*)', 'Số điện thoại', 'Mã địa bàn'],
      [' Phạm Thu Trang ', 'Nữ', new Date(Date.UTC(2013, 0, 2)), 912345678, 22111],
      [],
      ['Hoàng Minh', 'Nam', '15/08/2012', '0987654321'],
    ]);

    expect(await readParticipantFile(file, 'xlsx')).toEqual({
      rows: [
        {
          row: 2,
          values: {
            ...NO_OPTIONAL_VALUES,
            fullName: 'Phạm Thu Trang',
            gender: 'Nữ',
            dateOfBirth: '2013-01-02',
            guardianPhone: '912345678',
            localityCode: '22111',
          },
        },
        {
          row: 4,
          values: {
            ...NO_OPTIONAL_VALUES,
            fullName: 'Hoàng Minh',
            gender: 'Nam',
            dateOfBirth: '15/08/2012',
            guardianPhone: '0987654321',
          },
        },
      ],
    });
  });

  it('throws empty for a first sheet with a header only', async () => {
    const error = await readError(await xlsx([['fullName', 'gender', 'dateOfBirth']]), 'xlsx');
    expect(error.reason).toBe('empty');
  });

  it('throws malformed for a CSV sent as XLSX', async () => {
    const error = await readError(csv('fullName,gender,dateOfBirth\nAn,nam,2012\n'), 'xlsx');
    expect(error.reason).toBe('malformed');
  });
});
