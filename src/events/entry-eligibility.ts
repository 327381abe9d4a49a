import { LocalisedText } from '../common/errors/language';
import { missingConsents } from '../participants/consent-rules';
import { ConsentKind, ConsentScope } from '../participants/entities/consent.entity';
import { ageOn } from '../participants/participant-rules';

/** What the eligibility rules need to know of a would-be entrant. */
export interface Entrant {
  dateOfBirth: string | null;
  anonymised: boolean;
  activeConsents: { kind: ConsentKind; scopes: ConsentScope[] }[];
}

/** Why a participant may not enter: stable codes (advancement reports them), each with its message. */
export type EntrantProblemReason = 'anonymised' | 'outside_age_band' | 'consent_missing';

export interface EntrantProblem {
  reason: EntrantProblemReason;
  message: LocalisedText;
}

export interface AgeBand {
  minAge: number | null;
  maxAge: number | null;
  /** The day ages are taken on. */
  agesOn: string;
}

/**
 * Why a participant may not enter a category, or null: anonymised, outside the age band on the reference
 * date, or without the consents entering an event needs (a guardian's for a minor, as of `today`).
 */
export function entrantProblem(entrant: Entrant, band: AgeBand, today: string): EntrantProblem | null {
  if (entrant.anonymised || entrant.dateOfBirth === null) {
    return {
      reason: 'anonymised',
      message: { vi: 'hồ sơ đã được ẩn danh', en: 'the record has been anonymised' },
    };
  }
  const age = ageOn(entrant.dateOfBirth, band.agesOn);
  const tooYoung = band.minAge !== null && age < band.minAge;
  const tooOld = band.maxAge !== null && age > band.maxAge;
  if (tooYoung || tooOld) {
    const range = ageRange(band);
    return {
      reason: 'outside_age_band',
      message: {
        vi: `${age} tuổi vào ngày ${vietnameseDate(band.agesOn)}, ngoài độ tuổi của nội dung thi (${range.vi})`,
        en: `is ${age} on ${band.agesOn}, outside the category's ages (${range.en})`,
      },
    };
  }
  const missing = missingConsents('event_entry', ageOn(entrant.dateOfBirth, today), entrant.activeConsents);
  if (missing.length > 0) {
    const who = (kind: ConsentKind, language: 'vi' | 'en') =>
      language === 'vi'
        ? kind === 'guardian'
          ? 'người giám hộ'
          : 'chính người tham gia'
        : kind === 'guardian'
          ? "the guardian's"
          : "the participant's own";
    return {
      reason: 'consent_missing',
      message: {
        vi: `chưa có sự đồng ý tham gia hội thi của ${missing.map((need) => who(need.kind, 'vi')).join(' và ')}`,
        en: `lacks ${missing.map((need) => who(need.kind, 'en')).join(' and ')} consent to take part in contests`,
      },
    };
  }
  return null;
}

function ageRange({ minAge, maxAge }: AgeBand): LocalisedText {
  if (minAge !== null && maxAge !== null)
    return { vi: `${minAge}–${maxAge} tuổi`, en: `${minAge} to ${maxAge}` };
  if (minAge !== null) return { vi: `từ ${minAge} tuổi`, en: `${minAge} or older` };
  return { vi: `đến ${maxAge} tuổi`, en: `${maxAge} or younger` };
}

/** dd/MM/yyyy, as Vietnamese users read dates. */
function vietnameseDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}
