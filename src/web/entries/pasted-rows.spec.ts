import { foldName, parseDayMonthYear, parsePastedRows } from './pasted-rows';

describe('rows pasted from a spreadsheet', () => {
  it('reads tab-separated cells, skips the header line and blank lines, and keeps line numbers', () => {
    const rows = parsePastedRows(
      'Họ và tên\tNgày sinh\tĐơn vị\r\nNguyễn Văn An\t05/03/2015\tPhường Hồng Gai\t\n\nTrần Thị Bình\t1/2/2016\tHạ Long\tBài hát',
    );
    expect(rows).toEqual([
      {
        line: 2,
        fullName: 'Nguyễn Văn An',
        dateOfBirthText: '05/03/2015',
        dateOfBirth: '2015-03-05',
        unit: 'Phường Hồng Gai',
        title: '',
      },
      {
        line: 4,
        fullName: 'Trần Thị Bình',
        dateOfBirthText: '1/2/2016',
        dateOfBirth: '2016-02-01',
        unit: 'Hạ Long',
        title: 'Bài hát',
      },
    ]);
  });

  it('keeps a first line that is data, not headers', () => {
    expect(parsePastedRows('Lê Văn Cường\t02/09/2014')).toHaveLength(1);
  });

  it('reads dates day first, refuses dates that do not exist', () => {
    expect(parseDayMonthYear('29/02/2016')).toBe('2016-02-29');
    expect(parseDayMonthYear('29/02/2015')).toBeNull();
    expect(parseDayMonthYear('31/04/2016')).toBeNull();
    expect(parseDayMonthYear('2016-04-30')).toBe('2016-04-30');
    expect(parseDayMonthYear('04.30.2016')).toBeNull();
    expect(parseDayMonthYear('hôm qua')).toBeNull();
  });

  it('folds names so that diacritics, đ, case and spacing do not matter', () => {
    expect(foldName('  Đặng   Thị Ánh ')).toBe('dang thi anh');
    expect(foldName('dang thi anh')).toBe(foldName('ĐẶNG THỊ ÁNH'));
  });
});
