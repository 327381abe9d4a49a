/**
 * The share of sessions attended: present ÷ (present + absent). Excused absences count neither way, so a
 * child who was ill is not marked down. Null when nothing counts.
 */
export function attendanceRate(present: number, absent: number): number | null {
  return present + absent === 0 ? null : round2(present / (present + absent));
}

/** An assessment as one number from 0 to 1: the mean of each mark's place on its criterion's scale. */
export function normalisedAssessment(marks: { value: string; min: string; max: string }[]): number {
  const places = marks.map(
    (mark) => (Number(mark.value) - Number(mark.min)) / (Number(mark.max) - Number(mark.min)),
  );
  return round2(places.reduce((sum, place) => sum + place, 0) / places.length);
}

/** Sessions counted (present or absent) in each window before a rate is compared. */
export const MIN_SESSIONS_TO_COMPARE = 3;
/** A fall in attendance rate, between the last 90 days and the 90 before, that flags a trainee. */
export const ATTENDANCE_DROP = 0.2;
/** A fall in the normalised score, from one assessment to the next on the same rubric, that flags a trainee. */
export const ASSESSMENT_DROP = 0.1;

export function attendanceDropping(
  recent: { present: number; absent: number },
  earlier: { present: number; absent: number },
): boolean {
  const counted = (window: { present: number; absent: number }) => window.present + window.absent;
  if (counted(recent) < MIN_SESSIONS_TO_COMPARE || counted(earlier) < MIN_SESSIONS_TO_COMPARE) return false;
  return (
    attendanceRate(recent.present, recent.absent)! <=
    attendanceRate(earlier.present, earlier.absent)! - ATTENDANCE_DROP
  );
}

export function assessmentsDropping(latest: number | undefined, previous: number | undefined): boolean {
  return latest !== undefined && previous !== undefined && latest <= round2(previous - ASSESSMENT_DROP);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
