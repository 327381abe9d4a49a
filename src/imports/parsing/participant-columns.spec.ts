import { ImportFileError } from './import-file-error';
import {
  mapParticipantHeaders,
  normaliseHeader,
  PARTICIPANT_COLUMN_NAMES,
  PARTICIPANT_COLUMNS,
} from './participant-columns';

function mappingError(headers: string[]): ImportFileError {
  try {
    mapParticipantHeaders(headers);
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error('mapParticipantHeaders did not throw');
}

describe('normaliseHeader', () => {
  it.each([
    ['Họ và tên', 'ho va ten'],
    ['  HỌ   VÀ\tTÊN  ', 'ho va ten'],
    ['Họ và tên*', 'ho va ten'],
    ['Họ và tên *', 'ho va ten'],
    ['Họ và tên (*)', 'ho va ten'],
    ['Mã xã / Phường', 'ma xa/phuong'],
    ['SĐT', 'sdt'],
    ['Đơn vị', 'don vi'],
    ['Ngày tháng\nnăm sinh', 'ngay thang nam sinh'],
    ['guardianPhone', 'guardianphone'],
    // Decomposed (NFD) "Lĩnh vực", as typed on macOS.
    ['Li\u0303nh vu\u031b\u0323c', 'linh vuc'],
  ])('%p → %p', (header, expected) => {
    expect(normaliseHeader(header)).toBe(expected);
  });
});

describe('PARTICIPANT_COLUMNS', () => {
  it('requires full name, gender and date of birth only', () => {
    expect(PARTICIPANT_COLUMN_NAMES.filter((column) => PARTICIPANT_COLUMNS[column].required)).toEqual([
      'fullName',
      'gender',
      'dateOfBirth',
    ]);
  });

  it('gives no header to two columns', () => {
    const headers = PARTICIPANT_COLUMN_NAMES.flatMap((column) =>
      PARTICIPANT_COLUMNS[column].headers.map(normaliseHeader),
    );
    expect(new Set(headers).size).toBe(headers.length);
  });
});

const NO_CONSENT_COLUMNS = {
  guardianConsentDate: undefined,
  guardianConsentMethod: undefined,
  guardianConsentScopes: undefined,
  ownConsentDate: undefined,
  ownConsentMethod: undefined,
  ownConsentScopes: undefined,
};

describe('mapParticipantHeaders', () => {
  it('maps the Vietnamese headers of the consent columns', () => {
    expect(
      mapParticipantHeaders([
        'Họ và tên',
        'Giới tính',
        'Ngày sinh',
        'Ngày phụ huynh đồng ý',
        'Hình thức phụ huynh đồng ý',
        'Phạm vi giám hộ đồng ý',
        'Ngày trẻ đồng ý',
        'Hình thức tự đồng ý',
        'PHAM VI TRE DONG Y',
      ]),
    ).toMatchObject({
      guardianConsentDate: 3,
      guardianConsentMethod: 4,
      guardianConsentScopes: 5,
      ownConsentDate: 6,
      ownConsentMethod: 7,
      ownConsentScopes: 8,
    });
  });

  it('maps the canonical English headers', () => {
    expect(mapParticipantHeaders([...PARTICIPANT_COLUMN_NAMES])).toEqual({
      fullName: 0,
      gender: 1,
      dateOfBirth: 2,
      localityCode: 3,
      school: 4,
      guardianName: 5,
      guardianRelationship: 6,
      guardianPhone: 7,
      disciplines: 8,
      guardianConsentDate: 9,
      guardianConsentMethod: 10,
      guardianConsentScopes: 11,
      ownConsentDate: 12,
      ownConsentMethod: 13,
      ownConsentScopes: 14,
    });
  });

  it('maps Vietnamese headers with accents, required markers and odd spacing', () => {
    expect(
      mapParticipantHeaders([
        'STT',
        'Họ và tên *',
        'Giới tính*',
        'Ngày tháng năm sinh (*)',
        'Mã xã / phường',
        'Trường/Đơn vị',
        'Họ tên người giám hộ',
        'Quan hệ với trẻ',
        'Số   điện thoại',
        'Môn năng khiếu',
      ]),
    ).toEqual({
      fullName: 1,
      gender: 2,
      dateOfBirth: 3,
      localityCode: 4,
      school: 5,
      guardianName: 6,
      guardianRelationship: 7,
      guardianPhone: 8,
      disciplines: 9,
      ...NO_CONSENT_COLUMNS,
    });
  });

  it('maps Vietnamese headers typed without accents, in any case', () => {
    expect(
      mapParticipantHeaders(['HO TEN', 'gioi tinh', 'Ngay Sinh', 'ma dia ban', 'truong', 'phu huynh', 'sdt']),
    ).toEqual({
      fullName: 0,
      gender: 1,
      dateOfBirth: 2,
      localityCode: 3,
      school: 4,
      guardianName: 5,
      guardianRelationship: undefined,
      guardianPhone: 6,
      disciplines: undefined,
      ...NO_CONSENT_COLUMNS,
    });
  });

  it('ignores unknown and empty headers and leaves absent optional columns undefined', () => {
    expect(mapParticipantHeaders(['', 'Ghi chú', 'Họ tên', 'Dân tộc', 'GENDER', 'dateofbirth'])).toEqual({
      fullName: 2,
      gender: 4,
      dateOfBirth: 5,
      localityCode: undefined,
      school: undefined,
      guardianName: undefined,
      guardianRelationship: undefined,
      guardianPhone: undefined,
      disciplines: undefined,
      ...NO_CONSENT_COLUMNS,
    });
  });

  it('does not take a given-name column ("Tên", beside "Họ và tên đệm") for the full name', () => {
    expect(() => mapParticipantHeaders(['Họ và tên đệm', 'Tên', 'Giới tính', 'Ngày sinh'])).toThrow(
      expect.objectContaining({ reason: 'missing_columns', columns: ['fullName'] }),
    );
  });

  it('keeps the first of two headers naming the same column', () => {
    const indexes = mapParticipantHeaders([
      'Họ tên',
      'Giới tính',
      'Ngày sinh',
      'Điện thoại',
      'SĐT',
      'fullName',
    ]);
    expect(indexes.fullName).toBe(0);
    expect(indexes.guardianPhone).toBe(3);
  });

  it('throws missing_columns naming every absent required column, in canonical order', () => {
    const error = mappingError(['Ngày sinh', 'Trường', 'Họ tên người giám hộ']);
    expect(error.reason).toBe('missing_columns');
    expect(error.columns).toEqual(['fullName', 'gender']);
    expect(error.message).toBe(
      'The header row (the first row) lacks the required column(s) fullName, gender; add them and upload the file again.',
    );
  });

  it('throws missing_columns with all three required columns for an unrelated header', () => {
    expect(mappingError(['STT', 'Lớp']).columns).toEqual(['fullName', 'gender', 'dateOfBirth']);
  });
});
