import { LocalisedText } from '../common/errors/language';
import { NewParticipant } from '../participants/participants.repository';
import {
  dateOfBirthProblem,
  normaliseName,
  normalisePhone,
  parseDate,
  parseGender,
} from '../participants/participant-rules';
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

export interface ValidParticipantRow {
  row: number;
  values: NewParticipant;
  disciplineIds: number[];
}

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
        guardianName: values.guardianName ? normaliseName(values.guardianName) : null,
        guardianRelationship: values.guardianRelationship || null,
        guardianPhone: guardianPhone ?? null,
        organisationId: context.organisationId,
      },
      disciplineIds: [...new Set(codes.map((code) => context.disciplineIds.get(code)!))],
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
