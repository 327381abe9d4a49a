import { consentDateProblem, missingConsents, requiredConsents } from './consent-rules';

describe('consent rules', () => {
  it('asks a guardian for a minor, for every purpose', () => {
    expect(requiredConsents('event_entry', 10)).toEqual([{ kind: 'guardian', scope: 'contests' }]);
    expect(requiredConsents('club_membership', 17)).toEqual([{ kind: 'guardian', scope: 'registry' }]);
    expect(requiredConsents('event_entry', 18)).toEqual([]);
  });

  it('asks the child too from age 7 before publication or shortlisting, and an adult alone', () => {
    expect(requiredConsents('publication', 6)).toEqual([{ kind: 'guardian', scope: 'publication' }]);
    expect(requiredConsents('publication', 7)).toEqual([
      { kind: 'guardian', scope: 'publication' },
      { kind: 'participant', scope: 'publication' },
    ]);
    expect(requiredConsents('shortlisting', 25)).toEqual([{ kind: 'participant', scope: 'shortlisting' }]);
  });

  it('counts only consents of the right kind covering the scope', () => {
    const guardianContests = {
      kind: 'guardian' as const,
      scopes: ['registry' as const, 'contests' as const],
    };
    expect(missingConsents('event_entry', 12, [guardianContests])).toEqual([]);
    expect(missingConsents('publication', 12, [guardianContests])).toEqual([
      { kind: 'guardian', scope: 'publication' },
      { kind: 'participant', scope: 'publication' },
    ]);
    // The child's own consent does not stand in for the guardian's.
    expect(missingConsents('event_entry', 12, [{ kind: 'participant', scopes: ['contests'] }])).toEqual([
      { kind: 'guardian', scope: 'contests' },
    ]);
  });
});

describe('consentDateProblem', () => {
  const TODAY = '2026-09-05';

  it('accepts today, and the day of birth itself', () => {
    expect(consentDateProblem(TODAY, TODAY, '2016-03-15')).toBeUndefined();
    expect(consentDateProblem('2016-03-15', TODAY, '2016-03-15')).toBeUndefined();
  });

  it('refuses tomorrow and the day before birth', () => {
    expect(consentDateProblem('2026-09-06', TODAY, '2016-03-15')).toEqual({
      vi: 'không được ở tương lai',
      en: 'must not be in the future',
    });
    expect(consentDateProblem('2016-03-14', TODAY, '2016-03-15')).toEqual({
      vi: 'không được trước ngày sinh',
      en: 'must not be before the date of birth',
    });
  });

  it('checks only the future when the date of birth is gone (anonymised)', () => {
    expect(consentDateProblem('2000-01-01', TODAY, null)).toBeUndefined();
  });
});
