/** The version of the formulas in talent-score.md; a run records it so old runs stay explainable. */
export const SCORING_VERSION = 'talent-1';

export const LEVELS = ['grassroots', 'district', 'provincial', 'national'] as const;
export type Level = (typeof LEVELS)[number];

/** Every tunable number of the talent score (talent-score.md), with its default. */
export interface TalentParameters {
  weights: { contests: number; assessments: number; attendance: number };
  levelWeights: Record<Level, number>;
  /** Bonus by the prize's place in its category's prize list (first rule first); the last one repeats. */
  awardBonus: number[];
  halfLifeYears: number;
  assessmentHalfLifeMonths: number;
  teamFactor: number;
  /** How many of a child's best results count. */
  bestResults: number;
  /** Distinct events plus distinct assessing coaches a candidate needs. */
  minEvidence: number;
}

export const DEFAULT_PARAMETERS: TalentParameters = {
  weights: { contests: 0.6, assessments: 0.3, attendance: 0.1 },
  levelWeights: { grassroots: 1, district: 2, provincial: 3, national: 4 },
  awardBonus: [0.5, 0.3, 0.2, 0.1],
  halfLifeYears: 2,
  assessmentHalfLifeMonths: 12,
  teamFactor: 0.5,
  bestResults: 3,
  minEvidence: 2,
};

/** The defaults, overridden field by field. */
export function withDefaults(given: Partial<TalentParameters> = {}): TalentParameters {
  const partial = definedOnly(given);
  return {
    ...DEFAULT_PARAMETERS,
    ...partial,
    weights: { ...DEFAULT_PARAMETERS.weights, ...partial.weights },
    levelWeights: { ...DEFAULT_PARAMETERS.levelWeights, ...partial.levelWeights },
  };
}

/** Drops undefined members, so that they keep their default. */
function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined)) as Partial<T>;
}
