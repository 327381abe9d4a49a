import { createHash } from 'node:crypto';
import { withDefaults, type TalentParameters } from './talent/parameters';
import type { AgeBand } from './talent/selection';

/** A run's parameters as stored: every default filled in, lists sorted, so equal requests compare equal. */
export interface RunParameters {
  disciplineIds: number[];
  referenceDate: string;
  ageBands: AgeBand[];
  period: { from: string; to: string };
  localityIds: number[] | null;
  selection: { mode: 'top'; perBand: number } | { mode: 'threshold'; minScore: string };
  localQuota: number | null;
  talent: TalentParameters;
}

export interface RunRequest {
  disciplineIds: number[];
  referenceDate: string;
  ageBands: AgeBand[];
  period: { from: string; to: string };
  localityIds?: number[];
  selection: { mode: 'top' | 'threshold'; perBand?: number; minScore?: string };
  localQuota?: number;
  weights?: TalentParameters['weights'];
  levelWeights?: TalentParameters['levelWeights'];
  awardBonus?: number[];
  halfLifeYears?: number;
  assessmentHalfLifeMonths?: number;
  teamFactor?: number;
  bestResults?: number;
  minEvidence?: number;
}

const sortedUnique = (ids: number[]) => [...new Set(ids)].sort((a, b) => a - b);

export function canonicalParameters(request: RunRequest): RunParameters {
  return {
    disciplineIds: sortedUnique(request.disciplineIds),
    referenceDate: request.referenceDate,
    ageBands: [...request.ageBands]
      .map((band) => ({ min: band.min, max: band.max }))
      .sort((a, b) => a.min - b.min),
    period: { from: request.period.from, to: request.period.to },
    localityIds: request.localityIds?.length ? sortedUnique(request.localityIds) : null,
    selection:
      request.selection.mode === 'top'
        ? { mode: 'top', perBand: request.selection.perBand! }
        : { mode: 'threshold', minScore: request.selection.minScore! },
    localQuota: request.localQuota ?? null,
    talent: withDefaults({
      weights: request.weights,
      levelWeights: request.levelWeights,
      awardBonus: request.awardBonus,
      halfLifeYears: request.halfLifeYears,
      assessmentHalfLifeMonths: request.assessmentHalfLifeMonths,
      teamFactor: request.teamFactor,
      bestResults: request.bestResults,
      minEvidence: request.minEvidence,
    }),
  };
}

/** A stable text of a JSON value (keys sorted), hashed. */
export function stableHash(value: unknown): string {
  return createHash('sha256').update(stableJson(value)).digest('hex');
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${stableJson(member)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
