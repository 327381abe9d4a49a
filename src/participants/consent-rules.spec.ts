import { missingConsents, requiredConsents } from './consent-rules';

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
