import { checkParticipantRow, personKey } from './participant-rows';
import { ParticipantColumn } from './parsing/participant-columns';

const context = {
  organisationId: 7,
  today: '2026-09-01',
  localityIds: new Map([['07054', 101]]),
  disciplineIds: new Map([
    ['SPORTS.CHESS', 17],
    ['MUSIC.PIANO', 3],
  ]),
};

const blank: Record<ParticipantColumn, string> = {
  fullName: '',
  gender: '',
  dateOfBirth: '',
  localityCode: '',
  school: '',
  guardianName: '',
  guardianRelationship: '',
  guardianPhone: '',
  disciplines: '',
};

describe('checking an import row', () => {
  it('turns a good row into a participant, codes into ids', () => {
    const result = checkParticipantRow(
      {
        row: 2,
        values: {
          ...blank,
          fullName: 'Nguyễn  Văn Đức',
          gender: 'Nam',
          dateOfBirth: '03/05/2012',
          localityCode: '07054',
          school: 'Trường THCS Quảng La',
          guardianName: 'Nguyễn Văn Bình',
          guardianRelationship: 'bố',
          guardianPhone: '912 345 678',
          disciplines: 'sports.chess; MUSIC.PIANO, SPORTS.CHESS',
        },
      },
      context,
    );
    expect(result).toEqual({
      valid: {
        row: 2,
        values: {
          fullName: 'Nguyễn Văn Đức',
          gender: 'male',
          dateOfBirth: '2012-05-03',
          homeLocalityId: 101,
          school: 'Trường THCS Quảng La',
          guardianName: 'Nguyễn Văn Bình',
          guardianRelationship: 'bố',
          guardianPhone: '0912345678',
          organisationId: 7,
        },
        disciplineIds: [17, 3],
      },
    });
  });

  it('reports every problem of a row, by column', () => {
    const result = checkParticipantRow(
      {
        row: 14,
        values: {
          ...blank,
          gender: 'X',
          dateOfBirth: '31/02/2012',
          localityCode: '99999',
          guardianPhone: '123',
          disciplines: 'CHESS',
        },
      },
      context,
    );
    expect(
      'errors' in result && result.errors.map((error) => [error.row, error.column, error.message.en]),
    ).toEqual([
      [14, 'fullName', 'is required'],
      [14, 'gender', 'must be Nam, Nữ or Khác (male, female, other)'],
      [14, 'dateOfBirth', 'must be a real date written dd/mm/yyyy'],
      [14, 'localityCode', 'is not the code of a locality valid today'],
      [14, 'guardianPhone', 'must be a Vietnamese phone number of 10 or 11 digits'],
      [14, 'disciplines', 'unknown discipline code(s): CHESS'],
    ]);
  });

  it('refuses an age outside 3–35 and text longer than the columns hold', () => {
    const result = checkParticipantRow(
      { row: 3, values: { ...blank, fullName: 'A'.repeat(151), gender: 'Nữ', dateOfBirth: '01/09/2024' } },
      context,
    );
    expect('errors' in result && result.errors.map((error) => error.column)).toEqual([
      'fullName',
      'dateOfBirth',
    ]);
  });

  it('keys a person by name without case or accents (đ = d) and date of birth', () => {
    expect(personKey({ fullName: 'Đặng Thị Ánh', dateOfBirth: '2012-05-03' })).toBe(
      'dang thi anh|2012-05-03',
    );
    expect(personKey({ fullName: 'DANG THI ANH', dateOfBirth: '2012-05-03' })).toBe(
      personKey({ fullName: 'Đặng Thị Ánh'.normalize('NFD'), dateOfBirth: '2012-05-03' }),
    );
  });
});
