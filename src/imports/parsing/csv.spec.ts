import { parseCsv } from './csv';
import { ImportFileError } from './import-file-error';

function parseError(text: string): ImportFileError {
  try {
    parseCsv(text);
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error('parseCsv did not throw');
}

describe('parseCsv', () => {
  it('splits a plain comma file into rows, the header included', () => {
    expect(parseCsv('fullName,gender\nAn,nam\nBình,nữ\n')).toEqual([
      ['fullName', 'gender'],
      ['An', 'nam'],
      ['Bình', 'nữ'],
    ]);
  });

  it('returns no rows for empty text', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\r\n\n')).toEqual([]);
  });

  it('reads quoted fields holding commas and doubled quotes', () => {
    expect(parseCsv('a,b,c\n"Lê, Văn A","Trường ""Chu Văn An""",""\n')).toEqual([
      ['a', 'b', 'c'],
      ['Lê, Văn A', 'Trường "Chu Văn An"', ''],
    ]);
  });

  it('keeps line breaks inside quoted fields as \\n, whatever the file uses', () => {
    expect(parseCsv('a,b\r\n"dòng 1\r\ndòng 2",x\r\n"one\ntwo\rthree",y')).toEqual([
      ['a', 'b'],
      ['dòng 1\ndòng 2', 'x'],
      ['one\ntwo\nthree', 'y'],
    ]);
  });

  it('accepts CRLF, LF and lone CR line endings', () => {
    const expected = [
      ['a', 'b'],
      ['1', '2'],
    ];
    expect(parseCsv('a,b\r\n1,2\r\n')).toEqual(expected);
    expect(parseCsv('a,b\n1,2')).toEqual(expected);
    expect(parseCsv('a,b\r1,2\r')).toEqual(expected);
  });

  it('drops a UTF-8 byte order mark at the start only', () => {
    expect(parseCsv('\uFEFFfullName,gender\nAn,nam')).toEqual([
      ['fullName', 'gender'],
      ['An', 'nam'],
    ]);
    expect(parseCsv('a\n\uFEFFb')).toEqual([['a'], ['\uFEFFb']]);
  });

  it("uses ';' when the header line has more ';' than ','", () => {
    expect(parseCsv('Họ và tên;Giới tính;Lĩnh vực\nTrần, Thị B;nữ;"MUSIC;CHESS"\n')).toEqual([
      ['Họ và tên', 'Giới tính', 'Lĩnh vực'],
      ['Trần, Thị B', 'nữ', 'MUSIC;CHESS'],
    ]);
  });

  it("uses ',' on a tie and when the header line has no delimiter", () => {
    expect(parseCsv('a;b,c\n1;2,3')).toEqual([
      ['a;b', 'c'],
      ['1;2', '3'],
    ]);
    expect(parseCsv('fullName\nAn;B')).toEqual([['fullName'], ['An;B']]);
  });

  it('counts delimiters of the header line outside quotes only', () => {
    // Outside quotes: one ',' and no ';'.
    expect(parseCsv('"a;b;c",d\n1,2')).toEqual([
      ['a;b;c', 'd'],
      ['1', '2'],
    ]);
    // Outside quotes: two ';' and no ',' (the quoted header spans two lines).
    expect(parseCsv('"x,y,\nz";b;c\n1;2;3')).toEqual([
      ['x,y,\nz', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('keeps empty fields, including after a trailing delimiter', () => {
    expect(parseCsv('a,b,c\n,,\n1,,3,')).toEqual([
      ['a', 'b', 'c'],
      ['', '', ''],
      ['1', '', '3', ''],
    ]);
  });

  it('keeps blank lines inside the file and drops trailing ones', () => {
    expect(parseCsv('a\n1\n\n2\n\n\r\n')).toEqual([['a'], ['1'], [''], ['2']]);
  });

  it('does not trim fields', () => {
    expect(parseCsv(' a , b \n 1 ,"  2 "')).toEqual([
      [' a ', ' b '],
      [' 1 ', '  2 '],
    ]);
  });

  it('keeps a quote inside an unquoted field and text after a closing quote, as Excel does', () => {
    expect(parseCsv('a,b\n5" tall,"12"3')).toEqual([
      ['a', 'b'],
      ['5" tall', '123'],
    ]);
  });

  it('throws malformed, naming the line where an unclosed quoted field starts', () => {
    const error = parseError('a,b\n1,2\n3,"never closed\n4,5\n');
    expect(error.reason).toBe('malformed');
    expect(error.line).toBe(3);
    expect(error.message).toBe(
      'A quoted field starting on line 3 is never closed; remove the stray quotation mark (") or close it, then upload the file again.',
    );
  });

  it('counts physical lines for the unclosed quote, after quoted line breaks', () => {
    expect(parseError('a,b\r\n"x\r\ny",1\r\n2,"z').line).toBe(4);
  });
});
