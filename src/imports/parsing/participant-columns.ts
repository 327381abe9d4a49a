import { ImportFileError } from './import-file-error';

export interface ParticipantColumnSpec {
  required: boolean;
  /** Headers accepted for the column, the canonical (English) name first. */
  headers: readonly string[];
}

/** The columns of a participants file, in the order of the import template. */
export const PARTICIPANT_COLUMNS = {
  fullName: { required: true, headers: ['fullName', 'Họ và tên', 'Họ tên'] },
  gender: { required: true, headers: ['gender', 'Giới tính'] },
  dateOfBirth: { required: true, headers: ['dateOfBirth', 'Ngày sinh', 'Ngày tháng năm sinh'] },
  localityCode: { required: false, headers: ['localityCode', 'Mã địa bàn', 'Mã xã', 'Mã xã/phường'] },
  school: { required: false, headers: ['school', 'Trường', 'Trường/Đơn vị', 'Đơn vị'] },
  guardianName: {
    required: false,
    headers: ['guardianName', 'Họ tên người giám hộ', 'Người giám hộ', 'Phụ huynh'],
  },
  guardianRelationship: { required: false, headers: ['guardianRelationship', 'Quan hệ', 'Quan hệ với trẻ'] },
  guardianPhone: { required: false, headers: ['guardianPhone', 'Số điện thoại', 'Điện thoại', 'SĐT'] },
  /** Discipline codes separated by ',' or ';' inside the cell. */
  disciplines: { required: false, headers: ['disciplines', 'Lĩnh vực', 'Môn năng khiếu'] },
  /** The guardian's consent (given by guardianName): the day, paper or electronic, and its scopes. */
  guardianConsentDate: {
    required: false,
    headers: ['guardianConsentDate', 'Ngày giám hộ đồng ý', 'Ngày phụ huynh đồng ý'],
  },
  guardianConsentMethod: {
    required: false,
    headers: ['guardianConsentMethod', 'Hình thức giám hộ đồng ý', 'Hình thức phụ huynh đồng ý'],
  },
  guardianConsentScopes: {
    required: false,
    headers: ['guardianConsentScopes', 'Phạm vi giám hộ đồng ý', 'Phạm vi phụ huynh đồng ý'],
  },
  /** The child's (or young person's) own consent. */
  ownConsentDate: { required: false, headers: ['ownConsentDate', 'Ngày tự đồng ý', 'Ngày trẻ đồng ý'] },
  ownConsentMethod: {
    required: false,
    headers: ['ownConsentMethod', 'Hình thức tự đồng ý', 'Hình thức trẻ đồng ý'],
  },
  ownConsentScopes: {
    required: false,
    headers: ['ownConsentScopes', 'Phạm vi tự đồng ý', 'Phạm vi trẻ đồng ý'],
  },
} as const satisfies Record<string, ParticipantColumnSpec>;

export type ParticipantColumn = keyof typeof PARTICIPANT_COLUMNS;

export const PARTICIPANT_COLUMN_NAMES = Object.keys(PARTICIPANT_COLUMNS) as ParticipantColumn[];

/** Each accepted header, normalised, to its column. */
const COLUMN_BY_HEADER = new Map<string, ParticipantColumn>(
  PARTICIPANT_COLUMN_NAMES.flatMap((column) =>
    PARTICIPANT_COLUMNS[column].headers.map((header) => [normaliseHeader(header), column] as const),
  ),
);

/**
 * The form in which headers are compared: lower case, without diacritics (đ = d), without a trailing
 * required-column marker ('*' or '(*)'), with runs of white space made one space and none around '/'.
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*(\(\s*\*\s*\)|\*)$/, '')
    .replace(/\s*\/\s*/g, '/')
    .trim();
}

/**
 * The index of each column in the header row (undefined for an absent optional column). Unknown headers are
 * ignored; when two headers name the same column, the first wins. Throws ImportFileError('missing_columns')
 * naming every absent required column.
 */
export function mapParticipantHeaders(headers: string[]): Record<ParticipantColumn, number | undefined> {
  const indexes = Object.fromEntries(PARTICIPANT_COLUMN_NAMES.map((column) => [column, undefined])) as Record<
    ParticipantColumn,
    number | undefined
  >;

  headers.forEach((header, index) => {
    const column = COLUMN_BY_HEADER.get(normaliseHeader(header));
    if (column !== undefined && indexes[column] === undefined) indexes[column] = index;
  });

  const missing = PARTICIPANT_COLUMN_NAMES.filter(
    (column) => PARTICIPANT_COLUMNS[column].required && indexes[column] === undefined,
  );
  if (missing.length > 0) throw ImportFileError.missingColumns(missing);
  return indexes;
}
