import {
  assessmentsDropping,
  attendanceDropping,
  attendanceRate,
  normalisedAssessment,
} from './progress-rules';

describe('progress rules', () => {
  it('rates attendance as present over present and absent, leaving excused out', () => {
    expect(attendanceRate(3, 1)).toBe(0.75);
    expect(attendanceRate(2, 1)).toBe(0.67);
    expect(attendanceRate(0, 0)).toBeNull();
  });

  it('places an assessment between 0 and 1 whatever the scales', () => {
    // (7.5 − 0) / 10 = 0.75 and (3 − 1) / (5 − 1) = 0.5: mean 0.625, shown 0.63.
    expect(
      normalisedAssessment([
        { value: '7.50', min: '0.00', max: '10.00' },
        { value: '3.00', min: '1.00', max: '5.00' },
      ]),
    ).toBe(0.63);
  });

  it('flags attendance falling by 20 points or more, once both windows have 3 counted sessions', () => {
    expect(attendanceDropping({ present: 3, absent: 1 }, { present: 4, absent: 1 })).toBe(false); // 0.75 vs 0.8
    expect(attendanceDropping({ present: 2, absent: 2 }, { present: 4, absent: 1 })).toBe(true); // 0.5 vs 0.8
    expect(attendanceDropping({ present: 1, absent: 3 }, { present: 4, absent: 1 })).toBe(true); // 0.25 vs 0.8
    expect(attendanceDropping({ present: 0, absent: 2 }, { present: 5, absent: 0 })).toBe(false); // 2 sessions only
    expect(attendanceDropping({ present: 3, absent: 1 }, { present: 4, absent: 0 })).toBe(true); // 0.75 vs 1.0: exactly −0.25
    expect(attendanceDropping({ present: 4, absent: 1 }, { present: 5, absent: 0 })).toBe(true); // 0.8 vs 1.0: exactly −0.2
  });

  it('flags an assessment 0.1 or more below the previous one on the same rubric', () => {
    expect(assessmentsDropping(0.6, 0.7)).toBe(true);
    expect(assessmentsDropping(0.61, 0.7)).toBe(false);
    expect(assessmentsDropping(0.5, undefined)).toBe(false);
  });
});
