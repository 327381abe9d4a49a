import { AdvancingEntry, AdvancingMember, advancementSkip, TargetBounds } from './advancement-rules';

const TODAY = '2026-10-01';
const target: TargetBounds = {
  minAge: 8,
  maxAge: 12,
  ageReferenceDate: '2026-12-01',
  minMembers: 1,
  maxMembers: 3,
};

function member(participantId: number, extra: Partial<AdvancingMember> = {}): AdvancingMember {
  return {
    participantId,
    dateOfBirth: '2016-03-15',
    anonymised: false,
    activeConsents: [{ kind: 'guardian', scopes: ['registry', 'contests'] }],
    enteredInTarget: false,
    ...extra,
  };
}
const entry = (members: AdvancingMember[], extra: Partial<AdvancingEntry> = {}): AdvancingEntry => ({
  state: 'active',
  alreadyAdvanced: false,
  members,
  ...extra,
});

describe('advancementSkip', () => {
  it('lets an eligible entry through', () => {
    expect(advancementSkip(entry([member(1), member(2)]), target, TODAY)).toBeNull();
  });

  it('skips a withdrawn entry, then one already advanced, before looking at its members', () => {
    const late = member(1, { enteredInTarget: true });
    expect(
      advancementSkip(entry([late], { state: 'withdrawn', alreadyAdvanced: true }), target, TODAY),
    ).toEqual({
      reason: 'withdrawn',
    });
    expect(advancementSkip(entry([late], { alreadyAdvanced: true }), target, TODAY)).toEqual({
      reason: 'already_advanced',
    });
  });

  it('skips a team whose size no longer fits', () => {
    expect(advancementSkip(entry([1, 2, 3, 4].map((id) => member(id))), target, TODAY)).toEqual({
      reason: 'team_size',
    });
    expect(advancementSkip(entry([]), target, TODAY)).toEqual({ reason: 'team_size' });
  });

  it('names the members already entered, outside the age band, or without consent to enter', () => {
    expect(advancementSkip(entry([member(1), member(2, { enteredInTarget: true })]), target, TODAY)).toEqual({
      reason: 'member_already_entered',
      participantIds: [2],
    });
    // On 1 December 2026: born 2 December 2013 is 12, born 1 December 2013 is 13; born 1 December 2018 is 8.
    expect(advancementSkip(entry([member(1, { dateOfBirth: '2013-12-02' })]), target, TODAY)).toBeNull();
    expect(advancementSkip(entry([member(1, { dateOfBirth: '2018-12-01' })]), target, TODAY)).toBeNull();
    expect(
      advancementSkip(
        entry([member(1, { dateOfBirth: '2013-12-01' }), member(2, { dateOfBirth: '2018-12-02' })]),
        target,
        TODAY,
      ),
    ).toEqual({ reason: 'outside_age_band', participantIds: [1, 2] });
    expect(advancementSkip(entry([member(1, { activeConsents: [] })]), target, TODAY)).toEqual({
      reason: 'consent_missing',
      participantIds: [1],
    });
  });

  it('admits an adult with no consent on record: only a minor needs a guardian’s to enter', () => {
    const adult = member(1, { dateOfBirth: '2006-01-01', activeConsents: [] });
    expect(advancementSkip(entry([adult]), { ...target, maxAge: null }, TODAY)).toBeNull();
  });

  it('skips an anonymised member: there is nothing left to check', () => {
    expect(
      advancementSkip(entry([member(1, { anonymised: true, dateOfBirth: null })]), target, TODAY),
    ).toEqual({ reason: 'anonymised', participantIds: [1] });
  });
});
