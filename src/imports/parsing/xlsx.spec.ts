import { Workbook } from 'exceljs';
import { ImportFileError } from './import-file-error';
import { parseXlsx, plainDecimal } from './xlsx';

async function workbookBuffer(build: (workbook: Workbook) => void): Promise<Buffer> {
  const workbook = new Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function parseError(buffer: Buffer): Promise<ImportFileError> {
  try {
    await parseXlsx(buffer);
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error('parseXlsx did not throw');
}

describe('parseXlsx', () => {
  it('reads text, numbers, dates, formulas, rich text, booleans and empty cells as strings', async () => {
    const buffer = await workbookBuffer((workbook) => {
      const sheet = workbook.addWorksheet('Danh sách');
      sheet.addRow(['fullName', 'guardianPhone', 'dateOfBirth', 'school', 'disciplines', 'note']);
      sheet.addRow([
        '  Nguyễn Văn An ',
        912345678,
        new Date(Date.UTC(2012, 4, 9)),
        { formula: 'A2&" school"', result: 'An school' },
        { richText: [{ text: 'MUSIC', font: { bold: true } }, { text: ';CHESS' }] },
        true,
      ]);
      sheet.addRow(['Bình', 12.5, null, { formula: 'NOW()' }, '', false]);
    });

    expect(await parseXlsx(buffer)).toEqual([
      ['fullName', 'guardianPhone', 'dateOfBirth', 'school', 'disciplines', 'note'],
      ['Nguyễn Văn An', '912345678', '2012-05-09', 'An school', 'MUSIC;CHESS', 'true'],
      ['Bình', '12.5', '', '', '', 'false'],
    ]);
  });

  it('writes large and tiny numbers without an exponent', async () => {
    const buffer = await workbookBuffer((workbook) => {
      const sheet = workbook.addWorksheet('Sheet1');
      sheet.addRow(['a', 'b', 'c']);
      sheet.addRow([84912345678, 1e21, 0.0000001]);
    });

    expect(await parseXlsx(buffer)).toEqual([
      ['a', 'b', 'c'],
      ['84912345678', '1000000000000000000000', '0.0000001'],
    ]);
  });

  it("takes a date's UTC day, whatever its time", async () => {
    const buffer = await workbookBuffer((workbook) => {
      const sheet = workbook.addWorksheet('Sheet1');
      sheet.addRow(['dateOfBirth']);
      sheet.addRow([new Date(Date.UTC(2015, 11, 31, 23, 30))]);
    });

    expect(await parseXlsx(buffer)).toEqual([['dateOfBirth'], ['2015-12-31']]);
  });

  it('gives hyperlinks their text and Excel errors their code', async () => {
    const buffer = await workbookBuffer((workbook) => {
      const sheet = workbook.addWorksheet('Sheet1');
      sheet.addRow(['a', 'b', 'c']);
      sheet.addRow([
        { text: 'Trường Kim Đồng', hyperlink: 'https://example.org' },
        { formula: 'VLOOKUP(1,Z1:Z2,2)', result: { error: '#N/A' } },
        { error: '#REF!' },
      ]);
    });

    expect(await parseXlsx(buffer)).toEqual([
      ['a', 'b', 'c'],
      ['Trường Kim Đồng', '#N/A', '#REF!'],
    ]);
  });

  it("pads rows to the header's width and keeps blank rows, so indexes match Excel's row numbers", async () => {
    const buffer = await workbookBuffer((workbook) => {
      const sheet = workbook.addWorksheet('Sheet1');
      sheet.getCell('A1').value = 'fullName';
      sheet.getCell('B1').value = 'gender';
      sheet.getCell('C1').value = 'school';
      sheet.getCell('A2').value = 'An';
      sheet.getCell('B4').value = 'nữ';
    });

    expect(await parseXlsx(buffer)).toEqual([
      ['fullName', 'gender', 'school'],
      ['An', '', ''],
      ['', '', ''],
      ['', 'nữ', ''],
    ]);
  });

  it('reads the first worksheet in tab order only', async () => {
    const buffer = await workbookBuffer((workbook) => {
      workbook.addWorksheet('Hướng dẫn').addRow(['Điền mỗi trẻ một dòng']);
      workbook.addWorksheet('Danh sách').addRow(['fullName']);
    });

    expect(await parseXlsx(buffer)).toEqual([['Điền mỗi trẻ một dòng']]);
  });

  it('returns no rows for a workbook whose first sheet is empty', async () => {
    const buffer = await workbookBuffer((workbook) => {
      workbook.addWorksheet('Sheet1');
      workbook.addWorksheet('Sheet2').addRow(['fullName']);
    });

    expect(await parseXlsx(buffer)).toEqual([]);
  });

  it.each([
    ['CSV text', Buffer.from('fullName,gender\nAn,nam\n')],
    ['random bytes', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x13, 0x37])],
    ['nothing', Buffer.alloc(0)],
  ])('throws malformed for %s', async (_name, buffer) => {
    const error = await parseError(buffer);
    expect(error.reason).toBe('malformed');
    expect(error.message).toBe(
      'The file is not a readable Excel workbook; open it in Excel, save it as "Excel Workbook (.xlsx)" and upload it again.',
    );
  });
});

describe('plainDecimal', () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [912345678, '912345678'],
    [-42.25, '-42.25'],
    [1e21, '1000000000000000000000'],
    [1.5e22, '15000000000000000000000'],
    [-2.5e-7, '-0.00000025'],
    [1e-7, '0.0000001'],
    [1.234e-10, '0.0000000001234'],
  ])('%p → %s', (value, expected) => {
    expect(plainDecimal(value)).toBe(expected);
  });
});
