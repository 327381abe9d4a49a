import {
  ageOn,
  bornYearsBefore,
  dateOfBirthProblem,
  nameSuffixes,
  normaliseName,
  normalisePhone,
  parseDate,
  parseGender,
  todayInVietnam,
} from './participant-rules';

describe('participant rules', () => {
  it('normalises names to NFC with single spaces, and keys them from each word', () => {
    expect(normaliseName('  Nguyễn   Văn\tĐức '.normalize('NFD'))).toBe('Nguyễn Văn Đức'.normalize('NFC'));
    expect(nameSuffixes('Nguyễn Văn Đức')).toEqual(['Nguyễn Văn Đức', 'Văn Đức', 'Đức']);
    expect(nameSuffixes('  ')).toEqual([]);
  });

  it('counts the date in Vietnam, seven hours ahead of UTC', () => {
    expect(todayInVietnam(new Date('2026-06-30T16:59:59Z'))).toBe('2026-06-30');
    expect(todayInVietnam(new Date('2026-06-30T17:00:00Z'))).toBe('2026-07-01');
  });

  it('counts completed years, birthdays included', () => {
    expect(ageOn('2012-05-03', '2026-05-02')).toBe(13);
    expect(ageOn('2012-05-03', '2026-05-03')).toBe(14);
    expect(ageOn('2012-02-29', '2026-02-28')).toBe(13);
    expect(ageOn('2012-02-29', '2026-03-01')).toBe(14);
  });

  it('finds the birth date that makes someone a given age, 29 February included', () => {
    expect(bornYearsBefore('2026-05-03', 14)).toBe('2012-05-03');
    expect(bornYearsBefore('2024-02-29', 1)).toBe('2023-02-28');
    expect(ageOn(bornYearsBefore('2024-02-29', 1), '2024-02-29')).toBe(1);
  });

  it('refuses dates of birth in the future or outside ages 3 to 35', () => {
    const today = '2026-09-01';
    expect(dateOfBirthProblem('2026-09-02', today)?.en).toBe('must not be in the future');
    expect(dateOfBirthProblem('2023-09-02', today)?.en).toBe(
      "gives an age of 2, outside the programme's 3–35",
    );
    expect(dateOfBirthProblem('2023-09-01', today)).toBeUndefined();
    expect(dateOfBirthProblem('1991-09-01', today)).toBeUndefined();
    expect(dateOfBirthProblem('1990-09-01', today)?.vi).toBe(
      'cho tuổi 36, ngoài khoảng 3–35 tuổi của chương trình',
    );
  });

  it.each([
    ['03/05/2012', '2012-05-03'],
    ['3/5/2012', '2012-05-03'],
    ['03-05-2012', '2012-05-03'],
    ['03.05.2012', '2012-05-03'],
    ['2012-05-03', '2012-05-03'],
    [' 29/02/2012 ', '2012-02-29'],
    ['31/02/2012', undefined],
    ['2012/05/03', undefined],
    ['05/2012', undefined],
    ['', undefined],
  ])('reads the date %p as %p', (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });

  it.each([
    ['Nam', 'male'],
    ['nữ', 'female'],
    ['NỮ', 'female'],
    ['nu', 'female'],
    ['Khác', 'other'],
    ['female', 'female'],
    ['X', undefined],
  ])('reads the gender %p as %p', (text, expected) => {
    expect(parseGender(text)).toBe(expected);
  });

  it.each([
    ['0912345678', '0912345678'],
    ['0912 345 678', '0912345678'],
    ['+84 912.345.678', '0912345678'],
    ['84912345678', '0912345678'],
    ['912345678', '0912345678'],
    ['(024) 3825-1234', '02438251234'],
    ['(012) 3825-1234', undefined],
    ['12345', undefined],
    ['091234567', undefined],
  ])('reads the phone %p as %p', (text, expected) => {
    expect(normalisePhone(text)).toBe(expected);
  });
});
