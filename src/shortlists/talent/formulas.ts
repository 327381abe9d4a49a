import type { Level, TalentParameters } from './parameters';

/** Completed months from `from` to `to` (YYYY-MM-DD), 0 when `from` is later. 2023-12-31 → 2025-12-31: 24. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd && !isLastDay(ty, tm, td) ? 1 : 0);
  return Math.max(0, months);
}

/** A month's last day completes a month started on a later day number (31 Jan → 28 Feb is one month). */
function isLastDay(year: number, month: number, day: number): boolean {
  return new Date(Date.UTC(year, month, 0)).getUTCDate() === day;
}

/**
 * The percentile of rank r among N ranked entries, t of them sharing r: the mid place m = r + (t − 1)/2 gives
 * (N − m)/(N − 1); 1 when N = 1.
 */
export function percentile(rank: number, tied: number, ranked: number): number {
  if (ranked <= 1) return 1;
  const mid = rank + (tied - 1) / 2;
  return (ranked - mid) / (ranked - 1);
}

/** 0.5 ^ (age / half-life), both in months. */
export function halfLifeDecay(ageMonths: number, halfLifeMonths: number): number {
  return Math.pow(0.5, ageMonths / halfLifeMonths);
}

/** The bonus of the prize at `prizePlace` (0 for the first rule of the category's list); 0 without a prize. */
export function awardBonus(prizePlace: number | null, bonuses: readonly number[]): number {
  if (prizePlace === null || bonuses.length === 0) return 0;
  return bonuses[Math.min(prizePlace, bonuses.length - 1)];
}

export function levelFactor(level: Level, weights: TalentParameters['levelWeights']): number {
  return weights[level] / Math.max(...Object.values(weights));
}

/** An assessment's marks on their scales, averaged to 0–1. */
export function normalisedAssessment(marks: readonly { value: number; min: number; max: number }[]): number {
  if (marks.length === 0) return 0;
  const sum = marks.reduce((total, mark) => total + (mark.value - mark.min) / (mark.max - mark.min), 0);
  return sum / marks.length;
}

/** The weights scaled to sum 1. */
export function normalisedWeights(weights: TalentParameters['weights']): TalentParameters['weights'] {
  const sum = weights.contests + weights.assessments + weights.attendance;
  return {
    contests: weights.contests / sum,
    assessments: weights.assessments / sum,
    attendance: weights.attendance / sum,
  };
}
