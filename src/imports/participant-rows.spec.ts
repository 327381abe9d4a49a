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
  guardianConsentDate: '',
  guardianConsentMethod: '',
  guardianConsentScopes: '',
  ownConsentDate: '',
  ownConsentMethod: '',
  ownConsentScopes: '',
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
        consents: [],
      },
    });
  });

  const child = {
    ...blank,
    fullName: 'Lê Thị Hồng',
    gender: 'Nữ',
    dateOfBirth: '10/01/2014',
    guardianName: 'Lê Văn Sơn',
    guardianRelationship: 'bố',
  };

  it('reads the guardian’s and the child’s own consents, in Vietnamese words or codes', () => {
    const result = checkParticipantRow(
      {
        row: 5,
        values: {
          ...child,
          guardianConsentDate: '05/09/2026',
          guardianConsentMethod: 'Giấy',
          guardianConsentScopes: 'hồ sơ; dự thi, Công bố',
          ownConsentDate: '2026-09-01',
          ownConsentMethod: 'điện tử',
          ownConsentScopes: 'publication',
        },
      },
      { ...context, today: '2026-09-05' },
    );
    expect('valid' in result && result.valid.consents).toEqual([
      {
        kind: 'guardian',
        givenBy: 'Lê Văn Sơn',
        relationship: 'bố',
        givenOn: '2026-09-05',
        method: 'paper',
        scopes: ['registry', 'contests', 'publication'],
      },
      {
        kind: 'participant',
        givenBy: 'Lê Thị Hồng',
        relationship: null,
        givenOn: '2026-09-01',
        method: 'electronic',
        scopes: ['publication'],
      },
    ]);
  });

  it('takes an empty method as paper and "tất cả" as every scope', () => {
    const result = checkParticipantRow(
      { row: 6, values: { ...child, guardianConsentDate: '01/09/2026', guardianConsentScopes: 'Tất cả' } },
      context,
    );
    expect('valid' in result && result.valid.consents).toEqual([
      expect.objectContaining({
        method: 'paper',
        scopes: ['registry', 'contests', 'publication', 'shortlisting'],
      }),
    ]);
  });

  it('reports a consent without a date, with a future date or before birth, unknown scopes or method', () => {
    const result = checkParticipantRow(
      {
        row: 7,
        values: {
          ...child,
          guardianName: '',
          guardianConsentScopes: 'dự thi, quảng cáo',
          guardianConsentMethod: 'fax',
          ownConsentDate: '01/01/2013',
        },
      },
      context,
    );
    expect(
      'errors' in result && result.errors.map((error) => [error.row, error.column, error.message.en]),
    ).toEqual([
      [7, 'guardianConsentDate', 'must be a real date written dd/mm/yyyy when a consent is given'],
      [7, 'guardianConsentMethod', 'must be paper or electronic (giấy, điện tử)'],
      [
        7,
        'guardianConsentScopes',
        "must list the consent's scopes: registry, contests, publication, shortlisting (or all); not understood: quảng cáo",
      ],
      [7, 'guardianName', 'is required with a guardian’s consent'],
      [7, 'ownConsentDate', 'must not be before the date of birth'],
      [
        7,
        'ownConsentScopes',
        "must list the consent's scopes: registry, contests, publication, shortlisting (or all)",
      ],
    ]);
    const future = checkParticipantRow(
      { row: 8, values: { ...child, ownConsentDate: '02/09/2026', ownConsentScopes: 'công bố' } },
      context,
    );
    expect('errors' in future && future.errors.map((error) => error.message.en)).toEqual([
      'must not be in the future',
    ]);
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
