import { LocalisedText } from '../common/errors/language';
import { NewParticipant } from '../participants/participants.repository';
import {
  dateOfBirthProblem,
  normaliseName,
  normalisePhone,
  parseDate,
  parseGender,
} from '../participants/participant-rules';
import { consentDateProblem } from '../participants/consent-rules';
import { ConsentKind, ConsentMethod, ConsentScope } from '../participants/entities/consent.entity';
import { parseConsentMethod, parseConsentScopes } from './consent-cells';
import { ImportRowError } from './entities/import-job.entity';
import { ParticipantColumn } from './parsing/participant-columns';
import { ParticipantFileRow } from './parsing/read-participant-file';

export interface ParticipantRowContext {
  organisationId: number;
  today: string;
  /** Locality codes valid today → ids. */
  localityIds: Map<string, number>;
  /** Discipline codes (upper case) → ids. */
  disciplineIds: Map<string, number>;
}

/** A consent read from a row, recorded with the participant (the recorder is the import's uploader). */
export interface ImportedConsent {
  kind: ConsentKind;
  givenBy: string;
  relationship: string | null;
  givenOn: string;
  method: ConsentMethod;
  scopes: ConsentScope[];
}

export interface ValidParticipantRow {
  row: number;
  values: NewParticipant;
  disciplineIds: number[];
  consents: ImportedConsent[];
}

/** The three columns of each consent a row may carry. */
const CONSENT_COLUMNS = {
  guardian: {
    date: 'guardianConsentDate',
    method: 'guardianConsentMethod',
    scopes: 'guardianConsentScopes',
  },
  participant: { date: 'ownConsentDate', method: 'ownConsentMethod', scopes: 'ownConsentScopes' },
} as const satisfies Record<ConsentKind, Record<'date' | 'method' | 'scopes', ParticipantColumn>>;

const MAX_LENGTH: Partial<Record<ParticipantColumn, number>> = {
  fullName: 150,
  school: 200,
  guardianName: 150,
  guardianRelationship: 50,
};

/**
 * Checks one row of an import file as the API checks a new participant, turning codes into ids. Answers the
 * participant to insert, or every problem of the row (column and message).
 */
export function checkParticipantRow(
  { row, values }: ParticipantFileRow,
  context: ParticipantRowContext,
): { valid: ValidParticipantRow } | { errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const fail = (column: ParticipantColumn, message: LocalisedText) => errors.push({ row, column, message });

  for (const [column, max] of Object.entries(MAX_LENGTH) as [ParticipantColumn, number][]) {
    if (values[column].length > max)
      fail(column, { vi: `không được dài quá ${max} ký tự`, en: `must be at most ${max} characters long` });
  }
  const fullName = normaliseName(values.fullName);
  if (!fullName) fail('fullName', { vi: 'là bắt buộc', en: 'is required' });

  const gender = parseGender(values.gender);
  if (!gender)
    fail('gender', { vi: 'phải là Nam, Nữ hoặc Khác', en: 'must be Nam, Nữ or Khác (male, female, other)' });

  const dateOfBirth = parseDate(values.dateOfBirth);
  if (!dateOfBirth) {
    fail('dateOfBirth', {
      vi: 'phải là ngày có thật, dạng dd/mm/yyyy',
      en: 'must be a real date written dd/mm/yyyy',
    });
  } else {
    const problem = dateOfBirthProblem(dateOfBirth, context.today);
    if (problem) fail('dateOfBirth', problem);
  }

  const homeLocalityId = values.localityCode ? context.localityIds.get(values.localityCode) : null;
  if (homeLocalityId === undefined) {
    fail('localityCode', {
      vi: 'không phải mã địa bàn đang có hiệu lực',
      en: 'is not the code of a locality valid today',
    });
  }

  const guardianPhone = values.guardianPhone ? normalisePhone(values.guardianPhone) : null;
  if (guardianPhone === undefined) {
    fail('guardianPhone', {
      vi: 'phải là số điện thoại Việt Nam gồm 10 hoặc 11 chữ số',
      en: 'must be a Vietnamese phone number of 10 or 11 digits',
    });
  }

  const codes = values.disciplines
    .split(/[,;]/)
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);
  const unknown = codes.filter((code) => !context.disciplineIds.has(code));
  if (unknown.length > 0) {
    fail('disciplines', {
      vi: `không có lĩnh vực mã ${unknown.join(', ')}`,
      en: `unknown discipline code(s): ${unknown.join(', ')}`,
    });
  }

  const guardianName = values.guardianName ? normaliseName(values.guardianName) : null;
  const consents: ImportedConsent[] = [];
  for (const kind of ['guardian', 'participant'] as const) {
    const columns = CONSENT_COLUMNS[kind];
    if (!values[columns.date] && !values[columns.method] && !values[columns.scopes]) continue;
    const givenOn = parseDate(values[columns.date]);
    if (!givenOn) {
      fail(columns.date, {
        vi: 'phải là ngày có thật, dạng dd/mm/yyyy, khi có sự đồng ý',
        en: 'must be a real date written dd/mm/yyyy when a consent is given',
      });
    } else {
      const problem = consentDateProblem(givenOn, context.today, dateOfBirth ?? null);
      if (problem) fail(columns.date, problem);
    }
    const method = parseConsentMethod(values[columns.method]);
    if (!method)
      fail(columns.method, {
        vi: 'phải là giấy hoặc điện tử',
        en: 'must be paper or electronic (giấy, điện tử)',
      });
    const { scopes, unknown } = parseConsentScopes(values[columns.scopes]);
    if (unknown.length > 0 || scopes.length === 0) {
      fail(columns.scopes, {
        vi: `phải liệt kê phạm vi đồng ý: hồ sơ, dự thi, công bố, tuyển chọn (hoặc tất cả)${unknown.length > 0 ? `; không hiểu: ${unknown.join(', ')}` : ''}`,
        en: `must list the consent's scopes: registry, contests, publication, shortlisting (or all)${unknown.length > 0 ? `; not understood: ${unknown.join(', ')}` : ''}`,
      });
    }
    const givenBy = kind === 'guardian' ? guardianName : fullName;
    if (kind === 'guardian' && !givenBy)
      fail('guardianName', {
        vi: 'là bắt buộc khi có sự đồng ý của người giám hộ',
        en: 'is required with a guardian’s consent',
      });
    if (givenOn && method && scopes.length > 0 && givenBy) {
      consents.push({
        kind,
        givenBy,
        relationship: kind === 'guardian' ? values.guardianRelationship || null : null,
        givenOn,
        method,
        scopes,
      });
    }
  }

  if (errors.length > 0) return { errors };
  return {
    valid: {
      row,
      values: {
        fullName,
        namesakeKey: fullName,
        gender: gender!,
        dateOfBirth: dateOfBirth!,
        homeLocalityId: homeLocalityId ?? null,
        school: values.school || null,
        guardianName,
        guardianRelationship: values.guardianRelationship || null,
        guardianPhone: guardianPhone ?? null,
        organisationId: context.organisationId,
      },
      disciplineIds: [...new Set(codes.map((code) => context.disciplineIds.get(code)!))],
      consents,
    },
  };
}

/**
 * The key two rows of one file are the same person by: the name without case or accents (đ = d, as the
 * database compares), and the date of birth.
 */
export function personKey(values: Pick<NewParticipant, 'fullName' | 'dateOfBirth'>): string {
  const name = values.fullName.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
  return `${name}|${values.dateOfBirth}`;
}
