import { LocalisedText } from '../common/errors/language';
import { ConsentKind, ConsentScope } from './entities/consent.entity';

/** What a participant's data is about to be used for. */
export const CONSENT_PURPOSES = ['club_membership', 'event_entry', 'publication', 'shortlisting'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export interface ConsentRequirement {
  kind: ConsentKind;
  scope: ConsentScope;
}

const SCOPE_OF: Record<ConsentPurpose, ConsentScope> = {
  club_membership: 'registry',
  event_entry: 'contests',
  publication: 'publication',
  shortlisting: 'shortlisting',
};

/** The age of majority, below which a guardian consents. */
export const ADULT_AGE = 18;
/** From this age a child's own consent is needed too before their name is published (PDP Law 2025, art. 24). */
export const OWN_CONSENT_AGE = 7;

/**
 * The consents a purpose needs at a given age: a guardian's for a minor, and for publication or
 * shortlisting the person's own from age 7.
 */
export function requiredConsents(purpose: ConsentPurpose, age: number): ConsentRequirement[] {
  const scope = SCOPE_OF[purpose];
  const required: ConsentRequirement[] = [];
  if (age < ADULT_AGE) required.push({ kind: 'guardian', scope });
  if ((purpose === 'publication' || purpose === 'shortlisting') && age >= OWN_CONSENT_AGE) {
    required.push({ kind: 'participant', scope });
  }
  return required;
}

/** The required consents that no active (not withdrawn) consent covers. */
export function missingConsents(
  purpose: ConsentPurpose,
  age: number,
  active: { kind: ConsentKind; scopes: ConsentScope[] }[],
): ConsentRequirement[] {
  return requiredConsents(purpose, age).filter(
    (need) => !active.some((consent) => consent.kind === need.kind && consent.scopes.includes(need.scope)),
  );
}

/** Why a consent cannot be dated `givenOn` (YYYY-MM-DD), or undefined: not in the future, not before birth. */
export function consentDateProblem(
  givenOn: string,
  today: string,
  dateOfBirth: string | null,
): LocalisedText | undefined {
  if (givenOn > today) return { vi: 'không được ở tương lai', en: 'must not be in the future' };
  if (dateOfBirth !== null && givenOn < dateOfBirth)
    return { vi: 'không được trước ngày sinh', en: 'must not be before the date of birth' };
  return undefined;
}
