import { entrantProblem } from './entry-eligibility';

const consenting = [{ kind: 'guardian' as const, scopes: ['registry' as const, 'contests' as const] }];
const band = { minAge: 8, maxAge: 11, agesOn: '2026-06-01' };
const today = '2026-11-27';

describe('entrantProblem', () => {
  it('accepts a child in the band with the guardian’s consent to contests', () => {
    expect(
      entrantProblem(
        { dateOfBirth: '2016-06-01', anonymised: false, activeConsents: consenting },
        band,
        today,
      ),
    ).toBeNull();
  });

  it('takes the age on the reference date: 12 the day after is still 11 on it', () => {
    const entrant = { dateOfBirth: '2014-06-02', anonymised: false, activeConsents: consenting };
    expect(entrantProblem(entrant, band, today)).toBeNull();
    expect(entrantProblem({ ...entrant, dateOfBirth: '2014-06-01' }, band, today)?.message.en).toBe(
      "is 12 on 2026-06-01, outside the category's ages (8 to 11)",
    );
  });

  it('refuses a child too young, naming the date in dd/MM/yyyy for Vietnamese readers', () => {
    const problem = entrantProblem(
      { dateOfBirth: '2018-06-02', anonymised: false, activeConsents: consenting },
      band,
      today,
    );
    expect(problem?.message.vi).toBe(
      '7 tuổi vào ngày 01/06/2026, ngoài độ tuổi của nội dung thi (8–11 tuổi)',
    );
  });

  it('needs the guardian’s consent to contests for a minor; registry alone is not enough', () => {
    const problem = entrantProblem(
      {
        dateOfBirth: '2016-01-01',
        anonymised: false,
        activeConsents: [{ kind: 'guardian', scopes: ['registry'] }],
      },
      band,
      today,
    );
    expect(problem?.message.en).toBe("lacks the guardian's consent to take part in contests");
  });

  it('asks no guardian’s consent of an adult entering a contest', () => {
    const adultBand = { minAge: null, maxAge: null, agesOn: '2026-06-01' };
    const adult = { dateOfBirth: '2000-01-01', anonymised: false, activeConsents: [] };
    expect(entrantProblem(adult, adultBand, today)).toBeNull();
  });

  it('refuses an anonymised record', () => {
    expect(
      entrantProblem({ dateOfBirth: null, anonymised: true, activeConsents: consenting }, band, today)
        ?.message.en,
    ).toBe('the record has been anonymised');
  });
});
